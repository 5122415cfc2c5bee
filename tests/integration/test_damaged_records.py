"""Rows edited by hand (triggers dropped, nonsense written) are reported, never a crash:
verification names the row as broken, reading fails with `DamagedRecord`."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from engine import services
from engine.cli import main
from engine.damaged import DamagedRecord
from engine.services import OPERATOR
from tests.conftest import TODAY, World
from tests.integration.test_adminlog import _drop_append_only_triggers
from tests.integration.test_cli_admin import province, run  # noqa: F401  (fixtures)


def _plan(w: World) -> int:
    return services.create_document(
        w.db,
        type_id="unit_plan",
        unit_id=w.unit("XA_A"),
        year=2026,
        title="Kế hoạch TTĐN năm 2026 của XA_A",
        user_id=w.user("cv_a"),
        fields={"summary": "Tuyên truyền"},
        today=TODAY,
    ).id


def _tamper(db: Engine, sql: str) -> None:
    with db.begin() as conn:
        conn.exec_driver_sql(sql)


def _drop_event_triggers(db: Engine) -> None:
    if db.dialect.name == "postgresql":
        _tamper(db, "DROP TRIGGER events_no_update_delete ON events")
    else:
        _tamper(db, "DROP TRIGGER events_no_update")


def _refused(db: Engine, sql: str) -> bool:
    """PostgreSQL checks JSON and timestamps itself: such damage cannot be written there."""
    try:
        _tamper(db, sql)
    except sa.exc.DBAPIError:
        return True
    return False


@pytest.mark.parametrize(
    "column, value", [("after", "'not json{'"), ("at", "'garbage'"), ("before", "'[1,'")]
)
def test_an_unreadable_admin_log_entry_is_broken_not_a_crash(
    world: World, column: str, value: str
) -> None:
    _drop_append_only_triggers(world.db)
    sql = f"UPDATE admin_log SET {column} = {value} WHERE seq = 5"
    if world.db.dialect.name == "postgresql":
        assert _refused(world.db, sql)
        sql = f"UPDATE admin_log SET {column} = '\"x\"' WHERE seq = 5"
        if column == "at":  # a valid but different time
            sql = "UPDATE admin_log SET at = '2001-01-01' WHERE seq = 5"
        _tamper(world.db, sql)
        report = services.verify_admin_log(world.db)
        assert not report.ok and report.broken_seq == 5
        assert len(services.admin_log(world.db, limit=100)) > 5  # still readable
        return
    _tamper(world.db, sql)
    report = services.verify_admin_log(world.db)
    assert not report.ok and report.broken_seq == 5 and report.entries == 5
    assert report.problem.render("en") == (
        f"column “{column}” cannot be read (edited outside the system)"
    )
    assert f"«{column}»" in report.problem.render("vi")
    with pytest.raises(DamagedRecord) as err:
        services.admin_log(world.db, limit=100)
    assert "#5" in err.value.render("en") and column in err.value.render("en")
    assert "bị hỏng" in err.value.render("vi")


@pytest.mark.parametrize("value", ["'{bad'", "'[1, 2]'", "'\"x\"'"])
def test_an_unreadable_event_is_broken_and_history_says_damaged(world: World, value: str) -> None:
    doc = _plan(world)
    assert services.verify_audit(world.db).ok
    _drop_event_triggers(world.db)
    sql = f"UPDATE events SET changes = {value} WHERE document_id = {doc} AND seq = 1"
    if world.db.dialect.name == "postgresql" and value == "'{bad'":
        assert _refused(world.db, sql)
        return
    _tamper(world.db, sql)
    report = services.verify_audit(world.db)
    assert not report.ok and (report.broken_document, report.broken_seq) == (doc, 1)
    with pytest.raises(DamagedRecord) as err:
        services.document_history(world.db, doc, OPERATOR)
    assert f"#{doc}/1" in err.value.render("en") and "changes" in err.value.render("en")
    with pytest.raises(DamagedRecord):
        services.document_view(world.db, doc, OPERATOR, today=TODAY)


def test_an_event_with_a_garbage_time_is_broken(world: World) -> None:
    doc = _plan(world)
    _drop_event_triggers(world.db)
    sql = f"UPDATE events SET at = 'garbage' WHERE document_id = {doc}"
    if world.db.dialect.name == "postgresql":
        assert _refused(world.db, sql)
        return
    _tamper(world.db, sql)
    report = services.verify_audit(world.db)
    assert report.broken_document == doc and "'at' cannot be read" in report.problem
    with pytest.raises(DamagedRecord):
        services.document_history(world.db, doc, OPERATOR)


def test_the_commands_report_damage_with_exit_1_and_no_traceback(run, province) -> None:  # noqa: F811
    from engine.db import make_engine

    engine = make_engine()
    _drop_append_only_triggers(engine)
    _tamper(engine, "UPDATE admin_log SET after = 'not json{' WHERE seq = 4")
    out = run("--lang", "en", "audit", "verify", code=1)
    assert "BROKEN: admin log, entry #4: column “after” cannot be read" in out
    assert "is damaged" in run("--lang", "en", "audit", "log", code=1)
    _tamper(engine, "UPDATE admin_log SET after = NULL, at = 'garbage' WHERE seq = 4")
    assert "entry #4: column “at”" in run("--lang", "en", "audit", "verify", code=1)
    assert "bị hỏng" in run("audit", "log", code=1)
    engine.dispose()
    assert main is not None
