"""The new-plan dialog: the plan rests on one of the client's assessments (seed 2.3: the first plan is
made at the assessment meeting), its kind follows that assessment, and the responsible party follows
the client's labour market status (Liite 1); another party may be chosen, which the plan's rule findings
then ask a reason for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QWidget

from app.plans import lifecycle
from app.plans.core import PlanDetail
from app.plans.rules import PlanStart, plan_start
from app.workspace import Workspace
from models.enums import LabourMarketStatus, PlanKind
from ui import i18n
from ui.fields import EnumCombo, enum_label
from ui.plan_dialog_base import PartyCombo, SaveDialog, date_edit, to_date
from ui.plan_models import fill
from ui.runner import Op

NONE = "__none__"  # assessment combo: the plan rests on no assessment (a rule finding)


class NewPlanDialog(SaveDialog):
    OPEN_WIDTH = 640

    def __init__(self, ws: Workspace, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.client_id = client_id
        self.start_data: PlanStart | None = None
        self.assessment = QComboBox()
        # The dialog grows to show the chosen assessment whole (about 850 px in Swedish), not cut off.
        self.assessment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind = EnumCombo(PlanKind, optional=False)
        self.party = PartyCombo()
        today = date.today()
        self.start = date_edit(today)
        self.end = date_edit(today)
        self.end.setDate(self._default_end(self.start.date()))
        self._last_start = self.start.date()
        self.start.dateChanged.connect(self._on_start_date_changed)
        self.assessment.currentIndexChanged.connect(lambda _i: self._on_assessment_changed())
        self.party.currentIndexChanged.connect(lambda _i: self._show_party_note())
        for name, widget in (
            ("assessment_id", self.assessment),
            ("kind", self.kind),
            ("responsible_party", self.party),
            ("period_start", self.start),
            ("period_end", self.end),
        ):
            self.add_row(name, widget)
        self.retranslate()
        Op(self, lambda: plan_start(ws, client_id=client_id)).on_success(self._on_loaded).on_failure(
            self._on_failed
        ).run()

    @staticmethod
    def _default_end(start: QDate) -> QDate:
        return start.addYears(1).addDays(-1)

    def _on_start_date_changed(self, start: QDate) -> None:
        if self.end.date() == self._default_end(self._last_start):  # the end was not chosen by hand
            self.end.setDate(self._default_end(start))
        self._last_start = start

    def _on_loaded(self, start: PlanStart) -> None:
        """The client's assessments (default: the latest completed) and the party Liite 1 expects."""
        self.start_data = start
        self._fill_assessments(start.default_assessment_id)
        if start.expected_party is not None:
            self.party.setCurrentIndex(max(0, self.party.findData(start.expected_party.value)))
        self._on_assessment_changed()

    def _fill_assessments(self, select: str | None) -> None:
        self.assessment.blockSignals(True)
        self.assessment.clear()
        for a in self.start_data.assessments if self.start_data else ():
            text = fill(  # the date first: what tells the assessments apart
                self.tr("%1 (%2) · %3"),
                i18n.format_date(a.assessed_on) if a.assessed_on else self.tr("no date"),
                enum_label(a.status),
                enum_label(a.kind),
            )
            self.assessment.addItem(text, a.id)
        self.assessment.addItem(self.tr("None: the plan rests on no assessment"), NONE)
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(select or NONE)))
        self.assessment.blockSignals(False)

    def assessment_id(self) -> str | None:
        data = self.assessment.currentData()
        return None if data in (None, NONE) else str(data)

    def _on_assessment_changed(self) -> None:
        if self.start_data is not None:
            self.kind.set_value(self.start_data.default_kind(self.assessment_id()))
        self._show_party_note()

    def _show_party_note(self) -> None:
        """Says when the chosen party is not the one Liite 1 names (or the status is unknown)."""
        start = self.start_data
        if start is None:
            self.note.hide()
            return
        expected = start.expected_party
        if start.labour_market_status is LabourMarketStatus.UNKNOWN or expected is None:
            text = self.tr(
                "The client's labour market status is not recorded, so the responsible party cannot be "
                "derived from Liite 1. Record it on the client's details; until then the plan asks for "
                "a reason."
            )
        elif self.party.value() is not expected:
            text = fill(
                self.tr(
                    "Under Liite 1 this client's plan is made by: %1. Another party can be chosen; the plan "
                    "then needs a recorded reason before it is agreed."
                ),
                enum_label(expected),
            )
        else:
            self.note.hide()
            return
        self.note.setText(text)
        self.note.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New integration plan"))
        self.save_text(self.tr("Make the plan"))
        self.label_fields(
            {
                "assessment_id": self.tr("Rests on the assessment"),
                "kind": self.tr("Kind"),
                "responsible_party": self.tr("Responsible party"),
                "period_start": self.tr("Period starts"),
                "period_end": self.tr("Period ends"),
            }
        )
        self._fill_assessments(self.assessment_id())
        self._show_party_note()

    def work(self) -> Callable[[], PlanDetail]:
        kind, party, assessment = self.kind.value(), self.party.value(), self.assessment_id()
        start, end, lang = to_date(self.start.date()), to_date(self.end.date()), self.lang
        return lambda: lifecycle.create_plan(
            self.ws,
            client_id=self.client_id,
            kind=kind,
            responsible_party=party,
            period_start=start,
            period_end=end,
            assessment_id=assessment,
            lang=lang,
        )
