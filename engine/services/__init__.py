"""The service layer: one function per use case, one transaction each.

Callers (CLI, web UI, API, BDD steps) pass plain values and get plain objects
or an `EngineError` back.  Nothing here knows about HTTP or terminals.  Each
function takes a `Database`: an engine (the function is its own transaction)
or a connection in the caller's transaction (see `engine.db.UnitOfWork`).
"""

from engine.adminlog import AdminActor, operator_actor
from engine.services import views
from engine.services.admin import admin_log, user_actor, verify_admin_log
from engine.services.audit import verify_audit
from engine.services.common import VIETNAM, not_found, today_in_vietnam
from engine.services.documents import (
    actions_on,
    author_units,
    available_actions,
    create_document,
    document_history,
    document_links,
    fire_transition,
    get_document,
    is_overdue,
    link_names,
    list_documents,
    update_fields,
)
from engine.services.organisation import (
    authenticate,
    list_units,
    list_users,
    unit_by_code,
    user_by_name,
)
from engine.services.people import (
    add_user,
    delegate,
    disable_user,
    grant_role,
    list_delegations,
    revoke_delegation,
    revoke_role,
)
from engine.services.units import ImportReport, import_units, set_ceiling
from engine.services.views import DocumentView, InboxItem, document_view, inbox
from engine.visibility import OPERATOR, Viewer, can_see

__all__ = [
    "OPERATOR",
    "VIETNAM",
    "AdminActor",
    "DocumentView",
    "ImportReport",
    "InboxItem",
    "Viewer",
    "actions_on",
    "add_user",
    "admin_log",
    "authenticate",
    "author_units",
    "available_actions",
    "can_see",
    "create_document",
    "delegate",
    "disable_user",
    "document_history",
    "document_links",
    "document_view",
    "fire_transition",
    "get_document",
    "grant_role",
    "import_units",
    "inbox",
    "is_overdue",
    "link_names",
    "list_delegations",
    "list_documents",
    "list_units",
    "list_users",
    "not_found",
    "operator_actor",
    "revoke_delegation",
    "revoke_role",
    "set_ceiling",
    "today_in_vietnam",
    "unit_by_code",
    "update_fields",
    "user_actor",
    "user_by_name",
    "verify_admin_log",
    "verify_audit",
    "views",
]
