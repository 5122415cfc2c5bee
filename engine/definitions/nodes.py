"""Typed access to located YAML nodes: each accessor reports a wrong shape and returns None.

`what` arguments name the place in the file in both languages (a `Text`, e.g.
"transition 'submit': 'from'"), so that every message says where it is.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from engine.definitions.model import Label
from engine.definitions.problems import Reporter, Text, tr
from engine.definitions.yamlread import Map, Node, Scalar, Seq, describe, short

# Beyond this a file is junk, not a file with typos; cap the report so a 1 MiB
# file of garbage keys does not produce a million lines.
MAX_PROBLEMS = 500

ID_RE = re.compile(r"[a-z][a-z0-9_]*")


def at(what: Text, key: str) -> Text:
    """`what` followed by a key: "state 2" + 'id' -> "state 2: 'id'"."""
    return what + f": {key!r}"


def named(vi: str, en: str, index: int, node: Node, key: str) -> Text:
    """ "transition 3", or "transition 'submit'" when the item's `key` is readable."""
    if isinstance(node, Map) and isinstance(n := node.get(key), Scalar):
        return Text(f"{vi} {n.raw!r}", f"{en} {n.raw!r}")
    return Text(f"{vi} {index + 1}", f"{en} {index + 1}")


class Checker(Reporter):
    def wrong(self, node: Node, what: Text, expected: Text) -> None:
        if isinstance(node, Scalar) and node.kind == "bad":
            return  # already reported (alias, bad tag, bad number)
        self.err(node.line, tr("node.wrong", what=what, expected=expected, got=describe(node)))

    def mapping(
        self,
        node: Node | None,
        what: Text,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> Map | None:
        if node is None:
            return None
        if not isinstance(node, Map):
            self.wrong(node, what, Text("một ánh xạ (mapping)", "a mapping"))
            return None
        allowed = (*required, *optional)
        for key, (kline, _value) in node.items.items():
            if key not in allowed:
                # difflib is slow; past the report cap nobody reads the hint anyway.
                capped = len(self.problems) >= MAX_PROBLEMS
                close = [] if capped else difflib.get_close_matches(key, allowed, n=1)
                if close:
                    hint = tr("node.did_you_mean", name=close[0])
                else:
                    hint = tr("node.expected_one_of", names=", ".join(allowed))
                self.err(kline, tr("node.unknown_key", what=what, key=short(key), hint=hint))
        for key in required:
            if key not in node.items:
                self.err(node.line, tr("node.missing_key", what=what, key=key))
        return node

    def seq(self, node: Node | None, what: Text) -> list[Node] | None:
        if node is None:
            return None
        if not isinstance(node, Seq):
            self.wrong(node, what, Text("một danh sách", "a list"))
            return None
        return node.items

    def string(self, node: Node | None, what: Text) -> str | None:
        if node is None:
            return None
        if not isinstance(node, Scalar) or node.kind != "str":
            self.wrong(node, what, Text("một chuỗi ký tự", "a string"))
            return None
        if not node.value.strip():
            self.err(node.line, tr("node.empty", what=what))
            return None
        return str(node.value)

    def ident(self, node: Node | None, what: Text) -> str | None:
        value = self.string(node, what)
        if value is None or node is None:
            return None
        if not ID_RE.fullmatch(value):
            self.err(node.line, tr("node.bad_id", what=what, value=short(value)))
            return None
        return value

    def boolean(self, node: Node | None, what: Text) -> bool | None:
        if node is None:
            return None
        if not isinstance(node, Scalar) or node.kind != "bool":
            self.wrong(node, what, Text("true hoặc false", "true or false"))
            return None
        return bool(node.value)

    def integer(self, node: Node | None, what: Text) -> int | None:
        if node is None:
            return None
        if not isinstance(node, Scalar) or node.kind != "int":
            self.wrong(node, what, Text("một số nguyên", "an integer"))
            return None
        return int(node.value)

    def label(self, node: Node | None, what: Text) -> Label:
        m = self.mapping(node, what, ("vi", "en"))
        if m is None:
            return Label("", "")
        vi = self.string(m.get("vi"), what + " 'vi'")
        en = self.string(m.get("en"), what + " 'en'")
        return Label(vi or "", en or "")

    def names(
        self, node: Node | None, what: Text, *, single_ok: bool = False, nonempty: bool = True
    ) -> list[tuple[str, int]] | None:
        """A list of strings (or one string if `single_ok`), with their lines; no duplicates."""
        if node is None:
            return None
        if single_ok and isinstance(node, Scalar):
            value = self.string(node, what)
            return None if value is None else [(value, node.line)]
        items = self.seq(node, what)
        if items is None:
            return None
        if nonempty and not items:
            self.err(node.line, tr("node.empty_list", what=what))
        out: list[tuple[str, int]] = []
        seen: set[str] = set()
        for item in items:
            value = self.string(item, Text("mỗi mục của ", "each item of ") + what)
            if value is None:
                continue
            if value in seen:
                self.err(item.line, tr("node.listed_twice", what=what, value=short(value)))
                continue
            seen.add(value)
            out.append((value, item.line))
        return out

    def single(self, node: Node, what: Text) -> list[tuple[str, int]]:
        value = self.string(node, what)
        return [] if value is None else [(value, node.line)]

    def basis(self, m: Map, what: Text) -> str | None:
        return self.string(m.get("basis"), at(what, "basis"))
