"""Declarative base, sync metadata shared by every synced table, and small value helpers."""

from __future__ import annotations

import enum
import os
import time
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
    """A client-generated row id: unique without asking the server, and time-ordered (UUIDv7, RFC 9562).

    Rows are made, pushed and pulled roughly in the order they were made, so time-ordered ids land
    at the end of the laptop's and the server's id indexes. Random (version 4) ids land anywhere:
    each page a laptop pulled rewrote index pages all over the file, and the cost of a pulled row
    grew with the caseload (inserting 220,000 rows in 5,000-row transactions into an encrypted
    table: 8 µs a row at first either way, at the end 50-75 µs with random ids, 20 µs with these).
    The id tells when the row was made, to the millisecond, by the laptop's clock; so do the row's
    own timestamps. A wrong clock costs only that locality: 74 random bits keep ids unique."""
    return str(uuid7())


def uuid7(unix_ms: int | None = None) -> uuid.UUID:
    """RFC 9562 version 7: 48 bits of Unix time in milliseconds, then 74 random bits (until Python
    3.14's ``uuid.uuid7``)."""
    ms = time.time_ns() // 1_000_000 if unix_ms is None else unix_ms
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits, of which 74 are used
    rand_a, rand_b = rand >> 68, rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)


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
    # No index: nothing on the laptop looks a row up by it, and each index costs every pulled row
    # (an initial pull of 60,000 rows: 18,900 -> 20,400 rows/s without these; migration 0005).
    server_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    changed_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    changed_device: Mapped[str | None] = mapped_column(String(36), nullable=True)
    device_time: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
