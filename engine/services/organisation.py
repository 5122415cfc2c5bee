"""The organisation as it is read: users, units and their grants.

Changes to it (accounts, roles, delegations, units, ceilings) are in
`engine.services.people` and `engine.services.units`: each takes the acting
administrator and leaves a trace in the admin log.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from engine import passwords, store
from engine.db import Database, read, role_assignments, units, users
from engine.domain import User
from engine.services.admin import find_unit, find_user


def user_by_name(db: Database, username: str) -> User:
    with read(db) as conn:
        return find_user(conn, username)


def authenticate(
    db: Database, username: str, password: str, *, demo_mode: bool = False
) -> User | None:
    """The user if the password is right; demo users only in demo mode."""
    with read(db) as conn:
        found = store.user_by_name(conn, username) if isinstance(username, str) else None
        row = conn.execute(
            sa.select(users.c.id, users.c.password_hash, users.c.is_active, users.c.is_demo).where(
                users.c.id == (found.id if found else None)
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
        return find_unit(conn, code)
