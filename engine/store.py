"""Reading and writing documents, events and the organisation.

Small functions over a Core `Connection`, used by the services inside one unit
of work.  They map rows to the plain objects of `engine.domain`.

Statements on the path of every transition are built once, here, with bound
parameters: SQLAlchemy then reuses their compiled form and cache key, where a
statement built per call costs a cache-key computation (about three times the
execution itself; see docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from engine import audit
from engine.damaged import Undecodable, damaged, decoder, raw
from engine.db import (
    Precompiled,
    delegations,
    document_links,
    documents,
    events,
    role_assignments,
    units,
    users,
)
from engine.domain import Document, Event, Grant, Unit, User
from engine.fieldtypes import is_row_id, is_storable_text
from engine.inputs import username_key


def utcnow() -> datetime:
    """Naive UTC, microsecond precision: what both databases store exactly."""
    return datetime.now(UTC).replace(tzinfo=None)


# --- documents ---------------------------------------------------------------

_DOC_COLUMNS = [documents.c[name] for name in Document.__dataclass_fields__]
_select_document = sa.select(*_DOC_COLUMNS)
_get_document = Precompiled(_select_document.where(documents.c.id == sa.bindparam("document_id")))
_lock_document = Precompiled(
    _select_document.where(documents.c.id == sa.bindparam("document_id")).with_for_update()
)


def _document(row: Any) -> Document:
    d = Document(*row)
    d.fields = dict(d.fields or {})
    return d


def get_document(conn: Connection, document_id: int) -> Document | None:
    if not is_row_id(document_id):  # no such row; and the database would refuse the value
        return None
    rows = _get_document.rows(conn, {"document_id": document_id})
    return _document(rows[0]) if rows else None


def lock_document(
    conn: Connection, document_id: int, *, acting: tuple[int, date] | None = None
) -> Document | None:
    """Load a document to change it, holding its row lock until the transaction ends.

    On PostgreSQL a concurrent writer waits here and then sees the winner's
    version, so it gets `StaleDocument` instead of a unique-key violation on the
    event sequence.  SQLite has no row locks; its BEGIN IMMEDIATE already
    serialises writers.

    `acting` (user id, today) says who is about to act on it: on PostgreSQL the
    same statement then reads that user and their grants, which the next
    `user_and_grants` call for them in this transaction answers from (one
    round trip fewer per action).
    """
    if conn.dialect.name == "sqlite" or not is_row_id(document_id):
        return get_document(conn, document_id)
    if acting is None or not is_row_id(acting[0]):
        rows = _lock_document.rows(conn, {"document_id": document_id})
        return _document(rows[0]) if rows else None
    user_id, today = acting
    rows = _lock_with_grants.rows(
        conn, {"document_id": document_id, "uid": user_id, "today": today}
    )
    if not rows:
        return None
    _prefetched_grants(conn, user_id, today, [r[len(_DOC_COLUMNS) :] for r in rows])
    return _document(rows[0][: len(_DOC_COLUMNS)])


def find_documents(
    conn: Connection, *conditions: Any, order: Any = None, for_update: bool = False
) -> list[Document]:
    """Documents matching `conditions`; `for_update` locks them (PostgreSQL) to change them."""
    stmt = _select_document.where(*conditions).order_by(
        order if order is not None else documents.c.id
    )
    if for_update and conn.dialect.name != "sqlite":
        stmt = stmt.with_for_update()
    return [_document(r) for r in conn.execute(stmt)]


def insert_document(conn: Connection, values: dict[str, Any]) -> int:
    return conn.execute(documents.insert().values(**values)).inserted_primary_key[0]


_SAVED_COLUMNS = [
    "state",
    "version",
    "fields",
    "title",
    "parent_id",
    "due_date",
    "state_entered_at",
    "last_hash",
    "updated_at",
]
_versioned_update = documents.update().where(
    documents.c.id == sa.bindparam("b_id"), documents.c.version == sa.bindparam("b_seen")
)
_update_document = Precompiled(_versioned_update, _SAVED_COLUMNS)
_update_moved = Precompiled(
    _versioned_update, [c for c in _SAVED_COLUMNS if c not in ("title", "parent_id")]
)


def save_document(
    conn: Connection, doc: Document, seen_version: int, *, moved_only: bool = False
) -> bool:
    """Write the document back if nobody moved it since `seen_version`.

    `moved_only` says the caller changed neither the title nor the parent link,
    so they are not rewritten: on SQLite, rewriting parent_id (indexed, and a
    foreign key) costs about as much as the rest of the UPDATE.
    """
    matched = (_update_moved if moved_only else _update_document).rowcount(
        conn,
        {
            "b_id": doc.id,
            "b_seen": seen_version,
            "state": doc.state,
            "version": doc.version,
            "fields": doc.fields,
            "title": doc.title,
            "parent_id": doc.parent_id,
            "due_date": doc.due_date,
            "state_entered_at": doc.state_entered_at,
            "last_hash": doc.last_hash,
            "updated_at": doc.updated_at,
        },
    )
    return matched == 1


_current_version = sa.select(documents.c.version).where(
    documents.c.id == sa.bindparam("document_id")
)


def current_version(conn: Connection, document_id: int) -> int | None:
    return conn.execute(_current_version, {"document_id": document_id}).scalar()


# --- events ------------------------------------------------------------------

_EVENT_COLUMNS = [*audit.HASHED_FIELDS, "hash"]
_insert_event = Precompiled(events.insert(), _EVENT_COLUMNS)


def _event_fields(doc: Document, **event: Any) -> dict[str, Any]:
    """The next event of `doc`'s chain, hashed; bumps `doc.version` and `doc.last_hash`."""
    fields = dict(
        document_id=doc.id,
        seq=doc.version + 1,
        to_state=doc.state,
        workflow_version_id=doc.workflow_version_id,
        prev_hash=doc.last_hash,
        **event,
    )
    fields["hash"] = audit.event_hash(**fields)
    doc.version = fields["seq"]
    doc.last_hash = fields["hash"]
    return fields


