"""The access-log entry of a client removed from this laptop on the server's word (issue 18).

A client leaves the laptop when it leaves the counsellor's caseload (moved to another municipality,
reassigned, the counsellor's municipalities changed). Removing a client's data is processing of it,
and the access log (Act 906/2019 §17) records it like a view or a print: one ``remove`` entry per
client, written in the transaction that deletes the rows, and pushed to the server with the rest of
the log at the next sync. ``app.audit.record_access`` writes the app's entries; sync may not import
app, so the same row is written here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy.orm import Session

from models import AccessLogEntry, new_uuid, utcnow
from models.enums import AccessAction
from sync.client import bookkeeping as local

# The entry's detail: why the data left, never anything about the client.
LEFT_CASELOAD = "left-caseload"


@dataclass(frozen=True)
class LoggedAs:
    """Whose laptop removed the data: the profile's user and device, as the app's own entries name
    them (``app.workspace`` builds its Actor from the same two settings)."""

    user: str
    device_id: str


def logged_as(s: Session) -> LoggedAs:
    # The enrolled user name stands in only for a profile without its own (made before it had one).
    user = local.get(s, local.USER) or local.get(s, local.USERNAME) or ""
    return LoggedAs(user=user, device_id=local.get(s, local.DEVICE_ID) or "")


def record_removal(s: Session, who: LoggedAs, client_id: str) -> None:
    """One ``remove`` entry for a client whose rows this transaction deleted."""
    s.execute(
        insert(AccessLogEntry),
        [
            {
                "id": new_uuid(),
                "at": utcnow(),
                "user": who.user,
                "device_id": who.device_id,
                "action": AccessAction.REMOVE,
                "client_id": client_id,
                "entity": "client",
                "record_id": None,
                "detail": LEFT_CASELOAD,
            }
        ],
    )
