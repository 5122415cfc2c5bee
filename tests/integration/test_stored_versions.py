"""Stored definition versions survive the next change of the canonical format.

* Rows as format 1 stored them (tests/fixtures/stored_format1, never regenerated)
  are read by the runtime, drive documents pinned to them, and are recognised as
  the same versions when their unchanged YAML is loaded again.
* A simulated next format (a new optional field and its upgrade function) keeps
  the hashes of versions already stored, reads old rows through the upgrade,
  finds unchanged definitions unchanged and changed ones changed.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from engine import services, versions
from engine.db import documents, workflow_versions
from engine.definitions import Definition, canonical, from_canonical, validate_paths
from engine.organisation import load_organisation
from engine.rules import CATALOGUE
from engine.runtime import CACHE
from engine.services import OPERATOR
from engine.store import utcnow

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "stored_format1"
PACK = FIXTURE / "testland"
TODAY = date(2026, 4, 15)


def _stored_rows() -> list[dict[str, Any]]:
    return json.loads((FIXTURE / "workflow_versions.json").read_text(encoding="utf-8"))


def _definitions() -> list[Definition]:
    definitions, problems = validate_paths([PACK], catalogue=CATALOGUE)
    assert not problems, "\n".join(map(str, problems))
    return definitions


def _province(db: Engine) -> dict[str, int]:
    """Units of the pack and two officers of XA_A: who acts on a unit plan."""
    org = load_organisation(PACK / "organisation.yaml", catalogue=CATALOGUE)
    services.import_units(db, org.units, actor=OPERATOR, pack="testland", ceilings=org.ceilings)
    users = {}
    for name, role in (("cv_a", "unit_officer"), ("ld_a", "unit_head")):
        users[name] = services.add_user(
            db, actor=OPERATOR, username=name, password="mật-khẩu-thử", full_name=name.upper()
        )
        services.grant_role(db, actor=OPERATOR, username=name, role=role, unit_code="XA_A")
    return users


def _stored(db: Engine) -> list[tuple[str, int, str, Any]]:
    with db.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                sa.select(
                    workflow_versions.c.type_id,
                    workflow_versions.c.version,
                    workflow_versions.c.content_hash,
                    workflow_versions.c.content,
                ).order_by(workflow_versions.c.type_id, workflow_versions.c.version)
            )
        ]


def _new_plan(db: Engine, users: dict[str, int]) -> int:
    unit = services.unit_by_code(db, "XA_A")
    doc = services.create_document(
        db,
        type_id="unit_plan",
        unit_id=unit.id,
        year=2026,
        title="Kế hoạch TTĐN năm 2026",
        user_id=users["cv_a"],
        fields={"summary": "Nội dung chính"},
        today=TODAY,
    )
    return doc.id


def _fire(db: Engine, doc_id: int, trigger: str, user_id: int) -> str:
    current = services.get_document(db, doc_id, services.OPERATOR)
    return services.fire_transition(
        db, doc_id, trigger, user_id, expected_version=current.version, today=TODAY
    ).state


def test_versions_stored_in_format_1_drive_documents_and_stay_the_same(db: Engine) -> None:
    rows = _stored_rows()
    assert {r["content"]["format"] for r in rows} == {1}
    with db.begin() as conn:  # inserted raw, as an older release left them
        for r in rows:
            conn.execute(
                workflow_versions.insert().values(**r, is_current=True, loaded_at=utcnow())
            )
    users = _province(db)  # roles are granted once a stored definition declares them
    before = _stored(db)
    CACHE.clear()

    doc_id = _new_plan(db, users)
    with db.connect() as conn:
        pinned = conn.execute(
            sa.select(workflow_versions.c.content_hash)
            .join_from(documents, workflow_versions)
            .where(documents.c.id == doc_id)
        ).scalar_one()
    assert pinned == next(r["content_hash"] for r in rows if r["type_id"] == "unit_plan")
    assert _fire(db, doc_id, "sign", users["ld_a"]) == "signed"
    assert _fire(db, doc_id, "submit", users["cv_a"]) == "submitted"
    assert services.verify_audit(db).ok

    # The unchanged YAML is the same versions: nothing created, the stored hashes kept.
    results = versions.load_definitions(db, _definitions(), actor=OPERATOR)
    assert {(r.type_id, r.outcome, r.version, r.hash) for r in results} == {
        (r["type_id"], "unchanged", 1, r["content_hash"]) for r in rows
    }
    assert _stored(db) == before
    assert not any(d.changed for d in versions.diff_definitions(db, _definitions()))


# --- the next format, simulated -----------------------------------------------------------


def _add_note(data: dict[str, Any]) -> dict[str, Any]:
    """Format 1 → 2 of the simulation: every state gets the new optional field."""
    for state in data["states"]:
        state["note"] = None
    return data


@pytest.fixture
def next_format(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Canonical format 2: `StateSpec` gained `note` (default None), written by
    `to_canonical`, and an upgrade adds it to format-1 content.  Returns the list
    the upgrade appends to each time it runs."""
    calls: list[int] = []
    writes_format_1 = canonical.to_canonical

    def upgrade(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(1)
        return _add_note(data)

    def to_canonical(d: Definition) -> dict[str, Any]:
        return _add_note(writes_format_1(d))  # "format" is read from the patched constant

    monkeypatch.setattr(canonical, "CANONICAL_FORMAT", 2)
    monkeypatch.setattr(canonical, "UPGRADES", {1: upgrade})
    monkeypatch.setattr(canonical, "to_canonical", to_canonical)
    CACHE.clear()  # compiled machines are per release in real life
    yield calls
    CACHE.clear()


def test_next_format_keeps_old_hashes_and_reads_old_rows(
    db: Engine, request: pytest.FixtureRequest
) -> None:
    definitions = _definitions()
    first = versions.load_definitions(db, definitions, actor=OPERATOR)
    users = _province(db)
    doc_id = _new_plan(db, users)
    assert _fire(db, doc_id, "sign", users["ld_a"]) == "signed"
    stored = _stored(db)
    old_hashes = {r.type_id: r.hash for r in first}

    calls = request.getfixturevalue("next_format")
    # The simulation really changes the form: a hash recomputed now would differ.
    for d in definitions:
        assert canonical.content_hash(d) != old_hashes[d.type]
        assert canonical.to_canonical(d)["format"] == 2

    # Old rows are read through the upgrade and keep driving their documents.
    assert _fire(db, doc_id, "submit", users["cv_a"]) == "submitted"
    assert calls, "the format-1 row was not upgraded on reading"
    row = next(s for s in stored if s[0] == "unit_plan")
    assert all(
        s.get("note", "missing") is None for s in canonical.upgrade_canonical(row[3])["states"]
    )
    assert from_canonical(row[3]) == next(d for d in definitions if d.type == "unit_plan")

    # Unchanged definitions are unchanged: no new version, stored hashes and content kept.
    again = versions.load_definitions(db, definitions, actor=OPERATOR)
    assert {(r.type_id, r.outcome, r.version, r.hash) for r in again} == {
        (t, "unchanged", 1, h) for t, h in old_hashes.items()
    }
    assert _stored(db) == stored
    assert not any(d.changed for d in versions.diff_definitions(db, definitions))

    # A real change is still a change: a new version in format 2, hashed in format 2 ...
    plan = next(d for d in definitions if d.type == "unit_plan")
    edited = dataclasses.replace(plan, basis="sửa đổi")
    assert next(iter(versions.diff_definitions(db, [edited]))).changed
    (created,) = versions.load_definitions(db, [edited], actor=OPERATOR)
    assert (created.outcome, created.version) == ("created", 2)
    assert created.hash == canonical.content_hash(edited)
    # ... and going back to the old YAML finds the format-1 version again.
    (back,) = versions.load_definitions(db, [plan], actor=OPERATOR)
    assert (back.outcome, back.version, back.hash) == ("reactivated", 1, old_hashes["unit_plan"])
    assert services.verify_audit(db).ok


def test_a_format_newer_than_the_code_is_refused(next_format: list[int]) -> None:
    data = _stored_rows()[0]["content"]
    with pytest.raises(ValueError, match="format 3"):
        from_canonical({**data, "format": 3})
    with pytest.raises(ValueError):
        from_canonical({**data, "format": True})  # a bool is not a format number
    assert from_canonical(data).type == _stored_rows()[0]["type_id"]
