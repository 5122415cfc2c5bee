"""Read models: a document's whole view, and a user's inbox.

Every surface (CLI, web pages, API, signed records) renders these plain objects,
so they all say the same thing.  Texts are `Label`/`Localized` values or
`Message`s, rendered in the reader's language at the edge.

Each is read in one read transaction (one snapshot), with a number of queries
that depends on the definition (its transitions and guards) but not on how many
documents or events there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from engine import permissions, store
from engine.clock import in_vietnam
from engine.db import Database, document_links, documents, events, read, units, users
from engine.definitions.model import Definition, FieldSpec, Label, TransitionSpec
from engine.domain import Document, Event, Grant
from engine.firing import TITLE_LABEL, allowed_parties
from engine.messages import Localized, Message, format_vnd
from engine.runtime import CACHE, WorkflowCache
from engine.services.common import not_found, today_in_vietnam
from engine.services.documents import actions_on
from engine.visibility import (
    UnitTree,
    Viewer,
    Visibility,
    active_grants,
    is_operator,
    stored_versions,
    visibility_from,
)

Text = Label | Localized  # anything with .vi and .en

# --- the parts of a view ------------------------------------------------------------------


@dataclass(frozen=True)
class FieldView:
    name: str
    label: Text
    type: str
    value: Any  # as stored
    text: Text  # formatted: money 1.250.000.000 đ, dates dd/mm/yyyy, a choice's label


@dataclass(frozen=True)
class RelatedView:
    """Another document this one points to (or that points to this one)."""

    document_id: int
    label: Text | None  # the link's label; None for parent and children
    visible: bool  # False: the viewer may not see it, so no title is given
    title: str | None = None
    type_title: Text | None = None
    state_label: Text | None = None


@dataclass(frozen=True)
class ChangeView:
    name: str
    label: Text
    old: Text | None
    new: Text | None


@dataclass(frozen=True)
class EventView:
    seq: int
    kind: str
    at: datetime  # Việt Nam time (aware, UTC+7)
    at_text: str  # dd/mm/yyyy HH:MM
    trigger: str | None
    action_label: Text | None
    from_state_label: Text | None
    to_state_label: Text
    actor_name: str
    on_behalf_of_name: str | None
    role_label: Text | None
    unit_name: str | None
    comment: str | None
    changes: tuple[ChangeView, ...] = ()


@dataclass(frozen=True)
class SignoffGiven:
    party_label: Text
    person: str
    on_behalf_of: str | None
    at_text: str


@dataclass(frozen=True)
class SignoffView:
    trigger: str
    label: Text
    need: int
    given: tuple[SignoffGiven, ...]
    awaited: tuple[Message, ...]  # parties not yet heard from: role (scope)


@dataclass(frozen=True)
class ActionView:
    trigger: str
    label: Text
    dest_label: Text
    allowed: bool
    reasons: tuple[Message, ...]
    comment_required: bool
    inputs: tuple[tuple[str, Text], ...]  # (field name, label)
    signoff_progress: tuple[int, int] | None


@dataclass(frozen=True)
class DocumentView:
    id: int
    pack: str
    type_id: str
    type_title: Text
    title: str
    state: str
    state_label: Text
    terminal: bool
    editable: bool
    version: int
    year: int
    unit_name: str
    coordinator_name: str | None
    due_date: date | None
    due_text: str | None  # dd/mm/yyyy
    days_overdue: int  # 0 when not overdue
    created_at: datetime  # Việt Nam time
    fields: tuple[FieldView, ...]
    parent: RelatedView | None
    links: tuple[RelatedView, ...]
    linked_from: tuple[RelatedView, ...]
    children: tuple[RelatedView, ...]
    history: tuple[EventView, ...]
    signoffs: tuple[SignoffView, ...]
    actions: tuple[ActionView, ...]
    viewer_is_operator: bool = False

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


# --- formatting -----------------------------------------------------------------------------


def _same(text: str) -> Localized:
    return Localized(text, text)


def format_date(value: date | str) -> str:
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return day.strftime("%d/%m/%Y")


def format_value(spec: FieldSpec | None, value: Any) -> Text:
    """A stored field value as people read it."""
    if value is None:
        return _same("")
    if spec is not None:
        if spec.type == "money" and isinstance(value, int):
            return _same(format_vnd(value))
        if spec.type == "date" and isinstance(value, str):
            try:
                return _same(format_date(value))
            except ValueError:
                return _same(value)
        if spec.type == "choice":
            for choice in spec.choices:
                if choice.value == value:
                    return choice.label
    return _same(str(value))


def format_time(at: datetime) -> tuple[datetime, str]:
    local = in_vietnam(at)
    return local, local.strftime("%d/%m/%Y %H:%M")


def days_overdue(due: date | None, today: date) -> int:
    return (today - due).days if due is not None and due < today else 0


# --- what one snapshot reads -----------------------------------------------------------------


@dataclass
class _Directory:
    """Names of units and people, read once per view."""

    unit_names: dict[int, str]
    unit_parent: dict[int, int | None]
    people: dict[int, str] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: Connection) -> _Directory:
        rows = conn.execute(sa.select(units.c.id, units.c.parent_id, units.c.name)).all()
        return cls({r.id: r.name for r in rows}, {r.id: r.parent_id for r in rows})

    def load_people(self, conn: Connection, ids: Iterable[int | None]) -> None:
        wanted = sorted({i for i in ids if i is not None} - set(self.people))
        if wanted:
            rows = conn.execute(
                sa.select(users.c.id, users.c.full_name).where(users.c.id.in_(wanted))
            ).all()
            self.people.update({r.id: r.full_name for r in rows})

    def person(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        return self.people.get(user_id, f"#{user_id}")

    @property
    def tree(self) -> UnitTree:
        return UnitTree(self.unit_parent)


def _viewer_context(
    conn: Connection, viewer: Viewer, today: date, cache: WorkflowCache
) -> tuple[list[Grant], _Directory, dict[int, Definition], Visibility]:
    """The viewer's grants, the units, the stored definitions, and what the viewer sees."""
    grants = [] if is_operator(viewer) else active_grants(conn, viewer, today)
    directory = _Directory.load(conn)
    definitions = stored_versions(conn, cache)
    if is_operator(viewer):
        seen = Visibility(everything=True)
    else:
        seen = visibility_from(grants, directory.tree, definitions)
    return grants, directory, definitions, seen


