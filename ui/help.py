"""Help: a short offline guide per page in fi, sv and en (resources/help/<lang>/<topic>.md), opened
with F1 on the page on screen.

F1 is a shortcut of every window, added when the window first has the keyboard (``HelpKey``): a
shortcut of the main window alone does not fire while a modal dialog (printing, a plan's goal) has the
keyboard, and those are pages a counsellor asks about. An open drop-down list (or calendar) holds the
keyboard too: it gets F1 when it takes the focus, and F1 there closes it and opens the guide of the
field's page. An application event filter did this before; it cost a Python call for every event Qt
delivers, which made opening a client twice as slow.
"""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.widgets import is_popup

TOPICS = (
    "start",
    "today",
    "caseload",
    "field-visit",
    "record",
    "assessment",
    "plan",
    "meetings",
    "conflicts",
    "closed-cases",
    "recently-deleted",
    "printing",
    "settings",
)
# Views and dialogs by class name: the page a widget belongs to, found by walking up from it. Class
# names keep this module free of imports of every view (and of the workspace's database layer).
_BY_CLASS = {
    "UnlockView": "start",
    "FirstRunView": "start",
    "EnrollDialog": "start",
    "SyncBar": "start",
    "DashboardView": "today",
    "CaseloadView": "caseload",
    "NewClientDialog": "caseload",
    "FieldVisitView": "field-visit",
    "AssessmentTab": "assessment",
    "PlanEditor": "plan",
    "NewPlanDialog": "plan",
    "ReviewDialog": "plan",
    "GoalDialog": "plan",
    "MeasureDialog": "plan",
    "MeetingsTab": "meetings",
    "BookMeetingDialog": "meetings",
    "ConflictsView": "conflicts",
    "ChooseValueDialog": "conflicts",
    "ClosedCasesView": "closed-cases",
    "RecentlyDeletedView": "recently-deleted",
    "PrintDialog": "printing",
    "PrintQueueDialog": "printing",
    "ReportDialog": "printing",
    "SettingsPage": "settings",
    "AboutDialog": "settings",
}


def topic_title(topic: str) -> str:
    titles = {
        "start": QCoreApplication.translate("Help", "Getting started"),
        "today": QCoreApplication.translate("Help", "Today"),
        "caseload": QCoreApplication.translate("Help", "Caseload"),
        "field-visit": QCoreApplication.translate("Help", "Field visit"),
        "record": QCoreApplication.translate("Help", "Client record"),
        "assessment": QCoreApplication.translate("Help", "Assessment"),
        "plan": QCoreApplication.translate("Help", "Integration plan"),
        "meetings": QCoreApplication.translate("Help", "Meetings and notes"),
        "conflicts": QCoreApplication.translate("Help", "Conflicts"),
        "closed-cases": QCoreApplication.translate("Help", "Closed cases"),
        "recently-deleted": QCoreApplication.translate("Help", "Recently deleted"),
        "printing": QCoreApplication.translate("Help", "Printing"),
        "settings": QCoreApplication.translate("Help", "Settings"),
    }
    return titles[topic]


def help_text(topic: str, lang: str) -> str:
    """The guide in Markdown; English when a language lacks it (a guide always opens)."""
    folder = importlib.resources.files("resources") / "help"
    for code in (lang, "en"):
        item = folder / code / f"{topic}.md"
        if item.is_file():
            return item.read_text("utf-8")
    return ""


def topic_for(widget: QObject | None) -> str:
    """The help topic of the page ``widget`` is on: the nearest ancestor that names one, either by a
    ``help_topic()`` method (pages made of several, such as the workspace and the client record) or by
    its class name."""
    obj = widget
    while obj is not None:
        topic = own_topic(obj)
        if topic is not None:
            return topic
        obj = obj.parent()
    return "start"


def own_topic(obj: QObject) -> str | None:
    """The topic ``obj`` itself names, without looking at its parents."""
    method = getattr(obj, "help_topic", None)
    if callable(method):
        topic = method()
        if isinstance(topic, str) and topic in TOPICS:
            return topic
    return _BY_CLASS.get(type(obj).__name__)


class HelpDialog(QDialog):
    """The guides: the list of pages on the left, the guide on the right; follows the UI language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.resize(860, 600)
        self.topics = QListWidget()
        self.topics.setFixedWidth(240)
        self.topics.setWordWrap(True)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _topic in TOPICS:
            self.topics.addItem("")
        self.topics.currentRowChanged.connect(self._on_topic_changed)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # guides link to other guides by topic name
        self.browser.anchorClicked.connect(lambda url: self.show_topic(url.toString()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.topic = "start"
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Polku help"))
        self.topics.setAccessibleName(self.tr("Help topics"))
        self.browser.setAccessibleName(self.tr("Help text"))
        for row, topic in enumerate(TOPICS):
            self.topics.item(row).setText(topic_title(topic))
        self._render()

    def show_topic(self, topic: str) -> None:
        if topic not in TOPICS:
            return
        self.topic = topic
        self.topics.blockSignals(True)
        self.topics.setCurrentRow(TOPICS.index(topic))
        self.topics.blockSignals(False)
        self._render()

    def _on_topic_changed(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            self.show_topic(TOPICS[row])

    def _render(self) -> None:
        self.browser.setMarkdown(help_text(self.topic, i18n.current_language()))


def open_help(topic: str, near: QWidget | None) -> HelpDialog:
    """Show the guide for ``topic`` in the help window of ``near``'s window (one per window, reused),
    raised to the front. Its parent is the window F1 came from, so it is usable beside a modal dialog."""
    window = near.window() if near is not None else None
    dialog = (
        window.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly) if window else None
    )
    if dialog is None:
        dialog = HelpDialog(window)
    dialog.show_topic(topic)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class HelpKey(QObject):
    """F1 anywhere in the application: the guide for the page the keyboard is on. Each window gets its
    own F1 shortcut the first time it has the keyboard (Qt then looks the key up in C++; Python runs
    only when F1 is pressed). The help window itself gets none."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._on_focus_window)
            app.focusChanged.connect(self._on_focus_changed)
        add_help_key(parent.window())

    def _on_focus_window(self, window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() == window:
                add_help_key(widget)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # While a popup is open Qt offers F1 to its shortcuts only.
        if new is not None and is_popup(new.window()):
            add_help_key(new.window())


_HAS_HELP_KEY = "polku_help_key"


def add_help_key(window: QWidget) -> None:
    """F1 in ``window`` opens the guide for the page its keyboard focus is on (once per window)."""
    if isinstance(window, HelpDialog) or window.property(_HAS_HELP_KEY):
        return
    window.setProperty(_HAS_HELP_KEY, True)
    key = QShortcut(QKeySequence(Qt.Key.Key_F1), window)
    key.setContext(Qt.ShortcutContext.WindowShortcut)
    key.activated.connect(lambda: _help_for(window))


def _help_for(window: QWidget) -> None:
    widget = QApplication.focusWidget()
    if widget is None or widget.window() is not window:
        widget = window
    if is_popup(window):
        # The guide is for the field the list dropped from, in that field's window; the list closes
        # (it would keep the keyboard from the guide).
        widget = window.parentWidget() or widget
        window.close()
    open_help(topic_for(widget), widget)
