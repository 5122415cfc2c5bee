"""The organisation: users, units, roles, delegations, budget ceilings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa

from engine import passwords, store
from engine.db import (
    Database,
    UnitOfWork,
    budget_ceilings,
    delegations,
    read,
    role_assignments,
    units,
    users,
)
from engine.domain import User
from engine.errors import InvalidInput, PermissionDenied
from engine.messages import Message
from engine.services.common import not_found


def add_user(
    db: Database,
    *,
    username: str,
    password: str,
    full_name: str,
    title: str = "",
    is_demo: bool = False,
) -> int:
    username = username.strip()
    if not username or not full_name.strip():
        raise InvalidInput(Message("invalid_input", {"problem": "username/full_name"}))
    if len(password) < 8:
        raise InvalidInput(Message("invalid_input", {"problem": "password < 8"}))
    with UnitOfWork(db) as uow:
        if store.user_by_name(uow.conn, username) is not None:
            raise InvalidInput(Message("invalid_input", {"problem": f"{username} exists"}))
        user_id = uow.conn.execute(
            users.insert().values(
                username=username,
                password_hash=passwords.hash_password(password),
                full_name=full_name.strip(),
                title=title.strip(),
                is_active=True,
                is_demo=is_demo,
                created_at=store.utcnow(),
            )
        ).inserted_primary_key[0]
        uow.commit()
        return user_id


def user_by_name(db: Database, username: str) -> User:
    with read(db) as conn:
        user = store.user_by_name(conn, username)
    if user is None:
        raise not_found("user", username)
    return user


def authenticate(
    db: Database, username: str, password: str, *, demo_mode: bool = False
) -> User | None:
    """The user if the password is right; demo users only in demo mode."""
    with read(db) as conn:
        row = conn.execute(
            sa.select(users.c.id, users.c.password_hash, users.c.is_active, users.c.is_demo).where(
                users.c.username == username
            )
        ).first()
        if row is None or not row.is_active or (row.is_demo and not demo_mode):
            passwords.verify_password(password, None)  # same cost whether or not the user exists
            return None
        if not passwords.verify_password(password, row.password_hash):
            return None
        return store.get_user(conn, row.id)


def list_units(db: Database) -> list[Any]:
    """Every unit, parents before children (ordered by depth-first code path)."""
    with read(db) as conn:
        rows = [store.get_unit(conn, uid) for (uid,) in conn.execute(sa.select(units.c.id))]
    by_id = {u.id: u for u in rows if u is not None}

    def path(u: Any) -> list[str]:
        chain, seen = [u.code], {u.id}
        while u.parent_id in by_id and u.parent_id not in seen:
            u = by_id[u.parent_id]
            seen.add(u.id)
            chain.insert(0, u.code)
        return chain

    return sorted(by_id.values(), key=path)


def list_users(db: Database) -> list[tuple[User, list[tuple[str, str]]]]:
    """Users with their (role, unit code) grants."""
    with read(db) as conn:
        grants: dict[int, list[tuple[str, str]]] = {}
        for user_id, role, code in conn.execute(
            sa.select(role_assignments.c.user_id, role_assignments.c.role, units.c.code)
            .join(units, units.c.id == role_assignments.c.unit_id)
            .order_by(role_assignments.c.role)
        ):
            grants.setdefault(user_id, []).append((role, code))
        people = [
            User(*row)
            for row in conn.execute(
                sa.select(
                    users.c.id,
                    users.c.username,
                    users.c.full_name,
                    users.c.title,
                    users.c.is_active,
                    users.c.is_demo,
                ).order_by(users.c.username)
            )
        ]
    return [(u, grants.get(u.id, [])) for u in people]


def unit_by_code(db: Database, code: str) -> Any:
    with read(db) as conn:
        unit = store.unit_by_code(conn, code)
    if unit is None:
        raise not_found("unit", code)
    return unit


def grant_role(db: Database, *, username: str, role: str, unit_code: str) -> None:
    with UnitOfWork(db) as uow:
        user = store.user_by_name(uow.conn, username)
        unit = store.unit_by_code(uow.conn, unit_code)
        if user is None:
            raise not_found("user", username)
        if unit is None:
            raise not_found("unit", unit_code)
        exists = uow.conn.execute(
            sa.select(role_assignments.c.id).where(
                role_assignments.c.user_id == user.id,
                role_assignments.c.role == role,
                role_assignments.c.unit_id == unit.id,
            )
        ).first()
        if exists is None:
            uow.conn.execute(
                role_assignments.insert().values(user_id=user.id, role=role, unit_id=unit.id)
            )
        uow.commit()


def delegate(
    db: Database,
    *,
    principal: str,
    delegate_to: str,
    role: str,
    unit_code: str,
    starts_on: date,
    ends_on: date,
) -> int:
    """Lend `principal`'s role in a unit to another user for a date range (ủy quyền)."""
    if ends_on < starts_on:
        raise InvalidInput(Message("invalid_input", {"problem": "ends_on < starts_on"}))
    with UnitOfWork(db) as uow:
        conn = uow.conn
        p = store.user_by_name(conn, principal)
        d = store.user_by_name(conn, delegate_to)
        unit = store.unit_by_code(conn, unit_code)
        if p is None:
            raise not_found("user", principal)
        if d is None:
            raise not_found("user", delegate_to)
        if unit is None:
            raise not_found("unit", unit_code)
        if p.id == d.id:
            raise InvalidInput(Message("invalid_input", {"problem": "self-delegation"}))
        holds = conn.execute(
            sa.select(role_assignments.c.id).where(
                role_assignments.c.user_id == p.id,
                role_assignments.c.role == role,
                role_assignments.c.unit_id == unit.id,
            )
        ).first()
        if holds is None:
            raise PermissionDenied(Message("wrong_role", {"roles": [role], "action": "ủy quyền"}))
        delegation_id = conn.execute(
            delegations.insert().values(
                principal_id=p.id,
                delegate_id=d.id,
                role=role,
                unit_id=unit.id,
                starts_on=starts_on,
                ends_on=ends_on,
                created_at=store.utcnow(),
            )
        ).inserted_primary_key[0]
        uow.commit()
        return delegation_id


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    ceilings: int = 0


