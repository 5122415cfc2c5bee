"""No input ends in a traceback: every service, and every command, with arbitrary values.

Each public service of `engine.services` is called with arbitrary text, numbers
(far beyond the database's integer range included), dates and mappings, built
from its signature, so that a service added later is covered without editing
this file (an annotation this file cannot fill fails the test, loudly).  The
only exceptions allowed out are the engine's own errors.  The same holds for
every leaf command of `ttdn`: it exits 0, 1 or 2 with a message, never with an
exception.
"""

from __future__ import annotations

import contextlib
import inspect
from datetime import date
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine import services
from engine.cli import main
from engine.errors import EngineError
from tests.conftest import World

# Text a user could type, and the text that breaks naive code: NUL, surrogates are
# impossible in Python str from a terminal (refused earlier), bidi controls,
# combining marks (NFD), full-width digits, very long strings.
TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "\u202eđảo",
            "Ha\u0300 Noi",
            "１２３",
            "1.250.000.000",
            "1,5",
            "-1",
            "9" * 30,
            "x" * 600,
            "cv.phongtho",
            "XA_A",
            "unit_plan",
            "submit",
        ]
    ),
)
BIG = 2**63
INTS = st.one_of(st.integers(-5, 50), st.integers(-BIG * 4, BIG * 4))
DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
SCALARS = st.one_of(st.none(), TEXT, INTS, st.floats(), st.booleans())
MAPPINGS = st.dictionaries(TEXT, SCALARS, max_size=4)


def _strategy(name: str, annotation: str) -> st.SearchStrategy[Any] | None:
    """A strategy for one parameter; None means "leave the default"."""
    if name in {"db", "cache"}:
        return None
    kinds = {part.strip() for part in annotation.replace("Optional[", "").split("|")}
    options: list[st.SearchStrategy[Any]] = []
    if "None" in kinds:
        options.append(st.none())
    if kinds & {"int"}:
        options.append(INTS)
    if kinds & {"str"}:
        options.append(TEXT)
    if kinds & {"date"}:
        options.append(DATES)
    if kinds & {"bool"}:
        options.append(st.booleans())
    if kinds & {"Viewer", "Acting"}:  # the console operator, or any user id at all
        options.append(st.one_of(st.just(services.OPERATOR), INTS))
    if any(k.startswith("dict[") for k in kinds):
        options.append(MAPPINGS)
    if any(k.startswith("list[dict") for k in kinds):
        options.append(st.lists(MAPPINGS, max_size=3))
    if not options:
        raise AssertionError(f"no strategy for parameter {name}: {annotation}")
    return st.one_of(options)


def _services() -> list[str]:
    names = []
    for name in services.__all__:
        func = getattr(services, name)
        if inspect.isfunction(func) and "db" in inspect.signature(func).parameters:
            names.append(name)
    return sorted(names)


SERVICES = _services()


def _arguments(name: str) -> st.SearchStrategy[dict[str, Any]]:
    signature = inspect.signature(getattr(services, name))
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for param in signature.parameters.values():
        strategy = _strategy(param.name, str(param.annotation))
        if strategy is not None:
            fields[param.name] = strategy
    return st.fixed_dictionaries(fields)


def test_every_service_is_driven() -> None:
    assert {"fire_transition", "create_document", "import_units", "set_ceiling"} <= set(SERVICES)


@pytest.mark.parametrize("name", SERVICES)
def test_services_raise_only_engine_errors(world: World, name: str) -> None:
    func = getattr(services, name)

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        derandomize=True,
    )
    @given(kwargs=_arguments(name))
    def check(kwargs: dict[str, Any]) -> None:
        with contextlib.suppress(EngineError):  # the engine's own answer: allowed
            func(world.db, **kwargs)

    check()


# --- the command line ------------------------------------------------------------------


def _leaf_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name, cmd in sorted(group.commands.items()):
        if isinstance(cmd, click.Group):
            found += _leaf_commands(cmd, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


# Commands that rebuild or seed the whole database: driven once each below, not fuzzed.
SLOW = {("init",), ("demo",)}
COMMANDS = [c for c in _leaf_commands(main) if c not in SLOW]


def _command(path: tuple[str, ...]) -> click.Command:
    cmd: Any = main
    for part in path:
        cmd = cmd.commands[part]
    return cmd


def _command_lines(path: tuple[str, ...]) -> st.SearchStrategy[list[str]]:
    """Arguments for a command: its options with arbitrary values, positionals arbitrary."""
    cmd = _command(path)
    parts: list[st.SearchStrategy[list[str]]] = []
    # A command line cannot carry NUL (argv is C strings); anything else can.
    text = TEXT.filter(lambda t: "\x00" not in t)
    for param in cmd.params:
        value = st.one_of(text, INTS.map(str))
        if isinstance(param, click.Argument):
            count = 1 if param.nargs == 1 else 2
            parts.append(st.lists(value, min_size=count, max_size=count))
        elif param.is_flag:
            parts.append(st.sampled_from([[], [param.opts[0]]]))
        elif param.name != "help":
            parts.append(st.one_of(st.just([]), value.map(lambda v, o=param.opts[0]: [o, v])))
    return st.tuples(st.sampled_from(["vi", "en"]), *parts).map(
        lambda t: ["--lang", t[0], *path, *[a for group in t[1:] for a in group]]
    )


@pytest.fixture(scope="module")
def cli_database(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli")
    url = f"sqlite:///{folder / 'ttdn.sqlite3'}"
    result = CliRunner().invoke(main, ["init"], env={"DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    return url


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_commands_never_end_in_a_traceback(
    cli_database: str, path: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # commands that write files (--output) write them here
    runner = CliRunner()
    env = {"DATABASE_URL": cli_database, "TTDN_NEW_PASSWORD": "mật-khẩu-đủ-dài"}

    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        derandomize=True,
    )
    @given(args=_command_lines(path))
    def check(args: list[str]) -> None:
        result = runner.invoke(main, args, env=env)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"ttdn {' '.join(map(repr, args))}") from result.exception
        assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output)
        if result.exit_code:
            assert result.output.strip(), f"no message for ttdn {args}"

    check()
