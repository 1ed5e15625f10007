"""First run: choose a passphrase (strength shown, confirmed), the language and the server address."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from app.errors import PolkuError
from app.passphrase import Strength, strength
from app.settings import LANGUAGE, SERVER_URL, Settings, recovery_public_key
from ui import i18n, warmup
from ui.errors import describe, show_unexpected
from ui.runner import Op
from ui.widgets import Retranslatable, centered_card, error_label, heading, muted

if TYPE_CHECKING:
    from app.workspace import Workspace


def _create(folder: Path, secret: str, user: str) -> Workspace:
    warmup.wait()
    from app.workspace import create_workspace  # the database layer: loaded off the GUI thread

    return create_workspace(folder, secret, user=user)


class FirstRunView(Retranslatable):
    sig_created = Signal(object)  # Workspace

    def __init__(self, folder: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self.settings = folder, settings
        layout = centered_card(self, width=520)
        self.title = heading()
        self.intro = muted()
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in i18n.NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.user = QLineEdit(_default_user())
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(self._on_passphrase_changed)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter_text = QLabel()
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.textChanged.connect(self._update_button)
        self.server = QLineEdit(settings.get(SERVER_URL))
        self.server.setEnabled(not settings.is_locked(SERVER_URL))
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels, (self.language, self.user, self.passphrase, self.confirm, self.server), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
            if field is self.passphrase:
                form.addRow("", self.meter)
                form.addRow("", self.meter_text)
        self.error = error_label()
        self.create_button = QPushButton()
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self._on_create_clicked)
        for item in (self.title, self.intro):
            layout.addWidget(item)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.create_button)
        self.retranslate()
        self._on_passphrase_changed("")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Polku"))
        if recovery_public_key(self.settings) is not None:
            # IT configured the organisation recovery key: a forgotten passphrase loses nothing.
            intro = self.tr(
                "Your clients' data is stored on this laptop encrypted with a passphrase only you know. "
                "Choose a long passphrase: a few words you can remember. If you forget it, your "
                "organisation's administrator can set a new one with the organisation's recovery key; "
                "nothing is lost."
            )
        else:
            intro = self.tr(
                "Your clients' data is stored on this laptop encrypted with a passphrase only you know. "
                "Choose a long passphrase: a few words you can remember. If you forget it, the data "
                "cannot be opened."
            )
        self.intro.setText(intro)
        texts = (
            self.tr("&Language"),
            self.tr("Your &user name"),
            self.tr("&Passphrase"),
            self.tr("&Confirm passphrase"),
            self.tr("&Server address (optional)"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for field, text in zip(
            (self.language, self.user, self.passphrase, self.confirm, self.server), texts, strict=True
        ):
            field.setAccessibleName(text.replace("&", ""))
        self.server.setPlaceholderText("https://polku.kuopio.fi")
        self.create_button.setText(self.tr("Create my profile"))
        self._on_passphrase_changed(self.passphrase.text())

    def _strength_text(self, value: Strength) -> str:
        return {
            Strength.TOO_SHORT: self.tr("Too short: at least 10 characters"),
            Strength.WEAK: self.tr("Weak: add words or characters"),
            Strength.FAIR: self.tr("Fair"),
            Strength.GOOD: self.tr("Good"),
            Strength.STRONG: self.tr("Strong"),
        }[value]

    def _on_language_changed(self) -> None:
        lang = str(self.language.currentData())
        i18n.set_language(lang)
        self.settings.set(LANGUAGE, lang)

    def _on_passphrase_changed(self, text: str) -> None:
        value = strength(text)
        self.meter.setValue(int(value))
        self.meter_text.setText(self._strength_text(value))
        self.meter.setAccessibleName(self._strength_text(value))
        self._update_button()

    def _update_button(self) -> None:
        ok = strength(self.passphrase.text()) >= Strength.WEAK and bool(self.user.text().strip())
        matches = self.passphrase.text() == self.confirm.text()
        if self.confirm.text() and not matches:
            self.error.setText(self.tr("The passphrases do not match."))
            self.error.show()
        else:
            self.error.hide()
        self.create_button.setEnabled(ok and matches)

    def _on_create_clicked(self) -> None:
        secret, user = self.passphrase.text(), self.user.text().strip()
        server = self.server.text().strip()
        if server and not self.settings.is_locked(SERVER_URL):
            self.settings.set(SERVER_URL, server)
        self.create_button.setEnabled(False)
        Op(self, lambda: _create(self.folder, secret, user)).on_success(self._on_created).on_failure(
            self._on_failed
        ).run()

    def _on_created(self, ws: Workspace) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.sig_created.emit(ws)

    def _on_failed(self, exc: BaseException) -> None:
        self._update_button()
        if isinstance(exc, PolkuError):
            self.error.setText(describe(exc))
            self.error.show()
        else:
            show_unexpected(self, exc)


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
