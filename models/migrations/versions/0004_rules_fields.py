"""Fields the law's rules and the annual report need (issue 14).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

- ``client.gender`` (optional; the programme's equality goal) and ``client.asylum_process``
  (compassionate grounds through the asylum process count as refugee background, seed 2.2);
- ``integration_plan.rule_exceptions`` and ``assessment.rule_exceptions``: the counsellor's recorded
  reasons for going ahead although a rule finding applies;
- ``assessment_participant.role_code``: the participant's role from the rules data (Liite 1);
- ``plan_measure.hours`` and ``plan_measure.language`` (civic orientation: at least 70 hours, by
  language).

All nullable or with a default, so existing rows and unsynced outbox entries stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite's batch mode would copy and drop ``client``, which other tables
    # reference); every new column is nullable or has a constant default, which ADD COLUMN allows.
    op.add_column("client", sa.Column("gender", sa.String(length=40), nullable=True))
    op.add_column("client", sa.Column("asylum_process", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("integration_plan", sa.Column("rule_exceptions", sa.Text(), nullable=True))
    op.add_column("assessment", sa.Column("rule_exceptions", sa.Text(), nullable=True))
    op.add_column("assessment_participant", sa.Column("role_code", sa.String(length=64), nullable=True))
    op.add_column("plan_measure", sa.Column("hours", sa.Integer(), nullable=True))
    op.add_column("plan_measure", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    for table, column in (
        ("plan_measure", "language"),
        ("plan_measure", "hours"),
        ("assessment_participant", "role_code"),
        ("assessment", "rule_exceptions"),
        ("integration_plan", "rule_exceptions"),
        ("client", "asylum_process"),
        ("client", "gender"),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
