"""`ttdn documents …` and `ttdn fire`: documents and the actions on them."""

from __future__ import annotations

import click

from engine import services
from engine.cli.base import CONTEXT, State, fail, handles_errors, pass_state
from engine.cli.types import COUNT, ROW_ID, YEAR

# --- documents -------------------------------------------------------------------


@click.group(context_settings=CONTEXT)
def documents() -> None:
    """List and inspect documents."""


@documents.command("list")
@click.option("--state", "state_filter", help="Only documents in this state.")
@click.option("--type", "type_id", help="Only this document type.")
@click.option("--pack", help="Only this pack.")
@click.option("--year", type=YEAR)
@click.option("--overdue", is_flag=True, help="Only documents past the due date of their step.")
@pass_state
@handles_errors
def documents_list(
    state: State,
    state_filter: str | None,
    type_id: str | None,
    pack: str | None,
    year: int | None,
    overdue: bool,
) -> None:
    """One line per document: id, type, state, version, due date, title."""
    docs = services.list_documents(
        state.db, state=state_filter, type_id=type_id, pack=pack, year=year, overdue=overdue
    )
    today = services.today_in_vietnam()
    for d in docs:
        due = d.due_date.strftime("%d/%m/%Y") if d.due_date else "-"
        late = " QUÁ HẠN" if services.is_overdue(d, today) else ""
        click.echo(
            f"#{d.id:<5} {d.pack}/{d.type_id:<18} {d.state:<14} v{d.version:<3} "
            f"hạn {due}{late}  {d.title}"
        )
    click.echo(f"{len(docs)} văn bản" if state.lang == "vi" else f"{len(docs)} document(s)")


@documents.command("show")
@click.argument("document_id", type=ROW_ID)
@click.option("--as", "username", help="Also list what this user may do now, and why not.")
@pass_state
@handles_errors
def documents_show(state: State, document_id: int, username: str | None) -> None:
    """A document's fields, links, history and (with --as) available actions."""
    d = services.get_document(state.db, document_id)
    click.echo(f"#{d.id} {d.pack}/{d.type_id} — {d.title}")
    click.echo(
        f"  state: {d.state}  version: {d.version}  year: {d.year}  "
        f"due: {d.due_date.strftime('%d/%m/%Y') if d.due_date else '-'}"
    )
    for name, value in sorted(d.fields.items()):
        click.echo(f"  {name}: {value}")
    for name, target in services.document_links(state.db, document_id).items():
        click.echo(f"  link {name}: #{target}")
    if d.parent_id:
        click.echo(f"  parent: #{d.parent_id}")
    click.echo("  history:")
    names = {u.id: u.username for u, _ in services.list_users(state.db)}
    for e in services.document_history(state.db, document_id):
        who = names.get(e.actor_id, f"#{e.actor_id}")
        if e.on_behalf_of_id:
            who += f" (thay {names.get(e.on_behalf_of_id, e.on_behalf_of_id)})"
        click.echo(
            f"    {e.seq:>3} {e.at:%d/%m/%Y %H:%M} UTC {e.kind:<10} {e.trigger or '-':<14} "
            f"{e.from_state or '-'} → {e.to_state}  {who} {e.role or ''}"
            + (f"  «{e.comment}»" if e.comment else "")
        )
    if username:
        user = services.user_by_name(state.db, username)
        click.echo(f"  actions for {username}:")
        for a in services.available_actions(state.db, document_id, user.id):
            mark = "+" if a.allowed else "-"
            why = "; ".join(r.render(state.lang) for r in a.reasons)
            click.echo(
                f"    {mark} {a.trigger} ({a.label.get(state.lang)})" + (f": {why}" if why else "")
            )


@click.command(context_settings=CONTEXT)
@click.argument("document_id", type=ROW_ID)
@click.argument("trigger")
@click.option("--as", "username", required=True, help="The user who acts.")
@click.option("--comment", help="Reason / opinion (required by some actions).")
@click.option(
    "--set",
    "assignments",
    multiple=True,
    metavar="FIELD=VALUE",
    help="A field value set by this action (repeatable).",
)
@click.option(
    "--expect-version", type=COUNT, help="Refuse if the document is no longer at this version."
)
@pass_state
@handles_errors
def fire(
    state: State,
    document_id: int,
    trigger: str,
    username: str,
    comment: str | None,
    assignments: tuple[str, ...],
    expect_version: int | None,
) -> None:
    """Fire TRIGGER on DOCUMENT as a user, with the same checks as everywhere else."""
    inputs: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep:
            fail(f"--set {item!r}: expected FIELD=VALUE")
        inputs[name.strip()] = value
    user = services.user_by_name(state.db, username)
    doc = services.fire_transition(
        state.db,
        document_id,
        trigger,
        user.id,
        expected_version=expect_version,
        comment=comment,
        inputs=inputs,
    )
    click.echo(f"#{doc.id}: {doc.state} (v{doc.version})")
