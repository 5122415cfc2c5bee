"""Who sees which document: the matrix over two demo provinces, and the read services.

The expectation is worked out here, independently of `engine.visibility`, from
the packs' own YAML files (the unit tree as written in organisation.yaml, the
grants and delegations of the demo, the scopes written in each definition):

- a role in a unit sees that unit's documents and those of the units below it;
- a role in a unit sees the documents that unit coordinates;
- a role that takes part in a transition with scope `any` sees every document
  of that type;
- delegations count on the day they are valid, while their principal is active;
  an inactive user sees nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import yaml
from sqlalchemy.engine import Engine

from engine import services, versions
from engine.db import read
from engine.definitions import validate_paths
from engine.demo import seed
from engine.errors import NotFound
from engine.messages import Message
from engine.rules import CATALOGUE
from engine.visibility import can_see
from workflows import bundled_packs

PACKS = [p for p in bundled_packs() if p.name in ("current", "kon_tum_2013")]
DEMO_DAY = date(2026, 11, 21)  # the day the demo data describes
PERMISSION_REFUSALS = {
    "wrong_role",
    "wrong_unit",
    "user_inactive",
    "delegation_expired",
    "already_signed",
}


@dataclass
class Province:
    db: Engine
    users: dict[str, int]  # username → id
    docs: list[Any]  # every document, as the operator sees them


@pytest.fixture
def two_provinces(db: Engine) -> Iterator[Province]:
    """Both packs' definitions and demo data, seeded in one database as of DEMO_DAY."""
    definitions, problems = validate_paths(PACKS, catalogue=CATALOGUE)
    assert not problems
    versions.load_definitions(db, definitions, actor=services.OPERATOR)
    for pack in PACKS:
        seed(db, pack, today=DEMO_DAY)
    users = {u.username: u.id for u, _ in services.list_users(db)}
    docs = services.list_documents(db, services.OPERATOR)
    yield Province(db, users, docs)


# --- the rules, written again from the YAML files -------------------------------------------


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def expected_matrix(db: Engine, today: date) -> dict[str, set[int]]:
    """username → ids of the documents the rules say they may see."""
    parent: dict[str, str | None] = {}
    own: dict[str, set[tuple[str, str]]] = {}
    lent: dict[str, set[tuple[str, str]]] = {}
    any_roles: dict[tuple[str, str], set[str]] = {}  # (pack, type) → roles acting with scope any

    def walk(nodes: list[dict[str, Any]], up: str | None) -> None:
        for node in nodes or []:
            parent[node["code"]] = up
            walk(node.get("children") or [], node["code"])

    for pack in PACKS:
        org = _yaml(pack / "organisation.yaml")
        walk(org["units"], None)
        for user in org["users"]:
            own[user["username"]] = {(r["role"], r["unit"]) for r in user.get("roles") or []}
        for d in _yaml(pack / "demo.yaml").get("delegations") or []:
            if d["starts"] <= today <= d["ends"] and (d["role"], d["unit"]) in own[d["from"]]:
                lent.setdefault(d["to"], set()).add((d["role"], d["unit"], d["from"]))
        for file in pack.glob("*.yaml"):
            spec = _yaml(file)
            if not isinstance(spec, dict) or "transitions" not in spec:
                continue
            roles = any_roles.setdefault((pack.name, spec["type"]), set())
            for t in spec["transitions"]:
                if t.get("system"):
                    continue
                for party in (t.get("signoff") or {}).get("parties") or []:
                    if party.get("scope") == "any":
                        roles.add(party["role"])
                if t.get("scope") == "any":
                    roles.update(t.get("roles") or [])

    def chain(code: str | None) -> list[str]:
        found = []
        while code is not None:
            found.append(code)
            code = parent[code]
        return found

    with db.connect() as conn:
        code_of = dict(conn.execute(sa.text("SELECT id, code FROM units")).all())
        active = dict(conn.execute(sa.text("SELECT username, is_active FROM users")).all())
        rows = conn.execute(
            sa.text("SELECT id, pack, type_id, unit_id, coordinator_unit_id FROM documents")
        ).all()
    seen: dict[str, set[int]] = {}
    for username in own:
        # a delegation lends only while its principal ("from") is active
        grants = own[username] | {
            (role, unit) for role, unit, principal in lent.get(username, set()) if active[principal]
        }
        visible = set()
        if active[username]:
            for doc_id, pack, type_id, unit_id, coordinator_id in rows:
                for role, unit in grants:
                    if (
                        unit in chain(code_of[unit_id])
                        or code_of.get(coordinator_id) == unit
                        or role in any_roles[(pack, type_id)]
                    ):
                        visible.add(doc_id)
        seen[username] = visible
    return seen


# --- the matrix ---------------------------------------------------------------------------------


