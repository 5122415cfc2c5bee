"""Guards: small named predicates a definition can put on a transition.

Each takes the `FireContext` and its parameters from the definition and
returns None when it passes, or a `Message` saying why it refuses.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from engine import store
from engine.db import budget_ceilings, documents
from engine.definitions.catalogue import Param
from engine.messages import Message, format_vnd
from engine.rules.context import FireContext, missing_fields
from engine.rules.registries import GUARDS


def _field_label(ctx: FireContext, name: str) -> Any:
    return ctx.definition.field(name).label


def _state_labels(ctx: FireContext, type_id: str, states: list[str]) -> list[Any]:
    """Labels of `states` in `type_id`'s current definition (ids if unknown)."""
    if type_id == ctx.definition.type:
        definition = ctx.definition
    else:
        compiled = ctx.cache.current(ctx.conn, ctx.document.pack, type_id)
        definition = compiled.definition if compiled else None
    labels: list[Any] = []
    for s in states:
        try:
            labels.append(definition.state(s).label if definition else s)
        except KeyError:
            labels.append(s)
    return labels


def _type_label(ctx: FireContext, type_id: str) -> Any:
    if type_id == ctx.definition.type:
        return ctx.definition.title
    compiled = ctx.cache.current(ctx.conn, ctx.document.pack, type_id)
    return compiled.definition.title if compiled else type_id


@GUARDS.register("required_fields", params={"fields": Param("fields")})
def required_fields(ctx: FireContext, fields: list[str]) -> Message | None:
    """The listed fields are filled in."""
    return missing_fields(ctx, fields)


def _one_limit(params: dict[str, Any]) -> list[str]:
    given = [k for k in ("max_field", "max_value") if k in params]
    return [] if len(given) == 1 else ["give exactly one of max_field and max_value"]


@GUARDS.register(
    "field_not_above",
    params={
        "field": Param("field"),
        "max_field": Param("field", required=False),
        "max_value": Param("int", required=False),
    },
    extra_check=_one_limit,
)
def field_not_above(
    ctx: FireContext, field: str, max_field: str | None = None, max_value: int | None = None
) -> Message | None:
    """A money/integer field is not above another field or a constant."""
    value = ctx.document.fields.get(field)
    if value is None:  # a value the user is about to type is judged when they fire
        return missing_fields(ctx, [field])
    if max_field is not None:
        limit = ctx.document.fields.get(max_field)
        if limit is None:
            return missing_fields(ctx, [max_field])
        if value > limit:
            return Message(
                "guard.field_above_field",
                {
                    "field": _field_label(ctx, field),
                    "value": _show(ctx, field, value),
                    "other": _field_label(ctx, max_field),
                    "limit": _show(ctx, max_field, limit),
                },
            )
        return None
    assert max_value is not None
    if value > max_value:
        return Message(
            "guard.field_above_value",
            {
                "field": _field_label(ctx, field),
                "value": _show(ctx, field, value),
                "limit": _show(ctx, field, max_value),
            },
        )
    return None


def _show(ctx: FireContext, field: str, value: int) -> str:
    return format_vnd(value) if ctx.definition.field(field).type == "money" else str(value)


def matches(parent: Any, child: Any, fields: list[str] | None) -> bool:
    """Whether `child` has the same value as `parent` for every field in `fields`.

    Lets one coordinator consolidate several parents a year, e.g. a half-year
    and an annual report, each taking only the children of its own period.
    """
    return all(child.fields.get(f) == parent.fields.get(f) for f in fields or ())


def coordinated_children(
    ctx: FireContext,
    type_id: str,
    of: str = "coordinated",
    match: list[str] | None = None,
    for_update: bool = False,
) -> list[Any]:
    doc = ctx.document
    if of == "attached":
        condition = documents.c.parent_id == doc.id
    else:
        condition = documents.c.coordinator_unit_id == doc.unit_id
    found = store.find_documents(
        ctx.conn,
        documents.c.pack == doc.pack,
        documents.c.type_id == type_id,
        documents.c.year == doc.year,
        documents.c.id != doc.id,
        condition,
        for_update=for_update,
    )
    return [c for c in found if matches(doc, c, match)]


