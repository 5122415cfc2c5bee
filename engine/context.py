"""What a guard or an effect sees while a transition is being fired."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from engine.definitions.model import Definition, TransitionSpec
from engine.domain import Actor, Document
from engine.messages import Message
from engine.registry import EFFECTS, GUARDS

if TYPE_CHECKING:
    from engine.runtime import WorkflowCache


@dataclass
class FireContext:
    conn: Connection
    document: Document
    definition: Definition
    transition: TransitionSpec
    actor: Actor
    today: date
    now: datetime
    cache: WorkflowCache
    comment: str | None = None
    # Fields the user will type when firing (`available_actions` asks before
    # they exist): a blank one is "not known yet", not a refusal.
    pending_inputs: tuple[str, ...] = ()
    refusals: list[Message] = field(default_factory=list)
    # Effects that fire transitions on other documents append those documents'
    # ids here, so callers can report what else moved.
    touched: list[int] = field(default_factory=list)

    def guards_pass(self) -> bool:
        self.refusals = run_guards(self)
        return not self.refusals


def run_guards(ctx: FireContext) -> list[Message]:
    """Run every guard of the transition; return each refusal's reason."""
    reasons: list[Message] = []
    # Fields the destination state requires are an implicit first guard.
    required = [f.name for f in ctx.definition.fields if ctx.transition.dest in f.required_in]
    missing = [
        n for n in required if is_blank(ctx.document.fields.get(n)) and n not in ctx.pending_inputs
    ]
    if missing:
        labels = [ctx.definition.field(n).label for n in missing]
        reasons.append(Message("missing_fields", {"fields": labels}))
    for call in ctx.transition.guards:
        reason: Any = GUARDS.get(call.name).func(ctx, **call.params)
        if reason is not None:
            reasons.append(reason)
    for call in ctx.transition.effects:
        precheck = EFFECTS.get(call.name).precheck
        if precheck is not None and (reason := precheck(ctx, **call.params)) is not None:
            reasons.append(reason)
    return reasons


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
