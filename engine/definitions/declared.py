"""What the checks of one definition share: the names it declares and its references out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine.definitions.catalogue import Catalogue
from engine.definitions.model import LinkSpec
from engine.definitions.nodes import Checker
from engine.definitions.problems import Text
from engine.definitions.yamlread import Map


@dataclass(frozen=True)
class PackRef:
    """A reference into another definition of the pack, checked with the whole pack.

    kind "type": `name` must be a type id of the pack.  Otherwise `name` must be a
    state / trigger / field / link of type `of_type`.
    """

    line: int
    kind: str
    name: str
    of_type: str | None
    where: Text


@dataclass
class Declared:
    """Names the definition declares, with their lines; known even when the file has errors.

    `incomplete` holds the kinds ("state", "field"...) some declaration of which
    could not be read: a reference to an unknown name of such a kind may be a
    consequence of that error, so it is not reported as a cause.
    """

    roles: dict[str, int] = field(default_factory=dict)
    fields: dict[str, int] = field(default_factory=dict)
    states: dict[str, int] = field(default_factory=dict)
    triggers: dict[str, int] = field(default_factory=dict)
    links: dict[str, LinkSpec] = field(default_factory=dict)
    incomplete: set[str] = field(default_factory=set)

    def names(self, kind: str) -> dict[str, Any]:
        """The declarations of one kind, by name (for `in` tests)."""
        return {
            "role": self.roles,
            "field": self.fields,
            "state": self.states,
            "trigger": self.triggers,
            "link": self.links,
        }[kind]


@dataclass
class Call:
    kind: str  # "guard" | "effect"
    name: str
    line: int
    params: Map | None
    where: Text


@dataclass
class Trans:
    spec_kwargs: dict[str, Any]
    trigger: str | None
    trigger_line: int
    sources: list[tuple[str, int]]
    dest: str | None
    dest_line: int
    calls: list[Call]
    inputs: list[tuple[str, int]]
    what: Text


class DefChecker(Checker):
    """The checker of one definition file: problems, declarations, references out."""

    def __init__(self, path: str, pack: str | None, catalogue: Catalogue) -> None:
        super().__init__(path)
        self.pack = pack
        self.catalogue = catalogue
        self.refs: list[PackRef] = []
        self.decl = Declared()
        # Problems that follow from others (an unreachable state when a 'to' names
        # an undeclared one): listed after every direct problem of the file.
        self.derived: list[tuple[int, Text | str]] = []
        # Budget-ceiling keys named by guards (a parameter called "ceiling"), with
        # their lines: organisation.yaml must declare them.
        self.ceilings: list[tuple[str, int]] = []
