"""Races on the one write path: many threads, and on PostgreSQL many processes.

The optimistic lock (`expected_version`) is the contract: of several people who
saw the same version and act on it at once, exactly one wins and every other
one is told the document changed (`StaleDocument`) — never "database is
locked", never a leaked `IntegrityError`, never a second event.

Threads start together on a `threading.Barrier` (processes on a spawn-context
barrier) after warming up, so the actions really overlap; nothing here sleeps
or measures time.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Engine

from engine import schema, services, store
from engine.db import make_engine
from engine.domain import Document
from engine.errors import StaleDocument
from engine.runtime import CACHE
from tests.conftest import TODAY, World, build_world, drop_postgres_schema, fresh_engine

THREADS = 16
PROCESSES = 6
BARRIER_TIMEOUT = 60  # only ever reached when a racer died before the barrier


# --- helpers --------------------------------------------------------------------------


def search_path(db: Engine) -> str:
    """The schema(s) `db`'s connections work in (the fixtures choose it, not this module)."""
    with db.connect() as conn:
        return conn.exec_driver_sql("SHOW search_path").scalar()


def same_database(db: Engine, **kw: Any) -> Engine:
    """A second engine (own pool) on the database `db` points at, test schema included."""
    url = db.url.render_as_string(hide_password=False)
    if db.dialect.name == "postgresql":
        kw["connect_args"] = {"options": f"-csearch_path={search_path(db)}"}
    return make_engine(url, **kw)


@pytest.fixture
def racing_db(world: World) -> Iterator[Engine]:
    """One engine shared by all racing threads, its pool big enough for all of them at once."""
    engine = same_database(world.db, pool_size=THREADS + 2, max_overflow=0, pool_timeout=60)
    yield engine
    engine.dispose()


def new_plan(w: World, unit: str = "XA_A", who: str = "cv_a", year: int = 2026) -> Document:
    return services.create_document(
        w.db,
        type_id="unit_plan",
        unit_id=w.unit(unit),
        year=year,
        title=f"Kế hoạch TTĐN {year} của {unit}",
        user_id=w.user(who),
        fields={"summary": "Quảng bá du lịch địa phương"},
        today=TODAY,
    )


@dataclass
class Outcome:
    tag: str
    doc: Document | None = None
    error: BaseException | None = None

    @property
    def kind(self) -> str:
        return "ok" if self.error is None else type(self.error).__name__


def race(actions: list[tuple[str, Callable[[], Document]]]) -> list[Outcome]:
    """Run every action in its own thread, all released at once; collect what each got."""
    barrier = threading.Barrier(len(actions), timeout=BARRIER_TIMEOUT)
    outcomes: list[Outcome] = []
    lock = threading.Lock()

    def run(tag: str, action: Callable[[], Document]) -> None:
        try:
            barrier.wait()
            result = Outcome(tag, doc=action())
        except BaseException as exc:  # everything is reported, nothing is lost in a thread
            result = Outcome(tag, error=exc)
        with lock:
            outcomes.append(result)

    threads = [
        threading.Thread(target=run, args=item, name=item[0], daemon=True) for item in actions
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=BARRIER_TIMEOUT * 2)
    assert not any(t.is_alive() for t in threads), "a racing thread never finished"
    assert len(outcomes) == len(actions)
    return outcomes


def describe(outcomes: list[Outcome]) -> str:
    lines = [f"outcomes: {dict(Counter(o.kind for o in outcomes))}"]
    seen: set[str] = set()
    for o in outcomes:
        if o.error is not None and not isinstance(o.error, StaleDocument):
            text = f"{o.kind}: {str(o.error)[:300]}"
            if text not in seen:
                seen.add(text)
                lines.append(text)
    return "\n".join(lines)


def warm_up(db: Engine, doc_id: int, user_id: int, n: int) -> None:
    """Open `n` pooled connections at once and compile the workflow before the race.

    Without this the race would also be a race to connect, which is not what is
    under test (the first-connect path is exercised by the other tests anyway).
    """
    services.available_actions(db, doc_id, user_id, today=TODAY)
    conns = [db.connect() for _ in range(n)]
    for c in conns:
        c.close()


