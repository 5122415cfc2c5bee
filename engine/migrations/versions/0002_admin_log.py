"""The administrative log (who changed the organisation or the rules) and instance markers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_APPEND_ONLY_SQLITE = """
CREATE TRIGGER admin_log_no_{op} BEFORE {OP} ON admin_log
BEGIN SELECT RAISE(ABORT, 'the admin log is append-only: {OP} refused'); END
"""

# A function of its own, so that the refusal names the admin log.
_APPEND_ONLY_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION ttdn_admin_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the admin log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql
"""
_APPEND_ONLY_PG_TRIGGER = """
CREATE TRIGGER admin_log_no_update_delete BEFORE UPDATE OR DELETE ON admin_log
FOR EACH ROW EXECUTE FUNCTION ttdn_admin_log_append_only()
"""


def upgrade() -> None:
    op.create_table(
        "admin_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column(
            "actor_id",
            sa.Integer,
            sa.ForeignKey("users.id", name="fk_admin_log_actor_id_users"),
            nullable=True,
        ),
        sa.Column("actor_label", sa.String(255), nullable=False),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("target", sa.String(255), nullable=False),
        sa.Column("before", sa.JSON, nullable=True),
        sa.Column("after", sa.JSON, nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_admin_log"),
        sa.UniqueConstraint("seq", name="uq_admin_log_seq"),
    )
    op.create_table(
        "markers",
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("value", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_markers"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_APPEND_ONLY_PG_FUNCTION)
        op.execute(_APPEND_ONLY_PG_TRIGGER)
    else:
        op.execute(_APPEND_ONLY_SQLITE.format(op="update", OP="UPDATE"))
        op.execute(_APPEND_ONLY_SQLITE.format(op="delete", OP="DELETE"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS admin_log_no_update_delete ON admin_log")
        op.execute("DROP FUNCTION IF EXISTS ttdn_admin_log_append_only()")
    op.drop_table("markers")
    op.drop_table("admin_log")
