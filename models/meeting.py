"""Meetings with the client, and append-only notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, SyncMixin, enum_column
from models.enums import MeetingMode, MeetingPurpose, MeetingStatus


class Meeting(SyncMixin, Base):
    __tablename__ = "meeting"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=60)
    mode: Mapped[MeetingMode] = enum_column(MeetingMode, nullable=False)
    purpose: Mapped[MeetingPurpose] = enum_column(MeetingPurpose, nullable=False)
    status: Mapped[MeetingStatus] = enum_column(MeetingStatus, nullable=False, default=MeetingStatus.BOOKED)
    municipality: Mapped[str | None] = mapped_column(ForeignKey("ref_municipality.code"), nullable=True)
    place: Mapped[str | None] = mapped_column(String(300), nullable=True)
    interpreter_language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)


class Note(SyncMixin, Base):
    """A free-text note. Append-only: never edited, so two devices' notes never conflict."""

    __tablename__ = "note"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    written_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    author: Mapped[str] = mapped_column(String(100), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
