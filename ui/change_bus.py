"""One app-wide signal saying what an operation changed (Anki's ``operation_did_execute``).

Every committed write of the workspace and every sync publishes an ``OpChanges``; the bus turns it
into ``sig_changed(changes, initiator)`` on the GUI thread. ``initiator`` is the widget whose ``Op``
made the change (``None`` for a sync), so a view can skip what it did itself and refresh the rest.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.op_changes import OpChanges
from app.workspace import Workspace
from ui.runner import current_initiator


class ChangeBus(QObject):
    sig_changed = Signal(object, object)  # OpChanges, initiator (QObject or None)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        ws.add_listener(self._publish)
        self.destroyed.connect(lambda: ws.remove_listener(self._publish))

    def _publish(self, changes: OpChanges) -> None:
        # Runs on the thread that committed; the signal is queued to the GUI thread. After a lock the
        # bus may be gone while a last save commits: the save must not fail for want of listeners.
        if shiboken6.isValid(self):
            self.sig_changed.emit(changes, current_initiator())

    def shutdown(self) -> None:
        self.ws.remove_listener(self._publish)
