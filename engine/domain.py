"""Plain domain objects: what a document, an event and an acting user are.

No framework here; the store maps rows to these and back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass
class Document:
    id: int
    pack: str
    type_id: str
    workflow_version_id: int
    unit_id: int
    coordinator_unit_id: int | None
    year: int
    title: str
    state: str  # moved only by the runtime's machine, never assigned by services
    version: int
    fields: dict[str, Any]
    parent_id: int | None
    due_date: date | None
    state_entered_at: datetime
    last_hash: str
    created_by: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Grant:
    """A role a user may act in, in a unit, possibly for someone else."""

    role: str
    unit_id: int
    on_behalf_of: int | None = None  # the principal, when acting by delegation


@dataclass(frozen=True)
class Actor:
    """Who acts: the user, the grant they act under."""

    user_id: int
    role: str | None
    unit_id: int | None
    on_behalf_of: int | None = None

    @property
    def people(self) -> set[int]:
        """Everyone responsible for the act (the delegate and the principal)."""
        return {self.user_id} | ({self.on_behalf_of} if self.on_behalf_of else set())


@dataclass(frozen=True)
class Event:
    id: int
    document_id: int
    seq: int
    kind: str
    trigger: str | None
    from_state: str | None
    to_state: str
    actor_id: int
    role: str | None
    unit_id: int | None
    on_behalf_of_id: int | None
    comment: str | None
    changes: dict[str, Any]
    at: datetime
    workflow_version_id: int
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    title: str
    is_active: bool
    is_demo: bool = False


@dataclass(frozen=True)
class Unit:
    id: int
    code: str
    name: str
    kind: str
    pack: str | None
    parent_id: int | None
    coordinator_id: int | None
    active_from: date | None = None
    active_to: date | None = None


@dataclass(frozen=True)
class Action:
    """One row of `available_actions`: a trigger and whether this user may fire it now."""

    trigger: str
    label: Any  # engine.definitions.model.Label
    dest: str
    allowed: bool
    reasons: list[Any] = field(default_factory=list)  # Messages when not allowed
    comment_required: bool = False
    inputs: tuple[str, ...] = ()
    signoff_progress: tuple[int, int] | None = None  # (signed, needed)
