"""Who may see which documents: the one answer every surface uses.

A user sees a document when one of the grants they may act under today (their
own roles, and delegations valid on the Việt Nam date whose principal is still
active and holds the role: `store.user_and_grants`) reaches it:

- a role held in a unit reaches the documents of that unit and of every unit
  below it (so a role held on the province's root unit reaches the province);
- a role held in a coordinating unit reaches the documents that recorded that
  unit as their coordinator when they were created (`coordinator_unit_id`);
- a role that may act on a document reaches it.  What "may act" means comes from
  the document's own definition version: every party of every user transition
  (role and scope).  Scopes `own_unit` and `parent_unit` fall within the unit's
  subtree and `coordinator` within the coordinated documents; `any` is what adds
  documents outside them (e.g. the finance department appraising budgets).

An inactive or unknown user, or one with no grant, sees nothing.  The console
operator (`OPERATOR`) sees everything.

The answer is a `Visibility`: one SQL condition over `documents` for lists (so
filtering stays in the database), and the same test in Python for one loaded
document.  Working it out costs a fixed number of queries (the user's grants,
the unit tree, the stored versions), whatever the number of documents.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from engine import store
from engine.clock import today_in_vietnam
from engine.db import documents, units, workflow_versions
from engine.definitions.model import Definition
from engine.domain import Grant
from engine.firing import allowed_parties
from engine.runtime import CACHE, WorkflowCache


class Operator:
    """The console operator (`ttdn` without `--as`): sees everything, acts as no one."""

    _instance: Operator | None = None

    def __new__(cls) -> Operator:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "OPERATOR"


OPERATOR: Final = Operator()

Viewer = int | Operator
"""Who is looking: a user id, or the console operator."""


def is_operator(viewer: Viewer) -> bool:
    return isinstance(viewer, Operator)


# --- the unit tree -------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitTree:
    """Every unit's parent, read once; answers "which units are below this one"."""

    parent: Mapping[int, int | None]

    @classmethod
    def load(cls, conn: Connection) -> UnitTree:
        rows = conn.execute(sa.select(units.c.id, units.c.parent_id)).all()
        return cls({unit_id: parent_id for unit_id, parent_id in rows})

    def above(self, unit_id: int) -> set[int]:
        """The units above `unit_id` (a cycle in bad data stops the climb)."""
        found: set[int] = set()
        parent = self.parent.get(unit_id)
        while parent is not None and parent not in found and parent != unit_id:
            found.add(parent)
            parent = self.parent.get(parent)
        return found

    def ancestry(self) -> Callable[[int], set[int]]:
        """`above`, remembered per unit (for deciding on many documents at once)."""
        return functools.cache(self.above)

    def subtree(self, roots: Iterable[int]) -> set[int]:
        """The units in `roots` and every unit below them."""
        children: dict[int, list[int]] = {}
        for unit_id, parent_id in self.parent.items():
            if parent_id is not None:
                children.setdefault(parent_id, []).append(unit_id)
        found: set[int] = set()
        stack = [r for r in roots if r in self.parent]
        while stack:
            unit_id = stack.pop()
            if unit_id in found:
                continue
            found.add(unit_id)
            stack.extend(children.get(unit_id, ()))
        return found


# --- what a definition lets a role do ------------------------------------------------------


def party_scopes(definition: Definition) -> dict[str, set[str]]:
    """role → the scopes in which it takes part in some user transition of `definition`."""
    scopes: dict[str, set[str]] = {}
    for t in definition.transitions:
        if t.system:
            continue
        for role, scope in allowed_parties(t):
            scopes.setdefault(role, set()).add(scope)
    return scopes


def stored_versions(conn: Connection, cache: WorkflowCache) -> dict[int, Definition]:
    """Every stored definition version by id (compiled once per process, by the cache)."""
    ids = conn.execute(sa.select(workflow_versions.c.id)).scalars().all()
    return {vid: cache.get(conn, vid).definition for vid in ids}


# --- the answer --------------------------------------------------------------------------


@dataclass(frozen=True)
class Visibility:
    """The documents a viewer may see, as sets the database can filter on."""

    everything: bool = False
    unit_ids: frozenset[int] = frozenset()  # documents of these units
    coordinated_by: frozenset[int] = frozenset()  # documents coordinated by these units
    version_ids: frozenset[int] = frozenset()  # documents of these versions (scope `any`)

    @property
    def nothing(self) -> bool:
        return not (self.everything or self.unit_ids or self.coordinated_by or self.version_ids)

    def condition(self, table: Any = documents) -> sa.ColumnElement[bool]:
        """A WHERE condition over `documents` (or an alias of it)."""
        if self.everything:
            return sa.true()
        terms = []
        if self.unit_ids:
            terms.append(table.c.unit_id.in_(sorted(self.unit_ids)))
        if self.coordinated_by:
            terms.append(table.c.coordinator_unit_id.in_(sorted(self.coordinated_by)))
        if self.version_ids:
            terms.append(table.c.workflow_version_id.in_(sorted(self.version_ids)))
        return sa.or_(*terms) if terms else sa.false()

    def allows(self, doc: Any) -> bool:
        """The same test for one loaded document (anything with the three columns)."""
        return (
            self.everything
            or doc.unit_id in self.unit_ids
            or (
                doc.coordinator_unit_id is not None
                and doc.coordinator_unit_id in self.coordinated_by
            )
            or doc.workflow_version_id in self.version_ids
        )


NOTHING: Final = Visibility()
EVERYTHING: Final = Visibility(everything=True)


def active_grants(conn: Connection, user_id: int, today: date) -> list[Grant]:
    """The grants a user may act under today; none for an unknown or inactive user."""
    user, grants = store.user_and_grants(conn, user_id, today)
    if user is None or not user.is_active:
        return []
    return grants


def visibility_from(
    grants: list[Grant], tree: UnitTree, definitions: Mapping[int, Definition]
) -> Visibility:
    """The rules above, applied to grants already read (no query)."""
    if not grants:
        return NOTHING
    held_in = {g.unit_id for g in grants}
    roles = {g.role for g in grants}
    # own_unit, parent_unit: the document's unit is the grant's unit or below it;
    # coordinator: the grant's unit is the document's coordinator.  Both are
    # already reached below; only `any` reaches further.
    reach_anywhere = {
        vid
        for vid, definition in definitions.items()
        if any(
            "any" in scopes for role, scopes in party_scopes(definition).items() if role in roles
        )
    }
    return Visibility(
        unit_ids=frozenset(tree.subtree(held_in)),
        coordinated_by=frozenset(held_in),
        version_ids=frozenset(reach_anywhere),
    )


def resolve(
    conn: Connection, viewer: Viewer, today: date, cache: WorkflowCache = CACHE
) -> Visibility:
    """What `viewer` may see on `today` (the Việt Nam date: delegations count while valid)."""
    if is_operator(viewer):
        return EVERYTHING
    grants = active_grants(conn, viewer, today)
    if not grants:
        return NOTHING
    return visibility_from(grants, UnitTree.load(conn), stored_versions(conn, cache))


def visible_condition(
    conn: Connection, viewer: Viewer, today: date, cache: WorkflowCache = CACHE
) -> sa.ColumnElement[bool]:
    """`resolve(...).condition()`: the documents `viewer` may see, as SQL."""
    return resolve(conn, viewer, today, cache).condition()


def can_see(
    conn: Connection,
    viewer: Viewer,
    doc: Any,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
) -> bool:
    """May `viewer` see this one document (on `today`, by default the Việt Nam date)?"""
    return resolve(conn, viewer, today or today_in_vietnam(), cache).allows(doc)
