"""What every administrative change shares: who may make it, and its trace.

A service that changes the organisation or the rules runs inside
`admin_change(db, actor)`: one transaction in which appends to the admin log
are serialised first, the actor is checked (a user needs the `admin` role on a
province's root unit; the console operator is trusted), and every entry the
service records is committed with the change itself, or not at all.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from engine import adminlog, inputs, store
from engine.adminlog import AdminActor, operator_actor
from engine.db import (
    Database,
    UnitOfWork,
    read,
    role_assignments,
    units,
    users,
    workflow_versions,
)
from engine.domain import Unit, User
from engine.errors import InvalidInput, PermissionDenied
from engine.fieldtypes import is_row_id
from engine.messages import Message
from engine.services.common import not_found
from engine.visibility import Operator, Viewer

Acting = AdminActor | Viewer
"""Who makes an administrative change: a user id or `services.OPERATOR` (the console),
as for reading; or an `AdminActor` already resolved."""

ADMIN_ROLE = "admin"
# Roles of the instance itself, which no workflow declares: administering it,
# and reading everything for an audit.
SYSTEM_ROLES = ("admin", "auditor")
MAX_LIMIT = 1_000_000  # entries read at once


@dataclass
class AdminChange:
    """The open transaction of one administrative change, and who makes it."""

    conn: Connection
    actor: AdminActor

    def record(self, action: str, target: str, *, before: Any = None, after: Any = None) -> None:
        adminlog.append(self.conn, self.actor, action, target, before=before, after=after)


def as_admin_actor(actor: Acting) -> AdminActor:
    """The actor to record: the console operator by OS user, a user by id (named later)."""
    if isinstance(actor, AdminActor):
        return actor
    if isinstance(actor, Operator):
        return operator_actor()
    if is_row_id(actor):
        return AdminActor(actor, "")
    if isinstance(actor, int) and not isinstance(actor, bool):
        raise not_found("user", actor)  # an id no row can have
    raise TypeError(f"not an administrative actor: {actor!r}")


def authorise(conn: Connection, actor: Acting) -> AdminActor:
    """The actor as recorded: the operator as given, a user by their current name.

    A user must be active and hold `admin` on a root unit (one without a parent).
    """
    actor = as_admin_actor(actor)
    if actor.is_operator:
        return actor
    row = conn.execute(
        sa.select(users.c.username, users.c.is_active).where(users.c.id == actor.user_id)
    ).first()
    if row is None:
        raise not_found("user", actor.user_id)
    holds = conn.execute(
        sa.select(role_assignments.c.id)
        .join(units, units.c.id == role_assignments.c.unit_id)
        .where(
            role_assignments.c.user_id == actor.user_id,
            role_assignments.c.role == ADMIN_ROLE,
            units.c.parent_id.is_(None),
        )
        .limit(1)
    ).first()
    if not row.is_active or holds is None:
        raise PermissionDenied(Message("admin.not_admin", {"user": row.username}))
    return AdminActor(actor.user_id, row.username)


@contextmanager
def admin_change(db: Database, actor: Acting) -> Iterator[AdminChange]:
    """One administrative change: serialised, authorised, logged, all-or-nothing."""
    with UnitOfWork(db) as uow:
        adminlog.serialise(uow.conn)
        yield AdminChange(uow.conn, authorise(uow.conn, actor))
        uow.commit()


def user_actor(db: Database, username: str) -> AdminActor:
    """The actor for a user acting through a surface (web UI, API), by user name."""
    with read(db) as conn:
        user = find_user(conn, username)
    return AdminActor(user.id, user.username)


# --- lookups shared by the administrative services ---------------------------------


def find_user(conn: Connection, username: Any) -> User:
    """The user of that (NFC) name; NotFound for anything else, however malformed."""
    if isinstance(username, str) and not inputs.has_surrogate(username):
        name = unicodedata.normalize("NFC", username).strip()
        if 0 < len(name) <= 80 and (user := store.user_by_name(conn, name)) is not None:
            return user
    raise not_found("user", inputs.shown(username))


def find_unit(conn: Connection, code: Any) -> Unit:
    if (
        isinstance(code, str)
        and inputs.UNIT_CODE.fullmatch(code.strip())
        and (unit := store.unit_by_code(conn, code.strip())) is not None
    ):
        return unit
    raise not_found("unit", inputs.shown(code))


def declared_roles(conn: Connection) -> set[str]:
    """Every role a stored definition version declares, and the system roles."""
    roles = set(SYSTEM_ROLES)
    for (content,) in conn.execute(sa.select(workflow_versions.c.content)):
        roles.update((content or {}).get("roles") or {})
    return roles


def loaded_packs(conn: Connection) -> list[str]:
    return list(
        conn.execute(
            sa.select(workflow_versions.c.pack).distinct().order_by(workflow_versions.c.pack)
        ).scalars()
    )


# --- reading the log --------------------------------------------------------------


def admin_log(db: Database, *, limit: int = 50) -> list[adminlog.Entry]:
    """The latest entries, newest first."""
    if not (isinstance(limit, int) and 1 <= limit <= MAX_LIMIT):
        raise InvalidInput(Message("invalid_input", {"problem": f"limit: 1–{MAX_LIMIT}"}))
    with read(db) as conn:
        return adminlog.entries(conn, limit=limit)


def verify_admin_log(db: Database) -> adminlog.AdminLogReport:
    with read(db) as conn:
        return adminlog.verify_admin_log(conn)
