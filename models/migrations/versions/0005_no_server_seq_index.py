"""The synced tables lose their ``server_seq`` index (issue 17).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

Nothing on the laptop looks a row up by its server sequence number; the index only cost every
pulled row a second B-tree insert (an initial pull of 60,000 rows into an encrypted profile:
18,900 -> 20,400 rows/s without these indexes).
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = (
    "client",
    "client_language",
    "assessment",
    "assessment_participant",
    "integration_plan",
    "plan_goal",
    "plan_measure",
    "meeting",
    "note",
)


def upgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_server_seq", table_name=table)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_server_seq", table, ["server_seq"])
