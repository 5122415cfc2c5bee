"""May this person take this transition now? The one decision, on data already read.

`firing.resolve_actor` (behind `fire_in_tx`, `available_actions` and creating
or editing) and the inbox (which decides for many documents at once, without a
query per document) both ask `decide`; they differ only in how they read the
grants and the unit tree, and in what they do with a refusal (the write path
turns it into a message, the inbox leaves the document out).

Pure: no database, no messages; imports nothing above `engine.domain`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Literal

from engine.domain import Grant

# unit id → ids of the units above it (any order); called only for `parent_unit` scopes.
Ancestry = Callable[[int], Collection[int]]
Refusal = Literal["already_signed", "wrong_unit", "wrong_role"]


def scope_reaches(
    scope: str, grant: Grant, unit_id: int, coordinator_id: int | None, ancestry: Ancestry
) -> bool:
    """Does `grant`'s unit stand where `scope` asks, for a document of `unit_id`?"""
    if scope == "any":
        return True
    if scope == "own_unit":
        return grant.unit_id == unit_id
    if scope == "coordinator":
        return grant.unit_id == coordinator_id
    if scope == "parent_unit":
        return grant.unit_id in ancestry(unit_id)
    return False


def people_of(user_id: int, grant: Grant) -> set[int]:
    """Everyone answerable for an act under `grant` (the delegate and the principal)."""
    return {user_id} | ({grant.on_behalf_of} if grant.on_behalf_of else set())


@dataclass(frozen=True)
class Decision:
    """The grant and party a person acts under, or why not (`refusal`).

    On `already_signed`, `grant` is the one that would have qualified (its role
    names the party in the message).
    """

    grant: Grant | None
    party: int | None
    refusal: Refusal | None = None

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def _first_fit(
    grants: list[Grant],
    parties: list[tuple[str, str]],
    unit_id: int,
    coordinator_id: int | None,
    ancestry: Ancestry,
    skip: Collection[int],
) -> tuple[Grant, int] | None:
    for grant in grants:
        for index, (role, scope) in enumerate(parties):
            if grant.role != role or index in skip:
                continue
            if scope_reaches(scope, grant, unit_id, coordinator_id, ancestry):
                return grant, index
    return None


def decide(
    user_id: int,
    grants: Iterable[Grant],
    parties: list[tuple[str, str]],
    unit_id: int,
    coordinator_id: int | None,
    ancestry: Ancestry,
    *,
    signed: Collection[int] = frozenset(),
    signers: Collection[int] = frozenset(),
) -> Decision:
    """May `user_id`, holding `grants` (valid today), fill one of `parties` (role, scope)
    on a document of `unit_id` coordinated by `coordinator_id`?

    Own roles are preferred over lent ones; `signed` holds the party indexes that
    already signed off, `signers` the people who did (one person may not give two
    of the opinions, in person or through a delegate).
    """
    ordered = sorted(grants, key=lambda g: g.on_behalf_of is not None)  # own roles first
    fit = _first_fit(ordered, parties, unit_id, coordinator_id, ancestry, signed)
    if fit is not None:
        grant, index = fit
        if people_of(user_id, grant) & set(signers):
            return Decision(grant, index, "already_signed")
        return Decision(grant, index)
    if signed:
        # Would the user qualify for a party that has already signed? Then that
        # is the reason, not a missing role.
        fit = _first_fit(ordered, parties, unit_id, coordinator_id, ancestry, ())
        if fit is not None:
            return Decision(fit[0], fit[1], "already_signed")
    roles = {role for role, _ in parties}
    if any(g.role in roles for g in ordered):
        return Decision(None, None, "wrong_unit")
    return Decision(None, None, "wrong_role")
