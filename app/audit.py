"""The access log: who viewed, changed, printed or exported which client's data, when, from where.

Only ``app/`` services call this, inside the same transaction as the read or write they record, so
a read that is not logged cannot happen through the app.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.changes import Actor
from models import AccessLogEntry, new_uuid, utcnow
from models.enums import AccessAction


def record_access(
    session: Session,
    actor: Actor,
    action: AccessAction,
    *,
    entity: str,
    client_ids: Iterable[str | None],
    record_id: str | None = None,
    detail: str | None = None,
) -> int:
    """Append one row per client. ``detail`` must not hold personal data (a view or document name)."""
    now = utcnow()
    rows = [
        {
            "id": new_uuid(),
            "at": now,
            "user": actor.user,
            "device_id": actor.device_id,
            "action": action,
            "client_id": client_id,
            "entity": entity,
            "record_id": record_id,
            "detail": detail,
        }
        for client_id in client_ids
    ]
    if rows:
        session.execute(insert(AccessLogEntry), rows)
    return len(rows)


@dataclass(frozen=True)
class AccessRecord:
    at: datetime
    user: str
    device_id: str
    action: AccessAction
    entity: str
    record_id: str | None
    detail: str | None


def access_history(session: Session, *, client_id: str) -> list[AccessRecord]:
    """Everything the log holds about one client, oldest first (the client's right of access)."""
    rows = session.scalars(
        select(AccessLogEntry).where(AccessLogEntry.client_id == client_id).order_by(AccessLogEntry.seq)
    )
    return [AccessRecord(r.at, r.user, r.device_id, r.action, r.entity, r.record_id, r.detail) for r in rows]
