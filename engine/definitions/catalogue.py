"""The catalogue of guards and effects: which names exist and what parameters each takes.

A definition names guards and effects with parameters; the catalogue handed to
the loader says which names exist and what each takes, so the loader can reject
a typo or a bad parameter when the file is validated, not when an officer
clicks.  This module only describes call signatures; the guards and effects
themselves live in `engine.rules`, which fills a catalogue and hands it to the
loader (definitions never import rules).

Parameter kinds refer to parts of the definition so that they are checked too:

- ``field`` / ``fields``: declared field name(s) of this definition;
- ``state`` / ``states``: declared state id(s) of this definition;
- ``trigger`` / ``triggers``: declared trigger(s) of this definition;
- ``type``: another document type id (checked when a whole pack is validated);
- ``link``: a link name declared by this definition;
- ``foreign_states`` / ``foreign_trigger``: states or trigger of the document
  type named by the parameter given in ``of_param`` (or, for links, the type the
  link points to); checked when the whole pack is validated;
- ``int``, ``str``, ``enum``, ``field_map``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

KINDS = frozenset(
    {
        "field",
        "fields",
        "state",
        "states",
        "trigger",
        "triggers",
        "type",
        "link",
        "foreign_states",
        "foreign_trigger",
        "int",
        "str",
        "enum",
        "field_map",
    }
)


@dataclass(frozen=True)
class Param:
    kind: str
    required: bool = True
    values: tuple[str, ...] = ()  # for kind == "enum"
    of_param: str | None = None  # for foreign_* kinds: the param naming the other type
    doc: str = ""

    def __post_init__(self) -> None:
        # A kind the loader cannot check would let any value through unseen.
        if self.kind not in KINDS:
            raise ValueError(f"unknown parameter kind {self.kind!r}; kinds: {sorted(KINDS)}")


@dataclass
class Registered:
    name: str
    func: Callable[..., Any]
    params: dict[str, Param]
    doc: str
    # Checks that involve several parameters together (e.g. "exactly one of").
    extra_check: Callable[[dict[str, Any]], list[str]] | None = None
    # For effects: a guard-like check run with the transition's guards, so that
    # an effect that would refuse is known before anything moves (and
    # `available_actions` tells the user, instead of the click failing).
    precheck: Callable[..., Any] | None = None


@dataclass
class Registry:
    kind: str  # "guard" or "effect"
    entries: dict[str, Registered] = field(default_factory=dict)

    def register(
        self,
        name: str,
        params: dict[str, Param] | None = None,
        extra_check: Callable[[dict[str, Any]], list[str]] | None = None,
        precheck: Callable[..., Any] | None = None,
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
            if name in self.entries:
                raise ValueError(f"{self.kind} {name!r} registered twice")
            self.entries[name] = Registered(
                name, func, params or {}, (func.__doc__ or "").strip(), extra_check, precheck
            )
            return func

        return decorator

    def get(self, name: str) -> Registered:
        return self.entries[name]

    def __contains__(self, name: str) -> bool:
        return name in self.entries


@dataclass(frozen=True)
class Catalogue:
    """The guards and the effects a definition may name."""

    guards: Registry
    effects: Registry

    def registry(self, kind: str) -> Registry:
        return self.guards if kind == "guard" else self.effects
