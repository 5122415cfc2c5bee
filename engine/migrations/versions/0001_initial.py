"""Initial schema: organisation, users, definition versions, documents, events.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_APPEND_ONLY_SQLITE = """
CREATE TRIGGER events_no_{op} BEFORE {OP} ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: {OP} refused'); END
"""

_APPEND_ONLY_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION ttdn_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'events are append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql
"""

_APPEND_ONLY_PG_TRIGGER = """
CREATE TRIGGER events_no_update_delete BEFORE UPDATE OR DELETE ON events
FOR EACH ROW EXECUTE FUNCTION ttdn_events_append_only()
"""


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("pack", sa.String(80), nullable=True),
        sa.Column("parent_id", sa.Integer, nullable=True),
        sa.Column("coordinator_id", sa.Integer, nullable=True),
        sa.Column("active_from", sa.Date, nullable=True),
        sa.Column("active_to", sa.Date, nullable=True),
        sa.ForeignKeyConstraint(["parent_id"], ["units.id"], name="fk_units_parent_id_units"),
        sa.ForeignKeyConstraint(
            ["coordinator_id"], ["units.id"], name="fk_units_coordinator_id_units"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_units"),
        sa.UniqueConstraint("code", name="uq_units_code"),
    )
    op.create_index("ix_units_parent_id", "units", ["parent_id"])

    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(80), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("full_name", sa.String(255), nullable=False),
        sa.Column("title", sa.String(255), nullable=False, server_default=""),
        sa.Column("is_active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("is_demo", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("username", name="uq_users_username"),
    )

    op.create_table(
        "role_assignments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(60), nullable=False),
        sa.Column("unit_id", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_role_assignments_user_id_users"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name="fk_role_assignments_unit_id_units"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_role_assignments"),
        sa.UniqueConstraint(
            "user_id", "role", "unit_id", name="uq_role_assignments_user_id_role_unit_id"
        ),
    )
    op.create_index("ix_role_assignments_user_id", "role_assignments", ["user_id"])

    op.create_table(
        "delegations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("principal_id", sa.Integer, nullable=False),
        sa.Column("delegate_id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(60), nullable=False),
        sa.Column("unit_id", sa.Integer, nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.ForeignKeyConstraint(
            ["principal_id"], ["users.id"], name="fk_delegations_principal_id_users"
        ),
        sa.ForeignKeyConstraint(
            ["delegate_id"], ["users.id"], name="fk_delegations_delegate_id_users"
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name="fk_delegations_unit_id_units"),
        sa.PrimaryKeyConstraint("id", name="pk_delegations"),
    )
    op.create_index("ix_delegations_delegate_id", "delegations", ["delegate_id"])

    op.create_table(
        "workflow_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("pack", sa.String(80), nullable=False),
        sa.Column("type_id", sa.String(80), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("content", sa.JSON, nullable=False),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.Column("loaded_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_workflow_versions"),
        sa.UniqueConstraint(
            "pack", "type_id", "version", name="uq_workflow_versions_pack_type_id_version"
        ),
        sa.UniqueConstraint(
            "pack", "type_id", "content_hash", name="uq_workflow_versions_pack_type_id_content_hash"
        ),
    )

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("pack", sa.String(80), nullable=False),
        sa.Column("type_id", sa.String(80), nullable=False),
        sa.Column("workflow_version_id", sa.Integer, nullable=False),
        sa.Column("unit_id", sa.Integer, nullable=False),
        sa.Column("coordinator_unit_id", sa.Integer, nullable=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("state", sa.String(60), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("parent_id", sa.Integer, nullable=True),
        sa.Column("due_date", sa.Date, nullable=True),
        sa.Column("state_entered_at", sa.DateTime, nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.Column("created_by", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.ForeignKeyConstraint(
            ["workflow_version_id"],
            ["workflow_versions.id"],
            name="fk_documents_workflow_version_id_workflow_versions",
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name="fk_documents_unit_id_units"),
        sa.ForeignKeyConstraint(
            ["coordinator_unit_id"], ["units.id"], name="fk_documents_coordinator_unit_id_units"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["documents.id"], name="fk_documents_parent_id_documents"
        ),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name="fk_documents_created_by_users"),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    op.create_index("ix_documents_unit_id", "documents", ["unit_id"])
    op.create_index("ix_documents_parent_id", "documents", ["parent_id"])
    op.create_index("ix_documents_due_date", "documents", ["due_date"])
    op.create_index(
        "ix_documents_kind_year_state", "documents", ["pack", "type_id", "year", "state"]
    )
    op.create_index(
        "ix_documents_coordinated", "documents", ["coordinator_unit_id", "type_id", "year"]
    )

    op.create_table(
        "document_links",
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("target_id", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_document_links_document_id_documents"
        ),
        sa.ForeignKeyConstraint(
            ["target_id"], ["documents.id"], name="fk_document_links_target_id_documents"
        ),
        sa.PrimaryKeyConstraint("document_id", "name", name="pk_document_links"),
    )
    op.create_index("ix_document_links_target_id", "document_links", ["target_id"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("trigger", sa.String(60), nullable=True),
        sa.Column("from_state", sa.String(60), nullable=True),
        sa.Column("to_state", sa.String(60), nullable=False),
        sa.Column("actor_id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(60), nullable=True),
        sa.Column("unit_id", sa.Integer, nullable=True),
        sa.Column("on_behalf_of_id", sa.Integer, nullable=True),
        sa.Column("comment", sa.Text, nullable=True),
        sa.Column("changes", sa.JSON, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("workflow_version_id", sa.Integer, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_events_document_id_documents"
        ),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name="fk_events_actor_id_users"),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name="fk_events_unit_id_units"),
        sa.ForeignKeyConstraint(
            ["on_behalf_of_id"], ["users.id"], name="fk_events_on_behalf_of_id_users"
        ),
        sa.ForeignKeyConstraint(
            ["workflow_version_id"],
            ["workflow_versions.id"],
            name="fk_events_workflow_version_id_workflow_versions",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.UniqueConstraint("document_id", "seq", name="uq_events_document_id_seq"),
    )

    op.create_table(
        "budget_ceilings",
        sa.Column("pack", sa.String(80), nullable=False),
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("amount", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("pack", "key", "year", name="pk_budget_ceilings"),
    )

    # The history is append-only at the database level too, not just in our code.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_APPEND_ONLY_PG_FUNCTION)
        op.execute(_APPEND_ONLY_PG_TRIGGER)
    else:
        op.execute(_APPEND_ONLY_SQLITE.format(op="update", OP="UPDATE"))
        op.execute(_APPEND_ONLY_SQLITE.format(op="delete", OP="DELETE"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS events_no_update_delete ON events")
        op.execute("DROP FUNCTION IF EXISTS ttdn_events_append_only()")
    for table in (
        "budget_ceilings",
        "events",
        "document_links",
        "documents",
        "workflow_versions",
        "delegations",
        "role_assignments",
        "users",
        "units",
    ):
        op.drop_table(table)
