"""The main window: first run or unlock, then the workspace; locks on a shortcut or when idle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from app.lookups import Lookups, load_lookups
from app.settings import IDLE_LOCK_MINUTES, Settings
from app.status import unsynced_changes
from app.store.profile import ProfilePaths
from app.workspace import Workspace
from ui.first_run import FirstRunView
from ui.idle import IdleWatcher
from ui.print_support import FILES
from ui.runner import Op, runner
from ui.unlock import UnlockView
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
        self.sync_label = QLabel()
        self.unsynced_label = QLabel()
        self.statusBar().addWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.unsynced_label)
        self.idle = IdleWatcher(settings.get(IDLE_LOCK_MINUTES), self)
        self.idle.sig_idle.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        QShortcut(LOCK_SHORTCUT, self, self.lock)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        self.resize(1366, 768)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Polku"))
        self.sync_label.setText(self.tr("Not connected to a server: working offline") if self.ws else "")
        self._show_unsynced(self._unsynced)

    _unsynced: int | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_unlocked(self, ws: Workspace) -> None:
        self.ws = ws
        Op(self, lambda: load_lookups(ws)).on_success(self._on_lookups).run()

    def _on_lookups(self, lookups: Lookups) -> None:
        if self.ws is None:
            return
        self.workspace_view = WorkspaceView(self.ws, lookups)
        self.workspace_view.sig_data_changed.connect(self.refresh_status)
        self.stack.addWidget(self.workspace_view)
        self.stack.setCurrentWidget(self.workspace_view)
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.idle.start()
        self.retranslate()
        self.refresh_status()

    def refresh_status(self) -> None:
        ws = self.ws
        if ws is not None:
            Op(self, lambda: unsynced_changes(ws)).on_success(self._show_unsynced).run()

    def _show_unsynced(self, count: int | None) -> None:
        self._unsynced = count
        self.unsynced_label.setText(
            "" if count is None else self.tr("Unsynced changes: %1").replace("%1", str(count))
        )

    def lock(self) -> None:
        """Close the database and destroy every view that showed client data."""
        if self.ws is None:
            return
        self.idle.stop()
        if self.workspace_view is not None:
            self.workspace_view.flush()  # queued before the close below: typing is saved first
        ws, self.ws = self.ws, None
        if self.workspace_view is not None:
            self.stack.removeWidget(self.workspace_view)
            self.workspace_view.deleteLater()
            self.workspace_view = None
        runner().submit(ws.close, lambda _r: None, lambda _e: None)  # after any queued database work
        FILES.remove_all()  # documents handed to a viewer or printer this session
        self._unsynced = None
        self.unlock_view.reset()
        self.stack.setCurrentWidget(self.unlock_view)
        self.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        runner().wait()
        super().closeEvent(event)
