"""About Polku: the version, the rules and reference data on this laptop, the device, and the licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.about import AboutFacts, about_facts, licence_texts
from app.workspace import Workspace
from ui.runner import Op
from ui.widgets import heading, muted


class AboutDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Polku"))
        self.resize(760, 560)
        self.facts: AboutFacts | None = None
        self.values = {
            name: QLabel()
            for name in ("version", "rules", "reference", "vocabulary", "device", "name", "server")
        }
        for label in self.values.values():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        form = QFormLayout()
        for name, text in (
            ("version", self.tr("Polku version")),
            ("rules", self.tr("Rules data (KotoL 681/2023) version")),
            ("reference", self.tr("Reference data version")),
            ("vocabulary", self.tr("Vocabulary version")),
            ("device", self.tr("Device id")),
            ("name", self.tr("Device name")),
            ("server", self.tr("Sync server")),
        ):
            self.values[name].setAccessibleName(text)
            form.addRow(text, self.values[name])
        summary = QWidget()
        inner = QVBoxLayout(summary)
        inner.addWidget(heading(self.tr("Polku"), size=18))
        inner.addWidget(
            muted(
                self.tr(
                    "Integration counselling for Kuopio, Tuusniemi, Lapinlahti and Kaavi "
                    "(Act on the Promotion of Integration 681/2023)."
                )
            )
        )
        inner.addLayout(form)
        inner.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(summary, self.tr("About"))
        self.licences: list[QTextBrowser] = []
        for title, text in licence_texts():
            viewer = QTextBrowser()
            viewer.setAccessibleName(title)
            if text.lstrip().startswith("#"):
                viewer.setMarkdown(text)
            else:
                viewer.setPlainText(text)
            self.licences.append(viewer)
            self.tabs.addTab(
                viewer, self.tr("Licences") if not self.licences[:-1] else self.tr("Font licence")
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        Op(self, lambda: about_facts(ws)).on_success(self._show).run()

    def _show(self, facts: AboutFacts) -> None:
        self.facts = facts
        self.values["version"].setText(facts.version)
        for name in ("rules", "reference", "vocabulary"):
            number = facts.datasets.get(name)
            self.values[name].setText(str(number) if number is not None else self.tr("not loaded"))
        self.values["device"].setText(facts.device_id)
        self.values["name"].setText(
            facts.device_name or self.tr("Given when the laptop connects to the server")
        )
        if facts.enrolled:
            text = self.tr("Connected to %1 as %2").replace("%1", facts.server_url or "")
            self.values["server"].setText(text.replace("%2", facts.username or ""))
        else:
            self.values["server"].setText(self.tr("Not connected to a server (not enrolled)"))
