"""Static checks of features/: the traps that make Gherkin silently do nothing.

* every file is NFC and starts with `# language: vi`;
* no line starts with a word that looks like a keyword but is not one in
  pytest-bdd's Vietnamese (`Giả sử`, `Dàn ý kịch bản`, `Ví dụ`): such a line is
  silently taken as description and never runs;
* every scenario carries at least one `@basis:` tag, and has a "Khi" and a "Thì" step;
* every `@basis:` tag mirrors a `basis` value written in some pack (no typos);
* for every pack under workflows/, every `basis` value of
  the pack's definitions is carried by some scenario.

With `--pack-dir PATH --features-dir PATH` the same checks apply to the features
and pack kept outside the source tree instead.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pytest_bdd.parser import FeatureParser

from tests.bdd.basis import basis_tag, checked_packs, pack_basis_values, uncovered
from tests.bdd.support import feature_dirs

FEATURE_FILES = sorted(path for root in feature_dirs() for path in root.rglob("*.feature"))
NOT_KEYWORDS = ("Giả sử", "Dàn ý kịch bản", "Ví dụ")
PACKS = checked_packs()


def _id(path: Path) -> str:
    root = next(r for r in feature_dirs() if path.is_relative_to(r))
    return path.relative_to(root).as_posix()


def test_there_are_features() -> None:
    assert FEATURE_FILES, f"no .feature file under {', '.join(map(str, feature_dirs()))}"


@pytest.mark.parametrize("path", FEATURE_FILES, ids=_id)
def test_file_is_vietnamese_gherkin(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text), f"{path} is not Unicode NFC"
    assert text.splitlines()[0].strip() == "# language: vi"
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        for word in NOT_KEYWORDS:
            assert not stripped.startswith(word), (
                f"{path}:{number}: «{word}» is not a keyword: the line would never run"
            )


@pytest.mark.parametrize("path", FEATURE_FILES, ids=_id)
def test_scenarios_have_basis_and_check_something(path: Path) -> None:
    feature = FeatureParser(str(path.parent), path.name).parse()
    assert feature.scenarios, f"{path}: no scenario"
    known = {basis_tag(v) for pack in PACKS for v in pack_basis_values(pack)}
    for name, scenario in feature.scenarios.items():
        basis = sorted(t for t in scenario.tags if t.startswith("basis:"))
        assert basis, f"{path}: «{name}» has no @basis: tag"
        unknown = [t for t in basis if t not in known]
        assert not unknown, f"{path}: «{name}»: no pack has the basis of {unknown}"
        kinds = {step.type for step in scenario.steps}
        assert {"when", "then"} <= kinds, f"{path}: «{name}» needs a Khi and a Thì step"


@pytest.mark.parametrize("pack", PACKS)
def test_every_basis_of_every_pack_is_covered(pack: str) -> None:
    missing = uncovered(pack)
    assert not missing, f"{pack}: no scenario is tagged with " + ", ".join(
        f"@{basis_tag(v)}" for v in missing
    )
