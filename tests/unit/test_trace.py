"""`ttdn trace`: clause → scenarios → last result, on a small made-up pack."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from engine.cli import main
from engine.definitions import validate_paths
from engine.rules import CATALOGUE
from engine.trace import basis_tag, build_trace, render_html, render_text
from tests.conftest import TESTLAND

ROOT = Path(__file__).resolve().parents[2]


def test_basis_tag() -> None:
    assert basis_tag("002_x.txt II.10") == "basis:002_x.txt:II.10"
    assert basis_tag("000_x.txt 3, 8") == "basis:000_x.txt:3,_8"


def _features(tmp_path: Path) -> Path:
    root = tmp_path / "features"
    (root / "testland").mkdir(parents=True)
    (root / "testland" / "plan.feature").write_text(
        "# language: vi\n@basis:testland:1\nTính năng: Kế hoạch\n\n"
        "  Kịch bản: Ký kế hoạch\n    Khi a\n    Thì b\n\n"
        "  @basis:testland:2\n  Kịch bản: Quá hạn\n    Khi a\n    Thì b\n",
        encoding="utf-8",
    )
    return root


def test_trace_links_clauses_scenarios_and_results(tmp_path: Path) -> None:
    definitions, problems = validate_paths([TESTLAND], catalogue=CATALOGUE)
    assert not problems
    results = tmp_path / "results.json"
    results.write_text(
        json.dumps(
            {
                "run_at": "2026-11-21T10:00:00",
                "scenarios": [
                    {
                        "feature": "features/testland/plan.feature",
                        "name": "Ký kế hoạch",
                        "db": "sqlite",
                        "outcome": "passed",
                    },
                    {
                        "feature": "features/testland/plan.feature",
                        "name": "Ký kế hoạch",
                        "db": "postgresql",
                        "outcome": "failed",
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    run_at, packs = build_trace(definitions, _features(tmp_path), results)
    assert run_at == "2026-11-21T10:00:00"
    [pack] = packs
    rows = {r.basis: r for r in pack.rows}
    assert set(rows) == {"testland 1", "testland 2"}
    # A feature-level tag covers every scenario; a failure on any database is a failure.
    assert [(s.name, result) for s, result in rows["testland 1"].scenarios] == [
        ("Ký kế hoạch", "failed"),
        ("Quá hạn", "not run"),
    ]
    assert [(s.name, r) for s, r in rows["testland 2"].scenarios] == [("Quá hạn", "not run")]
    assert "KHÔNG ĐẠT" in render_text(run_at, packs)
    assert "<table>" in render_html(run_at, packs) and "Quá hạn" in render_html(run_at, packs)


def test_trace_renders_in_the_chosen_language_only(tmp_path: Path) -> None:
    definitions, _ = validate_paths([TESTLAND], catalogue=CATALOGUE)
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"run_at": "2026-11-21T10:00:00", "scenarios": []}))
    run_at, packs = build_trace(definitions, _features(tmp_path), results)
    vi, en = render_text(run_at, packs), render_text(run_at, packs, "en")
    assert vi.splitlines()[0] == "Lần chạy kiểm thử gần nhất: 2026-11-21T10:00:00"
    assert en.splitlines()[0] == "Last test run: 2026-11-21T10:00:00"
    assert "[chưa chạy]" in vi and "điều khoản có kịch bản; chưa có: không" in vi
    assert "[not run]" in en and "2/2 clauses have scenarios; missing: none" in en
    assert "chưa" not in en.lower() and "not run" not in vi and "/" not in en.splitlines()[0]
    html_en, html_vi = render_html(run_at, packs, "en"), render_html(run_at, packs)
    assert "<html lang='en'>" in html_en and "<th>Clause</th>" in html_en
    assert "Điều khoản" not in html_en and "chưa chạy" not in html_en
    assert "<html lang='vi'>" in html_vi and "<th>Điều khoản</th>" in html_vi


def test_uncovered_clause_is_listed(tmp_path: Path) -> None:
    definitions, _ = validate_paths([TESTLAND], catalogue=CATALOGUE)
    root = tmp_path / "features"
    (root / "testland").mkdir(parents=True)
    _, packs = build_trace(definitions, root, tmp_path / "none.json")
    assert {r.basis for r in packs[0].uncovered} == {"testland 1", "testland 2"}
    assert "CHƯA CÓ KỊCH BẢN NÀO" in render_text(None, packs)
    assert "NOT COVERED" in render_text(None, packs, "en")
    assert "Lần chạy kiểm thử gần nhất: không có" in render_text(None, packs)
    assert "Chưa có kịch bản" in render_html(None, packs)
    assert "No scenario yet" in render_html(None, packs, "en")


def test_every_bundled_clause_is_covered(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["trace", "--results", "/nonexistent.json"])
    assert result.exit_code == 0, result.output
    assert "CHƯA CÓ KỊCH BẢN NÀO" not in result.output
    english = CliRunner().invoke(main, ["--lang", "en", "trace", "--results", "/nonexistent.json"])
    assert english.exit_code == 0, english.output
    assert (
        "[not run]" in english.output and "clauses have scenarios; missing: none" in english.output
    )
    # Scenario names are the features' own (Vietnamese) text; the frame is English.
    assert "[chưa chạy]" not in english.output and "điều khoản có kịch bản" not in english.output
    assert english.output.startswith("Last test run: none\n")
    for pack in (
        "current",
        "kon_tum_2013",
        "lai_chau_2015",
        "lai_chau_dang_uy_2014",
        "tra_vinh_2023",
    ):
        assert f"== {pack} ==" in result.output