def append_event(
    conn: Connection,
    doc: Document,
    *,
    kind: str,
    trigger: str | None,
    from_state: str | None,
    actor_id: int,
    role: str | None,
    unit_id: int | None,
    on_behalf_of_id: int | None,
    comment: str | None,
    changes: dict[str, Any],
    at: datetime,
) -> str:
    """Insert the next event of `doc`'s chain; bumps `doc.version`/`last_hash`.

    The caller saves the document in the same transaction; the (document, seq)
    uniqueness constraint makes a lost race fail loudly even without the
    version check.
    """
    fields = _event_fields(
        doc,
        kind=kind,
        trigger=trigger,
        from_state=from_state,
        actor_id=actor_id,
        role=role,
        unit_id=unit_id,
        on_behalf_of_id=on_behalf_of_id,
        comment=comment,
        changes=changes,
        at=at,
    )
    _insert_event.rowcount(conn, fields)
    return fields["hash"]


# PostgreSQL: the version-checked UPDATE of the document and the INSERT of its
# event in one statement, one round trip instead of two.  The event is inserted
# only from the row the UPDATE returns, so a document someone else moved gets
# no event, exactly as if the UPDATE had run first and matched nothing.
def _save_with_event(columns: list[str]) -> Precompiled:
    saved = (
        documents.update()
        .where(
            documents.c.id == sa.bindparam("b_id"), documents.c.version == sa.bindparam("b_seen")
        )
        .values({name: sa.bindparam(f"d_{name}", type_=documents.c[name].type) for name in columns})
        .returning(documents.c.id)
        .cte("saved")
    )
    event = sa.select(
        *(sa.bindparam(name, type_=events.c[name].type) for name in _EVENT_COLUMNS)
    ).select_from(saved)
    return Precompiled(events.insert().from_select(_EVENT_COLUMNS, event))


