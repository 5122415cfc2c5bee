"""Effects: what else happens, in the same transaction, when a transition fires.

Each takes the `FireContext` of the transition that caused it.  Changes to
other documents go through the write path the context carries
(`ctx.writer`: the same `fire_in_tx`, as a system cascade, or an 'effect'
event), so every change lands in some document's hash-chained history.
"""

from __future__ import annotations

from typing import Any

from engine import store
from engine.db import documents
from engine.definitions.catalogue import Param
from engine.domain import Document
from engine.errors import GuardFailed
from engine.messages import Message
from engine.rules.context import FireContext, Writer
from engine.rules.guards import coordinated_children, parent_allows
from engine.rules.registries import EFFECTS


def _writer(ctx: FireContext) -> Writer:
    if ctx.writer is None:  # a probe (available_actions) never runs effects
        raise RuntimeError("an effect ran without the write path")
    return ctx.writer


def _fire_system(ctx: FireContext, doc: Document, trigger: str, why: str) -> None:
    _writer(ctx).fire_system(ctx, doc, trigger, why)
    ctx.touched.append(doc.id)


def _because(ctx: FireContext) -> str:
    return f"Theo «{ctx.transition.label.vi}» trên văn bản #{ctx.document.id}"


def _allows(ctx: FireContext, doc: Document, trigger: str) -> bool:
    definition = ctx.cache.get(ctx.conn, doc.workflow_version_id).definition
    return definition.transition(trigger, doc.state) is not None


@EFFECTS.register(
    "create_linked",
    params={
        "type": Param("type"),
        "link": Param("link", of_param="type"),
        "fields": Param("field_map", required=False, of_param="type"),
    },
)
def create_linked(
    ctx: FireContext, type: str, link: str, fields: dict[str, str] | None = None
) -> None:
    """Create a document of `type` in the same unit and year, linked back under `link`."""
    compiled = ctx.cache.current(ctx.conn, ctx.document.pack, type)
    if compiled is None:  # the pack validator makes this a load-time error
        raise LookupError(f"no current definition for {ctx.document.pack}/{type}")
    values = {target: ctx.document.fields.get(source) for target, source in (fields or {}).items()}
    doc = _writer(ctx).create(
        ctx,
        compiled,
        title=ctx.document.title,
        fields={k: v for k, v in values.items() if v is not None},
        links={link: ctx.document.id},
    )
    ctx.touched.append(doc.id)


@EFFECTS.register(
    "attach_children",
    params={
        "type": Param("type"),
        "states": Param("foreign_states", of_param="type"),
        "trigger": Param("foreign_trigger", required=False, of_param="type"),
        "match": Param("fields", required=False),
    },
)
def attach_children(
    ctx: FireContext,
    type: str,
    states: list[str],
    trigger: str | None = None,
    match: list[str] | None = None,
) -> None:
    """Attach this year's coordinated documents of `type` in `states`; fire `trigger` on each.

    `match` takes only children with the same values of these fields (e.g. `period`).
    """
    parent = ctx.document
    children = [
        c
        for c in coordinated_children(ctx, type, "coordinated", match, for_update=True)
        if c.state in states
    ]
    for child in children:
        if child.parent_id != parent.id:
            old = child.parent_id
            child.parent_id = parent.id
            store_changes: dict[str, list[Any]] = {"@parent": [old, parent.id]}
            _writer(ctx).record_on(ctx, child, store_changes, _because(ctx))
        if trigger and _allows(ctx, child, trigger):
            _fire_system(ctx, child, trigger, _because(ctx))


@EFFECTS.register(
    "cascade_to_children",
    params={"type": Param("type"), "trigger": Param("foreign_trigger", of_param="type")},
)
def cascade_to_children(ctx: FireContext, type: str, trigger: str) -> None:
    """Fire `trigger` on each attached child of `type` whose state allows it."""
    children = store.find_documents(
        ctx.conn,
        documents.c.parent_id == ctx.document.id,
        documents.c.type_id == type,
        for_update=True,
    )
    for child in children:
        if _allows(ctx, child, trigger):
            _fire_system(ctx, child, trigger, _because(ctx))


def _parent_can_take(ctx: FireContext, parent_trigger: str | None = None) -> Message | None:
    return parent_allows(ctx, parent_trigger) if parent_trigger else None


@EFFECTS.register(
    "detach_from_parent",
    params={"parent_trigger": Param("str", required=False)},
    precheck=_parent_can_take,
)
def detach_from_parent(ctx: FireContext, parent_trigger: str | None = None) -> None:
    """Detach this document from its parent and fire `parent_trigger` on the parent.

    Refuses (rolling everything back) when the parent can no longer take it;
    a parent that a sibling already reopened is left as it is.
    """
    doc = ctx.document
    if doc.parent_id is None:
        return
    # Lock the parent: a sibling being reopened at the same moment waits here and
    # then sees the parent already reopened.
    parent = store.lock_document(ctx.conn, doc.parent_id)
    if parent is not None and parent_trigger and (refusal := parent_allows(ctx, parent_trigger)):
        # Detaching from a parent that can no longer be reopened would leave the
        # parent claiming a child it no longer has: refuse the whole action.
        raise GuardFailed(
            Message("guard_failed", {"action": ctx.transition.label}),
            [refusal],
        )
    doc.parent_id = None
    changes = {"@parent": [parent.id if parent else None, None]}
    _writer(ctx).record_on(ctx, doc, changes, _because(ctx))
    if parent is not None and parent_trigger and _allows(ctx, parent, parent_trigger):
        _fire_system(ctx, parent, parent_trigger, _because(ctx))
