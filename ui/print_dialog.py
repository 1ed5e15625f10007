"""Print or save one of the client's documents, in Finnish plus the client's language.

The languages offered are the texts file's tables (``app.printing.texts``), named in the UI language,
and the dialog says before printing what the document prints in: the client's language, or which
other one and why (``print_language_for`` decides, as for ``polku print`` and the batch print).
"""

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

from app.printing.common import short_id
from app.printing.documents import Copy, Format, Kind, make_document
from app.printing.texts import BASE, Reason, language_name, languages, print_language_for
from app.workspace import Workspace
from ui import i18n
from ui.errors import describe
from ui.print_support import open_in_viewer, save_file, send_to_printer
from ui.runner import Op
from ui.widgets import error_label, muted

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
        self.preferred = preferred_language
        self.default_language, self.reason = print_language_for(preferred_language)
        ui_lang = i18n.current_language()
        self.language = QComboBox()
        for code in sorted(languages(), key=lambda c: (c != BASE, language_name(c, ui_lang).casefold())):
            name = language_name(code, ui_lang)
            name = name[:1].upper() + name[1:]  # Finnish and Swedish write language names in lower case
            if code == BASE:
                name = self.tr("%1 only").replace("%1", name)
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.default_language)))
        self.document.setAccessibleName(self.tr("Document"))
        self.language.setAccessibleName(self.tr("Second language"))
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Second language"), self.language)
        self.languages_note = QLabel()
        self.languages_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.note = muted(self.tr("Every print and save is recorded in the client's access log."))
        self.error = error_label()
        self.open_button, self.print_button = (
            QPushButton(self.tr("Open in PDF viewer")),
            QPushButton(self.tr("Print")),
        )
        self.save_pdf, self.save_json = QPushButton(self.tr("Save PDF…")), QPushButton(self.tr("Save JSON…"))
        self.open_button.clicked.connect(self._open)
        self.print_button.clicked.connect(self._print)
        self.save_pdf.clicked.connect(lambda: self._save(".pdf"))
        self.save_json.clicked.connect(lambda: self._save(".json"))
        self.document.currentIndexChanged.connect(self._on_document_changed)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.print_button, self.save_pdf, self.save_json):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.languages_note)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.status = QLabel()
        layout.addWidget(self.status)
        self._on_document_changed()
        self._on_language_changed()

    def languages_sentence(self) -> str:
        """What the chosen document prints in, and why when it is not the client's own language."""
        ui_lang = i18n.current_language()
        chosen = str(self.language.currentData())
        if chosen == BASE:
            sentence = self.tr("The document will print in Finnish only.")
        else:
            sentence = self.tr("The document will print in Finnish and %1.").replace(
                "%1", language_name(chosen, ui_lang)
            )
        own = self.preferred
        if chosen == self.default_language and self.reason is Reason.NO_TABLE and own:
            return (
                self.tr("No translation for %1: the document will print in Finnish and %2.")
                .replace("%1", language_name(own, ui_lang))
                .replace("%2", language_name(chosen, ui_lang))
            )
        if chosen == self.default_language and self.reason is Reason.NOT_SET:
            return (
                self.tr("No language is recorded for the client: the document will print in Finnish and %1.")
            ).replace("%1", language_name(chosen, ui_lang))
        if own and own != chosen and own != BASE:
            sentence += " " + self.tr("The client's own language is %1.").replace(
                "%1", language_name(own, ui_lang)
            )
        return sentence

    def _on_language_changed(self) -> None:
        self.languages_note.setText(self.languages_sentence())

    def _on_document_changed(self) -> None:
        self.save_json.setVisible(self.document.currentData() == "extract")

    def _make(self, suffix: str) -> Callable[[], bytes]:
        """The chosen document, made later on the worker (``app.printing.documents``)."""
        doc, lang, ws, cid = self.document.currentData(), self.language.currentData(), self.ws, self.client_id
        kind: Kind = "plan" if doc == "plan-office" else doc
        copy: Copy = "office" if doc == "plan-office" else "client"
        fmt: Format = "json" if suffix == ".json" else "pdf"
        return lambda: make_document(ws, cid, kind, lang=lang, copy=copy, fmt=fmt)

    def _file_name(self, suffix: str) -> str:
        return f"polku-{self.document.currentData()}-{short_id(self.client_id)}{suffix}"

    def _open(self) -> None:
        make, name = self._make(".pdf"), self._file_name(".pdf")
        self._busy(self.tr("Making the document…"))
        Op(self, make).on_success(lambda data: self._show(data, name)).on_failure(self._failed).run()

    def _show(self, data: bytes, name: str) -> None:
        # The viewer is started from the GUI thread (QDesktopServices), and that returns at once.
        self._busy(None)
        try:
            open_in_viewer(data, name, self.client_id)
        except Exception as exc:  # a missing viewer is said in words, not a crash
            self._failed(exc)
            return
        self.status.setText(self.tr("Done."))

    def _print(self) -> None:
        make, name = self._make(".pdf"), self._file_name(".pdf")
        self._busy(self.tr("Making the document…"))
        Op(self, make).on_success(lambda data: self._send(data, name)).on_failure(self._failed).run()

    def _send(self, data: bytes, name: str) -> None:
        # The spooler may take its time (up to a minute) with a slow or busy printer: it waits on the
        # worker, so the dialog keeps answering and says what it is doing.
        self._busy(self.tr("Sending the document to the printer…"))
        Op(self, lambda: send_to_printer(data, name, self.client_id)).on_success(self._on_sent).on_failure(
            self._failed
        ).run()

    def _on_sent(self, _result: None) -> None:
        self._busy(None)
        self.status.setText(self.tr("Sent to the printer."))

    def _save(self, suffix: str) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self._file_name(suffix), f"*{suffix}"
        )
        if not target:
            return
        make = self._make(suffix)
        self._busy(self.tr("Making the document…"))
        Op(self, lambda: save_file(make(), Path(target))).on_success(self._on_saved).on_failure(
            self._failed
        ).run()

    def _on_saved(self, _result: None) -> None:
        self._busy(None)
        self.status.setText(self.tr("Saved."))

    def _busy(self, doing: str | None) -> None:
        """``doing``: what the dialog is waiting for, in words (None: nothing, the buttons work again)."""
        for b in (self.open_button, self.print_button, self.save_pdf, self.save_json):
            b.setEnabled(doing is None)
        self.status.setText(doing or "")
        self.error.hide()

    def _failed(self, exc: BaseException) -> None:
        self._busy(None)
        self.error.setText(describe(exc))
        self.error.show()