_save_with_event_all = _save_with_event(_SAVED_COLUMNS)
_save_with_event_moved = _save_with_event(
    [c for c in _SAVED_COLUMNS if c not in ("title", "parent_id")]
)


def append_event_and_save(
    conn: Connection, doc: Document, seen_version: int, *, moved_only: bool = False, **event: Any
) -> bool:
    """Save `doc` if nobody moved it since `seen_version`, and only then append its event.

    `event` is `append_event`'s keywords; `moved_only` is `save_document`'s.
    Returns False, having written nothing, when the version check fails.  One
    statement on PostgreSQL; on SQLite, where a statement costs no round trip,
    the UPDATE and then the INSERT.
    """
    fields = _event_fields(doc, **event)
    if conn.dialect.name == "sqlite":
        if not save_document(conn, doc, seen_version, moved_only=moved_only):
            return False
        _insert_event.rowcount(conn, fields)
        return True
    params = {f"d_{name}": getattr(doc, name) for name in _SAVED_COLUMNS}
    params.update(fields, b_id=doc.id, b_seen=seen_version)
    statement = _save_with_event_moved if moved_only else _save_with_event_all
    return statement.rowcount(conn, params) == 1


# Raw driver values, decoded by `_events`: a hand-edited row then fails as a
# `DamagedRecord` naming it, not as a bare JSONDecodeError.
_event_columns = [events.c[name] for name in Event.__dataclass_fields__]
_select_events = sa.select(*raw(_event_columns))
_history = _select_events.where(events.c.document_id == sa.bindparam("document_id")).order_by(
    events.c.seq
)
_events_since = _select_events.where(
    events.c.document_id == sa.bindparam("document_id"),
    events.c.seq > sa.bindparam("after_seq"),
    events.c.trigger == sa.bindparam("trigger"),
).order_by(events.c.seq)
_state_entry_seq = sa.select(sa.func.max(events.c.seq)).where(
    events.c.document_id == sa.bindparam("document_id"),
    sa.or_(events.c.from_state.is_(None), events.c.from_state != events.c.to_state),
)
_who_fired_by_count: dict[int, Precompiled] = {}


def _who_fired(count: int) -> Precompiled:
    """The `who_fired` statement for `count` triggers (plain parameters, so precompiled)."""
    if count not in _who_fired_by_count:
        names = [sa.bindparam(f"trigger_{i}") for i in range(count)]
        _who_fired_by_count[count] = Precompiled(
            sa.select(events.c.actor_id, events.c.on_behalf_of_id, events.c.trigger).where(
                events.c.document_id == sa.bindparam("document_id"), events.c.trigger.in_(names)
            )
        )
    return _who_fired_by_count[count]


def _events(conn: Connection, rows: Iterable[Any]) -> list[Event]:
    decode = decoder(conn, _event_columns)
    found = []
    for row in rows:
        try:
            values = decode(row)
            if not isinstance(values["changes"], dict):
                raise Undecodable("changes", values["changes"])
        except Undecodable as err:
            ref = f"#{row.document_id}/{row.seq}"
            raise damaged("events", ref, err.column) from err
        found.append(Event(**values))
    return found


def history(conn: Connection, document_id: int) -> list[Event]:
    return _events(conn, conn.execute(_history, {"document_id": document_id}))


def events_since(conn: Connection, document_id: int, after_seq: int, trigger: str) -> list[Event]:
    rows = conn.execute(
        _events_since, {"document_id": document_id, "after_seq": after_seq, "trigger": trigger}
    )
    return _events(conn, rows)


def state_entry_seq(conn: Connection, document_id: int) -> int:
    """Seq of the event that brought the document into its current state."""
    return conn.execute(_state_entry_seq, {"document_id": document_id}).scalar() or 0


