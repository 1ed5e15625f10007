"""Which clients each device was sent (``device_client``), for a lost laptop.

Revision ID: 0004_device_client
Revises: 0003
Create Date: 2026-12-02

A new table and one column on ``device``. Devices that pulled before this revision are marked
``clients_recorded = false``: what they got then was not recorded, and ``polku-server
device-clients`` says so and falls back to their user's caseload (docs/it-guide.md). A device that
pulls from the beginning again (a new epoch, a changed caseload) is recorded in full from then on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_device_client"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_client",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("first_pulled_at", sa.DateTime(), nullable=False),
        sa.Column("last_pulled_at", sa.DateTime(), nullable=False),
        sa.Column("evicted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", "client_id", name=op.f("pk_device_client")),
    )
    # Plain ADD COLUMN with a default on both SQLite and PostgreSQL (no table copy).
    op.add_column(
        "device", sa.Column("clients_recorded", sa.Boolean(), nullable=False, server_default=sa.true())
    )
    op.execute("UPDATE device SET clients_recorded = false WHERE last_pull_seq > 0")


def downgrade() -> None:
    op.drop_column("device", "clients_recorded")
    op.drop_table("device_client")
