"""What an unlocked profile shows: navigation on the left, the current page on the right.

Built on unlock and destroyed on lock, so no client data outlives the lock in any widget.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.lookups import Lookups
from app.op_changes import CONFLICT, OpChanges
from app.settings import Settings
from app.workspace import Workspace
from ui.caseload import CaseloadView
from ui.change_bus import ChangeBus
from ui.client_record import ClientRecordView
from ui.closed_cases import ClosedCasesView
from ui.conflicts import ConflictsView
from ui.dashboard import DashboardView
from ui.field_visit import FieldVisitView
from ui.help import open_help, own_topic
from ui.new_client import NewClientDialog
from ui.print_queue import PrintQueueDialog
from ui.report_dialog import ReportDialog
from ui.settings_page import SettingsPage
from ui.trash import RecentlyDeletedView
from ui.widgets import Retranslatable


class WorkspaceView(Retranslatable):
    sig_data_changed = Signal()

    def __init__(
        self, ws: Workspace, lookups: Lookups, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.lookups = ws, lookups
        self.bus = ChangeBus(ws, self)
        self.bus.sig_changed.connect(self._on_changes)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(200)
        self.new_client = QPushButton()
        self.new_client.clicked.connect(self._on_new_client_clicked)
        self.print_plans = QPushButton()
        self.print_plans.clicked.connect(self._on_print_plans_clicked)
        self.report = QPushButton()  # office staff: the annual report (ui.report_dialog)
        self.report.clicked.connect(self._on_report_clicked)
        self.pages = QStackedWidget()
        self.dashboard = DashboardView(ws)
        self.caseload = CaseloadView(ws, lookups)
        self.field_visit = FieldVisitView(ws, lookups)
        for view in (self.dashboard, self.caseload, self.field_visit):
            view.sig_open_client.connect(self.open_client)
        self.caseload.sig_new_client.connect(self._on_new_client_clicked)
        self.conflicts = ConflictsView(ws, lookups)
        self.conflicts.sig_open_client.connect(self.open_client)
        self.conflicts.sig_count.connect(self._on_conflicts_counted)
        self.to_review = 0
        self.trash = RecentlyDeletedView(ws)
        self.closed_cases = ClosedCasesView(ws, lookups)
        self.closed_cases.sig_open_client.connect(self.open_client)
        self.settings_page = SettingsPage(settings or Settings(), ws)
        self.settings_page.sig_about.connect(self.show_about)
        self.page_widgets: list[QWidget] = [self.dashboard, self.caseload, self.field_visit, self.conflicts]
        self.page_widgets += [self.closed_cases, self.trash, self.settings_page]
        for page in self.page_widgets:
            self.pages.addWidget(page)
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        # A click on the section that is still current (a record is open over it) leaves the record too.
        self.nav.itemClicked.connect(lambda item: self._on_nav_changed(self.nav.row(item)))
        self.record: ClientRecordView | None = None
        self.help_button, self.about_button = QPushButton(), QPushButton()
        self.help_button.clicked.connect(lambda: open_help(self.help_topic(), self))
        self.about_button.clicked.connect(self.show_about)
        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        side.addWidget(self.print_plans)
        side.addWidget(self.report)
        side.addWidget(self.new_client)
        small = QHBoxLayout()
        small.addWidget(self.help_button)
        small.addWidget(self.about_button)
        side.addLayout(small)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find)
        QShortcut(QKeySequence.StandardKey.New, self, self._on_new_client_clicked)
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.dashboard.reload()
        self.caseload.reload()
        self.field_visit.reload()
        self.conflicts.reload()

    def retranslate(self) -> None:
        conflicts = self.tr("Conflicts")
        if self.to_review:
            conflicts = self.tr("Conflicts (%1)").replace("%1", str(self.to_review))
        titles = (self.tr("Today"), self.tr("Caseload"), self.tr("Field visit"), conflicts)
        for row, text in enumerate(titles):
            item = self.nav.item(row)
            if item is not None:
                item.setText(text)
        self.nav.item(self.page_widgets.index(self.closed_cases)).setText(self.tr("Closed cases"))
        self.nav.item(self.page_widgets.index(self.trash)).setText(self.tr("Recently deleted"))
        self.nav.item(self.page_widgets.index(self.settings_page)).setText(self.tr("Settings"))
        self.nav.setAccessibleName(self.tr("Sections"))
        self.new_client.setText(self.tr("+ New client"))
        self.new_client.setToolTip(self.tr("Add a client to your caseload (Ctrl+N)"))
        self.print_plans.setText(self.tr("Print plans…"))
        self.print_plans.setToolTip(
            self.tr("Print many agreed or signed plans at once, each in Finnish and the client's language")
        )
        self.report.setText(self.tr("Annual report…"))
        self.report.setToolTip(self.tr("The yearly figures for the welfare group, as a PDF"))
        self.help_button.setText(self.tr("Help"))
        self.help_button.setToolTip(self.tr("A short guide to the page on screen (F1)"))
        self.about_button.setText(self.tr("About"))
        self.about_button.setToolTip(self.tr("Polku's version, this laptop's device id, and the licences"))

    def help_topic(self) -> str:
        """The guide for the page on screen (F1 with the keyboard in the navigation, or Help)."""
        page = self.pages.currentWidget()
        return (own_topic(page) if page is not None else None) or "start"

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.ws, self).exec()

    def _on_conflicts_counted(self, count: int) -> None:
        """Open conflicts and refused changes, on the menu entry: seen without opening the page."""
        self.to_review = count
        self.retranslate()

    def _on_nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.page_widgets):
            self.flush()
            self.pages.setCurrentWidget(self.page_widgets[row])
            self.nav.setCurrentRow(row)  # selected again after a record cleared it

    def flush(self) -> None:
        """Save anything typed but not yet saved: the person is leaving the record (another page,
        another client, Back, lock, idle lock, quit), so nothing is asked; see ClientRecordView.flush."""
        if self.record is not None:
            self.record.flush(leaving=True)
        self.settings_page.flush()

    def shutdown(self) -> None:
        """Before the view is destroyed on lock: later commits no longer reach it."""
        self.bus.shutdown()

    def _on_find(self) -> None:
        self.nav.setCurrentRow(self.page_widgets.index(self.caseload))
        self.caseload.focus_search()

    def open_client(self, client_id: str) -> None:
        self.flush()
        if self.record is not None:
            self.pages.removeWidget(self.record)
            self.record.deleteLater()
        self.record = ClientRecordView(self.ws, self.lookups, client_id, self.bus)
        self.record.sig_back.connect(self._on_record_back)
        self.pages.addWidget(self.record)
        self.pages.setCurrentWidget(self.record)
        # A record belongs to the caseload, whichever page it was opened from: its Back button says
        # "← Caseload" and returns there, so the sidebar shows Caseload while it is open. A click on
        # Caseload (or any section) leaves the record, see itemClicked above.
        self._highlight(self.page_widgets.index(self.caseload))

    def _highlight(self, row: int) -> None:
        """Mark ``row`` as the current section without showing its page."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)

    def _on_changes(self, changes: OpChanges, initiator: object) -> None:
        """A save or a sync changed something: the lists that show it reload (an empty sync publishes
        nothing, so it reloads nothing); the open record refreshes itself."""
        if changes.entities - {CONFLICT} or changes.every_client:
            self.caseload.reload()
            self.field_visit.reload()
        if changes.entities or changes.every_client:
            self.dashboard.reload()  # its count of conflicts too
        if CONFLICT in changes.entities or changes.every_client:
            self.conflicts.reload()
        if self.trash.isVisible() and initiator is not self.trash:  # a delete or restore from a sync
            self.trash.reload()
        self.sig_data_changed.emit()

    def _on_record_back(self) -> None:
        self.flush()
        self.pages.setCurrentWidget(self.caseload)
        self.nav.setCurrentRow(self.page_widgets.index(self.caseload))

    def _on_print_plans_clicked(self) -> None:
        PrintQueueDialog(self.ws, self.caseload.model.all_rows, self).exec()

    def _on_report_clicked(self) -> None:
        ReportDialog(self.ws, self.lookups, self).exec()

    def _on_new_client_clicked(self) -> None:
        dialog = NewClientDialog(self.ws, self.lookups, self)
        if dialog.exec() and dialog.created is not None:
            self.caseload.reload()
            self.open_client(dialog.created.id)