# --- (a) many threads, same document, same version ---------------------------------------


def test_same_trigger_same_version_exactly_one_wins(world: World, racing_db: Engine) -> None:
    plan = new_plan(world)
    head = world.user("ld_a")
    warm_up(racing_db, plan.id, head, THREADS)

    def sign(i: int) -> Callable[[], Document]:
        return lambda: services.fire_transition(
            racing_db,
            plan.id,
            "sign",
            head,
            expected_version=plan.version,
            comment=f"Luồng {i} ký",
            today=TODAY,
        )

    outcomes = race([(f"Luồng {i} ký", sign(i)) for i in range(THREADS)])

    kinds = Counter(o.kind for o in outcomes)
    assert kinds == {"ok": 1, "StaleDocument": THREADS - 1}, describe(outcomes)
    winner = next(o for o in outcomes if o.error is None)
    history = services.document_history(world.db, plan.id, services.OPERATOR)
    assert len(history) == plan.version + 1  # exactly one new event
    assert history[-1].trigger == "sign" and history[-1].comment == winner.tag
    stored = services.get_document(world.db, plan.id, services.OPERATOR)
    assert stored.state == "signed" and stored.version == plan.version + 1
    assert stored == winner.doc  # what the winner was told is what was stored
    for loser in outcomes:
        if loser is not winner:
            assert "người khác" in str(loser.error)
    report = services.verify_audit(world.db)
    assert report.ok, report


def test_same_trigger_race_with_the_engines_default_pool(world: World) -> None:
    """The product's default pool (5 + 10 overflow) queues the 16th racer; nobody fails for it."""
    plan = new_plan(world)
    head = world.user("ld_a")
    db = same_database(world.db)  # make_engine's defaults, as the web app gets them
    try:
        outcomes = race(
            [
                (
                    f"#{i}",
                    lambda: services.fire_transition(
                        db, plan.id, "sign", head, expected_version=plan.version, today=TODAY
                    ),
                )
                for i in range(THREADS)
            ]
        )
    finally:
        db.dispose()
    assert Counter(o.kind for o in outcomes) == {"ok": 1, "StaleDocument": THREADS - 1}, describe(
        outcomes
    )
    assert len(services.document_history(world.db, plan.id, services.OPERATOR)) == plan.version + 1
    assert services.verify_audit(world.db).ok


# --- (c) no false conflicts, and a transition racing a field edit ------------------------


def test_races_on_different_documents_all_succeed(world: World, racing_db: Engine) -> None:
    plans = [
        new_plan(world, *(("XA_A", "cv_a") if i % 2 else ("XA_B", "cv_b"))) for i in range(THREADS)
    ]
    heads = {world.unit("XA_A"): world.user("ld_a"), world.unit("XA_B"): world.user("ld_b")}
    warm_up(racing_db, plans[0].id, heads[plans[0].unit_id], THREADS)

    def sign(p: Document) -> Callable[[], Document]:
        return lambda: services.fire_transition(
            racing_db, p.id, "sign", heads[p.unit_id], expected_version=p.version, today=TODAY
        )

    outcomes = race([(str(p.id), sign(p)) for p in plans])

    assert Counter(o.kind for o in outcomes) == {"ok": THREADS}, describe(outcomes)
    for p in plans:
        stored = services.get_document(world.db, p.id, services.OPERATOR)
        assert (stored.state, stored.version) == ("signed", p.version + 1)
        assert [
            e.trigger for e in services.document_history(world.db, p.id, services.OPERATOR)
        ] == [None, "sign"]
    assert services.verify_audit(world.db).ok


ROUNDS = 6  # each round is a fresh document; the winner varies, both cases are checked
EFFECT_ROUNDS = 10  # races through effects are narrower windows: more tries


