"""The client's details as a form: every field of ``ClientInput``, grouped the way a counsellor asks."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.clients import ClientInput
from app.errors import ValidationError
from app.lookups import Lookups
from models.enums import FamilySituation, Gender, LabourMarketStatus, Literacy, PermitType, ResidenceBasis
from ui import i18n
from ui.choose_value import display_value
from ui.errors import describe
from ui.fields import CodeCombo, EnumCombo, OptionalDateEdit
from ui.widgets import Retranslatable

# What a new client's form shows: names empty, every other field not recorded (the rules say what is missing).
EMPTY = ClientInput(first_names="", last_name="", home_municipality="")

GROUPS = {
    "identity": (
        "first_names",
        "last_name",
        "name_latin",
        "date_of_birth",
        "gender",
        "hetu",
        "home_municipality",
        "phone",
        "address",
    ),
    "language": ("preferred_language", "interpreter_needed", "interpreter_language", "literacy"),
    "residence": (
        "permit_type",
        "residence_basis",
        "asylum_process",
        "first_permit_date",
        "labour_market_status",
        "family_situation",
        "family_notes",
    ),
    "status": (
        "home_care_allowance",
        "prolonged_social_assistance",
        "evident_social_or_health_needs",
        "unaccompanied_minor",
        "trafficking_victim",
        "referred_by_authority",
        "referring_authority",
        "own_request",
        "family_of_protected_person",
        "needs_service_coordination",
    ),
}


class ClientForm(Retranslatable):
    """Emits ``sig_edited(field)`` when the person changes a field (never while values are loaded)."""

    sig_edited = Signal(str)

    def __init__(self, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookups = lookups
        self._loading = False
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        columns = QHBoxLayout(self)
        left, right = QVBoxLayout(), QVBoxLayout()
        for group, names in GROUPS.items():
            box = QGroupBox()
            form = QFormLayout(box)
            for name in names:
                widget = self._make(name)
                self.widgets[name] = widget
                self._watch(name, widget)
                if isinstance(widget, QCheckBox):
                    form.addRow(widget)
                else:
                    label = QLabel()
                    label.setBuddy(widget)
                    self.labels[name] = label
                    form.addRow(label, widget)
            self.boxes[group] = box
            (left if group in ("identity", "language") else right).addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.retranslate()
        self.load(EMPTY)  # nothing chosen is "not recorded", never the first entry of a list

    def _watch(self, name: str, widget: QWidget) -> None:
        def edited(*_args: object) -> None:
            if not self._loading:
                self.sig_edited.emit(name)

        if isinstance(widget, QCheckBox):
            widget.toggled.connect(edited)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(edited)
        elif isinstance(widget, OptionalDateEdit):
            widget.dateChanged.connect(edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(edited)

    def _make(self, name: str) -> QWidget:
        enums = {
            "literacy": (Literacy, False),
            "permit_type": (PermitType, True),
            "residence_basis": (ResidenceBasis, True),
            "labour_market_status": (LabourMarketStatus, False),
            "family_situation": (FamilySituation, True),
        }
        if name in enums:
            cls, optional = enums[name]
            return EnumCombo(cls, optional=optional)
        if name == "gender":  # optional: the client may leave it empty, which is said in words
            return EnumCombo(Gender, optional=True, none_text=lambda: self.tr("Not recorded"))
        if name in ("date_of_birth", "first_permit_date"):
            return OptionalDateEdit()
        if name == "home_municipality":
            # Optional in the list so that a new client starts with none chosen; saving needs one.
            partners = {c: self.lookups.municipalities[c] for c in self.lookups.partner_municipalities}
            return CodeCombo(partners, optional=True)
        if name in ("preferred_language", "interpreter_language"):
            return CodeCombo(self.lookups.languages, optional=True)
        if name == "family_notes":
            edit = QPlainTextEdit()
            edit.setFixedHeight(60)
            return edit
        kinds = {f.name: f.type for f in fields(ClientInput)}
        if kinds[name] in ("bool", bool):
            return QCheckBox()
        return QLineEdit()

    def _texts(self) -> dict[str, str]:
        return {
            "first_names": self.tr("First names"),
            "last_name": self.tr("Last name"),
            "name_latin": self.tr("Name in Latin letters"),
            "date_of_birth": self.tr("Date of birth"),
            "gender": self.tr("Gender"),
            "hetu": self.tr("Personal identity code"),
            "home_municipality": self.tr("Home municipality"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "preferred_language": self.tr("Preferred language"),
            "interpreter_needed": self.tr("Needs an interpreter"),
            "interpreter_language": self.tr("Interpreter language"),
            "literacy": self.tr("Literacy"),
            "permit_type": self.tr("Residence permit type"),
            "residence_basis": self.tr("Basis of residence"),
            "asylum_process": self.tr("Permit through the asylum process"),
            "first_permit_date": self.tr("First permit, card or registration"),
            "labour_market_status": self.tr("Labour market status"),
            "family_situation": self.tr("Family situation"),
            "family_notes": self.tr("Notes on family"),
            "home_care_allowance": self.tr("Receives child home care allowance"),
            "prolonged_social_assistance": self.tr("Need for social assistance has become prolonged"),
            "evident_social_or_health_needs": self.tr("Evident social or health service needs"),
            "unaccompanied_minor": self.tr("Unaccompanied minor"),
            "trafficking_victim": self.tr("Victim of human trafficking"),
            "referred_by_authority": self.tr("Referred by another authority"),
            "referring_authority": self.tr("Referring authority"),
            "own_request": self.tr("Asked for an assessment"),
            "family_of_protected_person": self.tr("Family member of a person granted protection"),
            "needs_service_coordination": self.tr("Needs coordinated municipal and county services"),
        }

    def retranslate(self) -> None:
        texts = self._texts()
        titles = {
            "identity": self.tr("Identity and contact"),
            "language": self.tr("Language"),
            "residence": self.tr("Residence and situation"),
            "status": self.tr("Special statuses (KotoL §14-15)"),
        }
        for group, box in self.boxes.items():
            box.setTitle(titles[group])
        for name, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                widget.setText(texts[name])
            else:
                self.labels[name].setText(texts[name])
            widget.setAccessibleName(texts[name])
            retranslate = getattr(widget, "retranslate", None)
            if retranslate is not None:
                self._loading = True  # a relabelled list is not an edit
                retranslate()
                self._loading = False

    def label(self, name: str) -> str:
        """The field's label as the person sees it (for messages naming the field)."""
        return self._texts()[name]

    def describe_error(self, exc: BaseException) -> str:
        """An error of saving this form, naming a field by its label (not its internal name)."""
        if isinstance(exc, ValidationError) and exc.field in self.widgets:
            return describe(exc, label=self.label(exc.field))
        return describe(exc)

    def display(self, name: str, value: Any) -> str:
        """A stored value in the person's words: municipality and language codes by their names."""
        if value and name == "home_municipality":
            return Lookups.pick(self.lookups.municipalities.get(value), i18n.current_language()) or value
        if value and name in ("preferred_language", "interpreter_language"):
            return Lookups.pick(self.lookups.languages.get(value), i18n.current_language()) or value
        return display_value(name, value)

    def value(self, name: str) -> Any:
        w = self.widgets[name]
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip() or None
        if isinstance(w, QLineEdit):
            return w.text().strip() or None
        return w.value()  # type: ignore[attr-defined]

    def set_value(self, name: str, value: Any) -> None:
        w = self.widgets[name]
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QLineEdit):
            w.setText(value or "")
        else:
            w.set_value(value)  # type: ignore[attr-defined]

    def load(self, data: ClientInput, *, only: set[str] | None = None) -> None:
        """Show ``data`` (only the fields in ``only``, when given: the others keep what is typed)."""
        self._loading = True
        try:
            for name in self.widgets:
                if only is None or name in only:
                    self.set_value(name, getattr(data, name))
        finally:
            self._loading = False

    def entered(self, name: str) -> Any:
        """The field's value as the services take it (names are text, never None)."""
        value = self.value(name)
        if name in ("first_names", "last_name", "home_municipality"):
            return value or ""
        return value

    def collect(self) -> ClientInput:
        return ClientInput(**{name: self.entered(name) for name in self.widgets})

    def focus_field(self, name: str) -> None:
        widget = self.widgets.get(name)
        if widget is not None:
            widget.setFocus()
