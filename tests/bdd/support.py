"""The scenario context behind the Vietnamese steps (see README.md in this folder).

Everything here goes through `engine.services` (and reads definitions through the
engine's workflow cache): no SQL, no shortcut around the one write path.  People
are usernames, units are codes, documents are the aliases a scenario gives them,
and actions/states/fields are their Vietnamese labels as written in the
definition the document is pinned to (ids are accepted too).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from engine import passwords, services, versions
from engine.db import read
from engine.definitions import Definition, FieldSpec, TransitionSpec, validate_paths
from engine.domain import Document, Event, Unit
from engine.errors import EngineError, NotFound, StaleDocument
from engine.organisation import Organisation, load_organisation
from engine.rules import CATALOGUE
from engine.runtime import CACHE
from engine.services import OPERATOR

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / "workflows"
FEATURES = ROOT / "features"

# Packs and features kept outside the source tree, from `pytest tests/bdd --pack-dir PATH
# --features-dir PATH` (set by conftest.py before the scenarios are collected).
PACK_DIRS: dict[str, Path] = {}  # pack name (its folder's name) -> folder
FEATURE_DIRS: list[Path] = []  # when set, the only features run
DEMO_PASSWORD = "mật-khẩu-demo-bdd"
RACE_TIMEOUT = 60


# --- text helpers ------------------------------------------------------------------------


def norm(text: str) -> str:
    """NFC, case-folded, single spaces: how labels written in a feature are compared."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def parse_date(text: str) -> date:
    """dd/mm/yyyy, as Vietnamese officers write dates."""
    return datetime.strptime(text.strip(), "%d/%m/%Y").date()


def show_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def error_text(error: BaseException) -> str:
    """The whole Vietnamese text of a refusal: the message and every detail (guard reasons)."""
    if isinstance(error, EngineError):
        text = error.render("vi")
        extra = [d.render("vi") for d in error.details]
        return " | ".join([text, *(d for d in extra if d not in text)])
    return f"{type(error).__name__}: {error}"


# --- packs: parsed once per session, loaded into a fresh database per scenario ----------


@dataclass(frozen=True)
class Pack:
    name: str
    definitions: tuple[Definition, ...]
    organisation: Organisation

    def definition(self, type_id: str) -> Definition | None:
        return next((d for d in self.definitions if d.type == type_id), None)


@cache
def load_pack(name: str) -> Pack:
    """Validate and parse the pack once (a --pack-dir folder, else workflows/<name>/);
    every scenario reuses the parsed result."""
    folder = PACK_DIRS.get(name, WORKFLOWS / name)
    if not folder.is_dir():
        known = sorted(p.name for p in WORKFLOWS.iterdir() if p.is_dir() and p.name[0] != "_")
        known += sorted(PACK_DIRS)
        raise AssertionError(f"không có bộ quy trình «{name}» (có: {', '.join(known)})")
    definitions, problems = validate_paths([folder], catalogue=CATALOGUE)
    assert not problems, "\n".join(map(str, problems))
    organisation = load_organisation(folder / "organisation.yaml", catalogue=CATALOGUE)
    return Pack(name, tuple(definitions), organisation)


def feature_dirs() -> list[Path]:
    """The folders whose scenarios run: --features-dir, else the project's features/."""
    return FEATURE_DIRS or [FEATURES]


def pack_of_feature(path: Path) -> str:
    """The pack a feature file belongs to: the folder under a features root it sits in
    (features/<pack>/x.feature), or, for a file directly in a --features-dir, the one
    --pack-dir given (its scenarios can only be about that pack)."""
    path = path.resolve()
    for root in feature_dirs():
        root = root.resolve()
        if path.is_relative_to(root):
            parts = path.relative_to(root).parts
            if len(parts) > 1:
                return parts[0]
            return next(iter(PACK_DIRS)) if len(PACK_DIRS) == 1 else root.name
    return path.parent.name


@cache
def demo_password_hash() -> str:
    """One real scrypt hash, computed once: every BDD user gets it (hashing costs ~40 ms)."""
    return passwords.hash_password(DEMO_PASSWORD)


