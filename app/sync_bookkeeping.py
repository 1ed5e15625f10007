"""This laptop's sync bookkeeping as the app reads and writes it: settings (server, device token,
user, last successful sync), the outbox (changes not yet on the server), local rows in wire form.

The one module in ``app/`` that opens ``sync.client.bookkeeping``: the rest of the app asks here, so
the sync client can change how it keeps its books without the app noticing. The sync engine itself
(enrol, sync now) is reached through ``app.sync_service``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from models import OutboxEntry
from sync.client import bookkeeping

SERVER_URL = bookkeeping.SERVER_URL
TOKEN = bookkeeping.TOKEN
USERNAME = bookkeeping.USERNAME
DEVICE_NAME = bookkeeping.DEVICE_NAME
DEVICE_ID = "device_id"  # written at enrolment by ``sync.client.engine.enroll``
ACCESS_PUSHED = bookkeeping.ACCESS_PUSHED
LAST_SUCCESS = "sync.last_success"  # device clock, UTC: shown to the person, never used to order


def setting(s: Session, key: str) -> str | None:
    return bookkeeping.get(s, key)


def setting_int(s: Session, key: str) -> int:
    return bookkeeping.get_int(s, key)


def put_setting(s: Session, key: str, value: str | int) -> None:
    bookkeeping.put(s, key, value)


def outbox_entry(
    entity: str,
    row_id: str,
    op: str,
    base_version: int,
    values: dict[str, Any],
    device_time: datetime,
    user: str,
) -> OutboxEntry:
    """A local change to send, for ``app.changes``' flush hook (see ``sync.client.bookkeeping``)."""
    return bookkeeping.outbox_entry(entity, row_id, op, base_version, values, device_time, user)


def outbox_insert_rows(
    entity: str, rows: list[tuple[str, dict[str, Any]]], device_time: datetime, user: str
) -> list[dict[str, Any]]:
    """Outbox rows for new rows inserted in bulk (``app.changes.bulk_insert``)."""
    return bookkeeping.insert_rows(entity, rows, device_time, user)


def unsent(s: Session) -> list[OutboxEntry]:
    """Changes the server has not answered yet, oldest first."""
    return bookkeeping.unsent(s)


def unsent_count(s: Session) -> int:
    return bookkeeping.unsent_count(s)


def row_fields(s: Session, entity: str, row_id: str) -> dict[str, Any] | None:
    """A local row as wire fields (content columns and ``deleted``); None when not on this laptop."""
    return bookkeeping.row_fields(s, entity, row_id)