def test_transition_racing_a_field_edit_on_the_same_version(
    world: World, racing_db: Engine
) -> None:
    officer, head = world.user("cv_a"), world.user("ld_a")
    warm_up(racing_db, new_plan(world).id, head, 2)
    winners: Counter[str] = Counter()
    for _ in range(ROUNDS):
        plan = new_plan(world)
        outcomes = race(
            [
                (
                    "sign",
                    lambda plan=plan: services.fire_transition(
                        racing_db, plan.id, "sign", head, expected_version=plan.version, today=TODAY
                    ),
                ),
                (
                    "edit",
                    lambda plan=plan: services.update_fields(
                        racing_db,
                        plan.id,
                        officer,
                        {"estimated_cost": "2.500.000"},
                        expected_version=plan.version,
                        today=TODAY,
                    ),
                ),
            ]
        )
        assert sorted(o.kind for o in outcomes) == ["StaleDocument", "ok"], describe(outcomes)
        winner = next(o for o in outcomes if o.error is None)
        winners[winner.tag] += 1
        stored = services.get_document(world.db, plan.id, services.OPERATOR)
        history = services.document_history(world.db, plan.id, services.OPERATOR)
        assert stored.version == len(history) == plan.version + 1
        if winner.tag == "sign":
            assert stored.state == "signed" and "estimated_cost" not in stored.fields
            assert history[-1].kind == "transition"
        else:
            assert stored.state == "draft" and stored.fields["estimated_cost"] == 2_500_000
            assert history[-1].kind == "edit"
        assert stored == winner.doc
    assert sum(winners.values()) == ROUNDS
    assert services.verify_audit(world.db).ok


def consolidated_pair(w: World, year: int) -> tuple[Document, Document]:
    """A unit plan consolidated into the provincial plan of `year` (its own year: isolated)."""
    plan = new_plan(w, year=year)
    for trigger, who in [("sign", "ld_a"), ("submit", "cv_a"), ("accept", "cv_svh")]:
        plan = services.fire_transition(
            w.db, plan.id, trigger, w.user(who), expected_version=plan.version, today=TODAY
        )
    parent = services.create_document(
        w.db,
        type_id="provincial_plan",
        unit_id=w.unit("SVH"),
        year=year,
        title=f"Kế hoạch TTĐN tỉnh {year}",
        user_id=w.user("cv_svh"),
        today=TODAY,
    )
    parent = services.fire_transition(
        w.db, parent.id, "consolidate", w.user("cv_svh"), expected_version=1, today=TODAY
    )
    plan = services.get_document(w.db, plan.id, services.OPERATOR)
    assert (plan.state, plan.parent_id, parent.state) == ("consolidated", parent.id, "consolidated")
    return plan, parent


def test_an_effect_racing_a_direct_action_on_the_same_document(
    world: World, racing_db: Engine
) -> None:
    """Reopening a child reopens its parent (an effect) while someone approves the parent.

    The two transactions write the same parent from two directions: directly
    (approve) and through an effect (the child's reopen cascades).  Exactly one
    wins; the other is told why (stale, or the parent can no longer be
    reopened) and leaves nothing behind.
    """
    coordinator, approver = world.user("cv_svh"), world.user("ld_ubnd")
    winners: Counter[str] = Counter()
    for year in range(2030, 2030 + EFFECT_ROUNDS):  # a year per round, within 1990-2100
        plan, parent = consolidated_pair(world, year)
        outcomes = race(
            [
                (
                    "reopen child",
                    lambda plan=plan: services.fire_transition(
                        racing_db,
                        plan.id,
                        "reopen",
                        coordinator,
                        expected_version=plan.version,
                        comment="Sai số liệu kinh phí",
                        today=TODAY,
                    ),
                ),
                (
                    "approve parent",
                    lambda parent=parent: services.fire_transition(
                        racing_db,
                        parent.id,
                        "approve",
                        approver,
                        expected_version=parent.version,
                        today=TODAY,
                    ),
                ),
            ]
        )
        kinds = sorted(o.kind for o in outcomes)
        assert kinds in (["StaleDocument", "ok"], ["GuardFailed", "ok"]), describe(outcomes)
        winner = next(o for o in outcomes if o.error is None)
        winners[winner.tag] += 1
        plan_now = services.get_document(world.db, plan.id, services.OPERATOR)
        parent_now = services.get_document(world.db, parent.id, services.OPERATOR)
        if winner.tag == "reopen child":
            assert (plan_now.state, plan_now.parent_id) == ("draft", None)
            assert parent_now.state == "drafting"
            assert parent_now.version == parent.version + 1
        else:
            assert (plan_now.state, plan_now.parent_id) == ("consolidated", parent.id)
            assert plan_now.version == plan.version
            assert (parent_now.state, parent_now.version) == ("approved", parent.version + 1)
    assert sum(winners.values()) == EFFECT_ROUNDS
    assert services.verify_audit(world.db).ok


