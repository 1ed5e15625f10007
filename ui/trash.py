"""Recently deleted: what was deleted in the last 30 days, by whom, and a Restore button (ODK Central's
trash). The list shows client names, so loading it is logged like any list (``app.trash``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.trash import ClientStillDeleted, DeletedItem, RestoreWindowClosed, list_recently_deleted, restore
from app.workspace import Workspace
from ui import i18n
from ui.errors import describe
from ui.rows_model import RowsModel
from ui.runner import Op
from ui.widgets import Retranslatable, error_label, heading, muted


def _local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class RecentlyDeletedView(Retranslatable):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        # What "now" is for the 30 days (tests move it; None: the device clock).
        self.now: Callable[[], datetime | None] = lambda: None
        self.items: list[DeletedItem] = []
        self.title = heading(size=16)
        self.intro = muted()
        self.empty = muted()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(0, 12, 0, 0)
        self.model = RowsModel(
            lambda: (
                self.tr("Client"),
                self.tr("What"),
                self.tr("Deleted"),
                self.tr("Deleted by"),
                self.tr("Days left"),
            )
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names are the longest
        self.table.activated.connect(lambda _i: self._on_restore_clicked())
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.done = muted()
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.done, 1)
        layout = QVBoxLayout(self)
        for w in (self.title, self.intro, self.error):
            layout.addWidget(w)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._fill([])

    def retranslate(self) -> None:
        self.title.setText(self.tr("Recently deleted"))
        self.intro.setText(
            self.tr(
                "Deleted clients, plans and meetings can be restored for 30 days. A restored client "
                "comes back with its plans, meetings and notes. After 30 days the record is no "
                "longer offered here; it stays stored as deleted."
            )
        )
        self.empty.setText(self.tr("Nothing deleted in the last 30 days."))
        self.restore_button.setText(self.tr("Restore"))
        self.table.setAccessibleName(self.tr("Recently deleted"))
        self.model.retranslate()
        self._fill(self.items)

    def showEvent(self, event: QShowEvent) -> None:
        # Deletes happen on other pages and arrive by sync: the list is read whenever it is shown.
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        now = self.now()
        Op(self, lambda: list_recently_deleted(self.ws, now=now)).on_success(self._fill).run()

    def what_text(self, item: DeletedItem) -> str:
        if item.kind == "client":
            return self.tr("Client")
        if item.kind == "integration_plan":
            start = item.on if isinstance(item.on, date) else None
            return self.tr("Integration plan from %1").replace("%1", i18n.format_date(start))
        when = i18n.format_datetime(item.on) if isinstance(item.on, datetime) else ""
        return self.tr("Meeting %1").replace("%1", when)

    def _fill(self, items: list[DeletedItem]) -> None:
        self.items = items
        self.model.set_rows(
            [
                (
                    f"{i.kind}:{i.id}",
                    (
                        f"{i.last_name}, {i.first_names}",
                        self.what_text(i),
                        i18n.format_datetime(_local(i.deleted_at)),
                        i.deleted_by or "",
                        str(i.days_left),
                    ),
                )
                for i in items
            ]
        )
        self.table.setVisible(bool(items))
        self.restore_button.setVisible(bool(items))
        self.empty.setVisible(not items)
        if items and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _on_restore_clicked(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.items):
            return
        item, now = self.items[row], self.now()
        Op(self, lambda: restore(self.ws, kind=item.kind, item_id=item.id, now=now)).on_success(
            lambda _client_id: self._on_restored(item)
        ).on_failure(self._on_failed).run()

    def _on_restored(self, item: DeletedItem) -> None:
        self.error.hide()
        name = f"{item.first_names} {item.last_name}"
        self.done.setText(
            self.tr("%1 is back in the caseload.").replace("%1", name)
            if item.kind == "client"
            else self.tr("Restored to %1's record.").replace("%1", name)
        )
        self.reload()  # the lists elsewhere follow the change signal

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, RestoreWindowClosed):
            text = self.tr("Deleted more than 30 days ago: it can no longer be restored.")
        elif isinstance(exc, ClientStillDeleted):
            text = self.tr("The client of this record is deleted: restore the client first.")
        else:
            text = describe(exc)
        self.error.setText(text)
        self.error.show()
        self.reload()
