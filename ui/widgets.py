"""Small building blocks shared by the views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class Retranslatable(QWidget):
    """A widget that sets its texts in ``retranslate()`` and redoes it when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


def is_popup(window: QWidget) -> bool:
    """A drop-down list or calendar opened from a field: a window of its own that holds the keyboard
    and the mouse while open, but becomes the focus window late or not at all (as the platform has
    it), so what watches windows (F1, the idle lock) takes it up when it takes the focus."""
    return window.windowType() == Qt.WindowType.Popup


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
QFrame#emptyState { background: palette(base); border: 1px solid #d5dde5; border-radius: 4px; }
QLabel#emptyMessage { color: #3d4852; font-size: 11pt; }
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


class EmptyState(QStackedWidget):
    """A list that says what to do when it has nothing to show: the list itself, or in its place a
    sentence and (optionally) one button for the next action. The owner says when the list is empty,
    after its data has loaded, so a list still loading never claims to be empty."""

    def __init__(self, view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.message = QLabel()
        self.message.setObjectName("emptyMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.hide()
        page = QFrame()
        page.setObjectName("emptyState")
        inner = QVBoxLayout(page)
        inner.setContentsMargins(16, 16, 16, 16)
        inner.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.action)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addStretch(1)
        self.empty_page = page
        self.addWidget(view)
        self.addWidget(page)

    def set_text(self, text: str, action: str = "") -> None:
        """The sentence, and the button's text (empty: no button)."""
        self.message.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty_page if empty else self.view)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty_page
