"""Where a change merged after a restore stood in the lost epoch's order (``row_revision.origin_*``).

Revision ID: 0003
Revises: 0002_access_log_flags
Create Date: 2026-12-01

Re-sent changes are merged in the order the server first accepted them (docs/sync-protocol.md,
"Epochs, restores and the durable mark"): the revision keeps the epoch, server_seq and row version
the change had before the restore. Nullable columns, no data to move; ``row_revision`` stays
append-only (its triggers refuse UPDATE and DELETE, an ALTER TABLE ADD COLUMN is neither).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002_access_log_flags"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both SQLite and PostgreSQL (no table copy: the triggers stay).
    op.add_column("row_revision", sa.Column("origin_epoch", sa.String(length=36), nullable=True))
    op.add_column("row_revision", sa.Column("origin_seq", sa.BigInteger(), nullable=True))
    op.add_column("row_revision", sa.Column("origin_version", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    for name in ("origin_version", "origin_seq", "origin_epoch"):
        op.drop_column("row_revision", name)
