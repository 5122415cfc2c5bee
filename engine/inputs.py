"""Checking what an administrator types: names, numbers, dates.

Each check returns the value in the one form the engine stores (NFC text, an
int, a date) or raises `InvalidInput` whose message names the value and the
problem, in both languages.  Nothing is bent into shape silently: a fractional
or full-width number, an invisible character in a user name, a date in the
year 20000 are refused, not rounded, stripped or clamped.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

from engine.errors import InvalidInput
from engine.fieldtypes import MAX_ID, MAX_MONEY, MAX_YEAR, MIN_YEAR
from engine.messages import Message

INT32_MAX = MAX_ID  # the database's INTEGER (ids)
MAX_AMOUNT = MAX_MONEY  # a quadrillion đồng, as for money fields
YEARS = (MIN_YEAR, MAX_YEAR)  # as for documents: a ceiling for another year serves nothing
DATES = (date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31))  # delegations: the same years
HISTORY = (date(1900, 1, 1), date(2200, 12, 31))  # when a unit was founded or dissolved
ASCII_INT = re.compile(r"[+-]?[0-9]+")
UNIT_CODE = re.compile(r"[A-Z0-9_]{1,40}")  # as organisation.yaml spells them; units.code

# Characters that draw nothing (or nothing distinguishable) without being in
# the Unicode "format" category: a user name made of them looks like another.
INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u034f")
# Control (Cc), format (Cf: bidi controls, zero-width characters, soft hyphen),
# unpaired surrogates (Cs: undecodable bytes of a command line), private use
# (Co) and unassigned (Cn) code points.
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def bad(what: str, problem: str, **params: Any) -> InvalidInput:
    return InvalidInput(
        Message(
            "admin.bad_value",
            {"what": Message(f"what.{what}"), "problem": Message(f"problem.{problem}", params)},
        )
    )


def _refused_character(text: str) -> bool:
    return any(unicodedata.category(c) in REFUSED_CATEGORIES or c in INVISIBLE for c in text)


def clean_text(value: Any, what: str, *, limit: int, required: bool = True) -> str:
    """One line of text: NFC, stripped, no control/bidi/invisible character, at most `limit`."""
    if not isinstance(value, str):
        raise bad(what, "not_text")
    text = unicodedata.normalize("NFC", value) if not has_surrogate(value) else value
    if _refused_character(text):
        raise bad(what, "control")
    text = text.strip()
    if required and not text:
        raise bad(what, "empty")
    if len(text) > limit:
        raise bad(what, "too_long", limit=limit)
    return text


def has_surrogate(text: str) -> bool:
    # normalize() accepts lone surrogates, but they cannot be encoded: refuse first.
    return any("\ud800" <= c <= "\udfff" for c in text)


def clean_username(value: Any, *, limit: int = 80) -> str:
    """A user name: NFC, no space, no control, bidi or invisible character."""
    text = clean_text(value, "username", limit=limit)
    if any(unicodedata.category(c).startswith("Z") or c.isspace() for c in text):
        raise bad("username", "whitespace")
    return text


def username_key(username: str) -> str:
    """What two user names must not share: their case-folded NFKC form.

    NFKC folds compatibility look-alikes (full-width ｎｅｗ, ligatures, circled
    letters) into the plain letters, so that `ｎｅｗ` cannot sit beside `new`
    and either finds the other's account.  Case-folding twice around NFKC is
    the stable form Unicode's NFKC_Casefold gives.
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", username).casefold())
    return unicodedata.normalize("NFKC", folded.casefold())


def parse_int(value: Any, what: str, *, low: int, high: int) -> int:
    """An integer from an int or from ASCII digits; fractions, other digits, bools refused."""
    if isinstance(value, bool):
        raise bad(what, "not_integer", value=value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and ASCII_INT.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        raise bad(what, "not_integer", value=shown(value))
    if not low <= number <= high:
        raise bad(what, "out_of_range", low=low, high=high)
    return number


def parse_amount(value: Any) -> int:
    """A ceiling in đồng: whole, 0 to 10^15, digits 0-9 only."""
    return parse_int(value, "amount", low=0, high=MAX_AMOUNT)


def parse_year(value: Any) -> int:
    return parse_int(value, "year", low=YEARS[0], high=YEARS[1])


def parse_id(value: Any, what: str = "id") -> int:
    return parse_int(value, what, low=1, high=INT32_MAX)


def parse_date(value: Any, what: str = "date", *, within: tuple[date, date] = DATES) -> date:
    """A date (or `dd/mm/yyyy` / `yyyy-mm-dd` in ASCII digits) in the range `within`."""
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, str) and re.fullmatch(
        r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}", value.strip()
    ):
        text = value.strip()
        try:
            fmt = "%d/%m/%Y" if "/" in text else "%Y-%m-%d"
            day = datetime.strptime(text, fmt).date()
        except ValueError:
            raise bad(what, "not_date", value=text) from None
    else:
        raise bad(what, "not_date", value=shown(value))
    low, high = within
    if not low <= day <= high:
        raise bad(what, "date_range", low=f"{low:%d/%m/%Y}", high=f"{high:%d/%m/%Y}")
    return day


def shown(value: Any) -> str:
    """A refused value, quoted in a message: short, and without characters that hide text."""
    text = value if isinstance(value, str) else repr(value)
    text = "".join("?" if _refused_character(c) else c for c in text)
    return text if len(text) <= 40 else text[:39] + "…"
