"""Every scenario of every feature under features/ (recursively), on each database.

With `--features-dir PATH` (see conftest.py), the features under PATH instead: a
pack kept outside the source tree runs its scenarios with the project's steps.

`bdd` is used by every scenario so that the `db` fixture's parametrization
(SQLite, PostgreSQL) applies to all of them, whichever steps they use.
"""

import pytest
from pytest_bdd import scenarios

from tests.bdd.support import feature_dirs

pytestmark = pytest.mark.usefixtures("bdd")

scenarios(*(str(folder) for folder in feature_dirs()))
