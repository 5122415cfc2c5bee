"""The guard and effect registries are self-describing and consistent with their code."""

from __future__ import annotations

import inspect
import re

import pytest

from engine.definitions import catalogue as catalogue_module
from engine.definitions.catalogue import Registered
from engine.rules import CATALOGUE

GUARDS, EFFECTS = CATALOGUE.guards, CATALOGUE.effects

ENTRIES = [(reg.kind, e) for reg in (GUARDS, EFFECTS) for e in reg.entries.values()]
IDS = [f"{kind}:{e.name}" for kind, e in ENTRIES]


def documented_kinds() -> set[str]:
    """The parameter kinds the module docstring of engine/definitions/catalogue.py lists."""
    doc = catalogue_module.__doc__ or ""
    listing = doc[doc.index("Parameter kinds") :]
    return set(re.findall(r"``(\w+)``", listing))


def test_the_documented_kinds_are_found() -> None:
    kinds = documented_kinds()
    assert {"field", "fields", "state", "states", "type", "int", "str", "enum"} <= kinds


def test_builtins_are_registered() -> None:
    assert {"required_fields", "field_not_above", "actor_differs_from"} <= set(GUARDS.entries)
    assert {"attach_children", "cascade_to_children", "detach_from_parent"} <= set(EFFECTS.entries)
    assert len(ENTRIES) == len(GUARDS.entries) + len(EFFECTS.entries)


@pytest.mark.parametrize(("kind", "entry"), ENTRIES, ids=IDS)
def test_documented_with_a_docstring(kind: str, entry: Registered) -> None:
    assert entry.doc and entry.doc == (entry.func.__doc__ or "").strip()
    assert len(entry.doc) > 15, f"{kind} {entry.name}: say what it checks or does"


@pytest.mark.parametrize(("kind", "entry"), ENTRIES, ids=IDS)
def test_parameter_kinds_are_documented(kind: str, entry: Registered) -> None:
    kinds = documented_kinds()
    for name, param in entry.params.items():
        assert param.kind in kinds, f"{kind} {entry.name}.{name}: kind {param.kind!r}"
        if param.kind == "enum":
            assert param.values, f"{kind} {entry.name}.{name}: enum without values"
        else:
            assert not param.values, f"{kind} {entry.name}.{name}: values on a {param.kind}"
        if param.kind.startswith("foreign_"):
            assert param.of_param is not None, f"{kind} {entry.name}.{name}: of which type?"
        if param.of_param is not None:
            other = entry.params.get(param.of_param)
            assert other is not None, f"{kind} {entry.name}.{name}: of_param {param.of_param}"
            assert other.kind in ("type", "link"), f"{kind} {entry.name}.{name}"


@pytest.mark.parametrize(("kind", "entry"), ENTRIES, ids=IDS)
def test_parameters_match_the_function_signature(kind: str, entry: Registered) -> None:
    """What a definition may pass is exactly what the function accepts."""
    signature = inspect.signature(entry.func)
    params = list(signature.parameters.values())
    assert params and params[0].name == "ctx", f"{kind} {entry.name}: first argument is ctx"
    accepted = {p.name: p for p in params[1:]}
    assert set(accepted) == set(entry.params), f"{kind} {entry.name}"
    for name, param in entry.params.items():
        has_default = accepted[name].default is not inspect.Parameter.empty
        assert has_default != param.required, (
            f"{kind} {entry.name}.{name}: required={param.required} but "
            f"{'a' if has_default else 'no'} default in the function"
        )


def test_prechecks_accept_every_declared_parameter() -> None:
    """A precheck runs with the call's parameters (`**call.params`), like its effect."""
    for kind, entry in ENTRIES:
        if entry.precheck is None:
            continue
        params = list(inspect.signature(entry.precheck).parameters.values())
        assert params[0].name == "ctx", f"{kind} {entry.name}"
        accepted = {p.name: p for p in params[1:]}
        assert set(accepted) == set(entry.params), f"{kind} {entry.name}"
        for name, param in entry.params.items():
            has_default = accepted[name].default is not inspect.Parameter.empty
            assert has_default != param.required, f"{kind} {entry.name}.{name}"


def test_a_parameter_kind_the_loader_cannot_check_is_refused() -> None:
    from engine.definitions.catalogue import Param

    with pytest.raises(ValueError, match="unknown parameter kind 'anything'"):
        Param("anything")
