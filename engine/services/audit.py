"""The history's integrity, as auditors check it."""

from __future__ import annotations

from engine import audit
from engine.db import Database, read


def verify_audit(db: Database) -> audit.ChainReport:
    with read(db) as conn:
        return audit.verify_chains(conn)
