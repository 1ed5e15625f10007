"""Small building blocks shared by the views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class Retranslatable(QWidget):
    """A widget that sets its texts in ``retranslate()`` and redoes it when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


def centered_card(owner: QWidget, width: int = 440) -> QVBoxLayout:
    """A calm centred panel for the unlock and first-run screens; returns the card's layout."""
    card = QFrame(owner)
    card.setObjectName("card")
    card.setFixedWidth(width)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(32, 28, 32, 28)
    inner.setSpacing(10)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(owner)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner


def heading(text: str = "", size: int = 20) -> QLabel:
    """A bold title. Left-aligned absolutely, so a right-to-left name does not jump to the far edge."""
    label = QLabel(text)
    label.setObjectName("heading")
    label.setStyleSheet(f"font-size: {size}pt; font-weight: bold;")
    label.setAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    )
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setAccessibleName("Error message")
    label.hide()
    return label


STYLE = """
QWidget { font-size: 10pt; }
QFrame#card { background: palette(base); border: 1px solid #c9d3dd; border-radius: 8px; }
QLabel#muted { color: #5b6670; }
QLabel#error { color: #a4262c; font-weight: bold; }
QLabel#ok { color: #1e6b3a; }
QListWidget#nav { background: #1f3a52; color: white; border: none; font-size: 11pt; }
QListWidget#nav::item { padding: 10px 14px; }
QListWidget#nav::item:selected { background: #2f5f86; }
QFrame#tile { background: palette(base); border: 1px solid #d5dde5; border-radius: 6px; }
QLabel#tileCount { font-size: 22pt; font-weight: bold; color: #1f3a52; }
QLabel#badge { background: #e8eef4; border-radius: 4px; padding: 2px 6px; }
QLabel#warn { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 4px; padding: 6px; }
QPushButton#primary { background: #1f5f99; color: white; padding: 6px 18px; border-radius: 4px; }
QPushButton#primary:disabled { background: #9fb3c6; }
"""
