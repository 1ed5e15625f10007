"""Errors in a person's words, in one place; and the dialog for the unexpected ones.

Nothing shown here contains client data: PolkuError messages name files and counts only, and an
unexpected error shows its type and where it happened, never its message text.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import errors as e
from app.logs import log_dir, safe_traceback

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    # The empty context: where pyside6-lupdate files tr() calls outside a class (a named context
    # here found no translation, and every message stayed English in the Finnish and Swedish UI).
    return QCoreApplication.translate("", text)


def describe(exc: BaseException) -> str:
    """The sentence a counsellor reads for an error (translated)."""
    path = f"\n{exc.path}" if isinstance(exc, e.ProfileError) and exc.path else ""
    if isinstance(exc, e.WrongPassphrase):
        return tr("The passphrase is not correct.")
    if isinstance(exc, e.TooManyAttempts):
        return tr("Too many wrong passphrases. Try again in %n second(s).").replace(
            "%n", str(int(exc.wait_seconds) + 1)
        )
    if isinstance(exc, e.WeakPassphrase):
        return tr("The passphrase is too short: use at least 10 characters.")
    if isinstance(exc, e.KeyFileMissing):
        return tr("The key file of this profile is missing. Restore it from a backup or ask IT.") + path
    if isinstance(exc, e.KeyFileDamaged):
        return tr("The key file of this profile is damaged. Restore it from a backup or ask IT.") + path
    if isinstance(exc, e.DatabaseMissing):
        return tr("The database file is missing. Nothing was created in its place; ask IT.") + path
    if isinstance(exc, e.DatabaseDamaged):
        return tr("The database file is damaged. It was left as it is; ask IT to restore it.") + path
    if isinstance(exc, e.DatabaseTooNew):
        return tr("This database was made by a newer version of Polku. Install the newer version.") + path
    if isinstance(exc, e.DiskFull):
        return tr("The disk is full. The last change was not saved. Free some space and try again.")
    if isinstance(exc, e.ValidationError):
        return tr("Please check the field: %1").replace("%1", exc.field)
    if isinstance(exc, e.NotFound):
        return tr("The record no longer exists. It may have been removed on another device.")
    if isinstance(exc, e.InsecureServerAddress):
        if exc.reason == "plain_http":
            return tr(
                "The server address uses plain HTTP, which is not encrypted: use an https:// address. "
                "Plain HTTP is allowed only to this computer, or when IT allows it in the machine-wide "
                "polku.ini ([sync] allow_plain_http)."
            )
        return tr("The server address must start with https://.")
    if isinstance(exc, e.PolkuError):
        return str(exc)
    return tr("Something went wrong that Polku did not expect.")


def show_error(parent: object, exc: BaseException) -> None:
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(exc, e.PolkuError):
        log.info("shown to user: %s", type(exc).__name__)
        QMessageBox.warning(widget, tr("Polku"), describe(exc))
        return
    show_unexpected(widget, exc)


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    details = safe_traceback(exc)
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Polku"))
    box.setText(describe(exc))
    box.setInformativeText(
        tr("Your saved work is safe. The details are in the log folder:") + f"\n{log_dir()}"
    )
    box.setDetailedText(details)
    copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_unexpected(QApplication.activeWindow(), exc)

    sys.excepthook = hook
