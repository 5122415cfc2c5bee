"""Tables, the database engine, and the unit of work.

The schema is declared once here with SQLAlchemy Core; Alembic migrations under
`engine/migrations/` create and evolve it (a test checks they agree).  We use
Core rather than the ORM on purpose: every transition goes through the same
handful of statements, and the ORM's identity map and flush machinery cost more
than the rest of the engine put together (see docs/performance.md).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

units = sa.Table(
    "units",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("code", sa.String(40), nullable=False, unique=True),
    sa.Column("name", sa.String(255), nullable=False),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("pack", sa.String(80), nullable=True),
    sa.Column("parent_id", sa.Integer, sa.ForeignKey("units.id"), nullable=True, index=True),
    sa.Column("coordinator_id", sa.Integer, sa.ForeignKey("units.id"), nullable=True),
    sa.Column("active_from", sa.Date, nullable=True),
    sa.Column("active_to", sa.Date, nullable=True),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(80), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("full_name", sa.String(255), nullable=False),
    sa.Column("title", sa.String(255), nullable=False, server_default=""),
    sa.Column("is_active", sa.Boolean, nullable=False, server_default=sa.true()),
    # Demo users' passwords are published in the README: they may only log in
    # when the application runs in demo mode.
    sa.Column("is_demo", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

role_assignments = sa.Table(
    "role_assignments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("role", sa.String(60), nullable=False),
    sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id"), nullable=False),
    sa.UniqueConstraint("user_id", "role", "unit_id"),
)

delegations = sa.Table(
    "delegations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("principal_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("delegate_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("role", sa.String(60), nullable=False),
    sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id"), nullable=False),
    sa.Column("starts_on", sa.Date, nullable=False),
    sa.Column("ends_on", sa.Date, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

workflow_versions = sa.Table(
    "workflow_versions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("pack", sa.String(80), nullable=False),
    sa.Column("type_id", sa.String(80), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("content", sa.JSON, nullable=False),
    sa.Column("is_current", sa.Boolean, nullable=False),
    sa.Column("loaded_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("pack", "type_id", "version"),
    sa.UniqueConstraint("pack", "type_id", "content_hash"),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("pack", sa.String(80), nullable=False),
    sa.Column("type_id", sa.String(80), nullable=False),
    sa.Column(
        "workflow_version_id", sa.Integer, sa.ForeignKey("workflow_versions.id"), nullable=False
    ),
    sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id"), nullable=False, index=True),
    sa.Column("coordinator_unit_id", sa.Integer, sa.ForeignKey("units.id"), nullable=True),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("title", sa.String(500), nullable=False),
    sa.Column("state", sa.String(60), nullable=False),
    # Optimistic lock: every event bumps it; it always equals the last event's seq.
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("fields", sa.JSON, nullable=False),
    sa.Column("parent_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=True, index=True),
    sa.Column("due_date", sa.Date, nullable=True, index=True),
    sa.Column("state_entered_at", sa.DateTime, nullable=False),
    sa.Column("last_hash", sa.String(64), nullable=False),
    sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Index("ix_documents_kind_year_state", "pack", "type_id", "year", "state"),
    sa.Index("ix_documents_coordinated", "coordinator_unit_id", "type_id", "year"),
)

document_links = sa.Table(
    "document_links",
    metadata,
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), primary_key=True),
    sa.Column("name", sa.String(60), primary_key=True),
    sa.Column("target_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("trigger", sa.String(60), nullable=True),
    sa.Column("from_state", sa.String(60), nullable=True),
    sa.Column("to_state", sa.String(60), nullable=False),
    sa.Column("actor_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("role", sa.String(60), nullable=True),
    sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id"), nullable=True),
    sa.Column("on_behalf_of_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    sa.Column("comment", sa.Text, nullable=True),
    sa.Column("changes", sa.JSON, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column(
        "workflow_version_id", sa.Integer, sa.ForeignKey("workflow_versions.id"), nullable=False
    ),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.UniqueConstraint("document_id", "seq"),
)

budget_ceilings = sa.Table(
    "budget_ceilings",
    metadata,
    sa.Column("pack", sa.String(80), primary_key=True),
    sa.Column("key", sa.String(60), primary_key=True),
    sa.Column("year", sa.Integer, primary_key=True),
    sa.Column("amount", sa.BigInteger, nullable=False),
)


# --- engine -----------------------------------------------------------------


def default_database_url(instance_path: Path | None = None) -> str:
    instance = instance_path or Path(os.environ.get("TTDN_INSTANCE", "instance"))
    return f"sqlite:///{(instance / 'ttdn.sqlite3').resolve()}"


def database_url() -> str:
    return os.environ.get("DATABASE_URL") or default_database_url()


def make_engine(url: str | None = None, *, sqlite_synchronous: str = "FULL", **kw: Any) -> Engine:
    """Create an engine with the product's settings.

    SQLite gets WAL, foreign keys, a busy timeout and `synchronous=FULL` by
    default (an approval acknowledged to a user must survive a power cut), and
    write transactions start with BEGIN IMMEDIATE so that two writers queue
    instead of failing with "database is locked" halfway through.
    """
    url = url or database_url()
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    if url.startswith("sqlite"):
        path = sa.engine.make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, **kw)
        _configure_sqlite(engine, sqlite_synchronous)
        return engine
    kw.setdefault("pool_pre_ping", True)
    return sa.create_engine(url, **kw)


def _configure_sqlite(engine: Engine, synchronous: str) -> None:
    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so that our
        # BEGIN below is the only one.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        statement = f"BEGIN {conn.get_execution_options().get('sqlite_begin', 'IMMEDIATE')}"
        # Straight to the driver: `exec_driver_sql` would cost 20 µs of
        # statement machinery on every transaction for a fixed string.  Errors
        # (e.g. "database is locked" after the busy timeout) are still
        # raised as SQLAlchemy's DBAPIError subclasses.
        try:
            conn.connection.driver_connection.execute(statement)
        except sqlite3.Error as exc:
            raise sa.exc.DBAPIError.instance(statement, (), exc, sqlite3.Error) from exc


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


class UnitOfWork:
    """One database transaction; rolls back unless `commit()` was called.

        with UnitOfWork(engine) as uow:
            ...
            uow.commit()
    """

    def __init__(self, engine: Engine, *, readonly: bool = False) -> None:
        self.engine = engine
        self.readonly = readonly
        self.conn: Connection
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        conn = self.engine.connect()
        if self.readonly:
            conn = conn.execution_options(sqlite_begin="DEFERRED")
        self.conn = conn
        self._tx = conn.begin()
        self._committed = False
        return self

    def commit(self) -> None:
        self._tx.commit()
        self._committed = True

    def __exit__(self, *exc: object) -> None:
        try:
            if not self._committed:
                self._tx.rollback()
        finally:
            self.conn.close()


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction (a consistent snapshot, no write lock)."""
    with UnitOfWork(engine, readonly=True) as uow:
        yield uow.conn
