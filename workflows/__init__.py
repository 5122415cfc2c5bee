"""Workflow definitions as data: one folder per pack, shipped with the package."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def bundled_packs() -> list[Path]:
    """Every pack folder shipped with the installed package, sorted by name."""
    return sorted(p for p in ROOT.iterdir() if p.is_dir() and any(p.glob("*.yaml")))


def pack_path(name: str) -> Path:
    return ROOT / name
