"""Small facts for the status bar."""

from __future__ import annotations

from sqlalchemy import func, select

from app.workspace import Workspace
from models import OutboxEntry


def unsynced_changes(ws: Workspace) -> int:
    """Local changes not yet accepted by the server (zero only after a successful sync)."""
    with ws.session() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
