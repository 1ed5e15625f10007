"""Caseload: the counsellor's clients, searched as you type, filtered, opened with Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.caseload import CaseloadFilter, CaseloadRow, due_soon_days, load_caseload
from app.clients import delete_client
from app.lookups import Lookups
from app.workspace import Workspace
from models.enums import PlanState
from ui import i18n
from ui.caseload_model import CaseloadModel
from ui.runner import Op
from ui.widgets import EmptyState, Retranslatable, heading, muted


class CaseloadView(Retranslatable):
    sig_open_client = Signal(str)
    sig_new_client = Signal()  # the empty caseload's button: the same dialog as "+ New client"

    def __init__(self, ws: Workspace, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lookups = ws, lookups
        self.model = CaseloadModel(lookups, self)
        self.title = heading(size=16)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_filter_changed)
        self.municipality = QComboBox()
        self.review = QComboBox()
        self.plan_state = QComboBox()
        self.attention = QCheckBox()
        for combo in (self.municipality, self.review, self.plan_state):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.attention.toggled.connect(self._on_filter_changed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # The name takes the room left; the other columns are as wide as their words (the Latin name
        # column used to stretch as wide as the name while mostly empty, cutting the plan state and the
        # review date at 1366 px). Widths are measured from the first rows only, so a large caseload
        # still opens at once.
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)
        self.table_state = EmptyState(self.table)
        self.table_state.action.clicked.connect(self._on_empty_action_clicked)
        self.count = muted()
        self.delete = QPushButton()
        self.delete.setEnabled(False)
        self.delete.clicked.connect(self._on_delete_clicked)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for w in (self.municipality, self.review, self.plan_state, self.attention):
            filters.addWidget(w, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table_state, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.delete)
        layout.addLayout(bottom)
        self._loading = False
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Caseload"))
        self.search.setPlaceholderText(self.tr("Search by name (any script) or date of birth…"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.table.setAccessibleName(self.tr("Clients"))
        self._fill(
            self.municipality,
            self.tr("All municipalities"),
            [
                (Lookups.pick(self.lookups.municipalities[c], i18n.current_language(), c), c)
                for c in self.lookups.partner_municipalities
            ],
        )
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self._fill(
            self.review,
            self.tr("Any review date"),
            [(self.model.due_soon_text(), "due"), (self.tr("Review overdue"), "overdue")],
        )
        self.review.setAccessibleName(self.tr("Review"))
        self._fill(
            self.plan_state,
            self.tr("Any plan state"),
            [(self.model.plan_text(s), s.value) for s in PlanState],
        )
        self.plan_state.setAccessibleName(self.tr("Plan state"))
        self.attention.setText(self.tr("Needs attention"))
        self.attention.setToolTip(self.tr("Missing data needed by the rules, or a review overdue"))
        self.delete.setText(self.tr("Delete client…"))
        self.delete.setToolTip(self.tr("Deleted clients can be restored from Recently deleted for 30 days"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.COLUMNS) - 1)
        self._update_count()

    @staticmethod
    def _fill(combo: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def reload(self) -> None:
        self._loading = True
        self._update_count()
        ws, today = self.ws, self.model.today
        Op(self, lambda: (load_caseload(ws), due_soon_days(ws, today))).on_success(self._on_loaded).run()

    def _on_loaded(self, loaded: tuple[list[CaseloadRow], int]) -> None:
        rows, soon_days = loaded
        self._loading = False
        changed = soon_days != self.model.soon_days
        self.model.set_rows(rows, soon_days)
        if changed:
            self.retranslate()  # the review filter names the days
        self._update_count()

    def current_filter(self) -> CaseloadFilter:
        state = self.plan_state.currentData()
        return CaseloadFilter(
            search=self.search.text(),
            municipality=self.municipality.currentData(),
            review=self.review.currentData() or "any",
            plan_state=PlanState(state) if state else None,
            needs_attention=self.attention.isChecked(),
        )

    def _on_filter_changed(self) -> None:
        self.model.apply(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        if self._loading:
            self.count.setText(self.tr("Loading clients…"))
            return
        self._update_empty()
        self.count.setText(
            self.tr("%1 of %2 clients")
            .replace("%1", str(len(self.model.rows)))
            .replace("%2", str(len(self.model.all_rows)))
        )

    def _update_empty(self) -> None:
        """No clients at all: how the caseload fills; clients, but none matching: how to see them."""
        if not self.model.all_rows:
            self.table_state.set_text(
                self.tr(
                    "No clients on this laptop yet. Add one with “New client…”. If your clients are already "
                    "in Polku on the server, connect and sync at the bottom of the window to bring your "
                    "caseload here."
                ),
                self.tr("New client…"),
            )
        else:
            self.table_state.set_text(
                self.tr("No client matches the search and the filters."),
                self.tr("Clear search and filters"),
            )
        self.table_state.set_empty(not self.model.rows)

    def _on_empty_action_clicked(self) -> None:
        if not self.model.all_rows:
            self.sig_new_client.emit()
            return
        for widget in (self.search, self.municipality, self.review, self.plan_state, self.attention):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.municipality, self.review, self.plan_state):
            combo.setCurrentIndex(0)
        self.attention.setChecked(False)
        for widget in (self.search, self.municipality, self.review, self.plan_state, self.attention):
            widget.blockSignals(False)
        self._on_filter_changed()

    def _on_table_activated(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.sig_open_client.emit(self.model.row_at(index.row()).id)

    def _selected(self) -> CaseloadRow | None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel().hasSelection()
        return self.model.row_at(index.row()) if selected and index.isValid() else None

    def _on_selection_changed(self) -> None:
        self.delete.setEnabled(self._selected() is not None)

    def _on_delete_clicked(self) -> None:
        row = self._selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete client"),
            self.tr("Delete %1? The client can be restored from Recently deleted for 30 days.").replace(
                "%1", f"{row.first_names} {row.last_name}"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # The change signal reloads the lists (this one too) and Recently deleted.
        Op(self, lambda: delete_client(self.ws, client_id=row.id)).run()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
