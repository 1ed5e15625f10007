"""Recently deleted: what was deleted in the last 30 days, and putting it back (ODK Central's trash).

Deleting stays what it was: a soft ``deleted`` flag on the row, which syncs. Restoring clears the
flag, an ordinary local change that writes its outbox entry and syncs like any edit; the server
merges it like any other change (an edit made elsewhere meanwhile becomes a visible conflict).

What comes back with a client: a client's delete flags only the client row; its plans, meetings,
notes and assessments keep ``deleted = False`` and are hidden because their client is. Restoring the
client clears that one flag, so everything deleted together with it comes back as it was, and a plan
or meeting deleted on its own earlier keeps its own flag and stays deleted (it is listed here on its
own while its 30 days last). No delete-time matching is needed to tell the two apart.

When: a row's ``device_time`` is stamped at every change, and a deleted row is not changed again, so
it is the time of the delete (the deleting device's clock, as shown everywhere else). After
``RETENTION_DAYS`` the item is neither listed nor restorable; the data stays soft-deleted.

Any thread; each function opens its own session and returns frozen values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import record_access
from app.errors import NotFound, PolkuError
from app.workspace import Workspace
from models import Client, IntegrationPlan, Meeting, utcnow
from models.enums import AccessAction

RETENTION_DAYS = 30
RETENTION = timedelta(days=RETENTION_DAYS)

Kind = Literal["client", "integration_plan", "meeting"]
KINDS: tuple[Kind, ...] = ("client", "integration_plan", "meeting")


class RestoreWindowClosed(PolkuError):
    """Deleted more than ``RETENTION_DAYS`` days ago: no longer offered."""

    code = "restore_window_closed"

    def __init__(self) -> None:
        super().__init__(
            f"Deleted more than {RETENTION_DAYS} days ago; it can no longer be restored.",
            params={"days": RETENTION_DAYS},
        )


class ClientStillDeleted(PolkuError):
    """A plan or meeting whose client is deleted: restore the client first."""

    code = "client_still_deleted"

    def __init__(self) -> None:
        super().__init__("The client of this record is deleted; restore the client first.")


@dataclass(frozen=True)
class DeletedItem:
    kind: Kind
    id: str
    client_id: str
    first_names: str
    last_name: str
    # What the item is, beside the client's name: a plan's period start, a meeting's time.
    on: date | datetime | None
    deleted_at: datetime  # device clock, UTC
    deleted_by: str | None
    days_left: int  # whole days, rounded up: 30 just after the delete, 1 on the last day


def days_left(deleted_at: datetime, now: datetime) -> int:
    left = (deleted_at + RETENTION - now) / timedelta(days=1)
    return max(0, min(RETENTION_DAYS, math.ceil(left)))


def _offered(deleted_at: datetime | None, now: datetime) -> bool:
    return deleted_at is not None and now - deleted_at < RETENTION


def list_recently_deleted(
    ws: Workspace, *, now: datetime | None = None, view: str = "recently_deleted"
) -> list[DeletedItem]:
    """Newest delete first. Client names are shown: each listed client gets a ``list`` log row (once
    per unlocked session, as in the caseload)."""
    now = now or utcnow()
    since = now - RETENTION
    items: list[DeletedItem] = []
    with ws.session() as s:
        clients = s.execute(
            select(
                Client.id, Client.first_names, Client.last_name, Client.device_time, Client.changed_by
            ).where(Client.deleted.is_(True), Client.device_time > since)
        )
        for cid, first, last, at, by in clients:
            items.append(DeletedItem("client", cid, cid, first, last, None, at, by, days_left(at, now)))
        for kind, model, on in (
            ("integration_plan", IntegrationPlan, IntegrationPlan.period_start),
            ("meeting", Meeting, Meeting.starts_at),
        ):
            rows = s.execute(
                select(model.id, Client.id, Client.first_names, Client.last_name, on, model.device_time)
                .add_columns(model.changed_by)
                .join(Client, Client.id == model.client_id)
                .where(model.deleted.is_(True), model.device_time > since, Client.deleted.is_(False))
            )
            for rid, cid, first, last, when, at, by in rows:
                items.append(DeletedItem(kind, rid, cid, first, last, when, at, by, days_left(at, now)))  # type: ignore[arg-type]
        items.sort(key=lambda i: (i.deleted_at, i.id), reverse=True)
        # Like the caseload and the dashboard: a name shown is logged once per unlocked session.
        new = sorted({i.client_id for i in items} - ws.listed)
        record_access(s, ws.actor, AccessAction.LIST, entity="client", client_ids=new, detail=view)
    ws.listed.update(new)
    return items


def _get(s: Session, kind: str, item_id: str) -> Client | IntegrationPlan | Meeting | None:
    if kind == "client":
        return s.get(Client, item_id)
    if kind == "integration_plan":
        return s.get(IntegrationPlan, item_id)
    if kind == "meeting":
        return s.get(Meeting, item_id)
    return None


def _client_of(s: Session, row: Client | IntegrationPlan | Meeting) -> Client:
    if isinstance(row, Client):
        return row
    client = s.get(Client, row.client_id)
    if client is None:  # pragma: no cover - a foreign key
        raise NotFound("client", row.client_id)
    return client


def restore(ws: Workspace, *, kind: Kind, item_id: str, now: datetime | None = None) -> str:
    """Clear the delete flag of one item (a normal change: outbox entry, access-log ``restore`` row).

    Returns the client's id. Raises ``NotFound`` when the item is not deleted (or not here),
    ``RestoreWindowClosed`` after 30 days, ``ClientStillDeleted`` for a plan or meeting of a deleted
    client.
    """
    now = now or utcnow()
    with ws.session() as s:
        row = _get(s, kind, item_id)
        if row is None or not row.deleted:
            raise NotFound(kind, item_id)
        if not _offered(row.device_time, now):
            raise RestoreWindowClosed()
        client = _client_of(s, row)
        if not isinstance(row, Client) and client.deleted:
            raise ClientStillDeleted()
        row.deleted = False
        s.flush()
        record_access(
            s,
            ws.actor,
            AccessAction.RESTORE,
            entity=kind,
            client_ids=[client.id],
            record_id=None if isinstance(row, Client) else row.id,
        )
        return client.id
