"""Admin-log hashing: deterministic, pinned, sensitive to every recorded field."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

import pytest

from engine.adminlog import GENESIS, HASHED_FIELDS, canonical_payload, entry_hash, jsonable

ENTRY: dict[str, Any] = dict(
    seq=3,
    at=datetime(2026, 4, 15, 8, 30, 0, 123456),
    actor_id=None,
    actor_label="operator:thu_nghiem",
    action="role.grant",
    target="cv_a",
    before=None,
    after={"role": "unit_officer", "unit": "XA_A"},
    prev_hash="ab" * 32,
)

# Pinned: every stored admin log was hashed with this serialisation.  Changing it
# makes existing logs fail verification: that needs a versioned hash, not a new value here.
PINNED = "c01e9aed70ffed852c887818bed52661581fccd0e863da363a3638df62dd0a36"

ALTERED: dict[str, list[Any]] = {
    "seq": [4],
    "at": [datetime(2026, 4, 15, 8, 30, 0, 123457)],
    "actor_id": [1],
    "actor_label": ["operator:root", "operator:thu_nghiem "],
    "action": ["role.revoke"],
    "target": ["cv_b", "Cv_a"],
    "before": [{}, {"role": "unit_officer", "unit": "XA_A"}],
    "after": [None, {"role": "unit_officer", "unit": "XA_B"}, {"role": "unit_officer"}],
    "prev_hash": [GENESIS],
}


def test_every_hashed_field_is_altered_below() -> None:
    assert set(ALTERED) == set(ENTRY) == set(HASHED_FIELDS)


@pytest.mark.parametrize(("name", "value"), [(n, v) for n, vs in ALTERED.items() for v in vs])
def test_any_field_change_changes_the_hash(name: str, value: Any) -> None:
    assert entry_hash(**{**ENTRY, name: value}) != entry_hash(**ENTRY)


def test_hash_is_sha256_of_compact_sorted_json_and_pinned() -> None:
    payload = canonical_payload(**ENTRY)
    assert entry_hash(**ENTRY) == hashlib.sha256(payload).hexdigest() == PINNED
    text = payload.decode()
    assert json.loads(text)["at"] == "2026-04-15T08:30:00.123456"
    assert ", " not in text and list(json.loads(text)) == sorted(json.loads(text))
    reordered = {**ENTRY, "after": {"unit": "XA_A", "role": "unit_officer"}}
    assert entry_hash(**reordered) == entry_hash(**ENTRY)


def test_values_are_stored_as_the_json_column_gives_them_back() -> None:
    value = {"starts_on": date(2026, 4, 1), "n": (1, 2), 3: None}
    assert jsonable(value) == {"starts_on": "2026-04-01", "n": [1, 2], "3": None}
    with pytest.raises(TypeError):
        jsonable({"amount": 1.5})
