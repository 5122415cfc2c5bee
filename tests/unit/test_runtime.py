"""The compiled `transitions` machine: a shared rulebook, never a per-document object."""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from transitions import MachineError

from engine import runtime, versions
from engine.db import read, workflow_versions
from engine.definitions import Definition, validate_paths
from engine.rules import CATALOGUE
from engine.runtime import CompiledWorkflow, WorkflowCache, compile_definition
from engine.services import OPERATOR
from tests.conftest import TESTLAND


@pytest.fixture(scope="module")
def definitions() -> dict[str, Definition]:
    loaded, problems = validate_paths([TESTLAND], catalogue=CATALOGUE)
    assert not problems, problems
    return {d.type: d for d in loaded}


@pytest.fixture
def unit_plan(definitions: dict[str, Definition]) -> CompiledWorkflow:
    return compile_definition(definitions["unit_plan"], version_id=7, version=3)


class Ctx:
    """The one thing the machine's condition asks of the context: do the guards pass?"""

    def __init__(self, passes: bool) -> None:
        self.passes = passes
        self.calls = 0

    def guards_pass(self) -> bool:
        self.calls += 1
        return self.passes


def paper(state: str) -> SimpleNamespace:
    """A stand-in document: the machine only reads and writes `.state`."""
    return SimpleNamespace(state=state)


def test_compiled_machine_mirrors_the_definition(
    definitions: dict[str, Definition], unit_plan: CompiledWorkflow
) -> None:
    definition = definitions["unit_plan"]
    assert (unit_plan.version_id, unit_plan.version) == (7, 3)
    assert unit_plan.definition is definition
    assert set(unit_plan.machine.states) == {s.id for s in definition.states}
    assert set(unit_plan.machine.events) == {t.trigger for t in definition.transitions}
    assert unit_plan.machine.initial == definition.initial_state


def test_no_auto_transitions_no_back_doors(definitions: dict[str, Definition]) -> None:
    for definition in definitions.values():
        machine = compile_definition(definition).machine
        for state in definition.states:
            assert f"to_{state.id}" not in machine.events
            assert not hasattr(machine, f"to_{state.id}")
        assert machine.models == []  # the machine is not its own model either


def test_fire_moves_state_when_guards_pass(unit_plan: CompiledWorkflow) -> None:
    doc, ctx = paper("draft"), Ctx(passes=True)
    assert unit_plan.fire(doc, "sign", ctx) is True
    assert doc.state == "signed" and ctx.calls == 1
    assert unit_plan.fire(doc, "submit", Ctx(passes=True)) is True
    assert doc.state == "submitted"


def test_fire_refused_by_guards_leaves_state(unit_plan: CompiledWorkflow) -> None:
    doc, ctx = paper("draft"), Ctx(passes=False)
    assert unit_plan.fire(doc, "sign", ctx) is False
    assert doc.state == "draft" and ctx.calls == 1


def test_a_transition_with_several_sources(unit_plan: CompiledWorkflow) -> None:
    for source in ("submitted", "accepted"):
        doc = paper(source)
        assert unit_plan.fire(doc, "return", Ctx(passes=True))
        assert doc.state == "draft"


@pytest.mark.parametrize(
    ("state", "trigger"),
    [("draft", "accept"), ("signed", "sign"), ("withdrawn", "submit"), ("accepted", "reopen")],
)
def test_invalid_trigger_from_state_raises_machine_error(
    unit_plan: CompiledWorkflow, state: str, trigger: str
) -> None:
    doc, ctx = paper(state), Ctx(passes=True)
    with pytest.raises(MachineError):
        unit_plan.fire(doc, trigger, ctx)
    assert doc.state == state
    assert ctx.calls == 0  # guards are not even asked


def test_no_model_is_ever_added_and_documents_get_no_attributes(
    unit_plan: CompiledWorkflow,
) -> None:
    machine = unit_plan.machine
    docs = [paper("draft") for _ in range(5)]
    for doc in docs:
        unit_plan.fire(doc, "sign", Ctx(passes=True))
        unit_plan.fire(doc, "submit", Ctx(passes=False))
        with pytest.raises(MachineError):
            unit_plan.fire(doc, "sign", Ctx(passes=True))
    assert machine.models == []
    for doc in docs:  # no trigger methods, is_<state>, may_<trigger> bolted on
        assert vars(doc) == {"state": "signed"}


# --- the cache --------------------------------------------------------------------------


@pytest.fixture
def stored(sqlite_db: Engine, definitions: dict[str, Definition]) -> dict[str, int]:
    """Version ids of the test pack's definitions, stored in a fresh database."""
    results = versions.load_definitions(sqlite_db, list(definitions.values()), actor=OPERATOR)
    assert {r.outcome for r in results} == {"created"}
    with read(sqlite_db) as conn:
        rows = conn.execute(sa.select(workflow_versions.c.type_id, workflow_versions.c.id))
        return {type_id: version_id for type_id, version_id in rows}


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every call of `compile_definition` made by the cache."""
    calls: list[Any] = []
    real = runtime.compile_definition

    def counting(definition: Definition, *args: Any, **kw: Any) -> CompiledWorkflow:
        calls.append((definition.type, args, kw))
        return real(definition, *args, **kw)

    monkeypatch.setattr(runtime, "compile_definition", counting)
    return calls


def test_cache_builds_each_version_once(
    sqlite_db: Engine, stored: dict[str, int], counted: list[Any]
) -> None:
    cache = WorkflowCache(CATALOGUE)
    version_id = stored["unit_plan"]
    with sqlite_db.connect() as conn:
        first = cache.get(conn, version_id)
        again = [cache.get(conn, version_id) for _ in range(5)]
        current = cache.current(conn, "testland", "unit_plan")
    assert all(c is first for c in again) and current is first
    assert len(counted) == 1
    assert first.version_id == version_id and first.definition.type == "unit_plan"

    with sqlite_db.connect() as conn:
        other = cache.get(conn, stored["press_visit"])
    assert other is not first and len(counted) == 2


def test_cache_clear_forgets(sqlite_db: Engine, stored: dict[str, int], counted: list[Any]) -> None:
    cache = WorkflowCache(CATALOGUE)
    with sqlite_db.connect() as conn:
        first = cache.get(conn, stored["unit_plan"])
        cache.clear()
        second = cache.get(conn, stored["unit_plan"])
    assert second is not first and len(counted) == 2


def test_cache_current_of_an_unknown_type_is_none(
    sqlite_db: Engine, stored: dict[str, int]
) -> None:
    with sqlite_db.connect() as conn:
        assert WorkflowCache(CATALOGUE).current(conn, "testland", "không_có") is None


def test_cache_hands_every_thread_the_same_object(
    sqlite_db: Engine, stored: dict[str, int]
) -> None:
    cache = WorkflowCache(CATALOGUE)
    n = 8
    barrier = threading.Barrier(n, timeout=30)
    got: list[CompiledWorkflow] = []
    lock = threading.Lock()

    def fetch() -> None:
        with sqlite_db.connect() as conn:
            barrier.wait()
            compiled = cache.get(conn, stored["unit_plan"])
        with lock:
            got.append(compiled)

    threads = [threading.Thread(target=fetch) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(got) == n and all(c is got[0] for c in got)
    with sqlite_db.connect() as conn:
        assert cache.get(conn, stored["unit_plan"]) is got[0]
