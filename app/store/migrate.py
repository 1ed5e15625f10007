"""Schema migrations (Alembic) of the local database, run on unlock after a backup copy."""

from __future__ import annotations

import errno
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.errors import DatabaseTooNew, DiskFull
from app.store.perms import open_private_binary, private_dir

BACKUPS_KEPT = 3


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "models:migrations")
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every revision from the first to the head, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def migrate_on_unlock(engine: Engine, db_path: Path) -> str | None:
    """Bring the database to the head revision; back the file up first if it holds data.

    Returns the backup's path when one was made. A database from a newer Polku is refused.
    """
    head = head_revision()
    with engine.connect() as conn:
        current = current_revision(conn)
    if current == head:
        return None
    known = set(all_revisions())
    if current is not None and current not in known:
        raise DatabaseTooNew("The database was made by a newer version of Polku", db_path)
    backup = backup_database(engine, db_path, label=current or "empty") if current else None
    upgrade(engine)
    return str(backup) if backup else None


def backup_database(engine: Engine, db_path: Path, *, label: str) -> Path:
    """Copy the (still encrypted) database file aside; keeps the newest few copies."""
    folder = db_path.parent / "backups"
    private_dir(folder)
    with engine.connect() as conn:
        # Move committed WAL pages into the main file so the copy is complete on its own.
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-{label}.db"
    try:
        with db_path.open("rb") as src, open_private_binary(target) as dst:  # 0600 from the start
            shutil.copyfileobj(src, dst)
        st = db_path.stat()
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # as shutil.copy2 did; never the mode
    except OSError as exc:
        target.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise DiskFull(target) from exc
        raise
    for old in sorted(folder.glob(f"{db_path.stem}-*.db"))[:-BACKUPS_KEPT]:
        old.unlink()
    return target
