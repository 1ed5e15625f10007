"""Closed cases leave the laptops (``client_scope.archived_at``) and can be fetched back onto one
device (``device_recall``).

Revision ID: 0006_closed_cases
Revises: 0005_user_deactivated
Create Date: 2026-12-03

One nullable column and a new table: every existing client stays where it is until
``polku-server archive-closed`` first runs (docs/server-guide.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_closed_cases"
down_revision = "0005_user_deactivated"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("client_scope", sa.Column("archived_at", sa.DateTime(), nullable=True))
    op.create_table(
        "device_recall",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("recalled_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "client_id", name=op.f("pk_device_recall")),
    )
    op.create_index(op.f("ix_device_recall_client_id"), "device_recall", ["client_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_device_recall_client_id"), table_name="device_recall")
    op.drop_table("device_recall")
    with op.batch_alter_table("client_scope") as batch:  # SQLite: DROP COLUMN by copying the table
        batch.drop_column("archived_at")
