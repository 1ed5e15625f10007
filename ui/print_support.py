"""Getting a finished PDF to paper: the system viewer, the default printer, or a file.

The files handed to the viewer or the spooler, and how long each lives, are ``app.printing.tempfiles``'s
(the one owner of printed documents on disk). The document itself is made by ``app.printing.documents``
on the worker thread, which also writes the access-log row; sending it to the printer runs there too
(``lp`` may take its time).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.errors import PolkuError
from app.printing.tempfiles import FILES, temporary_document


def open_in_viewer(data: bytes, name: str, client_id: str | None = None) -> None:
    path = FILES.write(data, name, client_id=client_id)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise PolkuError(
            "No program for PDF files is installed: save the document instead.", code="no_pdf_viewer"
        )


def send_to_printer(data: bytes, name: str, client_id: str | None = None) -> None:
    """The default printer, through the operating system (CUPS `lp`; Windows' print verb). Waits for
    ``lp`` (up to a minute): call it on the worker thread, never the GUI thread."""
    if sys.platform == "win32":
        path = FILES.write(
            data, name, client_id=client_id
        )  # the PDF viewer prints it after we return: kept for the session
        os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return
    lp = shutil.which("lp")
    if lp is None:
        raise PolkuError(
            "No printing system (CUPS) found: open the document in a viewer instead.",
            code="no_printing_system",
        )
    file_name = Path(name)
    # lp has copied the file into its spool when it returns: the plain copy goes at once.
    with temporary_document(data, name=file_name.stem, suffix=file_name.suffix) as path:
        try:
            done = subprocess.run([lp, str(path)], capture_output=True, text=True, timeout=60, check=False)
            refused = done.returncode != 0
        except (OSError, subprocess.TimeoutExpired):  # lp would not start, or the spooler did not answer
            refused = True
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
