"""A YAML reader for files written by people and uploaded by strangers.

Used for definitions, organisation.yaml and demo.yaml.  It keeps the line of
every value, and no input can make it raise, hang or blow up:

* files and text are checked first by `rawtext` (regular files only, size,
  UTF-8, NFC, bidi controls; re-exported here);
* YAML is only parsed into events (by libyaml when present: 10x faster than
  pure Python on a 1 MiB file) and composed here into located nodes, never
  constructed into Python objects, so no tag can run code; aliases are refused
  and never expanded (no billion laughs), tags and merge keys are refused,
  nesting depth is bounded, duplicate keys are reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from engine.definitions.problems import Reporter, Text, tr
from engine.definitions.rawtext import BIDI_CONTROLS, decode, read_file
from engine.definitions.yamltexts import yaml_text

__all__ = ["BIDI_CONTROLS", "MAX_DEPTH", "Map", "Node", "Scalar", "Seq", "compose", "decode"]
__all__ += ["describe", "plain", "read_file", "short"]

# Real files nest about 8 deep; 50 leaves room while keeping recursion shallow.
MAX_DEPTH = 50

_YAML_TAG = "tag:yaml.org,2002:"
_TAG_KINDS = {
    _YAML_TAG + "str": "str",
    _YAML_TAG + "value": "str",  # a plain '=' resolves to this; it is just text here
    _YAML_TAG + "null": "null",
    _YAML_TAG + "bool": "bool",
    _YAML_TAG + "int": "int",
    _YAML_TAG + "float": "float",
    _YAML_TAG + "timestamp": "date",
    _YAML_TAG + "merge": "merge",
}
KIND_WORDS = {
    "str": Text("chuỗi ký tự", "string"),
    "null": Text("giá trị rỗng", "null (an empty value)"),
    "bool": Text("giá trị đúng/sai", "boolean"),
    "int": Text("số nguyên", "integer"),
    "float": Text("số", "number"),
    "date": Text("ngày", "date"),
    "merge": Text("khóa gộp", "merge key"),
}

_EventParser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = yaml.resolver.Resolver()
_SURROGATE = re.compile("[\ud800-\udfff]")
# Only used for its scalar conversions (int with 0x/0o/_ forms, floats), which
# read nothing but the node's text.
_SCALARS = yaml.SafeLoader("")


@dataclass
class Scalar:
    line: int
    kind: str  # a value of _TAG_KINDS, or "bad" (already reported: alias, tag, bad number)
    value: Any
    raw: str


@dataclass
class Map:
    line: int
    items: dict[str, tuple[int, Node]]  # key -> (line of the key, value)

    def get(self, key: str) -> Node | None:
        item = self.items.get(key)
        return None if item is None else item[1]

    def key_line(self, key: str) -> int:
        item = self.items.get(key)
        return self.line if item is None else item[0]


@dataclass
class Seq:
    line: int
    items: list[Node]


Node = Scalar | Map | Seq


def short(text: str, limit: int = 60) -> str:
    """Text quoted in a message, cut so that junk cannot make a huge report."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(node: Node) -> Text:
    if isinstance(node, Map):
        return Text("một ánh xạ (mapping)", "a mapping")
    if isinstance(node, Seq):
        return Text("một danh sách", "a list")
    if node.kind == "null":
        return Text("giá trị rỗng", "nothing (an empty value)")
    if node.kind == "str":
        return Text(f"chuỗi {short(node.raw)!r}", f"the string {short(node.raw)!r}")
    word = KIND_WORDS.get(node.kind, Text(node.kind, node.kind))
    return word + f" {short(node.raw)}"


def plain(node: Node) -> Any:
    """Plain Python value of a node (dates stay text)."""
    if isinstance(node, Map):
        return {k: plain(v) for k, (_line, v) in node.items.items()}
    if isinstance(node, Seq):
        return [plain(v) for v in node.items]
    return node.value


