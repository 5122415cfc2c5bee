"""The admin log: every administrative service leaves its entry, the chain verifies,
tampering is found, appends stay gapless under concurrency (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from engine import services, versions
from engine.adminlog import AdminActor, entry_hash, operator_actor
from engine.db import admin_log
from engine.definitions import validate_paths
from engine.errors import InvalidInput, NotFound, PermissionDenied
from engine.organisation import load_organisation
from engine.rules import CATALOGUE
from engine.services import OPERATOR
from tests.conftest import TESTLAND, World

PASSWORD = "mật-khẩu-thử"


def log(db: Engine) -> list[Any]:
    """Every entry, oldest first."""
    return list(reversed(services.admin_log(db, limit=10_000)))


def new_entries(db: Engine, since: int) -> list[Any]:
    return [e for e in log(db) if e.seq > since]


def last_seq(db: Engine) -> int:
    entries = services.admin_log(db, limit=1)
    return entries[0].seq if entries else 0


def load_testland(db: Engine) -> None:
    definitions, problems = validate_paths([TESTLAND], catalogue=CATALOGUE)
    assert not problems
    versions.load_definitions(db, definitions, actor=OPERATOR)


# --- one test per service: its entry, with the right before and after ---------------


def test_units_import_logs_each_unit_and_ceiling_then_only_changes(db: Engine) -> None:
    load_testland(db)
    start = last_seq(db)
    org = load_organisation(TESTLAND / "organisation.yaml", catalogue=CATALOGUE)
    report = services.import_units(
        db, org.units, actor=OPERATOR, pack="testland", ceilings=org.ceilings
    )
    entries = new_entries(db, start)
    created = {e.target: e for e in entries if e.action == "unit.create"}
    assert (
        set(created)
        == set(report.created)
        == {
            "TL",
            "UBND",
            "SVH",
            "STC",
            "SNV",
            "CA",
            "XA_A",
            "XA_B",
        }
    )
    assert created["TL"].before is None
    assert created["TL"].after == {
        "name": "Tỉnh Thử Nghiệm",
        "kind": "province",
        "pack": "testland",
        "parent": None,
        "coordinator": "SVH",
        "active_from": None,
        "active_to": None,
    }
    assert created["XA_A"].after["parent"] == "TL" and created["XA_A"].after["pack"] is None
    (ceiling,) = [e for e in entries if e.action == "ceiling.set"]
    assert ceiling.target == "testland/ttdn_budget/2026"
    assert (ceiling.before, ceiling.after) == (None, {"amount": 1_000_000_000})
    assert all(e.actor_id is None and e.actor_label == operator_actor().label for e in entries)

    # The same file again: nothing changed, nothing logged.
    start = last_seq(db)
    again = services.import_units(
        db, org.units, actor=OPERATOR, pack="testland", ceilings=org.ceilings
    )
    assert new_entries(db, start) == [] and again.created == again.updated == []
    assert len(again.unchanged) == 8

    # One renamed unit and one new ceiling amount: exactly what changed.
    org.units[0]["children"][5]["name"] = "UBND xã A mới"
    services.import_units(
        db,
        org.units,
        actor=OPERATOR,
        pack="testland",
        ceilings=[{"key": "ttdn_budget", "year": 2026, "amount": 900_000_000}],
    )
    renamed, lowered = new_entries(db, start)
    assert (renamed.action, renamed.target) == ("unit.update", "XA_A")
    assert (renamed.before, renamed.after) == ({"name": "UBND xã A"}, {"name": "UBND xã A mới"})
    assert (lowered.before, lowered.after) == ({"amount": 1_000_000_000}, {"amount": 900_000_000})


def test_add_user_logs_the_account_never_the_password(world: World) -> None:
    start = last_seq(world.db)
    user_id = services.add_user(
        world.db,
        actor=OPERATOR,
        username="moi",
        password=PASSWORD,
        full_name="Người Mới",
        title="Chuyên viên",
    )
    (entry,) = new_entries(world.db, start)
    assert (entry.action, entry.target, entry.before) == ("user.add", "moi", None)
    assert entry.after == {
        "id": user_id,
        "full_name": "Người Mới",
        "title": "Chuyên viên",
        "is_active": True,
        "is_demo": False,
    }
    assert PASSWORD not in repr(entry) and "scrypt" not in repr(entry)


def test_disable_user_logs_and_the_account_can_no_longer_log_in(world: World) -> None:
    assert services.authenticate(world.db, "cv_a", "mật-khẩu-thử") is not None
    start = last_seq(world.db)
    assert services.disable_user(world.db, actor=OPERATOR, username="cv_a") is True
    (entry,) = new_entries(world.db, start)
    assert (entry.action, entry.target) == ("user.disable", "cv_a")
    assert (entry.before, entry.after) == ({"is_active": True}, {"is_active": False})
    assert services.authenticate(world.db, "cv_a", "mật-khẩu-thử") is None
    assert services.user_by_name(world.db, "cv_a").is_active is False  # kept, not deleted
    assert services.disable_user(world.db, actor=OPERATOR, username="cv_a") is False
    assert new_entries(world.db, start) == [entry]


def test_grant_and_revoke_log_the_role_and_unit(world: World) -> None:
    start = last_seq(world.db)
    assert services.grant_role(
        world.db, actor=OPERATOR, username="cv_b", role="unit_head", unit_code="XA_A"
    )
    assert not services.grant_role(  # held already: no change, no entry
        world.db, actor=OPERATOR, username="cv_b", role="unit_head", unit_code="XA_A"
    )
    services.revoke_role(
        world.db, actor=OPERATOR, username="cv_b", role="unit_head", unit_code="XA_A"
    )
    granted, revoked = new_entries(world.db, start)
    assert (granted.action, granted.target, granted.before) == ("role.grant", "cv_b", None)
    assert granted.after == {"role": "unit_head", "unit": "XA_A"}
    assert (revoked.action, revoked.target, revoked.after) == ("role.revoke", "cv_b", None)
    assert revoked.before == {"role": "unit_head", "unit": "XA_A"}
    assert ("unit_head", "XA_A") not in dict(
        (u.username, g) for u, g in services.list_users(world.db)
    )["cv_b"]
    with pytest.raises(InvalidInput) as err:
        services.revoke_role(
            world.db, actor=OPERATOR, username="cv_b", role="unit_head", unit_code="XA_A"
        )
    assert "không giữ vai trò" in str(err.value)


def test_delegate_and_undelegate_log_the_whole_delegation(world: World) -> None:
    start = last_seq(world.db)
    delegation_id = services.delegate(
        world.db,
        actor=OPERATOR,
        principal="ld_a",
        delegate_to="cv_b",
        role="unit_head",
        unit_code="XA_A",
        starts_on=date(2026, 4, 1),
        ends_on="30/04/2026",
    )
    services.revoke_delegation(world.db, actor=OPERATOR, delegation_id=delegation_id)
    given, revoked = new_entries(world.db, start)
    expected = {
        "principal": "ld_a",
        "delegate": "cv_b",
        "role": "unit_head",
        "unit": "XA_A",
        "starts_on": "2026-04-01",
        "ends_on": "2026-04-30",
    }
    assert (given.action, given.target) == ("delegation.add", f"#{delegation_id}")
    assert (given.before, given.after) == (None, expected)
    assert (revoked.action, revoked.target) == ("delegation.revoke", f"#{delegation_id}")
    assert (revoked.before, revoked.after) == (expected, None)
    assert services.list_delegations(world.db) == []
    with pytest.raises(NotFound):
        services.revoke_delegation(world.db, actor=OPERATOR, delegation_id=delegation_id)


def test_set_ceiling_logs_before_and_after(world: World) -> None:
    start = last_seq(world.db)
    services.set_ceiling(
        world.db, actor=OPERATOR, pack="testland", key="ttdn_budget", year=2027, amount=5
    )
    services.set_ceiling(
        world.db, actor=OPERATOR, pack="testland", key="ttdn_budget", year="2027", amount="7"
    )
    services.set_ceiling(  # the same amount: no entry
        world.db, actor=OPERATOR, pack="testland", key="ttdn_budget", year=2027, amount=7
    )
    first, second = new_entries(world.db, start)
    assert first.target == second.target == "testland/ttdn_budget/2027"
    assert (first.before, first.after) == (None, {"amount": 5})
    assert (second.before, second.after) == ({"amount": 5}, {"amount": 7})


def test_workflow_load_logs_new_versions_and_the_current_one(db: Engine, tmp_path: Path) -> None:
    load_testland(db)
    first = [e for e in log(db) if e.target == "testland/unit_plan"]
    stored, current = first
    assert (stored.action, stored.before) == ("workflow.version", None)
    assert stored.after["version"] == 1 and len(stored.after["content_hash"]) == 64
    assert (current.action, current.before, current.after) == (
        "workflow.current",
        None,
        {"version": 1},
    )
    start = last_seq(db)
    load_testland(db)  # unchanged content: nothing stored, nothing logged
    assert new_entries(db, start) == []

    changed = tmp_path / "testland"
    changed.mkdir()
    text = (TESTLAND / "unit_plan.yaml").read_text(encoding="utf-8")
    (changed / "unit_plan.yaml").write_text(
        text.replace("Chuyên viên đơn vị", "Chuyên viên"), encoding="utf-8"
    )
    definitions, problems = validate_paths([changed], catalogue=CATALOGUE)
    assert not problems
    versions.load_definitions(db, definitions, actor=OPERATOR)
    v2, now2 = new_entries(db, start)
    assert (v2.action, v2.after["version"]) == ("workflow.version", 2)
    assert (now2.before, now2.after) == ({"version": 1}, {"version": 2})

    start = last_seq(db)
    load_testland(db)  # back to the first content: v1 becomes current again
    (back,) = new_entries(db, start)
    assert (back.action, back.before, back.after) == (
        "workflow.current",
        {"version": 2},
        {"version": 1},
    )


# --- who may make a change ---------------------------------------------------------


def test_a_user_needs_admin_on_the_root_unit(world: World) -> None:
    ld_a = AdminActor(world.user("ld_a"), "ld_a")
    with pytest.raises(PermissionDenied) as err:
        services.set_ceiling(
            world.db, actor=ld_a, pack="testland", key="ttdn_budget", year=2027, amount=1
        )
    assert "cần vai trò quản trị" in str(err.value)
    assert "needs the admin role" in err.value.render("en")
    # admin of a unit that is not the province's root is not enough
    services.grant_role(world.db, actor=OPERATOR, username="ld_a", role="admin", unit_code="XA_A")
    with pytest.raises(PermissionDenied):
        services.disable_user(world.db, actor=ld_a, username="cv_a")

    services.grant_role(world.db, actor=OPERATOR, username="ld_a", role="admin", unit_code="TL")
    start = last_seq(world.db)
    # the label recorded is the user's name in the database, whatever the caller said
    services.disable_user(world.db, actor=AdminActor(world.user("ld_a"), "x"), username="cv_a")
    (entry,) = new_entries(world.db, start)
    assert (entry.actor_id, entry.actor_label) == (world.user("ld_a"), "ld_a")
    assert services.user_actor(world.db, "ld_a") == ld_a
    # a surface may pass the user id, as it does to read services
    services.grant_role(
        world.db, actor=world.user("ld_a"), username="cv_b", role="admin", unit_code="XA_A"
    )
    assert log(world.db)[-1].actor_label == "ld_a"

    services.disable_user(world.db, actor=OPERATOR, username="ld_a")
    with pytest.raises(PermissionDenied):  # a disabled admin is no admin
        services.disable_user(world.db, actor=ld_a, username="cv_b")
    with pytest.raises(NotFound):
        services.disable_user(world.db, actor=AdminActor(999_999, "ghost"), username="cv_b")


def test_a_refused_change_leaves_no_entry(world: World) -> None:
    start = last_seq(world.db)
    with pytest.raises(InvalidInput):
        services.grant_role(
            world.db, actor=OPERATOR, username="cv_a", role="chairman", unit_code="XA_A"
        )
    with pytest.raises(InvalidInput):
        # the first units are valid, the last one is not: nothing of it stays
        services.import_units(
            world.db,
            [{"code": "NEW", "name": "Mới", "kind": "x", "children": [{"code": "bad"}]}],
            actor=OPERATOR,
        )
    assert new_entries(world.db, start) == []
    with pytest.raises(NotFound):
        services.unit_by_code(world.db, "NEW")


def test_in_a_callers_transaction_the_entries_go_with_it(world: World) -> None:
    start = last_seq(world.db)
    with world.db.connect() as conn, conn.begin():
        services.add_user(conn, actor=OPERATOR, username="tam", password=PASSWORD, full_name="T")
        services.grant_role(
            conn, actor=OPERATOR, username="tam", role="unit_officer", unit_code="XA_A"
        )
        conn.rollback()
    assert new_entries(world.db, start) == []
    with pytest.raises(NotFound):
        services.user_by_name(world.db, "tam")


# --- verification and tampering ------------------------------------------------------


def _drop_append_only_triggers(db: Engine) -> None:
    with db.begin() as conn:
        if db.dialect.name == "postgresql":
            conn.exec_driver_sql("DROP TRIGGER admin_log_no_update_delete ON admin_log")
        else:
            conn.exec_driver_sql("DROP TRIGGER admin_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER admin_log_no_delete")


def test_verification_passes_then_finds_an_edited_entry(world: World) -> None:
    report = services.verify_admin_log(world.db)
    assert report.ok and report.entries == last_seq(world.db) > 20
    for e in log(world.db):  # the hash is what the canonical form gives
        fields = {k: getattr(e, k) for k in e.__dataclass_fields__ if k != "hash"}
        assert entry_hash(**fields) == e.hash
    _drop_append_only_triggers(world.db)
    with world.db.begin() as conn:
        conn.exec_driver_sql("UPDATE admin_log SET target = 'cv_z' WHERE seq = 12")
    report = services.verify_admin_log(world.db)
    assert not report.ok and report.broken_seq == 12
    assert report.problem.render("vi") == "nội dung không khớp với mã băm"
    assert report.problem.render("en") == "content does not match its hash"


def test_verification_finds_an_edited_before_after_actor_or_time(world: World) -> None:
    _drop_append_only_triggers(world.db)
    seq = last_seq(world.db)
    where = admin_log.c.seq == seq
    with world.db.connect() as conn:
        original = conn.execute(sa.select(admin_log).where(where)).one()._asdict()
    for column, value in [
        ("after", {"amount": 1}),
        ("before", {"role": "approver"}),
        ("actor_label", "operator:someone-else"),
        ("actor_id", world.user("ld_ubnd")),
        ("at", datetime(2020, 1, 1)),
    ]:
        with world.db.begin() as conn:
            conn.execute(admin_log.update().where(where).values({column: value}))
        assert services.verify_admin_log(world.db).broken_seq == seq, column
        with world.db.begin() as conn:
            conn.execute(admin_log.update().where(where).values({column: original[column]}))
        assert services.verify_admin_log(world.db).ok, column


def test_verification_finds_a_deleted_entry(world: World) -> None:
    _drop_append_only_triggers(world.db)
    with world.db.begin() as conn:
        conn.exec_driver_sql("DELETE FROM admin_log WHERE seq = 5")
    report = services.verify_admin_log(world.db)
    assert not report.ok and report.broken_seq == 6
    assert "#5" in report.problem.render("vi") and "#6" in report.problem.render("en")


def test_a_rehashed_entry_still_breaks_the_link_of_the_next(world: World) -> None:
    """Recomputing an edited entry's hash does not help: the next one points to the old hash."""
    _drop_append_only_triggers(world.db)
    (entry,) = [e for e in log(world.db) if e.seq == 7]
    forged = {k: getattr(entry, k) for k in entry.__dataclass_fields__ if k != "hash"}
    forged["target"] = "forged"
    with world.db.begin() as conn:
        conn.execute(
            sa.text("UPDATE admin_log SET target = 'forged', hash = :h WHERE seq = 7"),
            {"h": entry_hash(**forged)},
        )
    report = services.verify_admin_log(world.db)
    assert report.broken_seq == 8
    assert report.problem.render("en") == "the link to the previous entry is broken"


