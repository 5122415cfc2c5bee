"""Transitions: each one's keys, its sign-off, and the state graph they draw."""

from __future__ import annotations

from engine.definitions.calls import call_item
from engine.definitions.declared import Call, DefChecker, Trans
from engine.definitions.model import SCOPES, Party, SignoffSpec, StateSpec
from engine.definitions.nodes import at, named
from engine.definitions.problems import Text as T
from engine.definitions.problems import tr
from engine.definitions.sections import check_roles
from engine.definitions.yamlread import Map, Node, Scalar

DEFAULT_SCOPE = "own_unit"
_REQUIRED = ("trigger", "label", "from", "to")
_OPTIONAL = (
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


def transition(c: DefChecker, i: int, node: Node) -> Trans | None:
    what = named("chuyển trạng thái", "transition", i, node, "trigger")
    m = c.mapping(node, what, _REQUIRED, _OPTIONAL)
    if m is None:
        c.decl.incomplete.update(("trigger", "transition"))
        return None
    trigger = c.ident(m.get("trigger"), at(what, "trigger"))
    if trigger is None:
        c.decl.incomplete.add("trigger")
    label = c.label(m.get("label"), at(what, "label"))
    sources = c.names(m.get("from"), at(what, "from"), single_ok=True) or []
    dest = c.string(m.get("to"), at(what, "to"))
    system = c.boolean(m.get("system"), at(what, "system")) or False
    tbasis = c.basis(m, what)
    if not sources or dest is None:
        c.decl.incomplete.add("transition")  # an edge of the graph is unknown

    comment_required = False
    comment_node = m.get("comment")
    comment = c.string(comment_node, at(what, "comment"))
    if comment is not None and comment_node is not None:
        if comment not in ("required", "optional"):
            c.err(
                comment_node.line,
                tr("def.bad_comment", what=what, value=comment),
            )
        comment_required = comment == "required"

    inputs = c.names(m.get("inputs"), at(what, "inputs")) or []
    roles = check_roles(c, c.names(m.get("roles"), at(what, "roles")), what)
    scope_node = m.get("scope")
    scope = c.string(scope_node, at(what, "scope"))
    if scope is not None and scope not in SCOPES and scope_node is not None:
        c.err(
            scope_node.line,
            tr("def.bad_value", what=what, key="scope", value=scope, values=", ".join(SCOPES)),
        )

    signoff_node = m.get("signoff")
    signoff = _signoff(c, signoff_node, what) if signoff_node is not None else None
    _who_fires(c, m, what, system, comment_required, bool(inputs))

    if signoff is not None:
        # Permission comes from the parties; roles/scope only summarise them (the
        # distinct party roles; their common scope, else "any") for code that asks
        # which roles could ever act on a transition.
        roles = tuple(dict.fromkeys(p.role for p in signoff.parties))
        party_scopes = {p.scope for p in signoff.parties}
        scope = party_scopes.pop() if len(party_scopes) == 1 else "any"
    elif system:
        roles, scope = (), DEFAULT_SCOPE

    calls: list[Call] = []
    for kind, key in (("guard", "guards"), ("effect", "effects")):
        for item in c.seq(m.get(key), at(what, key)) or ():
            call = call_item(c, item, kind, what)
            if call is not None:
                calls.append(call)

    trigger_node, to_node = m.get("trigger"), m.get("to")
    return Trans(
        spec_kwargs={
            "trigger": trigger or "",
            "label": label,
            "sources": tuple(s for s, _ in sources),
            "dest": dest or "",
            "roles": roles,
            "scope": scope or DEFAULT_SCOPE,
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


def _who_fires(
    c: DefChecker, m: Map, what: T, system: bool, comment_required: bool, inputs: bool
) -> None:
    if system:
        for key in ("roles", "scope", "signoff"):
            if key in m.items:
                c.err(
                    m.key_line(key),
                    T(
                        f"{what.vi}: chuyển trạng thái hệ thống không nhận {key!r} (chỉ "
                        "effect kích hoạt nó)",
                        f"{what.en}: a system transition takes no {key!r} (only effects fire it)",
                    ),
                )
        if comment_required:
            c.err(
                m.key_line("comment"),
                T(
                    f"{what.vi}: chuyển trạng thái hệ thống không thể bắt buộc ghi lý do",
                    f"{what.en}: a system transition cannot require a comment",
                ),
            )
        if inputs:
            c.err(
                m.key_line("inputs"),
                T(
                    f"{what.vi}: chuyển trạng thái hệ thống không nhận 'inputs'",
                    f"{what.en}: a system transition cannot take 'inputs'",
                ),
            )
    elif "signoff" in m.items:
        for key in ("roles", "scope"):
            if key in m.items:
                c.err(
                    m.key_line(key),
                    T(
                        f"{what.vi}: không dùng {key!r} cùng 'signoff' (các bên ký xác định ai ký)",
                        f"{what.en}: {key!r} cannot be given with 'signoff' (the parties say "
                        "who signs)",
                    ),
                )
    elif "roles" not in m.items:
        c.err(
            m.line,
            T(
                f"{what.vi}: thiếu 'roles' (ai được thực hiện), hoặc 'signoff' cho nhiều bên",
                f"{what.en}: missing 'roles' (who may fire it), or 'signoff' for several parties",
            ),
        )


def _signoff(c: DefChecker, node: Node, what: T) -> SignoffSpec | None:
    m = c.mapping(node, at(what, "signoff"), ("need", "parties"))
    if m is None:
        return None
    parties: list[Party] = []
    seen: dict[tuple[str, str], int] = {}
    parties_node = m.get("parties")
    items = c.seq(parties_node, what + T(": 'parties' của signoff", ": signoff 'parties'"))
    if items is not None and not items and parties_node is not None:
        c.err(
            parties_node.line,
            tr("node.empty", what=what + T(": 'parties' của signoff", ": signoff 'parties'")),
        )
    for j, pnode in enumerate(items or ()):
        pwhat = what + T(f": bên ký {j + 1}", f": signoff party {j + 1}")
        pm = c.mapping(pnode, pwhat, ("role",), ("scope", "label"))
        if pm is None:
            continue
        role_node = pm.get("role")
        role = c.string(role_node, at(pwhat, "role"))
        if role is not None and role_node is not None:
            check_roles(c, [(role, role_node.line)], pwhat)
        scope_node = pm.get("scope")
        scope = c.string(scope_node, at(pwhat, "scope"))
        if scope is not None and scope not in SCOPES and scope_node is not None:
            c.err(
                scope_node.line,
                tr("def.bad_value", what=pwhat, key="scope", value=scope, values=", ".join(SCOPES)),
            )
        label = c.label(pm.get("label"), at(pwhat, "label")) if "label" in pm.items else None
        if role is None:
            continue
        party = Party(role=role, scope=scope or DEFAULT_SCOPE, label=label)
        key = (party.role, party.scope)
        if key in seen:
            c.err(
                pm.line,
                T(
                    f"{pwhat.vi}: bên {role!r} ({party.scope}) được liệt kê hai lần (lần đầu "
                    f"ở dòng {seen[key]})",
                    f"{pwhat.en}: party {role!r} ({party.scope}) is listed twice (first at "
                    f"line {seen[key]})",
                ),
            )
            continue
        seen[key] = pm.line
        parties.append(party)

    need = len(parties)
    need_node = m.get("need")
    if need_node is not None:
        if isinstance(need_node, Scalar) and need_node.kind == "str" and need_node.value == "all":
            need = len(parties)
        elif isinstance(need_node, Scalar) and need_node.kind == "int":
            need = int(need_node.value)
            if items is not None and not 1 <= need <= max(len(items), 1):
                n = len(items)
                c.err(
                    need_node.line,
                    T(
                        f"{what.vi}: 'need' của signoff phải là 'all' hoặc số từ 1 đến {n} "
                        f"(số bên ký), nhận được {need}",
                        f"{what.en}: signoff 'need' must be 'all' or a number from 1 to {n} "
                        f"(the number of parties), got {need}",
                    ),
                )
        else:
            c.wrong(
                need_node,
                what + T(": 'need' của signoff", ": signoff 'need'"),
                T("'all' hoặc số bên ký", "'all' or a number of parties"),
            )
    return SignoffSpec(parties=tuple(parties), need=need)


def check_graph(
    c: DefChecker, trans: list[Trans], states: list[StateSpec], initial: str | None
) -> None:
    """'from'/'to'/'inputs' references, unique (trigger, from) pairs, reachability."""
    decl = c.decl
    terminal = {s.id for s in states if s.terminal}
    states_known = "state" not in decl.incomplete
    dangling = False
    pairs: dict[tuple[str, str], int] = {}
    for t in trans:
        for src, line in t.sources:
            if src not in decl.states:
                dangling = True
                if states_known:
                    c.err(line, tr("def.undeclared_state", what=at(t.what, "from"), state=src))
            elif src in terminal:
                c.err(
                    line,
                    T(
                        f"{t.what.vi}: rời trạng thái kết thúc {src!r}; trạng thái kết thúc "
                        "không có lối ra",
                        f"{t.what.en}: leaves terminal state {src!r}; terminal states have no "
                        "way out",
                    ),
                )
            if t.trigger is not None:
                if (t.trigger, src) in pairs:
                    first = pairs[(t.trigger, src)]
                    c.err(
                        line,
                        T(
                            f"{t.what.vi}: thao tác {t.trigger!r} từ trạng thái {src!r} được "
                            f"định nghĩa hai lần (lần đầu ở dòng {first}); "
                            "cặp (trigger, from) phải là duy nhất",
                            f"{t.what.en}: trigger {t.trigger!r} from state {src!r} is "
                            f"defined twice (first at line {first}); "
                            "(trigger, from) pairs must be unique",
                        ),
                    )
                else:
                    pairs[(t.trigger, src)] = line
        if t.dest is not None and t.dest not in decl.states:
            dangling = True
            if states_known:
                c.err(t.dest_line, tr("def.undeclared_state", what=at(t.what, "to"), state=t.dest))
        for fname, line in t.inputs:
            if fname not in decl.fields and "field" not in decl.incomplete:
                c.err(line, tr("def.undeclared_field", what=at(t.what, "inputs"), field=fname))
    # Reachability follows from the edges: with an edge missing (an undeclared or
    # unreadable state, an unreadable transition), "unreachable" would only be a
    # consequence of that cause, so it is not said.
    if dangling or decl.incomplete & {"state", "transition"}:
        return
    edges = [(s, t.dest) for t in trans for s, _ in t.sources if t.dest is not None]
    if initial is not None:
        reached = _closure({initial}, edges)
        for s in states:
            if s.id not in reached:
                c.derived.append(
                    (
                        decl.states[s.id],
                        T(
                            f"trạng thái {s.id!r} không thể đến được từ trạng thái đầu {initial!r}",
                            f"state {s.id!r} cannot be reached from the initial state {initial!r}",
                        ),
                    )
                )
    if terminal:
        can_finish = _closure(terminal, [(b, a) for a, b in edges])
        for s in states:
            if s.id not in can_finish:
                c.derived.append(
                    (
                        decl.states[s.id],
                        T(
                            f"trạng thái {s.id!r} không có đường đến trạng thái kết thúc",
                            f"state {s.id!r} has no path to a terminal state",
                        ),
                    )
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
