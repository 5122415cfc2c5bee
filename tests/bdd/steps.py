"""The Vietnamese step library (catalogue: README.md in this folder).

Steps are generic: any pack, any document type.  "Cho" (Given) steps set the
scene and fail loudly if the engine refuses; "Khi" (When) steps keep a refusal
for the "Thì" (Then) steps to examine, and a refusal no "Thì" step looked at
fails the scenario.  `conftest.py` makes these step fixtures visible to
`test_features.py`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from datetime import date
from typing import Any

import parse
from pytest_bdd import given, parsers, then, when

from engine import services
from engine.errors import (
    GuardFailed,
    InvalidInput,
    NotAllowedFromState,
    PermissionDenied,
    StaleDocument,
)
from tests.bdd.support import (
    Outcome,
    Scenario,
    error_text,
    is_stale,
    money,
    norm,
    parse_clauses,
    parse_date,
    show_date,
)

# --- parameter types -----------------------------------------------------------------------


@parse.with_pattern(r'[^"]*')
def _quoted(text: str) -> str:
    return text


@parse.with_pattern(r".*")
def _rest(text: str) -> str:
    return text


@parse.with_pattern(r"\d{1,2}/\d{1,2}/\d{4}")
def _day(text: str) -> date:
    return parse_date(text)


TYPES = {"q": _quoted, "rest": _rest, "ngay": _day}
KINDS = {"given": given, "when": when, "then": then}
KIND: ContextVar[str] = ContextVar("bdd_step_kind", default="when")


def step(kinds: str, *texts: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register one function for several step kinds ("given when") and wordings.

    The function learns which kind is running from `KIND`: a "Cho" step raises
    the engine's refusal at once, a "Khi" step keeps it for the "Thì" steps.
    """

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        for kind in kinds.split():
            bound = _bind(func, kind)
            for text in texts:
                # stacklevel=2: the step fixtures land in this module, not in this helper
                KINDS[kind](parsers.parse(text, extra_types=TYPES), stacklevel=2)(bound)
        return func

    return register


def _bind(func: Callable[..., Any], kind: str) -> Callable[..., Any]:
    @functools.wraps(func)  # pytest-bdd reads the parameters through __wrapped__
    def bound(*args: Any, **kwargs: Any) -> Any:
        token = KIND.set(kind)
        try:
            return func(*args, **kwargs)
        finally:
            KIND.reset(token)

    return bound


def _run(bdd: Scenario, user: str, action: str, alias: str | None, fn: Callable[[], Any]) -> None:
    """A "Cho" step raises a refusal; a "Khi" step keeps it for the "Thì" steps."""
    if KIND.get() == "given":
        bdd.check_no_pending()
        fn()
    else:
        bdd.attempt(user, action, alias, fn)


# --- Cho: the province ---------------------------------------------------------------------


@step("given", 'tỉnh được thiết lập theo bộ quy trình "{pack:q}"')
def set_up_province(bdd: Scenario, pack: str) -> None:
    bdd.set_up_pack(pack)


@step("given", "hôm nay là ngày {day:ngay}")
def set_today(bdd: Scenario, day: date) -> None:
    bdd.today = day


@step("given", '"{user:q}" có vai trò "{role:q}" tại đơn vị "{unit:q}"')
def grant_role(bdd: Scenario, user: str, role: str, unit: str) -> None:
    bdd.require_setup()
    bdd.add_user(user)
    bdd.grant(user, role, unit)


@step("given", 'trần kinh phí "{key:q}" năm {year:d} là "{amount:q}"')
def set_ceiling(bdd: Scenario, key: str, year: int, amount: str) -> None:
    bdd.set_ceiling(key, year, amount)


