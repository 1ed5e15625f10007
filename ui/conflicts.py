"""Records that need a person: two devices changed the same field differently while offline, and
changes the server refused.

Both values of a conflict are kept until someone chooses here; the choice (server's, mine, or a
merged value) becomes a normal change and syncs to every device. A refused change stays listed with
its reason and what was entered, so it can be entered again where it belongs: nothing disappears.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.edits import StaleEdit
from app.sync_service import ConflictView, RefusedChange, list_conflicts, list_refused, resolve_conflict
from app.workspace import Workspace
from ui.errors import describe
from ui.i18n import format_datetime
from ui.rows_model import RowsModel
from ui.runner import Op
from ui.widgets import Retranslatable, error_label, heading, muted


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _entered(change: RefusedChange) -> str:
    """What was typed, field by field (ids and empty fields left out)."""
    return "\n".join(
        f"{name}: {_show(value)}"
        for name, value in change.fields.items()
        if value not in (None, "") and name != "id" and not name.endswith("_id")
    )


def _table(model: RowsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


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
        self.table = _table(self.model)
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
        self._add_refused(layout)
        self.retranslate()

    def _add_refused(self, layout: QVBoxLayout) -> None:
        self.refused: list[RefusedChange] = []
        self.refused_title = heading(size=14)
        self.refused_intro = muted()
        self.refused_model = RowsModel(
            lambda: (
                self.tr("Record"),
                self.tr("Made"),
                self.tr("Why it was refused"),
                self.tr("What was entered"),
            )
        )
        self.refused_table = _table(self.refused_model)
        self.copy_refused = QPushButton()
        self.copy_refused.clicked.connect(self._copy_refused)
        row = QHBoxLayout()
        row.addWidget(self.copy_refused)
        row.addStretch(1)
        for w in (self.refused_title, self.refused_intro):
            layout.addWidget(w)
        layout.addWidget(self.refused_table, 1)
        layout.addLayout(row)

    def reason_text(self, code: str | None) -> str:
        return {
            "forbidden": self.tr(
                "Outside your caseload: the client's municipality or counsellor is not one of yours."
            ),
            "invalid": self.tr("The server could not accept these values (the app may need an update)."),
            "parent_missing": self.tr("The record it belongs to is not on the server."),
            "row_missing": self.tr("The record is no longer on the server."),
        }.get(code or "", self.tr("Refused by the server ({code}).").replace("{code}", code or "?"))

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
        self.refused_title.setText(self.tr("Changes the server refused"))
        self.refused_intro.setText(
            self.tr(
                "These changes were not taken by the server and are kept here with the reason. "
                "Copy what was entered and enter it again where it belongs, or ask the office."
            )
        )
        self.copy_refused.setText(self.tr("Copy what was entered"))
        self.refused_table.setAccessibleName(self.tr("Changes the server refused"))
        self.model.retranslate()
        self.refused_model.retranslate()
        self._fill(self.items)
        self._fill_refused(self.refused)

    def reload(self) -> None:
        Op(self, lambda: list_conflicts(self.ws)).on_success(self._fill).run()
        Op(self, lambda: list_refused(self.ws)).on_success(self._fill_refused).run()

    def _fill_refused(self, items: list[RefusedChange]) -> None:
        self.refused = items
        self.refused_model.set_rows(
            [
                (
                    str(r.seq),
                    (
                        self.entity_text(r.entity),
                        format_datetime(r.made_at),
                        self.reason_text(r.code),
                        _entered(r),
                    ),
                )
                for r in items
            ]
        )
        self.refused_table.resizeRowsToContents()
        for w in (self.refused_title, self.refused_intro, self.refused_table, self.copy_refused):
            w.setVisible(bool(items))

    def _copy_refused(self) -> None:
        row = self.refused_table.currentIndex().row()
        if 0 <= row < len(self.refused):
            QApplication.clipboard().setText(_entered(self.refused[row]))

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
        if isinstance(exc, StaleEdit):
            again = self.tr(
                "This field changed again meanwhile. The list now shows the newer value: choose again."
            )
            self.error.setText(again)
            self.error.show()
            self.reload()
            return
        self.error.setText(describe(exc))
        self.error.show()
