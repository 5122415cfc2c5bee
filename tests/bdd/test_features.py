"""Every scenario of every feature under features/ (recursively), on each database.

`bdd` is used by every scenario so that the `db` fixture's parametrization
(SQLite, PostgreSQL) applies to all of them, whichever steps they use.
"""

import pytest
from pytest_bdd import scenarios

pytestmark = pytest.mark.usefixtures("bdd")

scenarios("../../features")