@step(
    "given when",
    '"{principal:q}" ủy quyền vai trò "{role:q}" tại đơn vị "{unit:q}" cho "{delegate:q}" '
    "từ ngày {start:ngay} đến ngày {end:ngay}",
)
def delegate(
    bdd: Scenario,
    principal: str,
    role: str,
    unit: str,
    delegate: str,
    start: date,
    end: date,
) -> None:
    _run(
        bdd,
        principal,
        "ủy quyền",
        None,
        lambda: bdd.delegate(principal, delegate, role, unit, start, end),
    )


# --- Cho / Khi: documents --------------------------------------------------------------------


@step(
    "given when",
    '"{user:q}" lập "{type:q}" của đơn vị "{unit:q}" năm {year:d}, gọi là "{alias:q}"{rest:rest}',
)
def create_document(
    bdd: Scenario,
    user: str,
    type: str,
    unit: str,
    year: int,
    alias: str,
    rest: str,
    datatable: list[list[str]] | None = None,
) -> None:
    clauses = parse_clauses(rest, {"link", "blank", "table", "field", "day"}, datatable)
    _run(bdd, user, f"lập {type}", None, lambda: bdd.create(user, type, unit, year, alias, clauses))


@step(
    "given when",
    '"{user:q}" thực hiện "{action:q}" văn bản "{alias:q}"{rest:rest}',
    '"{user:q}" đã thực hiện "{action:q}" văn bản "{alias:q}"{rest:rest}',
)
def fire(
    bdd: Scenario,
    user: str,
    action: str,
    alias: str,
    rest: str,
    datatable: list[list[str]] | None = None,
) -> None:
    clauses = parse_clauses(rest, {"reason", "field", "table", "day"}, datatable)
    _run(
        bdd,
        user,
        action,
        alias,
        lambda: bdd.act(
            user, alias, action, reason=clauses.reason, values=clauses.values, day=clauses.day
        ),
    )


@step("given when", '"{user:q}" sửa văn bản "{alias:q}"{rest:rest}')
def edit(
    bdd: Scenario,
    user: str,
    alias: str,
    rest: str,
    datatable: list[list[str]] | None = None,
) -> None:
    clauses = parse_clauses(rest, {"field", "table", "day"}, datatable)
    if not clauses.values:
        raise AssertionError('nêu trường cần sửa: ..., với "Trường" là "giá trị"')
    _run(
        bdd, user, "sửa văn bản", alias, lambda: bdd.edit(user, alias, clauses.values, clauses.day)
    )


@step("given when", '"{user:q}" mở văn bản "{alias:q}"')
def open_document(bdd: Scenario, user: str, alias: str) -> None:
    bdd.check_no_pending()
    bdd.open(user, alias)


@step("given", 'văn bản "{alias:q}" đã qua các bước "{steps:q}"{rest:rest}')
def pass_through(bdd: Scenario, alias: str, steps: str, rest: str) -> None:
    bdd.check_no_pending()
    clauses = parse_clauses(rest, {"day"}, None)
    bdd.pass_through(alias, steps, clauses.day)


# --- Khi: concurrent clicks --------------------------------------------------------------------


@step(
    "when",
    '"{a:q}" và "{b:q}" cùng lúc thực hiện "{action:q}" văn bản "{alias:q}" '
    "trên cùng một phiên bản{rest:rest}",
)
def race_same(bdd: Scenario, a: str, b: str, action: str, alias: str, rest: str) -> None:
    clauses = parse_clauses(rest, {"reason", "day"}, None)
    bdd.race_actions(alias, [(a, action), (b, action)], clauses.reason, clauses.day)


@step(
    "when",
    '"{a:q}" thực hiện "{x:q}" và "{b:q}" thực hiện "{y:q}" văn bản "{alias:q}" '
    "cùng lúc trên cùng một phiên bản{rest:rest}",
)
def race_different(bdd: Scenario, a: str, x: str, b: str, y: str, alias: str, rest: str) -> None:
    clauses = parse_clauses(rest, {"reason", "day"}, None)
    bdd.race_actions(alias, [(a, x), (b, y)], clauses.reason, clauses.day)


