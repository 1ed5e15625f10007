"""The central server's own schema (its own declarative base: it shares no table with the laptop).

Synced rows are kept generically, one ``row_state`` per (entity, row id) with its content as JSON,
so a column added to the laptop's models needs no server migration. ``row_revision`` is the
append-only history of every row: the audit trail and the base of every three-way merge.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Index, Integer, MetaData, String, Text, true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def now() -> datetime:
    """The time as the server's ``DateTime`` columns store it: UTC, without a zone."""
    return datetime.now(UTC).replace(tzinfo=None)


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ServerState(ServerBase):
    """One row. ``last_seq`` is the global change counter; the row is locked by every writer, so
    sequence numbers are handed out and committed in the same order (the gap-free cursor)."""

    __tablename__ = "server_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[str] = mapped_column(String(36), nullable=False)
    epoch_no: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    last_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    durable_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    epoch_started_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class User(ServerBase):
    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    municipalities: Mapped[str] = mapped_column(Text, nullable=False, default="")  # space-separated
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # ``polku-server deactivate-user``: no sign-in; the user's devices send what they hold, then are
    # revoked and wiped (sync/server/api/deps.py).
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    @property
    def municipality_list(self) -> list[str]:
        return sorted(self.municipalities.split())


class Device(ServerBase):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_contact: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    last_pull_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    access_log_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    scope_signature: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    protocol: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    schema_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # False for a device that pulled before the server recorded ``device_client`` (migration 0004):
    # what it got then is known only from its user's caseload. True again once it pulls from 0.
    clients_recorded: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )


class DeviceClient(ServerBase):
    """Which clients' rows the server has sent to a device (for a lost laptop: whose data it holds).

    Written by every pull page that carries a row of the client; ``evicted_at`` when the server told
    the device to drop the client (it left the caseload), cleared when the client's rows come again.
    Clients entered on the laptop and never synced are not known to the server at all."""

    __tablename__ = "device_client"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    first_pulled_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    last_pulled_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    evicted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class MutationResult(ServerBase):
    """The stored answer to one outbox entry: a re-send gets exactly this back."""

    __tablename__ = "mutation_result"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(36), nullable=False)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    received_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class RowState(ServerBase):
    __tablename__ = "row_state"
    __table_args__ = (Index("ix_row_state_client", "client_id"),)

    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    server_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, unique=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    needs_review: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    changed_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    changed_device: Mapped[str | None] = mapped_column(String(36), nullable=True)
    device_time: Mapped[str | None] = mapped_column(String(40), nullable=True)


class RowRevision(ServerBase):
    """Append-only: one row per committed change of a synced row (never updated or deleted)."""

    __tablename__ = "row_revision"
    __table_args__ = (Index("ix_row_revision_row", "entity", "row_id", "version", unique=True),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(60), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    server_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    epoch_no: Mapped[int] = mapped_column(Integer, nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    username: Mapped[str] = mapped_column(String(100), nullable=False)
    device_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    op: Mapped[str] = mapped_column(String(10), nullable=False)
    changed: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False)
    device_time: Mapped[str | None] = mapped_column(String(40), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # Changes made before a restore and merged after it: where they stand in the lost epoch's order.
    # A re-sent answered entry: its epoch, original server_seq and the row version it made then. A
    # change made against the lost epoch but never answered in it: that epoch and its base version
    # (``origin_seq`` empty). Empty for every other change.
    origin_epoch: Mapped[str | None] = mapped_column(String(36), nullable=True)
    origin_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    origin_version: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class ClientScope(ServerBase):
    """Who may see a client: its home municipality and assigned counsellor (children follow)."""

    __tablename__ = "client_scope"

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    municipality: Mapped[str] = mapped_column(String(8), nullable=False, index=True)
    assigned_counsellor: Mapped[str | None] = mapped_column(String(100), nullable=True, index=True)
    # A closed case put aside (``polku-server archive-closed``): it stays here and leaves the
    # laptops, except on a device that fetched it back (``DeviceRecall``). A change to any of its
    # rows makes it an open case again.
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class DeviceRecall(ServerBase):
    """A closed case a counsellor fetched back onto one device: it syncs there like any client of
    the caseload until it changes (open again, everywhere) or lies untouched for the recall period
    (``archive-closed`` then takes it off that device again)."""

    __tablename__ = "device_recall"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    recalled_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class ScopeChange(ServerBase):
    """A client's scope before a change: a device that saw it then, and not now, must drop it."""

    __tablename__ = "scope_change"

    server_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), nullable=False)
    old_municipality: Mapped[str] = mapped_column(String(8), nullable=False)
    old_assigned: Mapped[str | None] = mapped_column(String(100), nullable=True)


class Conflict(ServerBase):
    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(60), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    field: Mapped[str] = mapped_column(String(60), nullable=False)
    base_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    client_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    username: Mapped[str] = mapped_column(String(100), nullable=False)
    device_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(100), nullable=True)


class AccessLog(ServerBase):
    """The laptops' access logs (Act 906/2019 §17), append-only, one row per device entry."""

    __tablename__ = "access_log"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), nullable=False)
    at: Mapped[str] = mapped_column(String(40), nullable=False)
    user: Mapped[str] = mapped_column(String(100), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    entity: Mapped[str] = mapped_column(String(60), nullable=False)
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detail: Mapped[str | None] = mapped_column(String(200), nullable=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # ``user`` is the device's enrolled user (from its token), never what the device claimed.
    # ``flags``: space-separated words (``sync.server.access_log.FLAG_*``) for entries stored with a doubt:
    # ``outside_scope`` (a client not in the user's reach), ``user_claim_differs`` (see claimed_user).
    flags: Mapped[str | None] = mapped_column(String(100), nullable=True)
    claimed_user: Mapped[str | None] = mapped_column(String(100), nullable=True)


class LoginThrottle(ServerBase):
    """Failed logins per username and per client address (kept in the database: several workers)."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    blocked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RefData(ServerBase):
    """Reference data and the rules file, versioned, distributed to the laptops."""

    __tablename__ = "ref_data"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    published_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