def test_append_only_triggers_refuse_update_and_delete(world: World) -> None:
    for statement in ("UPDATE admin_log SET target = 'x' WHERE seq = 1", "DELETE FROM admin_log"):
        with pytest.raises(sa.exc.DBAPIError) as err, world.db.begin() as conn:
            conn.exec_driver_sql(statement)
        assert "admin log is append-only" in str(err.value)
    assert services.verify_admin_log(world.db).ok


# --- concurrency ---------------------------------------------------------------------


def test_concurrent_admin_changes_keep_seq_gapless_and_the_chain_intact(world: World) -> None:
    """Threads (each its own connection) append at once: seq 1..n, no duplicate, chain intact."""
    threads, per_thread = 6, 4
    start = last_seq(world.db)
    barrier = threading.Barrier(threads)
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            barrier.wait()
            for j in range(per_thread):
                if j % 2:
                    services.set_ceiling(
                        world.db,
                        actor=OPERATOR,
                        pack="testland",
                        key="ttdn_budget",  # the one key the pack's guards use
                        year=2030 + i * per_thread + j,
                        amount=j,
                    )
                else:
                    services.add_user(
                        world.db,
                        actor=OPERATOR,
                        username=f"t{i}_{j}",
                        password=PASSWORD,
                        full_name=f"Người {i} {j}",
                    )
        except BaseException as exc:  # reported below, with the thread's failure
            errors.append(exc)

    pool = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert errors == []
    seqs = [e.seq for e in log(world.db)]
    assert seqs == list(range(1, start + threads * per_thread + 1))
    assert services.verify_admin_log(world.db).ok


