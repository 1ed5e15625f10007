"""The desktop client driven as a counsellor would, offscreen (pytest-qt), on real encrypted profiles.

Background work runs immediately (ImmediateRunner) so each step is complete when the next starts.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from app.clients import ClientInput, create_client, get_client
from app.demo import generate_demo_data
from app.eligibility import explain, local_rules
from app.settings import Settings
from app.store.profile import ProfilePaths
from app.store.recovery import generate_keypair
from app.workspace import create_workspace
from models.enums import LabourMarketStatus, Literacy
from models.rules import EligibilityOutcome
from tests.conftest import FAST_KDF, PASSPHRASE
from ui import i18n
from ui.main_window import MainWindow
from ui.new_client import NewClientDialog
from ui.sync_bar import SyncBar

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(user_file=tmp_path / "user.ini", machine_file=tmp_path / "machine.ini")


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    ws = create_workspace(folder, PASSPHRASE, user="ui.ohjaaja", kdf=FAST_KDF)
    generate_demo_data(ws, clients=60, seed=5)
    ws.close()
    return folder


def _window(qtbot, folder: Path, settings: Settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(folder, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.unlock_view.passphrase, passphrase)
    qtbot.keyClick(window.unlock_view.passphrase, Qt.Key.Key_Return)


def _visible_texts(root: QWidget) -> str:
    texts = [w.text() for w in root.findChildren(QLabel)] + [w.text() for w in root.findChildren(QLineEdit)]
    return "\n".join(texts)


def test_first_run_creates_an_encrypted_profile(qtbot, tmp_path: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "new"
    window = _window(qtbot, folder, settings)
    view = window.first_run
    assert view is not None and window.stack.currentWidget() is view
    view.user.setText("aino.ohjaaja")
    qtbot.keyClicks(view.passphrase, "kolme vihreaa omenaa")
    qtbot.keyClicks(view.confirm, "kolme vihreaa omenoita")
    assert not view.create_button.isEnabled() and view.error.isVisible()  # mismatch shown
    view.confirm.clear()
    qtbot.keyClicks(view.confirm, "kolme vihreaa omenaa")
    assert view.create_button.isEnabled()
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert window.workspace_view is not None
    assert window.stack.currentWidget() is window.workspace_view
    assert ProfilePaths(folder).key_file.exists() and ProfilePaths(folder).database.exists()


def test_first_run_tells_what_a_forgotten_passphrase_means(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Without the organisation recovery key the data is lost with the passphrase; with it (set by IT,
    # docs/it-guide.md) nothing is, and the first screen must not say otherwise.
    machine = tmp_path / "machine.ini"
    plain = _window(qtbot, tmp_path / "a", Settings(user_file=tmp_path / "u.ini", machine_file=machine))
    assert plain.first_run is not None and "cannot be opened" in plain.first_run.intro.text()
    _private, public = generate_keypair("organisation recovery password")
    (tmp_path / "recovery.pub").write_bytes(public)
    machine.write_text(f"[security]\nrecovery_public_key = {tmp_path / 'recovery.pub'}\n", encoding="utf-8")
    covered = _window(qtbot, tmp_path / "b", Settings(user_file=tmp_path / "u.ini", machine_file=machine))
    assert covered.first_run is not None
    assert "nothing is lost" in covered.first_run.intro.text()
    assert "cannot be opened" not in covered.first_run.intro.text()


def test_wrong_then_right_passphrase(qtbot, demo_folder: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window, "not the right one")
    assert window.unlock_view.error.isVisible()
    assert "not correct" in window.unlock_view.error.text()
    assert window.unlock_view.passphrase.text() == ""  # never left in the field
    _unlock(qtbot, window)
    assert window.workspace_view is not None
    assert len(window.workspace_view.caseload.model.rows) == 60


def test_search_as_you_type_in_any_script(qtbot, demo_folder: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window)
    assert window.workspace_view is not None
    caseload = window.workspace_view.caseload
    target = next(r for r in caseload.model.all_rows if any("\u0600" <= c <= "\u06ff" for c in r.last_name))
    for ch in target.last_name:  # QTest types only ASCII; an input method delivers Arabic like this
        caseload.search.insert(ch)
    assert caseload.model.rows and all(target.last_name in r.last_name for r in caseload.model.rows)
    caseload.search.clear()
    assert len(caseload.model.rows) == 60


def test_lock_closes_the_database_and_clears_every_view(qtbot, demo_folder: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window)
    assert window.workspace_view is not None
    caseload = window.workspace_view.caseload
    name = caseload.model.rows[0].last_name
    caseload.table.selectRow(0)
    window.workspace_view.open_client(caseload.model.rows[0].id)
    assert name in _visible_texts(window)
    ws = window.ws
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.ws is None and window.workspace_view is None
    assert window.stack.currentWidget() is window.unlock_view
    QApplication.processEvents()
    assert name not in _visible_texts(window)
    assert ws is not None and ws.engine.pool.checkedout() == 0  # connections closed
    _unlock(qtbot, window)  # and it opens again
    assert window.workspace_view is not None


def test_lock_then_unlock_leaves_one_working_sync_bar(qtbot, demo_folder: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    """Each lock tears the status bar's sync bar down once and each unlock builds one: after two
    rounds there is exactly one, and it counts a change made on the reopened database."""
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window)
    for _ in range(2):
        window.lock()
        assert window.sync_bar is None
        _unlock(qtbot, window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the torn-down bars go
    bar = window.sync_bar
    assert bar is not None and window.statusBar().findChildren(SyncBar) == [bar]
    qtbot.waitUntil(bar.isVisible)  # the status bar shows itself once events run
    assert bar.state is not None and window.ws is not None
    before = bar.state.unsynced
    create_client(
        window.ws, data=ClientInput(first_names="Demo", last_name="Lock-Test", home_municipality="297")
    )
    bar.refresh()
    assert bar.state.unsynced == before + 1
    assert f"Unsynced changes: {before + 1}" in bar.label.text()


def test_idle_time_locks_the_app(qtbot, demo_folder: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window)
    window.idle.timer.setInterval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.ws is None, timeout=3000)
    assert window.stack.currentWidget() is window.unlock_view


def test_typing_keeps_the_app_open_and_what_was_typed_survives_the_lock_once_it_stops(  # type: ignore[no-untyped-def]
    qtbot, demo_folder: Path, settings: Settings
) -> None:
    """Scaled down to a lock after 600 ms without input. Keys arrive as the window system delivers them
    (to the window, which passes them to the client's phone field); the lock comes with the edit
    still unsaved, and the number is there when the record is opened again."""
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window)
    view = window.workspace_view
    assert view is not None
    client_id = view.caseload.model.rows[0].id
    view.open_client(client_id)
    assert view.record is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.idle.timer.setInterval(600)
    window.idle.start()
    phone = view.record.form.widgets["phone"]
    phone.setFocus()
    phone.clear()  # type: ignore[attr-defined]
    typed = time.monotonic()
    for key in "+358 40 765 4321":  # 1.6 s of typing, a key every 100 ms: longer than the lock
        qtbot.keyClick(window.windowHandle(), key)
        typed = time.monotonic()
        qtbot.wait(100)
        assert window.ws is not None
    qtbot.waitUntil(lambda: window.ws is None, timeout=3000)
    assert time.monotonic() - typed >= 0.6  # never sooner than the lock time
    assert window.stack.currentWidget() is window.unlock_view
    _unlock(qtbot, window)
    assert window.ws is not None
    assert get_client(window.ws, client_id=client_id).data.phone == "+358 40 765 4321"


def test_choosing_from_a_drop_down_list_keeps_the_app_open(  # type: ignore[no-untyped-def]
    qtbot, demo_folder: Path, settings: Settings
) -> None:
    """A drop-down list is a window of its own: keys there count as input. Scaled down to a lock
    after 800 ms; a key every 100 ms into the open list for a second, then nothing."""
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window)
    view = window.workspace_view
    assert view is not None
    view.nav.setCurrentRow(view.page_widgets.index(view.field_visit))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.idle.timer.setInterval(800)
    window.idle.start()
    combo = view.field_visit.municipality
    combo.setFocus()
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is popup)
    for key in [Qt.Key.Key_Down, Qt.Key.Key_Up] * 5:
        qtbot.keyClick(popup.windowHandle(), key)
        qtbot.wait(100)
        assert window.ws is not None
    qtbot.waitUntil(lambda: window.ws is None, timeout=3000)


def test_language_switches_live(qtbot, demo_folder: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window)
    assert window.workspace_view is not None
    nav = window.workspace_view.nav
    assert nav.item(1).text() == "Caseload"
    i18n.set_language("fi")
    qtbot.waitUntil(lambda: nav.item(1).text() == "Asiakkaat")  # LanguageChange events are posted
    assert window.workspace_view.caseload.model.headerData(0, Qt.Orientation.Horizontal) == "Nimi"
    i18n.set_language("sv")
    qtbot.waitUntil(lambda: nav.item(1).text() == "Klienter")


def test_new_client_is_validated_then_saved_and_opened(qtbot, demo_folder: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window)
    assert window.workspace_view is not None and window.ws is not None
    dialog = NewClientDialog(window.ws, window.workspace_view.lookups, window)
    qtbot.addWidget(dialog)
    dialog.form.set_value("first_names", "Zahra")
    dialog._on_save_clicked()
    assert not dialog.error.isHidden() and dialog.created is None  # last name missing
    dialog.form.set_value("last_name", "Demo-Karimi")
    dialog._on_save_clicked()
    assert dialog.created is None  # no home municipality chosen: asked for, never the list's first entry
    assert "Home municipality" in dialog.error.text()
    dialog.form.set_value("home_municipality", "297")
    dialog._on_save_clicked()
    assert dialog.created is not None and dialog.created.data.last_name == "Demo-Karimi"
    # Nothing else was chosen, so nothing else is recorded: the rules see "unknown", not a guess.
    data = dialog.created.data
    assert data.labour_market_status == LabourMarketStatus.UNKNOWN
    assert data.literacy == Literacy.UNKNOWN
    assert (data.residence_basis, data.permit_type, data.family_situation, data.first_permit_date) == (
        None,
        None,
        None,
        None,
    )
    panel = explain(dialog.created, local_rules(window.ws), on=date.today(), lang="en")
    assert panel.outcome == EligibilityOutcome.UNKNOWN  # the first permit date is missing, and it says so
    assert panel.reasons


def test_client_details_edit_is_saved(qtbot, demo_folder: Path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_folder, settings)
    _unlock(qtbot, window)
    view = window.workspace_view
    assert view is not None
    client_id = view.caseload.model.rows[0].id
    view.open_client(client_id)
    record = view.record
    assert record is not None and record.detail is not None
    record.form.set_value("phone", "+358 40 123 4567")
    qtbot.mouseClick(record.save, Qt.MouseButton.LeftButton)
    assert record.detail.data.phone == "+358 40 123 4567"
    assert not record.error.isVisible()
    assert "What the law says" in record.eligibility.title.text()
