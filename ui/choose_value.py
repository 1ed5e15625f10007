"""When a field the person changed was also changed on this laptop meanwhile (a sync brought a
colleague's edit, or another window saved): both values side by side, in the form's words, and the
person chooses per field. "Decide later" keeps both as a conflict on the Conflicts page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.edits import FieldClash
from ui import i18n
from ui.fields import enum_label
from ui.widgets import heading, muted

MINE, THEIRS = "mine", "theirs"


def display_value(_field: str, value: Any) -> str:
    """A stored value in words: list entries by their labels, dates as dates, nothing as "Not recorded"."""
    if value is None or value == "":
        return QCoreApplication.translate("ChooseValueDialog", "Not recorded")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ChooseValueDialog", "Yes")
        return QCoreApplication.translate("ChooseValueDialog", "No")
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, date):
        return i18n.format_date(value)
    return str(value)


class ChooseValueDialog(QDialog):
    """``choices()`` after ``exec()``: field -> MINE or THEIRS. Rejected: decide later."""

    def __init__(
        self,
        clashes: tuple[FieldClash, ...],
        label: Callable[[str], str],
        display: Callable[[str, Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed meanwhile"))
        self.groups: dict[str, QButtonGroup] = {}
        intro = muted(
            self.tr(
                "While you were editing, these fields were changed on this laptop (a sync brought "
                "a colleague's change, or another window saved). Choose which value to keep."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.addWidget(heading(self.tr("Field"), size=10), 0, 0)
        grid.addWidget(heading(self.tr("Before your edit"), size=10), 0, 1)
        grid.addWidget(heading(self.tr("Changed meanwhile"), size=10), 0, 2)
        grid.addWidget(heading(self.tr("Yours"), size=10), 0, 3)
        for row, clash in enumerate(clashes, start=1):
            grid.addWidget(QLabel(label(clash.field)), row, 0)
            grid.addWidget(QLabel(display(clash.field, clash.base)), row, 1)
            theirs = QRadioButton(display(clash.field, clash.theirs))
            mine = QRadioButton(display(clash.field, clash.mine))
            theirs.setAccessibleName(
                self.tr("Keep the value changed meanwhile: %1").replace("%1", label(clash.field))
            )
            mine.setAccessibleName(self.tr("Keep your value: %1").replace("%1", label(clash.field)))
            mine.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(theirs)
            group.addButton(mine)
            theirs.setProperty("choice", THEIRS)
            mine.setProperty("choice", MINE)
            self.groups[clash.field] = group
            grid.addWidget(theirs, row, 2)
            grid.addWidget(mine, row, 3)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Keep my choices"), QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Both values are kept on the Conflicts page until you choose."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def choices(self) -> dict[str, str]:
        out = {}
        for name, group in self.groups.items():
            button = group.checkedButton()
            out[name] = str(button.property("choice")) if button is not None else MINE
        return out