# --- Thì: outcomes of the last action ----------------------------------------------------------


@step("then", "thao tác thành công")
def succeeded(bdd: Scenario) -> None:
    bdd.check_no_pending()
    if bdd.last is None:
        raise AssertionError("chưa có thao tác nào (bước «Khi …») để kiểm tra")


def _refused(bdd: Scenario, kind: type, key: str | None, what: str) -> Outcome:
    outcome = bdd.take_refusal()
    error = outcome.error
    key_ok = key is None or getattr(getattr(error, "message", None), "key", None) == key
    if not isinstance(error, kind) or not key_ok:
        raise AssertionError(
            f"mong đợi bị từ chối vì {what}, nhưng nhận {type(error).__name__}: {error_text(error)}"
        )
    return outcome


@step("then", 'thao tác bị từ chối vì lý do có "{text:q}"')
def refused_with(bdd: Scenario, text: str) -> None:
    outcome = bdd.take_refusal()
    if norm(text) not in norm(error_text(outcome.error)):
        raise AssertionError(f"lý do từ chối không có «{text}»: {error_text(outcome.error)}")


@step("then", 'lý do từ chối có "{text:q}"')
def refusal_mentions(bdd: Scenario, text: str) -> None:
    bdd.check_no_pending()
    if bdd.refusal is None:
        raise AssertionError("chưa có thao tác nào bị từ chối")
    if norm(text) not in norm(error_text(bdd.refusal.error)):
        raise AssertionError(f"lý do từ chối không có «{text}»: {error_text(bdd.refusal.error)}")


@step("then", "thao tác bị từ chối vì không đủ thẩm quyền")
def refused_permission(bdd: Scenario) -> None:
    _refused(bdd, PermissionDenied, None, "không đủ thẩm quyền")


@step("then", "thao tác bị từ chối vì sai vai trò")
def refused_role(bdd: Scenario) -> None:
    _refused(bdd, PermissionDenied, "wrong_role", "không có vai trò cần thiết")


@step("then", "thao tác bị từ chối vì sai đơn vị")
def refused_unit(bdd: Scenario) -> None:
    _refused(bdd, PermissionDenied, "wrong_unit", "vai trò không thuộc đơn vị có thẩm quyền")


@step("then", "thao tác bị từ chối vì ủy quyền đã hết hạn")
def refused_delegation(bdd: Scenario) -> None:
    _refused(bdd, PermissionDenied, "delegation_expired", "ủy quyền đã hết hạn")


@step("then", "thao tác bị từ chối vì phải ghi lý do")
def refused_comment(bdd: Scenario) -> None:
    _refused(bdd, InvalidInput, "comment_required", "thiếu lý do")


@step("then", "thao tác bị từ chối vì chưa đủ điều kiện")
def refused_guard(bdd: Scenario) -> None:
    _refused(bdd, GuardFailed, None, "chưa đủ điều kiện")


@step("then", "thao tác bị từ chối vì không thực hiện được ở trạng thái hiện tại")
def refused_state(bdd: Scenario) -> None:
    _refused(bdd, NotAllowedFromState, None, "trạng thái không cho phép")


@step("then", "thao tác bị từ chối vì văn bản đã bị người khác thay đổi")
def refused_stale(bdd: Scenario) -> None:
    _refused(bdd, StaleDocument, None, "văn bản đã bị thay đổi")


@step("then", "thao tác bị từ chối vì dữ liệu không hợp lệ")
def refused_input(bdd: Scenario) -> None:
    _refused(bdd, InvalidInput, None, "dữ liệu không hợp lệ")