_related_columns = (
    documents.c.id,
    documents.c.title,
    documents.c.state,
    documents.c.workflow_version_id,
    documents.c.unit_id,
    documents.c.coordinator_unit_id,
)


def _related(conn: Connection, doc: Document) -> list[tuple[str, str | None, Any]]:
    """(relation, link name, row) for the parent, links, linked-from and children, one query."""
    parts = [
        sa.select(
            sa.literal("parent").label("rel"), sa.null().label("name"), *_related_columns
        ).where(documents.c.id == doc.parent_id),
        sa.select(sa.literal("link").label("rel"), document_links.c.name, *_related_columns)
        .join(document_links, document_links.c.target_id == documents.c.id)
        .where(document_links.c.document_id == doc.id),
        sa.select(sa.literal("from").label("rel"), document_links.c.name, *_related_columns)
        .join(document_links, document_links.c.document_id == documents.c.id)
        .where(document_links.c.target_id == doc.id),
        sa.select(
            sa.literal("child").label("rel"), sa.null().label("name"), *_related_columns
        ).where(documents.c.parent_id == doc.id),
    ]
    rows = conn.execute(sa.union_all(*parts)).all()
    return [(r[0], r[1], r[2:]) for r in rows]


def _related_view(
    row: Any, label: Text | None, seen: Visibility, definitions: Mapping[int, Definition]
) -> RelatedView:
    doc_id, title, state, version_id, unit_id, coordinator_id = row
    probe = _Columns(unit_id, coordinator_id, version_id)
    if not seen.allows(probe):
        return RelatedView(doc_id, label, visible=False)
    definition = definitions.get(version_id)
    return RelatedView(
        doc_id,
        label,
        visible=True,
        title=title,
        type_title=definition.title if definition else None,
        state_label=_state_label(definition, state),
    )


@dataclass(frozen=True)
class _Columns:
    unit_id: int
    coordinator_unit_id: int | None
    workflow_version_id: int


def _state_label(definition: Definition | None, state: str | None) -> Text | None:
    if state is None:
        return None
    if definition is not None:
        try:
            return definition.state(state).label
        except KeyError:
            pass
    return _same(state)


# --- history and sign-offs ---------------------------------------------------------------------


def _change_views(
    definition: Definition | None, changes: Mapping[str, Any]
) -> tuple[ChangeView, ...]:
    out = []
    for name, pair in changes.items():
        if name == "@party" or not isinstance(pair, list | tuple) or len(pair) != 2:
            continue
        old, new = pair
        spec = None
        if name == "@title":
            label: Text = TITLE_LABEL
        elif name.startswith("@"):
            label = _same(name[1:])
        else:
            try:
                spec = definition.field(name) if definition else None
                label = spec.label if spec else _same(name)
            except KeyError:
                label = _same(name)

        def text(value: Any, spec: FieldSpec | None = spec) -> Text | None:
            return None if value is None else format_value(spec, value)

        out.append(ChangeView(name, label, text(old), text(new)))
    return tuple(out)


