"""The parsed, validated form of a workflow definition.

These classes are plain data: the loader builds them from YAML, the runtime
compiles them into a `transitions` machine, and `to_canonical` turns them back
into the JSON that is hashed and stored as a definition version.  Nothing here
touches a database or a framework.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FieldType = Literal["text", "long_text", "money", "date", "integer", "choice"]
Scope = Literal["own_unit", "parent_unit", "coordinator", "any"]

FIELD_TYPES: tuple[str, ...] = ("text", "long_text", "money", "date", "integer", "choice")
SCOPES: tuple[str, ...] = ("own_unit", "parent_unit", "coordinator", "any")


@dataclass(frozen=True)
class Label:
    vi: str
    en: str

    def get(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


@dataclass(frozen=True)
class Choice:
    value: str
    label: Label


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    label: Label
    required_in: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class StateSpec:
    id: str
    label: Label
    initial: bool = False
    terminal: bool = False
    editable: bool = False
    basis: str | None = None


@dataclass(frozen=True)
class CallSpec:
    """A guard or effect by registered name, with its parameters."""

    name: str
    params: dict[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:  # params is a dict; identity by name is enough for sets
        return hash(self.name)


@dataclass(frozen=True)
class Party:
    """One role, in one unit scope, whose sign-off a multi-party transition needs."""

    role: str
    scope: str
    label: Label | None = None


@dataclass(frozen=True)
class SignoffSpec:
    parties: tuple[Party, ...]
    need: int  # how many distinct parties must sign; len(parties) means "all"


@dataclass(frozen=True)
class TransitionSpec:
    trigger: str
    label: Label
    sources: tuple[str, ...]
    dest: str
    roles: tuple[str, ...]
    scope: str
    guards: tuple[CallSpec, ...] = ()
    effects: tuple[CallSpec, ...] = ()
    comment_required: bool = False
    inputs: tuple[str, ...] = ()  # fields the firer may set with this transition
    signoff: SignoffSpec | None = None
    basis: str | None = None
    # Only effects may fire a system transition (e.g. a child being consolidated
    # because its parent was); no user ever sees or fires it.
    system: bool = False


@dataclass(frozen=True)
class DeadlineSpec:
    state: str
    month: int
    day: int
    year_offset: int = 0
    basis: str | None = None


@dataclass(frozen=True)
class CreateSpec:
    roles: tuple[str, ...]


@dataclass(frozen=True)
class LinkSpec:
    name: str
    type: str
    label: Label | None = None


@dataclass(frozen=True)
class Definition:
    type: str
    title: Label
    roles: dict[str, Label]
    fields: tuple[FieldSpec, ...]
    states: tuple[StateSpec, ...]
    transitions: tuple[TransitionSpec, ...]
    create: CreateSpec
    deadlines: tuple[DeadlineSpec, ...] = ()
    links: tuple[LinkSpec, ...] = ()
    basis: str | None = None
    pack: str | None = None

    # -- lookups used everywhere; cheap enough on these small tuples ----------
    @property
    def initial_state(self) -> str:
        return next(s.id for s in self.states if s.initial)

    def state(self, state_id: str) -> StateSpec:
        for s in self.states:
            if s.id == state_id:
                return s
        raise KeyError(state_id)

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def transitions_from(self, state_id: str) -> list[TransitionSpec]:
        return [t for t in self.transitions if state_id in t.sources]

    def transition(self, trigger: str, state_id: str) -> TransitionSpec | None:
        for t in self.transitions:
            if t.trigger == trigger and state_id in t.sources:
                return t
        return None

    def deadline_for(self, state_id: str) -> DeadlineSpec | None:
        for d in self.deadlines:
            if d.state == state_id:
                return d
        return None

    def link(self, name: str) -> LinkSpec | None:
        for link in self.links:
            if link.name == name:
                return link
        return None
