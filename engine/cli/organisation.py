"""`ttdn units|users|ceilings …`: the organisation."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from engine import services
from engine.cli.base import CONTEXT, State, fail, handles_errors, pass_state
from engine.cli.types import AMOUNT, ROW_ID, YEAR
from engine.cli.usage import BadValue
from engine.errors import InvalidInput
from engine.inputs import parse_date
from engine.messages import Message, format_vnd
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
        state.db,
        org.units,
        actor=state.actor,
        pack=pack or file.resolve().parent.name,
        ceilings=org.ceilings,
    )
    say(
        state,
        "cli.units_imported",
        created=len(report.created),
        updated=len(report.updated),
        unchanged=len(report.unchanged),
        ceilings=report.ceilings,
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
        coord = (
            "  → "
            + Message("cli.coordinator", {"unit": by_id[u.coordinator_id].code}).render(state.lang)
            if u.coordinator_id in by_id
            else ""
        )
        click.echo(f"{'  ' * depth}{u.code} [{u.kind}] {u.name}{coord}")


class Day(click.ParamType):
    """A date written dd/mm/yyyy or yyyy-mm-dd in digits 0-9 (full-width digits are refused).

    Whether the date is within the years the engine accepts is the service's to say.
    """

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return parse_date(value, within=(date.min, date.max))
        except InvalidInput:
            raise BadValue("not_a_date", value=value, formats="dd/mm/yyyy, yyyy-mm-dd") from None


DAY = Day()


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
    """Create a user account (recorded in the admin log, as every change below)."""
    if password is None:
        if not sys.stdin.isatty():
            fail(Message("cli.password_needed").render(state.lang))
        prompt = Message("cli.password_prompt").render(state.lang)
        password = click.prompt(prompt, hide_input=True, confirmation_prompt=True)
    user_id = services.add_user(
        state.db,
        actor=state.actor,
        username=username,
        password=password,
        full_name=full_name,
        title=title,
    )
    say(state, "cli.user_added", user=username, id=user_id)


@users.command("disable")
@click.argument("username")
@pass_state
@handles_errors
def users_disable(state: State, username: str) -> None:
    """Disable an account: it can no longer log in or act. Users are never deleted."""
    changed = services.disable_user(state.db, actor=state.actor, username=username)
    say(state, "cli.user_disabled" if changed else "cli.user_already_disabled", user=username)


@users.command("list")
@pass_state
@handles_errors
def users_list(state: State) -> None:
    """Users, their titles and their roles in units."""
    for user, grants in services.list_users(state.db):
        roles = ", ".join(f"{r}@{c}" for r, c in grants) or "-"
        disabled = Message("cli.flag_disabled").render(state.lang)
        flags = ("" if user.is_active else f" [{disabled}]") + (" [demo]" if user.is_demo else "")
        click.echo(f"{user.username:<16} {user.full_name} ({user.title or '-'}){flags}: {roles}")


@users.command("grant")
@click.argument("username")
@click.argument("role")
@click.argument("unit")
@pass_state
@handles_errors
def users_grant(state: State, username: str, role: str, unit: str) -> None:
    """Give USERNAME the ROLE in the UNIT (unit code); the role must be declared by a workflow."""
    changed = services.grant_role(
        state.db, actor=state.actor, username=username, role=role, unit_code=unit
    )
    key = "cli.granted" if changed else "cli.already_granted"
    say(state, key, user=username, role=role, unit=unit)


@users.command("revoke")
@click.argument("username")
@click.argument("role")
@click.argument("unit")
@pass_state
@handles_errors
def users_revoke(state: State, username: str, role: str, unit: str) -> None:
    """Take the ROLE in the UNIT away from USERNAME (their delegations of it lapse)."""
    services.revoke_role(state.db, actor=state.actor, username=username, role=role, unit_code=unit)
    say(state, "cli.revoked", user=username, role=role, unit=unit)


@users.command("delegate")
@click.argument("principal")
@click.argument("delegate")
@click.argument("role")
@click.argument("unit")
@click.option("--from", "starts", required=True, type=DAY, help="First day (dd/mm/yyyy).")
@click.option("--to", "ends", required=True, type=DAY, help="Last day (dd/mm/yyyy).")
@pass_state
@handles_errors
def users_delegate(
    state: State, principal: str, delegate: str, role: str, unit: str, starts: date, ends: date
) -> None:
    """PRINCIPAL lends ROLE in UNIT to DELEGATE for a date range (ủy quyền)."""
    delegation_id = services.delegate(
        state.db,
        actor=state.actor,
        principal=principal,
        delegate_to=delegate,
        role=role,
        unit_code=unit,
        starts_on=starts,
        ends_on=ends,
    )
    row = next(d for d in services.list_delegations(state.db) if d["id"] == delegation_id)
    _say_delegation(state, "cli.delegated", row)


@users.command("delegations")
@pass_state
@handles_errors
def users_delegations(state: State) -> None:
    """Every delegation with its id (for `users undelegate`), newest first."""
    rows = services.list_delegations(state.db)
    if not rows:
        say(state, "cli.no_delegations")
    for row in rows:
        _say_delegation(state, "cli.delegated", row)


@users.command("undelegate")
@click.argument("delegation_id", metavar="ID", type=ROW_ID)
@pass_state
@handles_errors
def users_undelegate(state: State, delegation_id: int) -> None:
    """Revoke the delegation ID (see `users delegations`)."""
    services.revoke_delegation(state.db, actor=state.actor, delegation_id=delegation_id)
    say(state, "cli.undelegated", id=delegation_id)


def _say_delegation(state: State, key: str, row: dict[str, Any]) -> None:
    say(
        state,
        key,
        id=row["id"],
        principal=row["principal"],
        delegate=row["delegate"],
        role=row["role"],
        unit=row["unit"],
        start=f"{row['starts_on']:%d/%m/%Y}",
        end=f"{row['ends_on']:%d/%m/%Y}",
    )


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
    """Set the ceiling KEY of a loaded PACK for YEAR to AMOUNT (whole đồng, digits 0-9)."""
    services.set_ceiling(state.db, actor=state.actor, pack=pack, key=key, year=year, amount=amount)
    say(state, "cli.ceiling_set", pack=pack, key=key, year=year, amount=format_vnd(amount))


def say(state: State, message_key: str, **params: Any) -> None:
    # Not `key`: a message's parameters may be called so (the ceiling key).
    click.echo(Message(message_key, params).render(state.lang))
