"""A user can be deactivated (``app_user.deactivated_at``).

Revision ID: 0005_user_deactivated
Revises: 0004_device_client
Create Date: 2026-12-02

One nullable column: every existing user stays active. ``polku-server deactivate-user`` sets it; the
user's devices are refused at their next sync after sending what they hold (docs/sync-protocol.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_user_deactivated"
down_revision = "0004_device_client"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("app_user", sa.Column("deactivated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("app_user") as batch:  # SQLite: DROP COLUMN by copying the table
        batch.drop_column("deactivated_at")