@GUARDS.register(
    "children_in_states",
    params={
        "type": Param("type"),
        "states": Param("foreign_states", of_param="type"),
        "mode": Param("enum", required=False, values=("all", "any")),
        "of": Param("enum", required=False, values=("coordinated", "attached")),
        "match": Param("fields", required=False),
    },
)
def children_in_states(
    ctx: FireContext,
    type: str,
    states: list[str],
    mode: str = "all",
    of: str = "coordinated",
    match: list[str] | None = None,
) -> Message | None:
    """Every (or some) child document of `type` for the year is in one of `states`.

    `match` restricts the children to those with the same values of these fields.
    """
    children = coordinated_children(ctx, type, of, match)
    pending = [c for c in children if c.state not in states]
    if not children or (mode == "any" and len(pending) == len(children)):
        return Message(
            "guard.no_children",
            {"type": _type_label(ctx, type), "states": _state_labels(ctx, type, states)},
        )
    if mode == "all" and pending:
        # Name the documents that hold things up, so the coordinator can chase them.
        return Message(
            "guard.children_not_in_states",
            {
                "count": len(pending),
                "type": _type_label(ctx, type),
                "states": _state_labels(ctx, type, states),
                "docs": ", ".join(f"#{c.id} {c.title}" for c in pending[:5])
                + (" …" if len(pending) > 5 else ""),
            },
        )
    return None


@GUARDS.register(
    "linked_in_states",
    params={"link": Param("link"), "states": Param("foreign_states", of_param="link")},
)
def linked_in_states(ctx: FireContext, link: str, states: list[str]) -> Message | None:
    """The document linked under `link` (e.g. the plan a budget belongs to) is in `states`."""
    spec = ctx.definition.link(link)
    link_label = spec.label if spec and spec.label else link
    target_id = store.linked_id(ctx.conn, ctx.document.id, link)
    target = store.get_document(ctx.conn, target_id) if target_id else None
    if target is None:
        return Message("guard.no_link", {"link": link_label})
    if target.state not in states:
        return Message(
            "guard.link_not_in_states",
            {
                "link": link_label,
                "doc": target.id,
                "state": _state_labels(ctx, target.type_id, [target.state])[0],
                "states": _state_labels(ctx, target.type_id, states),
            },
        )
    return None


@GUARDS.register(
    "year_sum_within_ceiling",
    params={"field": Param("field"), "ceiling": Param("str"), "states": Param("states")},
)
def year_sum_within_ceiling(
    ctx: FireContext, field: str, ceiling: str, states: list[str]
) -> Message | None:
    """This year's total of `field` over documents in `states`, plus this one, fits the ceiling."""
    doc = ctx.document
    amount = ctx.conn.execute(
        sa.select(budget_ceilings.c.amount).where(
            budget_ceilings.c.pack == doc.pack,
            budget_ceilings.c.key == ceiling,
            budget_ceilings.c.year == doc.year,
        )
    ).scalar()
    if amount is None:
        return Message("guard.no_ceiling", {"ceiling": ceiling, "year": doc.year})
    others = store.find_documents(
        ctx.conn,
        documents.c.pack == doc.pack,
        documents.c.type_id == doc.type_id,
        documents.c.year == doc.year,
        documents.c.state.in_(states),
        documents.c.id != doc.id,
    )
    total = sum(int(o.fields.get(field) or 0) for o in others) + int(doc.fields.get(field) or 0)
    if total > amount:
        return Message(
            "guard.over_ceiling",
            {
                "field": _field_label(ctx, field),
                "year": doc.year,
                "total": format_vnd(total),
                "ceiling": format_vnd(amount),
            },
        )
    return None


@GUARDS.register("actor_differs_from", params={"triggers": Param("triggers")})
def actor_differs_from(ctx: FireContext, triggers: list[str]) -> Message | None:
    """Separation of duties: nobody approves what they (or their principal) did earlier."""
    earlier = store.who_fired(ctx.conn, ctx.document.id, triggers)
    done = [t for person in ctx.actor.people for t in earlier.get(person, [])]
    if done:
        # Name the step this person actually took, not just the first one listed.
        label = next((t.label for t in ctx.definition.transitions if t.trigger == done[0]), done[0])
        return Message("guard.same_actor", {"action": label})
    return None


@GUARDS.register("parent_allows", params={"trigger": Param("str")})
def parent_allows(ctx: FireContext, trigger: str) -> Message | None:
    """The document's parent (if any) can still take `trigger` (e.g. be reopened).

    Put it beside `detach_from_parent` so that reopening a child is refused,
    with a reason, once its parent has moved past the point of reopening.
    """
    if ctx.document.parent_id is None:
        return None
    parent = store.get_document(ctx.conn, ctx.document.parent_id)
    if parent is None:
        return None
    definition = ctx.cache.get(ctx.conn, parent.workflow_version_id).definition
    if definition.transition(trigger, parent.state) is not None:
        return None
    if any(t.trigger == trigger and t.dest == parent.state for t in definition.transitions):
        return None  # already where the trigger would take it (a sibling reopened it)
    return Message(
        "guard.parent_locked",
        {"doc": parent.id, "title": parent.title, "state": definition.state(parent.state).label},
    )
