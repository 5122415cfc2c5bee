"""One definition file, whole: its sections in order, then the references between them."""

from __future__ import annotations

from engine.definitions.calls import check_call
from engine.definitions.deadlines import deadlines
from engine.definitions.declared import DefChecker, Trans
from engine.definitions.model import CallSpec, Definition, TransitionSpec
from engine.definitions.nodes import at
from engine.definitions.problems import Text as T
from engine.definitions.problems import tr
from engine.definitions.sections import create, fields, links, roles, states
from engine.definitions.transitions import check_graph, transition
from engine.definitions.yamlread import Map

SUPPORTED_FORMAT = 1
_TOP_REQUIRED = ("format", "type", "title", "roles", "create", "states", "transitions")
_TOP_OPTIONAL = ("basis", "links", "fields", "deadlines")


def validate(c: DefChecker, root: Map) -> tuple[Definition | None, str | None, int]:
    """The Definition (None if any problem), and its type id and line when readable."""
    top = c.mapping(root, T("định nghĩa", "definition"), _TOP_REQUIRED, _TOP_OPTIONAL)
    assert top is not None
    fmt_node = top.get("format")
    fmt = c.integer(fmt_node, T("'format'", "'format'"))
    if fmt is not None and fmt != SUPPORTED_FORMAT and fmt_node is not None:
        c.err(fmt_node.line, tr("def.format", supported=SUPPORTED_FORMAT, got=fmt))
    type_node = top.get("type")
    type_id = c.ident(type_node, T("'type'", "'type'"))
    type_line = type_node.line if type_node is not None else 1
    title = c.label(top.get("title"), T("'title'", "'title'"))
    basis = c.basis(top, T("định nghĩa", "definition"))

    role_labels = roles(c, top)
    create_spec = create(c, top)
    link_specs = links(c, top)
    field_specs, required_refs = fields(c, top)
    state_specs, initial = states(c, top)
    if "state" not in c.decl.incomplete:
        for sid, what, line in required_refs:
            if sid not in c.decl.states:
                c.err(line, tr("def.undeclared_state", what=at(what, "required_in"), state=sid))

    trans: list[Trans] = []
    items = c.seq(top.get("transitions"), T("'transitions'", "'transitions'"))
    if items is None:
        c.decl.incomplete.update(("trigger", "transition"))
    for i, node in enumerate(items or ()):
        t = transition(c, i, node)
        if t is not None:
            trans.append(t)
            if t.trigger is not None:
                c.decl.triggers.setdefault(t.trigger, t.trigger_line)
    check_graph(c, trans, state_specs, initial)

    calls: list[tuple[Trans, list[CallSpec], list[CallSpec]]] = []
    for t in trans:
        gs: list[CallSpec] = []
        es: list[CallSpec] = []
        for call in t.calls:
            params = check_call(c, call, c.catalogue.registry(call.kind))
            (gs if call.kind == "guard" else es).append(CallSpec(call.name, params))
        calls.append((t, gs, es))

    terminal = {s.id for s in state_specs if s.terminal}
    deadline_specs = deadlines(c, top, terminal)

    if c.problems or c.derived or type_id is None:
        return None, type_id, type_line
    definition = Definition(
        type=type_id,
        title=title,
        roles=role_labels,
        fields=tuple(field_specs),
        states=tuple(state_specs),
        transitions=tuple(
            TransitionSpec(**t.spec_kwargs, guards=tuple(gs), effects=tuple(es))
            for t, gs, es in calls
        ),
        create=create_spec,
        deadlines=tuple(deadline_specs),
        links=tuple(link_specs),
        basis=basis,
        pack=c.pack,
    )
    return definition, type_id, type_line
