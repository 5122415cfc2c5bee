"""`ttdn audit …`, `ttdn demo`, `ttdn trace`: verification, demo data, traceability."""

from __future__ import annotations

import json
import sys
from datetime import UTC
from pathlib import Path

import click

from engine import schema, services, versions
from engine.cli.base import (
    CONTEXT,
    State,
    bundled_definitions,
    fail,
    handles_errors,
    pass_state,
)
from engine.demo import DEMO_PASSWORD, DemoError, seed
from engine.inputs import parse_int
from engine.messages import TEXTS, Message
from engine.services.common import VIETNAM
from engine.trace import build_trace, render_html, render_text
from workflows import bundled_packs, pack_path

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
    if not report.ok:
        fail(
            f"BROKEN: document #{report.broken_document}, event {report.broken_seq}: "
            f"{report.problem} (checked {report.events} event(s))"
        )
    click.echo(f"OK: {report.documents} document(s), {report.events} event(s), chains intact")
    log = services.verify_admin_log(state.db)
    if not log.ok:
        broken = Message(
            "cli.adminlog_broken",
            {"seq": log.broken_seq, "problem": log.problem, "entries": log.entries},
        )
        fail(broken.render(state.lang))
    click.echo(Message("cli.adminlog_ok", {"entries": log.entries}).render(state.lang))


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
@click.option("--pack", default="current", show_default=True, help="Which bundled pack.")
@pass_state
@handles_errors
def demo(state: State, pack: str) -> None:
    """Seed a demo province (units, one user per role, documents with real history)."""
    folder = pack_path(pack)
    if not (folder / "organisation.yaml").exists():
        fail(f"no pack {pack!r}; bundled: {', '.join(p.name for p in bundled_packs())}")
    schema.upgrade(state.db)
    versions.load_definitions(state.db, bundled_definitions(), actor=state.actor)
    try:
        report = seed(state.db, folder, today=None, actor=state.actor)
    except DemoError as exc:
        fail(str(exc))
    if not report.users:
        click.echo(f"{report.province} ({report.pack}): đã có dữ liệu demo / already seeded")
        return
    click.echo(
        f"{report.province} ({report.pack}): {len(report.users)} user(s), "
        f"{report.documents} document(s), {report.actions} action(s)"
    )
    click.echo(
        f"demo users (password {DEMO_PASSWORD!r}, demo mode only): " + ", ".join(report.users)
    )


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
def trace(features_root: Path, results: Path, fmt: str, output: Path | None) -> None:
    """Each pack's cited clauses → the scenarios that prove them → their last result.

    Exits 1 when a cited clause has no scenario.
    """

    run_at, packs = build_trace(bundled_definitions(), features_root, results)
    text = render_html(run_at, packs) if fmt == "html" else render_text(run_at, packs)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{output}")
    else:
        click.echo(text)
    if any(p.uncovered for p in packs):
        sys.exit(1)
