"""Guard and effect calls, checked against the `Catalogue` the loader was handed."""

from __future__ import annotations

import difflib
from typing import Any

from engine.definitions.catalogue import Param, Registered, Registry
from engine.definitions.declared import Call, DefChecker, PackRef
from engine.definitions.problems import Text as T
from engine.definitions.problems import tr
from engine.definitions.yamlread import Map, Node, Scalar, plain, short

_LOCAL = {
    "field": ("field", T("trường", "field")),
    "fields": ("field", T("trường", "field")),
    "state": ("state", T("trạng thái", "state")),
    "states": ("state", T("trạng thái", "state")),
    "trigger": ("trigger", T("thao tác", "trigger")),
    "triggers": ("trigger", T("thao tác", "trigger")),
}


def call_item(c: DefChecker, node: Node, kind: str, what: T) -> Call | None:
    """One item of 'guards' or 'effects': a name, or {name: {parameters}}."""
    shape = T(
        f"mỗi {kind} là một tên, hoặc một ánh xạ một khóa {{tên: {{tham số}}}}",
        f"a {kind} is a name, or a one-key mapping {{name: {{parameters}}}}",
    )
    if isinstance(node, Scalar):
        name = c.string(node, what + T(f": tên {kind}", f": {kind} name"))
        if name is None:
            return None
        return Call(kind, name, node.line, None, what + f": {kind} {short(name)!r}")
    if not isinstance(node, Map) or len(node.items) != 1:
        if isinstance(node, Map):
            n = len(node.items)
            c.err(
                node.line,
                what
                + T(
                    f": {shape.vi}; ánh xạ này có {n} khóa",
                    f": {shape.en}; this mapping has {n} keys",
                ),
            )
        else:
            c.wrong(node, what + T(f": mỗi {kind}", f": each {kind}"), shape)
        return None
    ((name, (kline, pnode)),) = node.items.items()
    where = what + f": {kind} {short(name)!r}"
    params: Map | None = None
    if isinstance(pnode, Map):
        params = pnode
    elif not (isinstance(pnode, Scalar) and pnode.kind == "null"):
        c.wrong(
            pnode,
            where + T(": tham số", ": parameters"),
            T("ánh xạ tên tham số → giá trị", "a mapping of parameter name to value"),
        )
    return Call(kind, name, kline, params, where)


def check_call(c: DefChecker, call: Call, reg: Registry) -> dict[str, Any]:
    """The call's parameters as plain values; every problem with them is reported."""
    items = call.params.items if call.params is not None else {}
    params = {k: plain(v) for k, (_line, v) in items.items()}
    if call.name not in reg:
        known = sorted(reg.entries)
        close = difflib.get_close_matches(call.name, known, n=1)
        if close:
            hint = tr("node.did_you_mean", name=close[0])
        else:
            hint = T(
                f"các {call.kind} đã biết: {', '.join(known)}",
                f"known {call.kind}s: {', '.join(known)}",
            )
        c.err(
            call.line,
            tr(
                "def.unknown_call",
                what=call.where,
                kind=call.kind,
                name=short(call.name),
                hint=hint,
            ),
        )
        return params
    entry = reg.get(call.name)
    ok = True
    for key, (kline, _v) in items.items():
        if key not in entry.params:
            expected = ", ".join(entry.params) or "none"
            c.err(
                kline, tr("def.unknown_param", what=call.where, name=short(key), expected=expected)
            )
            ok = False
    for pname, spec in entry.params.items():
        if spec.required and pname not in items:
            c.err(call.line, tr("def.missing_param", what=call.where, name=pname))
            ok = False
    for pname, (_kline, vnode) in items.items():
        spec = entry.params.get(pname)
        if spec is not None and not _check_param(c, call, entry, pname, spec, vnode):
            ok = False
    if ok and entry.extra_check is not None:
        # A catalogue's own check that raises is a bug, reported as an internal problem.
        try:
            messages = list(entry.extra_check(dict(params)))
        except Exception as exc:
            c.err(
                call.line,
                f"{call.where}: internal error in parameter check ({type(exc).__name__}: {exc})",
                internal=True,
            )
            messages = []
        for message in messages:
            c.err(call.line, f"{call.where}: {message}")
    return params