@contextmanager
def cheap_password_hashing() -> Iterator[None]:
    stored = demo_password_hash()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(passwords, "hash_password", lambda _password: stored)
        yield


# --- the step clauses after the fixed part of a step ---------------------------------------

_CLAUSES: dict[str, re.Pattern[str]] = {
    "reason": re.compile(r'^,? với lý do "(?P<reason>[^"]*)"'),
    "field": re.compile(r'^,? (?:với|và) "(?P<field>[^"]+)" là "(?P<value>[^"]*)"'),
    "table": re.compile(r"^,? với nội dung:$"),
    "day": re.compile(r"^,? vào ngày (?P<day>\d{1,2}/\d{1,2}/\d{4})"),
    "link": re.compile(r'^,? gắn với "(?P<link>[^"]+)"'),
    "blank": re.compile(r"^,? chưa điền nội dung"),
    "behalf": re.compile(r'^,? thay mặt "(?P<behalf>[^"]+)"'),
}


@dataclass
class Clauses:
    reason: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    table: bool = False
    day: date | None = None
    links: list[str] = field(default_factory=list)
    blank: bool = False
    behalf: str | None = None


def parse_clauses(rest: str, allowed: set[str], datatable: list[list[str]] | None) -> Clauses:
    """Parse the optional tail of a step (`, với lý do "…"`, `vào ngày dd/mm/yyyy`, …)."""
    out = Clauses()
    text = unicodedata.normalize("NFC", rest or "")
    while text.strip():
        for name in allowed:
            m = _CLAUSES[name].match(text)
            if m:
                break
        else:
            hints = ", ".join(sorted(allowed))
            raise AssertionError(f"không hiểu phần cuối của bước: «{text}» (cho phép: {hints})")
        if name == "reason":
            out.reason = m["reason"]
        elif name == "field":
            out.values[m["field"]] = m["value"]
        elif name == "table":
            out.table = True
        elif name == "day":
            out.day = parse_date(m["day"])
        elif name == "link":
            out.links.append(m["link"])
        elif name == "blank":
            out.blank = True
        elif name == "behalf":
            out.behalf = m["behalf"]
        text = text[m.end() :]
    if out.table:
        if datatable is None:
            raise AssertionError("bước kết thúc bằng «với nội dung:» nhưng không có bảng")
        out.values.update(table_pairs(datatable))
    return out


def table_pairs(datatable: list[list[str]]) -> dict[str, str]:
    """A two-column table | Trường | Giá trị | (the header row is optional)."""
    rows = [[cell.strip() for cell in row] for row in datatable]
    if rows and [norm(c) for c in rows[0]] in (["trường", "giá trị"], ["field", "value"]):
        rows = rows[1:]
    for row in rows:
        if len(row) != 2:
            raise AssertionError(f"mỗi dòng của bảng phải có 2 cột (trường, giá trị): {row}")
    return {row[0]: row[1] for row in rows}


# --- what an action returned ----------------------------------------------------------------


@dataclass
class Outcome:
    user: str
    action: str
    doc: Document | None = None
    error: BaseException | None = None


# --- the context ----------------------------------------------------------------------------


