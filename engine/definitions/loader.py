"""Read one workflow definition file into a `Definition`, reporting every problem.

The contract is docs/workflows.md.  Two rules shape this package:

* Every problem in a file is reported at once, as ``PATH:LINE: message``, so an
  author fixes a file in one round.  Validation never stops at the first
  error; each check works on whatever parts of the file are well formed, and a
  check whose input is broken stays silent rather than report a consequence.
* No input, however hostile, may raise: files come from authors' editors, from
  copies of copies, and (via the admin UI) from uploads.  `yamlread` bounds
  size, depth, aliases and tags; a final catch-all turns a bug of the checker
  into a Problem marked `internal` (tests fail on those; users get one line).

Modules: `yamlread` (files, text, YAML → located nodes), `nodes` (typed access),
`sections` and `transitions` (the parts of a definition), `calls` (guards and
effects against the catalogue), `document` (one file, whole), `pack`
(references across a pack, `validate_paths`, `load_pack`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from engine.definitions.catalogue import Catalogue
from engine.definitions.declared import Declared, DefChecker, PackRef
from engine.definitions.document import SUPPORTED_FORMAT, validate
from engine.definitions.model import Definition
from engine.definitions.nodes import MAX_PROBLEMS
from engine.definitions.problems import DefinitionError, Problem, Text, problem, tr
from engine.definitions.yamlread import MAX_DEPTH, Map, compose, decode, read_file

MAX_BYTES = 1024 * 1024
RESERVED_FILES = frozenset({"organisation.yaml", "demo.yaml"})

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_PROBLEMS",
    "RESERVED_FILES",
    "SUPPORTED_FORMAT",
    "DefinitionError",
    "Problem",
    "Result",
    "load_file",
    "parse_definition",
]


@dataclass
class Result:
    """What one file yields: its definition if faultless, and what is known of it anyway."""

    path: str
    definition: Definition | None
    problems: list[Problem]
    type_id: str | None = None  # known even when the file has problems
    type_line: int = 1
    refs: list[PackRef] = field(default_factory=list)
    decl: Declared | None = None  # None when the file could not be read as a definition
    ceilings: list[tuple[str, int]] = field(default_factory=list)  # ceiling keys guards use
    derived: int = 0  # how many problems at the end of `problems` follow from others

    def add(self, more: list[Problem]) -> None:
        """Merge problems found later (pack checks) in line order, before the derived ones."""
        cut = len(self.problems) - self.derived
        head = sorted(self.problems[:cut] + more, key=lambda p: p.line)
        self.problems = head + self.problems[cut:]


def parse(
    data: bytes | bytearray | memoryview | str, path: str, pack: str | None, catalogue: Catalogue
) -> Result:
    c = DefChecker(path, pack, catalogue)
    result = Result(path, None, [])
    try:
        _parse_into(c, data, result)
    except Exception as exc:  # a bug of the checker: one line for users, flagged for tests
        c.err(
            1,
            f"internal error while checking this file ({type(exc).__name__}: {exc})",
            internal=True,
        )
    if c.problems or c.derived:
        result.definition = None
    # Sorted by line so the report reads top to bottom, with what follows from
    # other problems (unreachable states) after them; an identical problem
    # reached by two checks is shown once.
    derived = [problem(path, line, message) for line, message in c.derived]
    found = sorted(dict.fromkeys(c.problems), key=lambda p: p.line)
    derived = sorted(dict.fromkeys(derived), key=lambda p: p.line)
    problems = found + derived
    result.derived = len(derived)
    if len(problems) > MAX_PROBLEMS:
        rest = len(problems) - MAX_PROBLEMS
        more = tr("def.more_problems", count=rest)
        problems = [*problems[:MAX_PROBLEMS], problem(path, problems[MAX_PROBLEMS].line, more)]
        result.derived = 0
    result.problems = problems
    result.refs = c.refs
    return result


def _parse_into(c: DefChecker, data: bytes | bytearray | memoryview | str, result: Result) -> None:
    text = decode(data, MAX_BYTES, c)
    if text is None:
        return
    root = compose(text, c, empty=tr("def.empty"))
    if root is None:
        return
    if not isinstance(root, Map):
        expected = Text(
            "một ánh xạ YAML (format: 1, type: ..., states: ...)",
            "a YAML mapping (format: 1, type: ..., states: ...)",
        )
        c.wrong(root, Text("một định nghĩa", "a definition"), expected)
        return
    result.definition, result.type_id, result.type_line = validate(c, root)
    result.decl = c.decl
    result.ceilings = c.ceilings


def parse_definition(
    data: bytes | str, path: str, pack: str | None = None, *, catalogue: Catalogue
) -> tuple[Definition | None, list[Problem]]:
    """Parse and check one definition; the Definition is returned only if it has no problems.

    Pack-level references (other types, their states and triggers) are not checked
    here: use `validate_paths` or `load_pack` for that.
    """
    result = parse(data, path, pack, catalogue)
    return result.definition, result.problems


def read(path: Path, catalogue: Catalogue) -> Result:
    shown = str(path)
    c = DefChecker(shown, None, catalogue)
    data = read_file(path, MAX_BYTES, c)
    if data is None:
        return Result(shown, None, c.problems)
    return parse(data, shown, path.absolute().parent.name or None, catalogue)


def load_file(path: Path, *, catalogue: Catalogue) -> tuple[Definition | None, list[Problem]]:
    """`parse_definition` on a file; the pack is the name of its folder."""
    result = read(Path(path), catalogue)
    return result.definition, result.problems
