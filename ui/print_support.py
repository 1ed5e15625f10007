"""Getting a finished PDF to paper: the system viewer, the default printer, or a file.

Files written for viewing or printing live in one private folder per session (created with the
same prefix ``app.printing.tempfiles`` cleans up after a crash) and are removed when the app locks
or closes. The document itself is made by ``app.printing.documents`` on the worker thread, which also
writes the access-log row; sending it to the printer runs there too (``lp`` may take its time).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.errors import PolkuError
from app.printing.tempfiles import PREFIX


class PrintFiles:
    """The session's folder of documents handed to a viewer or printer."""

    def __init__(self) -> None:
        self.folder: Path | None = None

    def write(self, data: bytes, name: str) -> Path:
        if self.folder is None or not self.folder.exists():
            self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))  # mode 0700 on POSIX
        path = self.folder / name
        path.write_bytes(data)
        return path

    def remove_all(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)  # a viewer may hold one open on Windows
            self.folder = None


FILES = PrintFiles()


def open_in_viewer(data: bytes, name: str) -> None:
    path = FILES.write(data, name)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise PolkuError(
            "No program for PDF files is installed: save the document instead.", code="no_pdf_viewer"
        )


def send_to_printer(data: bytes, name: str) -> None:
    """The default printer, through the operating system (CUPS `lp`; Windows' print verb). Waits for
    ``lp`` (up to a minute): call it on the worker thread, never the GUI thread."""
    path = FILES.write(data, name)
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # the PDF viewer prints it
        return
    lp = shutil.which("lp")
    if lp is None:
        raise PolkuError(
            "No printing system (CUPS) found: open the document in a viewer instead.",
            code="no_printing_system",
        )
    try:
        done = subprocess.run([lp, str(path)], capture_output=True, text=True, timeout=60, check=False)
        refused = done.returncode != 0
    except (OSError, subprocess.TimeoutExpired):  # lp would not start, or the spooler did not answer
        refused = True
    finally:
        path.unlink(missing_ok=True)  # lp has copied it into the spool
    if refused:
        raise PolkuError(
            "The printer did not accept the document; check the default printer.", code="printer_refused"
        )


def save_file(data: bytes, path: Path) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise PolkuError(
            f"Cannot write {path}: {exc.strerror or exc}", code="cannot_write", params={"path": path}
        ) from exc
