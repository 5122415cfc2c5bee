"""`ttdn demo --pack NAME`: every bundled pack seeds a province with real history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine

from engine import services, versions
from engine.definitions import validate_paths
from engine.demo import DEMO_PASSWORD, seed
from engine.rules import CATALOGUE
from workflows import bundled_packs

PACKS = bundled_packs()


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.name)
def test_demo_covers_every_state_with_real_history(sqlite_db: Engine, pack) -> None:
    definitions, problems = validate_paths([pack], catalogue=CATALOGUE)
    assert not problems
    versions.load_definitions(sqlite_db, definitions)
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
    versions.load_definitions(sqlite_db, definitions)
    seed(sqlite_db, pack)
    assert services.list_documents(
        sqlite_db, services.OPERATOR, overdue=True, today=date(2026, 11, 21)
    )
