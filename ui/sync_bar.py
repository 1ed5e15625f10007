"""Sync in the status bar: sign in once, "Sync now" with progress and Cancel, and a quiet attempt
every few minutes so the laptop catches up by itself when the network comes back.

Sync runs on its own worker (the network one), not the database worker: the counsellor keeps
working while it runs; SQLite's WAL lets both read and the engine's short transactions interleave.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.errors import InsecureServerAddress
from app.status import SyncState, sync_state
from app.sync_service import SyncProblem, sync_now
from app.workspace import Workspace
from ui import i18n
from ui.errors import describe
from ui.runner import network_runner
from ui.widgets import Retranslatable

log = logging.getLogger(__name__)
BACKGROUND_MINUTES = 5


class _ProgressRelay(QObject):
    sig_progress = Signal(str, int, int)


class SyncBar(Retranslatable):
    sig_synced = Signal()  # data may have changed: views refresh
    sig_problem = Signal(object)  # SyncProblem that needs the window (revoked, update required)
    sig_sign_in = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.state: SyncState | None = None
        self.running = False
        self.quiet = False
        self.cancel_event = threading.Event()
        # The network worker: sync never waits behind the database queue (tests: run at once), and
        # never runs beside a closed case being fetched (ui.closed_cases).
        self.network = network_runner()
        self.relay = _ProgressRelay()
        self.relay.sig_progress.connect(self._on_progress)
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.sync_button, self.cancel_button, self.sign_in = QPushButton(), QPushButton(), QPushButton()
        self.sync_button.clicked.connect(lambda: self.start(quiet=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.sign_in.clicked.connect(self.sig_sign_in.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.progress, self.cancel_button, self.sync_button, self.sign_in):
            layout.addWidget(w)
        self.timer = QTimer(self)
        self.timer.setInterval(BACKGROUND_MINUTES * 60_000)
        self.timer.timeout.connect(lambda: self.start(quiet=True))
        self.timer.start()
        self.message = ""
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.sign_in.setText(self.tr("Connect to the server…"))
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self._show()

    def refresh(self) -> None:
        def load() -> SyncState:
            return sync_state(self.ws)

        self._submit(load, self._on_state, lambda exc: log.warning("sync state: %s", type(exc).__name__))

    def _submit(self, fn: Any, done: Any, failed: Any) -> None:
        """Run on the network worker; the answer is dropped if this bar was closed meanwhile (lock)."""

        def alive(cb: Any) -> Any:
            return lambda value: cb(value) if shiboken6.isValid(self) else None

        self.network.submit(fn, alive(done), alive(failed))

    def _on_state(self, state: SyncState) -> None:
        self.state = state
        self._show()

    def _show(self) -> None:
        s = self.state
        if s is None:
            self.label.setText("")
            return
        self.sign_in.setVisible(not s.enrolled)
        self.sync_button.setVisible(s.enrolled and not self.running)
        parts = []
        if not s.enrolled:
            parts.append(self.tr("Not connected to a server: working offline"))
        elif s.last_success is None:
            parts.append(self.tr("Not synced yet"))
        else:
            parts.append(
                self.tr("Last synced %1").replace("%1", i18n.format_datetime(_local(s.last_success)))
            )
        parts.append(self.tr("Unsynced changes: %1").replace("%1", str(s.unsynced)))
        if s.to_review:
            parts.append(self.tr("Conflicts to review: %1").replace("%1", str(s.to_review)))
        if self.message:
            parts.append(self.message)
        self.label.setText(" · ".join(parts))

    def start(self, *, quiet: bool) -> None:
        """Sync now; ``quiet`` (the background timer) reports nothing unless the problem needs a person."""
        if self.running or self.state is None or not self.state.enrolled:
            return
        self.running, self.quiet = True, quiet
        self.cancel_event = threading.Event()
        self.message = self.tr("Syncing…")
        self.progress.setRange(0, 0)
        self.progress.setVisible(not quiet)
        self.cancel_button.setVisible(not quiet)
        self._show()
        cancel, relay, ws = self.cancel_event, self.relay, self.ws

        def work() -> Any:
            # sync_now records the time of a successful sync, where refresh() reads it.
            return sync_now(
                ws,
                progress=lambda phase, done, total: relay.sig_progress.emit(phase, done, total),
                cancel=cancel,
            )

        self._submit(work, self._on_done, self._on_failed)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.message = self.tr("Cancelling…")
        self._show()

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        what = self.tr("Sending") if phase == "push" else self.tr("Receiving")
        self.message = f"{what} {done}" + (f"/{total}" if total else "")
        self._show()

    def _finish(self) -> None:
        self.running = False
        self.progress.hide()
        self.cancel_button.hide()
        self.refresh()

    def _on_done(self, _report: Any) -> None:
        self.message = ""
        self._finish()
        self.sig_synced.emit()

    def _on_failed(self, exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        if code == "cancelled":
            self.message = self.tr("Sync cancelled; nothing was lost.")
        elif code == "transport":
            self.message = self.tr("No connection to the server: will try again.")
        elif isinstance(exc, InsecureServerAddress):
            self.message = describe(exc)  # IT's polku.ini changed, or an old http:// enrolment
            log.warning("sync refused: %s", exc.reason)
        elif isinstance(exc, SyncProblem) and code in ("device_revoked", "update_required", "unauthorized"):
            self.message = ""
            self.running = False
            self.progress.hide()
            self.cancel_button.hide()
            self.sig_problem.emit(exc)  # the window may lock and wipe: touch nothing after this
            return
        elif isinstance(exc, SyncProblem):
            self.message = describe(exc)  # worded per code (throttled, protocol, epoch changed, ...)
            log.warning("sync failed: %s", code)
        else:
            self.message = self.tr("Sync failed; your changes are kept and will be sent later.")
            log.warning("sync failed: %s", code or type(exc).__name__)
        self._finish()

    def shutdown(self) -> None:
        self.timer.stop()
        self.cancel_event.set()
        self.network.wait(30_000)


def _local(utc: Any) -> Any:
    from datetime import UTC

    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
