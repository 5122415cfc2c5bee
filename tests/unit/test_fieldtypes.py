"""Field values as officers type them: money, dates, choices, text."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import Any

import pytest

from engine.definitions import Choice, FieldSpec, Label
from engine.fieldtypes import MAX_LONG_TEXT, MAX_MONEY, MAX_TEXT, BadValue, clean_text, coerce


def spec(type_: str, *choices: str) -> FieldSpec:
    return FieldSpec(
        name="f",
        type=type_,
        label=Label("Trường", "Field"),
        choices=tuple(Choice(c, Label(c, c)) for c in choices),
    )


MONEY = spec("money")
INTEGER = spec("integer")
DATE = spec("date")
TEXT = spec("text")
LONG = spec("long_text")
CHOICE = spec("choice", "half_year", "annual")


# --- blank clears, whatever the type ------------------------------------------------------


@pytest.mark.parametrize("field", [MONEY, INTEGER, DATE, TEXT, LONG, CHOICE])
@pytest.mark.parametrize("blank", [None, "", "   ", "\t\n"])
def test_blank_clears_the_field(field: FieldSpec, blank: Any) -> None:
    assert coerce(field, blank) is None


# --- money ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        1_250_000_000,
        "1250000000",
        "1.250.000.000",
        "1 250 000 000 đ",
        "1 250 000 000đ",
        "1.250.000.000 VND",
        " 1.250.000.000 ",
        "1\u00a0250\u00a0000\u00a0000 đ",  # no-break spaces, as word processors paste them
        "1_250_000_000",
    ],
)
def test_money_accepts_the_ways_officers_type_it(typed: Any) -> None:
    assert coerce(MONEY, typed) == 1_250_000_000


def test_money_bounds() -> None:
    assert coerce(MONEY, 0) == 0
    assert coerce(MONEY, MAX_MONEY) == MAX_MONEY
    with pytest.raises(BadValue):
        coerce(MONEY, MAX_MONEY + 1)


@pytest.mark.parametrize(
    "typed",
    [
        -1,
        "-1",
        "-1.000",
        True,
        False,
        1.5,
        1_250_000_000.0,
        "abc",
        "1,5 tỷ",
        "đ",
        "1e9",
        "12a",
        [1],
        {"amount": 1},
        "１２３",  # full-width digits: int() would take them
        "١٢٣",  # Arabic-Indic digits
        "1.２５０.000",
        "9" * 40,
    ],
)
def test_money_refuses(typed: Any) -> None:
    with pytest.raises(BadValue) as err:
        coerce(MONEY, typed)
    assert err.value.problem.vi and err.value.problem.en


@pytest.mark.parametrize("typed", ["1.5", "1250000.50", "2.000.00", "1.25.000", "12 34"])
def test_money_refuses_separators_that_do_not_group_thousands(typed: str) -> None:
    """A dot or space is only a thousands separator between groups of three digits.

    Otherwise "1.5" would silently become 15 đ and "1250000.50" (an English
    decimal) 125 000 050 đ: a wrong amount stored without a word.
    """
    with pytest.raises(BadValue):
        coerce(MONEY, typed)


# --- integer ----------------------------------------------------------------------------------


def test_integer() -> None:
    assert coerce(INTEGER, 42) == 42
    assert coerce(INTEGER, " 42 ") == 42
    assert coerce(INTEGER, "-3") == -3  # integers (unlike amounts) may be negative
    for bad in (True, 4.2, "4,2", "bốn mươi"):
        with pytest.raises(BadValue):
            coerce(INTEGER, bad)


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("15/04/2026", "2026-04-15"),
        (" 15/04/2026 ", "2026-04-15"),
        ("2026-04-15", "2026-04-15"),
        ("29/02/2024", "2024-02-29"),
        ("31/12/2026", "2026-12-31"),
        (date(2026, 4, 15), "2026-04-15"),
    ],
)
def test_dates_in_vietnamese_and_iso_form(typed: Any, stored: str) -> None:
    assert coerce(DATE, typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "31/02/2026",
        "29/02/2025",
        "2026-02-31",
        "32/01/2026",
        "15/13/2026",
        "04/15/2026x",
        "15-04-2026",
        "15.04.2026",
        "hôm nay",
        20260415,
        15.4,
    ],
)
def test_impossible_or_malformed_dates_are_refused(typed: Any) -> None:
    with pytest.raises(BadValue):
        coerce(DATE, typed)


def test_a_datetime_is_stored_as_its_date() -> None:
    """Dates are stored as `yyyy-mm-dd` (module docstring), even when given a datetime."""
    assert coerce(DATE, datetime(2026, 4, 15, 10, 30)) == "2026-04-15"


# --- choice -----------------------------------------------------------------------------------


def test_choice() -> None:
    assert coerce(CHOICE, "annual") == "annual"
    for bad in ("Annual", "annual ", "cả năm", 1, True):
        with pytest.raises(BadValue) as err:
            coerce(CHOICE, bad)
        assert "half_year" in err.value.problem.vi and "annual" in err.value.problem.en


# --- text -------------------------------------------------------------------------------------


def test_text_is_stored_nfc_and_trimmed() -> None:
    nfc = "Tuyên truyền về Trường Sa, Hoàng Sa"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    for field in (TEXT, LONG):
        stored = coerce(field, f"  {nfd}\n")
        assert stored == nfc and unicodedata.is_normalized("NFC", stored)


def test_text_length_counts_nfc_characters() -> None:
    typed = unicodedata.normalize("NFD", "ệ" * MAX_TEXT)  # three code points each in NFD
    assert len(typed) > MAX_TEXT
    assert coerce(TEXT, typed) == "ệ" * MAX_TEXT
    with pytest.raises(BadValue):
        coerce(TEXT, "a" * (MAX_TEXT + 1))
    assert len(coerce(LONG, "a" * (MAX_TEXT + 1))) == MAX_TEXT + 1
    with pytest.raises(BadValue):
        coerce(LONG, "a" * (MAX_LONG_TEXT + 1))


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x0b", "\x0c"])
def test_text_refuses_control_characters(control: str) -> None:
    for field in (TEXT, LONG):
        with pytest.raises(BadValue) as err:
            coerce(field, f"Báo cáo{control}quý I")
        assert "điều khiển" in err.value.problem.vi


def test_text_keeps_line_breaks_and_tabs_inside() -> None:
    assert coerce(LONG, "Dòng 1\r\nDòng 2\tcột") == "Dòng 1\r\nDòng 2\tcột"


@pytest.mark.parametrize("typed", [123, 1.5, True, ["a"], b"bytes"])
def test_text_must_be_a_string(typed: Any) -> None:
    with pytest.raises(BadValue):
        coerce(TEXT, typed)
    with pytest.raises(BadValue):
        clean_text(typed)


def test_text_refuses_bidi_overrides() -> None:
    """U+202E would make a title read differently on screen from what is stored."""
    with pytest.raises(BadValue):
        clean_text("Kế hoạch \u202e2026")