@step("then", "một người thành công và người kia nhận thông báo văn bản đã bị thay đổi")
def one_wins(bdd: Scenario) -> None:
    if not bdd.race_pending:
        raise AssertionError("chưa có thao tác đồng thời nào (bước «… cùng lúc …»)")
    bdd.race_pending = False
    wins = [o for o in bdd.race if o.error is None]
    stale = [o for o in bdd.race if is_stale(o.error)]
    if len(wins) != 1 or len(stale) != len(bdd.race) - 1:
        raise AssertionError(
            f"mong đợi một người thành công, còn lại «đã bị thay đổi»: {bdd.race_summary()}"
        )
    if "thay đổi" not in error_text(stale[0].error):
        raise AssertionError(
            f"thông báo không nói văn bản đã bị thay đổi: {error_text(stale[0].error)}"
        )
    bdd.last = wins[0]


# --- Thì: documents -----------------------------------------------------------------------------


@step(
    "then",
    'văn bản "{alias:q}" ở trạng thái "{state:q}"',
    'văn bản "{alias:q}" vẫn ở trạng thái "{state:q}"',
)
def in_state(bdd: Scenario, alias: str, state: str) -> None:
    bdd.check_no_pending()
    doc = bdd.doc(alias)
    definition = bdd.definition_of(doc)
    wanted = bdd.state_id(definition, state)
    if doc.state != wanted:
        raise AssertionError(
            f"«{alias}» đang ở trạng thái «{bdd.state_label(definition, doc.state)}», "
            f"không phải «{bdd.state_label(definition, wanted)}»\n{bdd.describe_history(alias)}"
        )


@step("then", 'văn bản "{alias:q}" không có thay đổi nào')
def unchanged(bdd: Scenario, alias: str) -> None:
    if alias not in bdd.snapshots:
        raise AssertionError(f"chưa có thao tác nào trên «{alias}» để so sánh")
    before, events = bdd.snapshots[alias], bdd.history(alias)
    doc = bdd.doc(alias)
    # every write appends an event whose sequence number becomes the version: check both
    if doc.version != before or (events and events[-1].seq != before):
        raise AssertionError(
            f"«{alias}» đã thay đổi: phiên bản {before} → {doc.version}, "
            f"{len(events)} sự kiện\n{bdd.describe_history(alias)}"
        )


@step("then", '"{field:q}" của văn bản "{alias:q}" là "{value:q}"')
def field_is(bdd: Scenario, field: str, alias: str, value: str) -> None:
    bdd.check_no_pending()
    doc = bdd.doc(alias)
    definition = bdd.definition_of(doc)
    spec = bdd.field_spec(definition, field)
    stored = doc.fields.get(spec.name)
    expected: Any = bdd.field_values(definition, {field: value})[spec.name]
    if not value.strip():
        expected = None
    elif spec.type in ("money", "integer"):
        expected = money(value)
    elif spec.type == "date":
        expected = parse_date(value).isoformat()
    if stored != expected:
        raise AssertionError(
            f"«{spec.label.vi}» của «{alias}» là {stored!r}, không phải {expected!r}"
        )


@step("then", 'văn bản "{child:q}" thuộc văn bản tổng hợp "{parent:q}"')
def attached(bdd: Scenario, child: str, parent: str) -> None:
    bdd.check_no_pending()
    got = bdd.doc(child).parent_id
    if got != bdd.doc_id(parent):
        raise AssertionError(f"«{child}» thuộc {bdd.alias_of(got) if got else 'không văn bản nào'}")


@step("then", 'văn bản "{child:q}" không thuộc văn bản tổng hợp nào')
def detached(bdd: Scenario, child: str) -> None:
    bdd.check_no_pending()
    got = bdd.doc(child).parent_id
    if got is not None:
        raise AssertionError(f"«{child}» vẫn thuộc «{bdd.alias_of(got)}»")


# --- Thì: deadlines ------------------------------------------------------------------------------


def _overdue_ids(bdd: Scenario, day: date) -> set[int]:
    return {
        d.id for d in services.list_documents(bdd.db, services.OPERATOR, overdue=True, today=day)
    }


