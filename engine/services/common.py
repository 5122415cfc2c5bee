"""What every service shares: the province's calendar and the "not found" answer."""

from __future__ import annotations

from typing import Any

from engine.clock import VIETNAM, today_in_vietnam
from engine.errors import NotFound
from engine.messages import Message

__all__ = ["VIETNAM", "not_found", "today_in_vietnam"]


def not_found(what: str, ref: Any) -> NotFound:
    return NotFound(Message("not_found", {"what": Message(f"what.{what}"), "ref": ref}))
