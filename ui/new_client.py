"""A dialog for a new client: the same form as the record, saved only when valid."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
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
        self.resize(980, 680)  # a 1366x768 laptop less its taskbar and the title bar
        self._fitted = False
        self.form = ClientForm(lookups)
        self.form_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once: measured with the fonts and style the form is shown in
            self._fitted = True
            self._fit_form()

    def _fit_form(self) -> None:
        """As wide as both columns of the form (in Finnish about 1100 px): the right column is not
        behind a sideways scroll bar. A smaller screen gets what it has and the form scrolls."""
        margins = self.main_layout.contentsMargins()
        frame = 2 * self.form_scroll.frameWidth() + self.form_scroll.verticalScrollBar().sizeHint().width()
        wanted = self.form.sizeHint().width() + frame + margins.left() + margins.right()
        room = self.screen().availableGeometry().size()
        parent = self.parentWidget()
        owner = parent.window() if parent is not None else None
        if owner is not None:  # the main window is on a screen at least its size
            room = room.expandedTo(owner.size())
        self.resize(min(max(self.width(), wanted), room.width() - 40), min(self.height(), room.height() - 40))
        if owner is not None:
            self.move(owner.geometry().center() - self.rect().center())

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
