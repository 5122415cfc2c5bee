"""Refusals that say what is wrong, and one "may act now" for firing and the inbox."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from engine import services, versions
from engine.db import read
from engine.definitions import validate_paths
from engine.demo import seed
from engine.errors import InvalidInput, NotFound, PermissionDenied
from engine.firing import allowed_parties, resolve_signer, signoff_state
from engine.rules import CATALOGUE
from engine.runtime import CACHE
from tests.conftest import TODAY, World
from tests.integration.test_services import fire, new_plan
from tests.integration.test_views import CURRENT, DEMO_DAY


def test_create_and_edit_refusals_name_the_act_not_the_type(world: World) -> None:
    plan = new_plan(world)
    with pytest.raises(PermissionDenied) as err:
        services.update_fields(
            world.db, plan.id, world.user("ld_a"), {"summary": "x"}, expected_version=1,
            today=TODAY,
        )  # fmt: skip
    assert "«Sửa văn bản»" in err.value.render("vi") and "Kế hoạch" not in err.value.render("vi")
    assert "“Edit”" in err.value.render("en")
    with pytest.raises(PermissionDenied) as err:
        new_plan(world, who="ld_a")
    assert "«Tạo văn bản»" in err.value.render("vi") and "“Create”" in err.value.render("en")


def test_an_unknown_type_is_not_found_with_the_known_types(world: World) -> None:
    with pytest.raises(NotFound) as err:
        services.author_units(world.db, world.user("cv_a"), "nosuch", today=TODAY)
    said = err.value.render("vi")
    assert "«nosuch»" in said and "unit_plan" in said and "budget_estimate" in said
    with pytest.raises(NotFound) as err:
        services.create_document(
            world.db, type_id="nosuch", unit_id=world.unit("XA_A"), year=2026, title="X",
            user_id=world.user("cv_a"), today=TODAY,
        )  # fmt: skip
    assert "unit_plan" in err.value.render("en") and "nosuch" in err.value.render("en")
    # A known type the user may not create stays a question of roles: an empty list.
    assert services.author_units(world.db, world.user("cv_stc"), "unit_plan", today=TODAY) == []


def _budget(world: World, links: dict[str, int], who: str = "cv_a", unit: str = "XA_A"):
    return services.create_document(
        world.db, type_id="budget_estimate", unit_id=world.unit(unit), year=2026,
        title="Dự toán", user_id=world.user(who), links=links, today=TODAY,
    )  # fmt: skip


def test_a_bad_link_says_what_is_wrong(world: World) -> None:
    plan = new_plan(world)
    with pytest.raises(InvalidInput) as err:
        _budget(world, {"foo": plan.id})
    said = err.value.render("vi")
    assert "«foo»" in said and "Các liên kết: plan" in said
    with pytest.raises(NotFound) as err:
        _budget(world, {"plan": 999_999})
    assert "#999999" in err.value.render("vi") and "«plan»" in err.value.render("vi")
    # Another commune's plan is out of sight: answered as missing, the same words.
    other = new_plan(world, unit="XA_B", who="cv_b")
    with pytest.raises(NotFound) as hidden:
        _budget(world, {"plan": other.id})
    assert hidden.value.render("vi") == err.value.render("vi").replace("999999", str(other.id))
    budget = _budget(world, {"plan": plan.id})
    with pytest.raises(InvalidInput) as err:
        _budget(world, {"plan": budget.id})
    said = err.value.render("en")
    assert "“unit_plan”" in said and "“budget_estimate”" in said and f"#{budget.id}" in said


def test_listing_refuses_a_state_or_type_no_definition_has(world: World) -> None:
    new_plan(world)
    viewer = services.OPERATOR
    with pytest.raises(InvalidInput) as err:
        services.list_documents(world.db, viewer, state="nosuch", today=TODAY)
    assert "«nosuch»" in err.value.render("vi") and "draft" in err.value.render("vi")
    with pytest.raises(InvalidInput) as err:
        services.list_documents(world.db, viewer, type_id="nosuch", today=TODAY)
    assert "unit_plan" in err.value.render("vi")
    with pytest.raises(InvalidInput):  # a state of another type is not one of this type
        services.list_documents(world.db, viewer, type_id="unit_plan", state="allocated")
    assert len(services.list_documents(world.db, viewer, state="draft", today=TODAY)) == 1
    assert services.list_documents(world.db, viewer, state="accepted", today=TODAY) == []


def test_inbox_and_firing_agree_on_who_may_act(db: Engine) -> None:
    """On the demo, for every user and document: the inbox's actions are exactly the
    transitions firing's own check lets the user take (delegations, sign-offs included)."""
    definitions, problems = validate_paths([CURRENT], catalogue=CATALOGUE)
    assert not problems
    versions.load_definitions(db, definitions, actor=services.OPERATOR)
    seed(db, CURRENT, today=DEMO_DAY)
    docs = services.list_documents(db, services.OPERATOR, today=DEMO_DAY)
    users = [u for u, _ in services.list_users(db)]
    acted = 0
    for u in users:
        inbox = {
            i.document_id: {t for t, _ in i.actions}
            for i in services.inbox(db, u.id, today=DEMO_DAY)
        }
        with read(db) as conn:
            for d in docs:
                definition = CACHE.get(conn, d.workflow_version_id).definition
                may = set()
                for t in definition.transitions_from(d.state):
                    if t.system or not allowed_parties(t):
                        continue
                    signed, signers = signoff_state(conn, d, t)
                    try:
                        resolve_signer(conn, u.id, t, d, DEMO_DAY, definition, signed, signers)
                    except (PermissionDenied, NotFound):
                        continue
                    may.add(t.trigger)
                assert inbox.get(d.id, set()) == may, (u.username, d.id, d.state)
                acted += bool(may)
    assert acted > 10  # the comparison covered people who may act, not only refusals


def test_a_party_that_signed_off_leaves_the_inbox_for_that_action(world: World) -> None:
    visit = services.create_document(
        world.db, type_id="press_visit", unit_id=world.unit("XA_A"), year=2026,
        title="Đón phóng viên NHK", user_id=world.user("cv_a"), fields={"outlet": "NHK"},
        today=TODAY,
    )  # fmt: skip
    fire(world, visit.id, "submit", "cv_a")

    def waiting(who: str) -> set[str]:
        items = services.inbox(world.db, world.user(who), today=TODAY)
        return next((set(dict(i.actions)) for i in items if i.document_id == visit.id), set())

    def allowed(who: str) -> set[str]:
        actions = services.available_actions(world.db, visit.id, world.user(who), today=TODAY)
        return {a.trigger for a in actions if a.allowed}

    assert waiting("cv_snv") == waiting("cb_ca") == {"agree", "refuse"}
    fire(world, visit.id, "agree", "cv_snv")
    assert waiting("cv_snv") == allowed("cv_snv") == {"refuse"}
    assert waiting("cb_ca") == allowed("cb_ca") == {"agree", "refuse"}
