"""The administrative log: who changed the organisation or the rules, and how.

One hash chain for the whole instance, in the `admin_log` table.  An entry
records who (a user, or the operator at the console), when (UTC), what (an
action code and its target) and the state before and after, as JSON.  Its hash
is SHA-256 over a canonical JSON of all of that plus the previous entry's hash,
as `engine.audit` does for document events: editing, removing or reordering an
entry breaks the chain at that entry, and `verify_admin_log` says which.

Entries are appended inside the transaction of the change they describe, so a
change and its trace are committed (or rolled back) together.  `seq` is the
chain's order and must have no gap: appends are serialised (`serialise`), on
SQLite by its single writer (BEGIN IMMEDIATE), on PostgreSQL by a
transaction-level advisory lock.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from engine.audit import GENESIS
from engine.damaged import DECODE_ERRORS, Undecodable, damaged, decoder, raw
from engine.db import admin_log
from engine.messages import Message
from engine.store import utcnow

# Any fixed 64-bit number, the same in every process: the advisory lock that
# serialises appends to the admin log on PostgreSQL.
ADVISORY_LOCK_KEY = 0x7474_646E_4C6F_67  # "ttdnLog"
LABEL_LIMIT = 255  # admin_log.actor_label


@dataclass(frozen=True)
class AdminActor:
    """Who makes an administrative change: a user (by id), or the console operator."""

    user_id: int | None
    label: str

    @property
    def is_operator(self) -> bool:
        return self.user_id is None


def _printable(text: str) -> str:
    """`text` without control, format (bidi, invisible) or unpaired-surrogate characters."""
    kept = (
        c
        for c in unicodedata.normalize("NFC", text)
        if unicodedata.category(c) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )
    return "".join(kept).strip()


def operator_actor() -> AdminActor:
    """The operator at this console: `operator:<OS user>`, `operator:?` when unknown.

    `getpass.getuser` reads environment variables first and may raise when the
    process runs under a uid with no passwd entry (a container): never fatal.
    """
    try:
        name = _printable(getpass.getuser())
    except Exception:  # any failure only means "we don't know"
        name = ""
    return AdminActor(None, f"operator:{name or '?'}"[:LABEL_LIMIT])


# --- hashing ----------------------------------------------------------------


def jsonable(value: Any) -> Any:
    """`value` as JSON-native data, as the JSON column will give it back (dates → ISO text)."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, (str, bool, int)):
        return value
    raise TypeError(f"not JSON data for the admin log: {type(value).__name__}")


def canonical_payload(
    *,
    seq: int,
    at: datetime,
    actor_id: int | None,
    actor_label: str,
    action: str,
    target: str,
    before: Any,
    after: Any,
    prev_hash: str,
) -> bytes:
    body = {
        "seq": seq,
        "at": at.isoformat(timespec="microseconds"),
        "actor_id": actor_id,
        "actor_label": actor_label,
        "action": action,
        "target": target,
        "before": before,
        "after": after,
        "prev_hash": prev_hash,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def entry_hash(**fields: Any) -> str:
    return hashlib.sha256(canonical_payload(**fields)).hexdigest()


# Every column an entry's hash covers (all but the id and the hash itself).
HASHED_FIELDS = [
    "seq",
    "at",
    "actor_id",
    "actor_label",
    "action",
    "target",
    "before",
    "after",
    "prev_hash",
]


# --- appending --------------------------------------------------------------


def serialise(conn: Connection) -> None:
    """Make this transaction the only one appending until it ends.

    Called before anything an administrative change reads, so that its checks
    see every change committed before it.  On SQLite the write transaction
    (BEGIN IMMEDIATE) already excludes other writers.  Re-entrant.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(ADVISORY_LOCK_KEY)))


@dataclass(frozen=True)
class Entry:
    seq: int
    at: datetime
    actor_id: int | None
    actor_label: str
    action: str
    target: str
    before: Any
    after: Any
    prev_hash: str
    hash: str


def append(
    conn: Connection,
    actor: AdminActor,
    action: str,
    target: str,
    *,
    before: Any = None,
    after: Any = None,
) -> Entry:
    """Append one entry in the caller's transaction (which must have called `serialise`)."""
    serialise(conn)
    last = conn.execute(
        sa.select(admin_log.c.seq, admin_log.c.hash).order_by(admin_log.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    fields: dict[str, Any] = dict(
        seq=seq,
        at=utcnow(),
        actor_id=actor.user_id,
        actor_label=actor.label,
        action=action,
        target=target,
        before=jsonable(before),
        after=jsonable(after),
        prev_hash=prev,
    )
    digest = entry_hash(**fields)
    conn.execute(admin_log.insert().values(**fields, hash=digest))
    return Entry(**fields, hash=digest)


# --- reading and verifying ------------------------------------------------------


def _columns() -> list[sa.Column[Any]]:
    return [admin_log.c[n] for n in [*HASHED_FIELDS, "hash"]]


def entries(
    conn: Connection, *, limit: int | None = None, newest_first: bool = True
) -> list[Entry]:
    """The entries; `DamagedRecord` if one cannot be read (edited by hand)."""
    order = admin_log.c.seq.desc() if newest_first else admin_log.c.seq
    stmt = sa.select(*raw(_columns())).order_by(order)
    if limit is not None:
        stmt = stmt.limit(limit)
    decode = decoder(conn, _columns())
    found = []
    for row in conn.execute(stmt):
        try:
            found.append(Entry(**decode(row)))
        except Undecodable as err:
            raise damaged("admin_log", f"#{row.seq}", err.column) from err
    return found


@dataclass(frozen=True)
class AdminLogReport:
    entries: int
    broken_seq: int | None = None  # the first entry that does not verify
    problem: Message | None = None

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify_admin_log(conn: Connection) -> AdminLogReport:
    """Recompute the whole chain; stop at the first entry that breaks it.

    A removed entry shows as a gap in `seq` (or a broken link).  The removal of
    the last entries leaves no trace in the chain itself: nothing comes after
    them to point back.
    """
    prev, expected_seq, count = GENESIS, 1, 0
    decode = decoder(conn, _columns())
    for raw_row in conn.execute(sa.select(*raw(_columns())).order_by(admin_log.c.seq)):
        count += 1
        try:
            row = Entry(**decode(raw_row))
            digest = entry_hash(**{n: getattr(row, n) for n in HASHED_FIELDS})
        except Undecodable as err:
            return AdminLogReport(
                count, raw_row.seq, Message("adminlog.undecodable", {"column": err.column})
            )
        except DECODE_ERRORS:  # decoded, yet not hashable as the engine wrote it
            return AdminLogReport(count, raw_row.seq, Message("adminlog.hash_mismatch"))
        if row.seq != expected_seq:
            return AdminLogReport(
                count,
                row.seq,
                Message("adminlog.gap", {"expected": expected_seq, "seq": row.seq}),
            )
        if row.prev_hash != prev:
            return AdminLogReport(count, row.seq, Message("adminlog.link_broken"))
        if digest != row.hash:
            return AdminLogReport(count, row.seq, Message("adminlog.hash_mismatch"))
        prev, expected_seq = row.hash, row.seq + 1
    return AdminLogReport(count)
