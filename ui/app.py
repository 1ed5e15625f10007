"""Starting the desktop app."""

from __future__ import annotations

import argparse
import importlib.resources
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from app.cli import default_profile
from app.logs import setup_logging
from app.printing.tempfiles import remove_stale_documents
from app.settings import LANGUAGE, Settings
from ui import i18n, warmup
from ui.errors import install_excepthook
from ui.main_window import MainWindow
from ui.widgets import STYLE


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Polku")
    app.setOrganizationName("Kuopion kaupunki")
    load_bundled_fonts()
    app.setStyleSheet(STYLE)
    return app


def load_bundled_fonts() -> None:
    """The app looks the same on every laptop: Noto Sans for Latin and Cyrillic, Noto Sans Arabic for
    Arabic and Persian, shipped in resources/fonts (OFL)."""
    folder = importlib.resources.files("resources") / "fonts"
    for item in folder.iterdir():
        if item.name.endswith(".ttf"):
            QFontDatabase.addApplicationFont(str(item))
    QApplication.setFont(QFont("Noto Sans", 10))


def run_gui(args: argparse.Namespace) -> int:
    setup_logging()
    app = make_application()
    install_excepthook()
    settings = Settings()
    i18n.set_language(settings.get(LANGUAGE))
    remove_stale_documents()  # print files a crash left behind
    window = MainWindow(args.profile or default_profile(), settings)
    window.setWindowIcon(QIcon(str(importlib.resources.files("resources") / "icons" / "polku.png")))
    window.show()
    warmup.start()
    if os.environ.get("POLKU_EXIT_WHEN_SHOWN"):  # start-up benchmarks: time from launch to first screen
        QTimer.singleShot(0, app.quit)
    return app.exec()
