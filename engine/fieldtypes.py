"""Parsing and checking document field values by their declared type.

Values are stored as JSON: text as str, money and integer as int, dates as ISO
`yyyy-mm-dd` strings, choices as the choice's value.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

from engine.definitions.model import FieldSpec
from engine.messages import Localized

MAX_TEXT = 500
MAX_LONG_TEXT = 100_000
MAX_MONEY = 10**15  # a quadrillion đồng: far above any provincial budget line
MAX_ID = 2**31 - 1  # INTEGER columns: the largest id both databases can hold
MIN_YEAR, MAX_YEAR = 1990, 2100  # the years a document, ceiling or delegation may concern
# Right-to-left overrides can make a title read differently from what is stored.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_row_id(value: object) -> bool:
    """Could `value` be the id of a row? (An id no column can hold names nothing.)"""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


def is_storable_text(value: object) -> bool:
    """Could a text column hold `value`? (PostgreSQL refuses NUL; such a text names nothing.)"""
    return isinstance(value, str) and "\x00" not in value


class BadValue(ValueError):
    def __init__(self, problem: Localized) -> None:
        super().__init__(problem.en)
        self.problem = problem


def _int(value: Any, *, money: bool) -> int:
    if isinstance(value, bool):
        raise BadValue(Localized("phải là số nguyên", "must be a whole number"))
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        # Officers type 1.250.000.000 or "1 250 000 000 đ"; accept those spellings.
        cleaned = value.strip().removesuffix("đ").removesuffix("VND").strip()
        # ASCII digits only: int() would also take full-width and other scripts' digits.
        # Spaces include the no-break ones that office software puts between thousands.
        if money and re.fullmatch(r"-?[0-9]{1,3}([. _\u00a0\u202f][0-9]{3})+", cleaned):
            # Separators must group thousands: "1.5" is a decimal typo, not 15 đồng.
            cleaned = re.sub(r"[. _\u00a0\u202f]", "", cleaned)
        if not re.fullmatch(r"-?[0-9]{1,18}", cleaned or "x"):
            raise BadValue(Localized("phải là số nguyên", "must be a whole number"))
        number = int(cleaned)
    else:
        raise BadValue(Localized("phải là số nguyên", "must be a whole number"))
    if money and not 0 <= number <= MAX_MONEY:
        raise BadValue(
            Localized("số tiền phải từ 0 đến 10^15 đồng", "amount must be 0 to 10^15 VND")
        )
    return number


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                continue
    raise BadValue(Localized("phải là ngày dạng dd/mm/yyyy", "must be a date dd/mm/yyyy"))


def clean_text(value: Any, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise BadValue(Localized("phải là văn bản", "must be text"))
    text = unicodedata.normalize("NFC", value).strip()
    if len(text) > limit:
        raise BadValue(Localized(f"dài quá {limit} ký tự", f"longer than {limit} characters"))
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t\r" for c in text) or any(
        c in BIDI_CONTROLS for c in text
    ):
        raise BadValue(Localized("chứa ký tự điều khiển", "contains control characters"))
    return text


def coerce(spec: FieldSpec, value: Any) -> Any:
    """The stored form of `value` for the field, or `BadValue`; None/'' clear the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if spec.type == "text":
        return clean_text(value, MAX_TEXT)
    if spec.type == "long_text":
        return clean_text(value, MAX_LONG_TEXT)
    if spec.type == "money":
        return _int(value, money=True)
    if spec.type == "integer":
        return _int(value, money=False)
    if spec.type == "date":
        return _date(value)
    if spec.type == "choice":
        allowed = [c.value for c in spec.choices]
        if value not in allowed:
            raise BadValue(
                Localized(
                    f"phải là một trong {', '.join(allowed)}",
                    f"must be one of {', '.join(allowed)}",
                )
            )
        return value
    raise BadValue(
        Localized(f"kiểu {spec.type} không được hỗ trợ", f"unsupported type {spec.type}")
    )
