"""The one owner of printed documents on disk outside the profile: files handed to a PDF viewer or the
print spooler. A printed document holds personal data in plain form, so each has a set lifetime:

- ``temporary_document``: for a program that has read the file when it returns (CUPS ``lp`` copies it
  into its spool): the file and its private folder are gone when the ``with`` block ends, even on an
  error;
- ``FILES`` (``SessionDocuments``): for a program that reads the file after we return (a PDF viewer;
  Windows' print verb, which hands it to one): one private folder for the session, removed by
  ``FILES.remove_all()`` when the app locks or closes (ui.main_window), and a client's own files by
  ``FILES.remove_client`` when a sync removes the client from the laptop (it left the caseload).

A crash can still leave a folder behind; ``remove_stale_documents`` (called at start-up) clears those
older than a day. Every folder is made by ``tempfile.mkdtemp`` (mode 0700 on POSIX) with ``PREFIX``.
Pure ``app/`` code; both the GUI thread and the worker write here.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = "polku-print-"
STALE_SECONDS = 24 * 3600


@contextmanager
def temporary_document(data: bytes, *, suffix: str = ".pdf", name: str = "document") -> Iterator[Path]:
    """``data`` in a new private folder as ``<name><suffix>``, for the length of the ``with`` block;
    then the folder and the file are removed, also when the block raises."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    path = folder / f"{name}{suffix}"
    try:
        path.write_bytes(data)
        yield path
    finally:
        # A viewer on Windows may still hold the file open: then it is left for remove_stale_documents.
        shutil.rmtree(folder, ignore_errors=True)


class SessionDocuments:
    """The session's folder of documents handed to a program that opens them later."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self._of_client: dict[Path, str] = {}  # file -> the client whose data it holds
        self._lock = (
            threading.Lock()
        )  # the viewer writes from the GUI thread, Windows printing from the worker

    def write(self, data: bytes, name: str, *, client_id: str | None = None) -> Path:
        """``client_id``: whose data the document holds (its file goes when the client leaves the
        laptop; file names carry only part of the id)."""
        with self._lock:
            if self.folder is None or not self.folder.exists():
                self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
            path = self.folder / name
            path.write_bytes(data)
            if client_id is not None:
                self._of_client[path] = client_id
            return path

    def remove_client(self, client_ids: Collection[str]) -> int:
        """Delete this session's documents of these clients; returns how many files went."""
        gone = 0
        with self._lock:
            for path, owner in list(self._of_client.items()):
                if owner in client_ids:
                    try:
                        path.unlink(missing_ok=True)
                        gone += 1
                    except OSError:
                        continue  # a viewer holds it open (Windows): remove_all or the stale sweep takes it
                    del self._of_client[path]
        return gone

    def remove_all(self) -> None:
        with self._lock:
            if self.folder is not None:
                shutil.rmtree(self.folder, ignore_errors=True)  # a viewer may hold one open on Windows
                self.folder = None
            self._of_client.clear()


FILES = SessionDocuments()


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
