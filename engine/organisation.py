"""Reading a pack's organisation.yaml (see docs/workflows.md); demo.yaml is in `demofile`.

`load_organisation` returns values the services can store as they are (codes,
lengths, dates and amounts fit the columns of engine/db.py), or raises one
`OrganisationError` listing every problem as PATH:LINE: message.  Given the
pack's definitions (`pack=`), it also checks that every role granted is one a
definition declares and that every budget ceiling a guard uses is declared.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.definitions import PackFacts, check_paths
from engine.definitions.loader import RESERVED_FILES
from engine.definitions.nodes import at
from engine.definitions.problems import Problem, Text
from engine.definitions.yamlread import Map, Node, Scalar, Seq, short
from engine.demofile import check_demo
from engine.packfiles import (
    FileChecker,
    OrganisationError,
    PRODUCT_ROLES,
    OrgFacts,
    read_nodes,
    sort_problems,
)

CODE = re.compile(r"[A-Z0-9_]+")
_TOP = (("format", "units"), ("province", "users", "ceilings"))
_UNIT = (("code", "name", "kind"), ("coordinator", "active_from", "active_to", "children"))
_USER = (("username", "full_name"), ("title", "roles"))
_GRANT = (("role", "unit"), ())
_CEILING = (("key", "year", "amount"), ())
# Column lengths of engine/db.py.
_CODE_LEN, _NAME_LEN, _KIND_LEN, _USERNAME_LEN, _ROLE_LEN, _CEILING_KEY_LEN = (
    40,
    255,
    40,
    80,
    60,
    60,
)


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
    """Default of `pack=`: the definitions in the file's own folder, if it has any."""


FOLDER = _Folder()


def folder_facts(folder: Path) -> PackFacts | None:
    """What the definitions of `folder` declare (even broken ones); None if it has none."""
    from engine.rules import CATALOGUE  # the product's catalogue; rules never import this module

    try:
        files = [p for p in folder.glob("*.yaml") if p.name not in RESERVED_FILES]
    except OSError:
        return None
    if not files:
        return None
    _definitions, _problems, packs = check_paths([folder], catalogue=CATALOGUE)
    return packs[0] if packs else None


