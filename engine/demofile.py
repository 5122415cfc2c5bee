"""Checking a pack's demo.yaml: shapes, and references to the organisation and the definitions.

References are checked against what organisation.yaml and the definitions
declare as far as they can be read, so a broken organisation.yaml does not hide
the demo's own mistakes (and does not invent new ones either: a unit that may
be one of the unreadable entries is not reported).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from engine.definitions import PackFacts
from engine.definitions.declared import Declared
from engine.definitions.nodes import at
from engine.definitions.problems import Problem, Text
from engine.definitions.yamlread import Map, Node, plain
from engine.packfiles import PRODUCT_ROLES, FileChecker, OrgFacts, read_nodes, sort_problems

_TOP = (("format",), ("year", "delegations", "documents", "actions"))
_DELEGATION = (("from", "to", "role", "unit", "starts", "ends"), ())
_DOCUMENT = (("key", "type", "unit", "title", "as"), ("year", "fields", "links", "steps"))
_STEP = (("trigger", "as"), ("comment", "inputs"))
_ACTION = (("doc", "trigger", "as"), ("comment", "inputs"))
_TITLE_LEN, _KEY_LEN = 500, 80


class _DemoChecker(FileChecker):
    def __init__(self, path: str, org: OrgFacts | None, pack: PackFacts | None) -> None:
        super().__init__(path)
        self.org = org
        self.pack = pack
        self.types = pack.types if pack is not None else {}
        self.doc_types: dict[str, str | None] = {}  # document key -> its type

    def user(self, node: Node | None, what: Text) -> None:
        name = self.text(node, what, 80)
        if name is None or node is None or self.org is None:
            return
        known = self.org.users | self.org.mentioned
        if name not in known and self.org.users_complete:
            self.err(
                node.line,
                Text(
                    f"{what.vi}: organisation.yaml không có người dùng {name!r}",
                    f"{what.en}: no user {name!r} in organisation.yaml",
                ),
            )

    def unit(self, node: Node | None, what: Text) -> None:
        code = self.text(node, what, 40)
        if code is None or node is None or self.org is None:
            return
        if code not in self.org.units | self.org.mentioned and self.org.units_complete:
            self.err(
                node.line,
                Text(
                    f"{what.vi}: organisation.yaml không có đơn vị {code!r}",
                    f"{what.en}: no unit {code!r} in organisation.yaml",
                ),
            )

    def role(self, node: Node | None, what: Text) -> None:
        role = self.text(node, what, 60)
        roles = self.pack.roles() if self.pack is not None else None
        if (
            role is not None
            and node is not None
            and roles is not None
            and role not in roles
            and role not in PRODUCT_ROLES
        ):
            self.err(
                node.line,
                Text(
                    f"{what.vi}: không định nghĩa nào của gói khai báo vai trò {role!r}",
                    f"{what.en}: no definition of the pack declares role {role!r}",
                ),
            )

    def type_id(self, node: Node | None, what: Text) -> str | None:
        type_id = self.ident(node, what)
        if type_id is None or node is None or self.pack is None:
            return type_id
        if type_id not in self.types:
            if self.pack.complete:
                known = ", ".join(sorted(self.types))
                self.err(
                    node.line,
                    Text(
                        f"{what.vi}: gói không có loại văn bản {type_id!r} (có: {known})",
                        f"{what.en}: no type {type_id!r} in the pack (types: {known})",
                    ),
                )
            return None
        return type_id

    def member(self, type_id: str | None, kind: str, line: int, name: str, what: Text) -> None:
        """Reports `name` if the definition of `type_id` surely has no such `kind`."""
        if type_id is None:
            return
        decl: Declared | None = self.types.get(type_id)
        if decl is None or kind in decl.incomplete or name in decl.names(kind):
            return
        noun = {
            "trigger": Text("thao tác", "trigger"),
            "field": Text("trường", "field"),
            "link": Text("liên kết", "link"),
        }[kind]
        self.err(
            line,
            Text(
                f"{what.vi}: {name!r} không phải {noun.vi} của loại văn bản {type_id!r}",
                f"{what.en}: {name!r} is not a {noun.en} of type {type_id!r}",
            ),
        )

    def step(self, m: Map, what: Text, type_id: str | None) -> None:
        trigger_node = m.get("trigger")
        trigger = self.ident(trigger_node, at(what, "trigger"))
        if trigger is not None and trigger_node is not None:
            self.member(type_id, "trigger", trigger_node.line, trigger, at(what, "trigger"))
        self.user(m.get("as"), at(what, "as"))
        if m.get("comment") is not None:
            self.text(m.get("comment"), at(what, "comment"), 100_000)
        self.field_names(m.get("inputs"), at(what, "inputs"), type_id)

    def field_names(self, node: Node | None, what: Text, type_id: str | None) -> None:
        if node is None:
            return
        if not isinstance(node, Map):
            self.wrong(node, what, Text("ánh xạ trường → giá trị", "a mapping of field to value"))
            return
        for name, (line, _value) in node.items.items():
            self.member(type_id, "field", line, name, what)


def check_demo(
    path: Path, org: OrgFacts | None = None, pack: PackFacts | None = None
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """demo.yaml as plain data (None if any problem) and its problems."""
    c = _DemoChecker(str(path), org, pack)
    data: dict[str, Any] | None = None
    try:
        root = read_nodes(
            path, c, Text("tệp trống; cần format: 1", "file is empty; expected format: 1")
        )
        if root is not None:
            _check(c, root)
            data = plain(root) if isinstance(root, Map) else None
    except Exception as exc:  # a bug of the checker: one line for users, flagged for tests
        c.err(
            1,
            f"internal error while checking this file ({type(exc).__name__}: {exc})",
            internal=True,
        )
    problems = sort_problems(c.problems)
    return (None if problems else data), problems


def _check(c: _DemoChecker, root: Node) -> None:
    top = c.mapping(root, Text("demo.yaml", "demo.yaml"), *_TOP)
    if top is None:
        return
    fmt = c.integer(top.get("format"), Text("'format'", "'format'"))
    if fmt is not None and fmt != 1:
        c.err(
            top.key_line("format"),
            Text(f"'format' phải là 1, nhận được {fmt}", f"'format' must be 1, got {fmt}"),
        )
    c.year(top.get("year"), Text("'year'", "'year'"))
    for i, node in enumerate(
        c.seq(top.get("delegations"), Text("'delegations'", "'delegations'")) or ()
    ):
        what = Text(f"delegations[{i}]", f"delegations[{i}]")
        m = c.mapping(node, what, *_DELEGATION)
        if m is None:
            continue
        c.user(m.get("from"), at(what, "from"))
        c.user(m.get("to"), at(what, "to"))
        c.role(m.get("role"), at(what, "role"))
        c.unit(m.get("unit"), at(what, "unit"))
        starts = c.date(m.get("starts"), at(what, "starts"))
        ends = c.date(m.get("ends"), at(what, "ends"))
        if starts and ends and ends < starts:
            c.err(
                m.key_line("ends"),
                Text(
                    f"{what.vi}: 'ends' ({ends}) trước 'starts' ({starts})",
                    f"{what.en}: 'ends' ({ends}) is before 'starts' ({starts})",
                ),
            )
    for i, node in enumerate(c.seq(top.get("documents"), Text("'documents'", "'documents'")) or ()):
        _document(c, node, i)
    for i, node in enumerate(c.seq(top.get("actions"), Text("'actions'", "'actions'")) or ()):
        what = Text(f"actions[{i}]", f"actions[{i}]")
        m = c.mapping(node, what, *_ACTION)
        if m is None:
            continue
        doc_node = m.get("doc")
        doc = c.text(doc_node, at(what, "doc"), _KEY_LEN)
        type_id = None
        if doc is not None and doc_node is not None:
            if doc not in c.doc_types:
                c.err(
                    doc_node.line,
                    Text(
                        f"{what.vi}: không có văn bản nào có key {doc!r} ở 'documents'",
                        f"{what.en}: no document with key {doc!r} under 'documents'",
                    ),
                )
            else:
                type_id = c.doc_types[doc]
        c.step(m, what, type_id)


def _document(c: _DemoChecker, node: Node, i: int) -> None:
    what = Text(f"documents[{i}]", f"documents[{i}]")
    m = c.mapping(node, what, *_DOCUMENT)
    if m is None:
        return
    key_node = m.get("key")
    key = c.text(key_node, at(what, "key"), _KEY_LEN)
    if key is not None:
        what = Text(f"văn bản {key}", f"document {key}")
    type_id = c.type_id(m.get("type"), at(what, "type"))
    c.year(m.get("year"), at(what, "year"))
    c.unit(m.get("unit"), at(what, "unit"))
    c.text(m.get("title"), at(what, "title"), _TITLE_LEN, name=False)
    c.user(m.get("as"), at(what, "as"))
    c.field_names(m.get("fields"), at(what, "fields"), type_id)
    links = m.get("links")
    if links is not None:
        if not isinstance(links, Map):
            c.wrong(
                links,
                at(what, "links"),
                Text("ánh xạ liên kết → key văn bản", "a mapping of link name to document key"),
            )
        else:
            for name, (line, target) in links.items.items():
                c.member(type_id, "link", line, name, at(what, "links"))
                ref = c.text(target, at(what, "links") + f" {name!r}", _KEY_LEN)
                if ref is not None and ref not in c.doc_types:
                    c.err(
                        target.line,
                        Text(
                            f"{what.vi}: liên kết {name!r} trỏ tới {ref!r}, không phải key "
                            "của văn bản đứng trước",
                            f"{what.en}: link {name!r} points to {ref!r}, not the key of an "
                            "earlier document",
                        ),
                    )
    for j, snode in enumerate(c.seq(m.get("steps"), at(what, "steps")) or ()):
        swhat = what + f".steps[{j}]"
        sm = c.mapping(snode, swhat, *_STEP)
        if sm is not None:
            c.step(sm, swhat, type_id)
    if key is not None and key_node is not None:
        if key in c.doc_types:
            c.err(
                key_node.line,
                Text(f"key văn bản {key!r} bị lặp", f"document key {key!r} is used twice"),
            )
        else:
            c.doc_types[key] = type_id
