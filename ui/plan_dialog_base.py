"""What the plan editor's dialogs share: saving through ``app.plans`` on the worker, closing only when
the save worked (``saved`` then holds the plan as the service returned it), keeping the dialog open with
the refused field focused, and choosing between values when a field changed meanwhile (``app.edits``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.edits import OnClash, StaleEdit
from app.errors import ValidationError
from app.plans.core import PlanDetail
from app.workspace import Workspace
from models.enums import ResponsibleParty
from ui import i18n
from ui.choose_value import THEIRS, ChooseValueDialog, display_value
from ui.errors import describe
from ui.fields import enum_label
from ui.runner import Op, runner
from ui.widgets import error_label, muted


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


class SaveDialog(QDialog):
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

    # How wide the dialog opens at least. Not a minimum width: an explicit minimum would replace the
    # layout's, and longer words (Swedish) or a long entry in a list would be cut off instead.
    OPEN_WIDTH = 520

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(self.OPEN_WIDTH, 0))

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
        label = widget.accessibleName() if widget is not None else None  # the form's label of the field
        self.error.setText(describe(exc, label=label))
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
