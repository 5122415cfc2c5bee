"""Rules: the guards and effects a definition may name, and the context they see.

`CATALOGUE` is what the loader checks definitions against and what the firing
path runs; it is handed to both (definitions never import this package).
"""

from engine.definitions.catalogue import Catalogue
from engine.rules import effects, guards
from engine.rules.registries import EFFECTS, GUARDS

CATALOGUE = Catalogue(guards=GUARDS, effects=EFFECTS)

__all__ = ["CATALOGUE", "effects", "guards"]
