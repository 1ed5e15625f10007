"""Dialogs of the plan editor: a review (new version), a goal, a measure; the new-plan dialog lives in
``ui.plan_new_dialog`` and the shared saving in ``ui.plan_dialog_base``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from app.lookups import Lookups
from app.plans import items, lifecycle
from app.plans.core import Goal, Measure, PlanDetail
from app.plans.items import HOURS_MAX
from app.workspace import Workspace
from models.enums import GoalArea, MeasureStatus, ResponsibleParty
from ui.fields import CodeCombo, EnumCombo, OptionalDateEdit
from ui.plan_dialog_base import PartyCombo as PartyCombo
from ui.plan_dialog_base import SaveDialog, date_edit, text_edit, to_date
from ui.plan_new_dialog import NewPlanDialog as NewPlanDialog

MEASURE_FIELDS: tuple[str, ...] = ("service", "provider", "provider_other", "responsible_party")
MEASURE_FIELDS += ("starts_on", "ends_on", "hours", "language", "status", "details")
OTHER = "__other__"  # provider combo: a provider not in the reference data, typed by hand
CIVIC_ORIENTATION = "civic_orientation"


class ReviewDialog(SaveDialog):
    """A review makes a new draft version from the review date; the reviewed version is closed."""

    def __init__(self, ws: Workspace, plan: PlanDetail, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.plan = plan
        self.on = date_edit(date.today())
        self.add_row("on", self.on)
        self.note.show()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New version at a review"))
        self.save_text(self.tr("Make the new version"))
        self.note.setText(
            self.tr(
                "Version %1 will be closed on the review date, and a new draft version starts then "
                "with the same goals and measures."
            ).replace("%1", str(self.plan.version_no))
        )
        self.label_fields({"on": self.tr("Review date")})

    def work(self) -> Callable[[], PlanDetail]:
        on, lang = to_date(self.on.date()), self.lang
        return lambda: lifecycle.new_plan_version(self.ws, plan_id=self.plan.id, on=on, lang=lang)


class GoalDialog(SaveDialog):
    def __init__(
        self, ws: Workspace, plan_id: str, goal: Goal | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, parent)
        self.plan_id, self.goal = plan_id, goal
        self.area = EnumCombo(GoalArea, optional=False)
        self.text = text_edit()
        if goal is not None:
            self.area.set_value(goal.area)
            self.text.setPlainText(goal.text)
        self.add_row("area", self.area)
        self.add_row("text", self.text)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New goal") if self.goal is None else self.tr("Edit goal"))
        self.label_fields({"area": self.tr("Area"), "text": self.tr("Goal")})

    def work(self) -> Callable[[], PlanDetail]:
        area, text, lang, goal = self.area.value(), self.text.toPlainText(), self.lang, self.goal
        if goal is None:
            return lambda: items.add_goal(self.ws, plan_id=self.plan_id, area=area, text=text, lang=lang)
        changes, base = self.guarded({"area": area, "text": text}, {"area": goal.area, "text": goal.text})
        on_clash = self.on_clash
        return lambda: items.update_goal(
            self.ws, goal_id=goal.id, changes=changes, lang=lang, base=base, on_clash=on_clash
        )


class MeasureDialog(SaveDialog):
    """All fields while the plan is open; on a signed plan only the status (progress is tracked)."""

    def __init__(
        self,
        ws: Workspace,
        lookups: Lookups,
        plan: PlanDetail,
        measure: Measure | None = None,
        *,
        status_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ws, parent)
        self.lookups, self.plan, self.measure, self.status_only = lookups, plan, measure, status_only
        self.service = CodeCombo(lookups.services, optional=False)
        self.provider = QComboBox()
        self.provider_other = QLineEdit()
        self.responsible_party = EnumCombo(ResponsibleParty, optional=False)
        self.starts_on, self.ends_on = OptionalDateEdit(), OptionalDateEdit()
        self.status = EnumCombo(MeasureStatus, optional=False)
        self.details = text_edit()
        self.hours = QSpinBox()
        self.hours.setRange(0, HOURS_MAX)
        self.hours.setSpecialValueText("—")  # 0: not recorded
        self.language = CodeCombo(lookups.languages, optional=True)
        for combo in (self.service, self.provider, self.language):  # long names never squeeze the labels
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
        self.responsible_party.set_value(measure.responsible_party if measure else plan.responsible_party)
        if measure is not None:
            self.service.set_value(measure.service)
            self.starts_on.set_value(measure.starts_on)
            self.ends_on.set_value(measure.ends_on)
            self.status.set_value(measure.status)
            self.details.setPlainText(measure.details or "")
            self.hours.setValue(measure.hours or 0)
            self.language.set_value(measure.language)
            self.provider_other.setText(measure.provider_other or "")
        self._fill_providers(measure.provider if measure else None)
        if measure is not None and measure.provider is None and measure.provider_other:
            self.provider.setCurrentIndex(self.provider.findData(OTHER))
        self.service.currentIndexChanged.connect(lambda _i: self._fill_providers(self.provider.currentData()))
        self.provider.currentIndexChanged.connect(lambda _i: self._on_provider_changed())
        for name in MEASURE_FIELDS:  # the widgets are named after the fields the service checks
            widget = getattr(self, name)
            self.add_row(name, widget)
            widget.setEnabled(not status_only or name == "status")
        self._on_provider_changed()
        self.note.setVisible(status_only)
        self.retranslate()

    def _fill_providers(self, keep: str | None) -> None:
        """Providers offering the chosen service; a provider chosen earlier stays even if it no longer
        offers it, so opening and saving a measure never drops its provider."""
        service = self.service.value()
        codes = [p for p, offered in self.lookups.provider_services.items() if service in offered]
        if keep and keep != OTHER and keep not in codes:
            codes.append(keep)
        self.provider.blockSignals(True)
        self.provider.clear()
        self.provider.addItem("—", None)
        names = {code: self.lookups.providers.get(code) or code for code in codes}
        for code in sorted(codes, key=lambda c: names[c].casefold()):
            self.provider.addItem(names[code], code)
        self.provider.addItem(self.tr("Other (type the name)"), OTHER)
        self.provider.setCurrentIndex(max(0, self.provider.findData(keep)))
        self.provider.blockSignals(False)
        self._on_provider_changed()

    def _on_provider_changed(self) -> None:
        if "provider_other" in self.fields:
            self.form.setRowVisible(self.provider_other, self.provider.currentData() == OTHER)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New measure") if self.measure is None else self.tr("Edit measure"))
        self.note.setText(self.tr("The plan is signed: only the status of the measure can change."))
        self.provider.setItemText(self.provider.count() - 1, self.tr("Other (type the name)"))
        self.label_fields(
            {
                "service": self.tr("Service"),
                "provider": self.tr("Provider"),
                "provider_other": self.tr("Other provider"),
                "responsible_party": self.tr("Responsible party"),
                "starts_on": self.tr("Starts"),
                "ends_on": self.tr("Ends"),
                "status": self.tr("Status"),
                "details": self.tr("Details"),
                "hours": self.tr("Hours"),
                "language": self.tr("Language of the service"),
            }
        )

    def values(self) -> dict[str, Any]:
        other = self.provider.currentData() == OTHER
        return {
            "service": self.service.value() or "",
            "provider": None if other else self.provider.currentData(),
            "provider_other": self.provider_other.text() if other else None,
            "responsible_party": self.responsible_party.value(),
            "starts_on": self.starts_on.value(),
            "ends_on": self.ends_on.value(),
            "status": self.status.value(),
            "details": self.details.toPlainText(),
            "hours": self.hours.value() or None,
            "language": self.language.value(),
        }

    def work(self) -> Callable[[], PlanDetail]:
        values, lang, measure, plan_id = self.values(), self.lang, self.measure, self.plan.id
        if measure is None:
            return lambda: items.add_measure(self.ws, plan_id=plan_id, lang=lang, **values)
        entered = {"status": values["status"]} if self.status_only else values
        changes, base = self.guarded(entered, {name: getattr(measure, name) for name in MEASURE_FIELDS})
        on_clash = self.on_clash
        return lambda: items.update_measure(
            self.ws, measure_id=measure.id, changes=changes, lang=lang, base=base, on_clash=on_clash
        )
