"""The service layer against real databases (SQLite always, PostgreSQL when configured)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from engine import services, store
from engine.db import read
from engine.definitions.catalogue import Catalogue, Registry
from engine.errors import (
    GuardFailed,
    InvalidInput,
    NotAllowedFromState,
    NotFound,
    PermissionDenied,
    StaleDocument,
)
from engine.rules import CATALOGUE
from engine.runtime import WorkflowCache
from engine.services import OPERATOR
from tests.conftest import TODAY, World


def new_plan(w: World, unit: str = "XA_A", who: str = "cv_a", **fields):
    return services.create_document(
        w.db,
        type_id="unit_plan",
        unit_id=w.unit(unit),
        year=2026,
        title=f"Kế hoạch TTĐN năm 2026 của {unit}",
        user_id=w.user(who),
        fields={"summary": "Tuyên truyền hình ảnh địa phương", **fields},
        today=TODAY,
    )


def fire(w: World, doc_id: int, trigger: str, who: str, **kw):
    version = services.get_document(w.db, doc_id, services.OPERATOR).version
    return services.fire_transition(
        w.db, doc_id, trigger, w.user(who), expected_version=version, today=TODAY, **kw
    )


def history_triggers(w: World, doc_id: int) -> list[str | None]:
    return [e.trigger for e in services.document_history(w.db, doc_id, services.OPERATOR)]


def test_happy_path_records_every_step(world: World) -> None:
    plan = new_plan(world)
    assert plan.state == "draft" and plan.version == 1
    assert plan.coordinator_unit_id == world.unit("SVH")
    fire(world, plan.id, "sign", "ld_a")
    fire(world, plan.id, "submit", "cv_a")
    doc = fire(world, plan.id, "accept", "cv_svh")
    assert doc.state == "accepted" and doc.version == 4
    events = services.document_history(world.db, plan.id, services.OPERATOR)
    assert [(e.from_state, e.to_state) for e in events] == [
        (None, "draft"),
        ("draft", "signed"),
        ("signed", "submitted"),
        ("submitted", "accepted"),
    ]
    assert events[-1].role == "coordinator" and events[-1].unit_id == world.unit("SVH")
    assert events[0].changes["summary"] == [None, "Tuyên truyền hình ảnh địa phương"]
    assert services.verify_audit(world.db).ok


def test_wrong_role_is_refused_and_leaves_no_trace(world: World) -> None:
    plan = new_plan(world)
    with pytest.raises(PermissionDenied) as err:
        fire(world, plan.id, "sign", "cv_a")  # an officer is not the unit head
    assert "Lãnh đạo" in err.value.render("vi") or "unit_head" in err.value.render("vi")
    assert services.get_document(world.db, plan.id, services.OPERATOR).version == 1
    assert history_triggers(world, plan.id) == [None]


def test_wrong_unit_is_refused(world: World) -> None:
    plan = new_plan(world)
    with pytest.raises(PermissionDenied) as err:
        fire(world, plan.id, "sign", "ld_b")  # head of another commune
    assert "đơn vị" in str(err.value)


def test_not_allowed_from_state_and_unknown_trigger(world: World) -> None:
    plan = new_plan(world)
    with pytest.raises(NotAllowedFromState) as err:
        fire(world, plan.id, "accept", "cv_svh")
    assert "Dự thảo" in str(err.value)
    with pytest.raises(NotAllowedFromState):
        fire(world, plan.id, "to_accepted", "cv_svh")
    with pytest.raises(PermissionDenied):  # system transitions are for effects only
        services.fire_transition(
            world.db,
            plan.id,
            "consolidate",
            world.user("cv_svh"),
            expected_version=None,
            today=TODAY,
        )


def test_stale_version_is_refused(world: World) -> None:
    plan = new_plan(world)
    seen = plan.version
    fire(world, plan.id, "sign", "ld_a")
    with pytest.raises(StaleDocument) as err:
        services.fire_transition(
            world.db, plan.id, "submit", world.user("cv_a"), expected_version=seen, today=TODAY
        )
    assert "người khác" in str(err.value)
    assert "Someone changed" in err.value.render("en")


def test_missing_required_field_is_a_guard_reason(world: World) -> None:
    plan = new_plan(world, summary="")
    with pytest.raises(GuardFailed) as err:
        fire(world, plan.id, "sign", "ld_a")
    assert any("Nội dung chính" in r.render("vi") for r in err.value.reasons)


def test_return_needs_a_reason(world: World) -> None:
    plan = new_plan(world)
    fire(world, plan.id, "sign", "ld_a")
    fire(world, plan.id, "submit", "cv_a")
    with pytest.raises(InvalidInput):
        fire(world, plan.id, "return", "cv_svh", comment="   ")
    doc = fire(world, plan.id, "return", "cv_svh", comment="Bổ sung kinh phí chi tiết")
    assert doc.state == "draft"
    assert (
        services.document_history(world.db, plan.id, services.OPERATOR)[-1].comment
        == "Bổ sung kinh phí chi tiết"
    )


def test_separation_of_duties(world: World) -> None:
    # "both" is an officer of XA_A and a coordinator: may not accept what they submitted.
    plan = new_plan(world, who="both")
    fire(world, plan.id, "sign", "ld_a")
    fire(world, plan.id, "submit", "both")
    with pytest.raises(GuardFailed) as err:
        fire(world, plan.id, "accept", "both")
    # The reason is said once: as a detail, not repeated in the headline.
    assert err.value.render("vi") == "Chưa đủ điều kiện để «Tiếp nhận»:"
    assert [r.render("vi") for r in err.value.details] == [
        r.render("vi") for r in err.value.reasons
    ]
    assert any("không được" in r.render("vi") for r in err.value.reasons)
    assert fire(world, plan.id, "accept", "cv_svh").state == "accepted"


def test_edit_fields_only_in_editable_state(world: World) -> None:
    plan = new_plan(world)
    doc = services.update_fields(
        world.db,
        plan.id,
        world.user("cv_a"),
        {"estimated_cost": "1.250.000.000"},
        expected_version=1,
        today=TODAY,
    )
    assert doc.fields["estimated_cost"] == 1_250_000_000
    assert services.document_history(world.db, plan.id, services.OPERATOR)[-1].changes == {
        "estimated_cost": [None, 1_250_000_000]
    }
    with pytest.raises(InvalidInput):
        services.update_fields(
            world.db,
            plan.id,
            world.user("cv_a"),
            {"estimated_cost": "nhiều"},
            expected_version=2,
            today=TODAY,
        )
    fire(world, plan.id, "sign", "ld_a")
    with pytest.raises(NotAllowedFromState):
        services.update_fields(
            world.db,
            plan.id,
            world.user("cv_a"),
            {"estimated_cost": 1},
            expected_version=3,
            today=TODAY,
        )


def test_a_title_is_checked_when_edited_as_when_created(world: World) -> None:
    plan = new_plan(world)
    for bad in ["x" * 600, "   ", "Kế hoạch \u202eđảo chiều"]:
        with pytest.raises(InvalidInput) as err:
            services.update_fields(
                world.db, plan.id, world.user("cv_a"), {}, title=bad, expected_version=1
            )
        assert "Trích yếu" in err.value.render("vi")
    assert services.get_document(world.db, plan.id, services.OPERATOR).version == 1
    doc = services.update_fields(
        world.db, plan.id, world.user("cv_a"), {}, title="  Kế hoạch mới  ", expected_version=1
    )
    assert doc.title == "Kế hoạch mới" and doc.version == 2


def _budget(w: World, plan_id: int, requested: int):
    return services.create_document(
        w.db,
        type_id="budget_estimate",
        unit_id=w.unit("XA_A"),
        year=2026,
        title="Dự toán kinh phí TTĐN 2026",
        user_id=w.user("cv_a"),
        fields={"requested_amount": requested},
        links={"plan": plan_id},
        today=TODAY,
    )


def test_a_cause_found_by_two_checks_is_said_once(world: World) -> None:
    plan = new_plan(world)
    budget = _budget(world, plan.id, 600_000_000)
    fire(world, budget.id, "submit", "cv_a")
    # The appraised amount is required by the destination and compared by a guard.
    with pytest.raises(GuardFailed) as err:
        fire(world, budget.id, "appraise", "cv_stc")
    assert [r.render("vi") for r in err.value.reasons] == ["Chưa điền: Kinh phí thẩm định."]
    assert err.value.render_all("vi").count("Kinh phí thẩm định") == 1


def test_budget_guards(world: World) -> None:
    plan = new_plan(world)
    budget = _budget(world, plan.id, 600_000_000)
    fire(world, budget.id, "submit", "cv_a")
    with pytest.raises(GuardFailed) as err:
        fire(world, budget.id, "appraise", "cv_stc", inputs={"appraised_amount": 700_000_000})
    assert "vượt quá" in err.value.render_all("vi") and "600.000.000 đ" in err.value.render_all(
        "vi"
    )
    assert (
        services.get_document(world.db, budget.id, services.OPERATOR).fields.get("appraised_amount")
        is None
    )
    fire(world, budget.id, "appraise", "cv_stc", inputs={"appraised_amount": 550_000_000})
    with pytest.raises(GuardFailed) as err:  # the plan is not accepted yet
        fire(world, budget.id, "allocate", "ld_ubnd")
    assert "Kế hoạch" in err.value.render_all("vi")
    for step, who in [("sign", "ld_a"), ("submit", "cv_a"), ("accept", "cv_svh")]:
        fire(world, plan.id, step, who)
    assert fire(world, budget.id, "allocate", "ld_ubnd").state == "allocated"

    # A second allocation that would exceed the year's ceiling (1 tỷ) is refused.
    plan_b = new_plan(world, unit="XA_B", who="cv_b")
    for step, who in [("sign", "ld_b"), ("submit", "cv_b"), ("accept", "cv_svh")]:
        fire(world, plan_b.id, step, who)
    budget_b = services.create_document(
        world.db,
        type_id="budget_estimate",
        unit_id=world.unit("XA_B"),
        year=2026,
        title="Dự toán B",
        user_id=world.user("cv_b"),
        fields={"requested_amount": 500_000_000},
        links={"plan": plan_b.id},
        today=TODAY,
    )
    fire(world, budget_b.id, "submit", "cv_b")
    fire(world, budget_b.id, "appraise", "cv_stc", inputs={"appraised_amount": 500_000_000})
    with pytest.raises(GuardFailed) as err:
        fire(world, budget_b.id, "allocate", "ld_ubnd")
    assert "1.050.000.000 đ" in err.value.render_all("vi")
    assert "1.000.000.000 đ" in err.value.render_all("vi")


def test_consolidation_attaches_children_and_reopening_a_child_reopens_parent(world: World) -> None:
    a = new_plan(world)
    b = new_plan(world, unit="XA_B", who="cv_b")
    for step, who in [("sign", "ld_a"), ("submit", "cv_a")]:
        fire(world, a.id, step, who)
    parent = services.create_document(
        world.db,
        type_id="provincial_plan",
        unit_id=world.unit("SVH"),
        year=2026,
        title="Kế hoạch TTĐN tỉnh 2026",
        user_id=world.user("cv_svh"),
        today=TODAY,
    )
    with pytest.raises(GuardFailed) as err:  # plan A is still submitted (under review)
        fire(world, parent.id, "consolidate", "cv_svh")
    assert f"#{a.id}" in err.value.render_all("vi")
    fire(world, a.id, "accept", "cv_svh")
    fire(world, parent.id, "consolidate", "cv_svh")
    a_now = services.get_document(world.db, a.id, services.OPERATOR)
    assert a_now.state == "consolidated" and a_now.parent_id == parent.id
    assert (
        services.get_document(world.db, b.id, services.OPERATOR).parent_id is None
    )  # still a draft
    assert services.verify_audit(world.db).ok


def test_reopening_a_consolidated_child_reopens_the_parent(world: World) -> None:
    a = new_plan(world)
    b = new_plan(world, unit="XA_B", who="cv_b")
    for doc, head, officer in [(a, "ld_a", "cv_a"), (b, "ld_b", "cv_b")]:
        for step, who in [("sign", head), ("submit", officer), ("accept", "cv_svh")]:
            fire(world, doc.id, step, who)
    parent = services.create_document(
        world.db,
        type_id="provincial_plan",
        unit_id=world.unit("SVH"),
        year=2026,
        title="Kế hoạch TTĐN tỉnh 2026",
        user_id=world.user("cv_svh"),
        today=TODAY,
    )
    fire(world, parent.id, "consolidate", "cv_svh")
    assert services.get_document(world.db, parent.id, services.OPERATOR).state == "consolidated"
    fire(world, a.id, "reopen", "cv_svh", comment="Sai số liệu kinh phí")
    a_now = services.get_document(world.db, a.id, services.OPERATOR)
    assert a_now.state == "draft" and a_now.parent_id is None
    assert services.get_document(world.db, parent.id, services.OPERATOR).state == "drafting"
    assert (
        services.get_document(world.db, b.id, services.OPERATOR).parent_id == parent.id
    )  # B stays attached
    parent_events = services.document_history(world.db, parent.id, services.OPERATOR)
    assert parent_events[-1].kind == "cascade" and parent_events[-1].trigger == "reopen"
    assert f"#{a.id}" in (parent_events[-1].comment or "")
    assert services.verify_audit(world.db).ok


def test_a_failing_effect_rolls_back_everything(world: World) -> None:
    a = new_plan(world)
    for step, who in [("sign", "ld_a"), ("submit", "cv_a"), ("accept", "cv_svh")]:
        fire(world, a.id, step, who)
    parent = services.create_document(
        world.db,
        type_id="provincial_plan",
        unit_id=world.unit("SVH"),
        year=2026,
        title="Kế hoạch TTĐN tỉnh 2026",
        user_id=world.user("cv_svh"),
        today=TODAY,
    )
    before = services.get_document(world.db, a.id, services.OPERATOR)
    # Make the child's cascade fail inside the transaction: the effect attaches and
    # moves the children, then fails.  A catalogue of its own, handed to the
    # firing path through the workflow cache, as the product hands its own.
    original = CATALOGUE.effects.get("attach_children")

    def broken(ctx, **params):
        original.func(ctx, **params)
        raise RuntimeError("effect failed halfway")

    effects = Registry("effect")
    effects.entries = {
        **CATALOGUE.effects.entries,
        "attach_children": replace(original, func=broken),
    }
    cache = WorkflowCache(Catalogue(guards=CATALOGUE.guards, effects=effects))
    with pytest.raises(RuntimeError):
        fire(world, parent.id, "consolidate", "cv_svh", cache=cache)
    assert services.get_document(world.db, a.id, services.OPERATOR) == before
    assert services.get_document(world.db, parent.id, services.OPERATOR).state == "drafting"
    assert len(services.document_history(world.db, parent.id, services.OPERATOR)) == 1
    assert services.verify_audit(world.db).ok


def test_two_opinions_all_must_agree(world: World) -> None:
    visit = services.create_document(
        world.db,
        type_id="press_visit",
        unit_id=world.unit("XA_A"),
        year=2026,
        title="Đón phóng viên NHK",
        user_id=world.user("cv_a"),
        fields={"outlet": "NHK"},
        today=TODAY,
    )
    fire(world, visit.id, "submit", "cv_a")
    doc = fire(world, visit.id, "agree", "cv_snv")
    assert doc.state == "under_review"  # one of two opinions
    actions = services.available_actions(world.db, visit.id, world.user("cv_snv"), today=TODAY)
    agree = next(a for a in actions if a.trigger == "agree")
    assert not agree.allowed and agree.signoff_progress == (1, 2)
    with pytest.raises(PermissionDenied):  # the same party cannot sign twice
        fire(world, visit.id, "agree", "cv_snv")
    doc = fire(world, visit.id, "agree", "cb_ca")
    assert doc.state == "agreed"
    kinds = [e.kind for e in services.document_history(world.db, visit.id, services.OPERATOR)]
    assert kinds == ["create", "transition", "signoff", "signoff"]


def test_one_refusal_sends_the_request_back(world: World) -> None:
    visit = services.create_document(
        world.db,
        type_id="press_visit",
        unit_id=world.unit("XA_A"),
        year=2026,
        title="Đón phóng viên BBC",
        user_id=world.user("cv_a"),
        today=TODAY,
    )
    fire(world, visit.id, "submit", "cv_a")
    fire(world, visit.id, "agree", "cv_snv")
    doc = fire(world, visit.id, "refuse", "cb_ca", comment="Chưa đủ hồ sơ an ninh")
    assert doc.state == "draft"
    # A new round starts from scratch: the earlier sign-off does not count any more.
    fire(world, visit.id, "submit", "cv_a")
    assert fire(world, visit.id, "agree", "cv_snv").state == "under_review"


def test_delegation_records_both_people_and_expires(world: World) -> None:
    plan = new_plan(world)
    services.delegate(
        world.db,
        actor=OPERATOR,
        principal="ld_a",
        delegate_to="cv_b",
        role="unit_head",
        unit_code="XA_A",
        starts_on=date(2026, 4, 1),
        ends_on=date(2026, 4, 30),
    )
    doc = fire(world, plan.id, "sign", "cv_b")
    event = services.document_history(world.db, plan.id, services.OPERATOR)[-1]
    assert doc.state == "signed"
    assert event.actor_id == world.user("cv_b") and event.on_behalf_of_id == world.user("ld_a")
    plan2 = new_plan(world)
    with pytest.raises(PermissionDenied) as err:
        services.fire_transition(
            world.db,
            plan2.id,
            "sign",
            world.user("cv_b"),
            expected_version=1,
            today=date(2026, 5, 1),
        )
    assert "30/04/2026" in str(err.value)


def test_a_disabled_principal_lends_nothing(world: World) -> None:
    """A delegation is valid only while its principal's account is active."""
    plan, cv_b = new_plan(world), world.user("cv_b")
    services.delegate(
        world.db,
        actor=OPERATOR,
        principal="ld_a",
        delegate_to="cv_b",
        role="unit_head",
        unit_code="XA_A",
        starts_on=date(2026, 4, 1),
        ends_on=date(2026, 4, 30),
    )
    assert plan.id in {d.id for d in services.list_documents(world.db, cv_b, today=TODAY)}
    services.disable_user(world.db, actor=OPERATOR, username="ld_a")
    with pytest.raises(PermissionDenied):
        fire(world, plan.id, "sign", "cv_b")
    assert services.get_document(world.db, plan.id, OPERATOR).state == "draft"
    # cv_b still sees what their own role (XA_B) reaches, no longer commune A's plan
    assert plan.id not in {d.id for d in services.list_documents(world.db, cv_b, today=TODAY)}
    with pytest.raises(NotFound):
        services.get_document(world.db, plan.id, cv_b, today=TODAY)
    with read(world.db) as conn:
        _, grants = store.user_and_grants(conn, cv_b, TODAY)
    assert [(g.role, g.on_behalf_of) for g in grants] == [("unit_officer", None)]


