"""`ttdn` administrative commands: the operator is recorded, numbers are parsed strictly,
every answer is Vietnamese by default and English with --lang en, never a traceback."""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine import adminlog
from engine.cli import main
from engine.runtime import CACHE
from tests.conftest import TESTLAND

OS_USER = "thu_nghiem"


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    monkeypatch.setenv("TTDN_NEW_PASSWORD", "mật-khẩu-dài")
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):  # getpass reads these first
        monkeypatch.setenv(name, OS_USER)
    CACHE.clear()
    runner = CliRunner()

    def invoke(*args: str, code: int = 0) -> str:
        result = runner.invoke(main, list(args), catch_exceptions=False)
        output = result.output  # stdout and stderr, as a terminal shows them
        assert result.exit_code == code, output
        assert "Traceback" not in output
        return output

    return invoke


@pytest.fixture
def province(run) -> None:
    run("init", "--no-packs")
    run("workflows", "load", str(TESTLAND))
    run("units", "import", str(TESTLAND / "organisation.yaml"))
    for name, role, unit in [("an", "unit_officer", "XA_A"), ("binh", "unit_head", "XA_A")]:
        run("users", "add", name, "--full-name", "Nguyễn Văn An")
        run("users", "grant", name, role, unit)


def test_the_console_operator_is_recorded_for_every_change(run, province) -> None:
    from engine import services
    from engine.db import make_engine

    entries = services.admin_log(make_engine(), limit=1000)
    actions = {e.action for e in entries}
    assert {"workflow.version", "workflow.current", "unit.create", "ceiling.set"} <= actions
    assert {"user.add", "role.grant"} <= actions
    assert {(e.actor_id, e.actor_label) for e in entries} == {(None, f"operator:{OS_USER}")}
    out = run("audit", "log", "--limit", "2")
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"#{entries[0].seq} ") and lines[1].startswith(f"#{entries[1].seq} ")
    assert f"operator:{OS_USER}: giao vai trò [role.grant] binh: – → " in lines[0]
    assert '"unit": "XA_A"' in lines[0]
    assert "role granted [role.grant]" in run("--lang", "en", "audit", "log", "--limit", "1")


def test_log_times_are_shown_in_vietnam_time(run, province) -> None:
    from engine import services
    from engine.db import make_engine

    (entry,) = services.admin_log(make_engine(), limit=1)
    shown = run("audit", "log", "--limit", "1").split()[1:3]
    hour = (entry.at.hour + 7) % 24
    assert shown[1].startswith(f"{hour:02d}:{entry.at.minute:02d}")


def test_new_commands_disable_revoke_delegate_undelegate(run, province) -> None:
    out = run(
        "users",
        "delegate",
        "binh",
        "an",
        "unit_head",
        "XA_A",
        "--from",
        "01/04/2026",
        "--to",
        "2026-04-30",
    )
    assert out.startswith("Ủy quyền #1: binh → an") and "01/04/2026" in out and "30/04/2026" in out
    assert "#1" in run("users", "delegations")
    assert "Đã thu hồi ủy quyền #1." in run("users", "undelegate", "1")
    assert "Chưa có ủy quyền nào." in run("users", "delegations")
    assert "No delegations." in run("--lang", "en", "users", "delegations")
    assert "Đã thu hồi vai trò unit_head tại XA_A của binh." in run(
        "users", "revoke", "binh", "unit_head", "XA_A"
    )
    assert "does not hold" in run(
        "--lang", "en", "users", "revoke", "binh", "unit_head", "XA_A", code=1
    )
    assert "Đã khóa tài khoản an." in run("users", "disable", "an")
    assert "already disabled" in run("--lang", "en", "users", "disable", "an")
    assert "an " in run("users", "list") and "[khóa]" in run("users", "list")
    log = run("audit", "log")
    for action in ("user.disable", "role.revoke", "delegation.revoke", "delegation.add"):
        assert f"[{action}]" in log
    verified = run("audit", "verify")
    assert "OK: nhật ký quản trị" in verified and "chuỗi băm nguyên vẹn" in verified
    assert "OK: admin log" in run("--lang", "en", "audit", "verify")


# Numbers the command line itself parses (engine/cli/types.py): one line, exit 1.
@pytest.mark.parametrize(
    ("args", "vi", "en"),
    [
        (("ceilings", "set", "testland", "ttdn_budget", "2026", "１２３"), "số tiền", "amount"),
        (("ceilings", "set", "testland", "ttdn_budget", "2026", "1.5"), "số tiền", "amount"),
        (("ceilings", "set", "--", "testland", "ttdn_budget", "2026", "-5"), "số tiền", "amount"),
        (("ceilings", "set", "testland", "ttdn_budget", "２０２６", "5"), "năm", "year"),
        (("ceilings", "set", "testland", "ttdn_budget", "99999999999", "5"), "năm", "year"),
        (("users", "undelegate", "１"), "số hiệu", "id"),
        (("users", "undelegate", "99999999999"), "số hiệu", "id"),
        (
            ("users", "delegate", "binh", "an", "unit_head", "XA_A", "--from", "０１/04/2026"),
            "«０１/04/2026» không đúng dạng ngày",
            "does not match the format",
        ),
    ],
)
def test_numbers_the_command_line_refuses(run, province, args, vi, en) -> None:
    out_vi = run(*args, code=1)
    out_en = run("--lang", "en", *args, code=1)
    assert vi in out_vi and en in out_en
    assert len(out_vi.strip().splitlines()) == 1 and out_vi.startswith("Lỗi: ")


