"""The service layer: one function per use case, one transaction each.

Callers (CLI, web UI, API, BDD steps) pass plain values and get plain objects
or an `EngineError` back.  Nothing here knows about HTTP or terminals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from engine import audit, fieldtypes, passwords, store
from engine.context import FireContext, run_guards
from engine.db import (
    UnitOfWork,
    budget_ceilings,
    delegations,
    documents,
    read,
    role_assignments,
    units,
    users,
)
from engine.domain import Action, Document, Event, User
from engine.errors import (
    EngineError,
    InvalidInput,
    NotAllowedFromState,
    NotFound,
    PermissionDenied,
    StaleDocument,
)
from engine.firing import (
    apply_inputs,
    create_in_tx,
    fire_in_tx,
    resolve_author,
    resolve_signer,
    signoff_state,
    write_event,
)
from engine.messages import Message
from engine.registry import load_builtins
from engine.runtime import CACHE, WorkflowCache

load_builtins()

VIETNAM = timezone(timedelta(hours=7))  # no daylight saving in Việt Nam


def today_in_vietnam() -> date:
    """Deadlines and delegations are dates in the province's calendar."""
    return datetime.now(VIETNAM).date()


def _not_found(what: str, ref: Any) -> NotFound:
    return NotFound(Message("not_found", {"what": Message(f"what.{what}"), "ref": ref}))


# --- documents -------------------------------------------------------------------


