"""People: accounts, their roles in units, and delegations (ủy quyền).

Every change takes the acting `AdminActor` and leaves an entry in the admin
log, in the same transaction (see `engine.services.admin`).  Users are never
deleted, only disabled: the history names them forever.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

from engine import inputs, passwords, store
from engine.db import Database, delegations, read, role_assignments, units, users
from engine.errors import InvalidInput
from engine.messages import Message
from engine.services.admin import Acting, admin_change, declared_roles, find_unit, find_user
from engine.services.common import not_found

MIN_PASSWORD = 8
MAX_PASSWORD = 1024  # scrypt hashes whatever it gets: bound the work


def add_user(
    db: Database,
    *,
    actor: Acting,
    username: str,
    password: str,
    full_name: str,
    title: str = "",
    is_demo: bool = False,
) -> int:
    username = inputs.clean_username(username)
    full_name = inputs.clean_text(full_name, "full_name", limit=255)
    title = inputs.clean_text(title, "title", limit=255, required=False)
    _check_password(password)
    password_hash = passwords.hash_password(password)  # slow on purpose: outside the lock
    with admin_change(db, actor) as change:
        key = inputs.username_key(username)
        for (existing,) in change.conn.execute(sa.select(users.c.username)):
            if inputs.username_key(existing) == key:
                raise InvalidInput(
                    Message("admin.username_taken", {"user": username, "existing": existing})
                )
        after = {"full_name": full_name, "title": title, "is_active": True, "is_demo": is_demo}
        user_id = change.conn.execute(
            users.insert().values(
                username=username,
                password_hash=password_hash,
                created_at=store.utcnow(),
                **after,
            )
        ).inserted_primary_key[0]
        change.record("user.add", username, after={"id": user_id, **after})
        return user_id


def _check_password(password: Any) -> None:
    if not isinstance(password, str) or inputs.has_surrogate(password) or "\x00" in password:
        raise inputs.bad("password", "control")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(Message("admin.password_short", {"limit": MIN_PASSWORD}))
    if len(password) > MAX_PASSWORD:
        raise inputs.bad("password", "too_long", limit=MAX_PASSWORD)


def disable_user(db: Database, *, actor: Acting, username: str) -> bool:
    """Disable the account (it can no longer log in or act); False if it already was."""
    with admin_change(db, actor) as change:
        user = find_user(change.conn, username)
        if not user.is_active:
            return False
        change.conn.execute(users.update().where(users.c.id == user.id).values(is_active=False))
        change.record(
            "user.disable", user.username, before={"is_active": True}, after={"is_active": False}
        )
        return True


def grant_role(db: Database, *, actor: Acting, username: str, role: str, unit_code: str) -> bool:
    """Give the user the role in the unit; False if they already held it."""
    role = inputs.clean_text(role, "role", limit=60)
    with admin_change(db, actor) as change:
        conn = change.conn
        user = find_user(conn, username)
        unit = find_unit(conn, unit_code)
        roles = declared_roles(conn)
        if role not in roles:
            raise InvalidInput(
                Message("admin.unknown_role", {"role": role, "roles": sorted(roles)})
            )
        if _grant_id(conn, user.id, role, unit.id) is not None:
            return False
        conn.execute(role_assignments.insert().values(user_id=user.id, role=role, unit_id=unit.id))
        change.record("role.grant", user.username, after={"role": role, "unit": unit.code})
        return True


def revoke_role(db: Database, *, actor: Acting, username: str, role: str, unit_code: str) -> None:
    """Take the role in the unit away from the user (delegations of it lapse with it)."""
    with admin_change(db, actor) as change:
        conn = change.conn
        user = find_user(conn, username)
        unit = find_unit(conn, unit_code)
        grant_id = _grant_id(conn, user.id, role, unit.id) if isinstance(role, str) else None
        if grant_id is None:
            raise InvalidInput(
                Message(
                    "admin.role_not_held",
                    {"user": user.username, "role": inputs.shown(role), "unit": unit.code},
                )
            )
        conn.execute(role_assignments.delete().where(role_assignments.c.id == grant_id))
        change.record("role.revoke", user.username, before={"role": role, "unit": unit.code})


def _grant_id(conn: Any, user_id: int, role: str, unit_id: int) -> int | None:
    return conn.execute(
        sa.select(role_assignments.c.id).where(
            role_assignments.c.user_id == user_id,
            role_assignments.c.role == role,
            role_assignments.c.unit_id == unit_id,
        )
    ).scalar()


def delegate(
    db: Database,
    *,
    actor: Acting,
    principal: str,
    delegate_to: str,
    role: str,
    unit_code: str,
    starts_on: date | str,
    ends_on: date | str,
) -> int:
    """Lend `principal`'s role in a unit to another user for a date range (ủy quyền)."""
    starts_on = inputs.parse_date(starts_on, "starts_on")
    ends_on = inputs.parse_date(ends_on, "ends_on")
    if ends_on < starts_on:
        dates = {"start": f"{starts_on:%d/%m/%Y}", "end": f"{ends_on:%d/%m/%Y}"}
        raise InvalidInput(Message("admin.delegation_dates", dates))
    with admin_change(db, actor) as change:
        conn = change.conn
        p = find_user(conn, principal)
        d = find_user(conn, delegate_to)
        unit = find_unit(conn, unit_code)
        if p.id == d.id:
            raise InvalidInput(Message("admin.self_delegation"))
        if not isinstance(role, str) or _grant_id(conn, p.id, role, unit.id) is None:
            raise InvalidInput(
                Message(
                    "admin.role_not_held",
                    {"user": p.username, "role": inputs.shown(role), "unit": unit.code},
                )
            )
        values = dict(
            principal_id=p.id,
            delegate_id=d.id,
            role=role,
            unit_id=unit.id,
            starts_on=starts_on,
            ends_on=ends_on,
        )
        delegation_id = conn.execute(
            delegations.insert().values(**values, created_at=store.utcnow())
        ).inserted_primary_key[0]
        change.record(
            "delegation.add",
            f"#{delegation_id}",
            after=_delegation_view(p.username, d.username, role, unit.code, starts_on, ends_on),
        )
        return delegation_id


