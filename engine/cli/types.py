"""Parameter types for what the database stores: ids, years, amounts of money.

Python's int() takes full-width and other Unicode digits, signs, spaces and
underscores, and any size; the database does not.  These types take ASCII
digits within the columns' range, so that a typo is a one-line refusal on the
command line, never a database error or a traceback.
"""

from __future__ import annotations

import re
from typing import Any

import click

from engine.cli.usage import BadValue
from engine.fieldtypes import MAX_ID, MAX_MONEY, MAX_YEAR, MIN_YEAR

_DIGITS = re.compile(r"[0-9]+")
_GROUPED = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+")


class _Whole(click.ParamType):
    key = "bad_id"
    low, high = 1, MAX_ID

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and _DIGITS.fullmatch(value) and len(value) <= 12:
            number = int(value)
        else:
            number = None
        if number is None or not self.low <= number <= self.high:
            raise BadValue(self.key, value=value, min=self.low, max=self.high)
        return number


class RowId(_Whole):
    """A document, user or delegation id."""

    name = "id"


class Count(_Whole):
    """A version number or a limit: 0 and up."""

    name = "count"
    key = "bad_count"
    low = 0


class Year(_Whole):
    name = "year"
    key = "bad_year"
    low, high = MIN_YEAR, MAX_YEAR


class Amount(click.ParamType):
    """Whole đồng: 1250000000 or 1.250.000.000 (dots group thousands, as written in Việt Nam)."""

    name = "amount"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        text = value if isinstance(value, str) else str(value)
        if _DIGITS.fullmatch(text) or _GROUPED.fullmatch(text):
            digits = text.replace(".", "")
            if len(digits) <= 16 and int(digits) <= MAX_MONEY:
                return int(digits)
        raise BadValue("bad_amount", value=value, max=MAX_MONEY)


ROW_ID = RowId()
COUNT = Count()
YEAR = Year()
AMOUNT = Amount()
