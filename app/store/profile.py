"""A profile: one folder with one encrypted database and the key file that opens it.

    polku.key             the database key, wrapped by the passphrase (app.store.keyfile)
    polku.db              SQLCipher 4 database (and its encrypted -wal file while open)
    backups/              encrypted copies made before each schema migration
    unlock-attempts.json  wrong-passphrase counter for the growing wait (no secrets)

Nothing here ever creates an empty database over an existing one: every damaged or missing piece
is an error that names the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from app.errors import (
    DatabaseMissing,
    ProfileExists,
    ProfileNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from app.store import lockout
from app.store.engine import open_engine
from app.store.keyfile import KdfParams, KeyFile, UnwrapFailed, read_key_file, write_key_file
from app.store.migrate import migrate_on_unlock
from app.store.paths import MIN_PASSPHRASE_LENGTH as MIN_PASSPHRASE_LENGTH  # re-exported
from app.store.paths import ProfilePaths as ProfilePaths  # re-exported
from app.store.perms import create_private_file, fix_modes, private_dir, profile_paths
from app.store.recovery import with_recovery


@dataclass
class OpenedStore:
    paths: ProfilePaths
    engine: Engine
    backup_made: str | None = None

    def close(self) -> None:
        self.engine.dispose()


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters.")


def create_store(
    folder: Path, passphrase: str, *, kdf: KdfParams | None = None, recovery_public_key: bytes | None = None
) -> OpenedStore:
    """Make a new profile folder with a fresh key and an empty, migrated database."""
    check_passphrase_strength(passphrase)
    paths = ProfilePaths(folder)
    if paths.exists() and not paths.interrupted_creation():
        raise ProfileExists("A profile already exists in this folder", folder)
    private_dir(folder)
    create_private_file(paths.creating_marker)
    for leftover in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
        leftover.unlink(missing_ok=True)
    key_file, db_key = KeyFile.new(passphrase, kdf or KdfParams())
    key_file = with_recovery(key_file, db_key, recovery_public_key) or key_file
    engine = open_engine(paths.database, db_key, create=True)
    migrate_on_unlock(engine, paths.database)
    write_key_file(paths.key_file, key_file)  # last: from here on the profile exists
    paths.creating_marker.unlink()
    return OpenedStore(paths, engine)


def _unwrap(paths: ProfilePaths, passphrase: str) -> tuple[KeyFile, bytes]:
    if not paths.exists() or paths.interrupted_creation():
        raise ProfileNotFound("No profile in this folder", paths.folder)
    lockout.check(paths.attempts)
    key_file = read_key_file(paths.key_file)
    if not paths.database.exists():
        raise DatabaseMissing("The database file is missing", paths.database)
    try:
        db_key = key_file.unwrap(passphrase)
    except UnwrapFailed:
        failures, wait = lockout.record_failure(paths.attempts)
        raise WrongPassphrase(failures, wait) from None
    lockout.reset(paths.attempts)
    return key_file, db_key


def unlock_store(folder: Path, passphrase: str, *, recovery_public_key: bytes | None = None) -> OpenedStore:
    """Open an existing profile: check the passphrase, open the database, migrate it if needed.

    When IT has configured an organisation recovery key that this key file is not yet wrapped for
    (a new laptop policy, or a rotated recovery key), the wrapping is added now.
    """
    paths = ProfilePaths(folder)
    key_file, db_key = _unwrap(paths, passphrase)
    # A profile from before files were made owner-only: fix it before SQLite opens (and copies the
    # database file's mode to) its -wal and -shm files.
    fix_modes(profile_paths(folder))
    updated = with_recovery(key_file, db_key, recovery_public_key)
    if updated is not None:
        write_key_file(paths.key_file, updated)
    engine = open_engine(paths.database, db_key)
    try:
        backup = migrate_on_unlock(engine, paths.database)
    except BaseException:
        engine.dispose()
        raise
    return OpenedStore(paths, engine, backup)


def change_passphrase(folder: Path, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
    """Re-wrap the same database key under a new passphrase; the database is not touched."""
    check_passphrase_strength(new)
    paths = ProfilePaths(folder)
    key_file, db_key = _unwrap(paths, old)
    write_key_file(paths.key_file, key_file.rewrapped(db_key, new, kdf or KdfParams()))