# --------------------------------------------------------------------------
# YAML
# --------------------------------------------------------------------------


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _Composer:
    """Builds located nodes from parser events, reporting what files may not use."""

    def __init__(self, get_event: Callable[[], Any], r: Reporter) -> None:
        self.get = get_event  # the parser's own method: no generator layer on a hot path
        self.r = r
        self.anchors: dict[str, int] = {}

    def node(self, event: yaml.Event, depth: int) -> Node:
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            self.r.err(line, tr("yaml.alias"))
            return Scalar(line, "bad", None, "")
        anchor = event.anchor
        if anchor is not None:
            if anchor in self.anchors:
                first = self.anchors[anchor]
                self.r.err(
                    line,
                    tr(
                        "yaml.syntax",
                        problem=f"found duplicate anchor {anchor!r}; "
                        f"first occurrence at line {first}",
                    ),
                )
            self.anchors.setdefault(anchor, line)
        tag = event.tag
        explicit = tag is not None
        if isinstance(event, yaml.ScalarEvent):
            if explicit:
                tag_text = "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag
                self.r.err(line, tr("yaml.tag", tag=tag_text))
                return Scalar(line, "bad", None, str(event.value))
            # A quoted scalar is a string; only plain ones need resolving (int, bool...).
            implicit = event.implicit
            if implicit[0]:
                resolved = _RESOLVER.resolve(yaml.ScalarNode, event.value, implicit)
            else:
                resolved = _YAML_TAG + "str"
            return self.scalar(line, resolved, str(event.value))
        if explicit:
            tag_text = "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag
            self.r.err(line, tr("yaml.tag", tag=tag_text))
        if depth >= MAX_DEPTH:
            raise _TooDeep(line)
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Node] = []
            while not isinstance(child := self.get(), yaml.SequenceEndEvent):
                items.append(self.node(child, depth + 1))
            return Seq(line, items)
        return self.mapping(line, depth)

    def mapping(self, line: int, depth: int) -> Map:
        items: dict[str, tuple[int, Node]] = {}
        while not isinstance(kevent := self.get(), yaml.MappingEndEvent):
            kline = kevent.start_mark.line + 1
            key = self.node(kevent, depth + 1)
            value = self.node(self.get(), depth + 1)
            if not isinstance(key, Scalar):
                self.r.err(kline, tr("yaml.key_not_scalar"))
            elif key.kind == "bad":
                pass
            elif key.kind == "merge":
                self.r.err(kline, tr("yaml.merge"))
            elif key.kind != "str":
                kind = KIND_WORDS.get(key.kind, Text(key.kind, key.kind))
                self.r.err(kline, tr("yaml.key_not_str", key=short(key.raw), kind=kind))
            elif key.value in items:
                # PyYAML would silently keep the last value: make the author choose.
                first = items[key.value][0]
                self.r.err(kline, tr("yaml.duplicate_key", key=short(key.value), first=first))
            else:
                items[key.value] = (kline, value)
        return Map(line, items)

    def scalar(self, line: int, tag: str, raw: str) -> Scalar:
        kind = _TAG_KINDS.get(tag)
        if kind is None or kind == "str":
            return Scalar(line, "str", raw, raw)
        try:
            node = yaml.ScalarNode(tag, raw)
            if kind == "int":
                value: Any = _SCALARS.construct_yaml_int(node)
            elif kind == "float":
                value = _SCALARS.construct_yaml_float(node)
            elif kind == "bool":
                value = _SCALARS.construct_yaml_bool(node)
            elif kind == "null":
                value = None
            else:
                value = raw  # str, date (kept as text: never a Python date), merge
        except Exception:
            kind_text = KIND_WORDS.get(kind, Text(kind, kind))
            self.r.err(line, tr("yaml.bad_scalar", raw=short(raw), kind=kind_text))
            return Scalar(line, "bad", None, raw)
        return Scalar(line, kind, value, raw)


def compose(text: str, r: Reporter, *, empty: Text) -> Node | None:
    """The one YAML document of `text` as located nodes; None if none (reported)."""
    if (bad := _SURROGATE.search(text)) is not None:
        line = text.count("\n", 0, bad.start()) + 1
        r.err(line, tr("yaml.control_char", char="surrogate"))
        return None
    loader = _EventParser(text)
    try:
        get = loader.get_event
        composer = _Composer(get, r)
        get()  # StreamStartEvent
        first = get()
        if isinstance(first, yaml.StreamEndEvent):
            r.err(1, empty)
            return None
        root = composer.node(get(), 0)  # first was DocumentStartEvent
        get()  # DocumentEndEvent
        after = get()
        if not isinstance(after, yaml.StreamEndEvent):
            r.err(after.start_mark.line + 1, tr("yaml.second_document"))
        if isinstance(root, Scalar) and root.kind == "null":
            r.err(1, empty)
            return None
        return root
    except _TooDeep as exc:
        r.err(exc.line, tr("yaml.too_deep", depth=MAX_DEPTH))
    except yaml.YAMLError as exc:
        _yaml_problem(r, exc, text)
    finally:
        loader.dispose()
    return None


def _yaml_problem(r: Reporter, exc: yaml.YAMLError, text: str) -> None:
    if isinstance(exc, yaml.reader.ReaderError):
        line = text[: exc.position].count("\n") + 1
        r.err(
            line,
            tr(
                "yaml.control_char",
                char=repr(chr(exc.character))
                if isinstance(exc.character, int)
                else repr(exc.character),
            ),
        )
        return
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or "invalid YAML"
        index = mark.index if mark is not None else -1
        if "\\t" in problem or (0 <= index < len(text) and text[index] == "\t"):
            r.err(line, tr("yaml.tab"))
            return
        if "nesting depth" in problem:  # libyaml's own bound, above ours
            r.err(line, tr("yaml.too_deep", depth=MAX_DEPTH))
            return
        cline = exc.context_mark.line + 1 if exc.context_mark else None
        r.err(line, tr("yaml.syntax", problem=yaml_text(problem, exc.context, cline)))
        return
    r.err(1, tr("yaml.syntax", problem=yaml_text(str(exc), None, None)))
