"""What one action costs the database: statements on SQLite, round trips on PostgreSQL.

PostgreSQL is the production database, and there every statement is a round
trip to the server: a regression on the write path (a statement added, the
pool pinging again) shows here as a failed count rather than as a slower
benchmark (docs/performance.md).  The counts are taken below SQLAlchemy, so the
precompiled statements, BEGIN and COMMIT are all seen: SQLite's trace callback
reports every statement it runs, and libpq's protocol trace every
ReadyForQuery, which the server sends once per round trip.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from engine import services, store
from engine.audit import GENESIS
from engine.db import UnitOfWork, make_engine
from engine.domain import Document
from engine.errors import StaleDocument
from tests.conftest import TODAY, World, postgres_url


@contextmanager
def counted(db: Engine, trace_dir: Path) -> Iterator[list[str]]:
    """Record what every connection checked out meanwhile sends to the database.

    The list yielded holds, once the block is left, the statements run
    (SQLite) or one entry per round trip (PostgreSQL).
    """
    sent: list[str] = []
    traced: list[Any] = []
    trace_path = trace_dir / "libpq.trace"
    trace_file = open(trace_path, "w")  # noqa: SIM115 (closed below)

    def start(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        if dbapi_conn in traced:
            return
        traced.append(dbapi_conn)
        if db.dialect.name == "sqlite":
            dbapi_conn.set_trace_callback(sent.append)
        else:
            dbapi_conn.pgconn.trace(trace_file.fileno())

    # The connections idle in the pool: traced from now, so that whatever a
    # checkout sends (a pre-ping) is counted too.  Then any new one, from a pool
    # listener (a connection listener would add work to every statement).
    idle = [db.connect() for _ in range(max(1, db.pool.checkedin()))]  # type: ignore[attr-defined]
    for conn in idle:
        start(conn.connection.dbapi_connection, None, None)
        conn.close()
    event.listen(db, "checkout", start)
    try:
        yield sent
    finally:
        event.remove(db, "checkout", start)
        for dbapi_conn in traced:
            if db.dialect.name == "sqlite":
                dbapi_conn.set_trace_callback(None)
            elif not dbapi_conn.closed:
                dbapi_conn.pgconn.untrace()  # flushes libpq's buffer
        trace_file.close()
        if db.dialect.name != "sqlite":
            lines = trace_path.read_text().splitlines()
            sent.extend(line for line in lines if "\tB\t" in line and "\tReadyForQuery" in line)


def _new_plan(world: World) -> Document:
    return services.create_document(
        world.db,
        type_id="unit_plan",
        unit_id=world.unit("XA_A"),
        year=2026,
        title="Kế hoạch năm 2026",
        user_id=world.user("cv_a"),
        fields={"summary": "Nội dung", "estimated_cost": 1_000_000},
        today=TODAY,
    )


def _submitted_plan(world: World) -> Document:
    """A unit plan signed and submitted: the coordinator's `accept` comes next."""
    doc = _new_plan(world)
    for trigger, user in (("sign", "ld_a"), ("submit", "cv_a")):
        doc = services.fire_transition(
            world.db, doc.id, trigger, world.user(user), expected_version=doc.version, today=TODAY
        )
    return doc


# (trigger, user, count on SQLite, count on PostgreSQL) on a fresh unit plan.
# SQLite, statements: BEGIN IMMEDIATE, the document, the user and grants, the
# event INSERT, the document UPDATE, COMMIT.  PostgreSQL, round trips: BEGIN,
# the document locked with the user and grants, the event with the
# version-checked UPDATE, COMMIT.  `accept` has a separation-of-duties guard,
# which reads who submitted: one more on each.
STEPS = [
    ("sign", "ld_a", 6, 4),
    ("submit", "cv_a", 6, 4),
    ("accept", "cv_svh", 7, 5),
]


