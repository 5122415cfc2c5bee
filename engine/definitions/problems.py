"""Problems found in a file, in two languages.

A `Problem` is one thing wrong at a 1-based line.  Its `message` is English (the
form tests and logs grep for); `vi` is the Vietnamese text, shown by default by
the CLI (`Problem.render(lang)`).  A text not yet translated has no `vi` and
renders in English in both languages.

`internal` marks a problem that is really a bug in the checker (an exception it
did not expect): users still get one line instead of a traceback, but tests can
tell it apart from a problem found in the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from engine.definitions.texts import TEXTS


class Text:
    """A text in Vietnamese and English (a message, or a part of one such as "transition 2")."""

    __slots__ = ("en", "vi")  # built for every place in a file: kept light

    def __init__(self, vi: str, en: str) -> None:
        self.vi = vi
        self.en = en

    def __add__(self, other: Text | str) -> Text:
        if isinstance(other, Text):
            return Text(self.vi + other.vi, self.en + other.en)
        return Text(self.vi + other, self.en + other)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.vi, self.en) == (other.vi, other.en)

    def __hash__(self) -> int:
        return hash((self.vi, self.en))

    def __repr__(self) -> str:
        return f"Text({self.vi!r}, {self.en!r})"

    def __str__(self) -> str:  # an untranslated f-string gets the English
        return self.en

    def __format__(self, spec: str) -> str:
        return format(self.en, spec)


def tr(key: str, /, **params: Any) -> Text:
    """The catalogue text `key` with `params` filled in, in both languages."""
    texts = TEXTS[key]
    vi = {k: v.vi if isinstance(v, Text) else v for k, v in params.items()}
    en = {k: v.en if isinstance(v, Text) else v for k, v in params.items()}
    return Text(texts["vi"].format(**vi), texts["en"].format(**en))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a 1-based line."""

    path: str
    line: int
    message: str  # English
    vi: str | None = None
    internal: bool = False

    def text(self, lang: str = "vi") -> str:
        return self.vi if lang == "vi" and self.vi is not None else self.message

    def render(self, lang: str = "vi") -> str:
        return f"{self.path}:{self.line}: {self.text(lang)}"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def problem(path: str, line: int, message: Text | str, *, internal: bool = False) -> Problem:
    if isinstance(message, Text):
        return Problem(path, max(1, line), message.en, message.vi, internal)
    return Problem(path, max(1, line), message, None, internal)


class Reporter:
    """Collects the problems of one file; every check reports here and carries on."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def err(self, line: int, message: Text | str, *, internal: bool = False) -> None:
        self.problems.append(problem(self.path, line, message, internal=internal))


class DefinitionError(Exception):
    """Raised by `load_pack` when any file of the pack has problems."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def render(self, lang: str = "vi") -> str:
        return "\n".join(p.render(lang) for p in self.problems)