def import_units(
    db: Database,
    tree: list[dict[str, Any]],
    *,
    pack: str | None = None,
    ceilings: list[dict[str, Any]] | None = None,
) -> ImportReport:
    """Create or update units from a parsed organisation tree (see docs/workflows.md)."""
    report = ImportReport()
    with UnitOfWork(db) as uow:
        conn = uow.conn
        coordinator_refs: list[tuple[int, str]] = []

        def upsert(node: dict[str, Any], parent_id: int | None, depth: int) -> None:
            values = dict(
                code=node["code"],
                name=node["name"],
                kind=node["kind"],
                parent_id=parent_id,
                pack=pack if parent_id is None else None,
                active_from=node.get("active_from"),
                active_to=node.get("active_to"),
            )
            existing = store.unit_by_code(conn, node["code"])
            if existing is None:
                unit_id = conn.execute(units.insert().values(**values)).inserted_primary_key[0]
                report.created.append(node["code"])
            else:
                unit_id = existing.id
                conn.execute(units.update().where(units.c.id == unit_id).values(**values))
                report.updated.append(node["code"])
            if node.get("coordinator"):
                coordinator_refs.append((unit_id, node["coordinator"]))
            for child in node.get("children") or []:
                upsert(child, unit_id, depth + 1)

        for root in tree:
            upsert(root, None, 0)
        for unit_id, code in coordinator_refs:
            target = store.unit_by_code(conn, code)
            if target is None:
                raise not_found("unit", code)
            conn.execute(
                units.update().where(units.c.id == unit_id).values(coordinator_id=target.id)
            )
        for c in ceilings or []:
            _upsert_ceiling(conn, pack or "", c["key"], int(c["year"]), int(c["amount"]))
            report.ceilings += 1
        uow.commit()
    return report


def _upsert_ceiling(conn: Any, pack: str, key: str, year: int, amount: int) -> None:
    if amount < 0:
        raise InvalidInput(Message("invalid_input", {"problem": "ceiling < 0"}))
    where = (
        budget_ceilings.c.pack == pack,
        budget_ceilings.c.key == key,
        budget_ceilings.c.year == year,
    )
    if conn.execute(sa.select(budget_ceilings.c.amount).where(*where)).first() is None:
        conn.execute(budget_ceilings.insert().values(pack=pack, key=key, year=year, amount=amount))
    else:
        conn.execute(budget_ceilings.update().where(*where).values(amount=amount))


def set_ceiling(db: Database, *, pack: str, key: str, year: int, amount: int) -> None:
    with UnitOfWork(db) as uow:
        _upsert_ceiling(uow.conn, pack, key, year, amount)
        uow.commit()
