"""Reading a pack's organisation.yaml and demo.yaml (see docs/workflows.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

CODE = re.compile(r"^[A-Z0-9_]+$")
MAX_BYTES = 2 * 1024 * 1024


class OrganisationError(ValueError):
    """A malformed organisation or demo file; the message names the file and the place."""


@dataclass
class Organisation:
    province: str
    units: list[dict[str, Any]]
    users: list[dict[str, Any]]
    ceilings: list[dict[str, Any]]


def _load_yaml(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise OrganisationError(f"{path}: cannot read: {exc.strerror}") from exc
    if len(raw) > MAX_BYTES:
        raise OrganisationError(f"{path}: file is {len(raw)} bytes; the limit is {MAX_BYTES}")
    try:
        return yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise OrganisationError(f"{path}:1: not UTF-8 text") from exc
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise OrganisationError(f"{path}:{line}: {exc.problem}") from exc
    except (yaml.YAMLError, RecursionError) as exc:
        raise OrganisationError(f"{path}:1: invalid YAML ({type(exc).__name__})") from exc


def _date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise OrganisationError(f"{where}: {value!r} is not a date yyyy-mm-dd") from exc


def load_organisation(path: Path) -> Organisation:
    data = _load_yaml(path)
    if not isinstance(data, dict) or data.get("format") != 1:
        raise OrganisationError(f"{path}:1: expected a mapping with 'format: 1'")
    seen: set[str] = set()

    def check(node: Any, where: str) -> dict[str, Any]:
        if not isinstance(node, dict):
            raise OrganisationError(f"{path}: {where}: expected a mapping")
        unknown = set(node) - {
            "code",
            "name",
            "kind",
            "coordinator",
            "active_from",
            "active_to",
            "children",
        }
        if unknown:
            raise OrganisationError(f"{path}: {where}: unknown keys {sorted(unknown)}")
        for key in ("code", "name", "kind"):
            if not isinstance(node.get(key), str) or not node[key].strip():
                raise OrganisationError(f"{path}: {where}: '{key}' must be a non-empty string")
        if not CODE.match(node["code"]):
            raise OrganisationError(f"{path}: {where}: code {node['code']!r} must match [A-Z0-9_]+")
        if node["code"] in seen:
            raise OrganisationError(f"{path}: {where}: duplicate unit code {node['code']!r}")
        seen.add(node["code"])
        unit = dict(node)
        unit["active_from"] = _date(node.get("active_from"), f"{path}: {where}.active_from")
        unit["active_to"] = _date(node.get("active_to"), f"{path}: {where}.active_to")
        unit["children"] = [
            check(child, f"{where}.children[{i}]")
            for i, child in enumerate(node.get("children") or [])
        ]
        return unit

    units = [check(u, f"units[{i}]") for i, u in enumerate(data.get("units") or [])]
    if not units:
        raise OrganisationError(f"{path}: 'units' must list at least one unit")
    for node in _walk(units):
        if node.get("coordinator") and node["coordinator"] not in seen:
            raise OrganisationError(
                f"{path}: unit {node['code']}: "
                f"coordinator {node['coordinator']!r} is not a unit here"
            )
    users = data.get("users") or []
    for i, u in enumerate(users):
        if not isinstance(u, dict) or not u.get("username") or not u.get("full_name"):
            raise OrganisationError(f"{path}: users[{i}]: needs username and full_name")
        for j, grant in enumerate(u.get("roles") or []):
            if (
                not isinstance(grant, dict)
                or grant.get("unit") not in seen
                or not grant.get("role")
            ):
                raise OrganisationError(
                    f"{path}: users[{i}].roles[{j}]: needs role and a unit code of this file"
                )
    ceilings = data.get("ceilings") or []
    for i, c in enumerate(ceilings):
        if not isinstance(c, dict) or not {"key", "year", "amount"} <= set(c):
            raise OrganisationError(f"{path}: ceilings[{i}]: needs key, year and amount")
    return Organisation(str(data.get("province") or units[0]["name"]), units, users, ceilings)


def _walk(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for u in units:
        out.append(u)
        out.extend(_walk(u.get("children") or []))
    return out


def load_demo(path: Path) -> dict[str, Any]:
    data = _load_yaml(path)
    if not isinstance(data, dict) or data.get("format") != 1:
        raise OrganisationError(f"{path}:1: expected a mapping with 'format: 1'")
    return data
