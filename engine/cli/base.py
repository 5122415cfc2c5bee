"""What every `ttdn` command shares: the top group, the state, error handling."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click
from sqlalchemy.engine import Engine

from engine import versions
from engine.adminlog import AdminActor, operator_actor
from engine.cli import helptext, usage
from engine.db import make_engine
from engine.definitions import validate_paths
from engine.errors import EngineError
from engine.messages import Message
from engine.organisation import OrganisationError
from engine.rules import CATALOGUE
from workflows import bundled_packs

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class State:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._db: Engine | None = None

    @property
    def db(self) -> Engine:
        if self._db is None:
            self._db = make_engine()
        return self._db

    @property
    def actor(self) -> AdminActor:
        """Who the admin log records for a change made from this console."""
        return operator_actor()


def text(state: State, message_key: str, **params: Any) -> str:
    """A message of the catalogue (engine/messages.py) in the user's language."""
    return Message(message_key, params).render(state.lang)


def say(state: State, message_key: str, **params: Any) -> None:
    click.echo(text(state, message_key, **params))


def fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)


def handles_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn engine errors into a message in the user's language and exit 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        state: State = click.get_current_context().find_object(State)
        try:
            return func(*args, **kwargs)
        except EngineError as exc:
            fail(exc.render_all(state.lang))
        except OrganisationError as exc:
            fail(exc.render(state.lang))

    return wrapper


class TtdnGroup(click.Group):
    """The top group: click's own errors in the user's language, and no non-UTF-8 arguments."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang = usage.language_of(argv)
        usage.refuse_non_utf8(argv, lang)
        helptext.apply(self, lang)  # --help in the user's language
        if not standalone_mode:
            return super().main(argv, prog_name, complete_var, False, **extra)
        try:
            result = super().main(argv, prog_name, complete_var, False, **extra)
        except click.ClickException as exc:
            sys.exit(usage.report(exc, lang))
        except click.Abort:
            click.echo(usage.text("aborted", lang), err=True)
            sys.exit(1)
        # Non-standalone click returns the exit code of --help and ctx.exit().
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=TtdnGroup, context_settings=CONTEXT)
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default="vi",
    show_default=True,
    help="Language of messages.",
)
@click.pass_context
def main(ctx: click.Context, lang: str) -> None:
    """TTĐN: quy trình phê duyệt công tác thông tin đối ngoại.

    Workflow and approval engine for provincial foreign-information work.
    The database is DATABASE_URL (default: a SQLite file in ./instance).
    """
    ctx.obj = State(lang)


pass_state = click.make_pass_decorator(State)


def bundled_definitions() -> list[Any]:
    definitions, problems = validate_paths(bundled_packs(), catalogue=CATALOGUE)
    if problems:
        fail("\n".join(str(p) for p in problems))
    return definitions


def print_load(state: State, results: list[versions.LoadResult]) -> None:
    for r in results:
        outcome = text(state, f"load.{r.outcome}")
        click.echo(f"{outcome:<12} {r.pack}/{r.type_id} v{r.version} {r.hash[:12]}")
