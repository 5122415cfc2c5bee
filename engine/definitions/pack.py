"""Packs: which files a path names, references across a pack's definitions, and loading.

A pack is a folder.  Pack-level checks see every definition file of the folders
involved, even ones not named (so one file can be checked against its pack),
but only the named files' problems are reported.  A reference into another
file is checked against what that file declares, even when it has problems of
its own; only a kind of declaration that could not be read is not checked.
"""

from __future__ import annotations

import difflib
import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from engine.definitions.catalogue import Catalogue
from engine.definitions.declared import Declared, PackRef
from engine.definitions.loader import RESERVED_FILES, Result, read
from engine.definitions.model import Definition
from engine.definitions.problems import DefinitionError, Problem, Text, problem, tr


@dataclass
class PackFacts:
    """What a pack's definitions declare, for checking its organisation and demo files."""

    folder: Path
    results: list[Result] = field(default_factory=list)  # every definition file of the folder

    @property
    def types(self) -> dict[str, Declared | None]:
        out: dict[str, Declared | None] = {}
        for r in self.results:
            if r.type_id is not None:
                out.setdefault(r.type_id, r.decl)
        return out

    @property
    def complete(self) -> bool:
        """Every file could be read far enough to know its type and declarations."""
        return all(r.type_id is not None and r.decl is not None for r in self.results)

    def roles(self) -> set[str] | None:
        """Roles declared by any definition; None if some file's roles cannot be known."""
        out: set[str] = set()
        for r in self.results:
            if r.decl is None or "role" in r.decl.incomplete:
                return None
            out.update(r.decl.roles)
        return out

    def ceilings(self) -> list[tuple[str, str, int]]:
        """(key, path, line) of every budget ceiling a guard of the pack uses."""
        return [(key, r.path, line) for r in self.results for key, line in r.ceilings]