def test_statements_per_transition(world: World, tmp_path: Path) -> None:
    doc = _new_plan(world)
    sqlite = world.db.dialect.name == "sqlite"
    for trigger, user, on_sqlite, on_postgres in STEPS:
        with counted(world.db, tmp_path) as sent:
            doc = services.fire_transition(
                world.db,
                doc.id,
                trigger,
                world.user(user),
                expected_version=doc.version,
                today=TODAY,
            )
        assert len(sent) == (on_sqlite if sqlite else on_postgres), (trigger, sent)
        if sqlite:
            assert sent[0] == "BEGIN IMMEDIATE" and sent[-1] == "COMMIT", sent
    assert doc.state == "accepted" and doc.version == 4
    assert services.verify_audit(world.db).ok


def _statuses(sent: list[str]) -> str:
    """PostgreSQL: the transaction status after each round trip (T in one, I idle)."""
    return "".join(line.rstrip()[-1] for line in sent)


def test_a_refused_action_reads_without_writing(world: World, tmp_path: Path) -> None:
    """Stale before anything else: the document read, then the rollback."""
    doc = _submitted_plan(world)
    with counted(world.db, tmp_path) as sent, pytest.raises(StaleDocument):
        services.fire_transition(
            world.db, doc.id, "accept", world.user("cv_svh"), expected_version=1, today=TODAY
        )
    if world.db.dialect.name == "sqlite":
        assert len(sent) == 3 and sent[0] == "BEGIN IMMEDIATE" and sent[2] == "ROLLBACK", sent
    else:
        # BEGIN, the locked read, ROLLBACK; psycopg may then send DEALLOCATE ALL
        # (it forgets its prepared statements after any rollback).
        assert _statuses(sent) in ("TTI", "TTII"), sent


def test_a_read_ends_without_a_rollback(world: World, tmp_path: Path) -> None:
    """On PostgreSQL a read ends with COMMIT: a ROLLBACK would make psycopg forget
    every prepared statement, and the next actions would be parsed afresh."""
    doc = _submitted_plan(world)
    with counted(world.db, tmp_path) as sent, UnitOfWork(world.db, readonly=True) as uow:
        assert store.get_document(uow.conn, doc.id) == doc
    if world.db.dialect.name == "sqlite":
        assert sent[0] == "BEGIN DEFERRED" and sent[2] == "ROLLBACK" and len(sent) == 3, sent
    else:
        assert _statuses(sent) == "TTI", sent  # BEGIN READ ONLY, the read, COMMIT
        # The COMMIT cannot keep a write: PostgreSQL refuses it in a read.
        with (
            pytest.raises(sa.exc.DBAPIError, match="read-only"),
            UnitOfWork(world.db, readonly=True) as uow,
        ):
            uow.conn.execute(sa.text("UPDATE documents SET title = 'x'"))
        assert services.get_document(world.db, doc.id, services.OPERATOR).title == doc.title


def test_event_and_document_written_only_at_the_seen_version(world: World) -> None:
    """The combined write (one statement on PostgreSQL) writes nothing for a moved document."""
    doc = _submitted_plan(world)
    fields = dict(
        kind="edit",
        trigger=None,
        from_state=doc.state,
        actor_id=world.user("cv_a"),
        role=None,
        unit_id=None,
        on_behalf_of_id=None,
        comment=None,
        changes={},
        at=store.utcnow(),
    )
    with UnitOfWork(world.db) as uow:
        stale = store.get_document(uow.conn, doc.id)
        assert not store.append_event_and_save(uow.conn, stale, doc.version - 1, **fields)
        assert len(store.history(uow.conn, doc.id)) == doc.version  # no event added
        assert store.current_version(uow.conn, doc.id) == doc.version
        fresh = store.get_document(uow.conn, doc.id)
        assert store.append_event_and_save(uow.conn, fresh, doc.version, **fields)
        uow.commit()
    with UnitOfWork(world.db, readonly=True) as uow:
        saved = store.get_document(uow.conn, doc.id)
        history = store.history(uow.conn, doc.id)
    assert saved.version == doc.version + 1 == history[-1].seq
    assert saved.last_hash == history[-1].hash != GENESIS
    assert history[-1].prev_hash == doc.last_hash
    assert services.verify_audit(world.db).ok


@pytest.fixture
def pg_db() -> Iterator[Engine]:
    url = postgres_url()
    if not url:
        pytest.skip("PostgreSQL not configured: set TTDN_TEST_POSTGRES_URL")
    engine = make_engine(url)
    yield engine
    engine.dispose()


