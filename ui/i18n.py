"""Live language switching with Qt Linguist files (resources/i18n/polku_*.qm) and Qt's own texts.

Source strings are English; Finnish is the default language. Widgets retranslate themselves on
``QEvent.LanguageChange`` (Frescobaldi's ``translateUI``), which Qt sends when translators change.
"""

from __future__ import annotations

import importlib.resources
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}
NATIVE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
_installed: list[QTranslator] = []
_current = "fi"


def i18n_folder() -> str:
    return str(importlib.resources.files("resources") / "i18n")


def current_language() -> str:
    return _current


def set_language(lang: str) -> None:
    """Install the translators for ``lang`` (fi, sv or en) and make its locale the default."""
    global _current
    if lang not in LOCALES:
        lang = "fi"
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(f"polku_{lang}", i18n_folder()):
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES[lang]))
    _current = lang


def locale() -> QLocale:
    return QLocale(LOCALES[_current])


def format_date(value: date | None) -> str:
    """A date the way the user's locale writes it short (fi: 2.3.2026, sv: 2026-03-02)."""
    if value is None:
        return ""
    loc = locale()
    return loc.toString(QDate(value.year, value.month, value.day), loc.FormatType.ShortFormat)


def format_time(value: datetime) -> str:
    loc = locale()
    return loc.toString(QTime(value.hour, value.minute), loc.FormatType.ShortFormat)


def format_datetime(value: datetime) -> str:
    return f"{format_date(value.date())} {format_time(value)}"
