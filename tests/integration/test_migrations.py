"""The Alembic migrations build exactly the schema `engine.db` declares, both ways.

Each test starts from an empty database (a fresh SQLite file, or the PostgreSQL
test schema dropped and recreated), so the migrations themselves are what is
tested, not a fixture that already ran them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from engine import schema
from engine.db import metadata
from tests.conftest import DB_KINDS, drop_postgres_schema, fresh_engine

TABLES = set(metadata.tables)


@pytest.fixture(params=DB_KINDS)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database with nothing in it: no tables, no alembic_version."""
    engine = fresh_engine(request.param, tmp_path)
    assert sa.inspect(engine).get_table_names() == []
    yield engine
    engine.dispose()
    if request.param == "postgresql":
        drop_postgres_schema()


def _alembic(db: Engine, *args: Any, action: str) -> None:
    """Run an Alembic command on `db` the way `engine.schema.upgrade` does."""
    cfg = Config()
    cfg.set_main_option("script_location", str(schema.MIGRATIONS))
    with db.connect() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, *args)
        conn.commit()


def _is_spurious(db: Engine, diff: Any) -> bool:
    """Differences that are artefacts of the comparison, not of the schema.

    Only one so far: on SQLite, Alembic's `compare_server_default` unquotes a
    reflected default with the regex `'(.+)'`, which needs at least one
    character, so the empty-string default of `users.title` (reflected as
    `('')`) stays `''` and is compared with the metadata's `` (empty): a
    "difference" although the DDL says `DEFAULT ''` exactly as declared.
    """
    if db.dialect.name != "sqlite" or not isinstance(diff, list) or len(diff) != 1:
        return False
    op, _schema, table, column, _info, reflected, declared = diff[0]
    return (
        op == "modify_default"
        and (table, column) == ("users", "title")
        and re.fullmatch(r"\(?''\)?", str(getattr(reflected, "arg", reflected))) is not None
        and getattr(declared, "arg", declared) == ""
    )


def schema_differences(db: Engine) -> list[Any]:
    """What autogenerate would change to make the database match `engine.db.metadata`."""
    with db.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        diffs = compare_metadata(context, metadata)
    return [d for d in diffs if not _is_spurious(db, d)]


def append_only_triggers(db: Engine) -> set[str]:
    with db.connect() as conn:
        if db.dialect.name == "sqlite":
            rows = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
            )
        else:
            rows = conn.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
                "AND tgrelid = to_regclass('events')"
            )
        return {r[0] for r in rows}


EXPECTED_TRIGGERS = {
    "sqlite": {"events_no_update", "events_no_delete"},
    "postgresql": {"events_no_update_delete"},
}


def pg_functions(db: Engine) -> set[str]:
    with db.connect() as conn:
        return set(
            conn.exec_driver_sql(
                "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = current_schema()"
            ).scalars()
        )


def test_one_linear_history() -> None:
    scripts = ScriptDirectory(str(schema.MIGRATIONS))
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    assert schema.head_revision() == scripts.get_current_head()


def test_upgrade_head_matches_the_declared_schema(empty_db: Engine) -> None:
    schema.upgrade(empty_db)
    assert schema.current_revision(empty_db) == schema.head_revision()
    assert set(sa.inspect(empty_db).get_table_names()) >= TABLES
    assert schema_differences(empty_db) == []
    assert append_only_triggers(empty_db) == EXPECTED_TRIGGERS[empty_db.dialect.name]


def test_the_spurious_difference_filter_is_not_hiding_real_ones(empty_db: Engine) -> None:
    """A real difference (a column the migrations do not create) is still reported."""
    schema.upgrade(empty_db)
    with empty_db.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE users ADD COLUMN nickname VARCHAR(20)")
    diffs = schema_differences(empty_db)
    assert len(diffs) == 1, diffs
    op, _schema, table, column = diffs[0]
    assert (op, table, column.name) == ("remove_column", "users", "nickname")


def test_downgrade_to_base_then_upgrade_again(empty_db: Engine) -> None:
    schema.upgrade(empty_db)
    _alembic(empty_db, "base", action="downgrade")
    assert schema.current_revision(empty_db) is None
    left = set(sa.inspect(empty_db).get_table_names())
    assert left <= {"alembic_version"}, left
    assert append_only_triggers(empty_db) == set()
    if empty_db.dialect.name == "postgresql":
        assert "ttdn_events_append_only" not in pg_functions(empty_db)

    schema.upgrade(empty_db)
    assert schema.current_revision(empty_db) == schema.head_revision()
    assert schema_differences(empty_db) == []
    assert append_only_triggers(empty_db) == EXPECTED_TRIGGERS[empty_db.dialect.name]


def test_upgrade_is_idempotent(empty_db: Engine) -> None:
    schema.upgrade(empty_db)
    with empty_db.begin() as conn:  # data survives a repeated upgrade
        conn.exec_driver_sql(
            "INSERT INTO units (code, name, kind) VALUES ('TL', 'Tỉnh Thử Nghiệm', 'province')"
        )
    schema.upgrade(empty_db)
    schema.upgrade(empty_db, "head")
    assert schema.current_revision(empty_db) == schema.head_revision()
    with empty_db.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
        assert conn.exec_driver_sql("SELECT name FROM units").scalars().all() == ["Tỉnh Thử Nghiệm"]
    assert schema_differences(empty_db) == []
    assert append_only_triggers(empty_db) == EXPECTED_TRIGGERS[empty_db.dialect.name]
