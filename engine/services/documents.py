"""Documents: create, fire, edit, and what a user may do (one transaction each)."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from engine import store, visibility
from engine.db import Database, UnitOfWork, documents, read, workflow_versions
from engine.definitions.model import Definition
from engine.domain import Action, Document, Event, Unit
from engine.errors import (
    EngineError,
    InvalidInput,
    NotAllowedFromState,
    NotFound,
    StaleDocument,
)
from engine.fieldtypes import is_storable_text
from engine.firing import (
    apply_inputs,
    check_version,
    clean_title,
    create_in_tx,
    fire_in_tx,
    resolve_author,
    resolve_signer,
    signoff_state,
    write_event,
)
from engine.messages import Message
from engine.rules.context import FireContext, run_guards
from engine.runtime import CACHE, WorkflowCache
from engine.services.common import not_found, today_in_vietnam
from engine.visibility import Viewer, Visibility, is_operator


def create_document(
    db: Database,
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
            raise not_found("unit", unit_id)
        pack = store.pack_of(uow.conn, unit_id)
        compiled = cache.current(uow.conn, pack, type_id) if pack else None
        if compiled is None:
            raise unknown_type(uow.conn, type_id, pack)
        definition = compiled.definition
        actor = resolve_author(uow.conn, user_id, definition, unit_id, today)
        if links:
            seen = visibility.resolve(uow.conn, user_id, today, cache)
            for name, target_id in links.items():
                check_link(uow.conn, definition, name, target_id, seen)
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


def _current_types(conn: Connection, pack: str | None = None) -> list[str]:
    """The document types with a current definition (in `pack`, or in any pack)."""
    query = sa.select(workflow_versions.c.type_id).where(workflow_versions.c.is_current.is_(True))
    if pack is not None:
        query = query.where(workflow_versions.c.pack == pack)
    return sorted(set(conn.execute(query).scalars()))


def unknown_type(conn: Connection, type_id: str, pack: str | None = None) -> NotFound:
    """ "No such type", listing the types there are (in `pack`, or loaded at all)."""
    return NotFound(
        Message("unknown_type", {"type": type_id, "types": _current_types(conn, pack) or "-"})
    )


def check_link(
    conn: Connection, definition: Definition, name: str, target_id: int, seen: Visibility
) -> None:
    """Refuse a link `definition` does not declare, or to a document that is not its target."""
    spec = definition.link(name)
    if spec is None:
        declared = [link.name for link in definition.links] or "-"
        raise InvalidInput(
            Message("unknown_link", {"type": definition.type, "link": name, "links": declared})
        )
    target = store.get_document(conn, target_id)
    # A target the author may not see is answered as one that does not exist.
    if target is None or not seen.allows(target):
        raise NotFound(Message("link_target_missing", {"link": name, "id": target_id}))
    if target.type_id != spec.type:
        raise InvalidInput(
            Message(
                "link_target_type",
                {"link": name, "want": spec.type, "id": target_id, "got": target.type_id},
            )
        )


def _lost_a_race(exc: IntegrityError | OperationalError) -> bool:
    if isinstance(exc, IntegrityError):
        return "uq_events_document_id_seq" in str(exc.orig)
    # PostgreSQL SQLSTATE 40P01 deadlock_detected, 40001 serialization_failure.
    return getattr(exc.orig, "sqlstate", None) in {"40P01", "40001"}


def fire_transition(
    db: Database,
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
            raise not_found("document", document_id)
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
    db: Database,
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
            raise not_found("document", document_id)
        definition = cache.get(conn, doc.workflow_version_id).definition
        check_version(doc, expected_version)
        state = definition.state(doc.state)
        if not state.editable:
            raise NotAllowedFromState(Message("not_editable", {"state": state.label}))
        actor = resolve_author(conn, user_id, definition, doc.unit_id, today, editing=True)
        seen = doc.version
        changes = apply_inputs(definition, doc, values, None, definition.title)
        if title is not None:
            new_title = clean_title(title)
            if new_title != doc.title:
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


def visible_document(
    conn: Connection,
    document_id: int,
    viewer: Viewer,
    today: date,
    cache: WorkflowCache = CACHE,
) -> tuple[Document, Visibility]:
    """The document if `viewer` may see it, and what the viewer sees; else `NotFound`.

    A document the viewer may not see gets the very answer a missing id gets,
    so that trying ids tells nobody which exist.
    """
    doc = store.get_document(conn, document_id)
    seen = visibility.resolve(conn, viewer, today, cache)
    if doc is None or not seen.allows(doc):
        raise not_found("document", document_id)
    return doc, seen


def actions_on(
    conn: Connection,
    doc: Document,
    definition: Definition,
    viewer: Viewer,
    today: date,
    cache: WorkflowCache = CACHE,
) -> list[Action]:
    """Every user transition from the document's state, and why `viewer` may not fire each.

    Read-only: guards run against a copy of the document and nothing is written.
    The console operator acts as no one: every action is listed, none allowed.
    """
    actions: list[Action] = []
    for t in definition.transitions_from(doc.state):
        if t.system:
            continue
        reasons: list[Message] = []
        progress = None
        signed, signers = signoff_state(conn, doc, t)
        if t.signoff is not None:
            progress = (len(signed), t.signoff.need)
        actor = None
        if is_operator(viewer):
            reasons.append(Message("operator_acts_as_no_one"))
        else:
            try:
                actor, _ = resolve_signer(conn, viewer, t, doc, today, definition, signed, signers)
            except EngineError as refusal:
                reasons.append(refusal.message)
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


def available_actions(
    db: Database,
    document_id: int,
    viewer: Viewer,
    *,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> list[Action]:
    """Every user transition from the document's state, and why `viewer` may not fire each.

    `NotFound` for a document the viewer may not see.
    """
    today = today or today_in_vietnam()
    with read(db) as conn:
        doc, _ = visible_document(conn, document_id, viewer, today, cache)
        definition = cache.get(conn, doc.workflow_version_id).definition
        return actions_on(conn, doc, definition, viewer, today, cache)


def get_document(
    db: Database,
    document_id: int,
    viewer: Viewer,
    *,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> Document:
    """The document, or `NotFound` if it does not exist or `viewer` may not see it."""
    with read(db) as conn:
        doc, _ = visible_document(conn, document_id, viewer, today or today_in_vietnam(), cache)
    return doc


def document_history(
    db: Database,
    document_id: int,
    viewer: Viewer,
    *,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> list[Event]:
    with read(db) as conn:
        visible_document(conn, document_id, viewer, today or today_in_vietnam(), cache)
        return store.history(conn, document_id)


def document_links(
    db: Database,
    document_id: int,
    viewer: Viewer,
    *,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> dict[str, int]:
    """The document's named links → target ids (targets may themselves be out of sight)."""
    with read(db) as conn:
        visible_document(conn, document_id, viewer, today or today_in_vietnam(), cache)
        return store.links_of(conn, document_id)