@dataclass
class CrossRace:
    """A cascading action whose effect writes `contested`, and a direct action on it."""

    contested: Document
    cascade: Callable[[Engine], Document]
    direct: Callable[[Engine], Document]
    both_may_win: bool


def _child_reopen_vs_parent_approve(w: World) -> CrossRace:
    plan, parent = consolidated_pair(w, 2081)
    return CrossRace(
        contested=parent,
        cascade=lambda db: services.fire_transition(
            db,
            plan.id,
            "reopen",
            w.user("cv_svh"),
            expected_version=plan.version,
            comment="Sai số liệu kinh phí",
            today=TODAY,
        ),
        direct=lambda db: services.fire_transition(
            db,
            parent.id,
            "approve",
            w.user("ld_ubnd"),
            expected_version=parent.version,
            today=TODAY,
        ),
        both_may_win=False,  # an approved plan cannot be reopened by its child
    )


def _parent_consolidate_vs_child_return(w: World) -> CrossRace:
    plan = new_plan(w, year=2082)
    for trigger, who in [("sign", "ld_a"), ("submit", "cv_a"), ("accept", "cv_svh")]:
        plan = services.fire_transition(
            w.db, plan.id, trigger, w.user(who), expected_version=plan.version, today=TODAY
        )
    parent = services.create_document(
        w.db,
        type_id="provincial_plan",
        unit_id=w.unit("SVH"),
        year=2082,
        title="Kế hoạch TTĐN tỉnh 2082",
        user_id=w.user("cv_svh"),
        today=TODAY,
    )
    return CrossRace(
        contested=plan,
        cascade=lambda db: services.fire_transition(
            db,
            parent.id,
            "consolidate",
            w.user("cv_svh"),
            expected_version=parent.version,
            today=TODAY,
        ),
        direct=lambda db: services.fire_transition(
            db,
            plan.id,
            "return",
            w.user("cv_svh2"),
            expected_version=plan.version,
            comment="Thiếu số liệu",
            today=TODAY,
        ),
        # A returned (draft) plan does not stop consolidation, it is just not attached.
        both_may_win=True,
    )


