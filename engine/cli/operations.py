"""`ttdn audit …`, `ttdn demo`, `ttdn trace`: verification, demo data, traceability."""

from __future__ import annotations

import json
import sys
from datetime import UTC
from pathlib import Path
from typing import Any

import click

from engine import schema, services
from engine.cli.base import (
    CONTEXT,
    State,
    bundled_definitions,
    fail,
    handles_errors,
    pass_state,
    say,
    text,
)
from engine.definitions import validate_paths
from engine.demo import DEMO_PASSWORD, resolve_pack, seed
from engine.inputs import parse_int
from engine.messages import TEXTS, Message
from engine.rules import CATALOGUE
from engine.services.common import VIETNAM
from engine.trace import build_trace, render_html, render_text
from workflows import ROOT as WORKFLOWS

# --- audit and demo -------------------------------------------------------------------


@click.group(context_settings=CONTEXT)
def audit() -> None:
    """Check the tamper-evident history."""


@audit.command("verify")
@pass_state
@handles_errors
def audit_verify(state: State) -> None:
    """Recompute every document's hash chain (states against last events), then the admin log's."""
    report = services.verify_audit(state.db)
    log = services.verify_admin_log(state.db)  # checked even when a document is broken
    if report.ok:
        say(state, "cli.audit_ok", documents=report.documents, events=report.events)
    else:
        click.echo(
            text(
                state,
                "cli.audit_broken",
                document=report.broken_document,
                seq=report.broken_seq,
                problem=report.problem,
                events=report.events,
            ),
            err=True,
        )
    if log.ok:
        say(state, "cli.adminlog_ok", entries=log.entries)
    else:
        broken = text(
            state,
            "cli.adminlog_broken",
            seq=log.broken_seq,
            problem=log.problem,
            entries=log.entries,
        )
        click.echo(broken, err=True)
    if not (report.ok and log.ok):
        sys.exit(1)


@audit.command("log")
@click.option("--limit", default="50", show_default=True, help="How many entries, newest first.")
@pass_state
@handles_errors
def audit_log(state: State, limit: str) -> None:
    """The admin log, newest first: who, when (Vietnam time), what, before → after."""
    entries = services.admin_log(state.db, limit=parse_int(limit, "limit", low=1, high=100_000))
    if not entries:
        click.echo(Message("cli.adminlog_empty").render(state.lang))
    for e in entries:
        when = e.at.replace(tzinfo=UTC).astimezone(VIETNAM)
        action = (
            Message(f"action.{e.action}").render(state.lang)
            if f"action.{e.action}" in TEXTS
            else e.action
        )
        click.echo(
            f"#{e.seq} {when:%d/%m/%Y %H:%M:%S} {e.actor_label}: {action} [{e.action}] {e.target}: "
            f"{_json(e.before)} → {_json(e.after)}"
        )


def _json(value: object) -> str:
    if value is None:
        return "–"
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


@click.command(context_settings=CONTEXT)
@click.option(
    "--pack",
    default="current",
    show_default=True,
    help="A bundled pack by name, or the path of a pack folder kept anywhere (e.g. ./my_pack).",
)
@pass_state
@handles_errors
def demo(state: State, pack: str) -> None:
    """Seed a demo province (units, one user per role, documents with real history).

    All or nothing: a step the pack refuses leaves nothing behind. A pack folder
    given by path has its definitions loaded first, in the same transaction.
    """
    folder = resolve_pack(pack)
    bundled = folder.resolve().parent == WORKFLOWS
    definitions = bundled_definitions() if bundled else _pack_definitions(folder, state)
    schema.upgrade(state.db)
    report = seed(state.db, folder, definitions=definitions, actor=state.actor)
    if report.already_seeded:
        click.echo(
            Message(
                "demo.already_seeded",
                {"province": report.province, "pack": report.pack, "at": report.seeded_at},
            ).render(state.lang)
        )
        return
    counts = {"users": len(report.users), "documents": report.documents}
    counts["actions"] = report.actions
    click.echo(
        Message("demo.seeded", {"province": report.province, "pack": report.pack, **counts}).render(
            state.lang
        )
    )
    click.echo(
        Message("demo.users", {"password": DEMO_PASSWORD, "users": report.users}).render(state.lang)
    )


def _pack_definitions(folder: Path, state: State) -> list[Any]:
    definitions, problems = validate_paths([folder], catalogue=CATALOGUE)
    if problems:
        fail("\n".join(str(p) for p in problems))
    if not definitions:
        fail(Message("pack.no_definitions", {"path": folder}).render(state.lang))
    return definitions


# --- traceability -------------------------------------------------------------------


@click.command(context_settings=CONTEXT)
@click.option(
    "--features",
    "features_root",
    type=click.Path(path_type=Path),
    default=Path("features"),
    show_default=True,
    help="Folder of the .feature files.",
)
@click.option(
    "--results",
    type=click.Path(path_type=Path),
    default=Path("instance/bdd-results.json"),
    show_default=True,
    help="Results written by the last BDD test run.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "html"]), default="text", show_default=True
)
@click.option("--output", type=click.Path(path_type=Path), help="Write to this file.")
@click.option(
    "--pack",
    "pack_specs",
    multiple=True,
    help="Trace only this pack: a bundled pack by name or a pack folder by path "
    "(e.g. ./my_pack with --features ./my_features). Repeatable; default: every bundled pack.",
)
@pass_state
@handles_errors
def trace(
    state: State,
    features_root: Path,
    results: Path,
    fmt: str,
    output: Path | None,
    pack_specs: tuple[str, ...],
) -> None:
    """Each pack's cited clauses → the scenarios that prove them → their last result.

    Exits 1 when a cited clause has no scenario. Features live in FEATURES/<pack>/;
    with one --pack, .feature files directly in FEATURES belong to that pack.
    """
    if not features_root.is_dir():
        fail(Message("trace.no_features", {"path": features_root}).render(state.lang))
    if pack_specs:
        folders = [resolve_pack(spec) for spec in pack_specs]
        definitions = [d for folder in folders for d in _pack_definitions(folder, state)]
    else:
        folders, definitions = [], bundled_definitions()
    default_pack = folders[0].name if len(folders) == 1 else ""
    run_at, packs = build_trace(definitions, features_root, results, default_pack=default_pack)
    render = render_html if fmt == "html" else render_text
    text = render(run_at, packs, state.lang)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{output}")
    else:
        click.echo(text)
    if any(p.uncovered for p in packs):
        sys.exit(1)
