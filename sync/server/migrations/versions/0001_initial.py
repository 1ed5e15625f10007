"""Initial schema of the central sync server.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27

The revision history and the access log are append-only: triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_log",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq", name=op.f("pk_access_log")),
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_access_log_client_id"), ["client_id"], unique=False)

    op.create_table(
        "app_user",
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("municipalities", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_app_user")),
    )
    op.create_table(
        "client_scope",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("municipality", sa.String(length=8), nullable=False),
        sa.Column("assigned_counsellor", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_scope")),
    )
    with op.batch_alter_table("client_scope", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_scope_assigned_counsellor"), ["assigned_counsellor"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_client_scope_municipality"), ["municipality"], unique=False)

    op.create_table(
        "conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("base_value", sa.JSON(), nullable=True),
        sa.Column("server_value", sa.JSON(), nullable=True),
        sa.Column("client_value", sa.JSON(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("device_seq", sa.BigInteger(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_row_id"), ["row_id"], unique=False)

    op.create_table(
        "device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_contact", sa.DateTime(), nullable=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_pull_seq", sa.BigInteger(), nullable=False),
        sa.Column("access_log_seq", sa.BigInteger(), nullable=False),
        sa.Column("scope_signature", sa.String(length=400), nullable=False),
        sa.Column("protocol", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_device_token_hash")),
    )
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_username"), ["username"], unique=False)

    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("blocked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
    )
    op.create_table(
        "mutation_result",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq", name=op.f("pk_mutation_result")),
    )
    op.create_table(
        "ref_data",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_ref_data")),
    )
    op.create_table(
        "row_revision",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("epoch_no", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("device_seq", sa.BigInteger(), nullable=True),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("changed", sa.JSON(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("device_time", sa.String(length=40), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_row_revision")),
    )
    with op.batch_alter_table("row_revision", schema=None) as batch_op:
        batch_op.create_index("ix_row_revision_row", ["entity", "row_id", "version"], unique=True)

    op.create_table(
        "row_state",
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=True),
        sa.Column("changed_device", sa.String(length=36), nullable=True),
        sa.Column("device_time", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_row_state")),
        sa.UniqueConstraint("server_seq", name=op.f("uq_row_state_server_seq")),
    )
    with op.batch_alter_table("row_state", schema=None) as batch_op:
        batch_op.create_index("ix_row_state_client", ["client_id"], unique=False)

    op.create_table(
        "scope_change",
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("old_municipality", sa.String(length=8), nullable=False),
        sa.Column("old_assigned", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("server_seq", name=op.f("pk_scope_change")),
    )
    op.create_table(
        "server_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.String(length=36), nullable=False),
        sa.Column("epoch_no", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("durable_seq", sa.BigInteger(), nullable=False),
        sa.Column("epoch_started_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_state")),
    )
    _append_only("row_revision")
    _append_only("access_log")


def _append_only(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION polku_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION polku_append_only()"
        )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS row_revision_append_only ON row_revision")
        op.execute("DROP TRIGGER IF EXISTS access_log_append_only ON access_log")
        op.execute("DROP FUNCTION IF EXISTS polku_append_only()")
    op.drop_table("server_state")
    op.drop_table("scope_change")
    with op.batch_alter_table("row_state", schema=None) as batch_op:
        batch_op.drop_index("ix_row_state_client")

    op.drop_table("row_state")
    with op.batch_alter_table("row_revision", schema=None) as batch_op:
        batch_op.drop_index("ix_row_revision_row")

    op.drop_table("row_revision")
    op.drop_table("ref_data")
    op.drop_table("mutation_result")
    op.drop_table("login_throttle")
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_username"))

    op.drop_table("device")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_row_id"))

    op.drop_table("conflict")
    with op.batch_alter_table("client_scope", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_scope_municipality"))
        batch_op.drop_index(batch_op.f("ix_client_scope_assigned_counsellor"))

    op.drop_table("client_scope")
    op.drop_table("app_user")
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_log_client_id"))

    op.drop_table("access_log")
