"""`ttdn --help` speaks the user's language: Vietnamese by default, English with --lang en."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from engine.cli import helptext, main

ENGLISH_ONLY = ("Usage:", "Options:", "Commands:", "Show this message", "[default:", "[required]")


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    runner = CliRunner()

    def invoke(*args: str) -> str:
        result = runner.invoke(main, list(args), prog_name="ttdn", catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    return invoke


def _english_tree() -> list[tuple[str, click.Command, helptext._English]]:
    return [(path, cmd, helptext.english_of(cmd)) for path, cmd in helptext.commands_of(main)]


def test_every_command_and_option_with_help_has_a_vietnamese_text() -> None:
    missing = []
    for path, command, english in _english_tree():
        if english.help and path not in helptext.COMMANDS:
            missing.append(f"command «{path}»")
        for param in command.params:
            if english.params.get(param, param.help) and (
                (path, helptext.param_key(param)) not in helptext.PARAMS
            ):
                missing.append(f"«{path}» {helptext.param_key(param)}")
    assert not missing, "no Vietnamese help (add it to engine/cli/helptext.py): " + ", ".join(
        missing
    )


def test_every_vietnamese_text_belongs_to_a_command_or_option_that_exists() -> None:
    tree = _english_tree()
    paths = {path for path, _, _ in tree}
    keys = {(path, helptext.param_key(p)) for path, command, _ in tree for p in command.params}
    assert set(helptext.COMMANDS) - paths == set()
    assert set(helptext.PARAMS) - keys == set()


def test_vietnamese_texts_are_nfc_and_really_vietnamese() -> None:
    texts = [*helptext.COMMANDS.values(), *helptext.PARAMS.values()]
    texts += [*helptext.HEADINGS.values(), *helptext.HELP_OPTION.values(), helptext.USAGE_PREFIX]
    for text in texts:
        assert unicodedata.is_normalized("NFC", text), text
    assert (
        helptext.COMMANDS["documents list"]
        != helptext.english_of(
            main.commands["documents"].commands["list"]  # type: ignore[attr-defined]
        ).help
    )


def test_top_help_is_vietnamese_by_default(cli) -> None:
    out = cli("--help")
    assert out.startswith("Cách dùng: ttdn [OPTIONS] COMMAND")
    assert "Tùy chọn:" in out and "Lệnh:" in out and "Hiện hướng dẫn này rồi thoát." in out
    assert "Ngôn ngữ của thông báo.  [mặc định: vi]" in out
    assert "Liệt kê, xem, tạo và sửa văn bản." in out  # the listing derives from the Vietnamese
    for phrase in ENGLISH_ONLY:
        assert phrase not in out, phrase


def test_command_help_in_both_languages(cli) -> None:
    out = cli("documents", "list", "--help")
    assert "Mỗi văn bản một dòng" in out and "người vận hành" in out
    assert "Chỉ các văn bản ở trạng thái này." in out
    for phrase in ENGLISH_ONLY:
        assert phrase not in out, phrase
    out = cli("--lang", "en", "documents", "list", "--help")
    assert out.startswith("Usage: ttdn documents list [OPTIONS]")
    assert "One line per document" in out and "Only documents in this state." in out
    assert "Options:" in out and "Show this message and exit." in out
    assert "Cách dùng" not in out and "văn bản" not in out


def test_required_default_and_short_help_phrases(cli) -> None:
    out = cli("users", "add", "--help")
    assert "Họ và tên.  [bắt buộc]" in out and "[required]" not in out
    out = cli("audit", "log", "--help")
    assert "[mặc định: 50]" in out
    out = cli("--lang", "en", "users", "add", "--help")
    assert "[required]" in out and "bắt buộc" not in out


def test_switching_languages_back_and_forth_in_one_process(cli) -> None:
    for _ in range(2):
        vi = cli("users", "--help")
        assert "Quản lý người dùng" in vi and "Lệnh:" in vi and "Manage users" not in vi
        en = cli("--lang", "en", "users", "--help")
        assert "Manage users" in en and "Commands:" in en and "Quản lý" not in en
    assert "Only documents in this state." in cli("--lang=en", "documents", "list", "-h")
    assert "Chỉ các văn bản ở trạng thái này." in cli("--lang=vi", "documents", "list", "-h")


def test_extra_bracket_translation_keeps_unknown_items() -> None:
    assert helptext.translate_row_help("X.  [env var: A; default: 1; required]") == (
        "X.  [biến môi trường: A; mặc định: 1; bắt buộc]"
    )
    assert helptext.translate_row_help("[1<=x<=5]") == "[1<=x<=5]"
    assert helptext.translate_row_help("Plain.") == "Plain."
