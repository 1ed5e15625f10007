"""Settings: the UI language, the idle lock, the sync server address. Each applies at once and is kept
in the user's polku.ini; an option IT locked in the machine-wide polku.ini is shown, read-only, with
who set it. Printing has no settings here: every print dialog already starts from the client's own
language, and the documents are A4 only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InsecureServerAddress
from app.settings import IDLE_LOCK_MINUTES, LANGUAGE, SERVER_URL, USER_MAY_CHANGE_SERVER, Option, Settings
from app.status import SyncState, sync_state
from app.sync_service import check_server_address
from app.workspace import Workspace
from ui import i18n
from ui.errors import describe
from ui.runner import Op
from ui.widgets import Retranslatable, error_label, heading, muted

MAX_IDLE_MINUTES = 120


class SettingsPage(Retranslatable):
    sig_idle_minutes_changed = Signal(int)
    sig_about = Signal()

    def __init__(
        self, settings: Settings, ws: Workspace | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings, self.ws = settings, ws
        self.state: SyncState | None = None
        self.title = heading(size=16)
        self.intro = muted()
        self.language = QComboBox()
        for code, name in i18n.NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.idle = QSpinBox()
        self.idle.setRange(1, MAX_IDLE_MINUTES)
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://polku.kuopio.fi")
        self.server.returnPressed.connect(self._on_save_server_clicked)
        self.save_server = QPushButton()
        self.save_server.clicked.connect(self._on_save_server_clicked)
        self.server_note = muted()
        self.error, self.saved = error_label(), muted()
        self.saved.setObjectName("ok")
        self.labels = [QLabel() for _ in range(3)]
        self.locked_notes = [muted() for _ in range(3)]
        server_row = QHBoxLayout()
        server_row.addWidget(self.server, 1)
        server_row.addWidget(self.save_server)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(14)
        for row, (label, field) in enumerate(zip(self.labels, (self.language, self.idle, None), strict=True)):
            grid.addWidget(label, row, 0)
            if field is None:
                grid.addLayout(server_row, row, 1)
            else:
                grid.addWidget(field, row, 1)
            grid.addWidget(self.locked_notes[row], row, 2)
        buddies: tuple[QWidget, ...] = (self.language, self.idle, self.server)
        for label, buddy in zip(self.labels, buddies, strict=True):
            label.setBuddy(buddy)
        grid.addWidget(self.server_note, 3, 1, 1, 2)
        self.about = QPushButton()
        self.about.clicked.connect(self.sig_about.emit)
        form = QWidget()
        form.setMaximumWidth(900)
        form.setLayout(grid)
        bottom = QHBoxLayout()
        bottom.addWidget(self.about)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro, form, self.error, self.saved):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self._load()
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.idle.valueChanged.connect(self._on_idle_changed)
        self.retranslate()
        self.reload()

    # --- what is stored ----------------------------------------------------------------------------

    def server_editable(self) -> bool:
        return not self.settings.is_locked(SERVER_URL) and self.settings.get(USER_MAY_CHANGE_SERVER)

    def _load(self) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.idle.setValue(min(MAX_IDLE_MINUTES, self.settings.get(IDLE_LOCK_MINUTES)))
        self.server.setText(self.settings.get(SERVER_URL))
        self.language.setEnabled(not self.settings.is_locked(LANGUAGE))
        self.idle.setEnabled(not self.settings.is_locked(IDLE_LOCK_MINUTES))
        self.server.setReadOnly(not self.server_editable())
        self.save_server.setVisible(self.server_editable())

    def reload(self) -> None:
        """Which server this laptop is already connected to (the sign-in stores it in the profile)."""
        ws = self.ws
        if ws is not None:
            Op(self, lambda: sync_state(ws)).on_success(self._on_state).run()

    def _on_state(self, state: SyncState) -> None:
        self.state = state
        self._show_server_note()

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.intro.setText(
            self.tr(
                "Changes take effect at once and are kept on this laptop for the next time you start "
                "Polku. Settings your organisation's IT has fixed are shown but cannot be changed."
            )
        )
        texts = (self.tr("&Language"), self.tr("&Lock Polku after"), self.tr("Sync &server address"))
        for label, field, text in zip(
            self.labels, (self.language, self.idle, self.server), texts, strict=True
        ):
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
        self.idle.setSuffix(self.tr(" minutes without use"))
        self.idle.setToolTip(
            self.tr("Polku locks itself when nobody has used it this long; unlock with your passphrase.")
        )
        locked = (
            self.settings.is_locked(LANGUAGE),
            self.settings.is_locked(IDLE_LOCK_MINUTES),
            not self.server_editable(),
        )
        for note, is_locked in zip(self.locked_notes, locked, strict=True):
            note.setText(self.tr("Set by your organisation's IT") if is_locked else "")
            note.setVisible(is_locked)
        self.save_server.setText(self.tr("Save address"))
        self.about.setText(self.tr("About Polku and licences…"))
        self.error.hide()
        self.saved.clear()
        self._show_server_note()

    def _show_server_note(self) -> None:
        note = self.tr(
            "Polku uses this address when you connect this laptop to the server with “Connect to the "
            "server…” at the bottom of the window."
        )
        if self.state is not None and self.state.enrolled and self.state.server_url:
            connected = self.tr(
                "This laptop is connected to %1; a new address counts when you connect again."
            )
            note = connected.replace("%1", self.state.server_url)
        self.server_note.setText(note)

    # --- changes -----------------------------------------------------------------------------------

    def _saved(self, text: str) -> None:
        self.error.hide()
        self.saved.setText(text)

    def _failed(self, text: str) -> None:
        self.saved.clear()
        self.error.setText(text)
        self.error.show()

    def _store(self, option: Option[str] | Option[int], value: str | int) -> bool:
        try:
            self.settings.set(option, value)  # type: ignore[arg-type,type-var,misc]
        except OSError as exc:
            message = self.tr("The setting could not be saved on this laptop: %1")
            self._failed(message.replace("%1", exc.strerror or type(exc).__name__))
            return False
        return True

    def _on_language_changed(self) -> None:
        lang = str(self.language.currentData())
        i18n.set_language(lang)  # every open view retranslates itself on the LanguageChange event
        if self._store(LANGUAGE, lang):
            self._saved(self.tr("Language changed."))

    def _on_idle_changed(self, minutes: int) -> None:
        if self._store(IDLE_LOCK_MINUTES, minutes):
            self.sig_idle_minutes_changed.emit(minutes)
            self._saved(self.tr("Polku now locks after %1 minutes without use.").replace("%1", str(minutes)))

    def flush(self) -> None:
        """Leaving the page (another page, lock, idle lock, quit): an address typed but not saved is
        saved as Save address would (an address it would refuse stays unsaved, and says why)."""
        if self.server_editable() and self.server.text().strip() != self.settings.get(SERVER_URL):
            self._on_save_server_clicked()

    def _on_save_server_clicked(self) -> None:
        if not self.server_editable():
            return
        url = self.server.text().strip()
        if url:
            if any(c.isspace() for c in url):
                self._failed(self.tr("The server address cannot contain spaces."))
                return
            try:
                check_server_address(url, self.settings)
            except InsecureServerAddress as exc:
                self._failed(describe(exc))  # what was typed stays in the field to be corrected
                return
        if self._store(SERVER_URL, url):
            self.server.setText(url)
            self._saved(self.tr("Server address saved.") if url else self.tr("Server address removed."))
