"""Dialogs of the plan editor: a new plan, a review (new version), a goal, a measure.

Each saves through ``app.plans`` on the worker and closes only when the save worked; ``saved`` then
holds the plan as the service returned it. A refused field keeps the dialog open with that field
focused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import plans
from app.edits import OnClash, StaleEdit
from app.errors import ValidationError
from app.lookups import Lookups
from app.plans import Goal, Measure, PlanDetail
from app.workspace import Workspace
from models.enums import GoalArea, MeasureStatus, PlanKind, ResponsibleParty
from ui import i18n
from ui.choose_value import THEIRS, ChooseValueDialog, display_value
from ui.errors import describe
from ui.fields import CodeCombo, EnumCombo, OptionalDateEdit, enum_label
from ui.runner import Op, runner
from ui.widgets import error_label, muted

MEASURE_FIELDS: tuple[str, ...] = ("service", "provider", "provider_other", "responsible_party")
MEASURE_FIELDS += ("starts_on", "ends_on", "status", "details")
OTHER = "__other__"  # provider combo: a provider not in the reference data, typed by hand


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(i18n.locale().dateFormat(i18n.locale().FormatType.ShortFormat))
    return edit


def text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(90)
    return edit


class _SaveDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = i18n.current_language()
        self.saved: PlanDetail | None = None
        # After a clash with a value stored meanwhile (app.edits): what the person chose.
        self.base_override: dict[str, Any] = {}
        self.keep_theirs: set[str] = set()
        self.on_clash = OnClash.ASK
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.note = muted()
        self.note.hide()
        self.error = error_label()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add_row(self, name: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.fields[name], self.labels[name] = widget, label
        self.form.addRow(label, widget)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def save_text(self, text: str) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setText(text)

    def label_fields(self, texts: dict[str, str]) -> None:
        for name, text in texts.items():
            self.labels[name].setText(text + ":")
            self.fields[name].setAccessibleName(text)

    def work(self) -> Callable[[], PlanDetail]:
        raise NotImplementedError

    def guarded(
        self, entered: dict[str, Any], shown: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The fields to save and their base: what the dialog showed, or the person's choice after a clash."""
        changes = {k: v for k, v in entered.items() if k not in self.keep_theirs}
        return changes, {k: self.base_override.get(k, shown.get(k)) for k in changes}

    def _choose(self, stale: StaleEdit) -> None:
        """Someone changed a field meanwhile: both values, and the person chooses (or both are kept)."""

        def label(name: str) -> str:
            widget = self.fields.get(name)
            return widget.accessibleName() if widget is not None else name

        dialog = ChooseValueDialog(stale.clashes, label, display_value, self)
        if dialog.exec():
            for name, choice in dialog.choices().items():
                clash = next(c for c in stale.clashes if c.field == name)
                if choice == THEIRS:
                    self.keep_theirs.add(name)
                else:
                    self.base_override[name] = clash.theirs
        else:
            self.on_clash = OnClash.KEEP_BOTH
        self._on_save_clicked()

    def save_before_lock(self) -> None:
        """The laptop locks with this dialog open: save what is typed (queued before the database
        closes); a value changed meanwhile is kept as a conflict. Input that does not pass its checks
        cannot be saved and is lost with the dialog."""
        self.on_clash = OnClash.KEEP_BOTH
        runner().submit(self.work(), lambda _plan: None, lambda _exc: None)

    def _on_save_clicked(self) -> None:
        self.buttons.setEnabled(False)
        self.error.hide()
        Op(self, self.work()).on_success(self._on_saved).on_failure(self._on_failed).run()

    def _on_saved(self, plan: PlanDetail) -> None:
        self.saved = plan
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, StaleEdit):
            self._choose(exc)
            return
        widget = self.fields.get(exc.field) if isinstance(exc, ValidationError) else None
        if isinstance(exc, ValidationError) and widget is not None:
            exc = ValidationError(widget.accessibleName(), exc.message)  # the label, not the code name
        self.error.setText(describe(exc))
        self.error.show()
        if widget is not None:
            widget.setFocus()


