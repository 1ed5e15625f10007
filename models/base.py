"""Declarative base, sync metadata shared by every synced table, and small value helpers."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so Alembic migrations (batch mode on SQLite) can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Columns that describe a row's sync state rather than its content; they never go into an outbox
# entry's changed fields and never take part in a merge.
SYNC_COLUMNS = frozenset(
    {"id", "version", "server_seq", "deleted", "changed_by", "changed_device", "device_time"}
)


def new_uuid() -> str:
    """A client-generated row id (UUID4 text): unique without asking the server."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The device's clock in UTC, naive (SQLite stores no zone). For display only, never ordering."""
    return datetime.now(UTC).replace(tzinfo=None)


def enum_column(enum_cls: type[enum.Enum], **kwargs: Any) -> Any:
    """A column storing a StrEnum's value as short text (no native enum: values get added over time)."""
    return mapped_column(
        SAEnum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
            length=40,
            values_callable=lambda e: [m.value for m in e],
        ),
        **kwargs,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncMixin:
    """Metadata every synced row carries (see shared/docs/sync.md).

    ``version`` is the server revision this device last saw for the row (0: never synced);
    ``server_seq`` the server's global sequence number of that revision. Both are set only by sync.
    ``changed_by``/``changed_device``/``device_time`` record the last local or remote change and are
    filled in automatically by the outbox hook in ``app.changes``.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    server_seq: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    changed_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    changed_device: Mapped[str | None] = mapped_column(String(36), nullable=True)
    device_time: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