def list_documents(
    db: Database,
    viewer: Viewer,
    *,
    state: str | None = None,
    type_id: str | None = None,
    pack: str | None = None,
    year: int | None = None,
    overdue: bool = False,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> list[Document]:
    """Documents `viewer` may see matching the filters (filtered in the database).

    `overdue` means past the due date of their current step.  A `state` or
    `type_id` that no stored definition has is refused (`InvalidInput`, listing
    the known ones): a typo would otherwise read as "no such documents".
    """
    today = today or today_in_vietnam()
    conditions = []
    if pack and not is_storable_text(pack):
        return []  # a text no column can hold matches nothing
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
        conditions.append(documents.c.due_date < today)
    with read(db) as conn:
        _refuse_unknown_filters(conn, state, type_id, cache)
        seen = visibility.resolve(conn, viewer, today, cache)
        if seen.nothing:
            return []
        return store.find_documents(conn, seen.condition(), *conditions)


def _refuse_unknown_filters(
    conn: Connection, state: str | None, type_id: str | None, cache: WorkflowCache
) -> None:
    """A state or type no stored definition has is a typo, not "no documents"."""
    if not (state or type_id):
        return
    definitions = visibility.stored_versions(conn, cache).values()
    types = sorted({d.type for d in definitions})
    if type_id and type_id not in types:
        raise InvalidInput(Message("unknown_type", {"type": type_id, "types": types or "-"}))
    if state:
        states = sorted(
            {s.id for d in definitions if not type_id or d.type == type_id for s in d.states}
        )
        if state not in states:
            raise InvalidInput(Message("unknown_state", {"state": state, "states": states or "-"}))


def is_overdue(doc: Document, today: date | None = None) -> bool:
    return doc.due_date is not None and doc.due_date < (today or today_in_vietnam())


def author_units(
    db: Database,
    user_id: int,
    type_id: str,
    *,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> list[Unit]:
    """The units in which the user may create a `type_id` document today (own roles first).

    Used to pick the unit when the caller names none; creating still goes
    through `create_document`'s own check.
    """
    today = today or today_in_vietnam()
    found: list[Unit] = []
    with read(db) as conn:
        if type_id not in _current_types(conn):
            raise unknown_type(conn, type_id)
        for grant in sorted(
            visibility.active_grants(conn, user_id, today), key=lambda g: g.on_behalf_of is not None
        ):
            pack = store.pack_of(conn, grant.unit_id)
            compiled = cache.current(conn, pack, type_id) if pack else None
            if compiled is None or grant.role not in compiled.definition.create.roles:
                continue
            unit = store.get_unit(conn, grant.unit_id)
            if unit is not None and unit not in found:
                found.append(unit)
    return found


def link_names(
    db: Database, unit_id: int, type_id: str, *, cache: WorkflowCache = CACHE
) -> list[str]:
    """The links a `type_id` document created in `unit_id` declares (its pack's current version)."""
    with read(db) as conn:
        pack = store.pack_of(conn, unit_id)
        compiled = cache.current(conn, pack, type_id) if pack else None
        if compiled is None:
            raise unknown_type(conn, type_id, pack)
    return [link.name for link in compiled.definition.links]