@step("then", 'văn bản "{alias:q}" quá hạn vào ngày {day:ngay}')
def overdue(bdd: Scenario, alias: str, day: date) -> None:
    bdd.check_no_pending()
    doc = bdd.doc(alias)
    if doc.id not in _overdue_ids(bdd, day):
        raise AssertionError(
            f"«{alias}» không quá hạn ngày {show_date(day)} (hạn: {show_date(doc.due_date)})"
        )


@step("then", 'văn bản "{alias:q}" không quá hạn vào ngày {day:ngay}')
def not_overdue(bdd: Scenario, alias: str, day: date) -> None:
    bdd.check_no_pending()
    doc = bdd.doc(alias)
    if doc.id in _overdue_ids(bdd, day):
        raise AssertionError(
            f"«{alias}» quá hạn ngày {show_date(day)} (hạn: {show_date(doc.due_date)})"
        )


@step("then", 'hạn xử lý của văn bản "{alias:q}" là ngày {day:ngay}')
def due_on(bdd: Scenario, alias: str, day: date) -> None:
    bdd.check_no_pending()
    due = bdd.doc(alias).due_date
    if due != day:
        raise AssertionError(f"hạn xử lý của «{alias}» là {show_date(due)}")


@step("then", 'văn bản "{alias:q}" không có hạn xử lý')
def no_due(bdd: Scenario, alias: str) -> None:
    bdd.check_no_pending()
    due = bdd.doc(alias).due_date
    if due is not None:
        raise AssertionError(f"«{alias}» có hạn xử lý {show_date(due)}")


@step("then", 'danh sách văn bản quá hạn vào ngày {day:ngay} gồm "{aliases:q}"')
def overdue_list(bdd: Scenario, day: date, aliases: str) -> None:
    bdd.check_no_pending()
    wanted = {bdd.doc_id(a.strip()) for a in aliases.split(",") if a.strip()}
    got = _overdue_ids(bdd, day)
    if got != wanted:
        names = ", ".join(sorted(bdd.alias_of(i) for i in got)) or "—"
        raise AssertionError(f"các văn bản quá hạn ngày {show_date(day)}: {names}")


@step("then", "không có văn bản nào quá hạn vào ngày {day:ngay}")
def none_overdue(bdd: Scenario, day: date) -> None:
    bdd.check_no_pending()
    got = _overdue_ids(bdd, day)
    if got:
        names = ", ".join(sorted(bdd.alias_of(i) for i in got))
        raise AssertionError(f"các văn bản quá hạn ngày {show_date(day)}: {names}")


# --- Thì: history and audit ---------------------------------------------------------------------


@step("then", 'lịch sử văn bản "{alias:q}" ghi "{user:q}" thực hiện "{action:q}"{rest:rest}')
def history_has(bdd: Scenario, alias: str, user: str, action: str, rest: str) -> None:
    bdd.check_no_pending()
    clauses = parse_clauses(rest, {"behalf", "reason"}, None)
    doc = bdd.doc(alias)
    triggers = {t.trigger for t in bdd.transitions_named(bdd.definition_of(doc), action)}
    if not triggers:
        bdd.transition(doc, action)  # raises, listing the actions there are
    user_id = bdd.user(user)
    behalf = bdd.user(clauses.behalf) if clauses.behalf else None
    for e in bdd.history(alias):
        if (
            e.trigger in triggers
            and e.actor_id == user_id
            and (clauses.behalf is None or e.on_behalf_of_id == behalf)
            and (clauses.reason is None or norm(e.comment or "") == norm(clauses.reason))
        ):
            return
    raise AssertionError(
        f"lịch sử «{alias}» không ghi «{user}» thực hiện «{action}»"
        + (f" thay mặt «{clauses.behalf}»" if clauses.behalf else "")
        + (f" với lý do «{clauses.reason}»" if clauses.reason else "")
        + f":\n{bdd.describe_history(alias)}"
    )


