"""`ttdn init` and `ttdn workflows …`: the database and the definitions it runs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from sqlalchemy.engine import make_url

from engine import schema, versions
from engine.cli.base import (
    CONTEXT,
    State,
    bundled_definitions,
    fail,
    handles_errors,
    pass_state,
    print_load,
    say,
)
from engine.db import database_url
from engine.definitions import validate_paths
from engine.definitions.problems import problem, tr
from engine.packcheck import validate_packs
from engine.rules import CATALOGUE


@click.command(context_settings=CONTEXT)
@click.option("--no-packs", is_flag=True, help="Only create/upgrade the schema.")
@pass_state
@handles_errors
def init(state: State, no_packs: bool) -> None:
    """Create or upgrade the database, then load the bundled workflow packs."""
    schema.upgrade(state.db)
    say(state, "cli.schema_at", revision=schema.current_revision(state.db), url=_safe_url())
    if not no_packs:
        print_load(
            state, versions.load_definitions(state.db, bundled_definitions(), actor=state.actor)
        )


def _safe_url() -> str:
    return make_url(database_url()).render_as_string(hide_password=True)


# --- workflows ----------------------------------------------------------------


@click.group(context_settings=CONTEXT)
def workflows() -> None:
    """Validate, load, compare and list workflow definitions."""


@workflows.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_state
def workflows_validate(state: State, paths: tuple[Path, ...]) -> None:
    """Check definition files or pack folders (with their organisation.yaml and demo.yaml),
    without touching a database."""
    definitions, problems = validate_packs(paths, catalogue=CATALOGUE)
    if not definitions and not problems:  # e.g. only empty folders' files were filtered out
        problems = [problem(str(p), 1, tr("pack.no_definition")) for p in paths]
    if problems:
        for p in problems:
            click.echo(p.render(state.lang))
        vi, en = f"{len(problems)} lỗi", f"{len(problems)} problem(s)"
        click.echo(vi if state.lang == "vi" else en, err=True)
        sys.exit(1)
    packs = sorted({d.pack or "" for d in definitions})
    n, k, names = len(definitions), len(packs), ", ".join(packs)
    if state.lang == "vi":
        click.echo(f"OK: {n} định nghĩa trong {k} gói: {names}")
    else:
        click.echo(f"OK: {n} definition(s) in {k} pack(s): {names}")


def _definitions_from(paths: tuple[Path, ...]) -> list[Any]:
    if not paths:
        return bundled_definitions()
    definitions, problems = validate_paths(paths, catalogue=CATALOGUE)
    if problems:
        lang = click.get_current_context().find_object(State).lang
        fail("\n".join(p.render(lang) for p in problems))
    return definitions


@workflows.command("load")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@pass_state
@handles_errors
def workflows_load(state: State, paths: tuple[Path, ...]) -> None:
    """Store definitions as versions (default: the bundled packs). Unchanged content is skipped."""
    definitions = _definitions_from(paths)
    print_load(state, versions.load_definitions(state.db, definitions, actor=state.actor))


@workflows.command("diff")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@pass_state
@handles_errors
def workflows_diff(state: State, paths: tuple[Path, ...]) -> None:
    """Dry run: which in-flight documents the new definitions would affect."""
    for d in versions.diff_definitions(state.db, _definitions_from(paths)):
        head = f"{d.pack}/{d.type_id}"
        if d.current_version is None:
            say(state, "diff.new_type", type=head)
        elif not d.changed:
            say(state, "diff.unchanged", type=head, version=d.current_version)
        else:
            say(state, "diff.changed", type=head, version=d.current_version, count=len(d.impacts))
            for i in d.impacts:
                click.echo(f"  #{i.document_id} [{i.state}, v{i.version}] {i.title}")
                for p in i.problems:
                    click.echo(f"      {p.render(state.lang)}")


@workflows.command("list")
@pass_state
@handles_errors
def workflows_list(state: State) -> None:
    """Types, versions, hash prefixes and document counts per state."""
    for v in versions.list_versions(state.db):
        mark = "*" if v.is_current else " "
        counts = ", ".join(f"{s}={n}" for s, n in sorted(v.counts.items())) or "-"
        click.echo(f"{mark} {v.pack}/{v.type_id} v{v.version} {v.hash[:12]}  {v.title}  [{counts}]")