def _event_view(e: Event, definition: Definition | None, directory: _Directory) -> EventView:
    local, text = format_time(e.at)
    t = None
    if definition is not None and e.trigger:
        t = next((x for x in definition.transitions if x.trigger == e.trigger), None)
    role_label = None
    if e.role:
        role_label = (definition.roles.get(e.role) if definition else None) or _same(e.role)
    return EventView(
        seq=e.seq,
        kind=e.kind,
        at=local,
        at_text=text,
        trigger=e.trigger,
        action_label=t.label if t else (_same(e.trigger) if e.trigger else None),
        from_state_label=_state_label(definition, e.from_state),
        to_state_label=_state_label(definition, e.to_state) or _same(e.to_state),
        actor_name=directory.person(e.actor_id) or "",
        on_behalf_of_name=directory.person(e.on_behalf_of_id),
        role_label=role_label,
        unit_name=directory.unit_names.get(e.unit_id) if e.unit_id else None,
        comment=e.comment,
        changes=_change_views(definition, e.changes),
    )


def state_entry_seq(history: list[Event]) -> int:
    """Seq of the event that brought the document into its current state (as the store says)."""
    entered = [e.seq for e in history if e.from_state is None or e.from_state != e.to_state]
    return max(entered, default=0)


def _party_label(definition: Definition, t: TransitionSpec, index: int) -> Text:
    role, _ = allowed_parties(t)[index]
    party = t.signoff.parties[index] if t.signoff else None
    if party is not None and party.label is not None:
        return party.label
    return definition.roles.get(role) or _same(role)


def _signoff_view(
    definition: Definition, t: TransitionSpec, history: list[Event], directory: _Directory
) -> SignoffView:
    assert t.signoff is not None
    entry = state_entry_seq(history)
    given: list[SignoffGiven] = []
    signed: set[int] = set()
    for e in history:
        if e.seq > entry and e.kind == "signoff" and e.trigger == t.trigger:
            index = e.changes["@party"][1]
            signed.add(index)
            given.append(
                SignoffGiven(
                    _party_label(definition, t, index),
                    directory.person(e.actor_id) or "",
                    directory.person(e.on_behalf_of_id),
                    format_time(e.at)[1],
                )
            )
    awaited = tuple(
        Message(
            "view.party_in",
            {"role": _party_label(definition, t, i), "scope": Message(f"scope.{p.scope}")},
        )
        for i, p in enumerate(t.signoff.parties)
        if i not in signed
    )
    return SignoffView(t.trigger, t.label, t.signoff.need, tuple(given), awaited)


# --- the document view --------------------------------------------------------------------


