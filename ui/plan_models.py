"""Parts of the plan editor: item models (goals, measures, what changed since the previous version),
the table view for goals and measures, and the header saying which plan this is and when it is reviewed.

They hold plain frozen values handed over from the worker (``Goal``, ``Measure``, ``PlanChange``);
``retranslate()`` tells the views to fetch headers and cells again after a language change.
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.lookups import Lookups
from app.plans.core import Goal, Measure
from app.plans.diff import PlanChange
from models.enums import GoalArea, MeasureStatus, PlanKind, ResponsibleParty
from ui import i18n
from ui.fields import enum_label

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
DISPLAY = Qt.ItemDataRole.DisplayRole
_ENUMS: dict[str, type[Enum]] = {
    "area": GoalArea,
    "kind": PlanKind,
    "responsible_party": ResponsibleParty,
    "status": MeasureStatus,
}
_DATES = ("period_start", "period_end", "starts_on", "ends_on")
_STATUS_COLOURS = {
    MeasureStatus.ONGOING: "#1f5f99",
    MeasureStatus.COMPLETED: "#1e6b3a",
    MeasureStatus.INTERRUPTED: "#8a5a00",
    MeasureStatus.CANCELLED: "#5b6670",
}


def fill(template: str, *values: str) -> str:
    """Qt's ``%1 %2`` placeholders in one pass, so a value containing "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def service_name(lookups: Lookups, code: str) -> str:
    return Lookups.pick(lookups.services.get(code), i18n.current_language(), code)


def language_name(lookups: Lookups, code: str) -> str:
    return Lookups.pick(lookups.languages.get(code), i18n.current_language(), code)


def provider_name(lookups: Lookups, measure: Measure) -> str:
    if measure.provider:
        return lookups.providers.get(measure.provider, measure.provider)
    return measure.provider_other or ""


class _Rows(QAbstractTableModel, Generic[T]):
    columns: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[T, ...] = ()

    def set_rows(self, rows: tuple[T, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self.rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers()[section]
        return None


class GoalsModel(_Rows[Goal]):
    columns = ("area", "text")

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Area"), self.tr("Goal"))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        goal = self.rows[index.row()]
        text = enum_label(goal.area) if index.column() == 0 else " ".join(goal.text.split())
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return goal.text
        return None


class MeasuresModel(_Rows[Measure]):
    columns = ("service", "provider", "party", "start", "end", "status")

    def __init__(self, lookups: Lookups, parent: Any = None) -> None:
        super().__init__(parent)
        self.lookups = lookups

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Service"),
            self.tr("Provider"),
            self.tr("Responsible"),
            self.tr("Starts"),
            self.tr("Ends"),
            self.tr("Status"),
        )

    def party_text(self, party: ResponsibleParty) -> str:
        """Short enough for a table cell; the full name is the tooltip."""
        return {
            ResponsibleParty.MUNICIPALITY: self.tr("Municipality"),
            ResponsibleParty.EMPLOYMENT_AUTHORITY: self.tr("Employment authority"),
            ResponsibleParty.WELLBEING_COUNTY: self.tr("Wellbeing county"),
            ResponsibleParty.OTHER: self.tr("Other"),
        }[party]

    def _text(self, m: Measure, column: str) -> str:
        if column == "service":
            parts = [service_name(self.lookups, m.service)]
            if m.hours is not None:
                parts.append(fill(self.tr("%1 h"), str(m.hours)))
            if m.language:
                parts.append(language_name(self.lookups, m.language))
            return " · ".join(parts)
        if column == "provider":
            return provider_name(self.lookups, m)
        if column == "party":
            return self.party_text(m.responsible_party)
        if column in ("start", "end"):
            return i18n.format_date(m.starts_on if column == "start" else m.ends_on)
        return enum_label(m.status)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(m, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "party":
                return enum_label(m.responsible_party)
            if column == "service" and m.details:
                return m.details
            return self._text(m, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and m.status in _STATUS_COLOURS:
            return QBrush(QColor(_STATUS_COLOURS[m.status]))
        return None


class ChangesModel(QAbstractListModel):
    """``diff_plans`` entries as sentences: "Measure added: Finnish course"."""

    def __init__(self, lookups: Lookups, parent: Any = None) -> None:
        super().__init__(parent)
        self.lookups = lookups
        self.rows: list[PlanChange] = []

    def set_rows(self, rows: list[PlanChange]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def field_name(self, field: str) -> str:
        return {
            "kind": self.tr("kind"),
            "responsible_party": self.tr("responsible party"),
            "period_start": self.tr("period start"),
            "period_end": self.tr("period end"),
            "summary": self.tr("summary"),
            "area": self.tr("area"),
            "text": self.tr("text"),
            "provider": self.tr("provider"),
            "provider_other": self.tr("other provider"),
            "starts_on": self.tr("start"),
            "ends_on": self.tr("end"),
            "status": self.tr("status"),
            "details": self.tr("details"),
            "hours": self.tr("hours"),
            "language": self.tr("language"),
        }.get(field, field)

    def value(self, field: str, value: str | None) -> str:
        if value is None or value == "":
            return "—"
        if field in _ENUMS:
            return enum_label(_ENUMS[field](value))
        if field in _DATES:
            return i18n.format_date(date.fromisoformat(value))
        if field == "provider":
            return self.lookups.providers.get(value, value)
        if field == "language":
            return language_name(self.lookups, value)
        return " ".join(value.split())

    def sentence(self, c: PlanChange) -> str:
        subject = service_name(self.lookups, c.label) if c.what == "measure" else c.label
        if c.kind == "added":
            return fill(
                self.tr("Goal added: %1") if c.what == "goal" else self.tr("Measure added: %1"), subject
            )
        if c.kind == "removed":
            return fill(
                self.tr("Goal removed: %1") if c.what == "goal" else self.tr("Measure removed: %1"), subject
            )
        field = c.field or ""
        values = (self.field_name(field), self.value(field, c.old), self.value(field, c.new))
        if c.what == "plan":
            return fill(self.tr("Plan %1: %2 → %3"), *values)
        if c.what == "goal" and field == "text":
            return fill(self.tr("Goal text: %1 → %2"), *values[1:])
        template = self.tr("Goal “%4”, %1: %2 → %3") if c.what == "goal" else self.tr("%4, %1: %2 → %3")
        return fill(template, *values, subject)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.sentence(self.rows[index.row()])
        return None


class ItemTable(QTableView):
    """Rows of goals or measures: Enter or a double click edits, Delete removes."""

    sig_edit = Signal()
    sig_remove = Signal()

    def __init__(self, model: QAbstractTableModel, stretch: tuple[int, ...], wrap: bool = False) -> None:
        super().__init__()
        self.setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:  # the columns that take the room left; the rest fit their contents
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(wrap)  # goals are read in full; measures stay one line each
        if wrap:
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.verticalHeader().hide()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumHeight(110)
        self.doubleClicked.connect(lambda _i: self.sig_edit.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_edit.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.sig_remove.emit()
        else:
            super().keyPressEvent(event)

    def current_row(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else None


def section(title: QLabel, view: QWidget, *buttons: QPushButton) -> QWidget:
    """A titled part of the editor: the title and its buttons on one line, the view below."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 6, 0, 0)
    title.setMinimumHeight(QPushButton().sizeHint().height())  # titles line up with or without buttons
    bar = QHBoxLayout()
    bar.addWidget(title, 1)
    for button in buttons:
        bar.addWidget(button)
    layout.addLayout(bar)
    layout.addWidget(view, 1)
    return box
