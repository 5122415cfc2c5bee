"""The province's calendar: deadlines and delegations are dates in Việt Nam."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))  # no daylight saving in Việt Nam


def today_in_vietnam() -> date:
    return datetime.now(VIETNAM).date()


def in_vietnam(utc_naive: datetime) -> datetime:
    """A stored (naive UTC) timestamp as Việt Nam local time."""
    return utc_naive.replace(tzinfo=UTC).astimezone(VIETNAM)
