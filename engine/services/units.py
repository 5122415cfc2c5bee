"""The unit tree and the budget ceilings, as an administrator changes them.

`import_units` takes a parsed organisation tree (see docs/workflows.md) and
makes the database match it: each unit created or changed, and each ceiling
set, is one entry of the admin log with what it was and what it became.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from engine import inputs, store
from engine.db import Database, budget_ceilings, units, workflow_versions
from engine.errors import InvalidInput
from engine.messages import Message
from engine.services.admin import Acting, AdminChange, admin_change, loaded_packs
from engine.services.common import not_found

UNIT_FIELDS = ("name", "kind", "pack", "parent", "coordinator", "active_from", "active_to")


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)  # units whose row changed
    ceilings: int = 0  # ceilings in the file
    unchanged: list[str] = field(default_factory=list)


@dataclass
class _Node:
    code: str
    values: dict[str, Any]  # UNIT_FIELDS, units by code


def _code(value: Any) -> str:
    if not isinstance(value, str) or not inputs.UNIT_CODE.fullmatch(value):
        raise inputs.bad("unit_code", "bad_code", value=inputs.shown(value))
    return value


def _nodes(tree: Any, pack: str | None) -> list[_Node]:
    """The tree, parents first, every value checked; duplicate codes refused."""
    out: list[_Node] = []
    seen: set[str] = set()

    def walk(node: Any, parent: str | None) -> None:
        if not isinstance(node, dict):
            raise inputs.bad("unit_code", "bad_code", value=inputs.shown(node))
        code = _code(node.get("code"))
        if code in seen:
            raise InvalidInput(Message("admin.duplicate_unit", {"code": code}))
        seen.add(code)
        coordinator = node.get("coordinator")
        values = {
            "name": inputs.clean_text(node.get("name"), "unit_name", limit=255),
            "kind": inputs.clean_text(node.get("kind"), "unit_kind", limit=40),
            "pack": pack if parent is None else None,
            "parent": parent,
            "coordinator": _code(coordinator) if coordinator else None,
            "active_from": _date(node.get("active_from")),
            "active_to": _date(node.get("active_to")),
        }
        out.append(_Node(code, values))
        children = node.get("children") or []
        if not isinstance(children, list):
            raise inputs.bad("unit_code", "bad_code", value=inputs.shown(children))
        for child in children:
            walk(child, code)

    if not isinstance(tree, list):
        raise inputs.bad("unit_code", "bad_code", value=inputs.shown(tree))
    for root in tree:
        walk(root, None)
    return out


def _date(value: Any) -> Any:
    return None if value is None else inputs.parse_date(value, within=inputs.HISTORY)


def _current(conn: Connection, unit: Any, codes: dict[int, str]) -> dict[str, Any]:
    return {
        "name": unit.name,
        "kind": unit.kind,
        "pack": unit.pack,
        "parent": codes.get(unit.parent_id),
        "coordinator": codes.get(unit.coordinator_id),
        "active_from": unit.active_from,
        "active_to": unit.active_to,
    }


def import_units(
    db: Database,
    tree: list[dict[str, Any]],
    *,
    actor: Acting,
    pack: str | None = None,
    ceilings: list[dict[str, Any]] | None = None,
) -> ImportReport:
    """Create or update units (and ceilings) from a parsed organisation tree."""
    if pack is not None:
        pack = inputs.clean_text(pack, "pack", limit=80)
    nodes = _nodes(tree, pack)
    checked = [_ceiling_values(c) for c in ceilings or []]
    report = ImportReport()
    with admin_change(db, actor) as change:
        conn = change.conn
        if pack is not None:
            _require_loaded(conn, pack)
        if checked:
            keys = _ceiling_keys(conn, pack)
            for key, _, _ in checked:
                _require_ceiling_key(pack or "-", key, keys)
        before: dict[str, dict[str, Any]] = {}
        ids: dict[str, int] = {}
        for node in nodes:  # parents first: each new unit's parent exists already
            existing = store.unit_by_code(conn, node.code)
            if existing is not None:
                ids[node.code] = existing.id
                before[node.code] = _current(conn, existing, _codes(conn, existing))
                _refuse_pack_change(node, before[node.code]["pack"])
                continue
            ids[node.code] = conn.execute(
                units.insert().values(
                    code=node.code,
                    name=node.values["name"],
                    kind=node.values["kind"],
                    parent_id=ids.get(node.values["parent"] or ""),
                )
            ).inserted_primary_key[0]
        for node in nodes:
            coordinator = node.values["coordinator"]
            if coordinator and coordinator not in ids:
                target = store.unit_by_code(conn, coordinator)
                if target is None:
                    raise not_found("unit", coordinator)
                ids[coordinator] = target.id
            old = before.get(node.code)
            if old == node.values:
                report.unchanged.append(node.code)
                continue
            conn.execute(
                units.update()
                .where(units.c.id == ids[node.code])
                .values(
                    name=node.values["name"],
                    kind=node.values["kind"],
                    pack=node.values["pack"],
                    parent_id=ids.get(node.values["parent"] or ""),
                    coordinator_id=ids.get(coordinator or ""),
                    active_from=node.values["active_from"],
                    active_to=node.values["active_to"],
                )
            )
            if old is None:
                change.record("unit.create", node.code, after=node.values)
                report.created.append(node.code)
            else:
                changed = [k for k in UNIT_FIELDS if old[k] != node.values[k]]
                change.record(
                    "unit.update",
                    node.code,
                    before={k: old[k] for k in changed},
                    after={k: node.values[k] for k in changed},
                )
                report.updated.append(node.code)
        for key, year, amount in checked:
            _set_ceiling(change, pack or "", key, year, amount)
            report.ceilings += 1
    return report


def _require_loaded(conn: Connection, pack: str) -> None:
    """A pack is known once a workflow version of it is stored (`ttdn workflows load`)."""
    packs = loaded_packs(conn)
    if pack not in packs:
        raise InvalidInput(
            Message("admin.unknown_pack", {"pack": pack, "packs": ", ".join(packs) or "-"})
        )


def _refuse_pack_change(node: _Node, stored_pack: str | None) -> None:
    """A root unit belongs to one pack: its documents, ceilings and rules assume it."""
    if stored_pack is not None and node.values["pack"] != stored_pack:
        raise InvalidInput(
            Message(
                "admin.root_pack_change",
                {"code": node.code, "old": stored_pack, "new": node.values["pack"] or "-"},
            )
        )


def _ceiling_keys(conn: Connection, pack: str | None) -> set[str]:
    """The ceiling keys some stored definition of `pack` names (a guard's `ceiling` parameter,
    as the pack file checker finds them), in any version: documents may still use an old one."""
    keys: set[str] = set()
    if pack is None:
        return keys
    contents = conn.execute(
        sa.select(workflow_versions.c.content).where(workflow_versions.c.pack == pack)
    ).scalars()
    for content in contents:
        _collect_ceiling_keys(content, keys)
    return keys


def _collect_ceiling_keys(node: Any, keys: set[str]) -> None:
    if isinstance(node, dict):
        params = node.get("params")
        if "name" in node and isinstance(params, dict) and isinstance(params.get("ceiling"), str):
            keys.add(params["ceiling"])
        for value in node.values():
            _collect_ceiling_keys(value, keys)
    elif isinstance(node, list):
        for value in node:
            _collect_ceiling_keys(value, keys)


def _require_ceiling_key(pack: str, key: str, keys: set[str]) -> None:
    if key not in keys:
        raise InvalidInput(
            Message(
                "admin.unknown_ceiling",
                {"pack": pack, "key": key, "keys": ", ".join(sorted(keys)) or "-"},
            )
        )


def _codes(conn: Connection, unit: Any) -> dict[int, str]:
    """The codes of the units a unit refers to (parent, coordinator)."""
    ids = [i for i in (unit.parent_id, unit.coordinator_id) if i is not None]
    if not ids:
        return {}
    return dict(conn.execute(sa.select(units.c.id, units.c.code).where(units.c.id.in_(ids))).all())


def _ceiling_values(c: Any) -> tuple[str, int, int]:
    if not isinstance(c, dict):
        raise inputs.bad("ceiling_key", "not_text")
    return (
        inputs.clean_text(c.get("key"), "ceiling_key", limit=60),
        inputs.parse_year(c.get("year")),
        inputs.parse_amount(c.get("amount")),
    )


def _set_ceiling(change: AdminChange, pack: str, key: str, year: int, amount: int) -> None:
    where = (
        budget_ceilings.c.pack == pack,
        budget_ceilings.c.key == key,
        budget_ceilings.c.year == year,
    )
    old = change.conn.execute(sa.select(budget_ceilings.c.amount).where(*where)).scalar()
    if old == amount:
        return
    if old is None:
        change.conn.execute(
            budget_ceilings.insert().values(pack=pack, key=key, year=year, amount=amount)
        )
    else:
        change.conn.execute(budget_ceilings.update().where(*where).values(amount=amount))
    change.record(
        "ceiling.set",
        f"{pack}/{key}/{year}",
        before=None if old is None else {"amount": old},
        after={"amount": amount},
    )


def set_ceiling(
    db: Database, *, actor: Acting, pack: str, key: str, year: int | str, amount: int | str
) -> None:
    """Set a budget ceiling of a loaded pack (amount in đồng, whole, 0 to 10^15)."""
    pack = inputs.clean_text(pack, "pack", limit=80)
    key, year, amount = _ceiling_values({"key": key, "year": year, "amount": amount})
    with admin_change(db, actor) as change:
        _require_loaded(change.conn, pack)
        _require_ceiling_key(pack, key, _ceiling_keys(change.conn, pack))
        _set_ceiling(change, pack, key, year, amount)
