"""Reading rows someone may have damaged by editing the database by hand.

A JSON column holding `not json{`, or a timestamp holding `garbage` (SQLite
stores whatever it is given), makes SQLAlchemy's own decoding raise in the
middle of a result.  Verification must name such a row as broken, and reading
must fail with an engine error that says the record is damaged, never with a
bare JSONDecodeError.  So these helpers select the raw driver values and
decode them one column at a time, as SQLAlchemy would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from engine.errors import EngineError
from engine.messages import Message

# What decoding (and the hashing of decoded values) raises on damaged data:
# JSONDecodeError is a ValueError; a number where text is expected a TypeError.
DECODE_ERRORS = (ValueError, TypeError, AttributeError, KeyError, OverflowError)


class DamagedRecord(EngineError):
    """A stored record cannot be read: its content is not what the engine wrote."""


def damaged(what: str, ref: object, column: str) -> DamagedRecord:
    return DamagedRecord(Message("record.damaged", {"what": what, "ref": ref, "column": column}))


class Undecodable(Exception):
    """One column of one row could not be decoded."""

    def __init__(self, column: str, raw: Any) -> None:
        super().__init__(column)
        self.column = column
        self.raw = raw


def raw(columns: Iterable[sa.ColumnElement[Any]]) -> list[sa.ColumnElement[Any]]:
    """The columns as selected without any decoding (the driver's values)."""
    return [sa.type_coerce(c, sa.types.NullType()).label(c.name) for c in columns]


def decoder(
    conn: Connection, columns: Sequence[sa.Column[Any]]
) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """A function turning one raw row into {name: decoded value}, or raising `Undecodable`."""
    dialect = conn.dialect
    steps = [
        (c.name, c.type.dialect_impl(dialect).result_processor(dialect, None), c.type)
        for c in columns
    ]

    def decode(row: Sequence[Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for (name, process, type_), value in zip(steps, row, strict=True):
            try:
                decoded = process(value) if process is not None and value is not None else value
            except DECODE_ERRORS as err:
                raise Undecodable(name, value) from err
            is_time = isinstance(type_, sa.DateTime)
            if decoded is not None and is_time and not isinstance(decoded, datetime):
                raise Undecodable(name, value)
            out[name] = decoded
        return out

    return decode
