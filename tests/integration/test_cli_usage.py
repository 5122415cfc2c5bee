"""Mistakes on the command line itself: told in the user's language, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from engine.cli import main
from engine.cli.types import AMOUNT, COUNT, ROW_ID, YEAR
from engine.cli.usage import BadValue, language_of


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    runner = CliRunner()

    def invoke(*args: str) -> tuple[int, str]:
        result = runner.invoke(main, list(args), prog_name="ttdn")
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, result.output

    return invoke


@pytest.mark.parametrize(
    ("args", "vietnamese", "english"),
    [
        (
            ["documents", "show", "abc"],
            "Lỗi: Giá trị không hợp lệ cho 'DOCUMENT_ID': «abc» không phải số hiệu hợp lệ",
            "Error: Invalid value for 'DOCUMENT_ID': 'abc' is not a valid id",
        ),
        (["documents", "shw"], "Lỗi: Không có lệnh «shw».", "Error: No such command 'shw'."),
        (
            ["documents", "show"],
            "Lỗi: Thiếu tham số DOCUMENT_ID.",
            "Error: Missing argument DOCUMENT_ID.",
        ),
        (
            ["documents", "list", "--overdu"],
            "Lỗi: Không có tùy chọn «--overdu». Có phải ý bạn là «--overdue»?",
            "Error: No such option '--overdu'. Did you mean «--overdue»?",
        ),
        (
            ["users", "delegate", "a", "b", "c", "d", "--from", "31/31/2026", "--to", "x"],
            "«31/31/2026» không đúng dạng ngày",
            "'31/31/2026' does not match the format",
        ),
        (
            ["units", "import", "/no/such/file.yaml"],
            "Không có «/no/such/file.yaml».",
            "'/no/such/file.yaml' does not exist.",
        ),
        (
            ["documents", "list", "--state"],
            "Lỗi: Tùy chọn «--state» cần một giá trị.",
            "Error: Option '--state' requires an argument.",
        ),
    ],
    ids=["bad-int", "no-command", "missing-arg", "no-option", "bad-date", "no-file", "no-value"],
)
def test_click_errors_in_both_languages(cli, args: list[str], vietnamese: str, english: str):
    code, out = cli(*args)
    assert code in (1, 2) and vietnamese in out, out
    assert "Error" not in out and "Usage" not in out
    code_en, out = cli("--lang", "en", *args)
    assert code_en == code and english in out, out
    assert "Lỗi" not in out and "Cách dùng" not in out
    # A refused value is one line, status 1, like the engine's own refusals; a
    # command used wrongly shows its usage too, status 2.
    value_error = args[-1] not in ("shw",) and "Missing" not in english and "No such" not in english
    value_error = value_error and "requires an argument" not in english
    assert code == (1 if value_error else 2), (args, code)
    if value_error:
        assert len(out.strip().splitlines()) == 1


def test_usage_and_help_hint_are_translated_too(cli) -> None:
    code, out = cli("documents", "show")
    assert code == 2
    assert out.startswith("Cách dùng: ttdn documents show [OPTIONS] DOCUMENT_ID\n")
    assert "Xem «ttdn documents show --help» để biết cách dùng." in out
    code, out = cli("--lang", "en", "documents", "show")
    assert code == 2
    assert out.startswith("Usage: ttdn documents show [OPTIONS] DOCUMENT_ID\n")
    assert "Try 'ttdn documents show --help' for help." in out


def test_a_group_without_a_command_shows_its_help(cli) -> None:
    code, out = cli()
    assert code == 0 and out.startswith("Cách dùng: ttdn [OPTIONS] COMMAND") and "Lỗi" not in out
    code, out = cli("documents")
    assert code == 0 and "Lệnh:" in out
    code, out = cli("--lang", "en", "documents")
    assert code == 0 and "Commands:" in out


def test_a_wrong_language_is_refused_in_vietnamese(cli) -> None:
    code, out = cli("--lang", "fr", "documents", "list")
    assert code == 1 and "«fr» không thuộc các giá trị: 'vi', 'en'" in out


def test_arguments_that_are_not_utf8_are_refused(cli) -> None:
    # Python keeps undecodable bytes of argv as lone surrogates (surrogateescape).
    code, out = cli("documents", "show", "\udcff")
    assert code == 1 and out.strip() == "Lỗi: Tham số thứ 3 không phải văn bản UTF-8 hợp lệ."
    code, out = cli("--lang", "en", "fire", "1", "caf\udce9", "--as", "x")
    assert code == 1 and out.strip() == "Error: Argument 5 is not valid UTF-8 text."


def test_language_is_read_before_the_command() -> None:
    assert language_of(["--lang", "en", "documents"]) == "en"
    assert language_of(["--lang=en", "documents"]) == "en"
    assert language_of(["documents", "--lang", "en"]) == "vi"  # belongs to the command
    assert language_of([]) == "vi"


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        (ROW_ID, [("1", 1), ("2147483647", 2147483647)], ["0", "2147483648", "１２", "+1", " 1"]),
        (COUNT, [("0", 0), ("7", 7)], ["-1", "1.0", "٣"]),
        (YEAR, [("2026", 2026)], ["1989", "2101", "２０２６", "2026.0"]),
        (
            AMOUNT,
            [("1250000000", 1_250_000_000), ("1.250.000.000", 1_250_000_000), ("0", 0)],
            ["1,5", "1.5", "1.2500", "-5", "１０００", "1e9", "10000000000000001"],
        ),
    ],
    ids=["id", "count", "year", "amount"],
)
def test_number_types_take_ascii_digits_in_range(kind, good, bad) -> None:
    for text, value in good:
        assert kind.convert(text, None, None) == value
    for text in bad:
        with pytest.raises(BadValue):
            kind.convert(text, None, None)


def test_an_id_too_large_for_the_database_is_a_usage_error(cli) -> None:
    code, out = cli("documents", "show", "99999999999999999999")
    assert code == 1 and "tối đa 2147483647" in out and len(out.strip().splitlines()) == 1