# --- packs and ceiling keys that do not exist --------------------------------------


def test_an_import_for_a_pack_not_loaded_is_refused_and_changes_nothing(world: World) -> None:
    org = load_organisation(TESTLAND / "organisation.yaml", catalogue=CATALOGUE)
    start = last_seq(world.db)
    with pytest.raises(InvalidInput) as err:
        services.import_units(
            world.db, org.units, actor=OPERATOR, pack="nosuchpack", ceilings=org.ceilings
        )
    assert err.value.render("vi") == ("Bộ quy trình «nosuchpack» chưa được nạp. Đã nạp: testland.")
    assert "“nosuchpack” is not loaded" in err.value.render("en")
    assert new_entries(world.db, start) == []
    assert services.unit_by_code(world.db, "TL").pack == "testland"


def test_a_root_unit_keeps_its_pack(world: World) -> None:
    definitions, _ = validate_paths([TESTLAND], catalogue=CATALOGUE)
    other = dataclasses.replace(definitions[0], pack="khac")  # a second pack, loaded
    versions.load_definitions(world.db, [other], actor=OPERATOR)
    org = load_organisation(TESTLAND / "organisation.yaml", catalogue=CATALOGUE)
    start = last_seq(world.db)
    with pytest.raises(InvalidInput) as err:
        services.import_units(world.db, org.units, actor=OPERATOR, pack="khac")
    assert "«TL»" in err.value.render("vi") and "«testland»" in err.value.render("vi")
    assert "cannot move to “khac”" in err.value.render("en")
    with pytest.raises(InvalidInput):  # nor lose it
        services.import_units(world.db, org.units, actor=OPERATOR)
    assert new_entries(world.db, start) == []
    assert services.unit_by_code(world.db, "TL").pack == "testland"


