"""Closed cases: clients whose plans are all closed and who have not changed for 12 months are kept
on the server only. Online, the counsellor searches them and fetches one back onto this laptop
when the client returns (``app.closed_cases``). Both talk to the server, on the network worker
(never beside a sync); the list shows client names, so it is logged like any list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.closed_cases import ClosedCaseItem, ClosedCaseList, fetch_closed_case, search_closed_cases
from app.lookups import Lookups
from app.sync_service import SyncProblem
from app.workspace import Workspace
from sync.client.transport import Transport
from ui import i18n
from ui.errors import describe
from ui.rows_model import RowsModel
from ui.runner import network_runner
from ui.widgets import Retranslatable, error_label, heading, muted


class ClosedCasesView(Retranslatable):
    sig_open_client = Signal(str)

    def __init__(self, ws: Workspace, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lookups = ws, lookups
        self.transport: Transport | None = None  # tests: the in-process server; else the enrolled one
        self.items: list[ClosedCaseItem] = []
        self.more = False
        self.busy = False
        self.title = heading(size=16)
        self.intro = muted()
        self.query = QLineEdit()
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.search)
        self.model = RowsModel(
            lambda: (
                self.tr("Client"),
                self.tr("Date of birth"),
                self.tr("Municipality"),
                self.tr("Plan closed"),
                self.tr("Left the laptops"),
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
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.fetch())
        self.fetch_button = QPushButton()
        self.fetch_button.clicked.connect(self.fetch)
        self.status = muted()
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.error = error_label()
        search_row = QHBoxLayout()
        search_row.addWidget(self.query, 1)
        search_row.addWidget(self.search_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fetch_button)
        buttons.addStretch(1)
        layout = self.page_layout = QVBoxLayout(self)
        for w in (self.title, self.intro):
            layout.addWidget(w)
        layout.addLayout(search_row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.message = ""
        self.retranslate()
        self._fill([], more=False)
        self.error.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Closed cases"))
        self.intro.setText(
            self.tr(
                "Clients whose plans are all closed and whose details have not changed for 12 months "
                "are kept on the server only. When a client comes back, search for them here and fetch "
                "their details to this laptop. This needs a connection to the server."
            )
        )
        self.intro.setWordWrap(True)
        self.query.setPlaceholderText(self.tr("Name or date of birth"))
        self.query.setAccessibleName(self.tr("Search closed cases"))
        self.search_button.setText(self.tr("Search on the server"))
        self.fetch_button.setText(self.tr("Fetch to this laptop"))
        self.table.setAccessibleName(self.tr("Closed cases"))
        self.model.retranslate()
        self._fill(self.items, more=self.more)

    # -- searching and fetching ---------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """``fn`` on the network worker; its answer is dropped if this page was closed meanwhile
        (the window locked)."""
        self.busy = True
        self._enable()
        self.error.hide()

        def finished(value: Any) -> None:
            if shiboken6.isValid(self):
                self.busy = False
                done(value)
                self._enable()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.busy = False
                self._on_failed(exc)
                self._enable()

        network_runner().submit(fn, finished, failed)

    def search(self) -> None:
        if self.busy:
            return
        query, ws, transport = self.query.text(), self.ws, self.transport
        self.status.setText(self.tr("Searching…"))
        self._run(lambda: search_closed_cases(ws, query, transport=transport), self._on_found)

    def _on_found(self, found: ClosedCaseList) -> None:
        self.message = ""
        self._fill(found.items, more=found.more)

    def fetch(self) -> None:
        row = self.table.currentIndex().row()
        if self.busy or not 0 <= row < len(self.items):
            return
        item, ws, transport = self.items[row], self.ws, self.transport
        self.status.setText(self.tr("Fetching %1…").replace("%1", item.name))
        self._run(
            lambda: fetch_closed_case(ws, item.client_id, transport=transport),
            lambda _rows: self._on_fetched(item),
        )

    def _on_fetched(self, item: ClosedCaseItem) -> None:
        self.message = self.tr("%1 is on this laptop again, in the caseload.").replace("%1", item.name)
        self._fill([i for i in self.items if i.client_id != item.client_id], more=self.more)
        self.sig_open_client.emit(item.client_id)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SyncProblem) and exc.code == "not_found":
            text = self.tr(
                "This case is no longer closed on the server: it comes to this laptop with the next sync."
            )
        else:
            text = describe(exc)
        self.error.setText(text)
        self.error.show()
        self._fill(self.items, more=self.more)

    # -- showing ------------------------------------------------------------------------------

    def _enable(self) -> None:
        self.search_button.setEnabled(not self.busy)
        self.fetch_button.setEnabled(not self.busy and bool(self.items))

    def _fill(self, items: list[ClosedCaseItem], *, more: bool) -> None:
        self.items, self.more = items, more
        self.model.set_rows(
            [
                (
                    i.client_id,
                    (
                        i.name,
                        i18n.format_date(i.date_of_birth),
                        Lookups.pick(
                            self.lookups.municipalities.get(i.municipality),
                            i18n.current_language(),
                            i.municipality,
                        ),
                        i18n.format_date(i.closed_on),
                        i18n.format_date(i.archived_on),
                    ),
                )
                for i in items
            ]
        )
        self.table.setVisible(bool(items))
        self.fetch_button.setVisible(bool(items))
        # With no list the status line takes the free space (top-aligned), so the page does not
        # spread its few widgets over the height of the window.
        self.page_layout.setStretchFactor(self.status, 0 if items else 1)
        if items and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        lines = [self.message] if self.message else []
        if more:
            lines.append(self.tr("More than %1 match: narrow the search.").replace("%1", str(len(items))))
        elif not items and self.query.text().strip():
            lines.append(self.tr("No closed case matches the search."))
        self.status.setText("\n".join(lines))
        self._enable()
