"""Office staff: the annual report for the welfare group, or one partner municipality's report for
its contract follow-up meeting, as PDF or CSV, made on the worker thread with its progress shown.

Three steps, each an ``Op`` on the database worker: count the figures, make the document (which writes
the access-log row: PRINT for a PDF, EXPORT for a CSV, no client), save it. The window stays usable
and shows which step is running; when the file is saved it can be opened from here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.lookups import Lookups
from app.printing.report import Figures
from app.printing.report_pdf import Format, render_report, report_figures
from app.workspace import Workspace
from ui import i18n
from ui.errors import describe
from ui.print_support import save_file
from ui.runner import Op
from ui.widgets import error_label, muted

# The report's own language, named in itself (the person may make a Swedish report in a Finnish UI).
REPORT_LANGUAGES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
STEPS = 3  # figures, document, saved


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(i18n.locale().dateFormat(i18n.locale().FormatType.ShortFormat))
    return edit


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ReportDialog(QDialog):
    def __init__(
        self, ws: Workspace, lookups: Lookups, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.lookups = ws, lookups
        self.today = today or date.today()
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Annual report"))
        last_year = self.today.year - 1
        self.start, self.end = _date_edit(date(last_year, 1, 1)), _date_edit(date(last_year, 12, 31))
        self.municipality = QComboBox()
        self.municipality.addItem(self.tr("All municipalities (welfare group)"), None)
        lang = i18n.current_language()
        for code in lookups.partner_municipalities:
            self.municipality.addItem(Lookups.pick(lookups.municipalities.get(code), lang, code), code)
        self.language = QComboBox()
        for code, name in REPORT_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (tables and charts)"), "pdf")
        self.format.addItem(self.tr("CSV (for a spreadsheet)"), "csv")
        form = QFormLayout()
        for label, widget in (
            (self.tr("From"), self.start),
            (self.tr("To"), self.end),
            (self.tr("Municipality"), self.municipality),
            (self.tr("Language of the report"), self.language),
            (self.tr("File type"), self.format),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.note = muted(
            self.tr(
                "Figures only, no names. A partner municipality's report counts the clients whose home "
                "municipality it is, for the contract follow-up meeting. Making the report is recorded "
                "in the access log."
            )
        )
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = QLabel()
        self.error = error_label()
        self.save_button = QPushButton(self.tr("Make and save…"))
        self.save_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open the file"))
        self.open_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.close_button, self.open_button, self.save_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(520, 0)

    def file_name(self) -> str:
        code = self.municipality.currentData()
        scope = f"-{code}" if code else ""
        start, end = _day(self.start), _day(self.end)
        return f"polku-report{scope}-{start.isoformat()}-{end.isoformat()}.{self.format.currentData()}"

    def _on_save_clicked(self) -> None:
        suffix = f".{self.format.currentData()}"
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.file_name(), f"*{suffix}"
        )
        if target:
            self.make(Path(target) if target.endswith(suffix) else Path(target + suffix))

    def make(self, path: Path) -> None:
        """Runs the three steps for ``path`` one after the other on the worker thread."""
        start, end = _day(self.start), _day(self.end)
        if end < start:
            self._failed_text(self.tr("The end of the period is before its start."))
            return
        ws, municipality, today = self.ws, self.municipality.currentData(), self.today
        fmt: Format = "csv" if self.format.currentData() == "csv" else "pdf"
        lang = str(self.language.currentData())
        self._busy(True)
        self._step(0, self.tr("Counting the figures…"))

        def made(figures: Figures) -> None:
            self._step(1, self.tr("Making the document…"))
            Op(self, lambda: render_report(ws, figures, fmt=fmt, lang=lang)).on_success(save).on_failure(
                self._failed
            ).run()

        def save(data: bytes) -> None:
            self._step(2, self.tr("Saving…"))
            Op(self, lambda: save_file(data, path)).on_success(lambda _r: self._done(path)).on_failure(
                self._failed
            ).run()

        Op(
            self,
            lambda: report_figures(ws, start=start, end=end, municipality=municipality, today=today),
        ).on_success(made).on_failure(self._failed).run()

    def _step(self, value: int, text: str) -> None:
        self.progress.setValue(value)
        self.status.setText(text)

    def _done(self, path: Path) -> None:
        self.saved = path
        self._busy(False)
        self._step(STEPS, self.tr("Saved: %1").replace("%1", str(path)))
        self.open_button.setEnabled(True)

    def _on_open_clicked(self) -> None:
        if self.saved is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved))):
            self._failed_text(self.tr("No program is installed for this file type."))

    def _busy(self, busy: bool) -> None:
        for w in (self.save_button, self.start, self.end, self.municipality, self.language, self.format):
            w.setEnabled(not busy)
        if busy:
            self.open_button.setEnabled(False)
            self.progress.show()
        self.error.hide()

    def _failed(self, exc: BaseException) -> None:
        self._failed_text(describe(exc))

    def _failed_text(self, message: str) -> None:
        self._busy(False)
        self.progress.hide()
        self.status.setText("")
        self.error.setText(message)
        self.error.show()
