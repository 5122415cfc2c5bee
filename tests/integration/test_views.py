"""The read models: what `document_view` and `inbox` say, in how many queries, in one snapshot."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from engine import db as engine_db
from engine import services, versions
from engine.db import Precompiled
from engine.definitions import validate_paths
from engine.demo import seed
from engine.rules import CATALOGUE
from tests.conftest import PG_SCHEMA, TODAY, World
from workflows import bundled_packs

DEMO_DAY = date(2026, 11, 21)
CURRENT = next(p for p in bundled_packs() if p.name == "current")


@pytest.fixture
def demo(db: Engine) -> Engine:
    definitions, problems = validate_paths([CURRENT], catalogue=CATALOGUE)
    assert not problems
    versions.load_definitions(db, definitions, actor=services.OPERATOR)
    seed(db, CURRENT, today=DEMO_DAY)
    return db


def by_title(db: Engine, text: str) -> Any:
    return next(d for d in services.list_documents(db, services.OPERATOR) if text in d.title)


def user(db: Engine, name: str) -> int:
    return services.user_by_name(db, name).id


# --- what the view says ----------------------------------------------------------------------


def test_the_view_formats_fields_dates_history_and_links(demo: Engine) -> None:
    report = by_title(demo, "6 tháng đầu năm 2025 của Báo")
    v = services.document_view(demo, report.id, user(demo, "cv.bao"), today=DEMO_DAY)
    fields = {f.name: f for f in v.fields}
    assert fields["funds_used"].text.vi == "230.000.000 đ" and fields["funds_used"].value == 230e6
    period = fields["period"]
    assert (period.value, period.text.vi, period.text.en) == (
        "half_year",
        "6 tháng đầu năm",
        "First half-year",
    )
    assert v.state_label.vi and v.version == len(v.history) == v.history[-1].seq
    created = v.history[0]
    assert (
        created.actor_name == "Đinh Thị Ngọc Ánh" and created.role_label.vi == "Chuyên viên đơn vị"
    )
    stored = services.document_history(demo, report.id, services.OPERATOR)[0].at
    assert created.at_text == (stored + timedelta(hours=7)).strftime("%d/%m/%Y %H:%M")
    assert created.at.utcoffset() == timedelta(hours=7)

    budget = by_title(demo, "Dự toán kinh phí thông tin đối ngoại năm 2026 của UBND xã Mường Tè")
    plan = by_title(demo, "Kế hoạch hoạt động thông tin đối ngoại năm 2026 của UBND xã Mường Tè")
    v = services.document_view(demo, budget.id, user(demo, "cv.muongte"), today=DEMO_DAY)
    [link] = v.links
    assert (link.document_id, link.title, link.visible) == (plan.id, plan.title, True)
    assert link.label.vi == "Kế hoạch TTĐN của đơn vị"
    assert v.due_text == "31/05/2026" and v.days_overdue == (DEMO_DAY - date(2026, 5, 31)).days
    back = services.document_view(demo, plan.id, services.OPERATOR, today=DEMO_DAY)
    assert [r.document_id for r in back.linked_from] == [budget.id]
    # The finance department sees the budget (it appraises them) but not the plan.
    v = services.document_view(demo, budget.id, user(demo, "cv.stc"), today=DEMO_DAY)
    assert v.links[0].visible is False and v.links[0].title is None


def test_the_view_shows_sign_off_progress_and_blocked_actions(demo: Engine) -> None:
    visit = next(
        d
        for d in services.list_documents(demo, services.OPERATOR, type_id="press_visit")
        if d.state == "under_review" and d.version >= 3
    )
    v = services.document_view(demo, visit.id, user(demo, "cb.cat"), today=DEMO_DAY)
    [agree] = [s for s in v.signoffs if s.trigger == "agree"]
    assert [g.person for g in agree.given] == ["Vàng Thị Mai"] and agree.need == 2
    assert [m.render("vi") for m in agree.awaited] == ["Công an tỉnh (bất kỳ đơn vị nào)"]
    actions = {a.trigger: a for a in v.actions}
    assert actions["agree"].allowed and actions["agree"].signoff_progress == (1, 2)
    dates = [f.text.vi for f in v.fields if f.type == "date"]
    assert dates and all(len(d) == 10 and d[2] == d[5] == "/" for d in dates)
    # The foreign-affairs officer already signed: blocked, and told why.
    v = services.document_view(demo, visit.id, user(demo, "cv.sngv"), today=DEMO_DAY)
    agree = next(a for a in v.actions if a.trigger == "agree")
    assert not agree.allowed and agree.reasons[0].key == "already_signed"
    # The operator sees every action and acts as no one.
    v = services.document_view(demo, visit.id, services.OPERATOR, today=DEMO_DAY)
    assert v.actions and all(a.reasons[0].key == "operator_acts_as_no_one" for a in v.actions)


# --- how many queries ------------------------------------------------------------------------


class StatementCounter:
    """Every statement sent to the database: through `execute` and through `Precompiled`."""

    def __init__(self, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        sa.event.listen(engine, "before_cursor_execute", self._seen)
        original = Precompiled.execute

        def counted(precompiled: Precompiled, conn: Any, params: dict[str, Any]) -> Any:
            self.count += 1
            return original(precompiled, conn, params)

        monkeypatch.setattr(Precompiled, "execute", counted)

    def _seen(self, *_: Any) -> None:
        self.count += 1

    def measure(self, call: Any) -> int:
        call()  # warm: compiled definitions are cached per process, once
        self.count = 0
        call()
        return self.count


def _plans(w: World, unit: str, who: str, n: int) -> list[int]:
    return [
        services.create_document(
            w.db,
            type_id="unit_plan",
            unit_id=w.unit(unit),
            year=2026,
            title=f"Kế hoạch số {i}",
            user_id=w.user(who),
            fields={"summary": "Nội dung"},
            today=TODAY,
        ).id
        for i in range(n)
    ]


def _visit(w: World) -> int:
    visit = services.create_document(
        w.db,
        type_id="press_visit",
        unit_id=w.unit("XA_A"),
        year=2026,
        title="Đón phóng viên",
        user_id=w.user("cv_a"),
        fields={"outlet": "NHK"},
        today=TODAY,
    )
    services.fire_transition(
        w.db, visit.id, "submit", w.user("cv_a"), expected_version=1, today=TODAY
    )
    return visit.id


def test_inbox_queries_do_not_grow_with_the_documents(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = StatementCounter(world.db, monkeypatch)
    head, reviewer = world.user("ld_a"), world.user("cb_ca")
    _plans(world, "XA_A", "cv_a", 2)
    _visit(world)
    few = counter.measure(lambda: services.inbox(world.db, head, today=TODAY))
    few_signoffs = counter.measure(lambda: services.inbox(world.db, reviewer, today=TODAY))
    _plans(world, "XA_A", "cv_a", 10)
    for _ in range(4):
        _visit(world)
    assert len(services.inbox(world.db, head, today=TODAY)) == 12  # plans to sign
    assert len(services.inbox(world.db, reviewer, today=TODAY)) == 5
    assert counter.measure(lambda: services.inbox(world.db, head, today=TODAY)) == few
    assert counter.measure(lambda: services.inbox(world.db, reviewer, today=TODAY)) == few_signoffs
    assert few <= 8 and few_signoffs <= 8


def test_document_view_queries_do_not_grow_with_history_or_documents(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = StatementCounter(world.db, monkeypatch)
    [short, long] = _plans(world, "XA_A", "cv_a", 2)
    viewer = world.user("ld_a")
    for i in range(15):
        services.update_fields(
            world.db,
            long,
            world.user("cv_a"),
            {"summary": f"Nội dung lần {i}"},
            expected_version=None,
            today=TODAY,
        )
    first = counter.measure(lambda: services.document_view(world.db, short, viewer, today=TODAY))
    _plans(world, "XA_B", "cv_b", 10)
    view = services.document_view(world.db, long, viewer, today=TODAY)
    assert len(view.history) == 16
    assert (
        counter.measure(lambda: services.document_view(world.db, long, viewer, today=TODAY))
        == first
    )
    assert first <= 20


# --- one snapshot ---------------------------------------------------------------------------------


@pytest.fixture
def second_engine(db: Engine) -> Iterator[Engine]:
    """Another engine on the same database: a writer that is not the reader's connection."""
    url = db.url.render_as_string(hide_password=False)
    if db.dialect.name == "sqlite":
        other = engine_db.make_engine(url)
    else:
        other = engine_db.make_engine(url, connect_args={"options": f"-csearch_path={PG_SCHEMA}"})
    yield other
    other.dispose()


def test_the_view_is_one_snapshot_even_when_a_change_commits_meanwhile(
    world: World, second_engine: Engine
) -> None:
    [plan] = _plans(world, "XA_A", "cv_a", 1)
    reader = world.db
    done = []

    def meanwhile(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        # Right before the history is read (the document row was read already),
        # someone else signs the plan and commits.
        if "FROM events" in statement and not done:
            done.append(True)
            services.fire_transition(
                second_engine, plan, "sign", world.user("ld_a"), expected_version=1, today=TODAY
            )

    sa.event.listen(reader, "before_cursor_execute", meanwhile)
    try:
        view = services.document_view(reader, plan, world.user("ld_a"), today=TODAY)
    finally:
        sa.event.remove(reader, "before_cursor_execute", meanwhile)
    assert done, "the change was not made during the read"
    # Document and history from the same moment: before the signature.
    assert (view.state, view.version, len(view.history)) == ("draft", 1, 1)
    after = services.document_view(reader, plan, world.user("ld_a"), today=TODAY)
    assert (after.state, after.version, len(after.history)) == ("signed", 2, 2)
