"""Basis values of the packs and the scenario tags that cover them.

A thin layer over `engine.trace` (the same rules `ttdn trace` applies), for the
static checks of the feature files.  A definition cites its directive clauses as
`basis: "<file> <clause>"`; a scenario proving such a rule carries the tag
`@basis:<file>:<clause>` (first space → ':', any other → '_'):

    "002_0c56fb678df250a7.txt II.10"   ->  @basis:002_0c56fb678df250a7.txt:II.10
    "002_0c56fb678df250a7.txt I, II.1" ->  @basis:002_0c56fb678df250a7.txt:I,_II.1

Run `python -m tests.bdd.basis [pack ...]` to list every basis value of the
packs with its tag and whether a scenario under features/ carries it.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from engine.definitions import validate_paths
from engine.rules import CATALOGUE
from engine.trace import basis_tag, cited_bases, read_scenarios

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / "workflows"
FEATURES = ROOT / "features"

__all__ = [
    "FEATURES",
    "WORKFLOWS",
    "basis_tag",
    "checked_packs",
    "pack_basis_values",
    "uncovered",
]


def checked_packs() -> list[str]:
    """The packs whose features the suite checks: the bundled ones, or, when
    --features-dir points elsewhere, the packs given by --pack-dir."""
    from tests.bdd.support import FEATURE_DIRS, PACK_DIRS

    if FEATURE_DIRS and PACK_DIRS:
        return sorted(PACK_DIRS)
    bundled = [p.name for p in WORKFLOWS.iterdir() if (p / "organisation.yaml").exists()]
    return sorted({*bundled, *PACK_DIRS})


@cache
def pack_basis_values(pack: str) -> frozenset[str]:
    """Every distinct `basis` value cited in the pack's definitions."""
    from tests.bdd.support import PACK_DIRS

    folder = PACK_DIRS.get(pack, WORKFLOWS / pack)
    definitions, problems = validate_paths([folder], catalogue=CATALOGUE)
    assert not problems, "\n".join(map(str, problems))
    return frozenset(cited_bases(definitions).get(pack, {}))


def feature_tags(folders: list[Path] | None = None) -> dict[str, set[str]]:
    """basis tags used by scenarios under `folders` (default: the features the suite runs)
    -> the feature files using them."""
    from tests.bdd.support import feature_dirs

    tags: dict[str, set[str]] = {}
    for folder in folders or feature_dirs():
        for scenario in read_scenarios(folder):
            for tag in scenario.tags:
                if tag.startswith("basis:"):
                    tags.setdefault(tag, set()).add(scenario.feature)
    return tags


def uncovered(pack: str) -> list[str]:
    """Basis values of the pack that no scenario of the features run is tagged with."""
    tags = feature_tags()
    return sorted(v for v in pack_basis_values(pack) if basis_tag(v) not in tags)


def main(argv: list[str]) -> int:
    packs = argv or sorted(
        p.name for p in WORKFLOWS.iterdir() if (p / "organisation.yaml").exists()
    )
    tags = feature_tags()
    missing = 0
    for pack in packs:
        print(f"== {pack}")
        for value in sorted(pack_basis_values(pack)):
            tag = basis_tag(value)
            ok = tag in tags
            missing += not ok
            print(f"  {'ok     ' if ok else 'MISSING'} @{tag}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
