"""Client search key: folded names and birth date, so search works across scripts and accents.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Adds ``client.search_key`` and fills it for existing rows. The search key is derived data, so the
backfill writes no outbox entries: every device computes it the same way.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

from models.search import client_search_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_client_search_key"), ["search_key"], unique=False)

    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, first_names, last_name, name_latin, date_of_birth FROM client")
    ).all()
    updates = [
        {
            "id": row.id,
            "key": client_search_key(
                row.first_names,
                row.last_name,
                row.name_latin,
                date.fromisoformat(row.date_of_birth) if row.date_of_birth else None,
            ),
        }
        for row in rows
    ]
    if updates:
        conn.execute(sa.text("UPDATE client SET search_key = :key WHERE id = :id"), updates)


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_search_key"))
        batch_op.drop_column("search_key")
