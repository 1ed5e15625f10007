"""Records that need a person: two devices changed the same field differently while offline, and
changes the server refused.

Both values of a conflict are kept until someone chooses here; the choice (server's, mine, or a
merged value) becomes a normal change and syncs to every device. A refused change stays listed with
its reason and what was entered, so it can be entered again where it belongs: nothing disappears.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from PySide6.QtCore import QModelIndex, Qt, Signal
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
from app.lookups import Lookups
from app.sync_service import ConflictView, RefusedChange, list_conflicts, list_refused, resolve_conflict
from app.workspace import Workspace
from ui.errors import describe
from ui.field_labels import entity_label, field_label
from ui.i18n import format_datetime
from ui.review_values import entered_text, shown_value
from ui.rows_model import RowsModel
from ui.runner import Op
from ui.widgets import Retranslatable, error_label, heading, muted


def _local(utc: datetime) -> datetime:
    """A stored time (UTC) in this computer's time."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _raw(value: Any) -> str:
    """A value as the text the combined value starts from (what was typed, not its label)."""
    return "" if value is None else str(value)


def _table(model: RowsModel, fitted: tuple[int, ...] = ()) -> QTableView:
    """``fitted``: columns as wide as their short words (date, record); the rest share the room."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for column in fitted:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class ConflictsView(Retranslatable):
    sig_resolved = Signal()
    sig_open_client = Signal(str)
    sig_count = Signal(int)  # open conflicts and refused changes, after each reload

    def __init__(self, ws: Workspace, lookups: Lookups | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lookups = ws, lookups
        self.items: list[ConflictView] = []
        self.loaded: set[str] = set()
        self.title = heading(size=16)
        self.empty = muted()
        self.intro = muted()
        self.model = RowsModel(
            lambda: (
                self.tr("Client"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("On the server"),
                self.tr("On this laptop"),
            )
        )
        self.table = _table(self.model, fitted=(1,))
        self.table.activated.connect(self._on_conflict_activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.keep_server, self.keep_mine, self.merge = QPushButton(), QPushButton(), QPushButton()
        self.open_client = QPushButton()
        self.keep_server.clicked.connect(lambda: self._resolve("server"))
        self.keep_mine.clicked.connect(lambda: self._resolve("local"))
        self.merge.clicked.connect(lambda: self._resolve("merged"))
        self.open_client.clicked.connect(lambda: self._on_conflict_activated(self.table.currentIndex()))
        self.error = error_label()
        buttons = QHBoxLayout()
        for b in (self.keep_server, self.keep_mine, self.merge):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.open_client)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        # Nothing to review: the sentence takes the room the hidden lists leave, under the title.
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)
        for w in (self.intro, self.error):
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
                self.tr("Client"),
                self.tr("Record"),
                self.tr("Made"),
                self.tr("Why it was refused"),
                self.tr("What was entered"),
            )
        )
        self.refused_table = _table(self.refused_model, fitted=(1, 2))
        self.refused_table.activated.connect(self._on_refused_activated)
        self.refused_table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.copy_refused = QPushButton()
        self.copy_refused.clicked.connect(self._copy_refused)
        self.open_refused_client = QPushButton()
        self.open_refused_client.clicked.connect(
            lambda: self._on_refused_activated(self.refused_table.currentIndex())
        )
        row = QHBoxLayout()
        row.addWidget(self.copy_refused)
        row.addStretch(1)
        row.addWidget(self.open_refused_client)
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
        }.get(code or "", self.tr("The server did not accept this change."))  # a newer server's reason

    def client_text(self, name: str | None) -> str:
        return name or self.tr("(client not on this laptop)")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Conflicts to review"))
        self.empty.setText(
            self.tr(
                "Nothing to review. Conflicts appear here when the same field was changed differently "
                "on two devices; changes the server did not accept are kept here with the reason."
            )
        )
        self.intro.setText(
            self.tr(
                "The same field was changed differently on two devices. Nothing was lost: "
                "choose which value stays, or write the combined one."
            )
        )
        self.keep_server.setText(self.tr("Keep the server's value"))
        self.keep_mine.setText(self.tr("Keep this laptop's value"))
        self.merge.setText(self.tr("Write a combined value…"))
        for b in (self.open_client, self.open_refused_client):
            b.setText(self.tr("Open client"))
            b.setToolTip(self.tr("Open the client's record (or double-click the row)"))
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
        self.loaded.add("refused")
        self.refused_model.set_rows(
            [
                (
                    str(r.seq),
                    (
                        self.client_text(r.client_name),
                        entity_label(r.entity),
                        format_datetime(_local(r.made_at)),
                        self.reason_text(r.code),
                        entered_text(r.entity, r.fields, self.lookups),
                    ),
                )
                for r in items
            ]
        )
        self.refused_table.resizeRowsToContents()
        shown = (self.refused_title, self.refused_intro, self.refused_table, self.copy_refused)
        for w in (*shown, self.open_refused_client):
            w.setVisible(bool(items))
        self._counted()

    def _copy_refused(self) -> None:
        row = self.refused_table.currentIndex().row()
        if 0 <= row < len(self.refused):
            change = self.refused[row]
            QApplication.clipboard().setText(entered_text(change.entity, change.fields, self.lookups))

    def _fill(self, items: list[ConflictView]) -> None:
        self.items = items
        self.loaded.add("conflicts")
        self.model.set_rows(
            [
                (
                    c.id,
                    (
                        self.client_text(c.client_name),
                        entity_label(c.entity),
                        field_label(c.entity, c.field),
                        self._value(c, c.base),
                        self._value(c, c.server),
                        self._value(c, c.local),
                    ),
                )
                for c in items
            ]
        )
        self.table.resizeRowsToContents()
        for w in (self.intro, self.table, self.keep_server, self.keep_mine, self.merge, self.open_client):
            w.setVisible(bool(items))
        self._counted()

    def _value(self, conflict: ConflictView, value: Any) -> str:
        return shown_value(conflict.entity, conflict.field, value, self.lookups)

    def _counted(self) -> None:
        """Both lists shown: the empty sentence when there is nothing, and the count for the menu."""
        self._enable()
        if self.loaded >= {"conflicts", "refused"}:
            count = len(self.items) + len(self.refused)
            self.empty.setVisible(count == 0)
            self.sig_count.emit(count)

    def _enable(self) -> None:
        row = self.table.currentIndex().row()
        chosen = 0 <= row < len(self.items)
        for b in (self.keep_server, self.keep_mine, self.merge):
            b.setEnabled(bool(self.items))
        self.open_client.setEnabled(chosen and self.items[row].client_id is not None)
        row = self.refused_table.currentIndex().row()
        chosen = 0 <= row < len(self.refused)
        self.open_refused_client.setEnabled(chosen and self.refused[row].client_id is not None)
        self.copy_refused.setEnabled(chosen)

    def _on_conflict_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.items) and (client := self.items[index.row()].client_id):
            self.sig_open_client.emit(client)

    def _on_refused_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.refused) and (client := self.refused[index.row()].client_id):
            self.sig_open_client.emit(client)

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
                _raw(conflict.server) + "\n" + _raw(conflict.local),
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
