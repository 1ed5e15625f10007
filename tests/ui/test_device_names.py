"""Device names as IT sees them, against a real ``polku-server serve`` process: the connect dialog
offers the computer's name, the counsellor may type another, ``polku enroll`` uses the computer's
name unless told otherwise, and ``polku-server list-devices`` shows both laptops of one user by name."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from app.settings import Settings
from app.sync_service import device_identity
from app.workspace import create_workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.server import PASSWORD, polku, polku_server
from ui.about_dialog import AboutDialog
from ui.enroll_dialog import EnrollDialog

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def test_two_laptops_of_one_user_show_by_name(qtbot, tmp_path: Path, server_url: str) -> None:  # type: ignore[no-untyped-def]
    data = ["--data-dir", str(tmp_path / "srv")]
    made = polku_server(tmp_path, *data, "create-user", "--username", "aino", "--role", "counsellor",
                        "--municipality", "297", POLKU_PASSWORD=PASSWORD)  # fmt: skip
    assert made.returncode == 0, made.stderr

    # The first laptop connects from the window: the name field holds the computer's name.
    ws = create_workspace(
        tmp_path / "laptop1", PASSPHRASE, user="aino", kdf=FAST_KDF, recovery_public_key=None
    )
    settings = Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini")
    dialog = EnrollDialog(ws, settings)
    qtbot.addWidget(dialog)
    assert dialog.device_name.text() == socket.gethostname()
    dialog.server.setText(server_url)
    dialog.password.setText(PASSWORD)
    dialog.device_name.clear()
    qtbot.keyClicks(dialog.device_name, "Aino office laptop")
    dialog._on_ok()
    assert dialog.error.isHidden(), dialog.error.text()
    identity = device_identity(ws)
    assert identity is not None and identity[1] == "Aino office laptop"
    about = AboutDialog(ws)  # what IT reads off the laptop to find it in list-devices
    qtbot.addWidget(about)
    qtbot.waitUntil(lambda: about.facts is not None)
    assert about.values["name"].text() == "Aino office laptop"
    assert about.values["device"].text() == identity[0]
    ws.close()

    # The second one is enrolled by IT's script, without --device-name: the computer's name.
    folder = tmp_path / "laptop2"
    create_workspace(folder, PASSPHRASE, user="aino", kdf=FAST_KDF, recovery_public_key=None).close()
    done = polku(tmp_path, "enroll", "--profile", str(folder), "--server", server_url, "--username", "aino",
                 POLKU_PASSPHRASE=PASSPHRASE, POLKU_PASSWORD=PASSWORD)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"device name {socket.gethostname()}" in done.stdout

    listed = polku_server(tmp_path, *data, "list-devices").stdout.splitlines()
    rows = {line.split("\t")[2]: line.split("\t") for line in listed}
    assert set(rows) == {"Aino office laptop", socket.gethostname()}
    assert rows["Aino office laptop"][0] == identity[0]
    assert all(row[1] == "aino" and row[3] == "active" for row in rows.values())