def load_organisation(path: Path, *, pack: PackFacts | _Folder | None = FOLDER) -> Organisation:
    """organisation.yaml, checked; by default against the definitions next to it."""
    path = Path(path)
    if isinstance(pack, _Folder):
        pack = folder_facts(path.parent)
    org, _facts, problems = check_organisation(path, pack)
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
    users = _users(c, top, facts, roles)
    ceilings = _ceilings(c, top)
    ceilings_node = top.get("ceilings")
    ceilings_readable = ceilings_node is None or isinstance(ceilings_node, Seq)
    if pack is not None:
        declared = {item["key"] for item in ceilings}
        for key, where, line in pack.ceilings():
            if key not in declared and ceilings_readable:
                c.err(
                    top.key_line("ceilings"),
                    Text(
                        f"trần ngân sách {key!r} được dùng ở {where}:{line} nhưng chưa khai báo trong 'ceilings'",
                        f"budget ceiling {key!r} is used at {where}:{line} but not declared under 'ceilings'",
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


def _users(
    c: FileChecker, top: Map, facts: OrgFacts, roles: set[str] | None
) -> list[dict[str, Any]]:
    users: list[dict[str, Any]] = []
    folded: dict[str, tuple[str, int]] = {}
    items = c.seq(top.get("users"), Text("'users'", "'users'"))
    if items is None and top.get("users") is not None:
        facts.users_complete = False
    for i, node in enumerate(items or ()):
        what = Text(f"users[{i}]", f"users[{i}]")
        m = c.mapping(node, what, *_USER)
        if m is None:
            facts.users_complete = False
            continue
        name_node = m.get("username")
        if isinstance(name_node, Scalar) and name_node.kind == "str":
            facts.mentioned.add(name_node.value)
        else:
            facts.users_complete = False
        username = c.text(name_node, at(what, "username"), _USERNAME_LEN, name=True)
        if username is not None and name_node is not None:
            what = Text(f"người dùng {username}", f"user {username}")
            key = unicodedata.normalize("NFC", username.casefold())
            if key in folded:
                first, line = folded[key]
                c.err(
                    name_node.line,
                    Text(
                        f"tên đăng nhập {username!r} trùng với {first!r} (dòng {line}) khi không phân biệt hoa thường",
                        f"username {username!r} is the same as {first!r} (line {line}) once case is ignored",
                    ),
                )
                username = None
            else:
                folded[key] = (username, name_node.line)
                facts.users.add(username)
        full_name = c.text(m.get("full_name"), at(what, "full_name"), _NAME_LEN, name=True)
        title = (
            c.text(m.get("title"), at(what, "title"), _NAME_LEN, name=True)
            if m.get("title") is not None
            else ""
        )
        grants = _grants(c, m, what, facts, roles)
        if (
            username is not None
            and full_name is not None
            and title is not None
            and grants is not None
        ):
            users.append(
                {"username": username, "full_name": full_name, "title": title, "roles": grants}
            )
    return users


def _grants(
    c: FileChecker, m: Map, what: Text, facts: OrgFacts, roles: set[str] | None
) -> list[dict[str, str]] | None:
    grants: list[dict[str, str]] = []
    ok = True
    for j, gnode in enumerate(c.seq(m.get("roles"), at(what, "roles")) or ()):
        gwhat = what + f".roles[{j}]"
        gm = c.mapping(gnode, gwhat, *_GRANT)
        if gm is None:
            ok = False
            continue
        role_node, unit_node = gm.get("role"), gm.get("unit")
        role = c.text(role_node, at(gwhat, "role"), _ROLE_LEN)
        unit = c.text(unit_node, at(gwhat, "unit"), _CODE_LEN)
        if (
            role is not None
            and roles is not None
            and role not in roles
            and role not in PRODUCT_ROLES
            and role_node is not None
        ):
            c.err(
                role_node.line,
                Text(
                    f"{gwhat.vi}: không định nghĩa nào của gói khai báo vai trò {role!r}",
                    f"{gwhat.en}: no definition of the pack declares role {role!r}",
                ),
            )
            role = None
        if (
            unit is not None
            and unit not in facts.mentioned
            and facts.units_complete
            and unit_node is not None
        ):
            c.err(
                unit_node.line,
                Text(
                    f"{gwhat.vi}: đơn vị {unit!r} không có trong 'units'",
                    f"{gwhat.en}: unit {unit!r} is not a unit of this file",
                ),
            )
            unit = None
        if role is None or unit is None:
            ok = False
            continue
        grants.append({"role": role, "unit": unit})
    return grants if ok else None


def _ceilings(c: FileChecker, top: Map) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: dict[tuple[str, int], int] = {}
    for i, node in enumerate(c.seq(top.get("ceilings"), Text("'ceilings'", "'ceilings'")) or ()):
        what = Text(f"ceilings[{i}]", f"ceilings[{i}]")
        m = c.mapping(node, what, *_CEILING)
        if m is None:
            continue
        key = c.text(m.get("key"), at(what, "key"), _CEILING_KEY_LEN, name=True)
        year = c.year(m.get("year"), at(what, "year"))
        amount = c.amount(m.get("amount"), at(what, "amount"))
        if key is None or year is None or amount is None:
            continue
        if (key, year) in seen:
            c.err(
                m.line,
                Text(
                    f"{what.vi}: trần {key!r} năm {year} khai báo hai lần (lần đầu ở dòng {seen[(key, year)]})",
                    f"{what.en}: ceiling {key!r} for {year} is declared twice (first at line {seen[(key, year)]})",
                ),
            )
            continue
        seen[(key, year)] = m.line
        out.append({"key": key, "year": year, "amount": amount})
    return out


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
    pack: PackFacts | _Folder | None = FOLDER,
) -> dict[str, Any]:
    """demo.yaml, checked against an organisation (default: the organisation.yaml next to it,
    as far as it can be read) and the pack's definitions (default: those next to it)."""
    path = Path(path)
    if isinstance(pack, _Folder):
        pack = folder_facts(path.parent)
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
    "load_demo",
    "load_organisation",
    "org_facts",
]
