"""What a person would see wrong on a screen: a window larger than the laptop's, words cut off, and
texts left in English or in code (snake_case, enum values) in a Finnish or Swedish screen."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from models import Base, enums
from ui.surfaces import AVAILABLE


def _shown(widget: QWidget) -> Iterator[QWidget]:
    """``widget`` and its descendants that are on screen (a hidden tab's page is not)."""
    yield widget
    for child in widget.findChildren(QWidget):
        if child.isVisible() and not child.isWindow():
            yield child


def _describe(widget: QWidget) -> str:
    text = _own_text(widget) or widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {text!r}"


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _clipped(widget: QWidget) -> bool:
    """A one-line text narrower than it needs (a wrapping label grows down instead)."""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or (widget.pixmap() is not None and not widget.text()):
            return False
        return widget.sizeHint().width() > widget.width()
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton):
        return bool(widget.text()) and widget.sizeHint().width() > widget.width()
    return False


def _cut_choice(combo: QComboBox) -> bool:
    """The chosen entry of a list is wider than the box shows."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > field.width()


def _elided_tabs(bar: QTabBar) -> list[str]:
    """Tabs whose titles do not fit: Qt shortens them to "Suunnitel…" or hides them behind arrows."""
    if not bar.isVisible() or bar.count() == 0:
        return []
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    if needed <= bar.width():
        return []
    return [
        bar.tabText(i) for i in range(bar.count()) if bar.tabRect(i).width() < bar.tabSizeHint(i).width()
    ] or ["(tabs scroll)"]


def layout_problems(root: QWidget) -> list[str]:
    """Everything of ``root`` (a window or dialog, shown) that does not fit a 1366x728 screen."""
    width, height = AVAILABLE
    found: list[str] = []
    hint, size = root.minimumSizeHint(), root.size()
    if hint.width() > width or hint.height() > height:
        found.append(f"needs at least {hint.width()}x{hint.height()}")
    if size.width() > width or size.height() > height:
        found.append(f"is {size.width()}x{size.height()}")
    for widget in _shown(root):
        if _clipped(widget):
            found.append(f"{_describe(widget)} cut off ({widget.width()} < {widget.sizeHint().width()})")
        if isinstance(widget, QComboBox) and not widget.isEditable() and _cut_choice(widget):
            found.append(f"list showing {widget.currentText()!r} cut off")
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(
                f"{_describe(widget)} scrolls sideways ({widget.widget().width()} > {widget.width()})"
            )
        if isinstance(widget, QTabBar):
            found += [f"tab {t!r} cut off" for t in _elided_tabs(widget)]
    return found


# --- texts -------------------------------------------------------------------------------------------


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read on ``root``: labels, buttons, group titles,
    tab titles, table headers, placeholders, tooltips, list entries and the window title. ``where``
    is the widget's position in the tree, the same in every language."""
    if root.isWindow() and root.windowTitle():
        yield "window", root.windowTitle()
    for index, widget in enumerate(_shown(root)):
        where = f"{index}:{type(widget).__name__}"
        own = _own_text(widget)
        if own:
            yield where, _plain(own) if isinstance(widget, QLabel) else own
        if widget.toolTip():
            yield f"{where}:tooltip", _plain(widget.toolTip())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.placeholderText():
            yield f"{where}:placeholder", widget.placeholderText()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{where}:tab{i}", widget.tabText(i)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where}:item{i}", widget.itemText(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _headers(widget, where)
            yield from _cells(widget, where)


def _cells(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    """The first rows' cells (names and dates mostly: checked for code only, see left_in_english)."""
    model = view.model()
    root = QModelIndex()
    for row in range(min(model.rowCount(root), 40)):
        for column in range(1 if isinstance(model, QAbstractListModel) else model.columnCount(root)):
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value:
                yield f"{where}:cell{row}.{column}", value


def _headers(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    header = getattr(view, "horizontalHeader", None)
    if header is None or not header().isVisible():
        return
    for column in range(model.columnCount(QModelIndex())):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str) and value:
            yield f"{where}:header{column}", value


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")


ENUM_CODES = {
    member.value
    for cls in vars(enums).values()
    if isinstance(cls, type) and issubclass(cls, enums.StrEnum) and cls is not enums.StrEnum
    for member in cls
    if member.value.replace("_", "").isalpha() and member.value.islower()  # not A1.1, P-EU: said so
}
# The stored names of fields ("phone", "hetu"): what a person sees instead of the field's label.
FIELD_NAMES = {column.name for table in Base.metadata.tables.values() for column in table.columns} - {"id"}
SNAKE = re.compile(r"(?<![\w@./-])[a-z]+(?:_[a-z0-9]+)+(?![\w@./-])")


def raw_code(text: str) -> str | None:
    """A piece of ``text`` that is code rather than words: snake_case or an enum's stored value."""
    match = SNAKE.search(text)
    if match:
        return match.group(0)
    for line in text.splitlines():  # "phone: +358…": a field named by its stored name
        named = re.match(r"([a-z]+): ", line)
        if named and named.group(1) in FIELD_NAMES:
            return named.group(1)
    return text if text.strip() in ENUM_CODES | FIELD_NAMES else None


def deliberate(lang: str) -> dict[str, set[str]]:
    """English source text -> its translations in ``lang``'s Linguist file (every context)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "resources" / "i18n" / f"polku_{lang}.ts"
    found: dict[str, set[str]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if translation is not None and translation.text:
            found.setdefault(source, set()).add(translation.text)
    return found


WORD = re.compile(r"(?<![\w@./:])[a-zäöå]{3,}(?![\w@./:])")


def left_in_english(
    text: str, in_english: str | None, translations: dict[str, set[str]], *, data: bool
) -> bool:
    """``text`` shows what the English screen shows in the same place and is not meant to.

    A text the Linguist file translates is English here unless its translation is the same word
    (Swedish "Plan", "Status"). Any other text is data (names, addresses, places) or was never marked
    for translation: running words in lower case ("Error message") are the latter; names, numbers,
    dates, and list entries and table cells (``data``: reference data, what was entered) are not."""
    if text != in_english:
        return False
    if text in translations:
        return text not in translations[text]
    return not data and WORD.search(text) is not None
