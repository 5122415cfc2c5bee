"""`ttdn`: setup and operations from the console.

Every command works on the database named by DATABASE_URL (default: a SQLite
file in ./instance).  Errors are printed in the chosen language with exit
status 1; never a traceback for a user's mistake.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from sqlalchemy.engine import Engine

from engine import schema, services, versions
from engine.db import database_url, make_engine
from engine.definitions import validate_paths
from engine.errors import EngineError
from engine.messages import format_vnd
from engine.organisation import OrganisationError, load_organisation

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
            lines = [exc.render(state.lang)] + [f"  - {d.render(state.lang)}" for d in exc.details]
            fail("\n".join(lines))
        except OrganisationError as exc:
            fail(str(exc))

    return wrapper


@click.group(context_settings=CONTEXT)
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


def _bundled_definitions() -> list[Any]:
    from workflows import bundled_packs

    definitions, problems = validate_paths(bundled_packs())
    if problems:
        fail("\n".join(str(p) for p in problems))
    return definitions


def _print_load(results: list[versions.LoadResult]) -> None:
    for r in results:
        click.echo(f"{r.outcome:<12} {r.pack}/{r.type_id} v{r.version} {r.hash[:12]}")


@main.command()
@click.option("--no-packs", is_flag=True, help="Only create/upgrade the schema.")
@pass_state
@handles_errors
def init(state: State, no_packs: bool) -> None:
    """Create or upgrade the database, then load the bundled workflow packs."""
    schema.upgrade(state.db)
    click.echo(f"schema at revision {schema.current_revision(state.db)} ({_safe_url()})")
    if not no_packs:
        _print_load(versions.load_definitions(state.db, _bundled_definitions()))


def _safe_url() -> str:
    from sqlalchemy.engine import make_url

    return make_url(database_url()).render_as_string(hide_password=True)


# --- workflows ----------------------------------------------------------------


@main.group(context_settings=CONTEXT)
def workflows() -> None:
    """Validate, load, compare and list workflow definitions."""


@workflows.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def workflows_validate(paths: tuple[Path, ...]) -> None:
    """Check definition files (or pack folders) without touching a database."""
    definitions, problems = validate_paths(paths)
    if problems:
        for p in problems:
            click.echo(str(p))
        click.echo(f"{len(problems)} problem(s)", err=True)
        sys.exit(1)
    packs = sorted({d.pack or "" for d in definitions})
    click.echo(f"OK: {len(definitions)} definition(s) in {len(packs)} pack(s): {', '.join(packs)}")


def _definitions_from(paths: tuple[Path, ...]) -> list[Any]:
    if not paths:
        return _bundled_definitions()
    definitions, problems = validate_paths(paths)
    if problems:
        fail("\n".join(str(p) for p in problems))
    return definitions


@workflows.command("load")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@pass_state
@handles_errors
def workflows_load(state: State, paths: tuple[Path, ...]) -> None:
    """Store definitions as versions (default: the bundled packs). Unchanged content is skipped."""
    _print_load(versions.load_definitions(state.db, _definitions_from(paths)))


@workflows.command("diff")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@pass_state
@handles_errors
def workflows_diff(state: State, paths: tuple[Path, ...]) -> None:
    """Dry run: which in-flight documents the new definitions would affect."""
    for d in versions.diff_definitions(state.db, _definitions_from(paths)):
        head = f"{d.pack}/{d.type_id}"
        if d.current_version is None:
            click.echo(f"{head}: new type")
        elif not d.changed:
            click.echo(f"{head}: unchanged (v{d.current_version})")
        else:
            click.echo(
                f"{head}: changed from v{d.current_version}; "
                f"{len(d.impacts)} in-flight document(s) affected"
            )
            for i in d.impacts:
                click.echo(f"  #{i.document_id} [{i.state}, v{i.version}] {i.title}")
                for p in i.problems:
                    click.echo(f"      {p}")


@workflows.command("list")
@pass_state
@handles_errors
def workflows_list(state: State) -> None:
    """Types, versions, hash prefixes and document counts per state."""
    for v in versions.list_versions(state.db):
        mark = "*" if v.is_current else " "
        counts = ", ".join(f"{s}={n}" for s, n in sorted(v.counts.items())) or "-"
        click.echo(f"{mark} {v.pack}/{v.type_id} v{v.version} {v.hash[:12]}  {v.title}  [{counts}]")


# --- organisation ----------------------------------------------------------------


@main.group(context_settings=CONTEXT)
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


@main.group(context_settings=CONTEXT)
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


@main.group(context_settings=CONTEXT)
def ceilings() -> None:
    """Budget ceilings used by the year_sum_within_ceiling guard."""


@ceilings.command("set")
@click.argument("pack")
@click.argument("key")
@click.argument("year", type=int)
@click.argument("amount", type=int)
@pass_state
@handles_errors
def ceilings_set(state: State, pack: str, key: str, year: int, amount: int) -> None:
    """Set the ceiling KEY of PACK for YEAR to AMOUNT (VND)."""
    services.set_ceiling(state.db, pack=pack, key=key, year=year, amount=amount)
    click.echo(f"{pack}/{key} {year}: {format_vnd(amount)}")


# --- documents -------------------------------------------------------------------


@main.group(context_settings=CONTEXT)
def documents() -> None:
    """List and inspect documents."""


@documents.command("list")
@click.option("--state", "state_filter", help="Only documents in this state.")
@click.option("--type", "type_id", help="Only this document type.")
@click.option("--pack", help="Only this pack.")
@click.option("--year", type=int)
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
@click.argument("document_id", type=int)
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


@main.command()
@click.argument("document_id", type=int)
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
    "--expect-version", type=int, help="Refuse if the document is no longer at this version."
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


# --- traceability -------------------------------------------------------------------


@main.command()
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
    from engine.trace import build_trace, render_html, render_text

    run_at, packs = build_trace(_bundled_definitions(), features_root, results)
    text = render_html(run_at, packs) if fmt == "html" else render_text(run_at, packs)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{output}")
    else:
        click.echo(text)
    if any(p.uncovered for p in packs):
        sys.exit(1)


# --- audit and demo -------------------------------------------------------------------


@main.group(context_settings=CONTEXT)
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


@main.command()
@click.option("--pack", default="current", show_default=True, help="Which bundled pack.")
@pass_state
@handles_errors
def demo(state: State, pack: str) -> None:
    """Seed a demo province (units, one user per role, documents with real history)."""
    from engine.demo import DEMO_PASSWORD, DemoError, seed
    from workflows import pack_path

    folder = pack_path(pack)
    if not (folder / "organisation.yaml").exists():
        from workflows import bundled_packs

        fail(f"no pack {pack!r}; bundled: {', '.join(p.name for p in bundled_packs())}")
    schema.upgrade(state.db)
    versions.load_definitions(state.db, _bundled_definitions())
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


def run() -> None:  # pragma: no cover - console entry point alias
    main()


if __name__ == "__main__":  # pragma: no cover
    main()
