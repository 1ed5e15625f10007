"""Field visit: a municipality and a day; the clients booked there and what to do with each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.lookups import Lookups
from app.meetings import FieldVisitItem, Todo, field_visit
from app.workspace import Workspace
from ui import i18n
from ui.fields import CodeCombo, enum_label
from ui.rows_model import RowsModel
from ui.runner import Op
from ui.widgets import EmptyState, Retranslatable, heading, muted


class FieldVisitView(Retranslatable):
    sig_open_client = Signal(str)

    def __init__(self, ws: Workspace, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lookups = ws, lookups
        self.items: list[FieldVisitItem] = []
        self.title = heading(size=16)
        self.intro = muted()
        partners = {c: lookups.municipalities[c] for c in lookups.partner_municipalities}
        self.municipality = CodeCombo(partners, optional=False)
        self.municipality.set_value("204" if "204" in partners else None)  # Kaavi: the typical field trip
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.municipality_label, self.day_label = QLabel(), QLabel()
        self.municipality_label.setBuddy(self.municipality)
        self.day_label.setBuddy(self.day)
        self.municipality.currentIndexChanged.connect(self.reload)
        self.day.dateChanged.connect(self.reload)
        self.model = RowsModel(
            lambda: (
                self.tr("Time"),
                self.tr("Client"),
                self.tr("Interpreter"),
                self.tr("To do at the meeting"),
            )
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.sig_open_client.emit(self.model.key(index.row())))
        self.table_state = EmptyState(self.table)
        self.summary = muted()
        self._loaded = False
        pickers = QHBoxLayout()
        for w in (self.municipality_label, self.municipality, self.day_label, self.day):
            pickers.addWidget(w)
        pickers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(pickers)
        layout.addWidget(self.table_state, 1)
        layout.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Field visit"))
        self.intro.setText(
            self.tr("The clients booked in one municipality on one day, and what each meeting needs.")
        )
        self.municipality_label.setText(self.tr("&Municipality"))
        self.day_label.setText(self.tr("&Day"))
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.day.setAccessibleName(self.tr("Day"))
        self.table.setAccessibleName(self.tr("Meetings"))
        self.municipality.retranslate()
        self.model.retranslate()
        self._show(self.items)

    def todo_text(self, code: str) -> str:
        texts: dict[str, str] = {
            Todo.ASSESSMENT_DUE: self.tr("Assessment due"),
            Todo.ASSESSMENT_DRAFT: self.tr("Finish the draft assessment"),
            Todo.PLAN_TO_DRAFT: self.tr("Draft the integration plan"),
            Todo.REVIEW_DUE: self.tr("Plan review due"),
            Todo.PLAN_TO_SIGN: self.tr("Plan to sign"),
            Todo.MISSING_DATA: self.tr("Ask for missing data"),
        }
        return texts.get(code, code)

    def reload(self) -> None:
        municipality = self.municipality.value()
        qd = self.day.date()
        day = date(qd.year(), qd.month(), qd.day())
        if municipality is None:
            return
        Op(self, lambda: field_visit(self.ws, municipality=municipality, day=day)).on_success(
            self._on_loaded
        ).run()

    def _on_loaded(self, items: list[FieldVisitItem]) -> None:
        self._loaded = True
        self._show(items)

    def _show(self, items: list[FieldVisitItem]) -> None:
        self.items = items
        lang = i18n.current_language()
        rows = []
        for item in items:
            time = i18n.format_time(item.meeting.starts_at)
            name = item.client_name + (f" ({item.client_name_latin})" if item.client_name_latin else "")
            interpreter = self.lookups.pick(self.lookups.languages.get(item.interpreter_language or ""), lang)
            mode = enum_label(item.meeting.mode)
            todo = ", ".join(self.todo_text(code) for code in item.todo) or self.tr("Nothing pending")
            rows.append((item.client_id, (f"{time} · {mode}", name, interpreter, todo)))
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("%1 meetings").replace("%1", str(len(items))))
        place = self.municipality.currentText()
        day = i18n.format_date(date(self.day.date().year(), self.day.date().month(), self.day.date().day()))
        self.table_state.set_text(
            self.tr(
                "No meetings are booked in %1 on %2. Choose another day or municipality above; meetings "
                "are booked on the Meetings and notes tab of a client's record."
            )
            .replace("%1", place)
            .replace("%2", day)
        )
        self.table_state.set_empty(self._loaded and not items)
