"""What does the engine cost per persisted transition, next to the bare database work?

    /work/venv/bin/python bench/transitions.py --n 10000 --docs 1000 \\
        --postgres postgresql://postgres@127.0.0.1:5432/test

The engine side fires N transitions through `engine.services.fire_transition`,
each with the version the caller last saw, round-robin over many documents of
the `bench/benchland` definition (draft -> submitted -> approved -> draft, so one
document takes many transitions).  Each is the product's whole write path: one
transaction, the document read, the user's active flag and grants, the role in
the document's unit, the guards (required fields; separation of duties, which
reads the history; an amount limit), the hash-chained event, the
version-checked UPDATE.

The bare side does, with the standard library's `sqlite3` on a copy of the same
file database (same schema, indexes and foreign keys) and the same connection
settings (WAL, foreign_keys, busy_timeout, synchronous), the least a transition
must write: BEGIN IMMEDIATE; one version-checked UPDATE of the document; one
INSERT of an event row; COMMIT.  No reads, no checks, no hashing.

Both sides run at synchronous=NORMAL (a commit does not wait for the disk, so
the difference is the engine's own cost) and at FULL (the product's default:
every commit waits for the disk).  `--postgres URL` (or the environment variable
TTDN_BENCH_POSTGRES_URL) adds the engine's and a bare psycopg rate on
PostgreSQL, in the schema `ttdn_bench`, dropped and recreated.

Each rate line ends with the process's CPU time per transition, to tell a busy
machine from a slow engine.  The last line is `ratio: X.X`: the engine's time
per transition divided by the bare one, both at synchronous=NORMAL.  See
docs/performance.md for figures and how to read them.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import platform
import pstats
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Run as a script, this file's folder comes first on sys.path, and this file's
# name would shadow the `transitions` package the engine uses: take it off.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from engine import schema, services, versions  # noqa: E402
from engine.db import make_engine  # noqa: E402
from engine.definitions import load_pack  # noqa: E402
from engine.rules import CATALOGUE  # noqa: E402
from engine.runtime import WorkflowCache  # noqa: E402

PACK_DIR = HERE / "benchland"
PACK = PACK_DIR.name
TYPE = "review_cycle"
PG_SCHEMA = "ttdn_bench"
PG_ENV = "TTDN_BENCH_POSTGRES_URL"
YEAR = date.today().year
PASSWORD = "bench-password"
UNITS = [
    {
        "code": "BENCH",
        "name": "Tỉnh thử tải",
        "kind": "province",
        "children": [{"code": "BENCH_A", "name": "Đơn vị thử tải A", "kind": "department"}],
    }
]
USERS = {"officer": "unit_officer", "head": "unit_head"}  # name: role in BENCH_A
# The cycle every document goes round, and who fires each step.
CYCLE = [("submit", "officer"), ("approve", "head"), ("reopen", "officer")]
NEXT_STATE = {"draft": "submitted", "submitted": "approved", "approved": "draft"}

Step = tuple[int, str, int]  # document, trigger, user


@dataclass
class World:
    docs: list[int]  # the measured documents
    warm: int  # one more document, for the warm-up round
    users: dict[str, int]
    unit_id: int
    version_id: int


@dataclass
class Timing:
    wall: float  # seconds: what the rates and the ratio are computed from
    cpu: float  # this process's CPU seconds over the same span


@dataclass
class Result:
    label: str
    n: int
    seconds: float
    cpu: float

    @property
    def per(self) -> float:
        return self.seconds / self.n

    def line(self) -> str:
        return (
            f"{self.label}: {self.n:,} transitions in {self.seconds:.2f} s = "
            f"{self.per * 1e6:,.0f} µs/transition ({self.n / self.seconds:,.0f}/s)"
            f" [cpu {self.cpu / self.n * 1e6:,.0f} µs]"
        )


@contextlib.contextmanager
def clock() -> Iterator[Timing]:
    timing = Timing(0.0, 0.0)
    wall, cpu = time.perf_counter(), time.process_time()
    yield timing
    timing.wall, timing.cpu = time.perf_counter() - wall, time.process_time() - cpu


# --- setting up a database -------------------------------------------------------


def populate(engine: sa.Engine, n_docs: int) -> World:
    """Migrate, load the bench definition, create the units, two users and the documents."""
    schema.upgrade(engine)
    versions.load_definitions(
        engine, load_pack(PACK_DIR, catalogue=CATALOGUE), actor=services.OPERATOR
    )
    services.import_units(engine, UNITS, actor=services.OPERATOR, pack=PACK)
    users: dict[str, int] = {}
    for name, role in USERS.items():
        users[name] = services.add_user(
            engine,
            actor=services.OPERATOR,
            username=f"bench_{name}",
            password=PASSWORD,
            full_name=f"Bench {name}",
        )
        services.grant_role(
            engine,
            actor=services.OPERATOR,
            username=f"bench_{name}",
            role=role,
            unit_code="BENCH_A",
        )
    unit_id = services.unit_by_code(engine, "BENCH_A").id
    cache = WorkflowCache(CATALOGUE)
    ids = []
    for i in range(n_docs + 1):
        doc = services.create_document(
            engine,
            type_id=TYPE,
            unit_id=unit_id,
            year=YEAR,
            title=f"Hồ sơ thử tải số {i + 1}",
            user_id=users["officer"],
            fields={"subject": "Nội dung thử tải", "amount": 1_000_000},
            cache=cache,
        )
        ids.append(doc.id)
    return World(ids[:-1], ids[-1], users, unit_id, doc.workflow_version_id)


def plan(world: World, n: int) -> list[Step]:
    """n transitions, round-robin over the documents: each goes round the cycle."""
    steps: list[Step] = []
    round_ = 0
    while len(steps) < n:
        trigger, who = CYCLE[round_ % len(CYCLE)]
        for doc_id in world.docs[: n - len(steps)]:
            steps.append((doc_id, trigger, world.users[who]))
        round_ += 1
    return steps


def warm_up_steps(world: World) -> list[Step]:
    return [(world.warm, trigger, world.users[who]) for trigger, who in CYCLE]


# --- the engine side -------------------------------------------------------------


def run_engine(
    engine: sa.Engine,
    world: World,
    steps: list[Step],
    wrap: Callable[[Callable[[], None]], None] | None = None,
) -> Timing:
    """Fire `steps` through the service, each with the version last seen."""
    cache = WorkflowCache(CATALOGUE)  # version ids restart in every fresh database
    seen = {doc_id: 1 for doc_id in [*world.docs, world.warm]}  # after the create event

    def fire(batch: list[Step]) -> None:
        for doc_id, trigger, user_id in batch:
            doc = services.fire_transition(
                engine, doc_id, trigger, user_id, expected_version=seen[doc_id], cache=cache
            )
            seen[doc_id] = doc.version

    fire(warm_up_steps(world))
    with clock() as timing:
        if wrap is None:
            fire(steps)
        else:
            wrap(lambda: fire(steps))
    # Outside the clock: the work was really done, and the history is intact.
    report = services.verify_audit(engine)
    expected = len(world.docs) + 1 + len(CYCLE) + len(steps)  # creations, warm-up, steps
    if not report.ok or report.events != expected:
        raise SystemExit(f"engine run is wrong: {report} (expected {expected} events)")
    return timing


# --- reads, per call ----------------------------------------------------------------

ReadCall = Callable[[sa.Engine, World, int], object]


def read_calls() -> list[tuple[str, ReadCall]]:
    """The read services timed per call, on each database, after the engine's runs.

    Each call gets one of the benchmark's documents in turn, read as the unit
    head (`world.users` holds the officer and the head).  bench/reads.py times
    the read model and the inbox over a whole demo province too.
    """

    def head(world: World) -> int:
        return world.users["head"]

    return [
        ("get_document", lambda db, w, doc_id: services.get_document(db, doc_id, head(w))),
        (
            "document_history",
            lambda db, w, doc_id: services.document_history(db, doc_id, head(w)),
        ),
        ("document_view", lambda db, w, doc_id: services.document_view(db, doc_id, head(w))),
        ("inbox", lambda db, w, _doc_id: services.inbox(db, head(w))),
    ]


def measure_reads(engine: sa.Engine, world: World, n: int) -> list[str]:
    """One line per read service: wall and CPU time per call, over `n` calls."""
    lines = []
    for label, call in read_calls() if n > 0 else []:
        call(engine, world, world.docs[0])  # warm: the first call compiles statements
        with clock() as timing:
            for i in range(n):
                call(engine, world, world.docs[i % len(world.docs)])
        lines.append(
            f"read {label} {engine.dialect.name}: {n:,} calls, "
            f"{timing.wall / n * 1e6:,.0f} µs/call [cpu {timing.cpu / n * 1e6:,.0f} µs]"
        )
    return lines


# --- the bare side ---------------------------------------------------------------

UPDATE = (
    "UPDATE documents SET state = {p}, version = version + 1, last_hash = {p}, "
    "state_entered_at = {p}, updated_at = {p} WHERE id = {p} AND version = {p}"
)
INSERT = (
    "INSERT INTO events (document_id, seq, kind, trigger, from_state, to_state, actor_id, "
    "role, unit_id, on_behalf_of_id, comment, changes, at, workflow_version_id, prev_hash, hash) "
    "VALUES ({p}, {p}, 'transition', {p}, {p}, {p}, {p}, {p}, {p}, NULL, NULL, '{{}}', {p}, "
    "{p}, {p}, {p})"
)
AT = "2026-01-01 00:00:00.000000"
DIGEST = "0" * 64


class BareRun:
    """The bare side's writes, for any DBAPI cursor with the given placeholder."""

    def __init__(self, world: World, placeholder: str) -> None:
        self.world = world
        self.update, self.insert = UPDATE.format(p=placeholder), INSERT.format(p=placeholder)
        self.roles = {world.users[name]: role for name, role in USERS.items()}
        self.docs = {doc_id: ("draft", 1) for doc_id in [*world.docs, world.warm]}

    def write(self, cur: Any, step: Step) -> None:
        doc_id, trigger, user_id = step
        from_state, seen = self.docs[doc_id]
        to_state = NEXT_STATE[from_state]
        cur.execute(self.update, (to_state, DIGEST, AT, AT, doc_id, seen))
        if cur.rowcount != 1:
            raise SystemExit(f"bare run is wrong: document {doc_id} moved")
        cur.execute(
            self.insert,
            (
                doc_id,
                seen + 1,
                trigger,
                from_state,
                to_state,
                user_id,
                self.roles[user_id],
                self.world.unit_id,
                AT,
                self.world.version_id,
                DIGEST,
                DIGEST,
            ),
        )
        self.docs[doc_id] = (to_state, seen + 1)


