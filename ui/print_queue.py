"""Office staff: print many plans in one go (to the default printer or into a folder), with progress.

Each plan is made on the worker thread one after another, so Cancel stops between two plans; each
print is in that client's access log. The second language is each client's preferred one when the
texts file has it, else English (``print_language_for``): each row says which, before printing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.caseload import CaseloadRow
from app.printing.common import preferred_languages, short_id
from app.printing.documents import make_document
from app.printing.texts import Reason, language_name, print_language_for
from app.workspace import Workspace
from models.enums import PlanState
from ui import i18n
from ui.errors import describe
from ui.print_support import save_file, send_to_printer
from ui.runner import Op
from ui.widgets import EmptyState, error_label, muted


class PrintQueueDialog(QDialog):
    def __init__(self, ws: Workspace, rows: list[CaseloadRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Print plans"))
        self.resize(640, 560)
        self.only_agreed = QCheckBox(self.tr("Only plans waiting for signatures (agreed)"))
        self.only_agreed.setChecked(True)
        self.only_agreed.toggled.connect(self._fill)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setAccessibleName(self.tr("Plans to print"))
        self.list_state = EmptyState(self.list)
        self.rows = [r for r in rows if r.plan_state in (PlanState.AGREED, PlanState.SIGNED)]
        self.summary = muted()
        self.error = error_label()
        self.print_button = QPushButton(self.tr("Send to printer"))
        self.folder_button = QPushButton(self.tr("Save into a folder…"))
        self.print_button.clicked.connect(lambda: self._start(None))
        self.folder_button.clicked.connect(self._on_folder_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each plan prints in Finnish and the client's own language, or in Finnish and English "
                "when there is no translation in it. Each row says which."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.only_agreed)
        layout.addWidget(self.list_state, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.preferred: dict[str, str | None] = {}
        ids = [r.id for r in self.rows]
        Op(self, lambda: preferred_languages(ws, ids)).on_success(self._on_languages).on_failure(
            self._on_languages_failed
        ).run()

    def _on_languages(self, preferred: dict[str, str | None]) -> None:
        self.preferred = preferred
        self._fill()

    def _on_languages_failed(self, exc: BaseException) -> None:
        self.error.setText(describe(exc))
        self.error.show()

    def languages_text(self, client_id: str) -> str:
        """What this client's plan prints in, and why when it is not their own language."""
        ui_lang = i18n.current_language()
        own = self.preferred.get(client_id)
        lang, reason = print_language_for(own)
        if reason is Reason.FINNISH:
            return self.tr("Finnish only")
        both = self.tr("Finnish and %1").replace("%1", language_name(lang, ui_lang))
        if reason is Reason.NO_TABLE:
            return (
                self.tr("%1 (no translation for %2)")
                .replace("%1", both)
                .replace("%2", language_name(own or "", ui_lang))
            )
        if reason is Reason.NOT_SET:
            return self.tr("%1 (no language recorded)").replace("%1", both)
        return both

    def _fill(self) -> None:
        self.list.clear()
        for r in self.rows:
            if self.only_agreed.isChecked() and r.plan_state != PlanState.AGREED:
                continue
            name = f"\u2068{r.last_name}, {r.first_names}\u2069"  # isolated: an Arabic name keeps the row LTR
            item = QListWidgetItem(f"{name} — {self.languages_text(r.id)}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        shown = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        fallback = sum(
            print_language_for(self.preferred.get(c))[1] in (Reason.NO_TABLE, Reason.NOT_SET) for c in shown
        )
        summary = self.tr("%1 plans").replace("%1", str(len(shown)))
        if fallback:
            summary += " · " + self.tr("%1 in English instead of the client's own language").replace(
                "%1", str(fallback)
            )
        self.summary.setText(summary)
        self.list_state.set_text(
            self.tr("No plan is waiting for signatures. A plan appears here once it is marked agreed.")
            if self.only_agreed.isChecked()
            else self.tr("No agreed or signed plans to print.")
        )
        self.list_state.set_empty(self.list.count() == 0)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the plans into"))
        if folder:
            self._start(Path(folder))

    def _start(self, folder: Path | None) -> None:
        ids = self.chosen()
        if not ids:
            return
        self.error.hide()
        self.progress = QProgressDialog(self.tr("Making the plans…"), self.tr("Cancel"), 0, len(ids), self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.printed: list[str] = []
        self._next(ids, folder)

    def _next(self, ids: list[str], folder: Path | None) -> None:
        if self.progress.wasCanceled() or len(self.printed) == len(ids):
            self.progress.close()
            self.summary.setText(
                self.tr("%1 of %2 plans done")
                .replace("%1", str(len(self.printed)))
                .replace("%2", str(len(ids)))
            )
            return
        client_id = ids[len(self.printed)]
        name = f"polku-plan-{short_id(client_id)}.pdf"

        def work() -> None:
            data = make_document(self.ws, client_id, "plan", lang=None)
            if folder is None:
                send_to_printer(data, name, client_id)
            else:
                save_file(data, folder / name)

        def ok(_r: object) -> None:
            self.printed.append(client_id)
            self.progress.setValue(len(self.printed))
            self._next(ids, folder)

        def failed(exc: BaseException) -> None:
            self.progress.close()
            self.error.setText(describe(exc))
            self.error.show()
            self.summary.setText(
                self.tr("%1 of %2 plans done")
                .replace("%1", str(len(self.printed)))
                .replace("%2", str(len(ids)))
            )

        Op(self, work).on_success(ok).on_failure(failed).run()
