"""Tables, the database engine, and the unit of work.

The schema is declared once here with SQLAlchemy Core; Alembic migrations under
`engine/migrations/` create and evolve it (a test checks they agree).  We use
Core rather than the ORM on purpose: every transition goes through the same
handful of statements, and the ORM's identity map and flush machinery cost more
than the rest of the engine put together (see docs/performance.md).
"""

from __future__ import annotations

import os
import weakref
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


# Who changed the organisation or the rules: one hash chain for the whole
# instance (seq is its order), append-only like `events` (database triggers).
admin_log = sa.Table(
    "admin_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False, unique=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("actor_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    # The user's name, or the operator at the console ("operator:<os user>").
    sa.Column("actor_label", sa.String(255), nullable=False),
    sa.Column("action", sa.String(60), nullable=False),  # e.g. "user.add", "role.grant"
    sa.Column("target", sa.String(255), nullable=False),
    sa.Column("before", sa.JSON, nullable=True),
    sa.Column("after", sa.JSON, nullable=True),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

# Facts about this instance that must not be inferred from other data
# (e.g. "the demo of pack X was seeded").
markers = sa.Table(
    "markers",
    metadata,
    sa.Column("key", sa.String(80), primary_key=True),
    sa.Column("value", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
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
    engine = sa.create_engine(url, **kw)
    if engine.dialect.driver == "psycopg":
        _configure_psycopg(engine)
    return engine


def _configure_sqlite(engine: Engine, synchronous: str) -> None:
    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so that our
        # BEGIN below is the only one.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        # The timeout first: switching to WAL may itself have to wait for a lock.
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.close()

    def _do_begin(dbapi_conn: Any) -> None:
        # Every transaction, whoever opens it (a unit of work, engine.begin(),
        # Alembic, autobegin), starts here.  BEGIN IMMEDIATE unless the unit
        # of work asked for a read-only one (see UnitOfWork).  Errors, e.g.
        # "database is locked" after the busy timeout, reach the caller as
        # SQLAlchemy's DBAPIError subclasses, like any other statement's.
        mode = dbapi_conn.info.pop(BEGIN_MODE, "IMMEDIATE")
        dbapi_conn.driver_connection.execute(f"BEGIN {mode}")

    # The dialect's hook rather than a "begin" event listener: a single
    # connection-event listener makes SQLAlchemy dispatch events around every
    # statement, which cost ~6 µs each (see docs/performance.md).  The dialect
    # instance belongs to this engine alone.
    engine.dialect.do_begin = _do_begin  # type: ignore[method-assign]


def _configure_psycopg(engine: Engine) -> None:
    from psycopg import IsolationLevel, OperationalError, pq

    def _do_begin(dbapi_conn: Any) -> None:
        # BEGIN at once, where psycopg would send it just before the first
        # statement: the same round trip, but now a connection that died in the
        # pool (server restarted, backend killed) fails here, before any work,
        # and UnitOfWork takes another.  This replaces `pool_pre_ping`, which
        # cost one more round trip per unit of work (see docs/performance.md).
        pg = dbapi_conn.driver_connection
        mode = dbapi_conn.info.pop(BEGIN_MODE, None)  # "READ ONLY" for read(db)
        if pg.autocommit or pg.pgconn.transaction_status != pq.TransactionStatus.IDLE:
            return
        parts = ["BEGIN"]  # what psycopg itself would send (its settings are public)
        if pg.isolation_level is not None:
            level = IsolationLevel(pg.isolation_level).name.replace("_", " ")
            parts.append(f"ISOLATION LEVEL {level}")
        if pg.read_only is not None:
            parts.append("READ ONLY" if pg.read_only else "READ WRITE")
        elif mode == "READ ONLY":
            if pg.isolation_level is None:
                parts.append("ISOLATION LEVEL REPEATABLE READ")  # one snapshot: see UnitOfWork
            parts.append(mode)
        if pg.deferrable is not None:
            parts.append("DEFERRABLE" if pg.deferrable else "NOT DEFERRABLE")
        # psycopg tracks the transaction from libpq's own status, so its later
        # statements see it open and its commit() and rollback() end it.
        result = pg.pgconn.exec_(" ".join(parts).encode())
        if result.status != pq.ExecStatus.COMMAND_OK:
            message = result.error_message.decode(errors="replace") or "BEGIN failed"
            raise OperationalError(message)  # SQLAlchemy sees a broken connection as such

    engine.dialect.do_begin = _do_begin  # type: ignore[method-assign]


# Key in `Connection.info` (the DBAPI connection's own dict) under which a unit of
# work passes the BEGIN mode to the next BEGIN (SQLite: DEFERRED or IMMEDIATE,
# PostgreSQL: READ ONLY or the default); it is consumed there.
BEGIN_MODE = "ttdn_begin_mode"


Database = Engine | Connection
"""What a service takes: an engine (each service is its own transaction), or a
connection inside a caller's transaction (each service becomes a savepoint of it,
and nothing is kept unless the caller commits: `ttdn demo` seeds all or nothing)."""


class UnitOfWork:
    """One database transaction; rolls back unless `commit()` was called.

    with UnitOfWork(db) as uow:
        ...
        uow.commit()

    Given a connection already in a transaction, the unit of work is a
    savepoint inside it: `commit()` releases the savepoint, and the outer
    transaction decides.
    """

    def __init__(self, db: Database, *, readonly: bool = False) -> None:
        self.db = db
        self.readonly = readonly
        self.conn: Connection
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self._committed = False
        if isinstance(self.db, Connection):
            self.conn = self.db
            self._owned = False
            self._tx = self.db.begin_nested() if self.db.in_transaction() else self.db.begin()
            return self
        for attempt in (1, 2):
            conn = self.db.connect()
            if self.readonly:
                # SQLite: a snapshot without the write lock.  PostgreSQL: one
                # snapshot for the whole transaction (REPEATABLE READ: a page read
                # in several statements never mixes two states of a document), and
                # the server refuses writes, so ending with COMMIT (below) is safe.
                sqlite = conn.dialect.name == "sqlite"
                conn.info[BEGIN_MODE] = "DEFERRED" if sqlite else "READ ONLY"
            try:
                self._tx = conn.begin()
                break
            except sa.exc.DBAPIError as exc:
                conn.close()
                # A pooled PostgreSQL connection that died while idle: nothing
                # was done on it, so take a fresh one (SQLAlchemy has already
                # invalidated the pool's older connections).  Once only.
                if attempt == 2 or not exc.connection_invalidated:
                    raise
        self.conn = conn
        self._owned = True
        return self

    def commit(self) -> None:
        self._tx.commit()
        self._committed = True

    def __exit__(self, exc_type: object, *exc: object) -> None:
        try:
            if self._committed or not self._tx.is_active:
                pass
            elif self.readonly and exc_type is None and self.conn.dialect.name != "sqlite":
                # A read-only transaction: COMMIT and ROLLBACK end it alike, but
                # after a ROLLBACK psycopg drops every statement it had prepared
                # on the connection, the write path's included.
                self._tx.commit()
            else:
                self._tx.rollback()
        finally:
            if self._owned:
                self.conn.close()


@contextmanager
def read(db: Database) -> Iterator[Connection]:
    """A read-only transaction (a consistent snapshot, no write lock)."""
    if isinstance(db, Connection):  # inside the caller's transaction: its snapshot
        yield db
        return
    with UnitOfWork(db, readonly=True) as uow:
        yield uow.conn


# --- the statements of every transition ----------------------------------------------


class Precompiled:
    """A Core statement on the path of every transition, run without per-call overhead.

    `Connection.execute` spends some 20 µs per call on work that is the same
    every time for these statements (cache lookup, parameter and result set-up,
    event dispatch), several times what SQLite needs to run a primary-key read.
    Here SQLAlchemy still writes the SQL and does every type conversion: the
    statement is compiled once by each engine's dialect, and parameters and
    result values go through that dialect's own bind and result processors, as
    they would through `execute`.  Only the execution goes straight to the
    DBAPI cursor, inside the connection's transaction (begun if need be, as
    `execute` would).  Errors go through the handler `execute` uses
    (`Connection._handle_dbapi_exception`, private: SQLAlchemy is pinned below
    2.2), so they come out as the same exceptions and a lost connection is
    invalidated the same way.

    For statements with plain bound parameters only (no expanding IN lists);
    `column_keys` are the columns an INSERT or UPDATE sets, as `execute` would
    take them from the parameters.  See docs/performance.md.
    """

    def __init__(self, statement: Any, column_keys: list[str] | None = None) -> None:
        self.statement = statement
        self.column_keys = column_keys
        self._by_dialect: weakref.WeakKeyDictionary[Any, _Compiled] = weakref.WeakKeyDictionary()

    def _compile(self, dialect: Any) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect, column_keys=self.column_keys)
        if compiled.post_compile_params or compiled.literal_execute_params:
            raise ValueError("Precompiled takes statements with plain bound parameters only")
        names = compiled.positiontup if compiled.positional else list(compiled.binds)
        binds = []
        for name in names:
            param = compiled.binds[name]
            processor = param.type.dialect_impl(dialect).bind_processor(dialect)
            # A value fixed in the statement itself (none on the hot path) is a default.
            default = _REQUIRED if param.required else param.effective_value
            sql_name = compiled.escaped_bind_names.get(name, name)
            binds.append((sql_name, param.key, default, processor))
        types = [c.type for c in getattr(self.statement, "selected_columns", ())]
        entry = _Compiled(compiled.string, compiled.positional, binds, types)
        if types and dialect.driver == "psycopg":
            # Rows in PostgreSQL's binary format: the same Python values (the
            # tests compare with `execute`), decoded with less work than text,
            # some 15 µs less for a document row.
            entry.options = {"binary": True}
        self._by_dialect[dialect] = entry
        return entry

    def execute(self, conn: Connection, params: dict[str, Any]) -> Any:
        """Run the statement; returns the shared DBAPI cursor: read its result at once."""
        dialect = conn.dialect
        entry = self._by_dialect.get(dialect) or self._compile(dialect)
        if not conn.in_transaction():
            conn.begin()
        cursor = None
        args: Any = None
        try:
            values = []
            for _name, key, default, proc in entry.binds:
                value = params[key] if default is _REQUIRED else params.get(key, default)
                values.append(proc(value) if proc else value)
            if entry.positional:
                args = values
            else:
                args = {b[0]: value for b, value in zip(entry.binds, values, strict=True)}
            cursor = _cursor(conn)
            cursor.execute(entry.sql, args, **entry.options)
        except BaseException as exc:
            conn.connection.info.pop(_CURSOR, None)  # the handler may close it
            conn._handle_dbapi_exception(exc, entry.sql, args, cursor, None)
        return cursor

    def rows(self, conn: Connection, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Every result row, as tuples of converted values."""
        cursor = self.execute(conn, params)
        try:
            raw = cursor.fetchall()
        except BaseException as exc:
            conn.connection.info.pop(_CURSOR, None)
            sql = self._by_dialect[conn.dialect].sql
            conn._handle_dbapi_exception(exc, sql, None, cursor, None)
        processors = self._result_processors(conn.dialect, cursor)
        rows = []
        for row in raw:
            values = list(row)
            for i, proc in processors:
                values[i] = proc(values[i])
            rows.append(tuple(values))
        return rows

    def rowcount(self, conn: Connection, params: dict[str, Any]) -> int:
        """Rows matched (UPDATE) or written (INSERT)."""
        return self.execute(conn, params).rowcount

    def _result_processors(self, dialect: Any, cursor: Any) -> list[tuple[int, Any]]:
        """(column index, processor) for the columns whose values need converting.

        Worked out once per dialect: psycopg builds `cursor.description` afresh
        at every access, some 40 µs for a document row.
        """
        entry = self._by_dialect[dialect]
        if entry.result is None:
            description = cursor.description
            if len(description) != len(entry.types):
                raise ValueError("result columns do not match the statement's")
            processors = [
                t.dialect_impl(dialect).result_processor(dialect, d[1])
                for t, d in zip(entry.types, description, strict=True)
            ]
            entry.result = [(i, proc) for i, proc in enumerate(processors) if proc is not None]
        return entry.result


_REQUIRED = object()

# Key in the pooled connection's `info` of the cursor the precompiled statements
# share, with the DBAPI connection it belongs to.  One cursor per connection
# rather than one per statement: psycopg spends ~10 µs making a cursor.  Safe
# because each use reads its whole result before the next statement runs, and a
# connection is used by one thread at a time.
_CURSOR = "ttdn_precompiled_cursor"


def _cursor(conn: Connection) -> Any:
    fairy = conn.connection
    dbapi_conn = fairy.dbapi_connection
    held = fairy.info.get(_CURSOR)
    if held is not None and held[0] is dbapi_conn:
        return held[1]
    cursor = dbapi_conn.cursor()
    fairy.info[_CURSOR] = (dbapi_conn, cursor)
    return cursor


class _Compiled:
    def __init__(self, sql: str, positional: bool, binds: list[Any], types: list[Any]) -> None:
        self.sql = sql
        self.positional = positional
        self.options: dict[str, Any] = {}  # for the driver's execute
        self.binds = binds  # (name in the SQL, key in the parameters, default, processor)
        self.types = types  # of the result columns
        self.result: list[tuple[int, Any]] | None = None  # their processors, on first use