def document_view(
    db: Database,
    document_id: int,
    viewer: Viewer,
    *,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> DocumentView:
    """Everything one page shows about a document, as `viewer` may see it, in one snapshot.

    `NotFound` (the missing-id answer) for a document the viewer may not see.
    """
    today = today or today_in_vietnam()
    with read(db) as conn:
        _, directory, definitions, seen = _viewer_context(conn, viewer, today, cache)
        doc = store.get_document(conn, document_id)
        if doc is None or not seen.allows(doc):
            raise not_found("document", document_id)
        definition = definitions.get(doc.workflow_version_id) or (
            cache.get(conn, doc.workflow_version_id).definition
        )
        history = store.history(conn, doc.id)
        related = _related(conn, doc)
        directory.load_people(
            conn,
            [e.actor_id for e in history] + [e.on_behalf_of_id for e in history] + [doc.created_by],
        )
        actions = actions_on(conn, doc, definition, viewer, today, cache)

    state = definition.state(doc.state)
    link_labels: dict[str, Text] = {
        link.name: link.label or _same(link.name) for link in definition.links
    }
    parent = None
    links: list[RelatedView] = []
    linked_from: list[RelatedView] = []
    children: list[RelatedView] = []
    for rel, name, row in related:
        if rel == "parent":
            parent = _related_view(row, None, seen, definitions)
        elif rel == "link":
            links.append(
                _related_view(
                    row, link_labels.get(name or "", _same(name or "")), seen, definitions
                )
            )
        elif rel == "from":
            source = definitions.get(row[3])
            spec = source.link(name or "") if source else None
            label = (spec.label if spec and spec.label else None) or _same(name or "")
            linked_from.append(_related_view(row, label, seen, definitions))
        else:
            children.append(_related_view(row, None, seen, definitions))
    by_version = lambda e: definitions.get(e.workflow_version_id, definition)  # noqa: E731
    signoffs = tuple(
        _signoff_view(definition, t, history, directory)
        for t in definition.transitions_from(doc.state)
        if t.signoff is not None and not t.system
    )
    return DocumentView(
        id=doc.id,
        pack=doc.pack,
        type_id=doc.type_id,
        type_title=definition.title,
        title=doc.title,
        state=doc.state,
        state_label=state.label,
        terminal=state.terminal,
        editable=state.editable,
        version=doc.version,
        year=doc.year,
        unit_name=directory.unit_names.get(doc.unit_id, f"#{doc.unit_id}"),
        coordinator_name=directory.unit_names.get(doc.coordinator_unit_id)
        if doc.coordinator_unit_id
        else None,
        due_date=doc.due_date,
        due_text=format_date(doc.due_date) if doc.due_date else None,
        days_overdue=days_overdue(doc.due_date, today),
        created_at=format_time(doc.created_at)[0],
        fields=tuple(
            FieldView(
                f.name,
                f.label,
                f.type,
                doc.fields.get(f.name),
                format_value(f, doc.fields.get(f.name)),
            )
            for f in definition.fields
            if doc.fields.get(f.name) is not None
        ),
        parent=parent,
        links=tuple(sorted(links, key=lambda r: r.document_id)),
        linked_from=tuple(sorted(linked_from, key=lambda r: r.document_id)),
        children=tuple(sorted(children, key=lambda r: r.document_id)),
        history=tuple(_event_view(e, by_version(e), directory) for e in history),
        signoffs=signoffs,
        actions=tuple(_action_view(definition, a) for a in actions),
        viewer_is_operator=is_operator(viewer),
    )


def _action_view(definition: Definition, a: Any) -> ActionView:
    inputs = []
    for name in a.inputs:
        try:
            inputs.append((name, definition.field(name).label))
        except KeyError:
            inputs.append((name, _same(name)))
    return ActionView(
        trigger=a.trigger,
        label=a.label,
        dest_label=_state_label(definition, a.dest) or _same(a.dest),
        allowed=a.allowed,
        reasons=tuple(a.reasons),
        comment_required=a.comment_required,
        inputs=tuple(inputs),
        signoff_progress=a.signoff_progress,
    )


# --- the inbox ----------------------------------------------------------------------------


@dataclass(frozen=True)
class InboxItem:
    """A document waiting for the viewer: an action of its current step is theirs to take.

    Guards are not run here (that would be a query per document): a listed action
    may still be blocked, and the document's view says why.
    """

    document_id: int
    pack: str
    type_id: str
    type_title: Text
    title: str
    state: str
    state_label: Text
    version: int
    unit_name: str
    due_date: date | None
    due_text: str | None
    days_overdue: int
    actions: tuple[tuple[str, Text], ...]  # (trigger, label) the viewer may take


_DOC_COLUMNS = [documents.c[name] for name in Document.__dataclass_fields__]


def _inbox_condition(
    grants: list[Grant], definitions: Mapping[int, Definition], below: Mapping[int, set[int]]
) -> sa.ColumnElement[bool]:
    """Documents whose current state has a transition one of `grants` reaches (SQL)."""
    # where-clause key → version id → states
    wanted: dict[tuple[str, frozenset[int]], dict[int, set[str]]] = {}
    for vid, definition in definitions.items():
        for t in definition.transitions:
            if t.system:
                continue
            for role, scope in allowed_parties(t):
                for g in grants:
                    if g.role != role:
                        continue
                    if scope == "any":
                        key = ("any", frozenset())
                    elif scope == "own_unit":
                        key = ("unit", frozenset([g.unit_id]))
                    elif scope == "coordinator":
                        key = ("coordinator", frozenset([g.unit_id]))
                    elif scope == "parent_unit":
                        key = ("unit", frozenset(below[g.unit_id]))
                    else:
                        continue
                    wanted.setdefault(key, {}).setdefault(vid, set()).update(t.sources)
    terms = []
    for (kind, unit_ids), by_version in wanted.items():
        steps = sa.or_(
            *(
                sa.and_(
                    documents.c.workflow_version_id == vid, documents.c.state.in_(sorted(states))
                )
                for vid, states in sorted(by_version.items())
            )
        )
        if kind == "any":
            terms.append(steps)
        elif unit_ids:
            column = documents.c.unit_id if kind == "unit" else documents.c.coordinator_unit_id
            terms.append(sa.and_(column.in_(sorted(unit_ids)), steps))
    return sa.or_(*terms) if terms else sa.false()


def _signoffs_since_entry(
    conn: Connection, doc_ids: list[int]
) -> dict[int, list[tuple[str, int, int, int | None]]]:
    """doc id → (trigger, party, actor, principal) of sign-offs given in its current state."""
    if not doc_ids:
        return {}
    entered = sa.alias(events, "entered")
    entry_seq = (
        sa.select(sa.func.max(entered.c.seq))
        .where(
            entered.c.document_id == events.c.document_id,
            sa.or_(entered.c.from_state.is_(None), entered.c.from_state != entered.c.to_state),
        )
        .scalar_subquery()
    )
    rows = conn.execute(
        sa.select(
            events.c.document_id,
            events.c.trigger,
            events.c.changes,
            events.c.actor_id,
            events.c.on_behalf_of_id,
        ).where(
            events.c.document_id.in_(doc_ids),
            events.c.kind == "signoff",
            events.c.seq > entry_seq,
        )
    ).all()
    out: dict[int, list[tuple[str, int, int, int | None]]] = {}
    for doc_id, trigger, changes, actor, principal in rows:
        out.setdefault(doc_id, []).append((trigger, changes["@party"][1], actor, principal))
    return out


def inbox(
    db: Database,
    viewer: Viewer,
    *,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> list[InboxItem]:
    """The documents on which `viewer` may act now (own roles and delegations valid today),
    oldest due date first (no due date last).

    A fixed number of queries: the grants, the units, the stored versions, the
    documents, and the sign-offs already given on them.  The console operator
    acts as no one: an empty inbox.
    """
    today = today or today_in_vietnam()
    if is_operator(viewer):
        return []
    with read(db) as conn:
        grants, directory, definitions, seen = _viewer_context(conn, viewer, today, cache)
        if not grants:
            return []
        tree = directory.tree
        below = {g.unit_id: tree.subtree([g.unit_id]) - {g.unit_id} for g in grants}
        ancestry = tree.ancestry()
        condition = _inbox_condition(grants, definitions, below)
        due_last = sa.case((documents.c.due_date.is_(None), 1), else_=0)
        rows = conn.execute(
            sa.select(*_DOC_COLUMNS)
            .where(seen.condition(), condition)
            .order_by(due_last, documents.c.due_date, documents.c.id)
        )
        candidates = [Document(*r) for r in rows]
        needs_signoffs = [
            d.id
            for d in candidates
            if any(t.signoff for t in definitions[d.workflow_version_id].transitions_from(d.state))
        ]
        signoffs = _signoffs_since_entry(conn, needs_signoffs)
    items: list[InboxItem] = []
    for d in candidates:
        definition = definitions[d.workflow_version_id]
        takes = []
        for t in definition.transitions_from(d.state):
            if t.system:
                continue
            given = [s for s in signoffs.get(d.id, []) if s[0] == t.trigger]
            signed = {s[1] for s in given}
            signers = {p for s in given for p in (s[2], s[3]) if p}
            decision = permissions.decide(
                viewer,
                grants,
                allowed_parties(t),
                d.unit_id,
                d.coordinator_unit_id,
                ancestry,
                signed=signed,
                signers=signers,
            )
            if decision.allowed:
                takes.append((t.trigger, t.label))
        if not takes:
            continue
        items.append(
            InboxItem(
                document_id=d.id,
                pack=d.pack,
                type_id=d.type_id,
                type_title=definition.title,
                title=d.title,
                state=d.state,
                state_label=definition.state(d.state).label,
                version=d.version,
                unit_name=directory.unit_names.get(d.unit_id, f"#{d.unit_id}"),
                due_date=d.due_date,
                due_text=format_date(d.due_date) if d.due_date else None,
                days_overdue=days_overdue(d.due_date, today),
                actions=tuple(takes),
            )
        )
    return items


__all__ = [
    "ActionView",
    "ChangeView",
    "DocumentView",
    "EventView",
    "FieldView",
    "InboxItem",
    "RelatedView",
    "SignoffGiven",
    "SignoffView",
    "document_view",
    "format_value",
    "inbox",
]


def definition_of(conn: Connection, doc: Document, cache: WorkflowCache = CACHE) -> Definition:
    """The definition version a document is pinned to."""
    return cache.get(conn, doc.workflow_version_id).definition
