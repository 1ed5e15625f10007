"""Settings, F1 help, About and the empty lists, driven as a counsellor would (pytest-qt, offscreen) on
real encrypted profiles; settings in real INI files, read back by a fresh ``Settings`` as after a restart.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.clients import ClientInput, create_client
from app.settings import IDLE_LOCK_MINUTES, LANGUAGE, SERVER_URL, Settings
from app.workspace import create_workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from ui import i18n
from ui.about_dialog import AboutDialog
from ui.help import TOPICS, HelpDialog, help_text
from ui.main_window import MainWindow
from ui.new_client import NewClientDialog
from ui.print_queue import PrintQueueDialog
from ui.workspace_view import WorkspaceView

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def _settings(tmp_path: Path, machine: str = "") -> Settings:
    (tmp_path / "machine.ini").write_text(machine, encoding="utf-8")
    return Settings(user_file=tmp_path / "user.ini", machine_file=tmp_path / "machine.ini")


def _profile(tmp_path: Path, clients: int = 0) -> Path:
    folder = tmp_path / "profile"
    ws = create_workspace(folder, PASSPHRASE, user="ui.ohjaaja", kdf=FAST_KDF)
    for n in range(clients):
        create_client(
            ws,
            data=ClientInput(
                first_names="Amina",
                last_name=f"Demo-{n}",
                home_municipality="402",
                date_of_birth=date(1985, 1, 1 + n),
            ),
        )
    ws.close()
    return folder


def _open(qtbot: Any, folder: Path, settings: Settings) -> tuple[MainWindow, WorkspaceView]:
    window = MainWindow(folder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace_view is not None)
    view = window.workspace_view
    assert view is not None
    return window, view


def _go(view: WorkspaceView, page: Any) -> None:
    view.nav.setCurrentRow(view.page_widgets.index(page))


def test_language_chosen_in_settings_applies_at_once_and_after_a_restart(qtbot: Any, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _window, view = _open(qtbot, _profile(tmp_path), settings)
    _go(view, view.settings_page)
    page = view.settings_page
    page.language.setCurrentIndex(page.language.findData("sv"))
    qtbot.waitUntil(lambda: view.nav.item(1).text() == "Klienter")
    assert page.title.text() == "Inställningar"
    assert _settings(tmp_path).get(LANGUAGE) == "sv"  # what the next start reads


def test_idle_lock_minutes_are_applied_now_and_after_a_restart(qtbot: Any, tmp_path: Path) -> None:
    folder, settings = _profile(tmp_path), _settings(tmp_path)
    window, view = _open(qtbot, folder, settings)
    _go(view, view.settings_page)
    view.settings_page.idle.setValue(3)
    assert window.idle.timer.interval() == 3 * 60_000 and window.idle.timer.isActive()
    assert "3 minutes" in view.settings_page.saved.text()
    window.close()
    again, view2 = _open(qtbot, folder, _settings(tmp_path))
    assert _settings(tmp_path).get(IDLE_LOCK_MINUTES) == 3
    assert again.idle.timer.interval() == 3 * 60_000
    assert view2.settings_page.idle.value() == 3


def test_a_server_address_it_locked_is_shown_and_cannot_be_edited(qtbot: Any, tmp_path: Path) -> None:
    machine = "[sync]\nserver_url = https://polku.kuopio.fi\n[locked]\noptions = sync.server_url\n"
    settings = _settings(tmp_path, machine)
    _window, view = _open(qtbot, _profile(tmp_path), settings)
    _go(view, view.settings_page)
    page = view.settings_page
    assert page.server.text() == "https://polku.kuopio.fi"
    assert page.server.isReadOnly() and not page.save_server.isVisible()
    assert page.locked_notes[2].isVisible() and page.locked_notes[2].text() == "Set by your organisation's IT"
    qtbot.keyClicks(page.server, "x")
    qtbot.keyClick(page.server, Qt.Key.Key_Return)
    assert page.server.text() == "https://polku.kuopio.fi"
    assert not (tmp_path / "user.ini").exists() or "server_url" not in (tmp_path / "user.ini").read_text()
    assert page.language.isEnabled() and not page.locked_notes[0].isVisible()  # only what IT locked


def test_an_unencrypted_server_address_is_refused_in_words_and_kept_for_correcting(
    qtbot: Any, tmp_path: Path
) -> None:
    _window, view = _open(qtbot, _profile(tmp_path), _settings(tmp_path))
    _go(view, view.settings_page)
    page = view.settings_page
    qtbot.keyClicks(page.server, "http://polku.example.fi")
    qtbot.mouseClick(page.save_server, Qt.MouseButton.LeftButton)
    assert page.error.isVisible() and "https://" in page.error.text()
    assert page.server.text() == "http://polku.example.fi"  # nothing typed is lost
    assert _settings(tmp_path).get(SERVER_URL) == ""
    page.server.setText("https://polku.example.fi")
    qtbot.mouseClick(page.save_server, Qt.MouseButton.LeftButton)
    assert not page.error.isVisible() and page.saved.text() == "Server address saved."
    assert _settings(tmp_path).get(SERVER_URL) == "https://polku.example.fi"


def test_an_address_typed_but_not_saved_is_kept_when_polku_locks(qtbot: Any, tmp_path: Path) -> None:
    """Interrupted before Save address (the idle lock, or another page): the typed address is saved."""
    window, view = _open(qtbot, _profile(tmp_path), _settings(tmp_path))
    _go(view, view.settings_page)
    qtbot.keyClicks(view.settings_page.server, "https://polku.example.fi")
    window.lock()
    assert _settings(tmp_path).get(SERVER_URL) == "https://polku.example.fi"
    window, view = _open(qtbot, _profile(tmp_path / "again"), _settings(tmp_path))
    _go(view, view.settings_page)
    assert view.settings_page.server.text() == "https://polku.example.fi"


def _help(window: Any) -> HelpDialog:
    dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, HelpDialog) and d.isVisible()]
    dialogs += [d for d in window.findChildren(HelpDialog) if d.isVisible() and d not in dialogs]
    assert len(dialogs) == 1
    return dialogs[0]


def test_f1_opens_the_guide_of_the_page_on_screen_in_the_current_language(qtbot: Any, tmp_path: Path) -> None:
    window, view = _open(qtbot, _profile(tmp_path, clients=1), _settings(tmp_path))
    i18n.set_language("fi")
    _go(view, view.caseload)
    window.activateWindow()  # a key press reaches the window that has the keyboard
    qtbot.waitUntil(window.isActiveWindow)
    view.caseload.search.setFocus()
    qtbot.keyClick(view.caseload.search, Qt.Key.Key_F1)
    dialog = _help(window)
    assert dialog.topic == "caseload"
    text = dialog.browser.toPlainText()
    assert text.startswith("Asiakkaat") and "Ctrl+F" in text and "Mitä teet" in text
    dialog.close()
    view.open_client(view.caseload.model.all_rows[0].id)
    assert view.record is not None
    plan = view.record.show_tab("plan")
    plan.setFocus()
    qtbot.keyClick(plan, Qt.Key.Key_F1)
    assert _help(window).topic == "plan"
    assert _help(window).browser.toPlainText().startswith("Kotoutumissuunnitelma")


def test_f1_in_a_modal_dialog_opens_its_guide_beside_it(qtbot: Any, tmp_path: Path) -> None:
    _window, view = _open(qtbot, _profile(tmp_path), _settings(tmp_path))
    dialog = PrintQueueDialog(view.ws, [], view)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() shows it, without blocking
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.only_agreed.setFocus()
    qtbot.keyClick(dialog.only_agreed, Qt.Key.Key_F1)
    shown = [d for d in dialog.findChildren(HelpDialog) if d.isVisible()]
    assert len(shown) == 1 and shown[0].topic == "printing"
    assert shown[0].browser.toPlainText().startswith("Printing")
    dialog.close()


def test_f1_in_an_open_drop_down_list_opens_the_guide_of_its_page(qtbot: Any, tmp_path: Path) -> None:
    """A drop-down list is a window of its own that holds the keyboard while it is open."""
    window, view = _open(qtbot, _profile(tmp_path), _settings(tmp_path))
    i18n.set_language("fi")
    _go(view, view.field_visit)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo = view.field_visit.municipality
    combo.setFocus()
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is popup)
    qtbot.wait(200)  # as a person looks at the list first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    dialog = _help(window)
    assert dialog.parentWidget() is window  # the main window's guide, not one that hides with the list
    assert dialog.topic == "field-visit"
    assert dialog.browser.toPlainText().startswith("Jalkautuminen")
    assert not popup.isVisible()


def test_about_shows_the_version_rules_data_and_this_device(qtbot: Any, tmp_path: Path) -> None:
    _window, view = _open(qtbot, _profile(tmp_path), _settings(tmp_path))
    about = AboutDialog(view.ws, view)
    qtbot.addWidget(about)
    rules = tomllib.loads((ROOT / "resources" / "rules" / "kotol.toml").read_text("utf-8"))
    assert about.values["rules"].text() == str(rules["version"])
    assert about.values["device"].text() == view.ws.actor.device_id and len(view.ws.actor.device_id) == 36
    assert about.values["server"].text() == "Not connected to a server (not enrolled)"
    assert about.values["version"].text()
    licences = about.licences[0].toPlainText()
    assert "GNU LGPL 3.0" in licences and "SIL OPEN FONT LICENSE" in about.licences[1].toPlainText()


def test_an_empty_caseload_says_how_it_fills_and_opens_new_client(qtbot: Any, tmp_path: Path) -> None:
    _window, view = _open(qtbot, _profile(tmp_path), _settings(tmp_path))
    _go(view, view.caseload)
    state = view.caseload.table_state
    assert state.is_empty() and state.message.isVisible()
    assert state.message.text().startswith("No clients on this laptop yet.")
    opened: list[object] = []

    def close_dialog() -> None:
        modal = QApplication.activeModalWidget()
        opened.append(modal)
        if modal is not None:
            modal.close()

    QTimer.singleShot(50, close_dialog)
    qtbot.mouseClick(state.action, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and isinstance(opened[0], NewClientDialog)


def test_a_search_without_hits_says_so_and_clears(qtbot: Any, tmp_path: Path) -> None:
    _window, view = _open(qtbot, _profile(tmp_path, clients=2), _settings(tmp_path))
    _go(view, view.caseload)
    caseload = view.caseload
    assert not caseload.table_state.is_empty()
    qtbot.keyClicks(caseload.search, "zzzz")
    assert caseload.table_state.is_empty()
    assert caseload.table_state.message.text() == "No client matches the search and the filters."
    qtbot.mouseClick(caseload.table_state.action, Qt.MouseButton.LeftButton)
    assert caseload.search.text() == "" and len(caseload.model.rows) == 2
    assert not caseload.table_state.is_empty()


def test_a_new_clients_meetings_and_timeline_say_what_comes_there(qtbot: Any, tmp_path: Path) -> None:
    _window, view = _open(qtbot, _profile(tmp_path, clients=1), _settings(tmp_path))
    view.open_client(view.caseload.model.all_rows[0].id)
    assert view.record is not None
    meetings = view.record.show_tab("meetings")
    assert meetings.table_state.is_empty()  # type: ignore[attr-defined]
    assert "Book a meeting" in meetings.table_state.message.text()  # type: ignore[attr-defined]
    timeline = view.record.show_tab("timeline")
    assert timeline.table_state.is_empty()  # type: ignore[attr-defined]
    assert view.dashboard.states["overdue"].is_empty()
    assert view.dashboard.states["overdue"].message.text() == "No reviews are overdue."


def test_every_page_has_a_guide_in_finnish_swedish_and_english() -> None:
    for lang in ("fi", "sv", "en"):
        for topic in TOPICS:
            path = ROOT / "resources" / "help" / lang / f"{topic}.md"
            text = path.read_text("utf-8")
            assert text.startswith("# ") and len(text.split()) > 60, path
            assert help_text(topic, lang) == text
            for target in re.findall(r"\]\(([^)]+)\)", text):
                assert target in TOPICS, f"{path}: link to {target}"


def test_the_licence_list_names_every_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    listed = (ROOT / "resources" / "licences.md").read_text("utf-8")
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=\[ ;]", requirement)[0]
        assert f"| {name}" in listed, name