def _backend_pid(db: Engine) -> int:
    with UnitOfWork(db, readonly=True) as uow:
        return uow.conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()


def test_a_connection_that_died_in_the_pool_is_replaced(pg_db: Engine) -> None:
    """No pre-ping: the BEGIN finds the dead connection, and the unit of work takes another."""
    first = _backend_pid(pg_db)  # now idle in the pool
    killer = make_engine(postgres_url() or "")
    with killer.begin() as conn:
        assert conn.execute(sa.select(sa.func.pg_terminate_backend(first))).scalar_one()
    killer.dispose()
    second = _backend_pid(pg_db)  # no error reaches the caller
    assert second != first


def test_begin_keeps_the_isolation_level_asked_for(pg_db: Engine) -> None:
    with pg_db.connect().execution_options(isolation_level="SERIALIZABLE") as conn:
        with conn.begin():
            level = conn.exec_driver_sql("SHOW transaction_isolation").scalar_one()
        assert level == "serializable"
    with UnitOfWork(pg_db) as uow:
        assert uow.conn.exec_driver_sql("SHOW transaction_isolation").scalar_one() == (
            "read committed"
        )
        status = uow.conn.connection.dbapi_connection.info.transaction_status
        assert status.name == "INTRANS"  # BEGIN already sent, before any statement


def test_the_document_locked_with_the_grants_reads_like_separate_queries(world: World) -> None:
    """`lock_document(acting=...)` answers the next `user_and_grants` as its own query would,
    delegations included, and only for that user, that day and that transaction."""
    doc = _new_plan(world)
    officer, head = world.user("cv_a"), world.user("ld_a")
    services.delegate(
        world.db,
        actor=services.OPERATOR,
        principal="ld_a",
        delegate_to="cv_a",
        role="unit_head",
        unit_code="XA_A",
        starts_on=TODAY,
        ends_on=TODAY,
    )
    with UnitOfWork(world.db) as uow:
        expected = store.user_and_grants(uow.conn, officer, TODAY)
        assert len(expected[1]) == 2  # own role and the delegated one
        locked = store.lock_document(uow.conn, doc.id, acting=(officer, TODAY))
        assert locked == store.get_document(uow.conn, doc.id) == doc
        assert store.user_and_grants(uow.conn, officer, TODAY) == expected
        # Another user, or a second call, reads afresh.
        store.lock_document(uow.conn, doc.id, acting=(officer, TODAY))
        assert store.user_and_grants(uow.conn, head, TODAY)[0].username == "ld_a"
        assert store.user_and_grants(uow.conn, officer, TODAY) == expected
        # Unknown users and documents.
        store.lock_document(uow.conn, doc.id, acting=(999_999, TODAY))
        assert store.user_and_grants(uow.conn, 999_999, TODAY) == (None, [])
        assert store.lock_document(uow.conn, 999_999, acting=(officer, TODAY)) is None
        store.lock_document(uow.conn, doc.id, acting=(officer, TODAY))  # left unused
    with world.db.begin() as conn:
        conn.execute(sa.text("DELETE FROM delegations"))
    with UnitOfWork(world.db) as uow:  # on the same pooled connection: read afresh
        assert len(store.user_and_grants(uow.conn, officer, TODAY)[1]) == 1


def test_the_shared_cursor_survives_a_failed_statement(world: World) -> None:
    """Precompiled statements share one cursor per connection: after one fails,
    the next unit of work on the same pooled connection runs normally."""
    doc = _new_plan(world)
    with pytest.raises(sa.exc.IntegrityError), UnitOfWork(world.db) as uow:
        again = store.get_document(uow.conn, doc.id)
        again.version -= 1  # the seq of the existing event
        store.append_event(
            uow.conn,
            again,
            kind="edit",
            trigger=None,
            from_state=again.state,
            actor_id=world.user("cv_a"),
            role=None,
            unit_id=None,
            on_behalf_of_id=None,
            comment=None,
            changes={},
            at=store.utcnow(),
        )
    doc = services.fire_transition(
        world.db, doc.id, "sign", world.user("ld_a"), expected_version=doc.version, today=TODAY
    )
    assert doc.state == "signed" and services.verify_audit(world.db).ok
