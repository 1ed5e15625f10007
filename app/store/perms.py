"""Owner-only files and folders (0600 and 0700 on POSIX), whatever the process umask.

Everything in a profile folder (the encrypted database, its -wal and -shm files, the backups, the
key file, the unlock counter) and the log files is made private when it is created, not by a later
chmod: SQLite gives the -wal and -shm files the main database file's mode, so the database file is
created here, empty and 0600, before SQLite first opens it. Profiles made by older versions (0644
files under a 0700 folder) are put right on unlock (``fix_modes``); ``polku self-test`` reports any
file still readable by others (``loose_files``). On Windows, files in the user's own profile folders
are private through their ACLs and these functions do nothing.

Kept free of heavy imports: the logging set-up and the unlock screen use it at start-up.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
POSIX = os.name == "posix"
# Names (beside the database) that belong to a profile: key, database and its SQLite side files,
# the unlock counter, the creation marker; plus everything under ``backups/``.
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def private_dir(folder: Path) -> None:
    """Make ``folder`` (and missing parents) if needed, and make it owner-only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if POSIX and stat.S_IMODE(folder.stat().st_mode) != PRIVATE_DIR:
        os.chmod(folder, PRIVATE_DIR)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only; an existing file is left as it is."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    os.close(fd)


def open_private(path: Path, mode: str = "a", encoding: str | None = None) -> io.TextIOWrapper:
    """Open a text file for writing (``a`` or ``w``), creating it owner-only."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE)
    if POSIX and stat.S_IMODE(os.fstat(fd).st_mode) & 0o077:
        os.fchmod(fd, PRIVATE_FILE)  # an existing file from an older version
    return cast(io.TextIOWrapper, os.fdopen(fd, mode, encoding=encoding))


def open_private_binary(path: Path) -> IO[bytes]:
    """A file to write bytes into from the start, owner-only (an existing one is emptied and made
    owner-only too)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    if POSIX:
        os.fchmod(fd, PRIVATE_FILE)
    return os.fdopen(fd, "wb")


def profile_paths(folder: Path) -> Iterator[Path]:
    """The folders and files of a profile that must be owner-only (those that exist)."""
    from app.store.paths import ProfilePaths

    paths = ProfilePaths(folder)
    if folder.is_dir():
        yield folder
    database = paths.database
    for path in (
        paths.key_file,
        database,
        *(Path(f"{database}{s}") for s in _SIDE_SUFFIXES),
        paths.attempts,
        paths.creating_marker,
    ):
        if path.exists():
            yield path
    backups = folder / "backups"
    if backups.is_dir():
        yield backups
        yield from sorted(p for p in backups.rglob("*") if not p.is_symlink())


def _wanted(path: Path) -> int:
    return PRIVATE_DIR if path.is_dir() else PRIVATE_FILE


def loose_files(paths: Iterator[Path] | list[Path], base: Path) -> list[str]:
    """Names (relative to ``base``) of the given files and folders that others may read or write."""
    if not POSIX:
        return []
    out: list[str] = []
    for path in paths:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            continue  # gone meanwhile
        if mode & 0o077:
            out.append(path.relative_to(base).as_posix() if path != base else ".")
    return out


def fix_modes(paths: Iterator[Path] | list[Path]) -> int:
    """Take group and other permissions away from the given files and folders; how many changed."""
    if not POSIX:
        return 0
    changed = 0
    for path in paths:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                os.chmod(path, _wanted(path))
                changed += 1
        except OSError:
            continue  # gone meanwhile, or not ours: the self-test reports what is left
    return changed