def run_bare_sqlite(path: Path, world: World, steps: list[Step], sync: str) -> Timing:
    con = sqlite3.connect(path, isolation_level=None)  # we issue BEGIN and COMMIT ourselves
    for pragma in (
        "journal_mode=WAL",
        "foreign_keys=ON",
        f"synchronous={sync}",
        "busy_timeout=30000",
    ):
        con.execute(f"PRAGMA {pragma}")
    bare = BareRun(world, "?")
    cur = con.cursor()

    def run(batch: list[Step]) -> None:
        for step in batch:
            cur.execute("BEGIN IMMEDIATE")
            bare.write(cur, step)
            cur.execute("COMMIT")

    run(warm_up_steps(world))
    with clock() as timing:
        run(steps)
    con.close()
    return timing


def run_bare_postgres(url: str, world: World, steps: list[Step]) -> Timing:
    import psycopg

    bare = BareRun(world, "%s")
    url = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(url, options=f"-csearch_path={PG_SCHEMA}") as con:
        cur = con.cursor()

        def run(batch: list[Step]) -> None:
            for step in batch:
                bare.write(cur, step)  # psycopg begins the transaction itself
                con.commit()

        run(warm_up_steps(world))
        with clock() as timing:
            run(steps)
    return timing


# --- databases -----------------------------------------------------------------------


