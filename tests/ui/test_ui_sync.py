"""Sync from the window a counsellor uses, against a real `polku-server serve` process over HTTP:
connect once, Sync now, the status bar; and a revoked laptop that says what is lost, then wipes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clients import ClientInput, create_client
from app.settings import Settings
from app.store.profile import ProfilePaths
from app.workspace import create_workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.server import PASSWORD, polku_server
from ui.enroll_dialog import EnrollDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def _window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    folder = tmp_path / "laptop"
    ws = create_workspace(folder, PASSPHRASE, user="aino", kdf=FAST_KDF, recovery_public_key=None)
    create_client(ws, data=ClientInput(first_names="Hawa", last_name="Demo-Farah", home_municipality="297"))
    window = MainWindow(folder, Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini"))
    qtbot.addWidget(window)
    window.show()
    window._on_unlocked(ws)
    return window


def _connect(window: MainWindow, url: str) -> None:
    assert window.ws is not None
    dialog = EnrollDialog(window.ws, window.settings, window)
    dialog.server.setText(url)
    dialog.password.setText(PASSWORD)
    dialog._on_ok()
    assert dialog.error.isHidden(), dialog.error.text()


def test_connect_then_sync_now_empties_the_unsynced_count(qtbot, tmp_path: Path, server_url: str) -> None:  # type: ignore[no-untyped-def]
    data = ["--data-dir", str(tmp_path / "srv")]
    assert (
        polku_server(
            tmp_path,
            *data,
            "create-user",
            "--username",
            "aino",
            "--role",
            "counsellor",
            "--municipality",
            "297",
            POLKU_PASSWORD=PASSWORD,
        ).returncode
        == 0
    )
    window = _window(qtbot, tmp_path)
    bar = window.sync_bar
    assert bar is not None and bar.state is not None
    assert not bar.state.enrolled and not bar.sign_in.isHidden() and bar.sync_button.isHidden()
    assert bar.state.unsynced == 1  # the new client, waiting for a server
    _connect(window, server_url)
    bar.refresh()
    bar.start(quiet=False)
    assert bar.state is not None and bar.state.unsynced == 0
    assert bar.state.last_success is not None
    assert "Last synced" in bar.label.text()


def _new_client_then_sync_until_wiped(window: MainWindow, monkeypatch, last_name: str) -> str:  # type: ignore[no-untyped-def]
    """A client entered, then Sync now: the server refuses the laptop, the window warns (returned)
    and wipes the profile, then offers a new one."""
    assert window.ws is not None and window.sync_bar is not None
    create_client(
        window.ws, data=ClientInput(first_names="Ifrah", last_name=last_name, home_municipality="297")
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    folder = window.folder
    window.sync_bar.start(quiet=False)
    assert len(shown) == 1
    assert not ProfilePaths(folder).key_file.exists() and not ProfilePaths(folder).database.exists()
    assert window.first_run is not None and window.stack.currentWidget() is window.first_run
    return shown[0]


def test_a_revoked_laptop_shows_what_is_lost_then_wipes(
    qtbot, tmp_path: Path, server_url: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    data = ["--data-dir", str(tmp_path / "srv")]
    polku_server(
        tmp_path,
        *data,
        "create-user",
        "--username",
        "aino",
        "--role",
        "counsellor",
        "--municipality",
        "297",
        POLKU_PASSWORD=PASSWORD,
    )
    window = _window(qtbot, tmp_path)
    _connect(window, server_url)
    assert window.sync_bar is not None
    window.sync_bar.refresh()
    window.sync_bar.start(quiet=False)
    devices = polku_server(tmp_path, *data, "list-devices").stdout.split()
    assert polku_server(tmp_path, *data, "revoke-device", "--device-id", devices[0]).returncode == 0
    shown = _new_client_then_sync_until_wiped(window, monkeypatch, "Demo-Jama")
    assert "Changes not yet sent: 1" in shown


def test_a_deactivated_users_laptop_sends_its_work_then_wipes(
    qtbot, tmp_path: Path, server_url: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """``polku-server deactivate-user``: the laptop's next sync sends the client entered since, then
    the window says nothing unsent is lost and wipes the profile, as for a revoked laptop."""
    data = ["--data-dir", str(tmp_path / "srv")]
    polku_server(tmp_path, *data, "create-user", "--username", "aino", "--role", "counsellor",
                 "--municipality", "297", POLKU_PASSWORD=PASSWORD)  # fmt: skip
    window = _window(qtbot, tmp_path)
    _connect(window, server_url)
    assert window.sync_bar is not None and window.ws is not None
    window.sync_bar.start(quiet=False)
    assert polku_server(tmp_path, *data, "deactivate-user", "--username", "aino").returncode == 0
    shown = _new_client_then_sync_until_wiped(window, monkeypatch, "Demo-Sent")
    assert "Changes not yet sent: 0" in shown and "Access-log entries not yet sent: 0" in shown
    held = polku_server(tmp_path, *data, "list-devices").stdout
    assert "REVOKED" in held
    device_id = held.split()[0]
    sent = polku_server(tmp_path, *data, "device-clients", "--device", device_id, "--names").stdout
    assert "Demo-Sent, Ifrah" in sent  # the client entered after the deactivation reached the server


def test_a_change_the_server_refuses_stays_readable_with_its_reason(
    qtbot, tmp_path: Path, server_url: str
) -> None:  # type: ignore[no-untyped-def]
    """A client entered for a municipality outside the user's caseload is refused by the server and
    dropped from the laptop's records, but what was typed is kept and shown with the reason."""
    polku_server(
        tmp_path,
        "--data-dir",
        str(tmp_path / "srv"),
        "create-user",
        "--username",
        "aino",
        "--role",
        "counsellor",
        "--municipality",
        "297",
        POLKU_PASSWORD=PASSWORD,
    )
    window = _window(qtbot, tmp_path)
    assert window.ws is not None and window.sync_bar is not None and window.workspace_view is not None
    create_client(
        window.ws,
        data=ClientInput(
            first_names="Leyla", last_name="Demo-Outside", home_municipality="204", phone="+358 40 1"
        ),
    )
    _connect(window, server_url)
    window.sync_bar.refresh()
    window.sync_bar.start(quiet=False)
    page = window.workspace_view.conflicts
    page.reload()
    assert page.refused_model.rowCount() == 1 and not page.refused_table.isHidden()
    cells = [page.refused_model.index(0, c).data() for c in range(5)]
    assert cells[:2] == ["Leyla Demo-Outside", "Client details"]  # the name it was entered with
    assert cells[3].startswith("Outside your caseload")
    assert "Last name: Demo-Outside" in cells[4] and "Phone: +358 40 1" in cells[4]
    assert "Home municipality: " in cells[4] and "204" not in cells[4]  # the municipality by its name
    assert "_" not in cells[4]
    page.refused_table.selectRow(0)
    assert not page.open_refused_client.isEnabled()  # the laptop dropped its copy: nothing to open
    page.copy_refused.click()
    assert "Demo-Outside" in QApplication.clipboard().text()