def test_deadline_and_overdue_query(world: World) -> None:
    plan = new_plan(world)
    assert plan.due_date == date(2026, 5, 31)
    late = services.list_documents(
        world.db, services.OPERATOR, overdue=True, today=date(2026, 6, 1)
    )
    assert [d.id for d in late] == [plan.id]
    assert (
        services.list_documents(world.db, services.OPERATOR, overdue=True, today=date(2026, 5, 31))
        == []
    )
    fire(world, plan.id, "sign", "ld_a")  # leaving the step clears its deadline
    assert (
        services.list_documents(world.db, services.OPERATOR, overdue=True, today=date(2026, 6, 1))
        == []
    )


def test_available_actions_explain_refusals(world: World) -> None:
    plan = new_plan(world, summary="")
    actions = {
        a.trigger: a
        for a in services.available_actions(world.db, plan.id, world.user("ld_a"), today=TODAY)
    }
    assert set(actions) == {"sign", "withdraw"}
    assert not actions["sign"].allowed
    assert "Nội dung chính" in actions["sign"].reasons[0].render("vi")
    services.update_fields(
        world.db,
        plan.id,
        world.user("cv_a"),
        {"summary": "Nội dung"},
        expected_version=1,
        today=TODAY,
    )
    head = {
        a.trigger: a
        for a in services.available_actions(world.db, plan.id, world.user("ld_a"), today=TODAY)
    }
    assert head["sign"].allowed and not head["withdraw"].allowed
    officer = {
        a.trigger: a
        for a in services.available_actions(world.db, plan.id, world.user("cv_a"), today=TODAY)
    }
    assert not officer["sign"].allowed and "Cần vai trò" in officer["sign"].reasons[0].render("vi")
    assert officer["withdraw"].allowed and officer["withdraw"].comment_required