@contextlib.contextmanager
def sqlite_engine(path: Path, sync: str) -> Iterator[sa.Engine]:
    engine = make_engine(f"sqlite:///{path}", sqlite_synchronous=sync)
    try:
        yield engine
    finally:
        engine.dispose()


def _reset_postgres_schema(url: str, create: bool) -> None:
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")
        if create:
            conn.exec_driver_sql(f"CREATE SCHEMA {PG_SCHEMA}")
    admin.dispose()


@contextlib.contextmanager
def postgres_engine(url: str) -> Iterator[sa.Engine]:
    """An engine working in a fresh, empty schema `ttdn_bench`."""
    _reset_postgres_schema(url, create=True)
    engine = make_engine(url, connect_args={"options": f"-csearch_path={PG_SCHEMA}"})
    try:
        yield engine
    finally:
        engine.dispose()


# --- profiling ------------------------------------------------------------------------


def profiled(out: Path, tool: str) -> Callable[[Callable[[], None]], None]:
    """Run the work under cProfile (standard library) or pyinstrument (if installed)."""

    def wrap(work: Callable[[], None]) -> None:
        if tool == "pyinstrument":
            from pyinstrument import Profiler  # optional: pip install pyinstrument

            profiler = Profiler(interval=0.0001)
            profiler.start()
            work()
            profiler.stop()
            out.write_text(profiler.output_text(unicode=True, show_all=False))
            return
        prof = cProfile.Profile()
        prof.runcall(work)
        text = io.StringIO()
        stats = pstats.Stats(prof, stream=text).strip_dirs()
        text.write("=== by own time ===\n")
        stats.sort_stats("tottime").print_stats(40)
        text.write("=== by cumulative time ===\n")
        stats.sort_stats("cumulative").print_stats(60)
        out.write_text(text.getvalue())

    return wrap


# --- main ------------------------------------------------------------------------------