@pytest.mark.parametrize(
    ("args", "vi", "en"),
    [
        (
            ("ceilings", "set", "khong_co", "ttdn_budget", "2026", "5"),
            "chưa được nạp",
            "not loaded",
        ),
        (("users", "grant", "an", "chairman", "XA_A"), "không được quy trình", "declared by no"),
        (("users", "undelegate", "77"), "Không tìm thấy", "not found"),
        (("users", "disable", "khong_co"), "Không tìm thấy", "not found"),
        (("users", "add", "a\u202eb", "--full-name", "X"), "Tên đăng nhập", "user name"),
        (("users", "add", "AN", "--full-name", "X"), "trùng", "clashes"),
        (("users", "add", "moi", "--full-name", "x" * 300), "Họ và tên", "full name"),
        (
            (
                "users",
                "delegate",
                "binh",
                "an",
                "unit_head",
                "XA_A",
                "--from",
                "1/4/2026",
                "--to",
                "31/12/3000",
            ),
            "Ngày kết thúc",
            "end date",
        ),
        (("audit", "log", "--limit", "0"), "Số dòng", "limit"),
        (("audit", "log", "--limit", "２"), "Số dòng", "limit"),
    ],
)
def test_bad_input_is_one_line_in_the_users_language(run, province, args, vi, en) -> None:
    out_vi = run(*args, code=1)
    out_en = run("--lang", "en", *args, code=1)
    assert vi in out_vi and en in out_en
    assert len(out_vi.strip().splitlines()) == 1 and len(out_en.strip().splitlines()) == 1


def test_audit_verify_names_the_first_broken_entry(run, province) -> None:
    from engine.db import make_engine

    with make_engine().begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER admin_log_no_update")
        conn.exec_driver_sql("UPDATE admin_log SET target = 'XA_Z' WHERE seq = 4")
    out = run("audit", "verify", code=1)
    assert "HỎNG: nhật ký quản trị, mục #4: nội dung không khớp với mã băm" in out
    assert "entry #4" in run("--lang", "en", "audit", "verify", code=1)


def test_the_operator_is_never_unknown_to_the_point_of_crashing(monkeypatch) -> None:
    def no_user() -> str:
        raise KeyError("getpwuid(): uid not found: 12345")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert adminlog.operator_actor() == adminlog.AdminActor(None, "operator:?")
    monkeypatch.setattr(getpass, "getuser", lambda: "ad\u202emin\x00\n")
    assert adminlog.operator_actor().label == "operator:admin"
    monkeypatch.setattr(getpass, "getuser", lambda: "x" * 1000)
    assert len(adminlog.operator_actor().label) == adminlog.LABEL_LIMIT


def test_a_ceiling_is_set_and_said_in_both_languages(run, province) -> None:
    out = run("ceilings", "set", "testland", "ttdn_budget", "2027", "1.500.000.000")
    assert out.strip() == "Trần testland/ttdn_budget năm 2027: 1.500.000.000 đ."
    out = run("--lang", "en", "ceilings", "set", "testland", "ttdn_budget", "2027", "1500")
    assert out.strip() == "Ceiling testland/ttdn_budget for 2027: 1.500 đ."
    assert "ceiling.set" in run("audit", "log", "--limit", "1")


def test_verify_checks_both_chains_and_says_so_in_the_users_language(
    run, province, tmp_path: Path
) -> None:
    assert run("audit", "verify").splitlines() == [
        "OK: 0 văn bản, 0 sự kiện, các chuỗi băm nguyên vẹn",
        run("audit", "verify").splitlines()[1],
    ]
    english = run("--lang", "en", "audit", "verify")
    assert english.startswith("OK: 0 document(s), 0 event(s), chains intact")
    assert "OK: admin log" in english
    # Break the admin log behind the engine's back: its line says so, exit 1.
    with sqlite3.connect(tmp_path / "cli.sqlite3") as raw:
        raw.execute("DROP TRIGGER admin_log_no_update")
        raw.execute("UPDATE admin_log SET target = 'XA_Z' WHERE seq = 2")
    out = run("audit", "verify", code=1)
    assert out.startswith("OK: 0 văn bản")
    assert "HỎNG: nhật ký quản trị, mục #2" in out


def test_unknown_packs_and_ceiling_keys_are_refused(run, province) -> None:
    org = str(TESTLAND / "organisation.yaml")
    out = run("--lang", "en", "units", "import", "--pack", "nosuchpack", org, code=1)
    assert "Pack “nosuchpack” is not loaded. Loaded: testland." in out
    out = run("ceilings", "set", "testland", "nosuchkey", "2027", "1500", code=1)
    assert "Không quy trình nào đã nạp của bộ «testland» dùng trần kinh phí «nosuchkey»" in out
    assert "ttdn_budget" in out
    assert "#" not in run("ceilings", "set", "testland", "ttdn_budget", "2027", "1500")
    log = run("--lang", "en", "audit", "log", "--limit", "3")
    assert "nosuchpack" not in log and "nosuchkey" not in log
