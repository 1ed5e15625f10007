"""An SQLAlchemy engine over one SQLCipher 4 database file, opened with a raw 256-bit key.

The key is passed as a raw key (``x'…'``), so SQLCipher skips its own PBKDF2: the slow derivation
already happened once, in Argon2id, when the key file was unwrapped.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.errors import DatabaseDamaged, DiskFull
from app.store.perms import create_private_file

# SQLCipher 4 default page size. A file whose size is not a multiple of it was cut short.
PAGE_SIZE = 4096
# Less free space than this when opening fails: the disk is full (the -shm file alone is 32 KiB).
FULL_BELOW_BYTES = 128 * 1024


def _pragmas(key: bytes) -> list[str]:
    return [
        "PRAGMA cipher_log_level = NONE",  # SQLCipher otherwise prints decrypt errors to stderr
        f"PRAGMA key = \"x'{key.hex()}'\"",
        # Temporary tables and sort spills stay in memory: nothing decrypted ever reaches the disk.
        "PRAGMA temp_store = MEMORY",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 10000",
    ]


def open_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    """Open (or with ``create`` make) the encrypted database and check that the key opens it.

    Raises DatabaseDamaged naming the file when the file cannot be read as a database with this key.
    Safe to call from any thread; connections are not shared between threads at the same time.
    """
    if not create:
        _check_size(path)
    else:
        # Owner-only from the start: SQLite gives the -wal and -shm files this file's mode.
        create_private_file(path)
    uri_path = str(path)

    def connect() -> Any:
        # mode=rw: opening must never create a file; a missing database is an error, not a new one.
        mode = "rwc" if create else "rw"
        conn = sqlcipher3.dbapi2.connect(
            f"file:{uri_path}?mode={mode}", uri=True, check_same_thread=False, isolation_level=None
        )
        for pragma in _pragmas(key):
            conn.execute(pragma)
        return conn

    engine = create_engine(
        "sqlite://",
        creator=connect,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,  # error messages must never quote client data
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        # WAL pages are encrypted like the main file; FULL sync: a power cut loses no commit.
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        # 32 MiB of decrypted pages per connection (SQLite's default is 2 MiB): with a 20,000-client
        # caseload the indexes outgrow 2 MiB, and every miss is a read plus a decryption. (Set here,
        # after the file has proved readable: the pragma loads the schema, which on a damaged file
        # would create -wal and -shm files beside it.)
        cur.execute("PRAGMA cache_size = -32768")
        cur.close()

    # pysqlite's implicit transactions are off (isolation_level=None): begin explicitly, so that
    # SQLAlchemy's transaction is the database's transaction.
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar() or 0
        if not create:
            _check_page_count(path, int(pages))
    except DatabaseDamaged:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if _disk_full(path):
            # Opening in WAL mode creates the -wal and -shm files; SQLite reports a full disk there
            # as a plain "disk I/O error". The file is fine: say what is wrong, not "damaged".
            raise DiskFull(path) from exc
        raise DatabaseDamaged(
            "The database file cannot be opened with this profile's key (damaged, or not this "
            "profile's database)",
            path,
        ) from exc
    return engine


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise DatabaseDamaged("The database file is truncated or damaged", path)


def _check_page_count(path: Path, pages: int) -> None:
    """The header says how many pages the database has; a file cut at a page boundary has fewer.
    Skipped while a WAL file holds pages (after a crash), where the database may legitimately be
    longer than the main file until the next checkpoint."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    if pages * PAGE_SIZE > path.stat().st_size:
        raise DatabaseDamaged("The database file is truncated", path)


def integrity_problems(engine: Engine, *, full: bool = False) -> list[str]:
    """Pages whose authentication fails (cipher_integrity_check) or a damaged b-tree (quick_check)."""
    problems: list[str] = []
    with engine.connect() as conn:
        if full:
            problems += [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
        if rows != ["ok"]:
            problems += rows
    return problems