def who_fired(conn: Connection, document_id: int, triggers: Iterable[str]) -> dict[int, list[str]]:
    """Everyone who fired (or on whose behalf someone fired) these triggers → which ones."""
    names = list(triggers)
    if not names:
        return {}
    params = {f"trigger_{i}": name for i, name in enumerate(names)}
    rows = _who_fired(len(names)).rows(conn, {"document_id": document_id, **params})
    people: dict[int, list[str]] = {}
    for actor, principal, trigger in rows:
        for person in (actor, principal):
            if person:
                people.setdefault(person, []).append(trigger)
    return people


# --- links and children ----------------------------------------------------------


_linked_id = sa.select(document_links.c.target_id).where(
    document_links.c.document_id == sa.bindparam("document_id"),
    document_links.c.name == sa.bindparam("name"),
)


def linked_id(conn: Connection, document_id: int, name: str) -> int | None:
    return conn.execute(_linked_id, {"document_id": document_id, "name": name}).scalar()


_insert_link = document_links.insert()
_links_of = sa.select(document_links.c.name, document_links.c.target_id).where(
    document_links.c.document_id == sa.bindparam("document_id")
)


def add_link(conn: Connection, document_id: int, name: str, target_id: int) -> None:
    conn.execute(_insert_link, {"document_id": document_id, "name": name, "target_id": target_id})


def links_of(conn: Connection, document_id: int) -> dict[str, int]:
    return dict(conn.execute(_links_of, {"document_id": document_id}).all())


# --- organisation ----------------------------------------------------------------

_principal = users.alias("principal")
_grants_stmt = sa.union_all(
    sa.select(
        role_assignments.c.role,
        role_assignments.c.unit_id,
        sa.null().label("on_behalf_of"),
    ).where(role_assignments.c.user_id == sa.bindparam("uid")),
    # A delegation lends the principal's role in that unit, while the principal
    # still holds it and is active (a disabled account lends nothing), and only
    # within its dates (checked by the caller).
    sa.select(delegations.c.role, delegations.c.unit_id, delegations.c.principal_id)
    .join(
        role_assignments,
        sa.and_(
            role_assignments.c.user_id == delegations.c.principal_id,
            role_assignments.c.role == delegations.c.role,
            role_assignments.c.unit_id == delegations.c.unit_id,
        ),
    )
    .join(_principal, _principal.c.id == delegations.c.principal_id)
    .where(
        _principal.c.is_active,
        delegations.c.delegate_id == sa.bindparam("uid"),
        delegations.c.starts_on <= sa.bindparam("today"),
        delegations.c.ends_on >= sa.bindparam("today"),
    ),
)


def expired_delegations(conn: Connection, user_id: int, today: date) -> list[Any]:
    """Delegations to this user that exist but are not valid today (to explain refusals)."""
    return conn.execute(
        sa.select(delegations).where(
            delegations.c.delegate_id == user_id,
            sa.or_(delegations.c.starts_on > today, delegations.c.ends_on < today),
        )
    ).all()


_select_user = sa.select(
    users.c.id, users.c.username, users.c.full_name, users.c.title, users.c.is_active
)
_get_user = _select_user.where(users.c.id == sa.bindparam("user_id"))
_user_by_name = _select_user.where(users.c.username == sa.bindparam("username"))


def get_user(conn: Connection, user_id: int) -> User | None:
    if not is_row_id(user_id):
        return None
    row = conn.execute(_get_user, {"user_id": user_id}).first()
    return User(*row) if row else None


# The user and every grant they may act under today, in one round trip: a row
# per grant, or one row with no grant (the role is never NULL in a real grant).
_grants = _grants_stmt.subquery("grants")
_user_grants = Precompiled(
    _select_user.add_columns(_grants.c.role, _grants.c.unit_id, _grants.c.on_behalf_of)
    .select_from(users.outerjoin(_grants, sa.true()))
    .where(users.c.id == sa.bindparam("uid"))
)


# PostgreSQL: the document to change, locked, with the acting user and their grants
# (a row per grant, the document repeated; `lock_document(acting=...)`).
_lock_with_grants = Precompiled(
    sa.select(*_DOC_COLUMNS, *_user_grants.statement.selected_columns)
    .select_from(
        documents.outerjoin(users.outerjoin(_grants, sa.true()), users.c.id == sa.bindparam("uid"))
    )
    .where(documents.c.id == sa.bindparam("document_id"))
    .with_for_update(of=documents)
)

