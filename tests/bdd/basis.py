"""Basis values of the packs and the scenario tags that cover them.

A definition cites its directive clauses as `basis: "<file> <clause>"`.  A
scenario proving such a rule carries the tag `@basis:<file>:<clause>`: the
first space becomes ':' and any other space '_' (Gherkin tags have no spaces):

    "002_0c56fb678df250a7.txt II.10"   ->  @basis:002_0c56fb678df250a7.txt:II.10
    "002_0c56fb678df250a7.txt I, II.1" ->  @basis:002_0c56fb678df250a7.txt:I,_II.1

Run `python -m tests.bdd.basis [pack ...]` to list every basis value of the
packs with its tag and whether a scenario under features/ carries it.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / "workflows"
FEATURES = ROOT / "features"
TAG = re.compile(r"(?<!\S)@(basis:\S+)")


def basis_tag(value: str) -> str:
    """The tag (without '@') for a basis value."""
    head, _, tail = " ".join(value.split()).partition(" ")
    return f"basis:{head}:{tail.replace(' ', '_')}" if tail else f"basis:{head}"


def _walk(node: object) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "basis" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found


@cache
def pack_basis_values(pack: str) -> frozenset[str]:
    """Every distinct `basis` value in the pack's definitions (organisation.yaml has none)."""
    values: set[str] = set()
    for path in sorted((WORKFLOWS / pack).glob("*.yaml")):
        values.update(_walk(yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)))
    return frozenset(values)


def feature_tags(folder: Path = FEATURES) -> dict[str, set[Path]]:
    """basis tags used in feature files under `folder` -> the files using them."""
    tags: dict[str, set[Path]] = {}
    for path in sorted(folder.rglob("*.feature")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith("@"):
                for tag in TAG.findall(line):
                    tags.setdefault(tag, set()).add(path)
    return tags


def uncovered(pack: str) -> list[str]:
    """Basis values of the pack that no scenario under features/ is tagged with."""
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
