"""Errors in a person's words (worded in ui.error_words) and the dialog for the unexpected ones.

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
from ui.error_words import describe

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    # The empty context: where pyside6-lupdate files tr() calls outside a class (a named context
    # here found no translation, and every message stayed English in the Finnish and Swedish UI).
    return QCoreApplication.translate("", text)


def show_error(parent: object, exc: BaseException) -> None:
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(exc, e.PolkuError):
        log.info("shown to user: %s (%s)", type(exc).__name__, exc.code)
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


__all__ = ["describe", "install_excepthook", "show_error", "show_unexpected", "tr"]