@pytest.mark.postgres
@pytest.mark.parametrize(
    "setup",
    [_child_reopen_vs_parent_approve, _parent_consolidate_vs_child_return],
    ids=["child-reopen-cascades-to-parent", "parent-consolidation-cascades-to-child"],
)
def test_an_effect_racing_a_direct_action_in_the_worst_interleaving(
    pg_world: World, monkeypatch: pytest.MonkeyPatch, setup: Callable[[World], CrossRace]
) -> None:
    """A cascade and a direct action on the same document, in the interleaving that deadlocks.

    The direct action has loaded the contested document to change it (holding
    its row lock).  The cascade gets as far as the database lets it: with the
    engine as it should be, it waits for that row lock before writing anything
    there; otherwise it inserts the document's next event and waits inside that
    insert (the foreign-key check needs the row the direct action holds).  Only
    then does the direct action write its own event.  In the second case each
    transaction waits for the other and PostgreSQL kills one with "deadlock
    detected".  Whatever happens, a loser must get an answer (stale, or a guard
    saying why), never a database error.

    The direct action is held back, before it writes its event, until the
    cascade's session is blocked (or the cascade is over), which only the
    database can tell: `pg_stat_activity` is polled for it.
    """
    w = pg_world
    case = setup(w)
    contested = case.contested.id
    cascade_pid: list[int] = []
    cascade_done = threading.Event()
    real_append = store.append_event

    def cascade_blocked() -> bool:
        """Whether the cascade's session waits for a lock (only the direct action holds any)."""
        with w.db.connect().execution_options(isolation_level="AUTOCOMMIT") as admin:
            for _ in range(3000):  # a deadline of ~30 s, reached only if something is off
                if cascade_done.is_set():
                    return False
                if cascade_pid:
                    waiting = admin.exec_driver_sql(
                        "SELECT wait_event_type FROM pg_stat_activity "
                        f"WHERE pid = {cascade_pid[-1]}"
                    ).scalar()
                    if waiting == "Lock":
                        return True
                time.sleep(0.01)
        return False

    def append_event(conn: Any, doc: Document, **kw: Any) -> str:
        if threading.current_thread().name == "direct" and doc.id == contested:
            assert cascade_blocked(), "the cascade was expected to wait for the direct action"
        return real_append(conn, doc, **kw)

    def cascade() -> Document:
        try:
            return case.cascade(db)
        finally:
            cascade_done.set()

    db = same_database(w.db, pool_size=4, max_overflow=0)

    @sa_event.listens_for(db, "checkout")
    def _note_pid(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        if threading.current_thread().name == "cascade":
            cascade_pid.append(dbapi_conn.info.backend_pid)

    monkeypatch.setattr(store, "append_event", append_event)
    try:
        outcomes = race([("cascade", cascade), ("direct", lambda: case.direct(db))])
    finally:
        db.dispose()
    kinds = Counter(o.kind for o in outcomes)
    assert set(kinds) <= {"ok", "StaleDocument", "GuardFailed"}, describe(outcomes)
    if case.both_may_win:
        assert kinds["ok"] >= 1, describe(outcomes)
    else:
        assert kinds["ok"] == 1, describe(outcomes)
    assert services.verify_audit(w.db).ok


def test_reopening_two_children_of_one_parent_at_once_both_succeed(
    world: World, racing_db: Engine
) -> None:
    """Two coordinators each reopen one consolidated plan: different documents, no conflict.

    Both effects want the common parent reopened; the first reopens it, the
    second finds it already open and only detaches its child.  Neither is
    refused: not as stale (nobody changed *their* document), not because the
    parent "can no longer be reopened" (it is open).
    """
    for year in range(2050, 2050 + EFFECT_ROUNDS):  # a year per round, within 1990-2100
        plans = []
        for unit, officer, head in [("XA_A", "cv_a", "ld_a"), ("XA_B", "cv_b", "ld_b")]:
            plan = new_plan(world, unit, officer, year=year)
            for trigger, who in [("sign", head), ("submit", officer), ("accept", "cv_svh")]:
                plan = services.fire_transition(
                    world.db,
                    plan.id,
                    trigger,
                    world.user(who),
                    expected_version=plan.version,
                    today=TODAY,
                )
            plans.append(plan)
        parent = services.create_document(
            world.db,
            type_id="provincial_plan",
            unit_id=world.unit("SVH"),
            year=year,
            title=f"Kế hoạch TTĐN tỉnh {year}",
            user_id=world.user("cv_svh"),
            today=TODAY,
        )
        parent = services.fire_transition(
            world.db,
            parent.id,
            "consolidate",
            world.user("cv_svh"),
            expected_version=1,
            today=TODAY,
        )
        plans = [services.get_document(world.db, p.id, services.OPERATOR) for p in plans]
        assert {(p.state, p.parent_id) for p in plans} == {("consolidated", parent.id)}

        def reopen(plan: Document, who: str) -> Callable[[], Document]:
            return lambda: services.fire_transition(
                racing_db,
                plan.id,
                "reopen",
                world.user(who),
                expected_version=plan.version,
                comment=f"Bổ sung số liệu ({who})",
                today=TODAY,
            )

        outcomes = race([("A", reopen(plans[0], "cv_svh")), ("B", reopen(plans[1], "cv_svh2"))])
        assert Counter(o.kind for o in outcomes) == {"ok": 2}, describe(outcomes)
        for p in plans:
            now = services.get_document(world.db, p.id, services.OPERATOR)
            assert (now.state, now.parent_id) == ("draft", None)
        parent_now = services.get_document(world.db, parent.id, services.OPERATOR)
        assert parent_now.state == "drafting"
        reopened = [
            e
            for e in services.document_history(world.db, parent.id, services.OPERATOR)
            if e.trigger == "reopen"
        ]
        assert len(reopened) == 1  # reopened once, by whichever child came first
    assert services.verify_audit(world.db).ok


# --- (b) PostgreSQL: separate processes -------------------------------------------------------


def _racing_process(
    url: str,
    schema_path: str,
    doc_id: int,
    user_id: int,
    version: int,
    tag: str,
    barrier: Any,
    results: Any,
) -> None:
    """One racer in its own interpreter: own engine on the test schema (never dropped here)."""
    try:
        db = make_engine(url, connect_args={"options": f"-csearch_path={schema_path}"})
        try:
            services.available_actions(db, doc_id, user_id, today=TODAY)  # connect + compile
            barrier.wait(BARRIER_TIMEOUT)
            try:
                services.fire_transition(
                    db,
                    doc_id,
                    "sign",
                    user_id,
                    expected_version=version,
                    comment=tag,
                    today=TODAY,
                )
                results.put((tag, "ok", ""))
            except Exception as exc:
                results.put((tag, type(exc).__name__, str(exc)[:300]))
        finally:
            db.dispose()
    except BaseException as exc:  # report start-up failures too, instead of a silent hang
        results.put((tag, f"setup:{type(exc).__name__}", str(exc)[:300]))


@pytest.fixture
def pg_world(tmp_path: Path) -> Iterator[World]:
    engine = fresh_engine("postgresql", tmp_path)  # skips, saying why, without a URL
    schema.upgrade(engine)
    CACHE.clear()
    yield build_world(engine)
    engine.dispose()
    drop_postgres_schema()


@pytest.mark.postgres
@pytest.mark.slow
def test_processes_racing_on_postgresql_exactly_one_wins(pg_world: World) -> None:
    plan = new_plan(pg_world)
    url = pg_world.db.url.render_as_string(hide_password=False)
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(PROCESSES)
    results = ctx.Queue()
    racer = (url, search_path(pg_world.db), plan.id, pg_world.user("ld_a"), plan.version)
    procs = [
        ctx.Process(target=_racing_process, args=(*racer, f"Tiến trình {i}", barrier, results))
        for i in range(PROCESSES)
    ]
    got: list[tuple[str, str, str]] = []
    try:
        for p in procs:
            p.start()
        for _ in procs:
            got.append(results.get(timeout=BARRIER_TIMEOUT * 2))
    except queue.Empty:
        pytest.fail(f"only {len(got)} of {PROCESSES} racing processes reported: {got}")
    finally:
        for p in procs:
            p.join(timeout=BARRIER_TIMEOUT)
            if p.is_alive():
                p.kill()
                p.join()
    kinds = Counter(kind for _, kind, _ in got)
    problems = sorted(
        {f"{kind}: {text}" for _, kind, text in got if kind not in ("ok", "StaleDocument")}
    )
    assert kinds == {"ok": 1, "StaleDocument": PROCESSES - 1}, (kinds, problems)
    assert all(p.exitcode == 0 for p in procs)
    winner = next(tag for tag, kind, _ in got if kind == "ok")
    history = services.document_history(pg_world.db, plan.id, services.OPERATOR)
    assert len(history) == plan.version + 1
    assert history[-1].comment == winner
    assert services.get_document(pg_world.db, plan.id, services.OPERATOR).state == "signed"
    assert services.verify_audit(pg_world.db).ok
