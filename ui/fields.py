"""Input widgets the forms share: optional dates, enum and code pickers with translated labels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from app.domain import default_reference
from app.lookups import Lookups
from ui import i18n

_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that can be empty: the minimum date stands for "not known"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText("—")
        self.setDisplayFormat(i18n.locale().dateFormat(i18n.locale().FormatType.ShortFormat))
        self.set_value(None)

    def value(self) -> date | None:
        d = self.date()
        return None if d == _EMPTY else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(_EMPTY if value is None else QDate(value.year, value.month, value.day))


def enum_label(member: Enum) -> str:
    return default_reference().label(member, i18n.current_language())


class EnumCombo(QComboBox):
    """``none_text``: the words of the empty entry of an optional list (e.g. "Not recorded"), when a
    dash would not say enough; called again when the language changes."""

    def __init__(
        self,
        enum_cls: type[Enum],
        *,
        optional: bool,
        none_text: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.enum_cls, self.optional, self.none_text = enum_cls, optional, none_text
        self.retranslate()

    def retranslate(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        if self.optional:
            self.addItem(self.none_text() if self.none_text is not None else "—", None)
        for member in self.enum_cls:
            self.addItem(enum_label(member), member.value)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def value(self) -> Any:
        data = self.currentData()
        return None if data is None else self.enum_cls(data)

    def set_value(self, value: Enum | None) -> None:
        self.setCurrentIndex(max(0, self.findData(None if value is None else value.value)))


class CodeCombo(QComboBox):
    """Picks a code from reference data (municipality, language, service), names in the UI language."""

    def __init__(
        self, names: dict[str, dict[str, str]], *, optional: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.names, self.optional = names, optional
        self.retranslate()

    def retranslate(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        if self.optional:
            self.addItem("—", None)
        lang = i18n.current_language()
        for text, code in sorted((Lookups.pick(n, lang, c), c) for c, n in self.names.items()):
            self.addItem(text, code)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, code: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))
