"""The canonical, hashable form of a definition.

A definition version is stored as this JSON and identified by its SHA-256, so the
form must not depend on YAML layout, comments or key order: every field of every
dataclass is written out (defaults included), tuples become lists and keys are
sorted when serialised.  `from_canonical` is the exact inverse, which is what lets
a document be driven by the version it was created under, long after the YAML
file has changed.

Stored versions outlive the code that wrote them.  The form carries its format
number (`"format"`), and when the model changes the format number goes up and
an upgrade function is added to `UPGRADES`; `from_canonical` runs the upgrades
from the stored format to the current one, in order (as SpiffWorkflow does for
its serialized workflows).  Stored content is never rewritten, and neither is
its `content_hash`: the hash is over the content as stored, and
`same_content` compares a stored version with a definition in today's format.

Adding a field to the model (say `StateSpec.note`, default None):
  1. write it in `to_canonical` and read it in `from_canonical`;
  2. `CANONICAL_FORMAT = 2`;
  3. `UPGRADES[1] = _v1_to_v2`, which adds `"note": None` to every state;
  4. update the golden hash test (new versions hash differently; stored ones keep
     theirs, and tests/integration/test_stored_versions.py keeps reading them).
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from typing import Any

from engine.definitions.model import (
    CallSpec,
    Choice,
    CreateSpec,
    DeadlineSpec,
    Definition,
    FieldSpec,
    Label,
    LinkSpec,
    Party,
    SignoffSpec,
    StateSpec,
    TransitionSpec,
)

CANONICAL_FORMAT = 1

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]

# UPGRADES[n] turns content of format n into format n + 1 (it may change its
# argument; it is given a copy).  Never edit or remove one: rows of every past
# format stay in databases.
UPGRADES: dict[int, Upgrade] = {}


def upgrade_canonical(data: Any) -> dict[str, Any]:
    """Stored canonical content of any past format, brought to `CANONICAL_FORMAT`.

    Returns a new dict (the argument is not changed).  Raises ValueError for a
    format that is unknown or newer than this code (written by a later release).
    """
    if not isinstance(data, dict):
        raise ValueError("not a canonical definition")
    found = data.get("format")
    if type(found) is not int or not 1 <= found <= CANONICAL_FORMAT:
        raise ValueError(
            f"canonical format {found!r} is not one this code reads (1 to {CANONICAL_FORMAT})"
        )
    data = copy.deepcopy(data)
    for version in range(found, CANONICAL_FORMAT):
        upgrade = UPGRADES.get(version)
        if upgrade is None:
            raise ValueError(f"no upgrade from canonical format {version}")
        data = upgrade(data)
        data["format"] = version + 1
    return data


def same_content(stored: Any, current: dict[str, Any]) -> bool:
    """Whether stored content (of any format) says what `current` (`to_canonical` of a
    definition, today's format) says.

    After a format change the stored hash no longer equals the hash of an unchanged
    definition; the comparison is on the upgraded stored content instead.
    """
    try:
        upgraded = upgrade_canonical(stored)
    except ValueError:
        return False
    return canonical_json(upgraded) == canonical_json(current)


def _label(label: Label) -> dict[str, str]:
    return {"vi": label.vi, "en": label.en}


def _opt_label(label: Label | None) -> dict[str, str] | None:
    return None if label is None else _label(label)


def _call(call: CallSpec) -> dict[str, Any]:
    # Deep copy so that a caller mutating the canonical dict (or the definition's
    # params afterwards) cannot change what was hashed.
    return {"name": call.name, "params": copy.deepcopy(call.params)}


def _transition(t: TransitionSpec) -> dict[str, Any]:
    signoff: dict[str, Any] | None = None
    if t.signoff is not None:
        signoff = {
            "need": t.signoff.need,
            "parties": [
                {"role": p.role, "scope": p.scope, "label": _opt_label(p.label)}
                for p in t.signoff.parties
            ],
        }
    return {
        "trigger": t.trigger,
        "label": _label(t.label),
        "sources": list(t.sources),
        "dest": t.dest,
        "roles": list(t.roles),
        "scope": t.scope,
        "guards": [_call(c) for c in t.guards],
        "effects": [_call(c) for c in t.effects],
        "comment_required": t.comment_required,
        "inputs": list(t.inputs),
        "signoff": signoff,
        "basis": t.basis,
        "system": t.system,
    }


def to_canonical(d: Definition) -> dict[str, Any]:
    """Every field of `d` as plain JSON-ready data, plus the canonical format number."""
    return {
        "format": CANONICAL_FORMAT,
        "type": d.type,
        "title": _label(d.title),
        "roles": {role: _label(label) for role, label in d.roles.items()},
        "fields": [
            {
                "name": f.name,
                "type": f.type,
                "label": _label(f.label),
                "required_in": list(f.required_in),
                "choices": [{"value": c.value, "label": _label(c.label)} for c in f.choices],
            }
            for f in d.fields
        ],
        "states": [
            {
                "id": s.id,
                "label": _label(s.label),
                "initial": s.initial,
                "terminal": s.terminal,
                "editable": s.editable,
                "basis": s.basis,
            }
            for s in d.states
        ],
        "transitions": [_transition(t) for t in d.transitions],
        "create": {"roles": list(d.create.roles)},
        "deadlines": [
            {
                "state": dl.state,
                "month": dl.month,
                "day": dl.day,
                "year_offset": dl.year_offset,
                "basis": dl.basis,
            }
            for dl in d.deadlines
        ],
        "links": [
            {"name": link.name, "type": link.type, "label": _opt_label(link.label)}
            for link in d.links
        ],
        "basis": d.basis,
        "pack": d.pack,
    }


def _from_label(data: dict[str, Any]) -> Label:
    return Label(vi=data["vi"], en=data["en"])


def _from_opt_label(data: dict[str, Any] | None) -> Label | None:
    return None if data is None else _from_label(data)


def _from_call(data: dict[str, Any]) -> CallSpec:
    return CallSpec(name=data["name"], params=copy.deepcopy(data["params"]))


def _from_transition(data: dict[str, Any]) -> TransitionSpec:
    signoff = None
    if data["signoff"] is not None:
        signoff = SignoffSpec(
            parties=tuple(
                Party(role=p["role"], scope=p["scope"], label=_from_opt_label(p["label"]))
                for p in data["signoff"]["parties"]
            ),
            need=data["signoff"]["need"],
        )
    return TransitionSpec(
        trigger=data["trigger"],
        label=_from_label(data["label"]),
        sources=tuple(data["sources"]),
        dest=data["dest"],
        roles=tuple(data["roles"]),
        scope=data["scope"],
        guards=tuple(_from_call(c) for c in data["guards"]),
        effects=tuple(_from_call(c) for c in data["effects"]),
        comment_required=data["comment_required"],
        inputs=tuple(data["inputs"]),
        signoff=signoff,
        basis=data["basis"],
        system=data["system"],
    )


def from_canonical(data: dict[str, Any]) -> Definition:
    """Rebuild the Definition that `to_canonical` produced `data` from, in any past format.

    Raises ValueError for data that is not a canonical definition (unknown format
    number, missing keys, wrong shapes): stored versions are trusted, so this is
    a corruption check, not user-facing validation.
    """
    data = upgrade_canonical(data)
    try:
        return Definition(
            type=data["type"],
            title=_from_label(data["title"]),
            roles={role: _from_label(label) for role, label in data["roles"].items()},
            fields=tuple(
                FieldSpec(
                    name=f["name"],
                    type=f["type"],
                    label=_from_label(f["label"]),
                    required_in=tuple(f["required_in"]),
                    choices=tuple(
                        Choice(value=c["value"], label=_from_label(c["label"]))
                        for c in f["choices"]
                    ),
                )
                for f in data["fields"]
            ),
            states=tuple(
                StateSpec(
                    id=s["id"],
                    label=_from_label(s["label"]),
                    initial=s["initial"],
                    terminal=s["terminal"],
                    editable=s["editable"],
                    basis=s["basis"],
                )
                for s in data["states"]
            ),
            transitions=tuple(_from_transition(t) for t in data["transitions"]),
            create=CreateSpec(roles=tuple(data["create"]["roles"])),
            deadlines=tuple(
                DeadlineSpec(
                    state=dl["state"],
                    month=dl["month"],
                    day=dl["day"],
                    year_offset=dl["year_offset"],
                    basis=dl["basis"],
                )
                for dl in data["deadlines"]
            ),
            links=tuple(
                LinkSpec(name=link["name"], type=link["type"], label=_from_opt_label(link["label"]))
                for link in data["links"]
            ),
            basis=data["basis"],
            pack=data["pack"],
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed canonical definition: {exc!r}") from exc


def canonical_json(data: Any) -> str:
    """The one serialisation that is hashed: sorted keys, no whitespace, real UTF-8."""
    # allow_nan=False: NaN/Infinity are not JSON and NaN != NaN would break the
    # round trip; the loader never produces them, so meeting one is a bug.
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )


def hash_content(content: dict[str, Any]) -> str:
    """SHA-256 (hex) of canonical content's JSON, in whatever format it is written."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def content_hash(d: Definition) -> str:
    """SHA-256 (hex) of the canonical JSON: the identity of a definition version.

    It is computed once, when a version is stored, and kept with it: a version
    stored in an older format keeps the hash of the content as stored.
    """
    return hash_content(to_canonical(d))
