"""The unlock screen: the passphrase opens the profile on the worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from app.errors import PolkuError, TooManyAttempts
from ui import warmup
from ui.errors import describe, show_unexpected
from ui.runner import Op
from ui.widgets import Retranslatable, centered_card, error_label, heading, muted

if TYPE_CHECKING:
    from app.workspace import Workspace


def _open(folder: Path, secret: str) -> Workspace:
    warmup.wait()
    from app.workspace import open_workspace  # the database layer: loaded off the GUI thread

    return open_workspace(folder, secret)


class UnlockView(Retranslatable):
    sig_unlocked = Signal(object)  # Workspace

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        layout = centered_card(self)
        self.title = heading()
        self.hint = muted()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._on_unlock_clicked)
        self.error = error_label()
        self.unlock = QPushButton()
        self.unlock.setObjectName("primary")
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self._on_unlock_clicked)
        self.profile_label = muted()
        for w in (self.title, self.hint, self.passphrase, self.error, self.unlock, self.profile_label):
            layout.addWidget(w)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._on_wait_over)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Polku is locked"))
        self.hint.setText(self.tr("Enter your passphrase to open your caseload."))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock.setText(self.tr("Unlock"))
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.profile_label.setText(self.tr("Profile: %1").replace("%1", str(self.folder)))

    def reset(self) -> None:
        """Forget anything typed: called whenever the app locks."""
        self.passphrase.clear()
        self.error.hide()
        self._set_busy(False)
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock.setEnabled(not busy)

    def _on_unlock_clicked(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            return
        self._set_busy(True)
        self.error.hide()
        Op(self, lambda: _open(self.folder, secret)).on_success(self._on_opened).on_failure(
            self._on_failed
        ).run()

    def _on_opened(self, ws: Workspace) -> None:
        self.passphrase.clear()
        self._set_busy(False)
        self.sig_unlocked.emit(ws)

    def _on_failed(self, exc: BaseException) -> None:
        self.passphrase.clear()
        if not isinstance(exc, PolkuError):
            self._set_busy(False)
            show_unexpected(self, exc)
            return
        self.error.setText(describe(exc))
        self.error.show()
        wait = getattr(exc, "wait_seconds", 0.0)
        if isinstance(exc, TooManyAttempts) or wait > 0:
            self._wait.start(int(wait * 1000) + 200)  # the field comes back when the wait is over
        else:
            self._set_busy(False)
            self.passphrase.setFocus()

    def _on_wait_over(self) -> None:
        self._set_busy(False)
        self.error.hide()
        self.passphrase.setFocus()