class Scenario:
    """One scenario's province: its database, people, units and documents by alias."""

    def __init__(self, db: Engine) -> None:
        self.db = db
        self.packs: list[Pack] = []
        self.directory: dict[str, tuple[str, str, list[tuple[str, str]]]] = {}  # pack people
        self.users: dict[str, int] = {}  # people created in the database so far
        self.usernames: dict[int, str] = {}
        self.roles: dict[str, set[str]] = {}  # username -> roles held or lent (for ordering)
        self.units: dict[str, Unit] = {}
        self.definitions: dict[int, Definition] = {}  # by workflow version id
        self.docs: dict[str, int] = {}
        self.today: date | None = None
        # the last action a "Khi" step took, and what it got
        self.last: Outcome | None = None
        self.pending: Outcome | None = None  # a refusal no "Thì" step has looked at yet
        self.refusal: Outcome | None = None  # the last refusal looked at
        self.race: list[Outcome] = []
        self.race_pending = False  # a race whose outcome no "Thì" step has looked at yet
        self.seen: dict[tuple[str, str], int] = {}  # (user, alias) -> version they opened
        self.snapshots: dict[str, int] = {}  # alias -> version before the last action on it

    # -- set-up -------------------------------------------------------------------------

    def set_up_pack(self, name: str) -> Pack:
        """Definitions, units and ceilings now; the pack's people when a step first names them.

        Every user of organisation.yaml exists for the scenario with their roles: each
        is created (with their grants) the first time a step refers to them, which
        keeps a scenario's set-up to the few transactions it needs.
        """
        pack = load_pack(name)
        versions.load_definitions(self.db, list(pack.definitions), actor=OPERATOR)
        org = pack.organisation
        services.import_units(self.db, org.units, actor=OPERATOR, pack=name, ceilings=org.ceilings)
        for u in org.users:
            grants = [(g["role"], g["unit"]) for g in u.get("roles") or []]
            self.directory.setdefault(u["username"], (u["full_name"], u.get("title") or "", grants))
            self.roles.setdefault(u["username"], set()).update(role for role, _ in grants)
        self.packs.append(pack)
        return pack

    def add_user(self, username: str, full_name: str | None = None, title: str = "") -> int:
        """Create the user now (a pack user with the roles organisation.yaml gives them)."""
        if username in self.users:
            return self.users[username]
        known_name, known_title, grants = self.directory.get(username, (None, "", []))
        with cheap_password_hashing():
            user_id = services.add_user(
                self.db,
                actor=OPERATOR,
                username=username,
                password=DEMO_PASSWORD,
                full_name=full_name or known_name or username,
                title=title or known_title,
            )
        self.users[username] = user_id
        self.usernames[user_id] = username
        self.roles.setdefault(username, set())
        for role, unit_code in grants:
            self.grant(username, role, unit_code)
        return user_id

    def grant(self, username: str, role: str, unit_code: str) -> None:
        self.user(username)
        role_id = self.role_id(role)
        services.grant_role(
            self.db, actor=OPERATOR, username=username, role=role_id, unit_code=unit_code
        )
        self.roles.setdefault(username, set()).add(role_id)

    def delegate(
        self, principal: str, delegate: str, role: str, unit_code: str, starts: date, ends: date
    ) -> None:
        self.user(principal)
        self.user(delegate)
        role_id = self.role_id(role)
        services.delegate(
            self.db,
            actor=OPERATOR,
            principal=principal,
            delegate_to=delegate,
            role=role_id,
            unit_code=unit_code,
            starts_on=starts,
            ends_on=ends,
        )
        self.roles.setdefault(delegate, set()).add(role_id)

    def set_ceiling(self, key: str, year: int, amount: str, pack: str | None = None) -> None:
        if pack is None:
            names = {p.name for p in self.packs}
            if len(names) != 1:
                raise AssertionError(f"nêu rõ bộ quy trình của trần kinh phí (đang có: {names})")
            pack = names.pop()
        services.set_ceiling(
            self.db, actor=OPERATOR, pack=pack, key=key, year=year, amount=money(amount)
        )

    # -- lookups ------------------------------------------------------------------------

    def require_setup(self) -> None:
        if not self.packs:
            raise AssertionError(
                'chưa thiết lập tỉnh: thêm «Cho tỉnh được thiết lập theo bộ quy trình "…"»'
            )

    def user(self, username: str) -> int:
        self.require_setup()
        if username in self.users:
            return self.users[username]
        if username in self.directory:
            return self.add_user(username)
        known = ", ".join(sorted(set(self.directory) | set(self.users)))
        raise AssertionError(f"không có người dùng «{username}» (có: {known})")

    def unit(self, code: str) -> Unit:
        if code not in self.units:
            self.units[code] = services.unit_by_code(self.db, code)
        return self.units[code]

    def doc_id(self, alias: str) -> int:
        try:
            return self.docs[alias]
        except KeyError:
            raise AssertionError(
                f"không có văn bản nào được gọi là «{alias}» (có: {', '.join(self.docs) or '—'})"
            ) from None

    def doc(self, alias: str) -> Document:
        return services.get_document(self.db, self.doc_id(alias), services.OPERATOR)

    def alias_of(self, doc_id: int) -> str:
        for alias, known in self.docs.items():
            if known == doc_id:
                return alias
        return f"#{doc_id}"

    def definition_of(self, doc: Document) -> Definition:
        """The definition of the version the document is pinned to (versions never change)."""
        version_id = doc.workflow_version_id
        if version_id not in self.definitions:
            with read(self.db) as conn:
                self.definitions[version_id] = CACHE.get(conn, version_id).definition
        return self.definitions[version_id]

    def type_id(self, text: str) -> str:
        """A document type by its id or its Vietnamese title, in the packs set up."""
        self.require_setup()
        wanted = norm(text)
        found = {
            d.type
            for p in self.packs
            for d in p.definitions
            if wanted in (norm(d.type), norm(d.title.vi))
        }
        if len(found) != 1:
            titles = sorted({d.title.vi for p in self.packs for d in p.definitions})
            raise AssertionError(
                f"loại văn bản «{text}» {'không rõ' if found else 'không có'}; có: "
                + "; ".join(titles)
            )
        return found.pop()

    def role_id(self, text: str) -> str:
        """A role by its id or by any Vietnamese label a definition gives it."""
        wanted = norm(text)
        found = {
            role
            for p in self.packs
            for d in p.definitions
            for role, label in d.roles.items()
            if wanted in (norm(role), norm(label.vi))
        }
        if not found:
            return text.strip()  # roles outside the definitions (auditor, admin) are ids
        if len(found) > 1:
            raise AssertionError(f"vai trò «{text}» không rõ: {sorted(found)}")
        return found.pop()

    # -- labels of a document's definition ---------------------------------------------

    @staticmethod
    def transitions_named(definition: Definition, text: str) -> list[TransitionSpec]:
        wanted = norm(text)
        return [t for t in definition.transitions if wanted in (norm(t.trigger), norm(t.label.vi))]

    def transition(self, doc: Document, text: str) -> TransitionSpec:
        """The transition an action label means for this document (from its state first)."""
        definition = self.definition_of(doc)
        named = self.transitions_named(definition, text)
        if not named:
            labels = sorted({t.label.vi for t in definition.transitions if not t.system})
            raise AssertionError(
                f"«{definition.title.vi}» không có thao tác «{text}»; có: " + "; ".join(labels)
            )
        here = [t for t in named if doc.state in t.sources]
        return (here or named)[0]

    def state_id(self, definition: Definition, text: str) -> str:
        wanted = norm(text)
        for s in definition.states:
            if wanted in (norm(s.id), norm(s.label.vi)):
                return s.id
        labels = "; ".join(s.label.vi for s in definition.states)
        raise AssertionError(f"«{definition.title.vi}» không có trạng thái «{text}»; có: {labels}")

    def state_label(self, definition: Definition, state_id: str) -> str:
        return definition.state(state_id).label.vi

    def field_spec(self, definition: Definition, text: str) -> FieldSpec:
        wanted = norm(text)
        for f in definition.fields:
            if wanted in (norm(f.name), norm(f.label.vi)):
                return f
        labels = "; ".join(f.label.vi for f in definition.fields)
        raise AssertionError(f"«{definition.title.vi}» không có trường «{text}»; có: {labels}")

    def field_values(self, definition: Definition, values: dict[str, str]) -> dict[str, Any]:
        """Field labels → names, and choice labels → choice values; the engine parses the rest."""
        out: dict[str, Any] = {}
        for label, value in values.items():
            spec = self.field_spec(definition, label)
            if spec.type == "choice":
                for choice in spec.choices:
                    if norm(value) in (norm(choice.value), norm(choice.label.vi)):
                        value = choice.value
                        break
            out[spec.name] = value
        return out

    def split_actions(self, definition: Definition, text: str) -> list[str]:
        """A list of action labels: split on → or ;, else on commas that are not inside a label."""
        if "→" in text or ";" in text:
            return [p.strip() for p in re.split(r"[→;]", text) if p.strip()]
        known = {norm(t.trigger) for t in definition.transitions} | {
            norm(t.label.vi) for t in definition.transitions
        }
        pieces = [p.strip() for p in text.split(",")]
        out: list[str] = []
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):
                candidate = ", ".join(pieces[i:j])
                if norm(candidate) in known:
                    out.append(candidate)
                    i = j
                    break
            else:
                raise AssertionError(
                    f"không nhận ra thao tác «{pieces[i]}» trong «{text}» "
                    f"(các thao tác của «{definition.title.vi}»: "
                    + "; ".join(sorted({t.label.vi for t in definition.transitions}))
                    + ")"
                )
        return [p for p in out if p]

    # -- sample values ---------------------------------------------------------------------

    @staticmethod
    def sample(spec: FieldSpec, year: int) -> Any:
        if spec.type == "money":
            return 100_000_000
        if spec.type == "integer":
            return 1
        if spec.type == "date":
            return f"01/07/{year}"
        if spec.type == "choice":
            return spec.choices[0].value
        return f"{spec.label.vi} (nội dung mẫu)"

    def sample_fields(self, definition: Definition, year: int) -> dict[str, Any]:
        """Every field some state requires and no transition asks for, filled with sample data."""
        asked = {name for t in definition.transitions for name in t.inputs}
        return {
            f.name: self.sample(f, year)
            for f in definition.fields
            if f.required_in and f.name not in asked
        }

    def sample_inputs(self, doc: Document, t: TransitionSpec) -> dict[str, Any]:
        """Inputs a transition needs and the document lacks: the cap a guard allows, or a sample."""
        definition = self.definition_of(doc)
        inputs: dict[str, Any] = {}
        for name in t.inputs:
            spec = definition.field(name)
            if doc.fields.get(name) not in (None, ""):
                continue
            capped = [g for g in t.guards if g.params.get("field") == name]
            if t.dest not in spec.required_in and not capped:
                continue  # an optional input: left empty
            value = self.sample(spec, doc.year)
            for g in capped:
                if g.name == "field_not_above":
                    if "max_field" in g.params and doc.fields.get(g.params["max_field"]):
                        value = doc.fields[g.params["max_field"]]
                    elif "max_value" in g.params:
                        value = g.params["max_value"]
            inputs[name] = value
        return inputs

    # -- creating and acting -------------------------------------------------------------

    def create(
        self,
        username: str,
        type_text: str,
        unit_code: str,
        year: int,
        alias: str,
        clauses: Clauses,
    ) -> Document:
        if alias in self.docs:
            raise AssertionError(f"đã có văn bản được gọi là «{alias}»")
        type_id = self.type_id(type_text)
        unit = self.unit(unit_code)
        pack = next((p for p in self.packs if p.definition(type_id) is not None), self.packs[0])
        definition = pack.definition(type_id)
        assert definition is not None
        fields: dict[str, Any] = {} if clauses.blank else self.sample_fields(definition, year)
        fields.update(self.field_values(definition, clauses.values))
        links: dict[str, int] = {}
        for target_alias in clauses.links:
            target = self.doc(target_alias)
            spec = next((lk for lk in definition.links if lk.type == target.type_id), None)
            if spec is None:
                raise AssertionError(
                    f"«{definition.title.vi}» không gắn được với văn bản loại {target.type_id}"
                )
            links[spec.name] = target.id
        doc = services.create_document(
            self.db,
            type_id=type_id,
            unit_id=unit.id,
            year=year,
            title=f"{definition.title.vi} năm {year} của {unit.name}",
            user_id=self.user(username),
            fields=fields,
            links=links or None,
            today=clauses.day or self.today,
        )
        self.docs[alias] = doc.id
        return doc

    def open(self, username: str, alias: str) -> None:
        """The user loads the document: later actions of theirs carry this version."""
        self.user(username)
        self.seen[(username, alias)] = self.doc(alias).version

    def snapshot(self, alias: str) -> None:
        """The version before an action: every change (and every event) raises it."""
        self.snapshots[alias] = self.doc(alias).version

    def act(
        self,
        username: str,
        alias: str,
        action: str,
        *,
        reason: str | None = None,
        values: dict[str, str] | None = None,
        day: date | None = None,
    ) -> Document:
        """Fire an action as the user; raises the engine's error (callers decide to keep it)."""
        user_id = self.user(username)
        doc = self.doc(alias)
        t = self.transition(doc, action)
        expected = self.seen.pop((username, alias), doc.version)
        inputs = self.field_values(self.definition_of(doc), values or {})
        return services.fire_transition(
            self.db,
            doc.id,
            t.trigger,
            user_id,
            expected_version=expected,
            comment=reason,
            inputs=inputs or None,
            today=day or self.today,
        )

    def edit(self, username: str, alias: str, values: dict[str, str], day: date | None) -> Document:
        doc = self.doc(alias)
        expected = self.seen.pop((username, alias), doc.version)
        return services.update_fields(
            self.db,
            doc.id,
            self.user(username),
            self.field_values(self.definition_of(doc), values),
            expected_version=expected,
            today=day or self.today,
        )

    def attempt(
        self, username: str, action: str, alias: str | None, run: Callable[[], Any]
    ) -> None:
        """Run a "Khi" action, keeping a refusal for the "Thì" steps to look at."""
        self.check_no_pending()
        if alias is not None and alias in self.docs:
            self.snapshot(alias)
        outcome = Outcome(username, action)
        try:
            result = run()
            outcome.doc = result if isinstance(result, Document) else None
        except EngineError as exc:
            outcome.error = exc
            self.pending = outcome
        self.last = outcome

    # -- the shortcut: fire a sequence of actions as whoever may -------------------------

    def candidates(self, t: TransitionSpec) -> list[str]:
        """People holding (or lent) a role the transition needs, those already created first."""
        roles = set(t.roles) | {p.role for p in (t.signoff.parties if t.signoff else ())}
        everyone = list(self.users) + [u for u in self.directory if u not in self.users]
        return [u for u in everyone if self.roles.get(u, set()) & roles]

    def offered(self, doc: Document, username: str, day: date | None) -> list[Any]:
        """What `available_actions` offers the user; nothing on a document they may not see."""
        try:
            return services.available_actions(self.db, doc.id, self.user(username), today=day)
        except NotFound:
            return []

    def who_may(self, doc: Document, t: TransitionSpec, day: date | None) -> str | None:
        """The first person allowed to fire `t` now (missing inputs are filled when firing)."""
        for username in self.candidates(t):
            for a in self.offered(doc, username, day):
                only_inputs_missing = t.inputs and all(r.key == "missing_fields" for r in a.reasons)
                if a.trigger == t.trigger and (a.allowed or only_inputs_missing):
                    return username
        return None

    def pass_through(self, alias: str, steps_text: str, day: date | None) -> None:
        day = day or self.today
        doc = self.doc(alias)
        for label in self.split_actions(self.definition_of(doc), steps_text):
            doc = self.doc(alias)
            t = self.transition(doc, label)
            if t.system:
                raise AssertionError(f"«{t.label.vi}» chỉ do hệ thống thực hiện")
            if doc.state not in t.sources:
                state = self.state_label(self.definition_of(doc), doc.state)
                raise AssertionError(
                    f"«{alias}» đang «{state}»: không thể «{t.label.vi}» ở bước này"
                )
            start = doc.state
            rounds = len(t.signoff.parties) if t.signoff else 1
            for _ in range(rounds):
                username = self.who_may(doc, t, day)
                if username is None:
                    reasons = self.reasons_for(doc, t, day)
                    raise AssertionError(
                        f"không ai được «{t.label.vi}» văn bản «{alias}»: {reasons}"
                    )
                comment = "Lý do mẫu của kịch bản" if t.comment_required else None
                doc = services.fire_transition(
                    self.db,
                    doc.id,
                    t.trigger,
                    self.users[username],
                    expected_version=doc.version,
                    comment=comment,
                    inputs=self.sample_inputs(doc, t) or None,
                    today=day,
                )
                if doc.state != start:
                    break

    def reasons_for(self, doc: Document, t: TransitionSpec, day: date | None) -> str:
        seen: set[str] = set()
        for username in self.candidates(t)[:5]:
            for a in self.offered(doc, username, day):
                if a.trigger == t.trigger:
                    seen.update(r.render("vi") for r in a.reasons)
        return "; ".join(sorted(seen)) or "không rõ"

    # -- racing --------------------------------------------------------------------------

    def race_actions(
        self, alias: str, racers: list[tuple[str, str]], reason: str | None, day: date | None
    ) -> None:
        """Everyone loads the same version, then all act at once (threads on a barrier)."""
        self.check_no_pending()
        doc = self.doc(alias)
        self.snapshot(alias)
        plans = [(u, self.user(u), self.transition(doc, a)) for u, a in racers]
        barrier = threading.Barrier(len(plans), timeout=RACE_TIMEOUT)
        outcomes: list[Outcome] = []
        lock = threading.Lock()

        def run(username: str, user_id: int, t: TransitionSpec) -> None:
            outcome = Outcome(username, t.label.vi)
            try:
                barrier.wait()
                outcome.doc = services.fire_transition(
                    self.db,
                    doc.id,
                    t.trigger,
                    user_id,
                    expected_version=doc.version,
                    comment=reason,
                    today=day or self.today,
                )
            except BaseException as exc:  # reported below, never lost in a thread
                outcome.error = exc
            with lock:
                outcomes.append(outcome)

        threads = [threading.Thread(target=run, args=p, daemon=True) for p in plans]
        for th in threads:
            th.start()
        for th in threads:
            th.join(RACE_TIMEOUT * 2)
        assert not any(th.is_alive() for th in threads), "một thao tác đồng thời không kết thúc"
        self.race = outcomes
        self.race_pending = True

    # -- checking ------------------------------------------------------------------------

    def check_no_pending(self) -> None:
        """A refusal nobody checked is a failure: the scenario did not do what it says."""
        if self.race_pending:
            self.race_pending = False
            raise AssertionError(
                f"kết quả các thao tác đồng thời chưa được kiểm tra: {self.race_summary()}"
            )
        if self.pending is not None:
            p, self.pending = self.pending, None
            raise AssertionError(
                f"«{p.user}» thực hiện «{p.action}» bị từ chối "
                f"({type(p.error).__name__}): {error_text(p.error)}"
            )

    def take_refusal(self) -> Outcome:
        if self.pending is None:
            if self.last is None:
                raise AssertionError("chưa có thao tác nào (bước «Khi …») để kiểm tra")
            raise AssertionError(
                f"thao tác «{self.last.action}» của «{self.last.user}» đã thành công, "
                "không bị từ chối"
            )
        self.refusal, self.pending = self.pending, None
        return self.refusal

    def history(self, alias: str) -> list[Event]:
        return services.document_history(self.db, self.doc_id(alias), services.OPERATOR)

    def describe_history(self, alias: str) -> str:
        lines = []
        for e in self.history(alias):
            who = self.usernames.get(e.actor_id, e.actor_id)
            behalf = (
                f" thay mặt {self.usernames.get(e.on_behalf_of_id)}" if e.on_behalf_of_id else ""
            )
            why = f" — {e.comment}" if e.comment else ""
            lines.append(f"  {e.seq}. {e.kind} {e.trigger or ''} [{who}{behalf}]{why}")
        return "\n".join(lines)

    def race_summary(self) -> str:
        return "; ".join(
            f"{o.user}: {'thành công' if o.error is None else error_text(o.error)}"
            for o in self.race
        )


def money(text: str) -> int:
    cleaned = re.sub(r"[.\s_]", "", text.strip().removesuffix("đ").strip())
    if not re.fullmatch(r"\d+", cleaned):
        raise AssertionError(f"«{text}» không phải số tiền (ví dụ 1.200.000.000)")
    return int(cleaned)


def is_stale(error: BaseException | None) -> bool:
    return isinstance(error, StaleDocument)