def _folder_files(folder: Path, recursive: bool) -> list[Path]:
    found = folder.rglob("*.yaml") if recursive else folder.glob("*.yaml")
    # Anything that is not a folder is kept, pipes and broken links included:
    # the reader refuses them with a message instead of skipping them unseen.
    return sorted(p for p in found if p.name not in RESERVED_FILES and not _is_dir(p))


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def _expand(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    reserved: list[Path] = []  # organisation.yaml / demo.yaml: checked with their pack
    for raw in paths:
        path = Path(raw)
        try:
            os.lstat(path)
        except OSError as exc:
            reason = tr("file.no_such") if exc.errno == errno.ENOENT else exc.strerror or str(exc)
            problems.append(problem(str(path), 1, reason))
            continue
        try:
            if _is_dir(path):
                found = _folder_files(path, recursive=True)
                if not found:  # never "OK: 0 definitions"
                    problems.append(problem(str(path), 1, tr("pack.no_definition")))
                files.extend(found)
            elif path.name in RESERVED_FILES:
                reserved.append(path)
            else:
                files.append(path)
        except OSError as exc:
            problems.append(
                problem(str(path), 1, tr("file.cannot_list", reason=exc.strerror or str(exc)))
            )
    folders = {f.absolute().parent for f in files}
    for path in reserved:
        if path.absolute().parent not in folders:  # named alone: nothing to check it with
            problems.append(problem(str(path), 1, tr("pack.reserved_file")))
    unique: dict[Path, Path] = {}
    for f in files:
        unique.setdefault(f.absolute(), f)
    return sorted(unique.values()), problems


def definition_files(paths: Iterable[Path]) -> list[Path]:
    """The definition files named by `paths` (folders expanded), sorted.

    Raises DefinitionError if a path does not exist.
    """
    files, problems = _expand(paths)
    if problems:
        raise DefinitionError(problems)
    return files


def _pack_checks(given: list[Result], everything: list[Result], pack: str) -> None:
    by_type: dict[str, list[Result]] = {}
    for r in everything:
        if r.type_id is not None:
            by_type.setdefault(r.type_id, []).append(r)
    for r in given:
        if r.type_id is None:
            continue
        others = [o for o in by_type[r.type_id] if o is not r]
        if others:
            where = ", ".join(Path(o.path).name for o in others)
            r.problems.append(
                problem(
                    r.path,
                    r.type_line,
                    tr("pack.duplicate_type", type=r.type_id, where=where, pack=pack),
                )
            )
    types_known = all(r.type_id is not None for r in everything)
    for r in given:
        found = []
        for ref in r.refs:
            message = _check_ref(ref, by_type, pack, types_known)
            if message is not None:
                found.append(problem(r.path, ref.line, message))
        r.add(found)


def _check_ref(
    ref: PackRef, by_type: dict[str, list[Result]], pack: str, types_known: bool
) -> Text | None:
    if ref.kind == "type":
        if ref.name in by_type or not types_known:
            return None  # a file whose type cannot be read may be the one meant
        close = difflib.get_close_matches(ref.name, sorted(by_type), n=1)
        hint = Text("; ", "; ") + tr("node.did_you_mean", name=close[0]) if close else Text("", "")
        return tr("pack.no_type", what=ref.where, type=ref.name, pack=pack, hint=hint)
    assert ref.of_type is not None
    if ref.of_type not in by_type:
        return None  # the type itself is reported by its own "type" reference
    decl = by_type[ref.of_type][0].decl
    if decl is None or ref.kind in decl.incomplete:
        return None  # that part of the other file cannot be read: do not guess
    if ref.name in decl.names(ref.kind):
        return None
    kind = _NOUNS.get(ref.kind, Text(ref.kind, ref.kind))
    return tr("pack.not_of_type", what=ref.where, name=ref.name, kind=kind, type=ref.of_type)


_NOUNS = {
    "state": Text("trạng thái", "state"),
    "trigger": Text("thao tác", "trigger"),
    "field": Text("trường", "field"),
    "link": Text("liên kết", "link"),
}


def check_paths(
    paths: Iterable[Path], *, catalogue: Catalogue
) -> tuple[list[Definition], list[Problem], list[PackFacts]]:
    """`validate_paths`, plus what each pack folder involved declares."""
    files, problems = _expand(paths)
    given = [read(f, catalogue) for f in files]
    folders: dict[Path, list[tuple[Path, Result]]] = {}
    shown: dict[Path, Path] = {}  # each folder as the user wrote it, for the paths reported
    for f, r in zip(files, given, strict=True):
        folders.setdefault(f.absolute().parent, []).append((f, r))
        shown.setdefault(f.absolute().parent, f.parent)
    facts: list[PackFacts] = []
    for folder, members in folders.items():
        named = {f.absolute() for f, _r in members}
        try:
            extra = [p for p in _folder_files(folder, recursive=False) if p.absolute() not in named]
        except OSError:
            extra = []
        siblings = [read(p, catalogue) for p in extra]
        mine = [r for _f, r in members]
        try:
            _pack_checks(mine, mine + siblings, folder.name)
        except Exception as exc:  # a bug of the checker: one line for users, flagged for tests
            for r in mine:
                message = f"internal error in pack checks ({type(exc).__name__}: {exc})"
                r.problems.append(problem(r.path, 1, message, internal=True))
        facts.append(PackFacts(shown[folder], mine + siblings))
    definitions: list[Definition] = []
    for r in given:
        problems.extend(r.problems)
        if r.definition is not None and not r.problems:
            definitions.append(r.definition)
    return definitions, problems, facts


def validate_paths(
    paths: Iterable[Path], *, catalogue: Catalogue
) -> tuple[list[Definition], list[Problem]]:
    """Check files and folders, including references across each pack.

    Only definitions whose files have no problems at all are returned.
    """
    definitions, problems, _facts = check_paths(paths, catalogue=catalogue)
    return definitions, problems


def load_pack(folder: Path, *, catalogue: Catalogue) -> list[Definition]:
    """Every definition of a pack folder, fully checked; DefinitionError if any problem."""
    definitions, problems = validate_paths([Path(folder)], catalogue=catalogue)
    if problems:
        raise DefinitionError(problems)
    return definitions
