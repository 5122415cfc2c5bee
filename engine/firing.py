"""The one write path, inside an open transaction.

`fire_in_tx` is what every state change goes through: a user's click, a CLI
command, a BDD step, and effects moving other documents.  The service layer
wraps it in a unit of work; effects call it directly so that everything an
action causes lands in the same transaction, or nothing does.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Connection
from transitions import MachineError

from engine import fieldtypes, permissions, store
from engine.audit import GENESIS
from engine.definitions.model import Definition, TransitionSpec
from engine.domain import Actor, Document
from engine.errors import (
    GuardFailed,
    InvalidInput,
    NotAllowedFromState,
    NotFound,
    PermissionDenied,
    StaleDocument,
)
from engine.messages import Localized, Message
from engine.permissions import Ancestry
from engine.rules.context import FireContext
from engine.runtime import CompiledWorkflow, WorkflowCache

TITLE_LABEL = Localized("Trích yếu", "Title")
COMMENT_LABEL = Localized("Ý kiến", "Comment")
YEAR_LABEL = Localized("Năm", "Year")
YEAR_RANGE = Localized(
    f"phải từ {fieldtypes.MIN_YEAR} đến {fieldtypes.MAX_YEAR}",
    f"must be {fieldtypes.MIN_YEAR} to {fieldtypes.MAX_YEAR}",
)


# --- the checks every change makes ------------------------------------------------


def check_version(doc: Document, expected_version: int | None) -> None:
    """The one stale-version check: the caller saw `expected_version` (None: no page was seen)."""
    if expected_version is not None and expected_version != doc.version:
        raise StaleDocument(
            Message("stale_document", {"seen": expected_version, "current": doc.version})
        )


# --- who may act ---------------------------------------------------------------


def store_ancestry(conn: Connection) -> Ancestry:
    """The units above a unit, read from the database when first asked (once per unit)."""
    found: dict[int, set[int]] = {}

    def above(unit_id: int) -> set[int]:
        if unit_id not in found:
            found[unit_id] = {u.id for u in store.ancestors(conn, unit_id)}
        return found[unit_id]

    return above


def allowed_parties(t: TransitionSpec) -> list[tuple[str, str]]:
    """(role, scope) pairs that may fire `t`, in the order they are tried."""
    if t.signoff is not None:
        return [(p.role, p.scope) for p in t.signoff.parties]
    return [(role, t.scope) for role in t.roles]


def resolve_actor(
    conn: Connection,
    user_id: int,
    parties: list[tuple[str, str]],
    unit_id: int,
    coordinator_id: int | None,
    today: date,
    action: Any,
    *,
    signed: set[int] | frozenset[int] = frozenset(),
    signers: set[int] | frozenset[int] = frozenset(),
    role_labels: dict[str, Any] | None = None,
) -> tuple[Actor, int]:
    """The grant under which `user_id` may act, and the index of the party it fills.

    The decision is `permissions.decide` (the inbox asks it too); this reads the
    user and their grants and says why not: raises `PermissionDenied`.
    """
    user, grants = store.user_and_grants(conn, user_id, today)
    if user is None:
        raise NotFound(Message("not_found", {"what": Message("what.user"), "ref": user_id}))
    if not user.is_active:
        raise PermissionDenied(Message("user_inactive", {"user": user.username}))
    labels = role_labels or {}
    decision = permissions.decide(
        user_id,
        grants,
        parties,
        unit_id,
        coordinator_id,
        store_ancestry(conn),
        signed=signed,
        signers=signers,
    )
    grant = decision.grant
    if decision.allowed and grant is not None and decision.party is not None:
        return Actor(user_id, grant.role, grant.unit_id, grant.on_behalf_of), decision.party
    if decision.refusal == "already_signed" and grant is not None:
        raise PermissionDenied(
            Message("already_signed", {"party": labels.get(grant.role, grant.role)})
        )
    roles = sorted({role for role, _ in parties})
    # People read "Lãnh đạo đơn vị", not "unit_head".
    shown = [labels.get(r, r) for r in roles]
    if decision.refusal == "wrong_unit":
        scopes = sorted({scope for _, scope in parties})
        raise PermissionDenied(
            Message(
                "wrong_unit", {"roles": shown, "scope": [Message(f"scope.{s}") for s in scopes]}
            )
        )
    for row in store.expired_delegations(conn, user_id, today):
        if row.role in roles:
            principal = store.get_user(conn, row.principal_id)
            raise PermissionDenied(
                Message(
                    "delegation_expired",
                    {
                        "principal": principal.full_name if principal else row.principal_id,
                        "user": user.full_name,
                        "start": row.starts_on.strftime("%d/%m/%Y"),
                        "end": row.ends_on.strftime("%d/%m/%Y"),
                    },
                )
            )
    raise PermissionDenied(Message("wrong_role", {"roles": shown, "action": action}))


def resolve_author(
    conn: Connection,
    user_id: int,
    definition: Definition,
    unit_id: int,
    today: date,
    *,
    editing: bool = False,
) -> Actor:
    """Who may create a document of `definition` in `unit_id`, or edit one there.

    A refusal names the act («Tạo văn bản» / «Sửa văn bản»), not the type.
    """
    parties = [(role, "own_unit") for role in definition.create.roles]
    actor, _ = resolve_actor(
        conn,
        user_id,
        parties,
        unit_id,
        None,
        today,
        Message("action.edit" if editing else "action.create"),
        role_labels=definition.roles,
    )
    return actor


# --- fields -------------------------------------------------------------------------


def apply_inputs(
    definition: Definition,
    doc: Document,
    values: dict[str, Any],
    allowed: tuple[str, ...] | None,
    action: Any,
) -> dict[str, list[Any]]:
    """Validate and apply field values; return the changes as {field: [old, new]}.

    `allowed` None means any declared field (editing in an editable state).
    Every problem is collected before raising, so the user fixes them at once.
    """
    problems: list[Message] = []
    new_fields = dict(doc.fields)
    for name, raw in values.items():
        try:
            spec = definition.field(name)
        except KeyError:
            problems.append(Message("unknown_field", {"field": name, "type": definition.title}))
            continue
        if allowed is not None and name not in allowed:
            problems.append(Message("field_not_input", {"field": spec.label, "action": action}))
            continue
        try:
            new_fields[name] = fieldtypes.coerce(spec, raw)
        except fieldtypes.BadValue as bad:
            problems.append(
                Message("bad_field_value", {"field": spec.label, "problem": bad.problem})
            )
    if problems:
        raise InvalidInput(problems[0], *problems[1:])
    changes = {
        name: [doc.fields.get(name), value]
        for name, value in new_fields.items()
        if doc.fields.get(name) != value
    }
    doc.fields = {k: v for k, v in new_fields.items() if v is not None}
    return changes


def due_date_for(definition: Definition, state: str, year: int) -> date | None:
    deadline = definition.deadline_for(state)
    if deadline is None:
        return None
    return date(year + deadline.year_offset, deadline.month, deadline.day)


def clean_title(title: Any) -> str:
    """The title as stored (NFC, trimmed, bounded); a blank one is refused, not ignored."""
    try:
        cleaned = fieldtypes.clean_text(title)
    except fieldtypes.BadValue as bad:
        raise InvalidInput(
            Message("bad_field_value", {"field": TITLE_LABEL, "problem": bad.problem})
        ) from bad
    if not cleaned:
        raise InvalidInput(Message("missing_fields", {"fields": [TITLE_LABEL]}))
    return cleaned


# --- creating --------------------------------------------------------------------------


def create_in_tx(
    conn: Connection,
    compiled: CompiledWorkflow,
    *,
    unit_id: int,
    year: int,
    title: str,
    fields: dict[str, Any],
    actor: Actor,
    now: datetime,
    links: dict[str, int] | None = None,
    kind: str = "create",
) -> Document:
    definition = compiled.definition
    title = clean_title(title)
    if not (isinstance(year, int) and fieldtypes.MIN_YEAR <= year <= fieldtypes.MAX_YEAR):
        raise InvalidInput(Message("bad_field_value", {"field": YEAR_LABEL, "problem": YEAR_RANGE}))
    initial = definition.initial_state
    values = dict(
        pack=definition.pack,
        type_id=definition.type,
        workflow_version_id=compiled.version_id,
        unit_id=unit_id,
        coordinator_unit_id=store.coordinator_of(conn, unit_id),
        year=year,
        title=title,
        state=initial,
        version=0,
        fields={},
        parent_id=None,
        due_date=due_date_for(definition, initial, year),
        state_entered_at=now,
        last_hash=GENESIS,
        created_by=actor.user_id,
        created_at=now,
        updated_at=now,
    )
    doc_id = store.insert_document(conn, values)
    doc = Document(id=doc_id, **values)  # type: ignore[arg-type]
    changes = apply_inputs(definition, doc, fields, None, definition.title)
    changes["@title"] = [None, title]
    for name, target_id in (links or {}).items():
        store.add_link(conn, doc_id, name, target_id)
        changes[f"@link:{name}"] = [None, target_id]
    write_event(
        conn,
        doc,
        0,
        actor,
        kind=kind,
        trigger=None,
        from_state=None,
        comment=None,
        changes=changes,
        now=now,
    )
    return doc


# --- firing ---------------------------------------------------------------------------


def signoff_state(conn: Connection, doc: Document, t: TransitionSpec) -> tuple[set[int], set[int]]:
    """Parties that signed `t` since the document entered its state, and who signed."""
    if t.signoff is None:
        return set(), set()
    entry = store.state_entry_seq(conn, doc.id)
    parties: set[int] = set()
    people: set[int] = set()
    for ev in store.events_since(conn, doc.id, entry, t.trigger):
        if ev.kind == "signoff":
            parties.add(ev.changes["@party"][1])
            people.add(ev.actor_id)
            if ev.on_behalf_of_id:
                people.add(ev.on_behalf_of_id)
    return parties, people


def resolve_signer(
    conn: Connection,
    user_id: int,
    t: TransitionSpec,
    doc: Document,
    today: date,
    definition: Definition,
    signed: set[int],
    signers: set[int],
) -> tuple[Actor, int]:
    """May this user take `t` on `doc` now, as far as who they are goes?

    Shared by `fire_in_tx` and `available_actions` (the guards, the other half,
    run in both through `run_guards`); the inbox asks the same
    `permissions.decide` on data it read for many documents at once.
    """
    return resolve_actor(
        conn,
        user_id,
        allowed_parties(t),
        doc.unit_id,
        doc.coordinator_unit_id,
        today,
        t.label,
        signed=signed,
        signers=signers,
        role_labels=definition.roles,
    )


def fire_in_tx(
    conn: Connection,
    cache: WorkflowCache,
    doc: Document,
    trigger: str,
    user_id: int,
    *,
    today: date,
    now: datetime,
    expected_version: int | None = None,
    comment: str | None = None,
    inputs: dict[str, Any] | None = None,
    system: bool = False,
) -> Document:
    """Fire `trigger` on `doc` as `user_id`; raises an `EngineError` and writes nothing on refusal.

    `system` is for effects: no role check (the action that caused it was
    checked), and the event is recorded as a cascade of the user's action.
    """
    # Staleness first: whatever else is wrong, the user acted on an old page.
    check_version(doc, expected_version)
    compiled = cache.get(conn, doc.workflow_version_id)
    definition = compiled.definition
    t = definition.transition(trigger, doc.state)
    state_label = definition.state(doc.state).label
    if t is None:
        same_name = [x for x in definition.transitions if x.trigger == trigger]
        if not same_name:
            raise NotAllowedFromState(
                Message("unknown_action", {"action": trigger, "type": definition.title})
            )
        if not system and all(x.system for x in same_name):
            raise PermissionDenied(Message("system_action", {"action": same_name[0].label}))
        raise NotAllowedFromState(
            Message("not_allowed_from_state", {"action": same_name[0].label, "state": state_label})
        )
    if t.system and not system:
        raise PermissionDenied(Message("system_action", {"action": t.label}))

    signed, signers = signoff_state(conn, doc, t)
    if system:
        actor, party = Actor(user_id, None, None), -1
    else:
        actor, party = resolve_signer(conn, user_id, t, doc, today, definition, signed, signers)

    comment = (comment or "").strip() or None
    if comment is not None:
        try:
            comment = fieldtypes.clean_text(comment, fieldtypes.MAX_LONG_TEXT)
        except fieldtypes.BadValue as bad:
            raise InvalidInput(
                Message("bad_field_value", {"field": COMMENT_LABEL, "problem": bad.problem})
            ) from bad
    if t.comment_required and not comment and not system:
        raise InvalidInput(Message("comment_required", {"action": t.label}))

    seen = doc.version
    from_state = doc.state
    kept = (doc.title, doc.parent_id)  # a transition changes neither: not rewritten below
    changes = apply_inputs(definition, doc, inputs or {}, t.inputs, t.label)
    ctx = FireContext(conn, doc, definition, t, actor, today, now, cache, comment, writer=WRITER)

    completes = t.signoff is None or len(signed) + 1 >= t.signoff.need
    if completes:
        try:
            moved = compiled.fire(doc, trigger, ctx)
        except MachineError as exc:  # the definition check above makes this unreachable
            raise NotAllowedFromState(
                Message("not_allowed_from_state", {"action": t.label, "state": state_label})
            ) from exc
    else:
        moved = ctx.guards_pass()
    if not moved:
        raise GuardFailed(Message("guard_failed", {"action": t.label}), ctx.refusals)

    if t.signoff is not None:
        changes["@party"] = [None, party]
        kind = "signoff"
    else:
        kind = "cascade" if system else "transition"
    if doc.state != from_state:
        doc.state_entered_at = now
        doc.due_date = due_date_for(definition, doc.state, doc.year)
    # For a system cascade the actor is the user whose action caused it, with no
    # role of their own in this document.
    write_event(
        conn,
        doc,
        seen,
        actor,
        kind=kind,
        trigger=trigger,
        from_state=from_state,
        comment=comment,
        changes=changes,
        now=now,
        moved_only=(doc.title, doc.parent_id) == kept,
    )
    if completes:
        for call in t.effects:
            cache.catalogue.effects.get(call.name).func(ctx, **call.params)
    return doc


def write_event(
    conn: Connection,
    doc: Document,
    seen: int,
    actor: Actor,
    *,
    kind: str,
    trigger: str | None,
    from_state: str | None,
    comment: str | None,
    changes: dict[str, list[Any]],
    now: datetime,
    moved_only: bool = False,
) -> None:
    """Append the next event of `doc`'s chain and save `doc` if it is still at `seen`.

    Every change to a document goes through here, so none can skip its event.
    """
    doc.updated_at = now
    saved = store.append_event_and_save(
        conn,
        doc,
        seen,
        moved_only=moved_only,
        kind=kind,
        trigger=trigger,
        from_state=from_state,
        actor_id=actor.user_id,
        role=actor.role,
        unit_id=actor.unit_id,
        on_behalf_of_id=actor.on_behalf_of,
        comment=comment,
        changes=changes,
        at=now,
    )
    if not saved:
        current = store.current_version(conn, doc.id)
        raise StaleDocument(Message("stale_document", {"seen": seen, "current": current}))


def record_on(ctx: FireContext, doc: Document, changes: dict[str, list[Any]], comment: str) -> None:
    """Write an 'effect' event on `doc` for a change an effect made (e.g. its parent link)."""
    write_event(
        ctx.conn,
        doc,
        doc.version,
        ctx.actor,
        kind="effect",
        trigger=None,
        from_state=doc.state,
        comment=comment,
        changes=changes,
        now=ctx.now,
    )


class _TransactionWriter:
    """The write path as effects see it (`FireContext.writer`), in the caller's transaction."""

    def fire_system(self, ctx: FireContext, doc: Document, trigger: str, why: str) -> None:
        fire_in_tx(
            ctx.conn,
            ctx.cache,
            doc,
            trigger,
            ctx.actor.user_id,
            today=ctx.today,
            now=ctx.now,
            comment=why,
            system=True,
        )

    def create(
        self,
        ctx: FireContext,
        compiled: CompiledWorkflow,
        *,
        title: str,
        fields: dict[str, Any],
        links: dict[str, int],
    ) -> Document:
        return create_in_tx(
            ctx.conn,
            compiled,
            unit_id=ctx.document.unit_id,
            year=ctx.document.year,
            title=title,
            fields=fields,
            actor=ctx.actor,
            now=ctx.now,
            links=links,
        )

    def record_on(
        self, ctx: FireContext, doc: Document, changes: dict[str, list[Any]], comment: str
    ) -> None:
        record_on(ctx, doc, changes, comment)


WRITER = _TransactionWriter()
