"""The sections of a definition: roles, create, links, fields, states (deadlines: `deadlines`).

Each function checks one section, records what it declares in `c.decl`, and
returns the model parts it could build.  `validate` (in `document.py`) runs them
in order; references between sections are checked once all are declared.
"""

from __future__ import annotations

from engine.definitions.declared import DefChecker, PackRef
from engine.definitions.model import (
    FIELD_TYPES,
    Choice,
    CreateSpec,
    FieldSpec,
    Label,
    LinkSpec,
    StateSpec,
)
from engine.definitions.nodes import ID_RE, at, named
from engine.definitions.problems import Text as T
from engine.definitions.problems import tr
from engine.definitions.yamlread import Map, Seq, short

_LINK_KEYS = (("name", "type"), ("label",))
_FIELD_KEYS = (("name", "type", "label"), ("required_in", "choices"))
_STATE_KEYS = (("id", "label"), ("initial", "terminal", "editable", "basis"))


def roles(c: DefChecker, top: Map) -> dict[str, Label]:
    out: dict[str, Label] = {}
    node = top.get("roles")
    if node is None:
        return out
    if not isinstance(node, Map):
        c.wrong(
            node,
            T("'roles'", "'roles'"),
            T("ánh xạ mã vai trò → nhãn", "a mapping of role id to label"),
        )
        c.decl.incomplete.add("role")
        return out
    if not node.items:
        c.err(
            node.line,
            T(
                "'roles' phải khai báo ít nhất một vai trò",
                "'roles' must declare at least one role",
            ),
        )
    for role, (kline, lnode) in node.items.items():
        if not ID_RE.fullmatch(role):
            c.err(kline, tr("node.bad_id", what=T("mã vai trò", "role id"), value=short(role)))
        out[role] = c.label(lnode, T(f"vai trò {role!r}: nhãn", f"role {role!r}: label"))
        c.decl.roles[role] = kline
    return out


def check_roles(c: DefChecker, items: list[tuple[str, int]] | None, what: T) -> tuple[str, ...]:
    """Reports roles not declared under 'roles'; returns the role names."""
    for role, line in items or ():
        if role not in c.decl.roles and "role" not in c.decl.incomplete:
            c.err(line, tr("def.undeclared_role", what=what, role=role))
    return tuple(r for r, _ in items or ())


def create(c: DefChecker, top: Map) -> CreateSpec:
    m = c.mapping(top.get("create"), T("'create'", "'create'"), ("roles",))
    if m is None:
        return CreateSpec(roles=())
    items = c.names(m.get("roles"), T("vai trò của 'create'", "'create' roles"))
    return CreateSpec(roles=check_roles(c, items, T("'create'", "'create'")))


def links(c: DefChecker, top: Map) -> list[LinkSpec]:
    out: list[LinkSpec] = []
    lines: dict[str, int] = {}
    for i, node in enumerate(c.seq(top.get("links"), T("'links'", "'links'")) or ()):
        what = named("liên kết", "link", i, node, "name")
        m = c.mapping(node, what, *_LINK_KEYS)
        if m is None:
            c.decl.incomplete.add("link")
            continue
        name = c.ident(m.get("name"), at(what, "name"))
        ltype = c.ident(m.get("type"), at(what, "type"))
        label = c.label(m.get("label"), at(what, "label")) if "label" in m.items else None
        if name is None:
            c.decl.incomplete.add("link")
        elif _declare(c, lines, name, m.key_line("name"), T("liên kết", "link")):
            spec = LinkSpec(name=name, type=ltype or "", label=label)
            c.decl.links[name] = spec
            out.append(spec)
        type_node = m.get("type")
        if ltype is not None and type_node is not None:
            c.refs.append(PackRef(type_node.line, "type", ltype, None, at(what, "type")))
    return out


def fields(c: DefChecker, top: Map) -> tuple[list[FieldSpec], list[tuple[str, T, int]]]:
    """The fields, and their (state, what, line) 'required_in' references."""
    out: list[FieldSpec] = []
    required_refs: list[tuple[str, T, int]] = []
    for i, node in enumerate(c.seq(top.get("fields"), T("'fields'", "'fields'")) or ()):
        what = named("trường", "field", i, node, "name")
        m = c.mapping(node, what, *_FIELD_KEYS)
        if m is None:
            c.decl.incomplete.add("field")
            continue
        name = c.ident(m.get("name"), at(what, "name"))
        type_node = m.get("type")
        ftype = c.string(type_node, at(what, "type"))
        if ftype is not None and ftype not in FIELD_TYPES and type_node is not None:
            c.err(
                type_node.line,
                tr(
                    "def.bad_value",
                    what=what,
                    key="type",
                    value=ftype,
                    values=", ".join(FIELD_TYPES),
                ),
            )
        label = c.label(m.get("label"), at(what, "label"))
        required_in = c.names(m.get("required_in"), at(what, "required_in")) or []
        required_refs.extend((s, what, line) for s, line in required_in)
        choices = _choices(c, m, what, ftype)
        if name is None:
            c.decl.incomplete.add("field")
            continue
        if not _declare(c, c.decl.fields, name, m.key_line("name"), T("trường", "field")):
            continue
        out.append(
            FieldSpec(
                name=name,
                type=ftype or "",
                label=label,
                required_in=tuple(s for s, _ in required_in),
                choices=tuple(choices),
            )
        )
    return out, required_refs


