"""Read workflow definition YAML into `Definition`s, reporting every problem.

The contract is docs/workflows.md.  Two rules shape this module:

* Every problem in a file is reported at once, as ``PATH:LINE: message``, so an
  author fixes a file in one round.  Validation therefore never stops at the
  first error; each check works on whatever parts of the file are well formed.
* No input, however hostile, may raise: files come from authors' editors, from
  copies of copies, and (via the admin UI) from uploads.  Size, nesting depth,
  aliases (billion laughs), tags and decoding are all checked before or while
  composing, and a final catch-all turns anything unexpected into a Problem.

YAML is only *composed* (into nodes that keep their line numbers), never
constructed into Python objects by PyYAML, so no tag can run code.
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from engine.definitions.catalogue import Catalogue, Registry
from engine.definitions.model import (
    FIELD_TYPES,
    SCOPES,
    CallSpec,
    Choice,
    CreateSpec,
    DeadlineSpec,
    Definition,
    FieldSpec,
    Label,
    LinkSpec,
    Party,
    SignoffSpec,
    StateSpec,
    TransitionSpec,
)

MAX_BYTES = 1024 * 1024
# Real definitions nest about 8 deep; 50 leaves room while keeping the recursive
# composer far from Python's recursion limit.
MAX_DEPTH = 50
# Beyond this a file is junk, not a definition with typos; cap the report so a
# 1 MiB file of garbage keys does not produce a million lines.
MAX_PROBLEMS = 500
RESERVED_FILES = frozenset({"organisation.yaml", "demo.yaml"})
SUPPORTED_FORMAT = 1

_ID_RE = re.compile(r"[a-z][a-z0-9_]*")
_DUE_RE = re.compile(r"(\d{2})/(\d{2})")
# Deadlines recur every year, so 29/02 (missing three years in four) is refused.
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ID_RULE = "lower_snake_case: a-z, 0-9 and _, starting with a letter"

_YAML_TAG = "tag:yaml.org,2002:"
_ALIAS_TAG = "!ttdn-alias"  # placeholder node for an alias (never a real tag)
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
_KIND_WORDS = {
    "str": "string",
    "null": "null (an empty value)",
    "bool": "boolean",
    "int": "integer",
    "float": "number",
    "date": "date",
    "merge": "merge key",
}

# Keys of each part of the format.  Kept here, in one place, so the unknown-key
# messages can list what was expected.
_TOP_REQUIRED = ("format", "type", "title", "roles", "create", "states", "transitions")
_TOP_OPTIONAL = ("basis", "links", "fields", "deadlines")
_LINK_REQUIRED = ("name", "type")
_LINK_OPTIONAL = ("label",)
_FIELD_REQUIRED = ("name", "type", "label")
_FIELD_OPTIONAL = ("required_in", "choices")
_STATE_REQUIRED = ("id", "label")
_STATE_OPTIONAL = ("initial", "terminal", "editable", "basis")
_TRANSITION_REQUIRED = ("trigger", "label", "from", "to")
_TRANSITION_OPTIONAL = (
    "roles",
    "scope",
    "guards",
    "effects",
    "comment",
    "inputs",
    "signoff",
    "basis",
    "system",
)
_DEADLINE_REQUIRED = ("state", "due")
_DEADLINE_OPTIONAL = ("year_offset", "basis")
_DEFAULT_SCOPE = "own_unit"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a definition file, at a 1-based line."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class DefinitionError(Exception):
    """Raised by `load_pack` when any file of the pack has problems."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


# --------------------------------------------------------------------------
# YAML → located nodes
# --------------------------------------------------------------------------


@dataclass
class _Scalar:
    line: int
    kind: str  # a value of _TAG_KINDS, or "bad" (already reported: alias, bad tag...)
    value: Any
    raw: str


@dataclass
class _Map:
    line: int
    items: dict[str, tuple[int, _Node]]  # key -> (line of the key, value)

    def get(self, key: str) -> _Node | None:
        item = self.items.get(key)
        return None if item is None else item[1]

    def key_line(self, key: str) -> int:
        item = self.items.get(key)
        return self.line if item is None else item[0]


@dataclass
class _Seq:
    line: int
    items: list[_Node]


_Node = _Scalar | _Map | _Seq
# Reports undeclared roles among (role, line) pairs; returns the role names.
_RoleCheck = Callable[[list[tuple[str, int]] | None, str], tuple[str, ...]]


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _Loader(yaml.SafeLoader):
    """SafeLoader's composer, made safe for hostile input.

    Aliases are replaced by placeholders (so nothing is ever shared or expanded,
    which defuses alias bombs), explicit tags are recorded, and nesting depth is
    bounded before the recursive composer can exhaust the stack.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.alias_lines: list[int] = []
        self.tags: list[tuple[int, str]] = []
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            self.alias_lines.append(event.start_mark.line + 1)
            return yaml.ScalarNode(_ALIAS_TAG, "", event.start_mark, event.end_mark)
        event = self.peek_event()
        line = event.start_mark.line + 1
        tag = getattr(event, "tag", None)
        if tag is not None:
            self.tags.append((line, tag))
        if self.depth >= MAX_DEPTH:
            raise _TooDeep(line)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


# Only used for its scalar conversions (int with 0x/0o/_ forms, floats), which
# read nothing but the node's text.
_SCALARS = yaml.SafeLoader("")


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag


def _describe(node: _Node) -> str:
    if isinstance(node, _Map):
        return "a mapping"
    if isinstance(node, _Seq):
        return "a list"
    if node.kind == "null":
        return "nothing (an empty value)"
    if node.kind == "str":
        return f"the string {_short(node.raw)!r}"
    return f"{_KIND_WORDS.get(node.kind, node.kind)} {_short(node.raw)}"


def _short(text: str, limit: int = 60) -> str:
    """Text quoted in a message, cut so that junk cannot make a huge report."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------
# Parse results
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _PackRef:
    """A reference into another definition of the pack, checked by validate_paths.

    kind "type": `name` must be a type id of the pack.  Otherwise `name` must be a
    state / trigger / field / link of type `of_type`.
    """

    line: int
    kind: str
    name: str
    of_type: str | None
    where: str


@dataclass
class _Result:
    path: str
    definition: Definition | None
    problems: list[Problem]
    type_id: str | None = None  # known even when the file has problems
    type_line: int = 1
    refs: list[_PackRef] = field(default_factory=list)


