"""What a guard or an effect sees while a transition is being fired.

Effects change other documents only through `FireContext.writer`, which the
firing path provides: rules sit below firing and never import it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.engine import Connection

from engine.definitions.catalogue import Catalogue
from engine.definitions.model import Definition, TransitionSpec
from engine.domain import Actor, Document
from engine.messages import Message

if TYPE_CHECKING:
    from engine.runtime import CompiledWorkflow, WorkflowCache


class Writer(Protocol):
    """The write path, as effects may use it (implemented by `engine.firing`)."""

    def fire_system(self, ctx: FireContext, doc: Document, trigger: str, why: str) -> None:
        """Fire `trigger` on another document as a cascade of `ctx`'s action."""

    def create(
        self,
        ctx: FireContext,
        compiled: CompiledWorkflow,
        *,
        title: str,
        fields: dict[str, Any],
        links: dict[str, int],
    ) -> Document:
        """Create a document in `ctx.document`'s unit and year."""

    def record_on(
        self, ctx: FireContext, doc: Document, changes: dict[str, list[Any]], comment: str
    ) -> None:
        """Write an 'effect' event on `doc` for a change an effect made to it."""


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
    # None only where nothing may be written (`available_actions`' probes).
    writer: Writer | None = None
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

    @property
    def catalogue(self) -> Catalogue:
        return self.cache.catalogue


def missing_fields(ctx: FireContext, names: list[str] | tuple[str, ...]) -> Message | None:
    """The one check of blank fields: which of `names` are blank (and not about to be typed)."""
    missing = [
        n for n in names if is_blank(ctx.document.fields.get(n)) and n not in ctx.pending_inputs
    ]
    if not missing:
        return None
    return Message("missing_fields", {"fields": [ctx.definition.field(n).label for n in missing]})


def run_guards(ctx: FireContext) -> list[Message]:
    """Run every guard of the transition; return each refusal's reason."""
    reasons: list[Message] = []
    # Fields the destination state requires are an implicit first guard.
    required = [f.name for f in ctx.definition.fields if ctx.transition.dest in f.required_in]
    if (missing := missing_fields(ctx, required)) is not None:
        reasons.append(missing)
    for call in ctx.transition.guards:
        reason: Any = ctx.catalogue.guards.get(call.name).func(ctx, **call.params)
        if reason is not None:
            reasons.append(reason)
    for call in ctx.transition.effects:
        precheck = ctx.catalogue.effects.get(call.name).precheck
        if precheck is not None and (reason := precheck(ctx, **call.params)) is not None:
            reasons.append(reason)
    # Two checks may find the same cause (a blank field both required by the
    # destination and compared by a guard): say it once.
    return list(dict.fromkeys(reasons))


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
