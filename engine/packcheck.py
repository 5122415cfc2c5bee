"""Validating packs whole: definitions, organisation.yaml and demo.yaml in one run.

`ttdn workflows validate` uses this.  Problems come cause first: a pack's
definitions, then its organisation.yaml (checked against the roles and ceiling
keys the definitions use), then its demo.yaml (checked against what the other
two declare, as far as they can be read even when they have errors).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from engine.definitions import Definition, PackFacts, Problem, check_paths
from engine.definitions.catalogue import Catalogue
from engine.demofile import check_demo
from engine.organisation import check_organisation


def pack_file_problems(facts: PackFacts) -> list[Problem]:
    """The problems of the organisation.yaml and demo.yaml of a pack folder."""
    problems: list[Problem] = []
    org_file, demo_file = facts.folder / "organisation.yaml", facts.folder / "demo.yaml"
    org_facts = None
    if org_file.exists() or org_file.is_symlink():
        _org, org_facts, found = check_organisation(org_file, facts)
        problems.extend(found)
    if demo_file.exists() or demo_file.is_symlink():
        _data, found = check_demo(demo_file, org_facts, facts)
        problems.extend(found)
    return problems


def validate_packs(
    paths: Iterable[Path], *, catalogue: Catalogue
) -> tuple[list[Definition], list[Problem]]:
    """Every definition named, and the organisation and demo files of their packs."""
    definitions, problems, packs = check_paths(paths, catalogue=catalogue)
    for facts in packs:
        problems.extend(pack_file_problems(facts))
    return definitions, problems
