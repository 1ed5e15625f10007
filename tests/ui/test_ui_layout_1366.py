"""Every page, record tab and dialog on a 1366x768 laptop (a 40 px taskbar leaves 1366x728), in
Finnish, Swedish and English: the window never grows past the screen, no words are cut off, and the
Finnish and Swedish screens show no English and no code.

The screens come from ui.surfaces, the registry ``polku screenshots`` captures: pages are read from
the sidebar, so a page added later is checked without changing this test. One demo profile and one
empty profile serve every language; each language is swept once and its findings cached.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

import ui
from app.demo_scenes import prepare_demo
from app.settings import Settings
from app.workspace import create_workspace, open_workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.layout_check import deliberate, layout_problems, left_in_english, raw_code, texts
from ui import i18n
from ui.app import load_bundled_fonts, make_application
from ui.main_window import MainWindow
from ui.runner import ImmediateRunner, set_runner
from ui.surfaces import AVAILABLE, CAPTURE_ONLY, close, everything, open_scene, pages, settle
from ui.widgets import STYLE

Found = dict[str, tuple[list[str], list[tuple[str, str]]]]  # screen -> (layout problems, texts)


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(demo profile, empty profile, base folder): made once for the module."""
    base = tmp_path_factory.mktemp("layout")
    demo = create_workspace(base / "demo", PASSPHRASE, user="layout.ohjaaja", kdf=FAST_KDF)
    prepare_demo(demo, clients=40, seed=11)
    demo.close()
    create_workspace(base / "empty", PASSPHRASE, user="layout.ohjaaja", kdf=FAST_KDF).close()
    return base / "demo", base / "empty", base


_swept: dict[str, Found] = {}
_dialogs_seen: set[type] = set()


def _look(found: Found, name: str, widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        _dialogs_seen.add(type(widget))
    settle()
    found[name] = (layout_problems(widget), list(texts(widget)))


def sweep(lang: str, profiles: tuple[Path, Path, Path]) -> Found:
    if lang in _swept:
        return _swept[lang]
    demo, empty, base = profiles
    app = make_application()
    # The app's own look, as ui.app gives it (pytest-qt made the application without it): its fonts
    # and style sheet decide every width measured here. Other tests get the plain look back.
    font, style = app.font(), app.styleSheet()
    load_bundled_fonts()
    app.setStyleSheet(STYLE)
    set_runner(ImmediateRunner())
    i18n.set_language(lang)
    settings = Settings(user_file=base / f"{lang}.ini", machine_file=base / "none.ini")
    found: Found = {}
    try:
        first = MainWindow(base / f"new-{lang}", settings)
        first.resize(*AVAILABLE)
        first.show()
        _look(found, "first-run", first)
        first.close()
        for folder, suffix in ((demo, ""), (empty, "-empty")):
            window = MainWindow(folder, settings)
            window.resize(*AVAILABLE)
            window.show()
            if not suffix:
                _look(found, "unlock", window)
            scene = open_scene(window, settings, open_workspace(folder, PASSPHRASE))
            for name, show in everything(scene) if not suffix else pages(scene):
                if name in CAPTURE_ONLY:
                    continue
                widget = show(scene)
                _look(found, name + suffix, widget)
                close(widget)
            window.close()
            window.deleteLater()
            settle()
    finally:
        i18n.set_language("en")
        app.setStyleSheet(style)
        QApplication.setFont(font)
    _swept[lang] = found
    return found


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_screen_fits_a_1366_laptop(
    qapp: QApplication, profiles: tuple[Path, Path, Path], lang: str
) -> None:
    found = sweep(lang, profiles)
    assert {"dashboard", "caseload", "conflicts", "plan-editor", "dialog-new-client", "unlock"} <= set(found)
    problems = [f"{lang} {screen}: {p}" for screen, (layout, _texts) in found.items() for p in layout]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_no_english_or_code_shows_in_finnish_or_swedish(
    qapp: QApplication, profiles: tuple[Path, Path, Path], lang: str
) -> None:
    english = {screen: dict(t) for screen, (_layout, t) in sweep("en", profiles).items()}
    translations = deliberate(lang)
    problems: list[str] = []
    for screen, (_layout, shown) in sweep(lang, profiles).items():
        for where, text in shown:
            code = raw_code(text)
            if code is not None:
                problems.append(f"{lang} {screen}: code {code!r} in {text!r}")
            elif left_in_english(
                text,
                english.get(screen, {}).get(where),
                translations,
                data=":item" in where or ":cell" in where,
            ):
                problems.append(f"{lang} {screen}: English {text!r} ({where})")
    assert not problems, "\n".join(dict.fromkeys(problems))  # a text shown twice is named once


def test_an_empty_caseload_says_how_clients_get_there(
    qapp: QApplication, profiles: tuple[Path, Path, Path]
) -> None:
    """A new counsellor's first caseload is not a blank table."""
    shown = [text for _where, text in sweep("fi", profiles)["caseload-empty"][1]]
    assert any(text.startswith("Tällä koneella ei ole vielä asiakkaita.") for text in shown)
    shown = [text for _where, text in sweep("fi", profiles)["caseload"][1]]
    assert not any(text.startswith("Tällä koneella ei ole vielä asiakkaita.") for text in shown)


def test_every_dialog_of_the_app_is_swept(qapp: QApplication, profiles: tuple[Path, Path, Path]) -> None:
    """A dialog added to ui/ without a line in ui.surfaces.DIALOGS would go unchecked: it fails here."""
    sweep("en", profiles)
    for module in pkgutil.iter_modules(ui.__path__):
        importlib.import_module(f"ui.{module.name}")
    dialogs = {c for c in _subclasses(QDialog) if c.__module__.startswith("ui.") and not c.__subclasses__()}
    assert {c.__name__ for c in dialogs - _dialogs_seen} == set()


def _subclasses(cls: type) -> set[type]:
    return {sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))}
