"""The README's two set-up commands are the ones CI and newcomers actually run."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands(readme: str) -> list[str]:
    return [line for line in readme.splitlines() if line.startswith("python3.11 -m venv .venv")]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    run, test = _commands(readme)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()
    assert "pytest" in test and "ttdn demo" in run and "ttdn init" in run


def test_project_never_reads_shared() -> None:
    """../shared is reference material beside the project, not something it may read."""
    offenders = []
    for path in ROOT.rglob("*"):
        if any(part in {".git", ".venv", "node_modules", "build"} for part in path.parts):
            continue
        if (
            path.is_file()
            and path.suffix in {".py", ".yaml", ".toml", ".cfg", ".ini", ".sh"}
            and path != Path(__file__).resolve()
            and "../shared" in path.read_text(encoding="utf-8", errors="replace")
        ):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
