"""Locks the app after a period without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from ui.widgets import is_popup

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``sig_idle`` after ``minutes`` without input.

    Input is noticed where the window system delivers it: at each of the app's windows (watched from
    the first time it has the keyboard, and all of them when the countdown starts; a drop-down list
    from the first time it has the focus), before Qt hands it to the widget under the mouse or with
    the focus. An application event filter did this before: a Python call for every event Qt
    delivers to every widget, which made opening a client twice as slow; a window sees only its
    input and a few events of its own."""

    sig_idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sig_idle.emit)
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self.watch)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def start(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            self.watch(window)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def watch(self, window: QWindow | None) -> None:
        """Input to ``window`` counts (installing the filter again is harmless: Qt keeps one)."""
        if window is not None:
            window.installEventFilter(self)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Its window is found among the app's windows: the widget's windowHandle() can still name
        # the one Qt replaced when the list was first shown.
        if new is not None and is_popup(new.window()):
            for window in QGuiApplication.topLevelWindows():
                self.watch(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restart the countdown
        return False
