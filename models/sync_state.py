"""Local sync state: what the server answered for each outbox entry, conflicts waiting for a person,
and pulled rows waiting for their parent. Device-only tables (never synced)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class SyncOutboxState(Base):
    """The server's answer to one outbox entry (same ``seq``). An entry without one is unsent.

    Answered entries are kept until the server reports a backup holds their change
    (``server_seq`` <= the server's durable mark in the same ``epoch``): after a restore from an
    older backup they are sent again.
    """

    __tablename__ = "sync_outbox_state"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)  # applied|merged|conflict|rejected
    code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    server_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    epoch: Mapped[str] = mapped_column(String(36), nullable=False)
    answered_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class SyncConflict(Base):
    """One field both sides changed differently. The server kept its value; a person decides.

    Values are JSON text (wire form). Resolving writes a normal local change (which syncs) and
    marks the conflict resolved; ``resolution_sent`` tells the server it may clear "needs review".
    """

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the server's conflict id
    entity: Mapped[str] = mapped_column(String(60), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    field: Mapped[str] = mapped_column(String(60), nullable=False)
    code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    base_value: Mapped[str] = mapped_column(Text, nullable=False)
    server_value: Mapped[str] = mapped_column(Text, nullable=False)
    local_value: Mapped[str] = mapped_column(Text, nullable=False)
    outbox_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(20), nullable=True)  # server|local|merged
    resolved_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolution_sent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class SyncPullStash(Base):
    """A pulled row whose parent (or referenced reference-data code) is not on the device yet;
    applied as soon as it arrives. Kept in the same transaction as the cursor, so nothing is skipped."""

    __tablename__ = "sync_pull_stash"

    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    item: Mapped[str] = mapped_column(Text, nullable=False)
