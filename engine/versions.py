"""Use cases on definition versions: load, diff (dry-run migration), list."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from engine.db import Database, documents, read, workflow_versions
from engine.definitions import Definition, canonical, from_canonical
from engine.definitions.model import TransitionSpec
from engine.messages import Message
from engine.services.admin import Acting, admin_change
from engine.store import utcnow


@dataclass(frozen=True)
class LoadResult:
    pack: str
    type_id: str
    version: int
    hash: str
    outcome: str  # "created" | "unchanged" | "reactivated"


def _current(conn: Connection, pack: str, type_id: str) -> sa.Row | None:
    return conn.execute(
        sa.select(workflow_versions).where(
            workflow_versions.c.pack == pack,
            workflow_versions.c.type_id == type_id,
            workflow_versions.c.is_current.is_(True),
        )
    ).first()


def _is(row: sa.Row, content: dict, digest: str) -> bool:
    """Whether a stored version is this content: its stored hash, or, for a version
    stored in an older canonical format (whose hash was over that format), the same
    content once upgraded.  Stored hashes are never recomputed."""
    return row.content_hash == digest or canonical.same_content(row.content, content)


def load_definitions(
    db: Database, definitions: list[Definition], *, actor: Acting
) -> list[LoadResult]:
    """Store each definition as a version unless identical content is already current.

    The admin log records each new version and each change of the current one.
    """
    results: list[LoadResult] = []
    with admin_change(db, actor) as change:
        conn = change.conn
        for d in definitions:
            pack = d.pack or ""
            # Read through the module: the canonical form is the one of this release.
            content = canonical.to_canonical(d)
            digest = canonical.hash_content(content)
            where = (workflow_versions.c.pack == pack, workflow_versions.c.type_id == d.type)
            current = _current(conn, pack, d.type)
            if current is not None and _is(current, content, digest):
                results.append(
                    LoadResult(pack, d.type, current.version, current.content_hash, "unchanged")
                )
                continue
            stored = conn.execute(
                sa.select(workflow_versions).where(*where).order_by(workflow_versions.c.version)
            ).all()
            same = next((r for r in stored if _is(r, content, digest)), None)
            conn.execute(workflow_versions.update().where(*where).values(is_current=False))
            target = f"{pack}/{d.type}"
            was = {"version": current.version} if current is not None else None
            if same is not None:  # content went back to an earlier version
                conn.execute(
                    workflow_versions.update()
                    .where(workflow_versions.c.id == same.id)
                    .values(is_current=True)
                )
                back = {"version": same.version}
                change.record("workflow.current", target, before=was, after=back)
                results.append(
                    LoadResult(pack, d.type, same.version, same.content_hash, "reactivated")
                )
                continue
            last = max((r.version for r in stored), default=0)
            conn.execute(
                workflow_versions.insert().values(
                    pack=pack,
                    type_id=d.type,
                    version=last + 1,
                    content_hash=digest,
                    content=content,
                    is_current=True,
                    loaded_at=utcnow(),
                )
            )
            new = {"version": last + 1}
            change.record("workflow.version", target, after={**new, "content_hash": digest})
            change.record("workflow.current", target, before=was, after=new)
            results.append(LoadResult(pack, d.type, last + 1, digest, "created"))
    return results


@dataclass
class DocumentImpact:
    document_id: int
    title: str
    state: str
    version: int
    problems: list[Message]


@dataclass
class TypeDiff:
    pack: str
    type_id: str
    current_version: int | None
    changed: bool
    impacts: list[DocumentImpact] = field(default_factory=list)


def _signature(t: TransitionSpec) -> tuple:
    return (
        t.dest,
        tuple(sorted(t.roles)),
        t.scope,
        tuple((g.name, repr(sorted(g.params.items()))) for g in t.guards),
        tuple((e.name, repr(sorted(e.params.items()))) for e in t.effects),
        t.comment_required,
        tuple(t.inputs),
        t.signoff,
        t.system,
    )


def _moves(d: Definition, state: str) -> dict[str, tuple]:
    return {t.trigger: _signature(t) for t in d.transitions_from(state)}


def diff_definitions(db: Engine, definitions: list[Definition]) -> list[TypeDiff]:
    """For each definition, in-flight documents whose state or moves would change under it."""
    report: list[TypeDiff] = []
    with read(db) as conn:
        for new in definitions:
            pack = new.pack or ""
            current = _current(conn, pack, new.type)
            content = canonical.to_canonical(new)
            diff = TypeDiff(
                pack,
                new.type,
                current.version if current else None,
                current is None or not _is(current, content, canonical.hash_content(content)),
            )
            report.append(diff)
            if current is None or not diff.changed:
                continue
            versions = {
                r.id: from_canonical(r.content)
                for r in conn.execute(
                    sa.select(workflow_versions.c.id, workflow_versions.c.content).where(
                        workflow_versions.c.pack == pack, workflow_versions.c.type_id == new.type
                    )
                )
            }
            rows = conn.execute(
                sa.select(
                    documents.c.id,
                    documents.c.title,
                    documents.c.state,
                    documents.c.workflow_version_id,
                )
                .where(documents.c.pack == pack, documents.c.type_id == new.type)
                .order_by(documents.c.id)
            )
            numbers = _version_numbers(conn, pack, new.type)
            new_states = {s.id for s in new.states}
            for row in rows:
                old = versions[row.workflow_version_id]
                if old.state(row.state).terminal:
                    continue  # finished documents are not migrated
                problems: list[Message] = []
                if row.state not in new_states:
                    problems.append(Message("diff.state_gone", {"state": row.state}))
                else:
                    before, after = _moves(old, row.state), _moves(new, row.state)
                    for trig in sorted(before.keys() - after.keys()):
                        problems.append(Message("diff.action_gone", {"action": trig}))
                    for trig in sorted(after.keys() - before.keys()):
                        problems.append(Message("diff.action_new", {"action": trig}))
                    for trig in sorted(before.keys() & after.keys()):
                        if before[trig] != after[trig]:
                            problems.append(Message("diff.action_changed", {"action": trig}))
                if problems:
                    diff.impacts.append(
                        DocumentImpact(
                            row.id,
                            row.title,
                            row.state,
                            numbers[row.workflow_version_id],
                            problems,
                        )
                    )
    return report


def _version_numbers(conn: Connection, pack: str, type_id: str) -> dict[int, int]:
    return dict(
        conn.execute(
            sa.select(workflow_versions.c.id, workflow_versions.c.version).where(
                workflow_versions.c.pack == pack, workflow_versions.c.type_id == type_id
            )
        ).all()
    )


@dataclass
class VersionRow:
    pack: str
    type_id: str
    version: int
    hash: str
    is_current: bool
    title: str
    counts: dict[str, int]


def list_versions(db: Engine) -> list[VersionRow]:
    rows: list[VersionRow] = []
    with read(db) as conn:
        counts: dict[int, Counter[str]] = {}
        for version_id, state, n in conn.execute(
            sa.select(documents.c.workflow_version_id, documents.c.state, sa.func.count()).group_by(
                documents.c.workflow_version_id, documents.c.state
            )
        ):
            counts.setdefault(version_id, Counter())[state] = n
        for r in conn.execute(
            sa.select(workflow_versions).order_by(
                workflow_versions.c.pack, workflow_versions.c.type_id, workflow_versions.c.version
            )
        ):
            rows.append(
                VersionRow(
                    r.pack,
                    r.type_id,
                    r.version,
                    r.content_hash,
                    r.is_current,
                    r.content.get("title", {}).get("vi", r.type_id),
                    dict(counts.get(r.id, {})),
                )
            )
    return rows
