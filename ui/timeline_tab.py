"""The client's history at a glance: assessments, plans, meetings and notes, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.timeline import TimelineEntry, client_timeline
from app.workspace import Workspace
from models.enums import AssessmentKind, AssessmentStatus, MeetingPurpose, MeetingStatus, PlanKind, PlanState
from ui import i18n
from ui.fields import enum_label
from ui.rows_model import RowsModel
from ui.runner import Op
from ui.widgets import EmptyState, Retranslatable


class TimelineTab(Retranslatable):
    def __init__(self, ws: Workspace, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.client_id = ws, client_id
        self.entries: list[TimelineEntry] = []
        self.model = RowsModel(lambda: (self.tr("Date"), self.tr("What"), self.tr("Details")))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table_state = EmptyState(self.table)
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.table_state)
        self.retranslate()

    def kind_text(self, kind: str) -> str:
        return {
            "assessment": self.tr("Assessment"),
            "plan": self.tr("Integration plan"),
            "meeting": self.tr("Meeting"),
            "note": self.tr("Note"),
        }.get(kind, kind)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Timeline"))
        self.model.retranslate()
        self.table_state.set_text(
            self.tr(
                "Nothing recorded for this client yet. Assessments, plans, meetings and notes appear here, "
                "newest first, as soon as they are made."
            )
        )
        self._show(self.entries)

    def reload(self) -> None:
        Op(self, lambda: client_timeline(self.ws, client_id=self.client_id)).on_success(self._on_loaded).run()

    def _on_loaded(self, entries: list[TimelineEntry]) -> None:
        self._loaded = True
        self._show(entries)

    def _show(self, entries: list[TimelineEntry]) -> None:
        self.entries = entries
        self.model.set_rows(
            [
                (e.record_id, (i18n.format_date(e.when), self.kind_text(e.kind), self.details(e)))
                for e in entries
            ]
        )
        self.table_state.set_empty(self._loaded and not entries)

    def details(self, e: TimelineEntry) -> str:
        """Kind, version and state in the UI language, from the vocabulary labels."""
        parts: list[str] = []
        sub = {"assessment": AssessmentKind, "plan": PlanKind, "meeting": MeetingPurpose}.get(e.kind)
        if sub is not None and e.subtype:
            parts.append(enum_label(sub(e.subtype)))
        if e.version is not None:
            parts.append(self.tr("version %1").replace("%1", str(e.version)))
        status = {"assessment": AssessmentStatus, "plan": PlanState, "meeting": MeetingStatus}.get(e.kind)
        if status is not None:
            parts.append(enum_label(status(e.status)))
        return " · ".join(parts)