def _foreign_type(c: DefChecker, call: Call, entry: Registered, of_param: str | None) -> str | None:
    """The document type a foreign_* parameter refers to, if it can be known."""
    if of_param is None or call.params is None:
        return None
    node = call.params.get(of_param)
    if not isinstance(node, Scalar) or node.kind != "str":
        return None
    other = entry.params.get(of_param)
    if (other.kind if other is not None else of_param) == "link":
        link = c.decl.links.get(node.value)
        return link.type if link is not None and link.type else None
    return str(node.value)


def _check_param(
    c: DefChecker, call: Call, entry: Registered, pname: str, spec: Param, node: Node
) -> bool:
    what = call.where + T(f": tham số {pname!r}", f": parameter {pname!r}")
    before = len(c.problems)
    kind = spec.kind
    if kind in _LOCAL:
        decl_kind, noun = _LOCAL[kind]
        names = c.names(node, what) if kind.endswith("s") else c.single(node, what)
        declared = c.decl.names(decl_kind)
        # With a declaration of that kind unreadable, an unknown name may be it.
        if decl_kind not in c.decl.incomplete:
            for name, line in names or ():
                if name not in declared:
                    c.err(line, tr("def.not_declared_here", what=what, name=short(name), noun=noun))
    elif kind == "link":
        name = c.string(node, what)
        if name is not None:
            if spec.of_param is not None:
                target = _foreign_type(c, call, entry, spec.of_param)
                if target is not None:
                    c.refs.append(PackRef(node.line, "link", name, target, what))
            elif name not in c.decl.links and "link" not in c.decl.incomplete:
                c.err(
                    node.line,
                    tr("def.link_undeclared", what=what, name=short(name)),
                )
    elif kind == "type":
        name = c.ident(node, what)
        if name is not None:
            c.refs.append(PackRef(node.line, "type", name, None, what))
    elif kind in ("foreign_states", "foreign_trigger"):
        plural = kind == "foreign_states"
        names = c.names(node, what) if plural else c.single(node, what)
        target = _foreign_type(c, call, entry, spec.of_param)
        if target is not None:
            ref_kind = "state" if plural else "trigger"
            for name, line in names or ():
                c.refs.append(PackRef(line, ref_kind, name, target, what))
    elif kind == "int":
        c.integer(node, what)
    elif kind == "str":
        value = c.string(node, what)
        if pname == "ceiling" and value is not None:
            c.ceilings.append((value, node.line))
    elif kind == "enum":
        value = c.string(node, what)
        if value is not None and value not in spec.values:
            c.err(
                node.line,
                tr("def.not_one_of", what=what, value=short(value), values=", ".join(spec.values)),
            )
    elif kind == "field_map":
        _field_map(c, call, entry, spec, node, what)
    return len(c.problems) == before


def _field_map(
    c: DefChecker, call: Call, entry: Registered, spec: Param, node: Node, what: T
) -> None:
    if not isinstance(node, Map):
        c.wrong(
            node,
            what,
            T("ánh xạ {trường đích: trường nguồn}", "a mapping {target field: source field}"),
        )
        return
    target = _foreign_type(c, call, entry, spec.of_param) if spec.of_param else None
    for key, (kline, vnode) in node.items.items():
        source = c.string(vnode, what + T(f": nguồn của {key!r}", f": source of {key!r}"))
        if source is not None and source not in c.decl.fields and "field" not in c.decl.incomplete:
            c.err(
                vnode.line,
                tr(
                    "def.not_declared_here",
                    what=what,
                    name=short(source),
                    noun=T("trường", "field"),
                ),
            )
        if target is not None:
            c.refs.append(PackRef(kline, "field", key, target, what))
