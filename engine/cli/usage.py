"""Mistakes on the command line itself, told in the user's language.

Click reports a wrong option, a missing argument or a value its types refuse
in English.  `TtdnGroup` runs the command in click's non-standalone mode and
renders those errors here instead: by the exception's kind and attributes
where click gives them, and by the few message shapes of click's own
parameter types otherwise (anything unrecognised is shown as click wrote it,
never dropped).  Arguments that are not valid UTF-8 (Python keeps them as lone
surrogates) are refused before click sees them, since echoing them back would
itself fail.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

import click

LANGS = ("vi", "en")

TEXTS: dict[str, dict[str, str]] = {
    "usage": {"vi": "Cách dùng: {usage}", "en": "Usage: {usage}"},
    "try_help": {
        "vi": "Xem «{command} --help» để biết cách dùng.",
        "en": "Try '{command} --help' for help.",
    },
    "error": {"vi": "Lỗi: {message}", "en": "Error: {message}"},
    "aborted": {"vi": "Đã hủy.", "en": "Aborted."},
    "not_utf8": {
        "vi": "Tham số thứ {index} không phải văn bản UTF-8 hợp lệ.",
        "en": "Argument {index} is not valid UTF-8 text.",
    },
    "no_such_option": {"vi": "Không có tùy chọn «{name}».", "en": "No such option '{name}'."},
    "did_you_mean": {"vi": "Có phải ý bạn là {names}?", "en": "Did you mean {names}?"},
    "no_such_command": {"vi": "Không có lệnh «{name}».", "en": "No such command '{name}'."},
    "missing_argument": {"vi": "Thiếu tham số {name}.", "en": "Missing argument {name}."},
    "missing_option": {"vi": "Thiếu tùy chọn {name}.", "en": "Missing option {name}."},
    "missing_command": {"vi": "Thiếu lệnh.", "en": "Missing command."},
    "bad_value": {
        "vi": "Giá trị không hợp lệ cho {name}: {problem}",
        "en": "Invalid value for {name}: {problem}",
    },
    "bad_value_bare": {"vi": "Giá trị không hợp lệ: {problem}", "en": "Invalid value: {problem}"},
    "extra_arguments": {
        "vi": "Thừa tham số: {args}.",
        "en": "Got unexpected extra argument(s): {args}.",
    },
    "option_needs_value": {
        "vi": "Tùy chọn «{name}» cần một giá trị.",
        "en": "Option '{name}' requires an argument.",
    },
    "option_takes_no_value": {
        "vi": "Tùy chọn «{name}» không nhận giá trị.",
        "en": "Option '{name}' does not take a value.",
    },
    "not_an_integer": {
        "vi": "«{value}» không phải số nguyên.",
        "en": "'{value}' is not a valid integer.",
    },
    "not_one_of": {
        "vi": "«{value}» không thuộc các giá trị: {choices}.",
        "en": "'{value}' is not one of {choices}.",
    },
    "not_a_date": {
        "vi": "«{value}» không đúng dạng ngày {formats}.",
        "en": "'{value}' does not match the format {formats}.",
    },
    "no_such_path": {"vi": "Không có «{path}».", "en": "'{path}' does not exist."},
    "is_a_directory": {
        "vi": "«{path}» là một thư mục, cần một tệp.",
        "en": "'{path}' is a directory, not a file.",
    },
    "is_a_file": {
        "vi": "«{path}» là một tệp, cần một thư mục.",
        "en": "'{path}' is a file, not a directory.",
    },
    "not_readable": {"vi": "Không đọc được «{path}».", "en": "'{path}' is not readable."},
    "bad_id": {
        "vi": "«{value}» không phải số hiệu hợp lệ (số nguyên dương bằng chữ số 0–9, "
        "tối đa {max}).",
        "en": "'{value}' is not a valid id (a positive whole number in digits 0–9, at most {max}).",
    },
    "bad_count": {
        "vi": "«{value}» không phải số đếm hợp lệ (số nguyên từ 0 bằng chữ số 0–9, tối đa {max}).",
        "en": "'{value}' is not a valid count (a whole number from 0 in digits 0–9, "
        "at most {max}).",
    },
    "bad_year": {
        "vi": "«{value}» không phải năm hợp lệ (từ {min} đến {max}, bằng chữ số 0–9).",
        "en": "'{value}' is not a valid year ({min} to {max}, in digits 0–9).",
    },
    "bad_amount": {
        "vi": "«{value}» không phải số tiền hợp lệ: đồng, số nguyên bằng chữ số 0–9 "
        "(có thể nhóm ba chữ số bằng dấu chấm, như 1.250.000.000), tối đa {max}.",
        "en": "'{value}' is not a valid amount: whole đồng in digits 0–9 "
        "(optionally grouped by dots, as in 1.250.000.000), at most {max}.",
    },
}


def text(key: str, lang: str, **params: Any) -> str:
    return TEXTS[key][lang if lang in LANGS else "vi"].format(**params)


def language_of(args: Sequence[str]) -> str:
    """The --lang given before the command, read before click parses anything."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1] if args[i + 1] in LANGS else "vi"
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
            return value if value in LANGS else "vi"
        if not arg.startswith("-"):
            break  # the command name: --lang belongs before it
    return "vi"