def _choices(c: DefChecker, m: Map, what: T, ftype: str | None) -> list[Choice]:
    choices: list[Choice] = []
    node = m.get("choices")
    if ftype == "choice" and node is None:
        c.err(
            m.line,
            T(
                f"{what.vi}: trường kiểu choice cần 'choices'",
                f"{what.en}: a choice field needs 'choices'",
            ),
        )
        return choices
    if node is None:
        return choices
    if ftype is not None and ftype != "choice":
        c.err(
            m.key_line("choices"),
            T(
                f"{what.vi}: chỉ trường kiểu choice mới có 'choices' (kiểu là {ftype!r})",
                f"{what.en}: only choice fields take 'choices' (type is {ftype!r})",
            ),
        )
        return choices
    items = c.seq(node, at(what, "choices"))
    if items is not None and not items:
        c.err(node.line, tr("node.empty", what=at(what, "choices")))
    seen: dict[str, int] = {}
    for j, cnode in enumerate(items or ()):
        cwhat = what + T(f": lựa chọn {j + 1}", f": choice {j + 1}")
        cm = c.mapping(cnode, cwhat, ("value", "label"))
        if cm is None:
            continue
        value = c.string(cm.get("value"), at(cwhat, "value"))
        clabel = c.label(cm.get("label"), at(cwhat, "label"))
        if value is None:
            continue
        if value in seen:
            c.err(
                cm.key_line("value"),
                tr(
                    "node.listed_twice",
                    what=what + T(": giá trị lựa chọn", ": choice value"),
                    value=short(value),
                ),
            )
        else:
            seen[value] = cm.key_line("value")
            choices.append(Choice(value=value, label=clabel))
    return choices


def states(c: DefChecker, top: Map) -> tuple[list[StateSpec], str | None]:
    """The states and the initial state's id."""
    out: list[StateSpec] = []
    node = top.get("states")
    initial_seen: tuple[str, int] | None = None
    items = c.seq(node, T("'states'", "'states'"))
    if items is None:
        c.decl.incomplete.add("state")
    for i, snode in enumerate(items or ()):
        what = named("trạng thái", "state", i, snode, "id")
        m = c.mapping(snode, what, *_STATE_KEYS)
        if m is None:
            c.decl.incomplete.add("state")
            continue
        sid = c.ident(m.get("id"), at(what, "id"))
        label = c.label(m.get("label"), at(what, "label"))
        initial = c.boolean(m.get("initial"), at(what, "initial")) or False
        terminal = c.boolean(m.get("terminal"), at(what, "terminal")) or False
        editable = c.boolean(m.get("editable"), at(what, "editable")) or False
        sbasis = c.basis(m, what)
        if sid is None:
            c.decl.incomplete.add("state")
            continue
        if not _declare(c, c.decl.states, sid, m.key_line("id"), T("trạng thái", "state")):
            continue
        if initial:
            if initial_seen is not None:
                first, line = initial_seen
                c.err(
                    m.key_line("initial"),
                    T(
                        f"trạng thái {sid!r} cũng là trạng thái đầu (trước đó: {first!r} ở "
                        f"dòng {line}); chỉ đúng một trạng thái được là trạng thái đầu",
                        f"state {sid!r} is also initial (first: {first!r} at line {line}); "
                        "exactly one state may be initial",
                    ),
                )
            else:
                initial_seen = (sid, m.key_line("initial"))
        out.append(StateSpec(sid, label, initial, terminal, editable, sbasis))
    if isinstance(node, Seq):
        line = top.key_line("states")
        if not node.items:
            c.err(line, tr("node.empty", what=T("'states'", "'states'")))
        elif initial_seen is None and "state" not in c.decl.incomplete:
            c.err(
                line,
                T(
                    "không có trạng thái đầu; đúng một trạng thái phải có 'initial: true'",
                    "no state is initial; exactly one state must have 'initial: true'",
                ),
            )
        if node.items and not any(s.terminal for s in out) and "state" not in c.decl.incomplete:
            c.err(
                line,
                T(
                    "không có trạng thái kết thúc; cần ít nhất một trạng thái có 'terminal: true'",
                    "no state is terminal; at least one state must have 'terminal: true'",
                ),
            )
    return out, initial_seen[0] if initial_seen else None


def _declare(c: DefChecker, declared: dict[str, int], name: str, line: int, noun: T) -> bool:
    """Record `name` as declared at `line`; False (and the problem said) if it already was."""
    if name in declared:
        c.err(line, tr("def.declared_twice", noun=noun, name=name, first=declared[name]))
        return False
    declared[name] = line
    return True