def create_document(
    db: Engine,
    *,
    type_id: str,
    unit_id: int,
    year: int,
    title: str,
    user_id: int,
    fields: dict[str, Any] | None = None,
    links: dict[str, int] | None = None,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> Document:
    """Create a document in `unit_id` on the current version of its pack's definition."""
    today = today or today_in_vietnam()
    with UnitOfWork(db) as uow:
        unit = store.get_unit(uow.conn, unit_id)
        if unit is None:
            raise _not_found("unit", unit_id)
        pack = store.pack_of(uow.conn, unit_id)
        compiled = cache.current(uow.conn, pack, type_id) if pack else None
        if compiled is None:
            raise _not_found("type", f"{pack}/{type_id}")
        definition = compiled.definition
        actor = resolve_author(uow.conn, user_id, definition, unit_id, today)
        for name, target_id in (links or {}).items():
            spec = definition.link(name)
            target = store.get_document(uow.conn, target_id)
            if spec is None or target is None or target.type_id != spec.type:
                raise InvalidInput(
                    Message("invalid_input", {"problem": f"link {name} → #{target_id}"})
                )
        doc = create_in_tx(
            uow.conn,
            compiled,
            unit_id=unit_id,
            year=year,
            title=title,
            fields=fields or {},
            actor=actor,
            now=store.utcnow(),
            links=links,
        )
        uow.commit()
        return doc


def _lost_a_race(exc: IntegrityError | OperationalError) -> bool:
    if isinstance(exc, IntegrityError):
        return "uq_events_document_id_seq" in str(exc.orig)
    # PostgreSQL SQLSTATE 40P01 deadlock_detected, 40001 serialization_failure.
    return getattr(exc.orig, "sqlstate", None) in {"40P01", "40001"}


def fire_transition(
    db: Engine,
    document_id: int,
    trigger: str,
    user_id: int,
    *,
    expected_version: int | None,
    comment: str | None = None,
    inputs: dict[str, Any] | None = None,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> Document:
    """Fire `trigger` on the document as the user, atomically.

    `expected_version` is the version the user saw; pass None only where no
    person looked at the document first (scripts that re-read it).
    """
    today = today or today_in_vietnam()
    with UnitOfWork(db) as uow:
        doc = store.lock_document(uow.conn, document_id, acting=(user_id, today))
        if doc is None:
            raise _not_found("document", document_id)
        try:
            doc = fire_in_tx(
                uow.conn,
                cache,
                doc,
                trigger,
                user_id,
                today=today,
                now=store.utcnow(),
                expected_version=expected_version,
                comment=comment,
                inputs=inputs,
            )
            uow.commit()
            return doc
        except (IntegrityError, OperationalError) as exc:
            if not _lost_a_race(exc):
                raise
            # An effect touched another document that a concurrent action changed
            # first (the event sequence was taken, or PostgreSQL broke a deadlock
            # between a child->parent and a parent->child cascade): the same
            # answer as for the document itself: reload and try again.
            raise StaleDocument(
                Message("stale_document", {"seen": expected_version, "current": "?"})
            ) from exc


def update_fields(
    db: Engine,
    document_id: int,
    user_id: int,
    values: dict[str, Any],
    *,
    expected_version: int | None,
    title: str | None = None,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> Document:
    """Edit fields of a document in an editable state (recorded as an 'edit' event)."""
    today = today or today_in_vietnam()
    with UnitOfWork(db) as uow:
        conn = uow.conn
        doc = store.lock_document(conn, document_id)
        if doc is None:
            raise _not_found("document", document_id)
        definition = cache.get(conn, doc.workflow_version_id).definition
        if expected_version is not None and expected_version != doc.version:
            raise StaleDocument(
                Message("stale_document", {"seen": expected_version, "current": doc.version})
            )
        state = definition.state(doc.state)
        if not state.editable:
            raise NotAllowedFromState(Message("not_editable", {"state": state.label}))
        actor = resolve_author(conn, user_id, definition, doc.unit_id, today)
        seen = doc.version
        changes = apply_inputs(definition, doc, values, None, definition.title)
        if title is not None:
            new_title = fieldtypes.clean_text(title)
            if new_title and new_title != doc.title:
                changes["@title"] = [doc.title, new_title]
                doc.title = new_title
        if not changes:
            return doc
        write_event(
            conn,
            doc,
            seen,
            actor,
            kind="edit",
            trigger=None,
            from_state=doc.state,
            comment=None,
            changes=changes,
            now=store.utcnow(),
        )
        uow.commit()
        return doc


def available_actions(
    db: Engine,
    document_id: int,
    user_id: int,
    *,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> list[Action]:
    """Every user transition from the document's state, and why this user may not fire each.

    Read-only: guards run against a snapshot and nothing is written.
    """
    today = today or today_in_vietnam()
    actions: list[Action] = []
    with read(db) as conn:
        doc = store.get_document(conn, document_id)
        if doc is None:
            raise _not_found("document", document_id)
        definition = cache.get(conn, doc.workflow_version_id).definition
        for t in definition.transitions_from(doc.state):
            if t.system:
                continue
            reasons: list[Message] = []
            progress = None
            signed: set[int] = set()
            signers: set[int] = set()
            if t.signoff is not None:
                signed, signers = signoff_state(conn, doc, t)
                progress = (len(signed), t.signoff.need)
            try:
                actor, _ = resolve_signer(conn, user_id, t, doc, today, definition, signed, signers)
            except EngineError as refusal:
                reasons.append(refusal.message)
                actor = None
            if actor is not None:
                probe = Document(**{**doc.__dict__, "fields": dict(doc.fields)})
                ctx = FireContext(
                    conn,
                    probe,
                    definition,
                    t,
                    actor,
                    today,
                    store.utcnow(),
                    cache,
                    pending_inputs=t.inputs,
                )
                reasons.extend(run_guards(ctx))
            actions.append(
                Action(
                    trigger=t.trigger,
                    label=t.label,
                    dest=t.dest,
                    allowed=not reasons,
                    reasons=reasons,
                    comment_required=t.comment_required,
                    inputs=t.inputs,
                    signoff_progress=progress,
                )
            )
    return actions


def get_document(db: Engine, document_id: int) -> Document:
    with read(db) as conn:
        doc = store.get_document(conn, document_id)
    if doc is None:
        raise _not_found("document", document_id)
    return doc


def document_history(db: Engine, document_id: int) -> list[Event]:
    with read(db) as conn:
        if store.get_document(conn, document_id) is None:
            raise _not_found("document", document_id)
        return store.history(conn, document_id)


def document_links(db: Engine, document_id: int) -> dict[str, int]:
    with read(db) as conn:
        return store.links_of(conn, document_id)


def list_documents(
    db: Engine,
    *,
    state: str | None = None,
    type_id: str | None = None,
    pack: str | None = None,
    year: int | None = None,
    overdue: bool = False,
    today: date | None = None,
) -> list[Document]:
    """Documents matching the filters; `overdue` means past the due date of their current step."""
    conditions = []
    if state:
        conditions.append(documents.c.state == state)
    if type_id:
        conditions.append(documents.c.type_id == type_id)
    if pack:
        conditions.append(documents.c.pack == pack)
    if year:
        conditions.append(documents.c.year == year)
    if overdue:
        # The due date belongs to the current step (it is recomputed on every
        # state change), so "past due" already means "not left that step in time".
        conditions.append(documents.c.due_date < (today or today_in_vietnam()))
    with read(db) as conn:
        return store.find_documents(conn, *conditions)


def is_overdue(doc: Document, today: date | None = None) -> bool:
    return doc.due_date is not None and doc.due_date < (today or today_in_vietnam())


# --- organisation ------------------------------------------------------------------------


def add_user(
    db: Engine,
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


def user_by_name(db: Engine, username: str) -> User:
    with read(db) as conn:
        user = store.user_by_name(conn, username)
    if user is None:
        raise _not_found("user", username)
    return user


def authenticate(
    db: Engine, username: str, password: str, *, demo_mode: bool = False
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


def list_units(db: Engine) -> list[Any]:
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


def list_users(db: Engine) -> list[tuple[User, list[tuple[str, str]]]]:
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


def unit_by_code(db: Engine, code: str) -> Any:
    with read(db) as conn:
        unit = store.unit_by_code(conn, code)
    if unit is None:
        raise _not_found("unit", code)
    return unit


def grant_role(db: Engine, *, username: str, role: str, unit_code: str) -> None:
    with UnitOfWork(db) as uow:
        user = store.user_by_name(uow.conn, username)
        unit = store.unit_by_code(uow.conn, unit_code)
        if user is None:
            raise _not_found("user", username)
        if unit is None:
            raise _not_found("unit", unit_code)
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
    db: Engine,
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
            raise _not_found("user", principal)
        if d is None:
            raise _not_found("user", delegate_to)
        if unit is None:
            raise _not_found("unit", unit_code)
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
    db: Engine,
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
                raise _not_found("unit", code)
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


def set_ceiling(db: Engine, *, pack: str, key: str, year: int, amount: int) -> None:
    with UnitOfWork(db) as uow:
        _upsert_ceiling(uow.conn, pack, key, year, amount)
        uow.commit()


# --- audit -------------------------------------------------------------------------


def verify_audit(db: Engine) -> audit.ChainReport:
    with read(db) as conn:
        return audit.verify_chains(conn)