# Key in `Connection.info` of the grants `lock_document` read for the next
# `user_and_grants` call: (transaction, user id, today, rows).  Tied to the
# transaction, so a leftover is never taken for another one's.
_PREFETCHED = "ttdn_prefetched_grants"


def _prefetched_grants(conn: Connection, user_id: int, today: date, rows: list[Any]) -> None:
    conn.info[_PREFETCHED] = (conn.get_transaction(), user_id, today, rows)


def user_and_grants(conn: Connection, user_id: int, today: date) -> tuple[User | None, list[Grant]]:
    """The user and every grant they may act under today (own roles and valid delegations)."""
    if not is_row_id(user_id):
        return None, []
    memo = conn.info.pop(_PREFETCHED, None)
    if memo is not None and memo[0] is conn.get_transaction() and memo[1:3] == (user_id, today):
        rows = memo[3]  # read by lock_document in this transaction, a moment ago
    else:
        rows = _user_grants.rows(conn, {"uid": user_id, "today": today})
    if not rows or rows[0][0] is None:  # no such user (outer-joined to the document)
        return None, []
    return User(*rows[0][:5]), [Grant(r[5], r[6], r[7]) for r in rows if r[5] is not None]


_user_names = sa.select(users.c.id, users.c.username)


def user_by_name(conn: Connection, username: str) -> User | None:
    """The user of that name, as stored or up to case and compatibility forms
    (`username_key`, unique among users since `add_user` refuses a second one)."""
    if not is_storable_text(username):
        return None
    row = conn.execute(_user_by_name, {"username": username}).first()
    if row:
        return User(*row)
    key = username_key(username)
    matches = [uid for uid, name in conn.execute(_user_names) if username_key(name) == key]
    # Two matches only in a database filled before names were compared so: ambiguous.
    return get_user(conn, matches[0]) if len(matches) == 1 else None


_select_unit = sa.select(*(units.c[name] for name in Unit.__dataclass_fields__))
_get_unit = _select_unit.where(units.c.id == sa.bindparam("unit_id"))
_unit_by_code = _select_unit.where(units.c.code == sa.bindparam("code"))


def get_unit(conn: Connection, unit_id: int) -> Unit | None:
    if not is_row_id(unit_id):
        return None
    row = conn.execute(_get_unit, {"unit_id": unit_id}).first()
    return Unit(*row) if row else None


def unit_by_code(conn: Connection, code: str) -> Unit | None:
    if not is_storable_text(code):
        return None
    row = conn.execute(_unit_by_code, {"code": code}).first()
    return Unit(*row) if row else None


def ancestors(conn: Connection, unit_id: int) -> list[Unit]:
    """The units above `unit_id`, nearest first (the tree is shallow: a loop is fine)."""
    chain: list[Unit] = []
    seen = {unit_id}
    unit = get_unit(conn, unit_id)
    while unit is not None and unit.parent_id is not None and unit.parent_id not in seen:
        seen.add(unit.parent_id)
        unit = get_unit(conn, unit.parent_id)
        if unit is not None:
            chain.append(unit)
    return chain


def coordinator_of(conn: Connection, unit_id: int) -> int | None:
    """The coordinating unit for documents of `unit_id`: its own setting or the nearest above."""
    unit = get_unit(conn, unit_id)
    if unit is None:
        return None
    if unit.coordinator_id is not None:
        return unit.coordinator_id
    for above in ancestors(conn, unit_id):
        if above.coordinator_id is not None:
            return above.coordinator_id
    return None


def pack_of(conn: Connection, unit_id: int) -> str | None:
    unit = get_unit(conn, unit_id)
    if unit is None:
        return None
    if unit.pack:
        return unit.pack
    for above in ancestors(conn, unit_id):
        if above.pack:
            return above.pack
    return None
