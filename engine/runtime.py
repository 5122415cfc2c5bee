"""Definitions compiled into `transitions` machines, one per stored version.

A machine is a rulebook shared by every document of that version: we build it
once, cache it by version id (versions are immutable), and fire events on the
document object without ever adding it to the machine (no per-document or
per-request machine, and nothing for the machine to keep a reference to).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from transitions import EventData, Machine

from engine.db import workflow_versions
from engine.definitions.canonical import from_canonical
from engine.definitions.catalogue import Catalogue
from engine.definitions.model import Definition
from engine.rules import CATALOGUE


def _guards_pass(event: EventData) -> bool:
    """The machine's only condition: every guard of the transition passes.

    The context runs all guards (not just up to the first refusal) and keeps
    their reasons; the service turns a False into a `GuardFailed` listing them.
    """
    return event.kwargs["ctx"].guards_pass() is True


@dataclass(frozen=True)
class CompiledWorkflow:
    version_id: int
    version: int
    definition: Definition
    machine: Machine

    def fire(self, document: Any, trigger: str, ctx: Any) -> bool:
        """Move `document.state` along `trigger` if the guards pass.

        Raises `transitions.MachineError` for a trigger not valid from the state.
        """
        return self.machine.events[trigger].trigger(document, ctx=ctx)


def compile_definition(
    definition: Definition, version_id: int = 0, version: int = 0
) -> CompiledWorkflow:
    transitions = [
        {
            "trigger": t.trigger,
            "source": source,
            "dest": t.dest,
            "conditions": [_guards_pass],
        }
        for t in definition.transitions
        for source in t.sources
    ]
    machine = Machine(
        model=None,
        states=[s.id for s in definition.states],
        initial=definition.initial_state,
        transitions=transitions,
        auto_transitions=False,  # no to_<state>() back doors
        ignore_invalid_triggers=False,
        send_event=True,
        name=f"{definition.pack}/{definition.type}",
    )
    return CompiledWorkflow(version_id, version, definition, machine)


class WorkflowCache:
    """Compiled versions, filled on first use, and the guards and effects they run.

    One per process (`CACHE`) or per application; tests may build their own
    with another catalogue.
    """

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._by_version: dict[int, CompiledWorkflow] = {}
        self._lock = threading.Lock()

    def get(self, conn: Connection, version_id: int) -> CompiledWorkflow:
        compiled = self._by_version.get(version_id)
        if compiled is not None:
            return compiled
        row = conn.execute(
            sa.select(workflow_versions.c.version, workflow_versions.c.content).where(
                workflow_versions.c.id == version_id
            )
        ).one()
        compiled = compile_definition(from_canonical(row.content), version_id, row.version)
        with self._lock:
            return self._by_version.setdefault(version_id, compiled)

    def current(self, conn: Connection, pack: str, type_id: str) -> CompiledWorkflow | None:
        version_id = conn.execute(
            sa.select(workflow_versions.c.id).where(
                workflow_versions.c.pack == pack,
                workflow_versions.c.type_id == type_id,
                workflow_versions.c.is_current.is_(True),
            )
        ).scalar()
        return None if version_id is None else self.get(conn, version_id)

    def clear(self) -> None:
        with self._lock:
            self._by_version.clear()


CACHE = WorkflowCache(CATALOGUE)
