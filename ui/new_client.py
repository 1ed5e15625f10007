"""A dialog for a new client: the same form as the record, saved only when valid."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from app.clients import ClientDetail, create_client
from app.errors import ValidationError
from app.lookups import Lookups
from app.workspace import Workspace
from ui.client_form import ClientForm
from ui.runner import Op, runner
from ui.widgets import error_label


class NewClientDialog(QDialog):
    def __init__(self, ws: Workspace, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.created: ClientDetail | None = None
        self.setWindowTitle(self.tr("New client"))
        self.resize(980, 640)
        self.form = ClientForm(lookups)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _on_save_clicked(self) -> None:
        data = self.form.collect()
        self.buttons.setEnabled(False)
        Op(self, lambda: create_client(self.ws, data=data)).on_success(self._on_created).on_failure(
            self._on_failed
        ).run()

    def save_before_lock(self) -> None:
        """The laptop locks with the dialog open: a client with what is needed (names, municipality)
        is created rather than lost; anything less cannot be saved and is lost with the dialog."""
        data, ws = self.form.collect(), self.ws
        runner().submit(lambda: create_client(ws, data=data), lambda _d: None, lambda _exc: None)

    def _on_created(self, detail: ClientDetail) -> None:
        self.created = detail
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.form.describe_error(exc))
        self.error.show()
        if isinstance(exc, ValidationError):
            self.form.focus_field(exc.field)
