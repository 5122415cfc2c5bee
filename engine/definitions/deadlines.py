"""The 'deadlines' section: a due day and month per state, checked against the states."""

from __future__ import annotations

import re

from engine.definitions.declared import DefChecker
from engine.definitions.model import DeadlineSpec
from engine.definitions.nodes import at
from engine.definitions.problems import Text as T
from engine.definitions.problems import tr
from engine.definitions.yamlread import Map, Scalar, short

_DUE_RE = re.compile(r"(\d{2})/(\d{2})")
# Deadlines recur every year, so 29/02 (missing three years in four) is refused.
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DEADLINE_KEYS = (("state", "due"), ("year_offset", "basis"))


def deadlines(c: DefChecker, top: Map, terminal_states: set[str]) -> list[DeadlineSpec]:
    out: list[DeadlineSpec] = []
    lines: dict[str, int] = {}
    for i, node in enumerate(c.seq(top.get("deadlines"), T("'deadlines'", "'deadlines'")) or ()):
        what = T(f"hạn {i + 1}", f"deadline {i + 1}")
        m = c.mapping(node, what, *_DEADLINE_KEYS)
        if m is None:
            continue
        state_node = m.get("state")
        sid = c.string(state_node, at(what, "state"))
        if sid is not None and state_node is not None:
            what = T(f"hạn của trạng thái {sid!r}", f"deadline for state {sid!r}")
            if sid not in c.decl.states:
                if "state" not in c.decl.incomplete:
                    c.err(
                        state_node.line,
                        tr("def.deadline_state", what=what, state=sid),
                    )
            elif sid in terminal_states:
                c.err(
                    state_node.line,
                    T(
                        f"{what.vi}: trạng thái kết thúc không bao giờ được rời khỏi nên "
                        "không thể có hạn",
                        f"{what.en}: terminal states are never left, so cannot have a deadline",
                    ),
                )
            if sid in lines:
                c.err(
                    state_node.line,
                    T(
                        f"{what.vi}: khai báo hai lần (lần đầu ở dòng {lines[sid]})",
                        f"{what.en}: declared twice (first at line {lines[sid]})",
                    ),
                )
            lines.setdefault(sid, state_node.line)
        month, day = _due(c, m, what)
        offset = 0
        off_node = m.get("year_offset")
        off = c.integer(off_node, at(what, "year_offset"))
        if off is not None and off_node is not None:
            if not -1 <= off <= 2:
                c.err(
                    off_node.line,
                    T(
                        f"{what.vi}: 'year_offset' phải từ -1 đến 2, nhận được {off}",
                        f"{what.en}: 'year_offset' must be between -1 and 2, got {off}",
                    ),
                )
            offset = off
        dbasis = c.basis(m, what)
        if sid is not None:
            out.append(DeadlineSpec(sid, month, day, offset, dbasis))
    return out


def _due(c: DefChecker, m: Map, what: T) -> tuple[int, int]:
    node = m.get("due")
    due = c.string(node, at(what, "due"))
    if due is None or not isinstance(node, Scalar):
        return 0, 0
    match = _DUE_RE.fullmatch(due.strip())
    if match is None:
        c.err(
            node.line,
            T(
                f"{what.vi}: 'due' phải là ngày và tháng dạng \"dd/mm\", nhận được {short(due)!r}",
                f"{what.en}: 'due' must be a day and month as \"dd/mm\", got {short(due)!r}",
            ),
        )
        return 0, 0
    day, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        c.err(
            node.line,
            T(
                f"{what.vi}: 'due' {due!r} không có tháng {month}",
                f"{what.en}: 'due' {due!r} has no month {month}",
            ),
        )
    elif not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        most = _DAYS_IN_MONTH[month - 1]
        c.err(
            node.line,
            T(
                f"{what.vi}: 'due' {due!r}: ngày {day} không có trong tháng {month} mọi năm "
                f"(tối đa {most})",
                f"{what.en}: 'due' {due!r}: day {day} does not exist in month {month} every "
                f"year (at most {most})",
            ),
        )
    return month, day
