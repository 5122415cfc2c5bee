"""What every service shares: the province's calendar and the "not found" answer."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from engine.errors import NotFound
from engine.messages import Message

VIETNAM = timezone(timedelta(hours=7))  # no daylight saving in Việt Nam


def today_in_vietnam() -> date:
    """Deadlines and delegations are dates in the province's calendar."""
    return datetime.now(VIETNAM).date()


def not_found(what: str, ref: Any) -> NotFound:
    return NotFound(Message("not_found", {"what": Message(f"what.{what}"), "ref": ref}))
