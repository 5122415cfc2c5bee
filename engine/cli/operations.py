"""`ttdn audit …`, `ttdn demo`, `ttdn trace`: verification, demo data, traceability."""

from __future__ import annotations

import sys
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
    """Recompute every document's hash chain and compare states with the last events."""
    report = services.verify_audit(state.db)
    if report.ok:
        click.echo(f"OK: {report.documents} document(s), {report.events} event(s), chains intact")
        return
    fail(
        f"BROKEN: document #{report.broken_document}, event {report.broken_seq}: {report.problem} "
        f"(checked {report.events} event(s))"
    )


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
    versions.load_definitions(state.db, bundled_definitions())
    try:
        report = seed(state.db, folder, today=None)
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
