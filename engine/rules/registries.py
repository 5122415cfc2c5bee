"""The registries the built-in guards and effects register themselves in."""

from __future__ import annotations

from engine.definitions.catalogue import Registry

GUARDS = Registry("guard")
EFFECTS = Registry("effect")
