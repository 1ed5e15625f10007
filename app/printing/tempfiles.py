"""Temporary files for handing a document to a viewer or the print spooler, removed afterwards.

A printed document holds personal data in plain form, so it never outlives its use: the UI writes it
with ``temporary_document`` and the file (and its private folder) is gone when the block ends, even
on an error. A crash can still leave one behind; ``remove_stale_documents`` (called at start-up)
clears folders older than a day.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = "polku-print-"
STALE_SECONDS = 24 * 3600


@contextmanager
def temporary_document(data: bytes, *, suffix: str = ".pdf", name: str = "document") -> Iterator[Path]:
    """Write ``data`` to a new file in a private folder (mode 0700 on POSIX); remove both afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    path = folder / f"{name}{suffix}"
    try:
        path.write_bytes(data)
        yield path
    finally:
        # A viewer on Windows may still hold the file open: then it is left for remove_stale_documents.
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_documents(*, older_than: float = STALE_SECONDS, root: Path | None = None) -> int:
    """Delete leftover print folders (from a crash); returns how many were removed."""
    base = root or Path(tempfile.gettempdir())
    removed = 0
    for folder in base.glob(f"{PREFIX}*"):
        try:
            if folder.is_dir() and time.time() - folder.stat().st_mtime > older_than:
                shutil.rmtree(folder)
                removed += 1
        except OSError:
            continue
    return removed