class PartyCombo(QComboBox):
    """The two parties that make integration plans (and so have a review interval)."""

    MEMBERS = (ResponsibleParty.MUNICIPALITY, ResponsibleParty.EMPLOYMENT_AUTHORITY)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for member in self.MEMBERS:
            self.addItem(enum_label(member), member.value)

    def value(self) -> ResponsibleParty:
        return ResponsibleParty(self.currentData())


class NewPlanDialog(_SaveDialog):
    def __init__(self, ws: Workspace, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.client_id = client_id
        self.kind = EnumCombo(PlanKind, optional=False)
        self.party = PartyCombo()
        today = date.today()
        self.start = date_edit(today)
        self.end = date_edit(today)
        self.end.setDate(self._default_end(self.start.date()))
        self._last_start = self.start.date()
        self.start.dateChanged.connect(self._on_start_date_changed)
        for name, widget in (
            ("kind", self.kind),
            ("responsible_party", self.party),
            ("period_start", self.start),
            ("period_end", self.end),
        ):
            self.add_row(name, widget)
        self.retranslate()

    @staticmethod
    def _default_end(start: QDate) -> QDate:
        return start.addYears(1).addDays(-1)

    def _on_start_date_changed(self, start: QDate) -> None:
        if self.end.date() == self._default_end(self._last_start):  # the end was not chosen by hand
            self.end.setDate(self._default_end(start))
        self._last_start = start

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New integration plan"))
        self.save_text(self.tr("Make the plan"))
        self.label_fields(
            {
                "kind": self.tr("Kind"),
                "responsible_party": self.tr("Responsible party"),
                "period_start": self.tr("Period starts"),
                "period_end": self.tr("Period ends"),
            }
        )

    def work(self) -> Callable[[], PlanDetail]:
        kind, party = self.kind.value(), self.party.value()
        start, end, lang = to_date(self.start.date()), to_date(self.end.date()), self.lang
        return lambda: plans.create_plan(
            self.ws,
            client_id=self.client_id,
            kind=kind,
            responsible_party=party,
            period_start=start,
            period_end=end,
            lang=lang,
        )


class ReviewDialog(_SaveDialog):
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
        return lambda: plans.new_plan_version(self.ws, plan_id=self.plan.id, on=on, lang=lang)


class GoalDialog(_SaveDialog):
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
            return lambda: plans.add_goal(self.ws, plan_id=self.plan_id, area=area, text=text, lang=lang)
        changes, base = self.guarded({"area": area, "text": text}, {"area": goal.area, "text": goal.text})
        on_clash = self.on_clash
        return lambda: plans.update_goal(
            self.ws, goal_id=goal.id, changes=changes, lang=lang, base=base, on_clash=on_clash
        )


class MeasureDialog(_SaveDialog):
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
        self.responsible_party.set_value(measure.responsible_party if measure else plan.responsible_party)
        if measure is not None:
            self.service.set_value(measure.service)
            self.starts_on.set_value(measure.starts_on)
            self.ends_on.set_value(measure.ends_on)
            self.status.set_value(measure.status)
            self.details.setPlainText(measure.details or "")
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
        }

    def work(self) -> Callable[[], PlanDetail]:
        values, lang, measure, plan_id = self.values(), self.lang, self.measure, self.plan.id
        if measure is None:
            return lambda: plans.add_measure(self.ws, plan_id=plan_id, lang=lang, **values)
        entered = {"status": values["status"]} if self.status_only else values
        changes, base = self.guarded(entered, {name: getattr(measure, name) for name in MEASURE_FIELDS})
        on_clash = self.on_clash
        return lambda: plans.update_measure(
            self.ws, measure_id=measure.id, changes=changes, lang=lang, base=base, on_clash=on_clash
        )
