"""`ttdn demo --pack NAME`: every bundled pack seeds a province with real history,
all or nothing."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from engine import services, versions
from engine.db import markers
from engine.definitions import validate_paths
from engine.demo import DEMO_PASSWORD, DemoError, marker_key, resolve_pack, seed
from engine.organisation import load_organisation
from engine.rules import CATALOGUE
from engine.services import OPERATOR
from workflows import bundled_packs, pack_path

PACKS = bundled_packs()


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.name)
def test_demo_covers_every_state_with_real_history(sqlite_db: Engine, pack) -> None:
    definitions, problems = validate_paths([pack], catalogue=CATALOGUE)
    assert not problems
    versions.load_definitions(sqlite_db, definitions, actor=OPERATOR)
    report = seed(sqlite_db, pack)
    assert report.users and report.documents and report.actions

    docs = services.list_documents(sqlite_db, services.OPERATOR, pack=pack.name)
    have: dict[str, set[str]] = {}
    for d in docs:
        have.setdefault(d.type_id, set()).add(d.state)
    missing = {
        d.type: [s.id for s in d.states if s.id not in have.get(d.type, set())] for d in definitions
    }
    assert not {t: m for t, m in missing.items() if m}, "states without a demo document"

    # Returned documents carry their reasons; the history verifies.
    comments = [
        e.comment
        for d in docs
        for e in services.document_history(sqlite_db, d.id, services.OPERATOR)
        if e.kind == "transition" and e.comment
    ]
    assert comments, "no action with a reason (e.g. a return) in the demo"
    assert services.verify_audit(sqlite_db).ok

    # Demo accounts work only in demo mode.
    user = report.users[0]
    assert services.authenticate(sqlite_db, user, DEMO_PASSWORD) is None
    assert services.authenticate(sqlite_db, user, DEMO_PASSWORD, demo_mode=True) is not None


def _has_deadlines(pack) -> bool:
    definitions, _ = validate_paths([pack], catalogue=CATALOGUE)
    return any(d.deadlines for d in definitions)


# Lai Châu 2015 and Trà Vinh 2023 set no deadlines: their directives give no dates.
@pytest.mark.parametrize("pack", [p for p in PACKS if _has_deadlines(p)], ids=lambda p: p.name)
def test_demo_has_overdue_documents_where_the_pack_has_deadlines(sqlite_db: Engine, pack) -> None:
    definitions, _ = validate_paths([pack], catalogue=CATALOGUE)
    versions.load_definitions(sqlite_db, definitions, actor=OPERATOR)
    seed(sqlite_db, pack)
    assert services.list_documents(
        sqlite_db, services.OPERATOR, overdue=True, today=date(2026, 11, 21)
    )


# --- all or nothing -------------------------------------------------------------------

SMALL_PACK = pack_path("lai_chau_dang_uy_2014")
COUNTED = ("units", "users", "role_assignments", "delegations", "documents", "events")


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        tables = (*COUNTED, "workflow_versions", "markers", "budget_ceilings")
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}


def _break_step(demo_file: Path, n: int) -> tuple[str, int, str]:
    """Repeat the n-th step of demo.yaml, which the file check cannot see but the engine refuses.

    (The same action twice in a row is never allowed from the state the first one
    reached.) Returns the old text, the line of the repeated step and its trigger.
    """
    text = demo_file.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    steps = [i for i, line in enumerate(lines) if "{trigger: " in line]
    i = steps[n]
    trigger = re.search(r"trigger: (\w+)", lines[i])
    assert trigger is not None
    lines.insert(i + 1, lines[i])
    demo_file.write_text("".join(lines), encoding="utf-8")
    return text, i + 2, trigger.group(1)


def test_a_step_refused_half_way_leaves_nothing_and_a_rerun_seeds(
    db: Engine, tmp_path: Path
) -> None:
    pack = tmp_path / "dang_uy_copy"
    shutil.copytree(SMALL_PACK, pack)
    definitions, problems = validate_paths([pack], catalogue=CATALOGUE)
    assert not problems and definitions
    demo_file = pack / "demo.yaml"
    original, line, trigger = _break_step(demo_file, 20)  # of 44 steps: half-way
    assert validate_paths([pack], catalogue=CATALOGUE)[1] == []  # only the engine can tell

    with pytest.raises(DemoError) as refused:
        seed(db, pack, definitions=definitions)
    text = refused.value.render("en")
    assert f"{demo_file}:{line}:" in text  # the file and the line of the step
    assert "steps[" in text and trigger in text
    assert "refused, nothing was created" in text
    assert "không tạo gì" in refused.value.render("vi")
    # Nothing of the demo is left: no unit, user, grant, document, event, version or marker.
    assert all(n == 0 for n in _counts(db).values()), _counts(db)

    demo_file.write_text(original, encoding="utf-8")
    report = seed(db, pack, definitions=definitions)
    assert not report.already_seeded
    assert report.users and report.documents and report.actions == 44
    after = _counts(db)
    assert after["documents"] == report.documents and after["markers"] == 1
    assert after["users"] == len(report.users)
    assert services.verify_audit(db).ok

    again = seed(db, pack, definitions=definitions)
    assert again.already_seeded and again.seeded_at
    assert _counts(db) == after  # the marker, not the users, says "seeded": nothing added
    with db.connect() as conn:
        value = conn.execute(
            sa.select(markers.c.value).where(markers.c.key == marker_key("dang_uy_copy"))
        ).scalar_one()
    assert value["documents"] == report.documents and value["actions"] == 44


def test_seeded_is_the_marker_not_the_users(sqlite_db: Engine, tmp_path: Path) -> None:
    """Users of the pack that exist without the marker are refused (not taken as 'seeded')."""
    definitions, _ = validate_paths([SMALL_PACK], catalogue=CATALOGUE)
    versions.load_definitions(sqlite_db, definitions, actor=OPERATOR)
    org = load_organisation(SMALL_PACK / "organisation.yaml", catalogue=CATALOGUE)
    taken = org.users[3]["username"]
    services.add_user(
        sqlite_db, actor=OPERATOR, username=taken, password="mật-khẩu-thật", full_name="Người thật"
    )
    before = _counts(sqlite_db)
    with pytest.raises(DemoError) as refused:
        seed(sqlite_db, SMALL_PACK)
    assert "organisation.yaml:" in refused.value.render("en")
    assert "users[3]" in refused.value.render("en") and taken in refused.value.render("en")
    assert _counts(sqlite_db) == before


def test_a_demo_is_a_savepoint_of_the_callers_transaction(sqlite_db: Engine) -> None:
    definitions, _ = validate_paths([SMALL_PACK], catalogue=CATALOGUE)
    with sqlite_db.connect() as conn, conn.begin() as tx:
        report = seed(conn, SMALL_PACK, definitions=definitions)
        assert report.documents
        tx.rollback()  # the caller decides: nothing stays
    assert all(n == 0 for n in _counts(sqlite_db).values())


def test_resolve_pack_names_bundled_packs_and_takes_folders(tmp_path: Path) -> None:
    assert resolve_pack("current") == pack_path("current")
    copy = tmp_path / "my_pack"
    shutil.copytree(SMALL_PACK, copy)
    assert resolve_pack(str(copy)) == copy
    with pytest.raises(DemoError) as unknown:
        resolve_pack("my_pack")  # a bare name is a bundled pack, never a folder here
    assert "current, kon_tum_2013" in unknown.value.render("en")
    assert "./my_pack" in unknown.value.render("en")
    with pytest.raises(DemoError) as not_a_pack:
        resolve_pack(str(tmp_path))
    assert "no organisation.yaml" in not_a_pack.value.render("en")
