"""The canonical, hashable form of a definition.

A definition version is stored as this JSON and identified by its SHA-256, so the
form must not depend on YAML layout, comments or key order: every field of every
dataclass is written out (defaults included), tuples become lists and keys are
sorted when serialised.  `from_canonical` is the exact inverse, which is what lets
a document be driven by the version it was created under, long after the YAML
file has changed.
"""

from __future__ import annotations

import copy
import hashlib
import json
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
    """Rebuild the Definition that `to_canonical` produced `data` from.

    Raises ValueError for data that is not a canonical definition (wrong format
    number, missing keys, wrong shapes): stored versions are trusted, so this is
    a corruption check, not user-facing validation.
    """
    if not isinstance(data, dict) or data.get("format") != CANONICAL_FORMAT:
        raise ValueError(f"not a canonical definition of format {CANONICAL_FORMAT}")
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


def content_hash(d: Definition) -> str:
    """SHA-256 (hex) of the canonical JSON: the identity of a definition version."""
    return hashlib.sha256(canonical_json(to_canonical(d)).encode("utf-8")).hexdigest()
