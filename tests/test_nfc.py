"""Every text file of the project is UTF-8 in Unicode NFC.

Vietnamese can be written precomposed (NFC) or decomposed (NFD); the two look
the same and compare different.  Definitions, docs, templates and code must all
use NFC so that a state label in a YAML file equals the one typed in a test, a
search finds what it should, and a hash covers what a reader sees.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = {".feature", ".yaml", ".yml", ".md", ".html", ".py"}
SKIP_DIRS = {
    ".git",
    ".hg",
    ".venv",
    "venv",
    "env",
    ".env",
    ".tox",
    ".nox",
    "node_modules",
    "build",
    "dist",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".mypy_cache",
    ".hypothesis",
    "instance",
    "site-packages",
}


def _skipped(folder: Path) -> bool:
    return (
        folder.name in SKIP_DIRS
        or folder.name.endswith(".egg-info")
        or (folder / "pyvenv.cfg").exists()  # a virtualenv under any name
    )


def project_files(root: Path = ROOT) -> Iterator[Path]:
    for here, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not _skipped(Path(here) / d))
        for name in sorted(files):
            path = Path(here) / name
            if path.suffix in SUFFIXES:
                yield path


def test_the_walk_finds_the_project() -> None:
    found = {p.relative_to(ROOT).as_posix() for p in project_files()}
    assert {
        "engine/services/documents.py",
        "tests/test_nfc.py",
        "tests/packs/testland/unit_plan.yaml",
        "README.md",
    } <= found
    assert not any(part in SKIP_DIRS for p in found for part in Path(p).parts[:-1])


def offenders(root: Path) -> tuple[list[str], list[str]]:
    """Files that are not UTF-8, and files not in NFC (with their first offending line)."""
    not_utf8: list[str] = []
    not_nfc: list[str] = []
    for path in project_files(root):
        rel = path.relative_to(root).as_posix()
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            not_utf8.append(f"{rel}: byte {exc.start}")
            continue
        if not unicodedata.is_normalized("NFC", text):
            for number, line in enumerate(text.splitlines(), start=1):
                if not unicodedata.is_normalized("NFC", line):
                    not_nfc.append(f"{rel}:{number}: {line.strip()[:60]!r}")
                    break
    return not_utf8, not_nfc


def test_every_text_file_is_utf8_nfc() -> None:
    not_utf8, not_nfc = offenders(ROOT)
    assert not not_utf8, "not UTF-8:\n" + "\n".join(not_utf8)
    assert not not_nfc, "not NFC (first offending line shown):\n" + "\n".join(not_nfc)


def test_the_check_catches_nfd_and_other_encodings(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Sở Ngoại vụ")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ok.md").write_text("# Sở Ngoại vụ\n", encoding="utf-8")
    (tmp_path / "docs" / "nfd.md").write_text(f"# Tiêu đề\n{nfd}\n", encoding="utf-8")
    (tmp_path / "old.yaml").write_bytes("Hà Nam".encode("cp1258"))  # a legacy encoding
    (tmp_path / "notes.txt").write_text(nfd, encoding="utf-8")  # not a checked suffix
    (tmp_path / "venv2").mkdir()
    (tmp_path / "venv2" / "pyvenv.cfg").write_text("home = /usr\n", encoding="utf-8")
    (tmp_path / "venv2" / "mod.py").write_text(nfd, encoding="utf-8")  # a venv: skipped
    not_utf8, not_nfc = offenders(tmp_path)
    assert not_utf8 == ["old.yaml: byte 1"]
    assert not_nfc == [f"docs/nfd.md:2: {nfd!r}"]
