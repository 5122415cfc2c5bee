"""A pack kept outside the source tree is a first-class path (docs/workflows.md).

A copy of a bundled pack, renamed, with its features, in tmp_path: validated, loaded,
seeded (`ttdn demo --pack PATH`), its scenarios run with the project's steps
(`pytest tests/bdd --pack-dir PATH --features-dir PATH`, in a subprocess) and traced
(`ttdn trace --pack PATH --features PATH`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from engine.cli import main
from engine.runtime import CACHE
from workflows import pack_path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "lai_chau_dang_uy_2014"  # the smallest bundled pack: 3 types, 44 demo steps
NAME = "dang_uy_ngoai"


@pytest.fixture
def outside(tmp_path: Path) -> tuple[Path, Path]:
    """(pack folder, features folder) outside the package, the pack renamed to NAME."""
    pack = tmp_path / "packs" / NAME
    shutil.copytree(pack_path(SOURCE), pack)
    features = tmp_path / "features_ngoai"
    features.mkdir()
    for f in (ROOT / "features" / SOURCE).glob("*.feature"):
        text = f.read_text(encoding="utf-8").replace(f'"{SOURCE}"', f'"{NAME}"')
        (features / f.name).write_text(text, encoding="utf-8")
    return pack, features


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db_file = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db_file}")
    CACHE.clear()
    runner = CliRunner()

    def invoke(*args: str, code: int = 0) -> str:
        result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
        output = result.output  # stdout and stderr, as a terminal shows them
        assert result.exit_code == code, output
        return output

    invoke.db_file = db_file  # type: ignore[attr-defined]
    return invoke


def _count(db_file: Path, table: str) -> int:
    engine = sa.create_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()


def test_validate_load_and_demo_a_pack_folder(run, outside) -> None:
    pack, _features = outside
    assert f"OK: 3 định nghĩa trong 1 gói: {NAME}" in run("workflows", "validate", pack)
    run("init", "--no-packs")
    loaded = run("workflows", "load", pack)
    assert loaded.count(f"tạo mới      {NAME}/") == 3

    # A step the pack refuses, half-way: one line naming file, line and step; nothing kept.
    demo_file = pack / "demo.yaml"
    good = demo_file.read_text(encoding="utf-8")
    lines = good.splitlines(keepends=True)
    step = next(i for i, line in enumerate(lines) if "{trigger: sign, as: bt.kt.du}" in line)
    lines[step] = lines[step].replace("as: bt.kt.du", "as: cv.btg.du")
    demo_file.write_text("".join(lines), encoding="utf-8")
    refused = run("demo", "--pack", pack, code=1)
    assert refused.startswith(f"{demo_file}:{step + 1}: bước demo documents[")
    assert "không tạo gì" in refused and "cv.btg.du" in refused
    assert refused.count("\n") == 1  # one line
    english = run("--lang", "en", "demo", "--pack", pack, code=1)
    assert "refused, nothing was created" in english
    for table in ("units", "users", "documents", "events", "markers"):
        assert _count(run.db_file, table) == 0, table

    demo_file.write_text(good, encoding="utf-8")
    seeded = run("demo", "--pack", pack)
    assert f"({NAME}): 14 người dùng" in seeded and "44 thao tác" in seeded
    assert "đã có dữ liệu demo" in run("demo", "--pack", pack)
    assert "OK:" in run("audit", "verify")
    # Loading the same folder again changes nothing: the demo used those very versions.
    assert run("workflows", "load", pack).count("không đổi") == 3


def test_demo_refuses_unknown_packs_in_one_line(run, tmp_path: Path) -> None:
    out = run("demo", "--pack", "khong_co", code=1)
    assert out.count("\n") == 1 and "current, kon_tum_2013" in out
    out = run("--lang", "en", "demo", "--pack", tmp_path, code=1)
    assert out.count("\n") == 1 and "is not a pack folder" in out and "current" in out


def test_pytest_runs_and_trace_traces_a_pack_kept_outside(run, outside, tmp_path: Path) -> None:
    pack, features = outside
    results = tmp_path / "bdd-results.json"
    env = {k: v for k, v in os.environ.items() if k != "TTDN_TEST_POSTGRES_URL"}
    env["TTDN_BDD_RESULTS"] = str(results)
    base = [
        sys.executable,
        "-m",
        "pytest",
        "tests/bdd",
        "-p",
        "no:cacheprovider",
        "--pack-dir",
        str(pack),
        "--features-dir",
        str(features),
    ]

    def pytest(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*base, *args], cwd=ROOT, env=env, capture_output=True, text=True)

    def scenario_ids(out: str) -> list[str]:
        return [line for line in out.splitlines() if "test_features.py::" in line]

    collected = pytest("--collect-only", "-q")
    assert collected.returncode == 0, collected.stdout + collected.stderr
    ids = scenario_ids(collected.stdout)
    assert ids and all(line.endswith(f"-{NAME}]") for line in ids)
    assert not any(SOURCE in line for line in ids)  # only the outside pack's features
    # -k PACK selects the pack's scenarios, all of them, and -k another pack none.
    assert scenario_ids(pytest("--collect-only", "-q", "-k", NAME).stdout) == ids
    assert scenario_ids(pytest("--collect-only", "-q", "-k", "kon_tum_2013").stdout) == []

    # Every scenario on SQLite, and the static checks of the features against the pack.
    done = pytest("-q", "-rA", "-k", "not postgresql")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    summary = done.stdout.strip().splitlines()[-1]
    passed = int(re.search(r"(\d+) passed", summary)[1])
    on_sqlite = [line for line in ids if "[sqlite-" in line]
    assert on_sqlite and passed > len(on_sqlite) and "failed" not in summary, summary
    covered = "PASSED tests/bdd/test_feature_files.py::test_every_basis_of_every_pack_is_covered"
    assert f"{covered}[{NAME}]" in done.stdout
    recorded = json.loads(results.read_text(encoding="utf-8"))["scenarios"]
    assert recorded and {r["pack"] for r in recorded} == {NAME}
    assert all(r["outcome"] == "passed" for r in recorded)

    traced = run("trace", "--pack", pack, "--features", features, "--results", results)
    assert f"== {NAME} ==" in traced and "[đạt]" in traced
    assert "chưa chạy" not in traced and "CHƯA CÓ KỊCH BẢN" not in traced
    assert "== current ==" not in traced