def test_ceiling_keys_no_loaded_definition_uses_are_refused(world: World) -> None:
    start = last_seq(world.db)
    with pytest.raises(InvalidInput) as err:
        services.set_ceiling(
            world.db, actor=OPERATOR, pack="testland", key="nosuchkey", year=2027, amount=1500
        )
    assert "«nosuchkey»" in err.value.render("vi") and "ttdn_budget" in err.value.render("vi")
    assert "uses the ceiling “nosuchkey”" in err.value.render("en")
    org = load_organisation(TESTLAND / "organisation.yaml", catalogue=CATALOGUE)
    with pytest.raises(InvalidInput):
        services.import_units(
            world.db,
            org.units,
            actor=OPERATOR,
            pack="testland",
            ceilings=[{"key": "nosuchkey", "year": 2027, "amount": 1}],
        )
    with pytest.raises(InvalidInput):  # ceilings need a pack
        services.import_units(
            world.db,
            [],
            actor=OPERATOR,
            ceilings=[{"key": "ttdn_budget", "year": 2027, "amount": 1}],
        )
    assert new_entries(world.db, start) == []
    services.set_ceiling(  # the key the budget guard names is accepted
        world.db, actor=OPERATOR, pack="testland", key="ttdn_budget", year=2027, amount=1500
    )
    assert new_entries(world.db, start)[0].target == "testland/ttdn_budget/2027"