def best(label: str, n: int, timings: list[Timing]) -> Result:
    """The fastest of the repeated runs (the others lost time to something else)."""
    fastest = min(timings, key=lambda t: t.wall)
    return Result(label, n, fastest.wall, fastest.cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="transitions per run (default 10000)")
    parser.add_argument("--docs", type=int, default=1_000, help="documents (default 1000)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of each side at NORMAL and on PostgreSQL, each on a fresh copy; "
        "the fastest counts (default 3; FULL runs once)",
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get(PG_ENV),
        help=f"PostgreSQL URL (default ${PG_ENV}); schema {PG_SCHEMA} is recreated",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="also profile one engine run at NORMAL; write the summary to FILE",
    )
    parser.add_argument("--profiler", choices=("cprofile", "pyinstrument"), default="cprofile")
    parser.add_argument(
        "--reads",
        type=int,
        default=1_000,
        help="calls of each read service timed per database (default 1000; 0 skips)",
    )
    parser.add_argument(
        "--dir", type=Path, help="where to put the database files (default: a temporary directory)"
    )
    parser.add_argument(
        "--only",
        choices=("NORMAL", "FULL"),
        action="append",
        help="run only this synchronous setting (NORMAL always runs)",
    )
    args = parser.parse_args(argv)
    if args.n < 1 or args.docs < 1 or args.repeat < 1 or args.reads < 0:
        parser.error("--n, --docs and --repeat must be positive, --reads not negative")
    settings = ["NORMAL"] + (["FULL"] if not args.only or "FULL" in args.only else [])

    print(
        f"python {platform.python_version()}, SQLAlchemy {sa.__version__}, "
        f"sqlite {sqlite3.sqlite_version}, {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    results: dict[str, Result] = {}
    with tempfile.TemporaryDirectory(prefix="ttdn-bench-", dir=args.dir) as tmp:
        tmpdir = Path(tmp)
        template = tmpdir / "template.sqlite3"
        print(f"setting up {args.docs:,} documents in {template} ...", flush=True)
        with sqlite_engine(template, "NORMAL") as engine:
            world = populate(engine, args.docs)
        # Disposing of the engine checkpointed the WAL into the file: copies are whole.
        steps = plan(world, args.n)

        def fresh(name: str) -> Path:
            path = tmpdir / f"{name}.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(template, path)
            return path

        for sync in settings:
            bare_times, engine_times = [], []
            for _ in range(args.repeat if sync == "NORMAL" else 1):
                bare_times.append(run_bare_sqlite(fresh(f"bare-{sync}"), world, steps, sync))
                with sqlite_engine(fresh(f"engine-{sync}"), sync) as engine:
                    engine_times.append(run_engine(engine, world, steps))
            for label, times in (
                (f"bare sqlite {sync}", bare_times),
                (f"engine sqlite {sync}", engine_times),
            ):
                results[label] = best(label, len(steps), times)
                print(results[label].line(), flush=True)

        with sqlite_engine(fresh("reads"), "NORMAL") as engine:
            for line in measure_reads(engine, world, args.reads):
                print(line, flush=True)

        if args.profile:
            with sqlite_engine(fresh("profile"), "NORMAL") as engine:
                timing = run_engine(
                    engine, world, steps, wrap=profiled(args.profile, args.profiler)
                )
            print(
                f"profile of one engine sqlite NORMAL run ({timing.wall:.2f} s under the "
                f"profiler) written to {args.profile}",
                flush=True,
            )

    if args.postgres:
        engine_times, bare_times = [], []
        try:
            # Like NORMAL: alternating runs, each in a freshly filled schema; the
            # fastest counts on each side.
            for run in range(args.repeat):
                with postgres_engine(args.postgres) as engine:
                    world = populate(engine, args.docs)
                    engine_times.append(run_engine(engine, world, plan(world, args.n)))
                    if run == 0:
                        for line in measure_reads(engine, world, args.reads):
                            print(line, flush=True)
                with postgres_engine(args.postgres) as engine:
                    world = populate(engine, args.docs)
                bare_times.append(run_bare_postgres(args.postgres, world, plan(world, args.n)))
        finally:
            _reset_postgres_schema(args.postgres, create=False)
        for label, times in (("bare postgresql", bare_times), ("engine postgresql", engine_times)):
            results[label] = best(label, args.n, times)
            print(results[label].line(), flush=True)
        pg = results["engine postgresql"].per / results["bare postgresql"].per
        print(f"ratio postgresql (engine/bare): {pg:.1f}")

    if "FULL" in settings:
        full = results["engine sqlite FULL"].per / results["bare sqlite FULL"].per
        print(f"ratio sqlite FULL (engine/bare): {full:.1f}")
    ratio = results["engine sqlite NORMAL"].per / results["bare sqlite NORMAL"].per
    print(f"ratio: {ratio:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
