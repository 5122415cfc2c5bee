"""What does a page cost? `document_view` and `inbox` per call, on a database with many documents.

    python bench/reads.py --docs 5000 --calls 200 \\
        --postgres postgresql://postgres@127.0.0.1:5432/test

Seeds the `current` demo province (as of 21/11/2026), then adds `--docs` unit
plans spread over its four communes and the provincial newspaper (drafts, so
each unit head has a quarter of them or so waiting to be signed), all through
the services.  Then, per database, times:

- `document_view` of a press visit under review (two-party sign-off, a history,
  a link-free document) as the security reviewer, and of a draft plan as its
  unit head;
- `inbox` of a unit head (hundreds of documents waiting) and of the
  coordinating department's officer (a few);
- `list_documents` as that unit head (visibility filtered in the database).

Each line gives the mean time per call, the statements per call (counted as the
query-count tests count them), and the process CPU time per call.  SQLite runs
on a file in a temporary folder; `--postgres URL` (or TTDN_BENCH_POSTGRES_URL)
adds PostgreSQL, in the schema `ttdn_bench_reads`, dropped and recreated.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# As in bench/transitions.py: this folder must not shadow the `transitions` package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

from engine import schema, services, versions  # noqa: E402
from engine.db import Precompiled, make_engine  # noqa: E402
from engine.definitions import validate_paths  # noqa: E402
from engine.demo import seed  # noqa: E402
from engine.rules import CATALOGUE  # noqa: E402
from engine.runtime import CACHE  # noqa: E402
from workflows import bundled_packs  # noqa: E402

DEMO_DAY = date(2026, 11, 21)
PG_SCHEMA = "ttdn_bench_reads"
AUTHORS = {  # unit code: (officer who drafts, head who signs)
    "LC_P_TANPHONG": ("cv.tanphong", "ld.tanphong"),
    "LC_X_PHONGTHO": ("cv.phongtho", "ld.phongtho"),
    "LC_X_SINHO": ("cv.sinho", "ld.sinho"),
    "LC_X_MUONGTE": ("cv.muongte", "ld.muongte"),
    "LC_BAO": ("cv.bao", "ld.bao"),
}


class Counter:
    def __init__(self, engine: Engine) -> None:
        self.count = 0
        sa.event.listen(engine, "before_cursor_execute", self._seen)
        original = Precompiled.execute
        counter = self

        def counted(self: Precompiled, conn: Any, params: dict[str, Any]) -> Any:
            counter.count += 1
            return original(self, conn, params)

        Precompiled.execute = counted  # type: ignore[method-assign]

    def _seen(self, *_: Any) -> None:
        self.count += 1


def populate(engine: Engine, docs: int) -> None:
    current = next(p for p in bundled_packs() if p.name == "current")
    definitions, problems = validate_paths([current], catalogue=CATALOGUE)
    if problems:
        raise SystemExit("\n".join(map(str, problems)))
    versions.load_definitions(engine, definitions)
    seed(engine, current, today=DEMO_DAY)
    units = {code: services.unit_by_code(engine, code).id for code in AUTHORS}
    authors = {code: services.user_by_name(engine, a).id for code, (a, _) in AUTHORS.items()}
    codes = list(AUTHORS)
    with engine.connect() as conn, conn.begin():  # one transaction; each create a savepoint
        for i in range(docs):
            code = codes[i % len(codes)]
            services.create_document(
                conn,
                type_id="unit_plan",
                unit_id=units[code],
                year=2027 + i % 3,
                title=f"Kế hoạch thông tin đối ngoại số {i}",
                user_id=authors[code],
                fields={"summary": "Nội dung", "estimated_cost": 100_000_000 + i},
                today=DEMO_DAY,
            )


def timed(label: str, call: Callable[[], Any], calls: int, counter: Counter) -> None:
    call()  # warm: compiled definitions and statements are cached per process
    counter.count = 0
    call()
    statements = counter.count
    cpu0, t0 = time.process_time(), time.perf_counter()
    for _ in range(calls):
        result = call()
    wall = (time.perf_counter() - t0) / calls
    cpu = (time.process_time() - cpu0) / calls
    size = len(result) if isinstance(result, list) else len(result.history)
    print(
        f"  {label:<44} {wall * 1000:8.2f} ms/call  {statements:3d} statements  "
        f"cpu {cpu * 1000:6.2f} ms  ({size} rows)"
    )


def run(engine: Engine, name: str, docs: int, calls: int) -> None:
    CACHE.clear()
    schema.upgrade(engine)
    t0 = time.perf_counter()
    populate(engine, docs)
    total = len(services.list_documents(engine, services.OPERATOR))
    print(f"{name}: {total} documents (seeded in {time.perf_counter() - t0:.1f} s)")
    counter = Counter(engine)
    visit = next(
        d
        for d in services.list_documents(engine, services.OPERATOR, type_id="press_visit")
        if d.state == "under_review"
    )
    reviewer = services.user_by_name(engine, "cb.cat").id
    head = services.user_by_name(engine, "ld.tanphong").id
    coordinator = services.user_by_name(engine, "cv.svhttdl").id
    draft = services.list_documents(engine, head, state="draft", today=DEMO_DAY)[-1]
    timed(
        "document_view (press visit, reviewer)",
        lambda: services.document_view(engine, visit.id, reviewer, today=DEMO_DAY),
        calls,
        counter,
    )
    timed(
        "document_view (draft plan, unit head)",
        lambda: services.document_view(engine, draft.id, head, today=DEMO_DAY),
        calls,
        counter,
    )
    timed(
        "inbox (unit head)",
        lambda: services.inbox(engine, head, today=DEMO_DAY),
        max(calls // 10, 5),
        counter,
    )
    timed(
        "inbox (coordinating officer)",
        lambda: services.inbox(engine, coordinator, today=DEMO_DAY),
        calls,
        counter,
    )
    timed(
        "list_documents (unit head)",
        lambda: services.list_documents(engine, head, today=DEMO_DAY),
        max(calls // 10, 5),
        counter,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5_000, help="plans added (default 5000)")
    parser.add_argument("--calls", type=int, default=200, help="calls timed (default 200)")
    parser.add_argument(
        "--postgres",
        default=os.environ.get("TTDN_BENCH_POSTGRES_URL"),
        help="also run on this PostgreSQL database (schema ttdn_bench_reads)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/reads.sqlite3")
        run(engine, "SQLite", args.docs, args.calls)
        engine.dispose()
    if args.postgres:
        admin = make_engine(args.postgres)
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")
            conn.exec_driver_sql(f"CREATE SCHEMA {PG_SCHEMA}")
        admin.dispose()
        engine = make_engine(args.postgres, connect_args={"options": f"-csearch_path={PG_SCHEMA}"})
        run(engine, "PostgreSQL", args.docs, args.calls)
        engine.dispose()
        admin = make_engine(args.postgres)
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")
        admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
