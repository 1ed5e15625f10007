"""The client's assessments: pick one or start a new one; the form below autosaves."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.assessments import AssessmentDetail, assessments_for_client, get_assessment, start_assessment
from app.lookups import Lookups
from app.workspace import Workspace
from models.enums import AssessmentKind
from ui import i18n
from ui.assessment_form import AssessmentForm
from ui.fields import enum_label
from ui.runner import Op
from ui.widgets import Retranslatable, muted


class AssessmentTab(Retranslatable):
    def __init__(
        self, ws: Workspace, lookups: Lookups, client_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.client_id = ws, client_id
        self.items: list[AssessmentDetail] = []
        self._seen = False
        self.picker = QComboBox()
        self.picker.currentIndexChanged.connect(self._on_picked)
        self.start_basic, self.start_multi = QPushButton(), QPushButton()
        self.start_basic.clicked.connect(lambda: self._start(AssessmentKind.BASIC))
        self.start_multi.clicked.connect(lambda: self._start(AssessmentKind.MULTIDISCIPLINARY))
        self.empty = muted()
        self.form = AssessmentForm(ws, lookups)
        self.form.sig_saved.connect(self._on_saved)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.start_basic)
        top.addWidget(self.start_multi)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.picker.setAccessibleName(self.tr("Assessment"))
        self.start_basic.setText(self.tr("Start a basic assessment"))
        self.start_multi.setText(self.tr("Start a multidisciplinary assessment"))
        self.empty.setText(self.tr("No assessment yet. Start one with the buttons above."))
        self._fill_picker()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (back from the Details tab, where the client's facts may have changed): the
        assessment's findings and Liite 1 participants are checked again, unless typing is unsaved."""
        super().showEvent(event)
        if self._seen and self.form.detail is not None and not self.form.pending:
            assessment_id = self.form.detail.id
            Op(self, lambda: get_assessment(self.ws, assessment_id=assessment_id)).on_success(
                self.form.load
            ).run()
        self._seen = True

    def reload(self) -> None:
        Op(self, lambda: assessments_for_client(self.ws, client_id=self.client_id)).on_success(
            self._on_loaded
        ).run()

    def _on_loaded(self, items: list[AssessmentDetail]) -> None:
        """The list again (a change elsewhere, e.g. the client's details): the assessment being shown
        stays shown, with its findings checked against the changed facts."""
        shown = self.form.detail.id if self.form.detail is not None else None
        self.items = items
        index = next((i for i, a in enumerate(items) if a.id == shown), 0)
        self._fill_picker()
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self.empty.setVisible(not items)
        if items:
            self.form.load(items[index])

    def _label(self, a: AssessmentDetail) -> str:
        when = i18n.format_date(a.assessed_on) or self.tr("no date")
        return f"{when} · {enum_label(a.kind)} · {enum_label(a.status)}"

    def _fill_picker(self) -> None:
        current = self.picker.currentIndex()
        self.picker.blockSignals(True)
        self.picker.clear()
        for a in self.items:
            self.picker.addItem(self._label(a), a.id)
        self.picker.setCurrentIndex(max(0, min(current, len(self.items) - 1)))
        self.picker.blockSignals(False)

    def _on_picked(self, index: int) -> None:
        if 0 <= index < len(self.items):
            self.form.flush()
            assessment_id = self.items[index].id
            Op(self, lambda: get_assessment(self.ws, assessment_id=assessment_id)).on_success(
                self.form.load
            ).run()

    def _start(self, kind: AssessmentKind) -> None:
        self.form.flush()
        Op(self, lambda: start_assessment(self.ws, client_id=self.client_id, kind=kind)).on_success(
            self._on_started
        ).run()

    def _on_started(self, detail: AssessmentDetail) -> None:
        self.items.insert(0, detail)
        self._fill_picker()
        self.picker.setCurrentIndex(0)
        self.empty.hide()
        self.form.load(detail)

    def _on_saved(self, detail: AssessmentDetail) -> None:
        self.items = [detail if a.id == detail.id else a for a in self.items]
        index = next((i for i, a in enumerate(self.items) if a.id == detail.id), -1)
        if index >= 0:
            self.picker.setItemText(index, self._label(detail))
