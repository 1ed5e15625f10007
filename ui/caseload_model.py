"""The caseload table model: all rows loaded once in the background, filtered in memory."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.caseload import DUE_SOON_DAYS, CaseloadFilter, CaseloadRow, filter_caseload, review_state
from app.lookups import Lookups
from models.enums import PlanState
from ui import i18n

Index = QModelIndex | QPersistentModelIndex


class CaseloadModel(QAbstractTableModel):
    COLUMNS = ("name", "latin", "born", "municipality", "plan", "review")

    def __init__(self, lookups: Lookups, parent: Any = None) -> None:
        super().__init__(parent)
        self.lookups = lookups
        self.all_rows: list[CaseloadRow] = []
        self.rows: list[CaseloadRow] = []
        self.today = date.today()
        self.soon_days = DUE_SOON_DAYS  # a review this near its due date is due soon (the rules data)
        self.filter = CaseloadFilter()

    def set_rows(self, rows: list[CaseloadRow], soon_days: int = DUE_SOON_DAYS) -> None:
        self.all_rows, self.soon_days = rows, soon_days
        self.apply(self.filter)

    def apply(self, flt: CaseloadFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self.rows = filter_caseload(self.all_rows, flt, self.today, self.soon_days)
        self.endResetModel()

    def due_soon_text(self) -> str:
        return self.tr("Review due within %1 days").replace("%1", str(self.soon_days))

    def row_at(self, row: int) -> CaseloadRow:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Name in Latin letters"),
            self.tr("Born"),
            self.tr("Municipality"),
            self.tr("Plan"),
            self.tr("Next review"),
        )[section]

    def plan_text(self, state: PlanState | None) -> str:
        if state is None:
            return self.tr("No plan")
        return {
            PlanState.DRAFT: self.tr("Draft"),
            PlanState.AGREED: self.tr("Agreed"),
            PlanState.SIGNED: self.tr("Signed"),
            PlanState.CLOSED: self.tr("Closed"),
        }[state]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "name":
                return f"{row.last_name}, {row.first_names}"
            if column == "latin":
                return row.name_latin or ""
            if column == "born":
                return i18n.format_date(row.date_of_birth)
            if column == "municipality":
                return Lookups.pick(
                    self.lookups.municipalities.get(row.home_municipality),
                    i18n.current_language(),
                    row.home_municipality,
                )
            if column == "plan":
                return self.plan_text(row.plan_state)
            if column == "review":
                if row.next_review_due is None or review_state(row, self.today, self.soon_days) == "none":
                    return ""
                return i18n.format_date(row.next_review_due)
        if role == Qt.ItemDataRole.ForegroundRole and column == "review":
            state = review_state(row, self.today, self.soon_days)
            if state == "overdue":
                return QBrush(QColor("#a4262c"))
            if state == "due":
                return QBrush(QColor("#8a5a00"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "review":
            state = review_state(row, self.today, self.soon_days)
            return {"overdue": self.tr("Review overdue"), "due": self.due_soon_text()}.get(state)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
