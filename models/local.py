"""Tables that exist only on the device: the outbox, the access log, and device settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, enum_column, new_uuid
from models.enums import AccessAction


class OutboxEntry(Base):
    """One local change waiting to be pushed, written in the same transaction as the change.

    ``seq`` is the device's own gap-free sequence (AUTOINCREMENT never reuses a number, and a rolled
    back transaction rolls the counter back too), so the server can apply a device's changes in order
    and detect gaps. ``fields`` holds only the changed fields, as JSON.
    """

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 (SQLAlchemy reads it once)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True, default=new_uuid)
    entity: Mapped[str] = mapped_column(String(60), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    op: Mapped[str] = mapped_column(String(10), nullable=False)  # insert | update | delete
    base_version: Mapped[int] = mapped_column(Integer, nullable=False)
    fields: Mapped[str] = mapped_column(Text, nullable=False)
    device_time: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    user: Mapped[str] = mapped_column(String(100), nullable=False)


class AccessLogEntry(Base):
    """Who viewed, changed, printed or exported which client's data (Act 906/2019 §17).

    Append-only: database triggers refuse UPDATE and DELETE. ``detail`` never holds personal data,
    only what kind of record and which document or view.
    """

    __tablename__ = "access_log"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 (SQLAlchemy reads it once)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True, default=new_uuid)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    user: Mapped[str] = mapped_column(String(100), nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    action: Mapped[AccessAction] = enum_column(AccessAction, nullable=False)
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    entity: Mapped[str] = mapped_column(String(60), nullable=False)
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detail: Mapped[str | None] = mapped_column(String(200), nullable=True)


class LocalSetting(Base):
    """Device facts kept inside the encrypted database: device id, counsellor, sync cursors."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
