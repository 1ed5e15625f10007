"""Records that need a person: two devices changed the same field differently while offline.

Both values are kept until someone chooses here; the choice (server's, mine, or a merged value)
becomes a normal change and syncs to every device.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.sync_service import ConflictView, list_conflicts, resolve_conflict
from app.workspace import Workspace
from ui.errors import describe
from ui.rows_model import RowsModel
from ui.runner import Op
from ui.widgets import Retranslatable, error_label, heading, muted


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictsView(Retranslatable):
    sig_resolved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.items: list[ConflictView] = []
        self.title = heading(size=16)
        self.intro = muted()
        self.model = RowsModel(
            lambda: (
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("On the server"),
                self.tr("On this laptop"),
            )
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_server, self.keep_mine, self.merge = QPushButton(), QPushButton(), QPushButton()
        self.keep_server.clicked.connect(lambda: self._resolve("server"))
        self.keep_mine.clicked.connect(lambda: self._resolve("local"))
        self.merge.clicked.connect(lambda: self._resolve("merged"))
        self.error = error_label()
        buttons = QHBoxLayout()
        for b in (self.keep_server, self.keep_mine, self.merge):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for w in (self.title, self.intro, self.error):
            layout.addWidget(w)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def entity_text(self, entity: str) -> str:
        return {
            "client": self.tr("Client details"),
            "client_language": self.tr("Language"),
            "assessment": self.tr("Assessment"),
            "assessment_participant": self.tr("Participant"),
            "integration_plan": self.tr("Integration plan"),
            "plan_goal": self.tr("Goal"),
            "plan_measure": self.tr("Measure"),
            "meeting": self.tr("Meeting"),
            "note": self.tr("Note"),
        }.get(entity, entity)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Conflicts to review"))
        self.intro.setText(
            self.tr(
                "The same field was changed differently on two devices. Nothing was lost: "
                "choose which value stays, or write the combined one."
            )
        )
        self.keep_server.setText(self.tr("Keep the server's value"))
        self.keep_mine.setText(self.tr("Keep this laptop's value"))
        self.merge.setText(self.tr("Write a combined value…"))
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.model.retranslate()
        self._fill(self.items)

    def reload(self) -> None:
        Op(self, lambda: list_conflicts(self.ws)).on_success(self._fill).run()

    def _fill(self, items: list[ConflictView]) -> None:
        self.items = items
        self.model.set_rows(
            [
                (c.id, (self.entity_text(c.entity), c.field, _show(c.base), _show(c.server), _show(c.local)))
                for c in items
            ]
        )
        self.table.resizeRowsToContents()
        for b in (self.keep_server, self.keep_mine, self.merge):
            b.setEnabled(bool(items))

    def _resolve(self, keep: Literal["server", "local", "merged"]) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.items):
            return
        conflict = self.items[row]
        value: Any = None
        if keep == "merged":
            text, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Combined value"),
                self.tr("The value that stays:"),
                _show(conflict.server) + "\n" + _show(conflict.local),
            )
            if not ok:
                return
            value = text
        Op(
            self, lambda: resolve_conflict(self.ws, conflict_id=conflict.id, keep=keep, value=value)
        ).on_success(self._on_resolved).on_failure(self._on_failed).run()

    def _on_resolved(self, _result: None) -> None:
        self.error.hide()
        self.reload()
        self.sig_resolved.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.error.setText(describe(exc))
        self.error.show()
