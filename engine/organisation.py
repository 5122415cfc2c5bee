"""Reading a pack's organisation.yaml (see docs/workflows.md); demo.yaml is in `demofile`.

`load_organisation` returns values the services can store as they are (codes,
lengths, dates and amounts fit the columns of engine/db.py), or raises one
`OrganisationError` listing every problem as PATH:LINE: message.  Given the
pack's definitions (`pack=`), it also checks that every role granted is one a
definition declares and that every budget ceiling a guard uses is declared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.definitions import PackFacts
from engine.definitions.catalogue import Catalogue
from engine.definitions.loader import RESERVED_FILES, read
from engine.definitions.nodes import at
from engine.definitions.problems import Problem, Text
from engine.definitions.yamlread import Node, Scalar, Seq, short
from engine.demofile import check_demo
from engine.organisation_sections import ceilings_section, users_section
from engine.packfiles import (
    FileChecker,
    OrganisationError,
    OrgFacts,
    read_nodes,
    sort_problems,
)

CODE = re.compile(r"[A-Z0-9_]+")
_TOP = (("format", "units"), ("province", "users", "ceilings"))
_UNIT = (("code", "name", "kind"), ("coordinator", "active_from", "active_to", "children"))
# Column lengths of engine/db.py.
_CODE_LEN, _NAME_LEN, _KIND_LEN = 40, 255, 40


@dataclass
class Organisation:
    province: str
    units: list[dict[str, Any]]
    users: list[dict[str, Any]]
    ceilings: list[dict[str, Any]]


def check_organisation(
    path: Path, pack: PackFacts | None = None
) -> tuple[Organisation | None, OrgFacts, list[Problem]]:
    """The organisation (None if any problem), what it declares anyway, and its problems."""
    c = FileChecker(str(path))
    facts = OrgFacts()
    org: Organisation | None = None
    try:
        root = read_nodes(
            path,
            c,
            Text(
                "tệp trống; cần format: 1 và units", "file is empty; expected format: 1 and units"
            ),
        )
        if root is None:
            facts.units_complete = facts.users_complete = False
        else:
            org = _organisation(c, root, facts, pack)
    except Exception as exc:  # a bug of the checker: one line for users, flagged for tests
        c.err(
            1,
            f"internal error while checking this file ({type(exc).__name__}: {exc})",
            internal=True,
        )
    problems = sort_problems(c.problems)
    return (None if problems else org), facts, problems


class _Folder:
    """Default of `pack=`: the definitions beside the file (never the file itself)."""


FOLDER = _Folder()


def folder_facts(
    folder: Path, *, catalogue: Catalogue, exclude: Path | None = None
) -> PackFacts | None:
    """What the definitions of `folder` declare (even broken ones); None if it has none.

    `exclude` is the file being checked: an organisation file not named
    organisation.yaml (say org.yaml) sits among the *.yaml files but is no definition.
    """
    try:
        skip = exclude.resolve() if exclude is not None else None
        files = sorted(
            p
            for p in folder.glob("*.yaml")
            if p.name not in RESERVED_FILES and p.is_file() and p.resolve() != skip
        )
    except OSError:
        return None
    if not files:
        return None
    return PackFacts(folder, [read(f, catalogue) for f in files])


def _pack_facts(
    path: Path, pack: PackFacts | _Folder | None, catalogue: Catalogue
) -> PackFacts | None:
    if not isinstance(pack, _Folder):
        return pack
    return folder_facts(path.parent, catalogue=catalogue, exclude=path)


def load_organisation(
    path: Path,
    *,
    catalogue: Catalogue,
    pack: PackFacts | _Folder | None = FOLDER,
) -> Organisation:
    """organisation.yaml, checked against `pack` (None: no cross-checks); by default
    against the definitions beside it, read with `catalogue`."""
    path = Path(path)
    org, _facts, problems = check_organisation(path, _pack_facts(path, pack, catalogue))
    if problems or org is None:
        raise OrganisationError(problems)
    return org


def _organisation(
    c: FileChecker, root: Node, facts: OrgFacts, pack: PackFacts | None
) -> Organisation | None:
    top = c.mapping(root, Text("organisation.yaml", "organisation.yaml"), *_TOP)
    if top is None:
        facts.units_complete = facts.users_complete = False
        return None
    fmt = c.integer(top.get("format"), Text("'format'", "'format'"))
    if fmt is not None and fmt != 1:
        c.err(
            top.key_line("format"),
            Text(f"'format' phải là 1, nhận được {fmt}", f"'format' must be 1, got {fmt}"),
        )
    province = c.text(top.get("province"), Text("'province'", "'province'"), _NAME_LEN)
    seen: dict[str, int] = {}
    coordinators: list[tuple[str, int, Text]] = []
    unit_nodes = c.seq(top.get("units"), Text("'units'", "'units'"))
    if unit_nodes is None:
        facts.units_complete = False
    elif not unit_nodes:
        c.err(
            top.key_line("units"),
            Text("'units' phải có ít nhất một đơn vị", "'units' must list at least one unit"),
        )
    units = [
        u
        for i, n in enumerate(unit_nodes or ())
        if (u := _unit(c, n, Text(f"units[{i}]", f"units[{i}]"), seen, coordinators, facts))
        is not None
    ]
    facts.units.update(seen)
    for code, line, what in coordinators:
        if code not in facts.mentioned and facts.units_complete:
            c.err(
                line,
                Text(
                    f"{what.vi}: đơn vị đầu mối {code!r} không có trong tệp này",
                    f"{what.en}: coordinator {code!r} is not a unit of this file",
                ),
            )
    roles = pack.roles() if pack is not None else None
    users = users_section(c, top, facts, roles)
    ceilings = ceilings_section(c, top)
    ceilings_node = top.get("ceilings")
    ceilings_readable = ceilings_node is None or isinstance(ceilings_node, Seq)
    if pack is not None:
        declared = {item["key"] for item in ceilings}
        for key, where, line in pack.ceilings():
            if key not in declared and ceilings_readable:
                c.err(
                    top.key_line("ceilings"),
                    Text(
                        f"trần ngân sách {key!r} được dùng ở {where}:{line} nhưng chưa khai "
                        "báo trong 'ceilings'",
                        f"budget ceiling {key!r} is used at {where}:{line} but not declared "
                        "under 'ceilings'",
                    ),
                )
    name = province or (units[0]["name"] if units else "")
    return Organisation(name, units, users, ceilings)


def _unit(
    c: FileChecker,
    node: Node,
    what: Text,
    seen: dict[str, int],
    coordinators: list[tuple[str, int, Text]],
    facts: OrgFacts,
) -> dict[str, Any] | None:
    m = c.mapping(node, what, *_UNIT)
    if m is None:
        facts.units_complete = False
        return None
    code_node = m.get("code")
    if isinstance(code_node, Scalar) and code_node.kind == "str":
        facts.mentioned.add(code_node.value)
    else:
        facts.units_complete = False
    code = c.text(code_node, at(what, "code"), _CODE_LEN)
    if code is not None and code_node is not None:
        what = Text(f"đơn vị {code}", f"unit {code}")
        if not CODE.fullmatch(code):
            c.err(
                code_node.line,
                Text(
                    f"{what.vi}: mã phải gồm A-Z, 0-9 và _",
                    f"{what.en}: code {short(code)!r} must match [A-Z0-9_]+",
                ),
            )
            code = None
        elif code in seen:
            c.err(
                code_node.line,
                Text(
                    f"mã đơn vị {code!r} bị lặp (lần đầu ở dòng {seen[code]})",
                    f"duplicate unit code {code!r} (first at line {seen[code]})",
                ),
            )
            code = None
        else:
            seen[code] = code_node.line
    name = c.text(m.get("name"), at(what, "name"), _NAME_LEN)
    kind = c.text(m.get("kind"), at(what, "kind"), _KIND_LEN, name=True)
    coordinator_node = m.get("coordinator")
    coordinator = c.text(coordinator_node, at(what, "coordinator"), _CODE_LEN)
    if coordinator is not None and coordinator_node is not None:
        coordinators.append((coordinator, coordinator_node.line, what))
    active_from = c.date(m.get("active_from"), at(what, "active_from"))
    active_to = c.date(m.get("active_to"), at(what, "active_to"))
    if active_from and active_to and active_to < active_from:
        c.err(
            m.key_line("active_to"),
            Text(
                f"{what.vi}: 'active_to' ({active_to}) trước 'active_from' ({active_from})",
                f"{what.en}: 'active_to' ({active_to}) is before 'active_from' ({active_from})",
            ),
        )
    children: list[dict[str, Any]] = []
    for i, child in enumerate(c.seq(m.get("children"), at(what, "children")) or ()):
        unit = _unit(c, child, what + f".children[{i}]", seen, coordinators, facts)
        if unit is not None:
            children.append(unit)
    if code is None or name is None or kind is None:
        return None
    return {
        "code": code,
        "name": name,
        "kind": kind,
        "coordinator": coordinator,
        "active_from": active_from,
        "active_to": active_to,
        "children": children,
    }


def _walk(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for u in units:
        out.append(u)
        out.extend(_walk(u.get("children") or []))
    return out


def org_facts(org: Organisation) -> OrgFacts:
    return OrgFacts(
        units={u["code"] for u in _walk(org.units)}, users={u["username"] for u in org.users}
    )


def load_demo(
    path: Path,
    *,
    organisation: Organisation | None = None,
    catalogue: Catalogue,
    pack: PackFacts | _Folder | None = FOLDER,
) -> dict[str, Any]:
    """demo.yaml, checked against an organisation (default: the organisation.yaml next to it,
    as far as it can be read) and `pack` (default: the definitions next to it, read with
    `catalogue`)."""
    path = Path(path)
    pack = _pack_facts(path, pack, catalogue)
    facts: OrgFacts | None = None
    if organisation is not None:
        facts = org_facts(organisation)
    elif (path.parent / "organisation.yaml").exists():
        _org, facts, _problems = check_organisation(path.parent / "organisation.yaml", pack)
    data, problems = check_demo(path, facts, pack)
    if problems or data is None:
        raise OrganisationError(problems)
    return data


__all__ = [
    "Organisation",
    "OrganisationError",
    "check_organisation",
    "folder_facts",
    "load_demo",
    "load_organisation",
    "org_facts",
]
