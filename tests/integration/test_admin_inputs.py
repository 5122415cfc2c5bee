"""The administrative services refuse bad input with an engine error, in both languages,
on SQLite and on PostgreSQL: never a traceback, never a DataError, nothing bent."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

import pytest

from engine import services
from engine.errors import EngineError, InvalidInput, NotFound
from engine.services import OPERATOR
from tests.conftest import World

PASSWORD = "mật-khẩu-thử"


def refused(call: Any, error: type[EngineError] = InvalidInput) -> EngineError:
    """Run `call`; it must raise `error`, whose texts are non-empty in both languages."""
    with pytest.raises(error) as err:
        call()
    assert err.value.render("vi") and err.value.render("en")
    assert err.value.render("vi") != err.value.render("en")
    return err.value


def add(world: World, username: Any, full_name: Any = "Người Thử", title: Any = "") -> int:
    return services.add_user(
        world.db,
        actor=OPERATOR,
        username=username,
        password=PASSWORD,
        full_name=full_name,
        title=title,
    )


def test_user_names_are_nfc_and_unique_after_case_folding(world: World) -> None:
    nfd = unicodedata.normalize("NFD", "Thủy")
    assert nfd != "Thủy"
    add(world, nfd)
    assert services.user_by_name(world.db, "Thủy").username == "Thủy"
    assert services.user_by_name(world.db, nfd).username == "Thủy"  # found either way
    for clash in ("thủy", "THỦY", unicodedata.normalize("NFD", "THỦY"), "CV_A", "Cv_A"):
        error = refused(lambda clash=clash: add(world, clash))
        assert "trùng" in error.render("vi") and "clashes" in error.render("en")


def test_compatibility_look_alikes_clash_and_names_are_found_whatever_their_case(
    world: World,
) -> None:
    """The key is NFKC + case folding: ｎｅｗ (full width) is new, ﬁ (ligature) is fi."""
    add(world, "new")
    for clash in ("ｎｅｗ", "ＮＥＷ", "Ｎew"):
        error = refused(lambda clash=clash: add(world, clash))
        assert "«new»" in error.render("vi")
    add(world, "ﬁnance")  # stored as typed, NFC keeps the ligature
    refused(lambda: add(world, "FINANCE"))
    cv_a = world.user("cv_a")
    for typed in ("cv_a", "CV_A", "Cv_a", "ｃｖ＿ａ"):
        assert services.user_by_name(world.db, typed).id == cv_a, typed
    assert services.user_by_name(world.db, "finance").username == "ﬁnance"
    refused(lambda: services.user_by_name(world.db, "cv_b2"), NotFound)
    services.disable_user(world.db, actor=OPERATOR, username="CV_A")  # admin lookups too
    assert not services.user_by_name(world.db, "cv_a").is_active


def test_login_finds_the_account_whatever_the_case_of_its_name(world: World) -> None:
    services.add_user(
        world.db, actor=OPERATOR, username="CV.MuongTe", password=PASSWORD, full_name="Thử"
    )
    for typed in ("CV.MuongTe", "cv.muongte", "CV.MUONGTE"):
        user = services.authenticate(world.db, typed, PASSWORD)
        assert user is not None and user.username == "CV.MuongTe", typed
    assert services.authenticate(world.db, "cv.muongte", "sai-mật-khẩu") is None
    assert services.authenticate(world.db, "khong.co", PASSWORD) is None


REFUSED_NAMES = [
    "an\u200b",  # zero-width space
    "\u200dan",  # zero-width joiner
    "an\u202eadmin",  # right-to-left override
    "an\u2066",  # left-to-right isolate
    "an\u00ad",  # soft hyphen
    "\u3164",  # Hangul filler: draws nothing
    "an\x00",
    "an\x1b[31m",
    "an\udcff",  # an undecodable byte of a command line
    "a b",
    "a\u3000b",  # ideographic space
    "",
    "   ",
    "x" * 81,
    None,
    42,
]


def test_user_names_refuse_invisible_control_bidi_and_spaces(world: World) -> None:
    for name in REFUSED_NAMES:
        refused(lambda name=name: add(world, name))
    assert [
        u.username for u, _ in services.list_users(world.db) if u.username.startswith("a")
    ] == []


def test_full_names_and_titles_are_nfc_and_fit_their_columns(world: World) -> None:
    user_id = add(
        world,
        "moi",
        full_name=unicodedata.normalize("NFD", "  Nguyễn Thị Ánh  "),
        title=unicodedata.normalize("NFD", "Phó Giám đốc"),
    )
    (user,) = [u for u, _ in services.list_users(world.db) if u.id == user_id]
    assert (user.full_name, user.title) == ("Nguyễn Thị Ánh", "Phó Giám đốc")
    for full_name, title in [
        ("x" * 256, ""),
        ("Tên", "y" * 256),
        ("", ""),
        ("Tên\u202e", ""),
        ("Tên", "Chức\nvụ"),
        ("Tên\x00", ""),
    ]:
        refused(lambda f=full_name, t=title: add(world, "khac", full_name=f, title=t))
    assert add(world, "vua", full_name="x" * 255, title="y" * 255)  # exactly the column


def test_passwords_too_short_or_unencodable_are_refused(world: World) -> None:
    for password in ("1234567", "mật\udcffkhẩu-dài", "x" * 2000, None):
        refused(
            lambda p=password: services.add_user(
                world.db, actor=OPERATOR, username="p", password=p, full_name="P"
            )
        )


def test_unit_names_codes_and_dates_are_checked(world: World) -> None:
    def imp(**node: Any) -> Any:
        unit = {"code": "MOI", "name": "Đơn vị mới", "kind": "commune", **node}
        return services.import_units(world.db, [unit], actor=OPERATOR, pack="testland")

    report = imp(name=unicodedata.normalize("NFD", "Xã Mường Tè"))
    assert report.created == ["MOI"]
    assert services.unit_by_code(world.db, "MOI").name == "Xã Mường Tè"
    for bad in [
        {"name": "Xã\u202eA"},
        {"name": "Xã\u2067A"},
        {"name": "x" * 256},
        {"name": ""},
        {"name": 7},
        {"kind": "k" * 41},
        {"code": "moi"},
        {"code": "M" * 41},
        {"code": "MÓI"},
        {"code": None},
        {"coordinator": "không có"},
        {"active_from": "2026-02-30"},
        {"active_from": "１９９０-01-01"},
        {"active_to": date(9999, 1, 1)},
        {"children": "XA_A"},
    ]:
        refused(lambda bad=bad: imp(**bad))
    refused(lambda: imp(coordinator="KHONG_CO"), NotFound)
    refused(
        lambda: services.import_units(
            world.db,
            [{"code": "D", "name": "D", "kind": "k", "children": [{"code": "D", "name": "D2"}]}],
            actor=OPERATOR,
        )
    )


REFUSED_AMOUNTS = [
    "1.5",
    1.5,
    -1,
    "-1",
    "abc",
    "",
    "１２３",
    "١٢٣",
    "1e9",
    10**15 + 1,
    True,
    None,
    "1_000",
]


def test_ceiling_amounts_must_be_whole_ascii_and_sane(world: World) -> None:
    for amount in REFUSED_AMOUNTS:
        error = refused(
            lambda a=amount: services.set_ceiling(
                world.db, actor=OPERATOR, pack="testland", key="ttdn_budget", year=2026, amount=a
            )
        )
        assert "Số tiền" in error.render("vi"), amount
    services.set_ceiling(
        world.db, actor=OPERATOR, pack="testland", key="ttdn_budget", year=2026, amount=10**15
    )


def test_ceiling_years_keys_and_packs_are_checked(world: World) -> None:
    def set_(pack: Any = "testland", key: Any = "ttdn_budget", year: Any = 2026) -> None:
        services.set_ceiling(world.db, actor=OPERATOR, pack=pack, key=key, year=year, amount=1)

    set_(year="2027")
    for year in (2**31, -(2**31) - 1, 10**30, 1899, 10_000, "２０２６", "2026.0", 2026.0):
        refused(lambda y=year: set_(year=y))
    for key in ("", "k" * 61, "khóa\u202e"):
        refused(lambda k=key: set_(key=k))
    error = refused(lambda: set_(pack="không_có"))
    assert "testland" in error.render("vi") and "not loaded" in error.render("en")


def test_grant_refuses_roles_no_definition_declares(world: World) -> None:
    error = refused(
        lambda: services.grant_role(
            world.db, actor=OPERATOR, username="cv_a", role="chairman", unit_code="XA_A"
        )
    )
    assert "unit_officer" in error.render("vi")  # the roles that exist are listed
    for role in ("", "r" * 61, "unit_officer\u202e"):
        refused(
            lambda r=role: services.grant_role(
                world.db, actor=OPERATOR, username="cv_a", role=r, unit_code="XA_A"
            )
        )
    # the instance's own roles need no definition
    assert services.grant_role(
        world.db, actor=OPERATOR, username="ld_ubnd", role="auditor", unit_code="TL"
    )


def test_unknown_or_malformed_names_and_codes_are_not_found(world: World) -> None:
    for username, unit in [
        ("không_có", "XA_A"),
        ("cv_a\udcff", "XA_A"),
        ("x" * 5000, "XA_A"),
        ("cv_a", "xa_a"),
        ("cv_a", "XA_A\udcff"),
        ("cv_a", "X" * 5000),
    ]:
        refused(
            lambda u=username, c=unit: services.grant_role(
                world.db, actor=OPERATOR, username=u, role="unit_officer", unit_code=c
            ),
            NotFound,
        )
    refused(lambda: services.disable_user(world.db, actor=OPERATOR, username="\udcff"), NotFound)


REFUSED_DATES = [
    (date(1989, 12, 31), date(2026, 4, 30)),
    (date(2026, 4, 1), date(2101, 1, 1)),
    ("01/04/2026", "31/12/9999"),
    ("３１/０３/２０２６", "30/04/2026"),
    ("2026-04-31", "2026-05-01"),
    ("hôm nay", "2026-05-01"),
    (date(2026, 4, 30), date(2026, 4, 1)),  # ends before it starts
]


def test_delegation_dates_must_be_real_ordered_and_sane(world: World) -> None:
    for starts, ends in REFUSED_DATES:
        refused(
            lambda s=starts, e=ends: services.delegate(
                world.db,
                actor=OPERATOR,
                principal="ld_a",
                delegate_to="cv_b",
                role="unit_head",
                unit_code="XA_A",
                starts_on=s,
                ends_on=e,
            )
        )
    assert services.list_delegations(world.db) == []


def test_delegation_of_a_role_not_held_or_to_oneself_is_refused(world: World) -> None:
    def give(principal: str, delegate_to: str, role: str) -> None:
        services.delegate(
            world.db,
            actor=OPERATOR,
            principal=principal,
            delegate_to=delegate_to,
            role=role,
            unit_code="XA_A",
            starts_on=date(2026, 4, 1),
            ends_on=date(2026, 4, 30),
        )

    assert "không giữ" in refused(lambda: give("cv_a", "cv_b", "unit_head")).render("vi")
    assert "tự ủy quyền" in refused(lambda: give("ld_a", "ld_a", "unit_head")).render("vi")


def test_delegation_ids_out_of_range_are_refused(world: World) -> None:
    for delegation_id in (0, -1, 2**31, 10**40, "１", "1.0", "abc", True, None):
        refused(
            lambda i=delegation_id: services.revoke_delegation(
                world.db, actor=OPERATOR, delegation_id=i
            )
        )
    # the largest id the database holds is simply not found
    refused(
        lambda: services.revoke_delegation(world.db, actor=OPERATOR, delegation_id=2**31 - 1),
        NotFound,
    )