@step("then", "chuỗi lịch sử kiểm tra hợp lệ")
def audit_ok(bdd: Scenario) -> None:
    bdd.check_no_pending()
    report = services.verify_audit(bdd.db)
    if not report.ok:
        raise AssertionError(
            f"chuỗi lịch sử hỏng ở văn bản #{report.broken_document}, sự kiện "
            f"{report.broken_seq}: {report.problem}"
        )
    if report.events == 0:
        raise AssertionError("chưa có sự kiện nào để kiểm tra")


# --- Thì: what a user may do --------------------------------------------------------------------


def _allowed(bdd: Scenario, user: str, alias: str, day: date | None) -> tuple[set[str], list]:
    # A document the user may not see offers them nothing.
    actions = bdd.offered(bdd.doc(alias), user, day or bdd.today)
    return {a.trigger for a in actions if a.allowed}, actions


@step(
    "then",
    '"{user:q}" chỉ được thấy các thao tác "{actions:q}" trên văn bản "{alias:q}"{rest:rest}',
)
def only_actions(bdd: Scenario, user: str, actions: str, alias: str, rest: str) -> None:
    bdd.check_no_pending()
    clauses = parse_clauses(rest, {"day"}, None)
    doc = bdd.doc(alias)
    definition = bdd.definition_of(doc)
    wanted = {bdd.transition(doc, a).trigger for a in bdd.split_actions(definition, actions)}
    got, all_actions = _allowed(bdd, user, alias, clauses.day)
    if got != wanted:
        labels = {a.trigger: a.label.vi for a in all_actions}
        raise AssertionError(
            f"«{user}» được thực hiện: {', '.join(labels[t] for t in sorted(got)) or '—'}"
        )


@step("then", '"{user:q}" không được thực hiện thao tác nào trên văn bản "{alias:q}"{rest:rest}')
def no_actions(bdd: Scenario, user: str, alias: str, rest: str) -> None:
    bdd.check_no_pending()
    clauses = parse_clauses(rest, {"day"}, None)
    got, all_actions = _allowed(bdd, user, alias, clauses.day)
    if got:
        labels = {a.trigger: a.label.vi for a in all_actions}
        raise AssertionError(f"«{user}» vẫn được thực hiện: {', '.join(labels[t] for t in got)}")


@step(
    "then",
    '"{user:q}" thấy thao tác "{action:q}" văn bản "{alias:q}" bị chặn vì lý do có "{text:q}"',
)
def action_blocked(bdd: Scenario, user: str, action: str, alias: str, text: str) -> None:
    bdd.check_no_pending()
    doc = bdd.doc(alias)
    trigger = bdd.transition(doc, action).trigger
    _, actions = _allowed(bdd, user, alias, None)
    found = next((a for a in actions if a.trigger == trigger), None)
    if found is None:
        raise AssertionError(f"«{action}» không có ở trạng thái hiện tại của «{alias}»")
    reasons = " | ".join(r.render("vi") for r in found.reasons)
    if found.allowed or norm(text) not in norm(reasons):
        raise AssertionError(
            f"«{action}» với «{user}»: được phép={found.allowed}; lý do: {reasons}"
        )


@step(
    "then",
    'thao tác "{action:q}" trên văn bản "{alias:q}" đã có {signed:d}/{need:d} ý kiến',
)
def signoff_progress(bdd: Scenario, action: str, alias: str, signed: int, need: int) -> None:
    bdd.check_no_pending()
    doc = bdd.doc(alias)
    trigger = bdd.transition(doc, action).trigger
    actions = services.available_actions(bdd.db, doc.id, services.OPERATOR, today=bdd.today)
    found = next((a for a in actions if a.trigger == trigger), None)
    if found is None or found.signoff_progress != (signed, need):
        got = found.signoff_progress if found else None
        raise AssertionError(f"tiến độ ý kiến «{action}» của «{alias}»: {got}")
