"""Print or save one of the client's documents, in Finnish plus the client's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.printing.assessment import assessment_pdf
from app.printing.extract import extract_json
from app.printing.extract_pdf import extract_pdf
from app.printing.plan import plan_pdf
from app.workspace import Workspace
from ui.errors import describe
from ui.print_support import open_in_viewer, save_file, send_to_printer
from ui.runner import Op
from ui.widgets import error_label, muted

# The client's second language on printed documents (Finnish is always there).
PRINT_LANGUAGES = {
    "en": "English",
    "sv": "Svenska",
    "ar": "العربية",
    "fa": "فارسی",
    "ru": "Русский",
    "uk": "Українська",
    "so": "Soomaali",
    "fi": "Suomi",
}
DOCUMENTS = ("plan", "plan-office", "assessment", "extract")


class PrintDialog(QDialog):
    def __init__(
        self, ws: Workspace, client_id: str, preferred_language: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.client_id = ws, client_id
        self.setWindowTitle(self.tr("Print or save a document"))
        self.document = QComboBox()
        for code, text in zip(
            DOCUMENTS,
            (
                self.tr("Integration plan (newest version)"),
                self.tr("Integration plan, office copy with the rule findings (not for the client)"),
                self.tr("Assessment summary (newest)"),
                self.tr("Client data extract (right of access)"),
            ),
            strict=True,
        ):
            self.document.addItem(text, code)
        self.language = QComboBox()
        for code, name in PRINT_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferred_language or "en")))
        self.document.setAccessibleName(self.tr("Document"))
        self.language.setAccessibleName(self.tr("Second language"))
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Second language"), self.language)
        self.note = muted(self.tr("Every print and save is recorded in the client's access log."))
        self.error = error_label()
        self.open_button, self.print_button = (
            QPushButton(self.tr("Open in PDF viewer")),
            QPushButton(self.tr("Print")),
        )
        self.save_pdf, self.save_json = QPushButton(self.tr("Save PDF…")), QPushButton(self.tr("Save JSON…"))
        self.open_button.clicked.connect(lambda: self._run(open_in_viewer))
        self.print_button.clicked.connect(lambda: self._run(send_to_printer))
        self.save_pdf.clicked.connect(lambda: self._save(".pdf"))
        self.save_json.clicked.connect(lambda: self._save(".json"))
        self.document.currentIndexChanged.connect(self._on_document_changed)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.print_button, self.save_pdf, self.save_json):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.status = QLabel()
        layout.addWidget(self.status)
        self._on_document_changed()

    def _on_document_changed(self) -> None:
        self.save_json.setVisible(self.document.currentData() == "extract")

    def _make(self, suffix: str) -> Callable[[], bytes]:
        doc, lang, ws, cid = self.document.currentData(), self.language.currentData(), self.ws, self.client_id
        if doc in ("plan", "plan-office"):
            office = doc == "plan-office"
            return lambda: plan_pdf(ws, client_id=cid, lang=lang, office=office)
        if doc == "assessment":
            return lambda: assessment_pdf(ws, client_id=cid, lang=lang)
        if suffix == ".json":
            return lambda: extract_json(ws, client_id=cid)
        return lambda: extract_pdf(ws, client_id=cid, lang=lang)

    def _file_name(self, suffix: str) -> str:
        return f"polku-{self.document.currentData()}-{self.client_id[:8]}{suffix}"

    def _run(self, deliver: Callable[[bytes, str], None]) -> None:
        make, name = self._make(".pdf"), self._file_name(".pdf")
        self._busy(True)
        Op(self, make).on_success(lambda data: self._deliver(deliver, data, name)).on_failure(
            self._failed
        ).run()

    def _deliver(self, deliver: Callable[[bytes, str], None], data: bytes, name: str) -> None:
        self._busy(False)
        try:
            deliver(data, name)
        except Exception as exc:  # a missing viewer or printer is said in words, not a crash
            self._failed(exc)
            return
        self.status.setText(self.tr("Done."))

    def _save(self, suffix: str) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self._file_name(suffix), f"*{suffix}"
        )
        if not target:
            return
        make = self._make(suffix)
        self._busy(True)
        Op(self, lambda: save_file(make(), Path(target))).on_success(self._on_saved).on_failure(
            self._failed
        ).run()

    def _on_saved(self, _result: None) -> None:
        self._busy(False)
        self.status.setText(self.tr("Saved."))

    def _busy(self, busy: bool) -> None:
        for b in (self.open_button, self.print_button, self.save_pdf, self.save_json):
            b.setEnabled(not busy)
        self.status.setText(self.tr("Making the document…") if busy else "")
        self.error.hide()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.error.setText(describe(exc))
        self.error.show()
