"""Fixtures: a fresh, migrated database per test, on SQLite and on PostgreSQL.

PostgreSQL runs when TTDN_TEST_POSTGRES_URL is set (`.ci/run` sets it); without
it those cases are skipped with a visible reason.  Each PostgreSQL test gets
a schema of its own process (`ttdn_test_<pid>`), created, migrated and dropped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from engine import schema, services, versions
from engine.db import make_engine
from engine.definitions import validate_paths
from engine.organisation import load_organisation
from engine.rules import CATALOGUE
from engine.runtime import CACHE

PG_ENV = "TTDN_TEST_POSTGRES_URL"
# One schema per test process, so that two test runs against the same server
# (a developer's and CI's, or parallel workers) never drop each other's tables.
PG_SCHEMA = f"ttdn_test_{os.getpid()}"
TESTLAND = Path(__file__).parent / "packs" / "testland"
TODAY = date(2026, 4, 15)  # before the 31/05 deadline of the test pack


def postgres_url() -> str | None:
    return os.environ.get(PG_ENV)


def make_postgres_engine(url: str) -> Engine:
    """An engine whose connections work in the test schema, created fresh."""
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")
        conn.exec_driver_sql(f"CREATE SCHEMA {PG_SCHEMA}")
    admin.dispose()
    return make_engine(url, connect_args={"options": f"-csearch_path={PG_SCHEMA}"})


def fresh_engine(kind: str, tmp_path: Path) -> Engine:
    if kind == "sqlite":
        return make_engine(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    url = postgres_url()
    if not url:
        pytest.skip(
            f"PostgreSQL not configured: set {PG_ENV} (e.g. postgresql://postgres@127.0.0.1:5432/test)"
        )
    return make_postgres_engine(url)


DB_KINDS = ["sqlite", "postgresql"]


@pytest.fixture(params=DB_KINDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty database of each kind."""
    engine = fresh_engine(request.param, tmp_path)
    schema.upgrade(engine)
    CACHE.clear()  # version ids restart in every fresh database
    yield engine
    engine.dispose()
    if request.param == "postgresql":
        drop_postgres_schema()


def drop_postgres_schema() -> None:
    admin = make_engine(postgres_url())
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")
    admin.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Engine]:
    engine = fresh_engine("sqlite", tmp_path)
    schema.upgrade(engine)
    CACHE.clear()
    yield engine
    engine.dispose()


@dataclass
class World:
    """The test province: its units and one user per role, by short name."""

    db: Engine
    units: dict[str, int]
    users: dict[str, int]

    def unit(self, code: str) -> int:
        return self.units[code]

    def user(self, name: str) -> int:
        return self.users[name]


USERS = {
    # name: (full name, [(role, unit)])
    "cv_a": ("Nguyễn Văn An", [("unit_officer", "XA_A")]),
    "ld_a": ("Trần Thị Bình", [("unit_head", "XA_A")]),
    "cv_b": ("Lê Văn Cường", [("unit_officer", "XA_B")]),
    "ld_b": ("Phạm Thị Dung", [("unit_head", "XA_B")]),
    "cv_svh": ("Hoàng Văn Em", [("coordinator", "SVH")]),
    "cv_svh2": ("Đỗ Thị Giang", [("coordinator", "SVH")]),
    "cv_stc": ("Vũ Văn Hải", [("finance_officer", "STC")]),
    "ld_ubnd": ("Bùi Thị Hương", [("approver", "UBND")]),
    "cv_snv": ("Ngô Văn Khoa", [("foreign_affairs_officer", "SNV")]),
    "cb_ca": ("Đặng Văn Long", [("security_reviewer", "CA")]),
    "both": ("Mai Văn Minh", [("unit_officer", "XA_A"), ("coordinator", "SVH")]),
}


def build_world(engine: Engine) -> World:
    definitions, problems = validate_paths([TESTLAND], catalogue=CATALOGUE)
    assert not problems, "\n".join(map(str, problems))
    versions.load_definitions(engine, definitions, actor=services.OPERATOR)
    org = load_organisation(TESTLAND / "organisation.yaml", catalogue=CATALOGUE)
    services.import_units(
        engine, org.units, actor=services.OPERATOR, pack="testland", ceilings=org.ceilings
    )
    with engine.connect() as conn:
        units = dict(conn.execute(sa.text("SELECT code, id FROM units")).all())
    users: dict[str, int] = {}
    for name, (full_name, grants) in USERS.items():
        users[name] = services.add_user(
            engine,
            actor=services.OPERATOR,
            username=name,
            password="mật-khẩu-thử",
            full_name=full_name,
        )
        for role, unit in grants:
            services.grant_role(
                engine, actor=services.OPERATOR, username=name, role=role, unit_code=unit
            )
    return World(engine, units, users)


@pytest.fixture
def world(db: Engine) -> World:
    return build_world(db)
