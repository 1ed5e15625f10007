"""Connect this laptop to the central server once: the counsellor's user name and password enroll
the device; from then on it syncs with a device token (the password is not stored)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.settings import SERVER_URL, USER_MAY_CHANGE_SERVER, Settings
from app.sync_service import default_device_name, enroll_device
from app.workspace import Workspace
from ui.errors import describe
from ui.runner import Op
from ui.widgets import error_label, muted


class EnrollDialog(QDialog):
    def __init__(self, ws: Workspace, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.settings = settings
        self.setWindowTitle(self.tr("Connect to the Polku server"))
        self.setMinimumWidth(460)  # room for a whole server address
        self.server = QLineEdit(settings.get(SERVER_URL))
        self.server.setEnabled(settings.get(USER_MAY_CHANGE_SERVER) and not settings.is_locked(SERVER_URL))
        self.username = QLineEdit(ws.actor.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # IT tells a user's laptops apart by this name (a lost laptop is revoked by it).
        self.device_name = QLineEdit(default_device_name())
        self.device_name.setMaxLength(100)
        self.device_name.setToolTip(
            self.tr("IT sees this name in the list of devices connected to the server.")
        )
        form = QFormLayout()
        for text, w in (
            (self.tr("Server address"), self.server),
            (self.tr("User name"), self.username),
            (self.tr("Password"), self.password),
            (self.tr("Name of this laptop"), self.device_name),
        ):
            w.setAccessibleName(text)
            form.addRow(text, w)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(self.tr("Your password is used once, to register this laptop. It is not stored."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _on_ok(self) -> None:
        url, user, password = self.server.text().strip(), self.username.text().strip(), self.password.text()
        name = self.device_name.text().strip() or default_device_name()
        self.buttons.setEnabled(False)
        Op(
            self,
            lambda: enroll_device(
                self.ws,
                server_url=url,
                username=user,
                password=password,
                device_name=name,
                settings=self.settings,
            ),
        ).on_success(lambda _r: self.accept()).on_failure(self._on_failed).run()

    def _on_failed(self, exc: BaseException) -> None:
        self.password.clear()
        self.buttons.setEnabled(True)
        self.error.setText(describe(exc))
        self.error.show()