def test_events_are_append_only_in_the_database(world: World) -> None:
    plan = new_plan(world)
    for statement in (
        "UPDATE events SET comment = 'sửa' WHERE document_id = :d",
        "DELETE FROM events WHERE document_id = :d",
    ):
        with pytest.raises(DBAPIError), world.db.begin() as conn:
            conn.execute(sa.text(statement), {"d": plan.id})
    assert len(services.document_history(world.db, plan.id, services.OPERATOR)) == 1


def test_audit_verify_finds_tampering(world: World) -> None:
    plan = new_plan(world)
    fire(world, plan.id, "sign", "ld_a")
    assert services.verify_audit(world.db).ok
    # Someone with database rights drops the protection and edits history.
    with world.db.begin() as conn:
        if world.db.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER events_no_update")
        else:
            conn.exec_driver_sql("DROP TRIGGER events_no_update_delete ON events")
        conn.execute(
            sa.text("UPDATE events SET actor_id = :u WHERE document_id = :d AND seq = 2"),
            {"u": world.user("cv_a"), "d": plan.id},
        )
    report = services.verify_audit(world.db)
    assert not report.ok and report.broken_document == plan.id and report.broken_seq == 2


def test_audit_verify_finds_a_state_changed_behind_the_engine(world: World) -> None:
    plan = new_plan(world)
    with world.db.begin() as conn:
        conn.execute(
            sa.text("UPDATE documents SET state = 'accepted' WHERE id = :d"), {"d": plan.id}
        )
    report = services.verify_audit(world.db)
    assert not report.ok and "accepted" in (report.problem or "")


def test_not_found(world: World) -> None:
    with pytest.raises(NotFound):
        services.fire_transition(world.db, 999, "sign", world.user("ld_a"), expected_version=1)
    with pytest.raises(NotFound):
        services.create_document(
            world.db,
            type_id="không_có",
            unit_id=world.unit("XA_A"),
            year=2026,
            title="x",
            user_id=world.user("cv_a"),
        )


def test_demo_accounts_only_log_in_in_demo_mode(db) -> None:
    services.add_user(
        db, actor=OPERATOR, username="that", password="mật-khẩu-thật", full_name="Người thật"
    )
    services.add_user(
        db,
        actor=OPERATOR,
        username="demo",
        password="demo-ttdn-2026",
        full_name="Người demo",
        is_demo=True,
    )
    assert services.authenticate(db, "that", "mật-khẩu-thật").username == "that"
    assert services.authenticate(db, "that", "sai") is None
    assert services.authenticate(db, "không-có", "x") is None
    assert services.authenticate(db, "demo", "demo-ttdn-2026") is None
    assert services.authenticate(db, "demo", "demo-ttdn-2026", demo_mode=True).username == "demo"
