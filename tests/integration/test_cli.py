"""The `ttdn` command, end to end on a SQLite file (it is the operator's interface)."""

from __future__ import annotations

import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from engine.cli import main
from engine.runtime import CACHE
from tests.conftest import TESTLAND


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    monkeypatch.delenv("TTDN_NEW_PASSWORD", raising=False)
    CACHE.clear()
    runner = CliRunner()

    def invoke(*args: str, code: int = 0, env: dict[str, str] | None = None) -> str:
        result = runner.invoke(main, list(args), env=env, catch_exceptions=False)
        output = result.output + (result.stderr if result.stderr_bytes else "")
        assert result.exit_code == code, output
        return output

    return invoke


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            found += _all_commands(cmd, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


def test_help_on_every_command(run) -> None:
    commands = _all_commands(main)
    assert ("workflows", "validate") in commands and ("audit", "verify") in commands
    for path in commands:
        assert "Cách dùng:" in run(*path, "--help")
        assert "Usage:" in run("--lang", "en", *path, "--help")


def test_validate_reports_every_problem_with_file_and_line(run, tmp_path: Path) -> None:
    assert run("workflows", "validate", str(TESTLAND)).startswith("OK: 4 định nghĩa")
    assert run("--lang", "en", "workflows", "validate", str(TESTLAND)).startswith(
        "OK: 4 definition(s)"
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (TESTLAND / "unit_plan.yaml")
        .read_text()
        .replace("to: signed", "to: nowhere")
        .replace("roles: [unit_head]", "roles: [chairman]"),
        encoding="utf-8",
    )
    out = run("workflows", "validate", str(bad), code=1)
    lines = [line for line in out.splitlines() if line.startswith(str(bad))]
    assert len(lines) >= 2, out
    assert all(line.split(":")[1].isdigit() for line in lines)
    assert "nowhere" in out and "chairman" in out
    junk = tmp_path / "junk.yaml"
    junk.write_bytes(b"\x00\xff\xfe garbage")
    assert "Traceback" not in run("workflows", "validate", str(junk), code=1)


def test_validate_shows_pack_file_paths_as_given(run, tmp_path: Path, monkeypatch) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(TESTLAND, pack)
    with (pack / "organisation.yaml").open("a", encoding="utf-8") as f:
        f.write("bad: [\n")
    (pack / "unit_plan.yaml").write_text(
        (TESTLAND / "unit_plan.yaml").read_text().replace("to: signed", "to: nowhere"),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    out = run("workflows", "validate", "pack", code=1)
    assert "\npack/organisation.yaml:" in "\n" + out and "\npack/unit_plan.yaml:" in "\n" + out
    assert str(tmp_path) not in out
    absolute = run("workflows", "validate", str(pack), code=1)
    assert f"{pack}/organisation.yaml:" in absolute and f"{pack}/unit_plan.yaml:" in absolute


def test_units_import_of_a_file_not_named_organisation_yaml(run, tmp_path: Path) -> None:
    run("init")  # the bundled packs, "current" among them
    # Beside the pack's definitions: checked against them, never read as one itself.
    pack = tmp_path / "pack"
    shutil.copytree(TESTLAND, pack)
    run("workflows", "load", str(pack))
    (pack / "organisation.yaml").rename(pack / "org.yaml")
    assert "không định nghĩa nào" not in run("units", "import", str(pack / "org.yaml"))
    # Alone in a folder: the file is no definition, and its pack ("alone") is not loaded.
    alone = tmp_path / "alone" / "org.yaml"
    alone.parent.mkdir()
    shutil.copy(TESTLAND / "organisation.yaml", alone)
    refused = run("units", "import", str(alone), code=1)
    assert "«alone» chưa được nạp" in refused and "org.yaml:" not in refused
    # Beside a definition of another pack: --pack names the bundled pack whose definitions
    # count; without it, the definition beside the file is what the roles are checked against.
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    current = Path(__file__).resolve().parents[2] / "workflows" / "current"
    shutil.copy(current / "organisation.yaml", mixed / "org.yaml")
    shutil.copy(current / "press_visit.yaml", mixed / "press_visit.yaml")
    refused = run("units", "import", str(mixed / "org.yaml"), code=1)
    assert "org.yaml:" in refused and "không định nghĩa nào của gói khai báo vai trò" in refused
    run("units", "import", str(mixed / "org.yaml"), "--pack", "current")
    # A real problem is still reported with --pack: a role no current definition declares.
    text = (mixed / "org.yaml").read_text(encoding="utf-8")
    (mixed / "org.yaml").write_text(
        text.replace("{role: coordinator, ", "{role: no_such_role, ", 1), encoding="utf-8"
    )
    wrong = run("units", "import", str(mixed / "org.yaml"), "--pack", "current", code=1)
    assert "'no_such_role'" in wrong and len(set(wrong.splitlines())) == 1  # that one problem


def test_operator_session(run, tmp_path: Path) -> None:
    run("init", "--no-packs")
    assert run("workflows", "load", str(TESTLAND)).count("tạo mới") == 4
    again = run("--lang", "en", "workflows", "load", str(TESTLAND))
    assert again.count("unchanged") == 4 and "created" not in again
    run("units", "import", str(TESTLAND / "organisation.yaml"))
    for name, role, unit in [("an", "unit_officer", "XA_A"), ("binh", "unit_head", "XA_A")]:
        run(
            "users",
            "add",
            name,
            "--full-name",
            "Nguyễn Văn An",
            env={"TTDN_NEW_PASSWORD": "mật-khẩu-dài"},
        )
        run("users", "grant", name, role, unit)

    from engine import services
    from engine.db import make_engine

    db = make_engine()
    doc = services.create_document(
        db,
        type_id="unit_plan",
        unit_id=services.unit_by_code(db, "XA_A").id,
        year=2020,
        title="Kế hoạch TTĐN năm 2020",
        user_id=services.user_by_name(db, "an").id,
        fields={"summary": "Nội dung"},
    )
    assert f"#{doc.id}" in run("documents", "list", "--overdue")  # due 31/05/2020
    out = run("fire", str(doc.id), "sign", "--as", "an", code=1)
    assert "Cần vai trò" in out
    assert "needs the role" in run(
        "--lang", "en", "fire", str(doc.id), "sign", "--as", "an", code=1
    )
    assert "signed (v2)" in run(
        "fire", str(doc.id), "sign", "--as", "binh", "--expect-version", "1"
    )
    assert "người khác" in run(
        "fire", str(doc.id), "submit", "--as", "an", "--expect-version", "1", code=1
    )
    shown = run("documents", "show", str(doc.id), "--as", "an")
    assert "Dự thảo → Đã ký" in shown and "+ submit" in shown
    assert "OK: 1 văn bản, 2 sự kiện" in run("audit", "verify")
    assert "OK: 1 document(s), 2 event(s)" in run("--lang", "en", "audit", "verify")

    # A changed definition: the diff names the in-flight document whose actions change.
    changed = tmp_path / "testland"
    shutil.copytree(TESTLAND, changed)
    text = (changed / "unit_plan.yaml").read_text(encoding="utf-8")
    (changed / "unit_plan.yaml").write_text(
        text.replace(
            "    from: signed\n    to: submitted\n    roles: [unit_officer]",
            "    from: signed\n    to: submitted\n    roles: [unit_head]",
        ),
        encoding="utf-8",
    )
    diff = run("workflows", "diff", str(changed))
    assert "testland/unit_plan: thay đổi so với v1; 1 văn bản đang xử lý bị ảnh hưởng" in diff
    assert f"#{doc.id}" in diff and "thao tác «submit» sẽ thay đổi" in diff
    diff = run("--lang", "en", "workflows", "diff", str(changed))
    assert "testland/unit_plan: changed from v1" in diff
    assert f"#{doc.id}" in diff and "'submit' would change" in diff
    run("workflows", "load", str(changed))
    listing = run("workflows", "list")
    assert "testland/unit_plan v2" in listing and "signed=1" in listing
    # The document stays pinned to v1: the officer may still submit it.
    assert "submitted" in run("fire", str(doc.id), "submit", "--as", "an")


def test_audit_verify_fails_on_tampering(run) -> None:
    run("init", "--no-packs")
    run("workflows", "load", str(TESTLAND))
    run("units", "import", str(TESTLAND / "organisation.yaml"))
    run("users", "add", "an", "--full-name", "An", env={"TTDN_NEW_PASSWORD": "12345678"})
    run("users", "grant", "an", "unit_officer", "XA_A")
    from engine import services
    from engine.db import make_engine

    db = make_engine()
    doc = services.create_document(
        db,
        type_id="unit_plan",
        unit_id=services.unit_by_code(db, "XA_A").id,
        year=2026,
        title="Kế hoạch",
        user_id=services.user_by_name(db, "an").id,
    )
    with db.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER events_no_update")
        conn.exec_driver_sql("UPDATE events SET comment = 'sửa lén'")
    out = run("audit", "verify", code=1)
    assert f"HỎNG: văn bản #{doc.id}, sự kiện 1" in out


def test_readme_walkthrough_on_the_demo(run) -> None:
    """The commands the README suggests after `ttdn init && ttdn demo` do what it says."""
    run("init")
    assert "Người dùng demo" in run("demo")
    assert "đã có dữ liệu demo" in run("demo")
    assert "already seeded" in run("--lang", "en", "demo")
    assert "QUÁ HẠN" in run("documents", "list", "--overdue")
    shown = run("documents", "show", "11", "--as", "ld.muongte")
    assert "sign (Ký kế hoạch): Chưa điền" in shown
    assert "needs the role" in run("--lang", "en", "documents", "show", "11", "--as", "cv.muongte")
    assert "submitted" in run("fire", "32", "submit", "--as", "cv.phongtho")
    assert "Không thể thực hiện" in run("fire", "32", "submit", "--as", "cv.phongtho", code=1)
    assert "OK:" in run("audit", "verify")
    assert "current/unit_plan v1" in run("workflows", "list")


def test_documents_as_a_user_create_edit_list_show_inbox(run) -> None:
    """On the demo: what a user sees, creates, edits and has waiting, as everywhere else."""
    run("init")
    run("demo")
    everything = run("documents", "list")
    mine = run("documents", "list", "--as", "cv.muongte")
    assert "#11 " in mine and int(mine.split()[-3]) < int(everything.split()[-3])
    assert "#1 " not in mine  # Báo's 2025 plan: not their unit
    assert "Không tìm thấy văn bản «1»" in run(
        "documents", "show", "1", "--as", "cv.muongte", code=1
    )
    assert "not found" in run(
        "--lang", "en", "documents", "show", "1", "--as", "cv.muongte", code=1
    )
    assert "Lịch sử" in run("documents", "show", "1")  # the operator sees every document
    assert "người vận hành" in run("documents", "list", "--help")
    assert "operator" in run("--lang", "en", "documents", "list", "--help")

    # Create: the unit is the one where the user may create the type; prints #ID.
    out = run(
        "documents", "create", "unit_plan", "--as", "cv.muongte", "--year", "2027",
        "--title", "Kế hoạch TTĐN năm 2027 của xã Mường Tè",
        "--set", "summary=Tuyên truyền biên giới", "--set", "estimated_cost=1.250.000.000",
    )  # fmt: skip
    new_id = int(out.strip().lstrip("#"))
    shown = run("documents", "show", str(new_id), "--as", "cv.muongte")
    assert "1.250.000.000 đ" in shown and "Dự thảo" in shown
    refused = run(
        "documents", "create", "unit_plan", "--as", "cv.stc", "--title", "X", code=1
    )  # fmt: skip
    assert "không có vai trò nào được tạo" in refused
    bad = run(
        "documents", "create", "unit_plan", "--as", "cv.muongte", "--title", "Y",
        "--set", "estimated_cost=1.5", code=1,
    )  # fmt: skip
    assert "Kinh phí dự kiến" in bad
    # A budget linked (--parent: the type's one link) to the new plan.
    out = run(
        "documents", "create", "budget_estimate", "--as", "cv.muongte", "--year", "2027",
        "--title", "Dự toán 2027", "--parent", str(new_id),
    )  # fmt: skip
    budget = int(out.strip().lstrip("#"))
    assert f"#{new_id} Kế hoạch TTĐN năm 2027" in run("documents", "show", str(budget))

    # Edit: same checks as everywhere (version, role, editable state).
    assert "phiên bản 2" in run(
        "documents", "edit", str(new_id), "--as", "cv.muongte",
        "--set", "estimated_cost=900000000", "--expect-version", "1",
    )  # fmt: skip
    assert "Reload" in run(
        "--lang", "en", "documents", "edit", str(new_id), "--as", "cv.muongte",
        "--title", "Z", "--expect-version", "1", code=1,
    )  # fmt: skip
    assert "Không tìm thấy" in run(
        "documents", "edit", str(new_id), "--as", "cv.bao", "--title", "Z", code=1
    )
    assert "Cần vai trò" in run(
        "documents", "edit", str(new_id), "--as", "ld.muongte", "--title", "Z", code=1
    )
    assert "TÊN=GIÁ_TRỊ" in run(
        "documents", "edit", str(new_id), "--as", "cv.muongte", "--set", "oops", code=1
    )

    # Inbox: the head of the commune has the new plan to sign; the operator has no inbox.
    inbox = run("inbox", "--as", "ld.muongte")
    assert f"#{new_id}" in inbox and "Ký kế hoạch" in inbox
    assert "No document is waiting" in run("--lang", "en", "inbox", "--as", "qt.skhcn")


def test_refusals_name_what_is_wrong(run) -> None:
    """An unknown type, state or link, or a missing role, is said as such (exit 1)."""
    run("init")
    run("demo")
    nosuch = run("documents", "create", "nosuch", "--as", "cv.muongte", "--title", "X", code=1)
    assert "Không có loại văn bản «nosuch»" in nosuch and "unit_plan" in nosuch
    listed = run("documents", "list", "--state", "nosuch", code=1)
    assert "Không có trạng thái «nosuch»" in listed and "draft" in listed
    assert "unit_plan" in run("documents", "list", "--type", "nosuch", code=1)
    link = run(
        "documents", "create", "budget_estimate", "--as", "cv.muongte", "--title", "X",
        "--link", "foo=1", code=1,
    )  # fmt: skip
    assert "không có liên kết «foo»" in link and "Các liên kết: plan" in link
    plan = run(
        "documents", "create", "unit_plan", "--as", "cv.muongte", "--title", "Kế hoạch",
        "--set", "summary=Tuyên truyền",
    ).strip()  # fmt: skip
    edit = run("documents", "edit", plan.lstrip("#"), "--as", "ld.muongte", "--title", "Z", code=1)
    assert "«Sửa văn bản»" in edit and "Kế hoạch hoạt động" not in edit
