"""Checks shared by organisation.yaml and demo.yaml: values the database and the services can trust.

Every check reports in both languages and returns None for a value it refuses,
so the caller carries on and reports every problem of a file at once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from engine.definitions.nodes import Checker
from engine.definitions.problems import Problem, Text
from engine.definitions.yamlread import (
    BIDI_CONTROLS,
    Node,
    Scalar,
    compose,
    decode,
    read_file,
    short,
)

MAX_BYTES = 2 * 1024 * 1024
FIRST_YEAR, LAST_YEAR = 1990, 2100
# A bigint column; any real budget line is far below (a quadrillion đồng).
MAX_AMOUNT = 10**15
# Roles of the product itself rather than of a workflow (reading everything,
# administering it): granted in organisation.yaml though no definition declares them.
PRODUCT_ROLES = frozenset({"auditor", "admin"})
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only, unlike int()


class OrganisationError(ValueError):
    """A malformed organisation or demo file: every problem, each as PATH:LINE: message."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def render(self, lang: str = "vi") -> str:
        return "\n".join(p.render(lang) for p in self.problems)


@dataclass
class OrgFacts:
    """What organisation.yaml declares, as far as it can be read (even with errors)."""

    units: set[str] = field(default_factory=set)
    users: set[str] = field(default_factory=set)
    # Codes and user names written in the file, valid or not: a reference to one
    # of them is not reported again (its own problem is the cause).
    mentioned: set[str] = field(default_factory=set)
    units_complete: bool = True
    users_complete: bool = True


class FileChecker(Checker):
    """A checker with the value checks of organisation and demo files."""

    def text(self, node: Node | None, what: Text, limit: int, *, name: bool = False) -> str | None:
        """A non-empty string of at most `limit` characters; with `name`, no invisible "
        "characters."""
        value = self.string(node, what)
        if value is None or node is None:
            return None
        if len(value) > limit:
            self.err(
                node.line,
                Text(
                    f"{what.vi} dài {len(value)} ký tự; tối đa {limit}",
                    f"{what.en} is {len(value)} characters long; at most {limit}",
                ),
            )
            return None
        if name and (bad := invisible(value)) is not None:
            self.err(
                node.line,
                Text(
                    f"{what.vi} chứa ký tự vô hình hoặc điều khiển (U+{ord(bad):04X})",
                    f"{what.en} contains an invisible or control character (U+{ord(bad):04X})",
                ),
            )
            return None
        return value

    def date(self, node: Node | None, what: Text) -> date | None:
        if node is None:
            return None
        if not isinstance(node, Scalar) or node.kind not in ("date", "str"):
            self.wrong(node, what, Text("một ngày yyyy-mm-dd", "a date yyyy-mm-dd"))
            return None
        raw = node.raw.strip()
        try:
            if not _ISO_DATE.fullmatch(raw):
                raise ValueError
            day = date.fromisoformat(raw)
        except ValueError:
            self.err(
                node.line,
                Text(
                    f"{what.vi}: {short(raw)!r} không phải ngày có thật dạng yyyy-mm-dd",
                    f"{what.en}: {short(raw)!r} is not a real date yyyy-mm-dd",
                ),
            )
            return None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            self.err(
                node.line,
                Text(
                    f"{what.vi}: {raw} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}",
                    f"{what.en}: {raw} is outside {FIRST_YEAR}–{LAST_YEAR}",
                ),
            )
            return None
        return day

    def year(self, node: Node | None, what: Text) -> int | None:
        value = self.whole(node, what)
        if value is not None and node is not None and not FIRST_YEAR <= value <= LAST_YEAR:
            self.err(
                node.line,
                Text(
                    f"{what.vi}: năm {value} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}",
                    f"{what.en}: year {value} is outside {FIRST_YEAR}–{LAST_YEAR}",
                ),
            )
            return None
        return value

    def amount(self, node: Node | None, what: Text) -> int | None:
        value = self.whole(node, what)
        if value is None or node is None:
            return None
        if value < 0:
            self.err(
                node.line,
                Text(
                    f"{what.vi} không được âm ({value})",
                    f"{what.en} must not be negative ({value})",
                ),
            )
            return None
        if value > MAX_AMOUNT:
            self.err(
                node.line,
                Text(
                    f"{what.vi} quá lớn ({value}; tối đa {MAX_AMOUNT})",
                    f"{what.en} is too large ({value}; at most {MAX_AMOUNT})",
                ),
            )
            return None
        return value

    def whole(self, node: Node | None, what: Text) -> int | None:
        """An integer written with ASCII digits (not 1.5, not "１２", not "1.000")."""
        if node is None:
            return None
        if isinstance(node, Scalar) and node.kind == "float":
            self.err(
                node.line,
                Text(
                    f"{what.vi} phải là số nguyên, không phải số thập phân {short(node.raw)}",
                    f"{what.en} must be a whole number, not the fraction {short(node.raw)}",
                ),
            )
            return None
        return self.integer(node, what)


def invisible(text: str) -> str | None:
    """The first control, format (zero-width, bidi), private or separator character other "
    "than a space."""
    for ch in text:
        if ch == " ":
            continue
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in (
            "Cc",
            "Cf",
            "Co",
            "Cs",
            "Cn",
            "Zl",
            "Zp",
            "Zs",
        ):
            return ch
    return None


def read_nodes(path: Path, c: FileChecker, empty: Text) -> Node | None:
    """The YAML of a pack file as located nodes (None, reported, if it cannot be read)."""
    data = read_file(path, MAX_BYTES, c)
    if data is None:
        return None
    text = decode(data, MAX_BYTES, c)
    if text is None:
        return None
    return compose(text, c, empty=empty)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(dict.fromkeys(problems), key=lambda p: p.line)
