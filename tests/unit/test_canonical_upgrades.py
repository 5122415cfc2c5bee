"""The chain of canonical format upgrades: in order, on a copy, refusing what it cannot read."""

from __future__ import annotations

from typing import Any

import pytest

from engine.definitions import canonical


@pytest.fixture
def three_formats(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Format 3 is current; 1 → 2 and 2 → 3 record their order and change the content."""
    ran: list[int] = []

    def one_to_two(data: dict[str, Any]) -> dict[str, Any]:
        ran.append(1)
        data["seen"] = ["v2"]
        return data

    def two_to_three(data: dict[str, Any]) -> dict[str, Any]:
        ran.append(2)
        assert data["format"] == 2  # each upgrade sees the format it upgrades from
        return {**data, "seen": [*data["seen"], "v3"]}

    monkeypatch.setattr(canonical, "CANONICAL_FORMAT", 3)
    monkeypatch.setattr(canonical, "UPGRADES", {1: one_to_two, 2: two_to_three})
    return ran


def test_upgrades_run_in_order_from_the_stored_format(three_formats: list[int]) -> None:
    stored = {"format": 1, "type": "t"}
    assert canonical.upgrade_canonical(stored) == {"format": 3, "type": "t", "seen": ["v2", "v3"]}
    assert three_formats == [1, 2]
    assert stored == {"format": 1, "type": "t"}  # the stored content is not changed

    three_formats.clear()
    assert canonical.upgrade_canonical({"format": 2, "seen": []})["seen"] == ["v3"]
    assert three_formats == [2]
    three_formats.clear()
    assert canonical.upgrade_canonical({"format": 3, "seen": []}) == {"format": 3, "seen": []}
    assert three_formats == []


def test_a_missing_upgrade_or_an_unknown_format_is_refused(
    three_formats: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    for bad in ({"format": 4}, {"format": 0}, {"format": "1"}, {"format": True}, {}, [], None):
        with pytest.raises(ValueError):
            canonical.upgrade_canonical(bad)
    monkeypatch.setattr(canonical, "UPGRADES", {1: canonical.UPGRADES[1]})
    with pytest.raises(ValueError, match="no upgrade from canonical format 2"):
        canonical.upgrade_canonical({"format": 1})


def test_same_content_compares_the_upgraded_stored_form(three_formats: list[int]) -> None:
    assert canonical.same_content({"format": 1}, {"format": 3, "seen": ["v2", "v3"]})
    assert not canonical.same_content({"format": 1}, {"format": 3, "seen": ["v3"]})
    assert not canonical.same_content({"format": 9}, {"format": 9})  # unreadable: not the same