def test_visibility_matrix_of_two_demo_provinces(two_provinces: Province) -> None:
    p = two_provinces
    # One user disabled: they see nothing, whatever they held.
    with p.db.begin() as conn:
        conn.execute(sa.text("UPDATE users SET is_active = false WHERE username = 'ld.bao'"))
    expected = expected_matrix(p.db, DEMO_DAY)
    assert set(expected) == set(p.users)
    assert expected["ld.bao"] == set()
    # The rules are not trivial on this data: the province's auditor sees the whole
    # province, others a part of it, some nothing.
    lai_chau = {d.id for d in p.docs if d.pack == "current"}
    assert lai_chau <= expected["ttv.ttra"] and lai_chau != set(d.id for d in p.docs)
    assert len({len(v) for v in expected.values()}) > 4

    for username, user_id in sorted(p.users.items()):
        listed = {d.id for d in services.list_documents(p.db, user_id, today=DEMO_DAY)}
        assert listed == expected[username], username
        with read(p.db) as conn:
            one_by_one = {d.id for d in p.docs if can_see(conn, user_id, d, DEMO_DAY)}
        assert one_by_one == expected[username], username


def test_delegations_count_only_while_valid(two_provinces: Province) -> None:
    p = two_provinces
    delegate = p.users["pgd.svhttdl"]  # holds nothing of their own; lent 16/11–31/12/2026
    during = services.list_documents(p.db, delegate, today=DEMO_DAY)
    assert during and during == services.list_documents(p.db, p.users["ld.svhttdl"], today=DEMO_DAY)
    assert services.list_documents(p.db, delegate, today=date(2027, 1, 1)) == []
    assert services.list_documents(p.db, delegate, today=date(2026, 11, 15)) == []


def test_a_disabled_principals_delegations_lend_nothing(two_provinces: Province) -> None:
    p = two_provinces
    delegate = p.users["pgd.svhttdl"]  # holds nothing of their own; lent by ld.svhttdl
    assert services.inbox(p.db, delegate, today=DEMO_DAY)
    assert services.list_documents(p.db, delegate, today=DEMO_DAY)
    services.disable_user(p.db, actor=services.OPERATOR, username="ld.svhttdl")
    assert services.inbox(p.db, delegate, today=DEMO_DAY) == []
    assert services.list_documents(p.db, delegate, today=DEMO_DAY) == []
    with read(p.db) as conn:
        assert not any(can_see(conn, delegate, d, DEMO_DAY) for d in p.docs)
    assert expected_matrix(p.db, DEMO_DAY)["pgd.svhttdl"] == set()


def test_whoever_may_act_can_see_and_the_inbox_agrees(two_provinces: Province) -> None:
    """For every user and document: a user the rules let act (maybe blocked by a guard)
    sees the document, and the document is in their inbox exactly then."""
    p = two_provinces
    checked = 0
    for username, user_id in sorted(p.users.items()):
        waiting = {i.document_id for i in services.inbox(p.db, user_id, today=DEMO_DAY)}
        acts_on = set()
        with read(p.db) as conn:
            for doc in p.docs:
                definition = services.views.definition_of(conn, doc)
                actions = services.actions_on(conn, doc, definition, user_id, DEMO_DAY)
                mine = [a for a in actions if not {r.key for r in a.reasons} & PERMISSION_REFUSALS]
                if mine:
                    acts_on.add(doc.id)
                    assert can_see(conn, user_id, doc, DEMO_DAY), (username, doc.id)
                    checked += 1
        assert waiting == acts_on, username
    assert checked > 20


def test_inbox_is_oldest_due_first_and_empty_for_the_operator(two_provinces: Province) -> None:
    p = two_provinces
    items = services.inbox(p.db, p.users["cv.svhttdl"], today=DEMO_DAY)
    dues = [i.due_date for i in items]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[: len(dated)] == dated  # no due date last
    assert any(i.days_overdue > 0 for i in items)
    assert services.inbox(p.db, services.OPERATOR, today=DEMO_DAY) == []


def test_every_read_service_answers_not_found_for_what_the_viewer_may_not_see(
    two_provinces: Province,
) -> None:
    p = two_provinces
    viewer = p.users["cv.muongte"]
    mine = {d.id for d in services.list_documents(p.db, viewer, today=DEMO_DAY)}
    hidden = next(d.id for d in p.docs if d.id not in mine)
    missing = max(d.id for d in p.docs) + 1000
    reads = [
        lambda i: services.get_document(p.db, i, viewer, today=DEMO_DAY),
        lambda i: services.document_history(p.db, i, viewer, today=DEMO_DAY),
        lambda i: services.document_links(p.db, i, viewer, today=DEMO_DAY),
        lambda i: services.available_actions(p.db, i, viewer, today=DEMO_DAY),
        lambda i: services.document_view(p.db, i, viewer, today=DEMO_DAY),
    ]
    for call in reads:
        with pytest.raises(NotFound) as hidden_answer:
            call(hidden)
        with pytest.raises(NotFound) as missing_answer:
            call(missing)
        # The same message as for an id that does not exist, but for the id itself.
        assert hidden_answer.value.message == Message(
            "not_found", {"what": Message("what.document"), "ref": hidden}
        )
        assert missing_answer.value.message.params["ref"] == missing
        assert hidden_answer.value.render("vi").replace(str(hidden), "N") == (
            missing_answer.value.render("vi").replace(str(missing), "N")
        )
        call(next(iter(mine)))  # and a visible one is answered
