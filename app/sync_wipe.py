"""What a revoked or lost device must do: see what wiping it would lose, then wipe the profile."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app import sync_bookkeeping as books
from app.store.profile import ProfilePaths
from app.workspace import Workspace
from models import AccessLogEntry, SyncConflict, SyncOutboxState


@dataclass(frozen=True)
class UnsyncedWork:
    """What wiping this device now would lose: changes not yet on the server, and more."""

    changes: int
    by_entity: dict[str, int]
    open_conflicts: int
    rejected: int
    access_log_entries: int

    @property
    def nothing_to_lose(self) -> bool:
        return not (self.changes or self.open_conflicts or self.rejected or self.access_log_entries)


def unsynced_work(ws: Workspace) -> UnsyncedWork:
    with ws.session() as s:
        pending = books.unsent(s)
        conflicts = s.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        rejected = s.scalar(
            select(func.count()).select_from(SyncOutboxState).where(SyncOutboxState.status == "rejected")
        )
        pushed = books.setting_int(s, books.ACCESS_PUSHED)
        access = s.scalar(select(func.count()).select_from(AccessLogEntry).where(AccessLogEntry.seq > pushed))
    return UnsyncedWork(
        changes=len(pending),
        by_entity=dict(Counter(e.entity for e in pending)),
        open_conflicts=int(conflicts or 0),
        rejected=int(rejected or 0),
        access_log_entries=int(access or 0),
    )


def wipe_profile(folder: Path) -> list[Path]:
    """Delete the local database, its WAL, backups and the key file (close the workspace first).

    The key file goes first: without it the encrypted database is unreadable even if a copy of the
    disk survives. Returns what was deleted.
    """
    paths = ProfilePaths(folder)
    targets = [
        paths.key_file,
        paths.database,
        Path(f"{paths.database}-wal"),
        Path(f"{paths.database}-shm"),
        Path(f"{paths.database}-journal"),
        paths.attempts,
        paths.creating_marker,
    ]
    deleted: list[Path] = []
    for target in targets:
        if target.exists():
            target.unlink()
            deleted.append(target)
    backups = folder / "backups"
    if backups.exists():
        deleted += sorted(backups.iterdir())
        shutil.rmtree(backups)
    return deleted
