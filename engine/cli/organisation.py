"""`ttdn units|users|ceilings …`: the organisation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from engine import services
from engine.cli.base import CONTEXT, State, fail, handles_errors, pass_state
from engine.cli.types import AMOUNT, YEAR
from engine.messages import format_vnd
from engine.organisation import load_organisation

# --- organisation ----------------------------------------------------------------


@click.group(context_settings=CONTEXT)
def units() -> None:
    """Import and list units (đơn vị)."""


@units.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--pack", help="Pack the units belong to (default: the file's folder name).")
@pass_state
@handles_errors
def units_import(state: State, file: Path, pack: str | None) -> None:
    """Create or update the unit tree (and budget ceilings) from an organisation.yaml."""
    org = load_organisation(file)
    report = services.import_units(
        state.db, org.units, pack=pack or file.resolve().parent.name, ceilings=org.ceilings
    )
    click.echo(
        f"{len(report.created)} created, {len(report.updated)} updated, "
        f"{report.ceilings} ceiling(s)"
    )


@units.command("list")
@pass_state
@handles_errors
def units_list(state: State) -> None:
    """The unit tree: code, kind, name, coordinating unit."""
    all_units = services.list_units(state.db)
    by_id = {u.id: u for u in all_units}
    for u in all_units:
        depth, p = 0, u
        while p.parent_id in by_id and depth < 20:
            depth, p = depth + 1, by_id[p.parent_id]
        coord = f"  → đầu mối {by_id[u.coordinator_id].code}" if u.coordinator_id in by_id else ""
        click.echo(f"{'  ' * depth}{u.code} [{u.kind}] {u.name}{coord}")


@click.group(context_settings=CONTEXT)
def users() -> None:
    """Manage users, their roles in units, and delegations."""


@users.command("add")
@click.argument("username")
@click.option("--full-name", required=True, help="Họ và tên.")
@click.option("--title", default="", help="Chức vụ.")
@click.option(
    "--password",
    envvar="TTDN_NEW_PASSWORD",
    help="Or set TTDN_NEW_PASSWORD; prompted when neither is given.",
)
@pass_state
@handles_errors
def users_add(
    state: State, username: str, full_name: str, title: str, password: str | None
) -> None:
    """Create a user account."""
    if password is None:
        if not sys.stdin.isatty():
            fail("--password or TTDN_NEW_PASSWORD is required without a terminal")
        password = click.prompt("Mật khẩu / password", hide_input=True, confirmation_prompt=True)
    user_id = services.add_user(
        state.db, username=username, password=password, full_name=full_name, title=title
    )
    click.echo(f"user {username} created (id {user_id})")


@users.command("list")
@pass_state
@handles_errors
def users_list(state: State) -> None:
    """Users, their titles and their roles in units."""
    for user, grants in services.list_users(state.db):
        roles = ", ".join(f"{r}@{c}" for r, c in grants) or "-"
        flags = ("" if user.is_active else " [khóa]") + (" [demo]" if user.is_demo else "")
        click.echo(f"{user.username:<16} {user.full_name} ({user.title or '-'}){flags}: {roles}")


@users.command("grant")
@click.argument("username")
@click.argument("role")
@click.argument("unit")
@pass_state
@handles_errors
def users_grant(state: State, username: str, role: str, unit: str) -> None:
    """Give USERNAME the ROLE in the UNIT (unit code)."""
    services.grant_role(state.db, username=username, role=role, unit_code=unit)
    click.echo(f"{username}: {role} @ {unit}")


@users.command("delegate")
@click.argument("principal")
@click.argument("delegate")
@click.argument("role")
@click.argument("unit")
@click.option("--from", "starts", required=True, type=click.DateTime(["%d/%m/%Y", "%Y-%m-%d"]))
@click.option("--to", "ends", required=True, type=click.DateTime(["%d/%m/%Y", "%Y-%m-%d"]))
@pass_state
@handles_errors
def users_delegate(
    state: State, principal: str, delegate: str, role: str, unit: str, starts: Any, ends: Any
) -> None:
    """PRINCIPAL lends ROLE in UNIT to DELEGATE for a date range (ủy quyền)."""
    services.delegate(
        state.db,
        principal=principal,
        delegate_to=delegate,
        role=role,
        unit_code=unit,
        starts_on=starts.date(),
        ends_on=ends.date(),
    )
    click.echo(f"{principal} → {delegate}: {role} @ {unit}, {starts:%d/%m/%Y}–{ends:%d/%m/%Y}")


@click.group(context_settings=CONTEXT)
def ceilings() -> None:
    """Budget ceilings used by the year_sum_within_ceiling guard."""


@ceilings.command("set")
@click.argument("pack")
@click.argument("key")
@click.argument("year", type=YEAR)
@click.argument("amount", type=AMOUNT)
@pass_state
@handles_errors
def ceilings_set(state: State, pack: str, key: str, year: int, amount: int) -> None:
    """Set the ceiling KEY of PACK for YEAR to AMOUNT (VND)."""
    services.set_ceiling(state.db, pack=pack, key=key, year=year, amount=amount)
    click.echo(f"{pack}/{key} {year}: {format_vnd(amount)}")
