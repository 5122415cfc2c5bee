"""organisation.yaml's users (with their role grants) and budget ceilings."""

from __future__ import annotations

import unicodedata
from typing import Any

from engine.definitions.nodes import at
from engine.definitions.problems import Text
from engine.definitions.yamlread import Map, Scalar
from engine.packfiles import PRODUCT_ROLES, FileChecker, OrgFacts

_USER = (("username", "full_name"), ("title", "roles"))
_GRANT = (("role", "unit"), ())
_CEILING = (("key", "year", "amount"), ())
# Column lengths of engine/db.py.
_CODE_LEN, _NAME_LEN, _USERNAME_LEN, _ROLE_LEN, _CEILING_KEY_LEN = 40, 255, 80, 60, 60


def users_section(
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
                        f"tên đăng nhập {username!r} trùng với {first!r} (dòng {line}) khi "
                        "không phân biệt hoa thường",
                        f"username {username!r} is the same as {first!r} (line {line}) once "
                        "case is ignored",
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


def ceilings_section(c: FileChecker, top: Map) -> list[dict[str, Any]]:
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
                    f"{what.vi}: trần {key!r} năm {year} khai báo hai lần (lần đầu ở dòng "
                    f"{seen[(key, year)]})",
                    f"{what.en}: ceiling {key!r} for {year} is declared twice (first at line "
                    f"{seen[(key, year)]})",
                ),
            )
            continue
        seen[(key, year)] = m.line
        out.append({"key": key, "year": year, "amount": amount})
    return out
