"""What the status bar shows: changes not yet on the server, conflicts, the last successful sync."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.sync_bookkeeping import LAST_SUCCESS, SERVER_URL, TOKEN, USERNAME, put_setting, setting, unsent_count
from app.workspace import Workspace
from models import SyncConflict, SyncOutboxState, utcnow


@dataclass(frozen=True)
class SyncState:
    enrolled: bool
    server_url: str | None
    username: str | None
    last_success: datetime | None
    unsynced: int
    to_review: int  # open conflicts and refused changes: what waits on the Conflicts page


def sync_state(ws: Workspace) -> SyncState:
    with ws.session() as s:
        last = setting(s, LAST_SUCCESS)
        return SyncState(
            enrolled=bool(setting(s, TOKEN)),
            server_url=setting(s, SERVER_URL),
            username=setting(s, USERNAME),
            last_success=datetime.fromisoformat(last) if last else None,
            unsynced=unsent_count(s),
            to_review=review_count(s),
        )


def record_success(ws: Workspace) -> None:
    with ws.session() as s:
        put_setting(s, LAST_SUCCESS, utcnow().isoformat(timespec="seconds"))


def review_count(s: Session) -> int:
    """Open conflicts and refused changes: what waits on the Conflicts page."""
    conflicts = s.scalar(
        select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    )
    refused = s.scalar(
        select(func.count()).select_from(SyncOutboxState).where(SyncOutboxState.status == "rejected")
    )
    return int(conflicts or 0) + int(refused or 0)