def revoke_delegation(db: Database, *, actor: Acting, delegation_id: int | str) -> None:
    """End a delegation now: it is removed, and the admin log keeps what it was."""
    delegation_id = inputs.parse_id(delegation_id)
    principal, delegate_user = users.alias("principal"), users.alias("delegate")
    with admin_change(db, actor) as change:
        row = change.conn.execute(
            sa.select(
                principal.c.username.label("principal"),
                delegate_user.c.username.label("delegate"),
                delegations.c.role,
                units.c.code,
                delegations.c.starts_on,
                delegations.c.ends_on,
            )
            .join(principal, principal.c.id == delegations.c.principal_id)
            .join(delegate_user, delegate_user.c.id == delegations.c.delegate_id)
            .join(units, units.c.id == delegations.c.unit_id)
            .where(delegations.c.id == delegation_id)
        ).first()
        if row is None:
            raise not_found("delegation", delegation_id)
        change.conn.execute(delegations.delete().where(delegations.c.id == delegation_id))
        change.record("delegation.revoke", f"#{delegation_id}", before=_delegation_view(*row))


def _delegation_view(
    principal: str, delegate_to: str, role: str, unit: str, starts_on: date, ends_on: date
) -> dict[str, Any]:
    return {
        "principal": principal,
        "delegate": delegate_to,
        "role": role,
        "unit": unit,
        "starts_on": starts_on,
        "ends_on": ends_on,
    }


def list_delegations(db: Database) -> list[dict[str, Any]]:
    """Every delegation with its id (what `revoke_delegation` takes), newest first."""
    principal, delegate_user = users.alias("principal"), users.alias("delegate")
    with read(db) as conn:
        rows = conn.execute(
            sa.select(
                delegations.c.id,
                principal.c.username.label("principal"),
                delegate_user.c.username.label("delegate"),
                delegations.c.role,
                units.c.code.label("unit"),
                delegations.c.starts_on,
                delegations.c.ends_on,
            )
            .join(principal, principal.c.id == delegations.c.principal_id)
            .join(delegate_user, delegate_user.c.id == delegations.c.delegate_id)
            .join(units, units.c.id == delegations.c.unit_id)
            .order_by(delegations.c.id.desc())
        ).all()
    return [dict(r._mapping) for r in rows]
