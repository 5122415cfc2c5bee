"""The tamper-evident history: event hashing and chain verification.

Each document's events form a chain: an event's hash is SHA-256 over a
canonical JSON serialisation of everything it records plus the previous
event's hash.  Editing, removing or reordering any event breaks every hash
after it, and `verify_chains` says where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from engine.damaged import DECODE_ERRORS, Undecodable, decoder, raw
from engine.db import documents, events

GENESIS = "0" * 64

# What json.dumps(sort_keys=True, ensure_ascii=False, separators=(",", ":")) uses,
# built once rather than at every call (a few µs per event).
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_payload(
    *,
    document_id: int,
    seq: int,
    kind: str,
    trigger: str | None,
    from_state: str | None,
    to_state: str,
    actor_id: int,
    role: str | None,
    unit_id: int | None,
    on_behalf_of_id: int | None,
    comment: str | None,
    changes: dict[str, Any],
    at: datetime,
    workflow_version_id: int,
    prev_hash: str,
) -> bytes:
    body = {
        "document_id": document_id,
        "seq": seq,
        "kind": kind,
        "trigger": trigger,
        "from_state": from_state,
        "to_state": to_state,
        "actor_id": actor_id,
        "role": role,
        "unit_id": unit_id,
        "on_behalf_of_id": on_behalf_of_id,
        "comment": comment,
        "changes": changes,
        "at": at.isoformat(timespec="microseconds"),
        "workflow_version_id": workflow_version_id,
        "prev_hash": prev_hash,
    }
    return _CANONICAL_JSON.encode(body).encode()


def event_hash(**fields: Any) -> str:
    return hashlib.sha256(canonical_payload(**fields)).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    documents: int
    events: int
    broken_document: int | None = None
    broken_seq: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_document is None


# Every column of an event that its hash covers (all but the id and the hash itself).
HASHED_FIELDS = [
    "document_id",
    "seq",
    "kind",
    "trigger",
    "from_state",
    "to_state",
    "actor_id",
    "role",
    "unit_id",
    "on_behalf_of_id",
    "comment",
    "changes",
    "at",
    "workflow_version_id",
    "prev_hash",
]


def verify_chains(conn: Connection) -> ChainReport:
    """Recompute every document's chain; stop at the first broken one."""
    doc_rows = conn.execute(
        sa.select(
            documents.c.id, documents.c.state, documents.c.version, documents.c.last_hash
        ).order_by(documents.c.id)
    ).all()
    expected = {r.id: r for r in doc_rows}
    n_events = 0
    current_doc: int | None = None
    prev = GENESIS
    last_seq = 0
    last_to: str | None = None

    def close(doc_id: int) -> ChainReport | None:
        d = expected.pop(doc_id, None)
        if d is None:
            return ChainReport(
                len(doc_rows), n_events, doc_id, last_seq, "events of an unknown document"
            )
        if d.state != last_to:
            return ChainReport(
                len(doc_rows),
                n_events,
                doc_id,
                last_seq,
                f"document state {d.state!r} differs from last event's destination {last_to!r}",
            )
        if d.version != last_seq or d.last_hash != prev:
            return ChainReport(
                len(doc_rows),
                n_events,
                doc_id,
                last_seq,
                "document version/last hash do not match its last event",
            )
        return None

    columns = [events.c[name] for name in [*HASHED_FIELDS, "hash"]]
    decode = decoder(conn, columns)
    rows = conn.execute(sa.select(*raw(columns)).order_by(events.c.document_id, events.c.seq))
    for raw_row in rows:
        try:
            row = SimpleNamespace(**decode(raw_row))
            recomputed = event_hash(**{name: getattr(row, name) for name in HASHED_FIELDS})
        except Undecodable as err:
            n_events += 1
            return ChainReport(
                len(doc_rows),
                n_events,
                raw_row.document_id,
                raw_row.seq,
                f"column {err.column!r} cannot be read (edited outside the system)",
            )
        except DECODE_ERRORS:  # decoded, yet not hashable as the engine wrote it
            n_events += 1
            return ChainReport(
                len(doc_rows),
                n_events,
                raw_row.document_id,
                raw_row.seq,
                "event content does not match its hash",
            )
        if row.document_id != current_doc:
            if current_doc is not None and (bad := close(current_doc)):
                return bad
            current_doc, prev, last_seq = row.document_id, GENESIS, 0
        n_events += 1
        if row.seq != last_seq + 1:
            return ChainReport(
                len(doc_rows),
                n_events,
                row.document_id,
                row.seq,
                f"sequence jumps from {last_seq} to {row.seq}",
            )
        if row.prev_hash != prev:
            return ChainReport(
                len(doc_rows), n_events, row.document_id, row.seq, "previous-hash link broken"
            )
        if recomputed != row.hash:
            return ChainReport(
                len(doc_rows),
                n_events,
                row.document_id,
                row.seq,
                "event content does not match its hash",
            )
        prev, last_seq, last_to = row.hash, row.seq, row.to_state
    if current_doc is not None and (bad := close(current_doc)):
        return bad
    if expected:
        doc_id = next(iter(expected))
        return ChainReport(len(doc_rows), n_events, doc_id, 0, "document has no events")
    return ChainReport(len(doc_rows), n_events)