@dataclass
class _Call:
    kind: str  # "guard" | "effect"
    name: str
    line: int
    params: _Map | None
    where: str


@dataclass
class _Trans:
    spec_kwargs: dict[str, Any]
    trigger: str | None
    trigger_line: int
    sources: list[tuple[str, int]]
    dest: str | None
    dest_line: int
    calls: list[_Call]
    inputs: list[tuple[str, int]]
    what: str


# --------------------------------------------------------------------------
# The checker
# --------------------------------------------------------------------------


class _Checker:
    def __init__(self, path: str, pack: str | None, catalogue: Catalogue) -> None:
        self.path = path
        self.pack = pack
        self.catalogue = catalogue
        self.problems: list[Problem] = []
        self.refs: list[_PackRef] = []

    def err(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, max(1, line), message))

    # -- conversion of composed nodes ---------------------------------------

    def convert(self, node: yaml.Node, depth: int = 0) -> _Node:
        line = node.start_mark.line + 1
        if depth > MAX_DEPTH:  # the composer bounds depth already; belt and braces
            raise _TooDeep(line)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if isinstance(node, yaml.SequenceNode):
            return _Seq(line, [self.convert(n, depth + 1) for n in node.value])
        if isinstance(node, yaml.MappingNode):
            items: dict[str, tuple[int, _Node]] = {}
            for knode, vnode in node.value:
                kline = knode.start_mark.line + 1
                value = self.convert(vnode, depth + 1)
                if not isinstance(knode, yaml.ScalarNode):
                    self.err(kline, "mapping keys must be plain strings, not lists or mappings")
                    continue
                key = self.scalar(knode)
                if key.kind == "bad":
                    continue
                if key.kind == "merge":
                    self.err(kline, "YAML merge keys ('<<') are not allowed in definitions")
                    continue
                if key.kind != "str":
                    self.err(
                        kline,
                        f"key {_short(key.raw)!r} must be a string, but YAML reads it as "
                        f"{_KIND_WORDS.get(key.kind, key.kind)}; put it in quotes",
                    )
                    continue
                if key.value in items:
                    # PyYAML would silently keep the last value: make the author choose.
                    self.err(
                        kline,
                        f"duplicate key {_short(key.value)!r} "
                        f"(first at line {items[key.value][0]})",
                    )
                    continue
                items[key.value] = (kline, value)
            return _Map(line, items)
        self.err(line, "unexpected YAML node")
        return _Scalar(line, "bad", None, "")

    def scalar(self, node: yaml.ScalarNode) -> _Scalar:
        line = node.start_mark.line + 1
        raw = str(node.value)
        kind = _TAG_KINDS.get(node.tag)
        if node.tag == _ALIAS_TAG or kind is None:
            return _Scalar(line, "bad", None, raw)  # alias or foreign tag: reported already
        try:
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
            self.err(line, f"{raw!r} is not a valid {_KIND_WORDS.get(kind, kind)}")
            return _Scalar(line, "bad", None, raw)
        return _Scalar(line, kind, value, raw)

    # -- typed accessors: report and return None when the node is wrong ------

    def wrong(self, node: _Node, what: str, expected: str) -> None:
        if isinstance(node, _Scalar) and node.kind == "bad":
            return  # already reported (alias, bad tag, bad number)
        self.err(node.line, f"{what} must be {expected}, got {_describe(node)}")

    def mapping(
        self,
        node: _Node | None,
        what: str,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> _Map | None:
        if node is None:
            return None
        if not isinstance(node, _Map):
            self.wrong(node, what, "a mapping")
            return None
        allowed = (*required, *optional)
        for key, (kline, _value) in node.items.items():
            if key not in allowed:
                # difflib is slow; past the report cap nobody reads the hint anyway.
                capped = len(self.problems) >= MAX_PROBLEMS
                close = [] if capped else difflib.get_close_matches(key, allowed, n=1)
                hint = (
                    f"did you mean {close[0]!r}?"
                    if close
                    else f"expected one of: {', '.join(allowed)}"
                )
                self.err(kline, f"{what}: unknown key {_short(key)!r}; {hint}")
        for key in required:
            if key not in node.items:
                self.err(node.line, f"{what}: missing required key {key!r}")
        return node

    def seq(self, node: _Node | None, what: str) -> list[_Node] | None:
        if node is None:
            return None
        if not isinstance(node, _Seq):
            self.wrong(node, what, "a list")
            return None
        return node.items

    def string(self, node: _Node | None, what: str) -> str | None:
        if node is None:
            return None
        if not isinstance(node, _Scalar) or node.kind != "str":
            self.wrong(node, what, "a string")
            return None
        if not node.value.strip():
            self.err(node.line, f"{what} must not be empty")
            return None
        return str(node.value)

    def ident(self, node: _Node | None, what: str) -> str | None:
        value = self.string(node, what)
        if value is None or node is None:
            return None
        if not _ID_RE.fullmatch(value):
            self.err(node.line, f"{what} {value!r} is not a valid id ({_ID_RULE})")
            return None
        return value

    def boolean(self, node: _Node | None, what: str) -> bool | None:
        if node is None:
            return None
        if not isinstance(node, _Scalar) or node.kind != "bool":
            self.wrong(node, what, "true or false")
            return None
        return bool(node.value)

    def integer(self, node: _Node | None, what: str) -> int | None:
        if node is None:
            return None
        if not isinstance(node, _Scalar) or node.kind != "int":
            self.wrong(node, what, "an integer")
            return None
        return int(node.value)

    def label(self, node: _Node | None, what: str) -> Label:
        m = self.mapping(node, what, ("vi", "en"))
        if m is None:
            return Label("", "")
        vi = self.string(m.get("vi"), f"{what} 'vi'")
        en = self.string(m.get("en"), f"{what} 'en'")
        return Label(vi or "", en or "")

    def names(
        self, node: _Node | None, what: str, *, single_ok: bool = False, nonempty: bool = True
    ) -> list[tuple[str, int]] | None:
        """A list of strings (or one string if `single_ok`), with their lines; no duplicates."""
        if node is None:
            return None
        if single_ok and isinstance(node, _Scalar):
            value = self.string(node, what)
            return None if value is None else [(value, node.line)]
        items = self.seq(node, what + (" (a name or a list of them)" if single_ok else ""))
        if items is None:
            return None
        if nonempty and not items:
            self.err(node.line, f"{what} must not be an empty list")
        out: list[tuple[str, int]] = []
        seen: dict[str, int] = {}
        for item in items:
            value = self.string(item, f"each item of {what}")
            if value is None:
                continue
            if value in seen:
                self.err(item.line, f"{what}: {value!r} is listed twice")
                continue
            seen[value] = item.line
            out.append((value, item.line))
        return out

    def basis(self, m: _Map, what: str) -> str | None:
        return self.string(m.get("basis"), f"{what}: 'basis'")


def _plain(node: _Node) -> Any:
    """Plain Python value of a node (for CallSpec params)."""
    if isinstance(node, _Map):
        return {k: _plain(v) for k, (_line, v) in node.items.items()}
    if isinstance(node, _Seq):
        return [_plain(v) for v in node.items]
    return node.value


# --------------------------------------------------------------------------
# Whole-definition validation
# --------------------------------------------------------------------------


@dataclass
class _Declared:
    roles: dict[str, int] = field(default_factory=dict)
    fields: dict[str, int] = field(default_factory=dict)
    states: dict[str, int] = field(default_factory=dict)
    triggers: dict[str, int] = field(default_factory=dict)
    links: dict[str, LinkSpec] = field(default_factory=dict)


def _validate(c: _Checker, root: _Map, result: _Result) -> Definition | None:
    top = c.mapping(root, "definition", _TOP_REQUIRED, _TOP_OPTIONAL)
    assert top is not None
    decl = _Declared()

    fmt_node = top.get("format")
    fmt = c.integer(fmt_node, "'format'")
    if fmt is not None and fmt != SUPPORTED_FORMAT and fmt_node is not None:
        c.err(
            fmt_node.line,
            f"'format' must be {SUPPORTED_FORMAT} (the only format this engine reads), got {fmt}",
        )

    type_node = top.get("type")
    type_id = c.ident(type_node, "'type'")
    if type_id is not None and type_node is not None:
        result.type_id, result.type_line = type_id, type_node.line
    title = c.label(top.get("title"), "'title'")
    basis = c.basis(top, "definition")

    # roles --------------------------------------------------------------
    roles: dict[str, Label] = {}
    roles_node = top.get("roles")
    if roles_node is not None:
        if not isinstance(roles_node, _Map):
            c.wrong(roles_node, "'roles'", "a mapping of role id to label")
        else:
            if not roles_node.items:
                c.err(roles_node.line, "'roles' must declare at least one role")
            for role, (kline, lnode) in roles_node.items.items():
                if not _ID_RE.fullmatch(role):
                    c.err(kline, f"role id {role!r} is not a valid id ({_ID_RULE})")
                roles[role] = c.label(lnode, f"role {role!r}: label")
                decl.roles[role] = kline

    def check_roles(items: list[tuple[str, int]] | None, what: str) -> tuple[str, ...]:
        for role, line in items or ():
            if role not in decl.roles:
                c.err(line, f"{what}: role {role!r} is not declared under 'roles'")
        return tuple(r for r, _ in items or ())

    # create ---------------------------------------------------------------
    create_roles: tuple[str, ...] = ()
    create = c.mapping(top.get("create"), "'create'", ("roles",))
    if create is not None:
        create_roles = check_roles(c.names(create.get("roles"), "'create' roles"), "'create'")

    # links ----------------------------------------------------------------
    links: list[LinkSpec] = []
    link_lines: dict[str, int] = {}
    for i, node in enumerate(c.seq(top.get("links"), "'links'") or ()):
        what = f"link {i + 1}"
        if isinstance(node, _Map) and isinstance(n := node.get("name"), _Scalar):
            what = f"link {n.raw!r}"
        m = c.mapping(node, what, _LINK_REQUIRED, _LINK_OPTIONAL)
        if m is None:
            continue
        name = c.ident(m.get("name"), f"{what}: 'name'")
        ltype = c.ident(m.get("type"), f"{what}: 'type'")
        label = c.label(m.get("label"), f"{what}: 'label'") if "label" in m.items else None
        if name is not None:
            if name in link_lines:
                c.err(
                    m.key_line("name"),
                    f"link {name!r} is declared twice (first at line {link_lines[name]})",
                )
            else:
                spec = LinkSpec(name=name, type=ltype or "", label=label)
                decl.links[name] = spec
                link_lines[name] = m.key_line("name")
                links.append(spec)
        if ltype is not None:
            type_line = m.get("type").line  # type: ignore[union-attr]
            c.refs.append(_PackRef(type_line, "type", ltype, None, f"{what}: 'type'"))

    # fields ---------------------------------------------------------------
    fields: list[FieldSpec] = []
    required_in_refs: list[tuple[str, str, int]] = []
    for i, node in enumerate(c.seq(top.get("fields"), "'fields'") or ()):
        what = f"field {i + 1}"
        if isinstance(node, _Map) and isinstance(n := node.get("name"), _Scalar):
            what = f"field {n.raw!r}"
        m = c.mapping(node, what, _FIELD_REQUIRED, _FIELD_OPTIONAL)
        if m is None:
            continue
        name = c.ident(m.get("name"), f"{what}: 'name'")
        ftype = c.string(m.get("type"), f"{what}: 'type'")
        if ftype is not None and ftype not in FIELD_TYPES:
            c.err(
                m.get("type").line,  # type: ignore[union-attr]
                f"{what}: type {ftype!r} is not one of: {', '.join(FIELD_TYPES)}",
            )
        label = c.label(m.get("label"), f"{what}: 'label'")
        required_in = c.names(m.get("required_in"), f"{what}: 'required_in'") or []
        required_in_refs.extend((s, what, line) for s, line in required_in)
        choices: list[Choice] = []
        choices_node = m.get("choices")
        if ftype == "choice" and choices_node is None:
            c.err(m.line, f"{what}: a choice field needs 'choices'")
        elif ftype is not None and ftype != "choice" and choices_node is not None:
            c.err(
                m.key_line("choices"),
                f"{what}: only choice fields take 'choices' (type is {ftype!r})",
            )
        elif choices_node is not None:
            items = c.seq(choices_node, f"{what}: 'choices'")
            if items is not None and not items:
                c.err(choices_node.line, f"{what}: 'choices' must not be empty")
            seen: dict[str, int] = {}
            for j, cnode in enumerate(items or ()):
                cwhat = f"{what}: choice {j + 1}"
                cm = c.mapping(cnode, cwhat, ("value", "label"))
                if cm is None:
                    continue
                value = c.string(cm.get("value"), f"{cwhat} 'value'")
                clabel = c.label(cm.get("label"), f"{cwhat} 'label'")
                if value is not None:
                    if value in seen:
                        c.err(
                            cm.key_line("value"),
                            f"{what}: choice value {value!r} is listed twice "
                            f"(first at line {seen[value]})",
                        )
                    else:
                        seen[value] = cm.key_line("value")
                        choices.append(Choice(value=value, label=clabel))
        if name is not None:
            if name in decl.fields:
                c.err(
                    m.key_line("name"),
                    f"field {name!r} is declared twice (first at line {decl.fields[name]})",
                )
                continue
            decl.fields[name] = m.key_line("name")
            fields.append(
                FieldSpec(
                    name=name,
                    type=ftype or "",
                    label=label,
                    required_in=tuple(s for s, _ in required_in),
                    choices=tuple(choices),
                )
            )

    # states ---------------------------------------------------------------
    states: list[StateSpec] = []
    states_node = top.get("states")
    initial_seen: tuple[str, int] | None = None
    for i, node in enumerate(c.seq(states_node, "'states'") or ()):
        what = f"state {i + 1}"
        if isinstance(node, _Map) and isinstance(n := node.get("id"), _Scalar):
            what = f"state {n.raw!r}"
        m = c.mapping(node, what, _STATE_REQUIRED, _STATE_OPTIONAL)
        if m is None:
            continue
        sid = c.ident(m.get("id"), f"{what}: 'id'")
        label = c.label(m.get("label"), f"{what}: 'label'")
        initial = c.boolean(m.get("initial"), f"{what}: 'initial'") or False
        terminal = c.boolean(m.get("terminal"), f"{what}: 'terminal'") or False
        editable = c.boolean(m.get("editable"), f"{what}: 'editable'") or False
        sbasis = c.basis(m, what)
        if sid is None:
            continue
        if sid in decl.states:
            c.err(
                m.key_line("id"),
                f"state {sid!r} is declared twice (first at line {decl.states[sid]})",
            )
            continue
        decl.states[sid] = m.key_line("id")
        if initial:
            if initial_seen is not None:
                c.err(
                    m.key_line("initial"),
                    f"state {sid!r} is also initial (first: {initial_seen[0]!r} at line "
                    f"{initial_seen[1]}); exactly one state may be initial",
                )
            else:
                initial_seen = (sid, m.key_line("initial"))
        states.append(StateSpec(sid, label, initial, terminal, editable, sbasis))
    if isinstance(states_node, _Seq):
        states_line = top.key_line("states")
        if not states_node.items:
            c.err(states_line, "'states' must not be empty")
        elif initial_seen is None:
            c.err(states_line, "no state is initial; exactly one state must have 'initial: true'")
        if states_node.items and not any(s.terminal for s in states):
            c.err(
                states_line,
                "no state is terminal; at least one state must have 'terminal: true'",
            )

    for sid, what, line in required_in_refs:
        if sid not in decl.states:
            c.err(line, f"{what}: 'required_in' names undeclared state {sid!r}")

    # transitions ----------------------------------------------------------
    trans: list[_Trans] = []
    for i, node in enumerate(c.seq(top.get("transitions"), "'transitions'") or ()):
        t = _transition(c, i, node, decl, check_roles)
        if t is not None:
            trans.append(t)
            if t.trigger is not None:
                decl.triggers.setdefault(t.trigger, t.trigger_line)

    terminal_states = {s.id for s in states if s.terminal}
    pairs: dict[tuple[str, str], int] = {}
    for t in trans:
        for src, line in t.sources:
            if src not in decl.states:
                c.err(line, f"{t.what}: 'from' names undeclared state {src!r}")
            elif src in terminal_states:
                c.err(
                    line,
                    f"{t.what}: leaves terminal state {src!r}; terminal states have no way out",
                )
            if t.trigger is not None:
                if (t.trigger, src) in pairs:
                    c.err(
                        line,
                        f"{t.what}: trigger {t.trigger!r} from state {src!r} is defined twice "
                        f"(first at line {pairs[(t.trigger, src)]}); "
                        "(trigger, from) pairs must be unique",
                    )
                else:
                    pairs[(t.trigger, src)] = line
        if t.dest is not None and t.dest not in decl.states:
            c.err(t.dest_line, f"{t.what}: 'to' names undeclared state {t.dest!r}")
        for fname, line in t.inputs:
            if fname not in decl.fields:
                c.err(line, f"{t.what}: 'inputs' names undeclared field {fname!r}")

    guards_and_effects: list[tuple[_Trans, list[CallSpec], list[CallSpec]]] = []
    for t in trans:
        gs: list[CallSpec] = []
        es: list[CallSpec] = []
        for call in t.calls:
            params = _check_call(c, call, c.catalogue.registry(call.kind), decl)
            (gs if call.kind == "guard" else es).append(CallSpec(call.name, params))
        guards_and_effects.append((t, gs, es))

    # graph ----------------------------------------------------------------
    edges = [(s, t.dest) for t in trans for s, _ in t.sources if t.dest is not None]
    edges = [(a, b) for a, b in edges if a in decl.states and b in decl.states]
    if initial_seen is not None:
        reached = _closure({initial_seen[0]}, edges)
        for s in states:
            if s.id not in reached:
                c.err(
                    decl.states[s.id],
                    f"state {s.id!r} cannot be reached from the initial state {initial_seen[0]!r}",
                )
    if terminal_states:
        can_finish = _closure(terminal_states, [(b, a) for a, b in edges])
        for s in states:
            if s.id not in can_finish:
                c.err(decl.states[s.id], f"state {s.id!r} has no path to a terminal state")

    # deadlines ------------------------------------------------------------
    deadlines: list[DeadlineSpec] = []
    deadline_lines: dict[str, int] = {}
    for i, node in enumerate(c.seq(top.get("deadlines"), "'deadlines'") or ()):
        what = f"deadline {i + 1}"
        m = c.mapping(node, what, _DEADLINE_REQUIRED, _DEADLINE_OPTIONAL)
        if m is None:
            continue
        state_node = m.get("state")
        sid = c.string(state_node, f"{what}: 'state'")
        if sid is not None and state_node is not None:
            what = f"deadline for state {sid!r}"
            if sid not in decl.states:
                c.err(state_node.line, f"{what}: state {sid!r} is not declared")
            elif sid in terminal_states:
                c.err(
                    state_node.line,
                    f"{what}: terminal states are never left, so cannot have a deadline",
                )
            if sid in deadline_lines:
                c.err(
                    state_node.line, f"{what}: declared twice (first at line {deadline_lines[sid]})"
                )
            deadline_lines.setdefault(sid, state_node.line)
        month = day = 0
        due_node = m.get("due")
        due = c.string(due_node, f"{what}: 'due'")
        if due is not None and due_node is not None:
            match = _DUE_RE.fullmatch(due.strip())
            if match is None:
                c.err(
                    due_node.line,
                    f"{what}: 'due' must be a day and month as \"dd/mm\", got {due!r}",
                )
            else:
                day, month = int(match.group(1)), int(match.group(2))
                if not 1 <= month <= 12:
                    c.err(due_node.line, f"{what}: 'due' {due!r} has no month {month}")
                elif not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
                    c.err(
                        due_node.line,
                        f"{what}: 'due' {due!r}: day {day} does not exist in month {month} every "
                        f"year (at most {_DAYS_IN_MONTH[month - 1]})",
                    )
        offset = 0
        off_node = m.get("year_offset")
        off = c.integer(off_node, f"{what}: 'year_offset'")
        if off is not None and off_node is not None:
            if not -1 <= off <= 2:
                c.err(off_node.line, f"{what}: 'year_offset' must be between -1 and 2, got {off}")
            offset = off
        dbasis = c.basis(m, what)
        if sid is not None:
            deadlines.append(DeadlineSpec(sid, month, day, offset, dbasis))

    if c.problems or type_id is None:
        return None
    return Definition(
        type=type_id,
        title=title,
        roles=roles,
        fields=tuple(fields),
        states=tuple(states),
        transitions=tuple(
            TransitionSpec(**t.spec_kwargs, guards=tuple(gs), effects=tuple(es))
            for t, gs, es in guards_and_effects
        ),
        create=CreateSpec(roles=create_roles),
        deadlines=tuple(deadlines),
        links=tuple(links),
        basis=basis,
        pack=c.pack,
    )


def _closure(start: set[str], edges: list[tuple[str, str]]) -> set[str]:
    """Every node reachable from `start` along `edges`."""
    following: dict[str, list[str]] = {}
    for a, b in edges:
        following.setdefault(a, []).append(b)
    seen = set(start)
    todo = list(start)
    while todo:
        for b in following.get(todo.pop(), ()):
            if b not in seen:
                seen.add(b)
                todo.append(b)
    return seen


def _transition(
    c: _Checker,
    i: int,
    node: _Node,
    decl: _Declared,
    check_roles: _RoleCheck,
) -> _Trans | None:
    what = f"transition {i + 1}"
    if isinstance(node, _Map) and isinstance(n := node.get("trigger"), _Scalar):
        what = f"transition {n.raw!r}"
    m = c.mapping(node, what, _TRANSITION_REQUIRED, _TRANSITION_OPTIONAL)
    if m is None:
        return None
    trigger = c.ident(m.get("trigger"), f"{what}: 'trigger'")
    label = c.label(m.get("label"), f"{what}: 'label'")
    sources = c.names(m.get("from"), f"{what}: 'from'", single_ok=True) or []
    dest = c.string(m.get("to"), f"{what}: 'to'")
    system = c.boolean(m.get("system"), f"{what}: 'system'") or False
    tbasis = c.basis(m, what)

    comment_required = False
    comment_node = m.get("comment")
    comment = c.string(comment_node, f"{what}: 'comment'")
    if comment is not None and comment_node is not None:
        if comment not in ("required", "optional"):
            c.err(
                comment_node.line,
                f"{what}: 'comment' must be 'required' or 'optional', got {comment!r}",
            )
        comment_required = comment == "required"

    inputs = c.names(m.get("inputs"), f"{what}: 'inputs'") or []

    roles_items = c.names(m.get("roles"), f"{what}: 'roles'")
    roles = check_roles(roles_items, what)
    scope_node = m.get("scope")
    scope = c.string(scope_node, f"{what}: 'scope'")
    if scope is not None and scope not in SCOPES and scope_node is not None:
        c.err(scope_node.line, f"{what}: scope {scope!r} is not one of: {', '.join(SCOPES)}")

    signoff: SignoffSpec | None = None
    signoff_node = m.get("signoff")
    if signoff_node is not None:
        signoff = _signoff(c, signoff_node, what, check_roles)

    if system:
        for key in ("roles", "scope", "signoff"):
            if key in m.items:
                c.err(
                    m.key_line(key),
                    f"{what}: a system transition takes no {key!r} (only effects fire it)",
                )
        if comment_required:
            c.err(m.key_line("comment"), f"{what}: a system transition cannot require a comment")
        if inputs:
            c.err(m.key_line("inputs"), f"{what}: a system transition cannot take 'inputs'")
    elif signoff_node is not None:
        for key in ("roles", "scope"):
            if key in m.items:
                c.err(
                    m.key_line(key),
                    f"{what}: {key!r} cannot be given with 'signoff' (the parties say who signs)",
                )
    elif "roles" not in m.items:
        c.err(
            m.line, f"{what}: missing 'roles' (who may fire it), or 'signoff' for several parties"
        )

    if signoff is not None:
        # Permission comes from the parties; roles/scope only summarise them (the
        # distinct party roles; their common scope, else "any") for code that asks
        # which roles could ever act on a transition.
        party_roles = tuple(dict.fromkeys(p.role for p in signoff.parties))
        party_scopes = {p.scope for p in signoff.parties}
        roles = party_roles
        scope = party_scopes.pop() if len(party_scopes) == 1 else "any"
    elif system:
        roles, scope = (), _DEFAULT_SCOPE

    calls: list[_Call] = []
    for kind, key in (("guard", "guards"), ("effect", "effects")):
        for item in c.seq(m.get(key), f"{what}: {key!r}") or ():
            call = _call_item(c, item, kind, what)
            if call is not None:
                calls.append(call)

    trigger_node, to_node = m.get("trigger"), m.get("to")
    return _Trans(
        spec_kwargs={
            "trigger": trigger or "",
            "label": label,
            "sources": tuple(s for s, _ in sources),
            "dest": dest or "",
            "roles": roles,
            "scope": scope or _DEFAULT_SCOPE,
            "comment_required": comment_required,
            "inputs": tuple(f for f, _ in inputs),
            "signoff": signoff,
            "basis": tbasis,
            "system": system,
        },
        trigger=trigger,
        trigger_line=trigger_node.line if trigger_node else m.line,
        sources=sources,
        dest=dest,
        dest_line=to_node.line if to_node else m.line,
        calls=calls,
        inputs=inputs,
        what=what,
    )


def _signoff(c: _Checker, node: _Node, what: str, check_roles: _RoleCheck) -> SignoffSpec | None:
    m = c.mapping(node, f"{what}: 'signoff'", ("need", "parties"))
    if m is None:
        return None
    parties: list[Party] = []
    seen: dict[tuple[str, str], int] = {}
    parties_node = m.get("parties")
    items = c.seq(parties_node, f"{what}: signoff 'parties'")
    if items is not None and not items and parties_node is not None:
        c.err(parties_node.line, f"{what}: signoff 'parties' must not be empty")
    for j, pnode in enumerate(items or ()):
        pwhat = f"{what}: signoff party {j + 1}"
        pm = c.mapping(pnode, pwhat, ("role",), ("scope", "label"))
        if pm is None:
            continue
        role_node = pm.get("role")
        role = c.string(role_node, f"{pwhat} 'role'")
        if role is not None and role_node is not None:
            check_roles([(role, role_node.line)], pwhat)
        scope_node = pm.get("scope")
        scope = c.string(scope_node, f"{pwhat} 'scope'")
        if scope is not None and scope not in SCOPES and scope_node is not None:
            c.err(scope_node.line, f"{pwhat}: scope {scope!r} is not one of: {', '.join(SCOPES)}")
        label = c.label(pm.get("label"), f"{pwhat} 'label'") if "label" in pm.items else None
        if role is None:
            continue
        party = Party(role=role, scope=scope or _DEFAULT_SCOPE, label=label)
        key = (party.role, party.scope)
        if key in seen:
            c.err(
                pm.line,
                f"{pwhat}: party {role!r} ({party.scope}) is listed twice "
                f"(first at line {seen[key]})",
            )
            continue
        seen[key] = pm.line
        parties.append(party)

    need = len(parties)
    need_node = m.get("need")
    if need_node is not None:
        if isinstance(need_node, _Scalar) and need_node.kind == "str" and need_node.value == "all":
            need = len(parties)
        elif isinstance(need_node, _Scalar) and need_node.kind == "int":
            need = int(need_node.value)
            if items is not None and not 1 <= need <= max(len(items), 1):
                c.err(
                    need_node.line,
                    f"{what}: signoff 'need' must be 'all' or a number from 1 to "
                    f"{len(items)} (the number of parties), got {need}",
                )
        else:
            c.wrong(need_node, f"{what}: signoff 'need'", "'all' or a number of parties")
    return SignoffSpec(parties=tuple(parties), need=need)


def _call_item(c: _Checker, node: _Node, kind: str, what: str) -> _Call | None:
    shape = f"a {kind} is a name, or a one-key mapping {{name: {{parameters}}}}"
    if isinstance(node, _Scalar):
        name = c.string(node, f"{what}: {kind} name")
        if name is None:
            return None
        return _Call(kind, name, node.line, None, f"{what}: {kind} {name!r}")
    if not isinstance(node, _Map) or len(node.items) != 1:
        if isinstance(node, _Map):
            c.err(node.line, f"{what}: {shape}; this mapping has {len(node.items)} keys")
        else:
            c.wrong(node, f"{what}: each {kind}", shape)
        return None
    ((name, (kline, pnode)),) = node.items.items()
    where = f"{what}: {kind} {name!r}"
    params: _Map | None = None
    if isinstance(pnode, _Map):
        params = pnode
    elif not (isinstance(pnode, _Scalar) and pnode.kind == "null"):
        c.wrong(pnode, f"{where}: parameters", "a mapping of parameter name to value")
    return _Call(kind, name, kline, params, where)


def _check_call(c: _Checker, call: _Call, reg: Registry, decl: _Declared) -> dict[str, Any]:
    items = call.params.items if call.params is not None else {}
    params = {k: _plain(v) for k, (_line, v) in items.items()}
    if call.name not in reg:
        known = sorted(reg.entries)
        close = difflib.get_close_matches(call.name, known, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known {call.kind}s: {', '.join(known)}"
        c.err(call.line, f"{call.where}: no {call.kind} named {call.name!r}; {hint}")
        return params
    entry = reg.get(call.name)
    ok = True
    for key, (kline, _v) in items.items():
        if key not in entry.params:
            expected = ", ".join(entry.params) or "none"
            c.err(kline, f"{call.where}: unknown parameter {key!r} (parameters: {expected})")
            ok = False
    for pname, spec in entry.params.items():
        if spec.required and pname not in items:
            c.err(call.line, f"{call.where}: missing required parameter {pname!r}")
            ok = False
    for pname, (_kline, vnode) in items.items():
        spec = entry.params.get(pname)
        if spec is not None and not _check_param(c, call, entry, pname, spec, vnode, decl):
            ok = False
    if ok and entry.extra_check is not None:
        try:
            messages = list(entry.extra_check(dict(params)))
        except Exception as exc:  # a buggy check must not hide the file's other problems
            messages = [f"parameter check failed ({type(exc).__name__}: {exc})"]
        for message in messages:
            c.err(call.line, f"{call.where}: {message}")
    return params


def _foreign_type(call: _Call, entry: Any, of_param: str | None, decl: _Declared) -> str | None:
    """The document type a foreign_* parameter refers to, if it can be known."""
    if of_param is None or call.params is None:
        return None
    node = call.params.get(of_param)
    if not isinstance(node, _Scalar) or node.kind != "str":
        return None
    other = entry.params.get(of_param)
    if (other.kind if other is not None else of_param) == "link":
        link = decl.links.get(node.value)
        return link.type if link is not None and link.type else None
    return str(node.value)


def _check_param(
    c: _Checker,
    call: _Call,
    entry: Any,
    pname: str,
    spec: Any,
    node: _Node,
    decl: _Declared,
) -> bool:
    what = f"{call.where}: parameter {pname!r}"
    before = len(c.problems)
    kind = spec.kind
    local = {
        "field": ("field", decl.fields),
        "fields": ("field", decl.fields),
        "state": ("state", decl.states),
        "states": ("state", decl.states),
        "trigger": ("trigger", decl.triggers),
        "triggers": ("trigger", decl.triggers),
    }
    if kind in local:
        noun, declared = local[kind]
        plural = kind.endswith("s")
        names = c.names(node, what) if plural else _single(c, node, what)
        for name, line in names or ():
            if name not in declared:
                c.err(line, f"{what}: {name!r} is not a declared {noun} of this definition")
    elif kind == "link":
        name = c.string(node, what)
        if name is not None:
            target = _foreign_type(call, entry, spec.of_param, decl) if spec.of_param else None
            if spec.of_param is not None:
                if target is not None:
                    c.refs.append(_PackRef(node.line, "link", name, target, what))
            elif name not in decl.links:
                c.err(node.line, f"{what}: {name!r} is not a link declared under 'links'")
    elif kind == "type":
        name = c.ident(node, what)
        if name is not None:
            c.refs.append(_PackRef(node.line, "type", name, None, what))
    elif kind in ("foreign_states", "foreign_trigger"):
        plural = kind == "foreign_states"
        names = c.names(node, what) if plural else _single(c, node, what)
        target = _foreign_type(call, entry, spec.of_param, decl)
        if target is not None:
            noun = "state" if plural else "trigger"
            for name, line in names or ():
                c.refs.append(_PackRef(line, noun, name, target, what))
    elif kind == "int":
        c.integer(node, what)
    elif kind == "str":
        c.string(node, what)
    elif kind == "enum":
        value = c.string(node, what)
        if value is not None and value not in spec.values:
            c.err(node.line, f"{what}: {value!r} is not one of: {', '.join(spec.values)}")
    elif kind == "field_map":
        if not isinstance(node, _Map):
            c.wrong(node, what, "a mapping {target field: source field}")
        else:
            target = _foreign_type(call, entry, spec.of_param, decl) if spec.of_param else None
            for key, (kline, vnode) in node.items.items():
                source = c.string(vnode, f"{what}: source of {key!r}")
                if source is not None and source not in decl.fields:
                    c.err(
                        vnode.line, f"{what}: {source!r} is not a declared field of this definition"
                    )
                if target is not None:
                    c.refs.append(_PackRef(kline, "field", key, target, what))
    return len(c.problems) == before


def _single(c: _Checker, node: _Node, what: str) -> list[tuple[str, int]]:
    value = c.string(node, what)
    return [] if value is None else [(value, node.line)]


# --------------------------------------------------------------------------
# Parsing one file
# --------------------------------------------------------------------------


def _decode(c: _Checker, data: bytes | bytearray | memoryview | str) -> str | None:
    if isinstance(data, str):
        size = len(data) if len(data) > MAX_BYTES else len(data.encode("utf-8", "surrogatepass"))
    else:
        data = bytes(data)
        size = len(data)
    if size > MAX_BYTES:
        c.err(1, f"file is {size} bytes; definitions are limited to 1 MiB ({MAX_BYTES} bytes)")
        return None
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        c.err(line, f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})")
        return None


def _check_nfc(c: _Checker, text: str) -> str:
    if unicodedata.is_normalized("NFC", text):
        return text
    bad = [
        n
        for n, line in enumerate(text.split("\n"), 1)
        if not unicodedata.is_normalized("NFC", line)
    ]
    more = f" ({len(bad)} lines in all)" if len(bad) > 1 else ""
    c.err(
        bad[0] if bad else 1,
        "text is not in Unicode NFC (composed) form, as some Vietnamese input methods "
        f"produce; save the file as NFC{more}",
    )
    return unicodedata.normalize("NFC", text)


def _yaml_problem(c: _Checker, exc: yaml.YAMLError, text: str) -> None:
    if isinstance(exc, yaml.reader.ReaderError):
        line = text[: exc.position].count("\n") + 1
        c.err(line, f"character {exc.character!r} is not allowed in YAML (control character)")
        return
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or "invalid YAML"
        if "'\\t'" in problem:
            c.err(line, "tab character where YAML does not allow one; indent with spaces")
            return
        context = ""
        if exc.context:
            cline = f" at line {exc.context_mark.line + 1}" if exc.context_mark else ""
            context = f" ({exc.context}{cline})"
        c.err(line, f"YAML syntax error: {problem}{context}")
        return
    c.err(1, f"YAML error: {exc}")


def _parse(
    data: bytes | bytearray | memoryview | str, path: str, pack: str | None, catalogue: Catalogue
) -> _Result:
    c = _Checker(path, pack, catalogue)
    result = _Result(path, None, c.problems)
    try:
        _parse_into(c, data, result)
    except RecursionError:
        c.err(1, f"YAML is nested too deeply (more than {MAX_DEPTH} levels)")
    except Exception as exc:  # the promise is "never a traceback": report, do not raise
        c.err(1, f"internal error while checking this file ({type(exc).__name__}: {exc})")
    if c.problems:
        result.definition = None
    # Sorted by line so the report reads top to bottom; identical duplicates (one
    # cause reached by two checks) are shown once.
    problems = sorted(dict.fromkeys(c.problems), key=lambda p: p.line)
    if len(problems) > MAX_PROBLEMS:
        rest = len(problems) - MAX_PROBLEMS
        problems = [
            *problems[:MAX_PROBLEMS],
            Problem(path, problems[MAX_PROBLEMS].line, f"... and {rest} more problems"),
        ]
    result.problems = problems
    result.refs = c.refs
    return result


def _parse_into(c: _Checker, data: bytes | bytearray | memoryview | str, result: _Result) -> None:
    if not isinstance(data, (bytes, bytearray, memoryview, str)):
        c.err(1, f"expected file content as bytes or text, got {type(data).__name__}")
        return
    text = _decode(c, data)
    if text is None:
        return
    text = _check_nfc(c, text)

    root: yaml.Node | None = None
    composed = False
    loader: _Loader | None = None
    try:
        loader = _Loader(text)
        loader.get_event()  # StreamStartEvent
        if not loader.check_event(yaml.StreamEndEvent):
            root = loader.compose_document()
        composed = True
        if not loader.check_event(yaml.StreamEndEvent):
            event = loader.get_event()
            c.err(
                event.start_mark.line + 1,
                "a definition file holds exactly one YAML document; another one starts here",
            )
    except _TooDeep as exc:
        c.err(exc.line, f"YAML is nested more than {MAX_DEPTH} levels deep")
    except yaml.YAMLError as exc:
        _yaml_problem(c, exc, text)
    finally:
        if loader is not None:
            for line in loader.alias_lines:
                c.err(line, "YAML aliases are not allowed in definitions")
            for line, tag in loader.tags:
                c.err(line, f"YAML tags are not allowed in definitions (found {_show_tag(tag)})")
            loader.dispose()

    if composed and (root is None or (root.tag == _YAML_TAG + "null" and not root.value)):
        c.err(1, "file is empty; expected a workflow definition (a YAML mapping)")
        return
    if root is None:
        return
    tree = c.convert(root)
    if not isinstance(tree, _Map):
        c.wrong(tree, "a definition", "a YAML mapping (format: 1, type: ..., states: ...)")
        return
    result.definition = _validate(c, tree, result)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def parse_definition(
    data: bytes | str, path: str, pack: str | None = None, *, catalogue: Catalogue
) -> tuple[Definition | None, list[Problem]]:
    """Parse and check one definition; the Definition is returned only if it has no problems.

    Pack-level references (other types, their states and triggers) are not checked
    here: use `validate_paths` or `load_pack` for that.
    """
    result = _parse(data, path, pack, catalogue)
    return result.definition, result.problems


def _read(path: Path, catalogue: Catalogue) -> _Result:
    shown = str(path)
    try:
        # Never read more than the limit (plus one byte to notice): a stray huge
        # file, or /dev/zero, must not be pulled into memory to be refused.
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            data = b"" if size > MAX_BYTES else f.read(MAX_BYTES + 1)
    except OSError as exc:
        return _Result(shown, None, [Problem(shown, 1, f"cannot read file: {exc.strerror or exc}")])
    if size > MAX_BYTES or len(data) > MAX_BYTES:
        shown_size = f"{size} bytes" if size > MAX_BYTES else f"more than {MAX_BYTES} bytes"
        message = f"file is {shown_size}; definitions are limited to 1 MiB ({MAX_BYTES} bytes)"
        return _Result(shown, None, [Problem(shown, 1, message)])
    return _parse(data, shown, path.absolute().parent.name or None, catalogue)


def load_file(path: Path, *, catalogue: Catalogue) -> tuple[Definition | None, list[Problem]]:
    """`parse_definition` on a file; the pack is the name of its folder."""
    result = _read(Path(path), catalogue)
    return result.definition, result.problems


def _folder_files(folder: Path, recursive: bool) -> list[Path]:
    found = folder.rglob("*.yaml") if recursive else folder.glob("*.yaml")
    return sorted(p for p in found if p.name not in RESERVED_FILES and p.is_file())


def _expand(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                files.extend(_folder_files(path, recursive=True))
            elif path.exists():
                if path.name not in RESERVED_FILES:
                    files.append(path)
            else:
                problems.append(Problem(str(path), 1, "no such file or folder"))
        except OSError as exc:
            problems.append(Problem(str(path), 1, f"cannot list: {exc.strerror or exc}"))
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


def _pack_checks(given: list[_Result], siblings: list[_Result], pack: str) -> None:
    everything = given + siblings
    by_type: dict[str, list[_Result]] = {}
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
                Problem(
                    r.path,
                    r.type_line,
                    f"type {r.type_id!r} is also defined in {where}; "
                    f"type ids must be unique in pack {pack!r}",
                )
            )
    for r in given:
        for ref in r.refs:
            message = _check_ref(ref, by_type, pack)
            if message is not None:
                r.problems.append(Problem(r.path, ref.line, message))
        r.problems.sort(key=lambda p: p.line)


def _check_ref(ref: _PackRef, by_type: dict[str, list[_Result]], pack: str) -> str | None:
    if ref.kind == "type":
        if ref.name not in by_type:
            known = sorted(by_type)
            close = difflib.get_close_matches(ref.name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            return f"{ref.where}: no type {ref.name!r} in pack {pack!r}{hint}"
        return None
    assert ref.of_type is not None
    if ref.of_type not in by_type:
        return None  # the type itself is reported by its own "type" reference
    defs = [r.definition for r in by_type[ref.of_type] if r.definition is not None]
    if not defs:
        return None  # that file has problems of its own; do not guess at its contents
    other = defs[0]
    if ref.kind == "state":
        names = {s.id for s in other.states}
    elif ref.kind == "trigger":
        names = {t.trigger for t in other.transitions}
    elif ref.kind == "field":
        names = {f.name for f in other.fields}
    else:
        names = {link.name for link in other.links}
    if ref.name in names:
        return None
    return f"{ref.where}: {ref.name!r} is not a {ref.kind} of type {ref.of_type!r}"


def validate_paths(
    paths: Iterable[Path], *, catalogue: Catalogue
) -> tuple[list[Definition], list[Problem]]:
    """Check files and folders, including references across each pack.

    A pack is a folder.  Pack-level checks see every definition file of the
    folders involved, even ones not named in `paths` (so one file can be checked
    against its pack), but only the named files' problems are reported.  Only
    definitions whose files have no problems at all are returned.
    """
    files, problems = _expand(paths)
    given = [_read(f, catalogue) for f in files]
    folders: dict[Path, list[tuple[Path, _Result]]] = {}
    for f, r in zip(files, given, strict=True):
        folders.setdefault(f.absolute().parent, []).append((f, r))
    for folder, members in folders.items():
        named = {f.absolute() for f, _r in members}
        try:
            extra = [p for p in _folder_files(folder, recursive=False) if p.absolute() not in named]
        except OSError:
            extra = []
        siblings = [_read(p, catalogue) for p in extra]
        try:
            _pack_checks([r for _f, r in members], siblings, folder.name)
        except Exception as exc:  # as in _parse: report, never a traceback
            for _f, r in members:
                r.problems.append(
                    Problem(
                        r.path, 1, f"internal error in pack checks ({type(exc).__name__}: {exc})"
                    )
                )
    definitions: list[Definition] = []
    for r in given:
        problems.extend(r.problems)
        if r.definition is not None and not r.problems:
            definitions.append(r.definition)
    return definitions, problems


def load_pack(folder: Path, *, catalogue: Catalogue) -> list[Definition]:
    """Every definition of a pack folder, fully checked; DefinitionError if any problem."""
    definitions, problems = validate_paths([Path(folder)], catalogue=catalogue)
    if problems:
        raise DefinitionError(problems)
    return definitions
