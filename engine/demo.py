"""Seed a demo province from a pack's organisation.yaml and demo.yaml.

Everything goes through the service layer, as an officer's clicks would: the
history of a demo document is a real, verifiable history.

Seeding is all or nothing: every service runs on one connection inside one
transaction (each service's own unit of work becomes a savepoint of it), so a
step the pack's rules refuse half-way leaves no unit, user, document or
definition version behind, and running the demo again after fixing the pack
starts from a clean slate.  Whether a pack's demo was seeded is a row of the
`markers` table (`demo:<pack>`), written in that same transaction.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from engine import services, versions
from engine.clock import in_vietnam
from engine.db import Database, UnitOfWork, markers
from engine.definitions import Definition
from engine.errors import EngineError
from engine.messages import Message
from engine.organisation import OrganisationError, load_demo, load_organisation
from engine.rules import CATALOGUE
from engine.runtime import CACHE, WorkflowCache
from engine.services.admin import Acting
from engine.store import utcnow
from workflows import bundled_packs, pack_path

# Published in the README; `authenticate` refuses it outside demo mode.
DEMO_PASSWORD = "demo-ttdn-2026"


@dataclass
class DemoReport:
    pack: str
    province: str
    users: list[str] = field(default_factory=list)
    documents: int = 0
    actions: int = 0
    already_seeded: bool = False
    seeded_at: str | None = None  # when the marker was written (already seeded)


class DemoError(EngineError):
    """A demo step the pack's own rules refuse (a bug in the pack's files), or no such pack."""


def marker_key(pack: str) -> str:
    return f"demo:{pack}"


# --- which pack ------------------------------------------------------------------------


def resolve_pack(spec: str | Path) -> Path:
    """A bundled pack by bare name (`current`), or a pack folder kept anywhere (`./my_pack`).

    A bare name always means a bundled pack, so that `ttdn demo --pack current` does
    not change meaning with the working directory; a folder is written as a path.
    """
    text = str(spec)
    bundled = [p.name for p in bundled_packs()]
    is_name = os.sep not in text and "/" not in text and text not in (".", "..")
    folder = pack_path(text) if is_name else Path(text)
    if is_name and text not in bundled:
        raise DemoError(Message("pack.unknown", {"pack": text, "bundled": bundled}))
    if not (folder / "organisation.yaml").is_file():
        raise DemoError(Message("pack.not_a_pack", {"path": text, "bundled": bundled}))
    return Path(os.path.abspath(folder))


# --- seeding ---------------------------------------------------------------------------


def seed(
    db: Database,
    pack_dir: Path,
    *,
    definitions: list[Definition] | None = None,
    today: date | None = None,
    cache: WorkflowCache = CACHE,
    actor: Acting = services.OPERATOR,
) -> DemoReport:
    """Seed the pack's demo province in one transaction, unless its marker says it was.

    `definitions` (if given) are loaded as versions in the same transaction first.
    `actor` is who the admin log records for the units, users and versions.
    `db` may be an engine or a connection (then the demo is a savepoint of the
    caller's transaction; a caller that rolls it back clears `cache` too).  Raises
    DemoError naming the file and the step refused; nothing is kept then.
    """
    pack_dir = Path(os.path.abspath(pack_dir))
    pack = pack_dir.name
    # Files are read before the transaction opens: no lock is held while parsing.
    org = load_organisation(pack_dir / "organisation.yaml", catalogue=CATALOGUE)
    demo_file = pack_dir / "demo.yaml"
    demo = load_demo(demo_file, catalogue=CATALOGUE) if demo_file.exists() else None
    try:
        with UnitOfWork(db) as uow:
            conn = uow.conn
            seeded_at = _claim_marker(conn, pack)
            if seeded_at is not None:
                return DemoReport(pack, org.province, already_seeded=True, seeded_at=seeded_at)
            if definitions:
                versions.load_definitions(conn, definitions, actor=actor)
            report = DemoReport(pack, org.province)
            _Seeder(conn, pack_dir, demo_file, today, report, actor).run(org, demo)
            conn.execute(
                markers.update()
                .where(markers.c.key == marker_key(pack))
                .values(
                    value={
                        "pack": pack,
                        "folder": str(pack_dir),
                        "users": len(report.users),
                        "documents": report.documents,
                        "actions": report.actions,
                    }
                )
            )
            uow.commit()
            return report
    except BaseException:
        # Version ids written in the rolled-back transaction may be handed out again
        # (SQLite reuses them): nothing compiled from them may stay cached.
        cache.clear()
        raise


def _claim_marker(conn: Connection, pack: str) -> str | None:
    """Write the pack's marker now (first, so a concurrent seeding of the same pack waits
    on it and then sees it); returns when it was written if it already was."""
    key = marker_key(pack)
    found = conn.execute(sa.select(markers.c.created_at).where(markers.c.key == key)).first()
    if found is not None:
        return in_vietnam(found.created_at).strftime("%d/%m/%Y %H:%M")
    savepoint = conn.begin_nested()
    try:
        conn.execute(markers.insert().values(key=key, value={"pack": pack}, created_at=utcnow()))
    except IntegrityError:
        savepoint.rollback()  # another process seeded it meanwhile
        return "?"
    savepoint.commit()
    return None


class _Seeder:
    """The steps of one demo, each refusal turned into a DemoError that says where."""

    def __init__(
        self,
        conn: Connection,
        pack_dir: Path,
        demo_file: Path,
        today: date | None,
        report: DemoReport,
        actor: Acting,
    ) -> None:
        self.conn = conn
        self.actor = actor
        self.pack_dir = pack_dir
        self.demo_file = demo_file
        self.today = today
        self.report = report
        self.user_ids: dict[str, int] = {}
        self.keys: dict[str, int] = {}

    @contextmanager
    def step(self, file: Path, path: tuple[str | int, ...], what: str) -> Iterator[None]:
        try:
            yield
        except DemoError:
            raise
        except (EngineError, KeyError) as exc:
            if isinstance(exc, EngineError):
                reason, details = exc.message, exc.details
            else:  # a document key no earlier entry of demo.yaml defines
                reason, details = Message("invalid_input", {"problem": f"key {exc}"}), []
            where = f"{file}:{_line_of(file, path)}"
            raise DemoError(
                Message(
                    "demo.step_refused",
                    {"where": where, "step": f"{_dotted(path)} ({what})", "reason": reason},
                ),
                *details,
            ) from exc

    def run(self, org: Any, demo: dict[str, Any] | None) -> None:
        org_file = self.pack_dir / "organisation.yaml"
        with self.step(org_file, ("units",), "units"):
            services.import_units(
                self.conn,
                org.units,
                actor=self.actor,
                pack=self.report.pack,
                ceilings=org.ceilings,
            )
        for i, u in enumerate(org.users):
            name = u["username"]
            with self.step(org_file, ("users", i), name):
                self.user_ids[name] = services.add_user(
                    self.conn,
                    actor=self.actor,
                    username=name,
                    password=DEMO_PASSWORD,
                    full_name=u["full_name"],
                    title=u.get("title", ""),
                    is_demo=True,
                )
                for grant in u.get("roles") or []:
                    services.grant_role(
                        self.conn,
                        actor=self.actor,
                        username=name,
                        role=grant["role"],
                        unit_code=grant["unit"],
                    )
            self.report.users.append(name)
        if demo is None:
            return
        for i, d in enumerate(demo.get("delegations") or []):
            with self.step(self.demo_file, ("delegations", i), f"{d['from']} → {d['to']}"):
                services.delegate(
                    self.conn,
                    actor=self.actor,
                    principal=d["from"],
                    delegate_to=d["to"],
                    role=d["role"],
                    unit_code=d["unit"],
                    starts_on=date.fromisoformat(str(d["starts"])),
                    ends_on=date.fromisoformat(str(d["ends"])),
                )
        default_year = int(demo.get("year") or date.today().year)
        for i, spec in enumerate(demo.get("documents") or []):
            self.create(i, spec, default_year)
            for j, s in enumerate(spec.get("steps") or []):
                self.fire(("documents", i, "steps", j), spec["key"], s)
        for i, a in enumerate(demo.get("actions") or []):
            self.fire(("actions", i), a["doc"], a)

    def user(self, name: str) -> int:
        if name not in self.user_ids:
            self.user_ids[name] = services.user_by_name(self.conn, name).id
        return self.user_ids[name]

    def create(self, i: int, spec: dict[str, Any], default_year: int) -> None:
        with self.step(self.demo_file, ("documents", i), f"{spec.get('key')}: create"):
            unit = services.unit_by_code(self.conn, spec["unit"])
            links = {name: self.keys[ref] for name, ref in (spec.get("links") or {}).items()}
            doc = services.create_document(
                self.conn,
                type_id=spec["type"],
                unit_id=unit.id,
                year=int(spec.get("year", default_year)),
                title=spec["title"],
                user_id=self.user(spec["as"]),
                fields=spec.get("fields") or {},
                links=links,
                today=self.today,
            )
        self.keys[spec["key"]] = doc.id
        self.report.documents += 1

    def fire(self, path: tuple[str | int, ...], doc_key: str, s: dict[str, Any]) -> None:
        what = f"{doc_key}: {s['trigger']} as {s['as']}"
        with self.step(self.demo_file, path, what):
            doc_id = self.keys[doc_key]
            current = services.get_document(self.conn, doc_id, services.OPERATOR)
            services.fire_transition(
                self.conn,
                doc_id,
                s["trigger"],
                self.user(s["as"]),
                expected_version=current.version,
                comment=s.get("comment"),
                inputs=s.get("inputs"),
                today=self.today,
            )
        self.report.actions += 1


def _dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _line_of(file: Path, path: tuple[str | int, ...]) -> int:
    """The line of the YAML node at `path` (1 if it cannot be found): read only on error."""
    try:
        node: Any = yaml.compose(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return 1
    line = 1
    for part in path:
        child = None
        if isinstance(part, int) and isinstance(node, yaml.SequenceNode):
            child = node.value[part] if part < len(node.value) else None
        elif isinstance(part, str) and isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
        if child is None:
            break
        node, line = child, child.start_mark.line + 1
    return line


__all__ = [
    "DEMO_PASSWORD",
    "DemoError",
    "DemoReport",
    "OrganisationError",
    "marker_key",
    "resolve_pack",
    "seed",
]
