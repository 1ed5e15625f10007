"""The access log records what the server noticed about an entry: ``flags`` and ``claimed_user``.

Revision ID: 0002_access_log_flags
Revises: 0001
Create Date: 2026-12-01

``access_log.user`` is stamped from the device's token from now on; when the device named another
user, its claim is kept in ``claimed_user``. ``flags`` holds words such as ``outside_scope``. Plain
ADD COLUMN (no table copy on SQLite), so the append-only triggers stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_access_log_flags"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("access_log", sa.Column("flags", sa.String(length=100), nullable=True))
    op.add_column("access_log", sa.Column("claimed_user", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_column("claimed_user")
        batch_op.drop_column("flags")
