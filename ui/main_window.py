"""The main window: first run or unlock, then the workspace; locks on a shortcut or when idle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app.printing.tempfiles import FILES
from app.settings import IDLE_LOCK_MINUTES, Settings
from app.store.paths import ProfilePaths
from ui.first_run import FirstRunView
from ui.help import HelpKey
from ui.idle import IdleWatcher
from ui.runner import Op, runner
from ui.unlock import UnlockView

# The unlock screen is all that start-up shows, so the database layer, sync and the workspace views
# are imported when first needed (and warmed up in the background meanwhile, see ui.app).
if TYPE_CHECKING:
    from app.lookups import Lookups
    from app.sync_service import SyncProblem
    from app.workspace import Workspace
    from ui.sync_bar import SyncBar
    from ui.workspace_view import WorkspaceView

LOCK_SHORTCUT = "Ctrl+L"


class MainWindow(QMainWindow):
    def __init__(self, folder: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self.settings = folder, settings
        self.ws: Workspace | None = None
        self.workspace_view: WorkspaceView | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_view = UnlockView(folder)
        self.unlock_view.sig_unlocked.connect(self._on_unlocked)
        self.stack.addWidget(self.unlock_view)
        self.first_run: FirstRunView | None = None
        paths = ProfilePaths(folder)
        if not paths.exists() or paths.interrupted_creation():
            self.first_run = FirstRunView(folder, settings)
            self.first_run.sig_created.connect(self._on_unlocked)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)
        self.sync_bar: SyncBar | None = None
        self.idle = IdleWatcher(settings.get(IDLE_LOCK_MINUTES), self)
        self.idle.sig_idle.connect(self.lock)
        self.help_key = HelpKey(self)
        QShortcut(LOCK_SHORTCUT, self, self.lock)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        self.resize(1366, 768)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Polku"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_unlocked(self, ws: Workspace) -> None:
        from app.lookups import load_lookups  # already loaded by the unlock (ui.unlock._open)

        self.ws = ws
        Op(self, lambda: load_lookups(ws)).on_success(self._on_lookups).run()

    def _on_lookups(self, lookups: Lookups) -> None:
        from ui.sync_bar import SyncBar
        from ui.workspace_view import WorkspaceView

        if self.ws is None:
            return
        self.workspace_view = WorkspaceView(self.ws, lookups, self.settings)
        self.workspace_view.sig_data_changed.connect(self.refresh_status)
        self.workspace_view.settings_page.sig_idle_minutes_changed.connect(self._on_idle_minutes_changed)
        self.stack.addWidget(self.workspace_view)
        self.stack.setCurrentWidget(self.workspace_view)
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.sync_bar = SyncBar(self.ws)
        self.sync_bar.sig_problem.connect(self._on_sync_problem)
        self.sync_bar.sig_sign_in.connect(self._on_sign_in)
        self.statusBar().addPermanentWidget(self.sync_bar, 1)
        self.idle.start()
        self.retranslate()

    def _on_idle_minutes_changed(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)
        self.idle.start()  # the new interval counts from now

    def refresh_status(self) -> None:
        if self.sync_bar is not None:
            self.sync_bar.refresh()

    def _on_sign_in(self) -> None:
        from ui.enroll_dialog import EnrollDialog

        if self.ws is not None and EnrollDialog(self.ws, self.settings, self).exec():
            self.refresh_status()
            bar = self.sync_bar
            if bar is not None:
                QTimer.singleShot(500, lambda: bar.start(quiet=False))

    def _on_sync_problem(self, problem: SyncProblem) -> None:
        if problem.code == "update_required":
            QMessageBox.information(
                self,
                self.tr("Polku"),
                self.tr(
                    "The server needs a newer version of Polku. Your changes are kept on this laptop "
                    "and are sent after IT has installed the update."
                ),
            )
        elif problem.code == "unauthorized":
            QMessageBox.information(
                self,
                self.tr("Polku"),
                self.tr(
                    "The server no longer accepts this laptop's sign-in. Connect again with your "
                    "user name and password; nothing on this laptop was lost."
                ),
            )
            self._on_sign_in()
        elif problem.code == "device_revoked" and self.ws is not None:
            self._wipe_revoked(self.ws)

    def _wipe_revoked(self, ws: Workspace) -> None:
        """The administrator revoked this laptop (lost or stolen): say what is lost, then wipe."""
        from app.sync_service import unsynced_work, wipe_profile

        work = unsynced_work(ws)
        lost = self.tr("Changes not yet sent: %1. Access-log entries not yet sent: %2. Conflicts: %3.")
        lost = lost.replace("%1", str(work.changes)).replace("%2", str(work.access_log_entries))
        lost = lost.replace("%3", str(work.open_conflicts))
        QMessageBox.warning(
            self,
            self.tr("Polku"),
            self.tr(
                "The administrator has removed this laptop from Polku. The client data on it will now be "
                "deleted."
            )
            + "\n\n"
            + lost,
        )
        folder = ws.paths.folder
        self.lock()
        runner().wait()
        wipe_profile(folder)
        self.first_run = FirstRunView(folder, self.settings)
        self.first_run.sig_created.connect(self._on_unlocked)
        self.stack.addWidget(self.first_run)
        self.stack.setCurrentWidget(self.first_run)

    def lock(self) -> None:
        """Close the database and destroy every view that showed client data."""
        if self.ws is None:
            return
        self.idle.stop()
        for dialog in self.findChildren(QDialog):  # open editing dialogs first: they close with the view
            save = getattr(dialog, "save_before_lock", None)
            if save is not None and dialog.isVisible():
                save()
        if self.workspace_view is not None:
            self.workspace_view.flush()  # queued before the close below: typing is saved first
        ws, self.ws = self.ws, None
        if self.sync_bar is not None:  # first: a sync under way is stopped before the views go
            self.statusBar().removeWidget(self.sync_bar)
            self.sync_bar.shutdown()
            self.sync_bar.deleteLater()
            self.sync_bar = None
        if self.workspace_view is not None:
            self.workspace_view.shutdown()
            self.stack.removeWidget(self.workspace_view)
            self.workspace_view.deleteLater()
            self.workspace_view = None
        runner().submit(ws.close, lambda _r: None, lambda _e: None)  # after any queued database work
        FILES.remove_all()  # documents handed to a viewer or printer this session
        self.unlock_view.reset()
        self.stack.setCurrentWidget(self.unlock_view)
        self.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        runner().wait()
        super().closeEvent(event)
