"""`ttdn`: setup and operations from the console.

Every command works on the database named by DATABASE_URL (default: a SQLite
file in ./instance).  Errors are printed in the chosen language with exit
status 1; never a traceback for a user's mistake.  The commands live in one
module per area and are attached to the top group here.
"""

from engine.cli import documents, operations, organisation, workflows
from engine.cli.base import main

for command in (
    workflows.init,
    workflows.workflows,
    organisation.units,
    organisation.users,
    organisation.ceilings,
    documents.documents,
    documents.fire,
    documents.inbox,
    operations.audit,
    operations.demo,
    operations.trace,
):
    main.add_command(command)

__all__ = ["main"]
