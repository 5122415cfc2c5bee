"""`ttdn documents …` and `ttdn fire`: documents and the actions on them."""

from __future__ import annotations

from typing import Any

import click

from engine import services
from engine.cli.base import CONTEXT, State, fail, handles_errors, pass_state, text
from engine.cli.types import COUNT, ROW_ID, YEAR
from engine.messages import Message

# --- documents -------------------------------------------------------------------

AS_VIEWER = (
    "See only what this user may see (and, for show, what they may do). "
    "Without --as you act as the operator at the console, who sees every document."
)


def tr(text: Any, lang: str) -> str:
    """A Label/Localized text or a Message in the reader's language."""
    if text is None:
        return ""
    if isinstance(text, Message):
        return text.render(lang)
    return text.en if lang == "en" else text.vi


def viewer_of(state: State, username: str | None) -> services.Viewer:
    return services.user_by_name(state.db, username).id if username else services.OPERATOR


def assignments_of(state: State, option: str, items: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            fail(text(state, "view.bad_assignment", option=option, item=item))
        values[name.strip()] = value
    return values


@click.group(context_settings=CONTEXT)
def documents() -> None:
    """List, inspect, create and edit documents."""


@documents.command("list")
@click.option("--as", "username", help=AS_VIEWER)
@click.option("--state", "state_filter", help="Only documents in this state.")
@click.option("--type", "type_id", help="Only this document type.")
@click.option("--pack", help="Only this pack.")
@click.option("--year", type=YEAR)
@click.option("--overdue", is_flag=True, help="Only documents past the due date of their step.")
@pass_state
@handles_errors
def documents_list(
    state: State,
    username: str | None,
    state_filter: str | None,
    type_id: str | None,
    pack: str | None,
    year: int | None,
    overdue: bool,
) -> None:
    """One line per document: id, type, state, version, due date, title."""
    docs = services.list_documents(
        state.db,
        viewer_of(state, username),
        state=state_filter,
        type_id=type_id,
        pack=pack,
        year=year,
        overdue=overdue,
    )
    today = services.today_in_vietnam()
    due_word = tr(Message("view.due"), state.lang).lower()
    late_word = " QUÁ HẠN" if state.lang == "vi" else " OVERDUE"
    for d in docs:
        due = d.due_date.strftime("%d/%m/%Y") if d.due_date else "-"
        late = late_word if services.is_overdue(d, today) else ""
        click.echo(
            f"#{d.id:<5} {d.pack}/{d.type_id:<18} {d.state:<14} v{d.version:<3} "
            f"{due_word} {due}{late}  {d.title}"
        )
    click.echo(text(state, "view.documents", count=len(docs)))


def print_view(state: State, v: services.DocumentView, username: str | None) -> None:
    lang = state.lang

    def label(key: str) -> str:
        return Message(key).render(lang)

    click.echo(f"#{v.id} {tr(v.type_title, lang)} — {v.title}")
    click.echo(
        f"  {label('view.state')}: {tr(v.state_label, lang)} [{v.state}]  "
        f"{label('view.version')}: {v.version}  {label('view.year')}: {v.year}"
    )
    click.echo(f"  {label('view.unit')}: {v.unit_name}")
    if v.coordinator_name:
        click.echo(f"  {label('view.coordinator')}: {v.coordinator_name}")
    if v.due_text:
        late = f" ({text(state, 'view.overdue', days=v.days_overdue)})" if v.overdue else ""
        click.echo(f"  {label('view.due')}: {v.due_text}{late}")
    for f in v.fields:
        click.echo(f"  {tr(f.label, lang)}: {tr(f.text, lang)}")

    def related(r: services.views.RelatedView) -> str:
        if not r.visible:
            return f"#{r.document_id} {label('view.hidden')}"
        return f"#{r.document_id} {r.title} [{tr(r.state_label, lang)}]"

    if v.parent:
        click.echo(f"  {label('view.parent')}: {related(v.parent)}")
    for r in v.links:
        click.echo(f"  {tr(r.label, lang)}: {related(r)}")
    for r in v.linked_from:
        click.echo(f"  {label('view.linked_from')} ({tr(r.label, lang)}): {related(r)}")
    for r in v.children:
        click.echo(f"  {label('view.children')}: {related(r)}")
    click.echo(f"  {label('view.history')}:")
    for e in v.history:
        who = e.actor_name
        if e.on_behalf_of_name:
            who = text(state, "view.on_behalf", who=who, principal=e.on_behalf_of_name)
        role = f" ({tr(e.role_label, lang)})" if e.role_label else ""
        step = f"{tr(e.from_state_label, lang) or '-'} → {tr(e.to_state_label, lang)}"
        click.echo(
            f"    {e.seq:>3} {e.at_text} {e.kind:<10} {tr(e.action_label, lang) or '-'}: "
            f"{step}  {who}{role}" + (f"  «{e.comment}»" if e.comment else "")
        )
    for s in v.signoffs:
        given = "; ".join(
            g.person + (f" ({g.on_behalf_of})" if g.on_behalf_of else "") for g in s.given
        )
        line = text(state, "view.signoff", action=s.label, given=len(s.given), need=s.need)
        if given:
            line += " — " + text(state, "view.given_by", who=given)
        if s.awaited:
            line += " — " + text(state, "view.awaited_from", parties=list(s.awaited))
        click.echo(f"  {line}")
    if v.actions:
        heading = (
            text(state, "view.actions", user=username)
            if username
            else label("view.actions_operator")
        )
        click.echo(f"  {heading}:")
        for a in v.actions:
            mark = "+" if a.allowed else "-"
            why = "; ".join(r.render(lang) for r in a.reasons)
            click.echo(
                f"    {mark} {a.trigger} ({tr(a.label, lang)})" + (f": {why}" if why else "")
            )


@documents.command("show")
@click.argument("document_id", type=ROW_ID)
@click.option("--as", "username", help=AS_VIEWER)
@pass_state
@handles_errors
def documents_show(state: State, document_id: int, username: str | None) -> None:
    """A document: fields, links, history, sign-offs, and actions with why they are blocked."""
    view = services.document_view(state.db, document_id, viewer_of(state, username))
    print_view(state, view, username)


FIELD_VALUES = click.option(
    "--set",
    "assignments",
    multiple=True,
    metavar="FIELD=VALUE",
    help="A field value (repeatable).",
)


@documents.command("create")
@click.argument("type_id", metavar="TYPE")
@click.option("--as", "username", required=True, help="The user who creates the document.")
@click.option(
    "--unit", "unit_code", help="Unit code (default: the one unit where the user may create TYPE)."
)
@click.option("--year", type=YEAR, help="Plan/report year (default: this year).")
@click.option("--title", required=True, help="Title (trích yếu).")
@click.option(
    "--link",
    "link_items",
    multiple=True,
    metavar="NAME=ID",
    help="Link to another document (repeatable).",
)
@click.option(
    "--parent",
    "parent_id",
    type=ROW_ID,
    help="Shorthand for --link when TYPE declares exactly one link.",
)
@FIELD_VALUES
@pass_state
@handles_errors
def documents_create(
    state: State,
    type_id: str,
    username: str,
    unit_code: str | None,
    year: int | None,
    title: str,
    link_items: tuple[str, ...],
    parent_id: int | None,
    assignments: tuple[str, ...],
) -> None:
    """Create a TYPE document as a user, with the same checks as everywhere; prints #ID."""
    fields = assignments_of(state, "--set", assignments)
    user = services.user_by_name(state.db, username)
    if unit_code:
        unit = services.unit_by_code(state.db, unit_code)
    else:
        candidates = services.author_units(state.db, user.id, type_id)
        if not candidates:
            fail(text(state, "view.no_author_unit", user=username, type=type_id))
        if len(candidates) > 1:
            codes = ", ".join(u.code for u in candidates)
            fail(text(state, "view.choose_unit", user=username, type=type_id, units=codes))
        unit = candidates[0]
    links: dict[str, int] = {}
    for name, raw in assignments_of(state, "--link", link_items).items():
        links[name] = ROW_ID.convert(raw.strip(), None, None)  # ASCII digits, in range
    if parent_id is not None:
        declared = services.link_names(state.db, unit.id, type_id)
        if len(declared) != 1:
            fail(text(state, "view.parent_link", type=type_id, links=", ".join(declared) or "-"))
        links[declared[0]] = parent_id
    doc = services.create_document(
        state.db,
        type_id=type_id,
        unit_id=unit.id,
        year=year or services.today_in_vietnam().year,
        title=title,
        user_id=user.id,
        fields=fields,
        links=links,
    )
    click.echo(f"#{doc.id}")


@documents.command("edit")
@click.argument("document_id", type=ROW_ID)
@click.option("--as", "username", required=True, help="The user who edits.")
@click.option("--title", help="New title (trích yếu).")
@click.option(
    "--expect-version", type=COUNT, help="Refuse if the document is no longer at this version."
)
@FIELD_VALUES
@pass_state
@handles_errors
def documents_edit(
    state: State,
    document_id: int,
    username: str,
    title: str | None,
    expect_version: int | None,
    assignments: tuple[str, ...],
) -> None:
    """Change fields (and the title) of a document in an editable state, as a user."""
    values = assignments_of(state, "--set", assignments)
    user = services.user_by_name(state.db, username)
    # Editing starts from seeing: a document the user may not see is "not found".
    before = services.get_document(state.db, document_id, user.id)
    doc = services.update_fields(
        state.db, document_id, user.id, values, expected_version=expect_version, title=title
    )
    if doc.version == before.version:
        click.echo(text(state, "view.unchanged", id=doc.id))
    else:
        click.echo(text(state, "view.edited", id=doc.id, version=doc.version))


@click.command(context_settings=CONTEXT)
@click.option("--as", "username", required=True, help="Whose inbox.")
@pass_state
@handles_errors
def inbox(state: State, username: str) -> None:
    """Documents waiting for a user's action now (delegations included), oldest due first."""
    user = services.user_by_name(state.db, username)
    items = services.inbox(state.db, user.id)
    lang = state.lang
    for item in items:
        due = item.due_text or "-"
        late = (
            f" ({text(state, 'view.overdue', days=item.days_overdue)})" if item.days_overdue else ""
        )
        actions = ", ".join(tr(label, lang) for _, label in item.actions)
        click.echo(
            f"#{item.document_id:<5} {tr(item.type_title, lang)} — {item.title}\n"
            f"       {tr(item.state_label, lang)} · {item.unit_name} · "
            f"{tr(Message('view.due'), lang)} {due}{late} → {actions}"
        )
    if not items:
        click.echo(text(state, "view.inbox_empty", user=username))
    else:
        click.echo(text(state, "view.documents", count=len(items)))


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
    inputs = assignments_of(state, "--set", assignments)
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
