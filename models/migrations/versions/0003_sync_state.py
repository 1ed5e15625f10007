"""Sync state: the server's answers to outbox entries, conflicts for review, stashed pulled rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

New device-only tables; existing rows and unsynced outbox entries are untouched (an outbox entry
without an answer is simply unsent and goes out at the next sync). Sync applies pulled client rows
without the ORM hook and computes their search key itself; any client row still lacking one (written
by raw SQL) gets it here, since search would not find it otherwise.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

from models.search import client_search_key


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=True),
    sa.Column('base_value', sa.Text(), nullable=False),
    sa.Column('server_value', sa.Text(), nullable=False),
    sa.Column('local_value', sa.Text(), nullable=False),
    sa.Column('outbox_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=20), nullable=True),
    sa.Column('resolved_value', sa.Text(), nullable=True),
    sa.Column('resolution_sent', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_row_id'), ['row_id'], unique=False)

    op.create_table('sync_outbox_state',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=True),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox_state'))
    )
    op.create_table('sync_pull_stash',
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.Column('item', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'row_id', name=op.f('pk_sync_pull_stash'))
    )

    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, first_names, last_name, name_latin, date_of_birth FROM client WHERE search_key = ''")
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
    op.drop_table('sync_pull_stash')
    op.drop_table('sync_outbox_state')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_row_id'))

    op.drop_table('sync_conflict')