def first_non_utf8(args: Sequence[str]) -> int | None:
    """1-based index of the first argument that was not valid UTF-8 on the command line."""
    for i, arg in enumerate(args, 1):
        if any("\udc80" <= ch <= "\udcff" for ch in arg):
            return i
    return None


# Messages of click's own parameter types, recognised by shape (click 8).
_TYPE_MESSAGES = [
    (re.compile(r"^'?(?P<value>.*?)'? is not a valid integer\.$", re.S), "not_an_integer"),
    (re.compile(r"^'?(?P<value>.*?)'? is not one of (?P<choices>.*)\.$", re.S), "not_one_of"),
    (re.compile(r"^'?(?P<value>.*?)'? is not (?P<choices>'[^']*')\.$", re.S), "not_one_of"),
    (
        re.compile(r"^'?(?P<value>.*?)'? does not match the formats? (?P<formats>.*)\.$", re.S),
        "not_a_date",
    ),
    (re.compile(r"^\w+ '?(?P<path>.*?)'? does not exist\.$", re.S), "no_such_path"),
    (re.compile(r"^\w+ '?(?P<path>.*?)'? is a directory\.$", re.S), "is_a_directory"),
    (re.compile(r"^\w+ '?(?P<path>.*?)'? is a file\.$", re.S), "is_a_file"),
    (re.compile(r"^\w+ '?(?P<path>.*?)'? is not readable\.$", re.S), "not_readable"),
]

_USAGE_MESSAGES = [
    (re.compile(r"^No such command '(?P<name>.*)'\.$", re.S), "no_such_command"),
    (re.compile(r"^Got unexpected extra arguments? \((?P<args>.*)\)$", re.S), "extra_arguments"),
    (re.compile(r"^Option '(?P<name>.*)' requires an argument\.$", re.S), "option_needs_value"),
    (re.compile(r"^Option '(?P<name>.*)' does not take a value\.$", re.S), "option_takes_no_value"),
    (re.compile(r"^Missing command\.$"), "missing_command"),
]


def _translate(message: str, table: list[tuple[re.Pattern[str], str]], lang: str) -> str:
    for pattern, key in table:
        match = pattern.match(message.strip())
        if match:
            return text(key, lang, **match.groupdict())
    return message


class BadValue(click.BadParameter):
    """A value our own parameter types refuse, with its reason as a key of TEXTS."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(text(key, "en", **params))
        self.key = key
        self.params = params


def describe(exc: click.ClickException, lang: str) -> str:
    """The one-line reason of a click error, in `lang`."""
    if isinstance(exc, click.NoSuchOption):
        line = text("no_such_option", lang, name=exc.option_name)
        if exc.possibilities:
            names = ", ".join(f"«{p}»" for p in sorted(exc.possibilities))
            line += " " + text("did_you_mean", lang, names=names)
        return line
    if isinstance(exc, click.MissingParameter):
        param = exc.param
        if isinstance(param, click.Argument):
            return text("missing_argument", lang, name=param.make_metavar(exc.ctx))
        if param is not None:
            return text("missing_option", lang, name=" / ".join(param.opts))
    if isinstance(exc, click.BadParameter):
        if isinstance(exc, BadValue):
            problem = text(exc.key, lang, **exc.params)
        else:
            problem = _translate(exc.message, _TYPE_MESSAGES, lang)
        hint = exc.param_hint
        if hint is None and exc.param is not None:
            hint = exc.param.get_error_hint(exc.ctx) if exc.ctx else exc.param.name
        if hint:
            return text("bad_value", lang, name=hint, problem=problem)
        return text("bad_value_bare", lang, problem=problem)
    if isinstance(exc, click.UsageError):
        return _translate(exc.message, _USAGE_MESSAGES, lang)
    return exc.format_message()


def report(exc: click.ClickException, lang: str) -> int:
    """Print a click error in `lang`, on standard error; return the exit status.

    A value refused (an id, a year, a date, a file) is one line and status 1, like
    the engine's own refusals; a command used wrongly (unknown option or command,
    a missing argument) also shows the usage line, status 2 as click's; a group
    given no command shows its help.
    """
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click.exceptions.NoArgsIsHelpError) and ctx is not None:
        click.echo(ctx.get_help())
        return 0
    if isinstance(exc, click.BadParameter) and not isinstance(exc, click.MissingParameter):
        click.echo(text("error", lang, message=describe(exc, lang)), err=True)
        return 1
    if isinstance(exc, click.UsageError) and ctx is not None:
        usage = ctx.get_usage().removeprefix("Usage: ").strip()
        click.echo(text("usage", lang, usage=usage), err=True)
        click.echo(text("try_help", lang, command=ctx.command_path), err=True)
        click.echo(err=True)
    click.echo(text("error", lang, message=describe(exc, lang)), err=True)
    return exc.exit_code


def refuse_non_utf8(args: Sequence[str], lang: str) -> None:
    index = first_non_utf8(args)
    if index is not None:
        click.echo(text("error", lang, message=text("not_utf8", lang, index=index)), err=True)
        sys.exit(1)
