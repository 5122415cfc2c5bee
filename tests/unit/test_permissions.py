"""`permissions.decide`: the one "may this person take this transition now" (pure)."""

from __future__ import annotations

from engine.domain import Grant
from engine.permissions import decide

# Units: 1 province, 2 department under it, 3 commune under 2; 9 elsewhere.
ABOVE = {1: set(), 2: {1}, 3: {1, 2}, 9: set()}
USER = 100


def ancestry(unit_id: int) -> set[int]:
    return ABOVE[unit_id]


def test_each_scope_reaches_only_its_units() -> None:
    head_of_2 = [Grant("head", 2)]
    assert decide(USER, head_of_2, [("head", "own_unit")], 2, None, ancestry).allowed
    assert not decide(USER, head_of_2, [("head", "own_unit")], 3, None, ancestry).allowed
    assert decide(USER, head_of_2, [("head", "parent_unit")], 3, None, ancestry).allowed
    assert not decide(USER, head_of_2, [("head", "parent_unit")], 2, None, ancestry).allowed
    assert decide(USER, head_of_2, [("head", "coordinator")], 9, 2, ancestry).allowed
    assert not decide(USER, head_of_2, [("head", "coordinator")], 2, None, ancestry).allowed
    assert decide(USER, head_of_2, [("head", "any")], 9, None, ancestry).allowed


def test_ancestry_is_asked_only_for_parent_unit_scopes() -> None:
    asked: list[int] = []

    def counting(unit_id: int) -> set[int]:
        asked.append(unit_id)
        return ABOVE[unit_id]

    decide(USER, [Grant("head", 2)], [("head", "own_unit"), ("x", "parent_unit")], 3, 2, counting)
    assert asked == []
    decide(USER, [Grant("head", 2)], [("head", "parent_unit")], 3, None, counting)
    assert asked == [3]


def test_own_roles_are_preferred_to_lent_ones() -> None:
    lent = Grant("head", 3, on_behalf_of=7)
    own = Grant("head", 3)
    decision = decide(USER, [lent, own], [("head", "own_unit")], 3, None, ancestry)
    assert decision.allowed and decision.grant == own and decision.party == 0


def test_refusals_say_why() -> None:
    parties = [("head", "own_unit")]
    assert decide(USER, [Grant("head", 9)], parties, 3, None, ancestry).refusal == "wrong_unit"
    assert decide(USER, [Grant("clerk", 3)], parties, 3, None, ancestry).refusal == "wrong_role"
    assert decide(USER, [], parties, 3, None, ancestry).refusal == "wrong_role"


def test_sign_offs_fill_the_next_party_and_refuse_a_second_opinion() -> None:
    parties = [("reviewer", "any"), ("reviewer", "any")]
    grants = [Grant("reviewer", 1)]
    first = decide(USER, grants, parties, 3, None, ancestry)
    assert first.allowed and first.party == 0
    second = decide(USER, grants, parties, 3, None, ancestry, signed={0}, signers={42})
    assert second.allowed and second.party == 1
    # The same person, or the principal they act for, may not give two of the opinions.
    again = decide(USER, grants, parties, 3, None, ancestry, signed={0}, signers={USER})
    assert again.refusal == "already_signed" and again.grant == grants[0]
    lent = [Grant("reviewer", 1, on_behalf_of=42)]
    assert (
        decide(USER, lent, parties, 3, None, ancestry, signed={0}, signers={42}).refusal
        == "already_signed"
    )
    # Every party the user could fill has signed: that is the reason, not a missing role.
    full = decide(USER, grants, parties, 3, None, ancestry, signed={0, 1}, signers={42, 43})
    assert full.refusal == "already_signed" and full.grant == grants[0]
