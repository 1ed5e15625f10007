"""A lost laptop, as IT handles it on the server: devices carry names (two laptops of one user are
told apart), ``polku-server device-clients`` lists exactly the clients whose data the server sent to
that device, and ``rename-device`` fixes a name. On SQLite, or PostgreSQL with
``POLKU_TEST_DATABASE_URL``."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text

from app.clients import update_client
from app.sync_service import SyncProblem, device_identity, enroll_device
from app.workspace import create_workspace
from sync.client.errors import TransportFailed
from sync.server.cli import main as server_main
from sync.server.db import alembic_config, make_engine, migrate
from tests.support.sync import (
    FAST_KDF,
    PASSPHRASE,
    PASSWORD,
    Device,
    Server,
    add_client,
    local_view,
    new_device,
    server_database,
)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        srv.user("anna")
        srv.user("ben", municipalities=("857",))
        srv.user("root", "admin", ("297", "857"))
        yield srv
        srv.close()


def _named_device(server: Server, folder: Path, username: str, name: str) -> Device:
    ws = create_workspace(folder, PASSPHRASE, user=username, kdf=FAST_KDF)
    enroll_device(
        ws,
        server_url="http://testserver",
        username=username,
        password=PASSWORD,
        device_name=name,
        transport=server.transport(),
    )
    return Device(ws, server, username)


def _admin(server: Server, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert server_main(["--database-url", server.url, *args]) == 0
    return capsys.readouterr().out


def _clients_on(device: Device) -> set[str]:
    return {row_id for entity, row_id in local_view(device.ws) if entity == "client"}


def _listed(out: str) -> set[str]:
    """Client ids of the held part of a device-clients listing (before any 'Sent earlier' part)."""
    held = out.split("Sent earlier")[0]
    return {line.split("\t")[0] for line in held.splitlines() if line.count("\t") >= 4} - {"client id"}


def _dropped(out: str) -> set[str]:
    part = out.split("Sent earlier")[1] if "Sent earlier" in out else ""
    return {line.split("\t")[0] for line in part.splitlines() if "\tdropped " in line}


def test_two_laptops_of_one_user_are_told_apart_by_name(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = _named_device(server, tmp_path / "a1", "anna", "KUO-LT-0142")
    home = _named_device(server, tmp_path / "a2", "anna", "KUO-LT-0177")
    ids = {}
    for device, name in ((office, "KUO-LT-0142"), (home, "KUO-LT-0177")):
        identity = device_identity(device.ws)
        assert identity is not None and identity[1] == name
        ids[name] = identity[0]
    out = _admin(server, capsys, "list-devices")
    lines = {line.split("\t")[2]: line.split("\t") for line in out.splitlines()}
    assert lines["KUO-LT-0142"][:2] == [ids["KUO-LT-0142"], "anna"]
    assert lines["KUO-LT-0177"][:2] == [ids["KUO-LT-0177"], "anna"]
    assert lines["KUO-LT-0177"][3] == "active"
    # IT renames one by its name; the same name on two devices is refused as ambiguous.
    assert "now named anna-home" in _admin(server, capsys, "rename-device", "--device", "KUO-LT-0177",
                                           "--name", "anna-home")  # fmt: skip
    assert "\tanna-home\t" in _admin(server, capsys, "list-devices")
    _admin(server, capsys, "rename-device", "--device", ids["KUO-LT-0142"], "--name", "anna-home")
    assert server_main(["--database-url", server.url, "device-clients", "--device", "anna-home"]) == 2
    assert "2 devices are named" in capsys.readouterr().err
    assert device_identity(create_workspace(tmp_path / "new", PASSPHRASE, user="x", kdf=FAST_KDF)) is None
    office.close()
    home.close()


def test_device_clients_lists_exactly_what_the_device_was_sent(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    office = _named_device(server, tmp_path / "a1", "anna", "anna-office")
    home = _named_device(server, tmp_path / "a2", "anna", "anna-home")
    ben = new_device(server, tmp_path / "b", "ben")
    root = new_device(server, tmp_path / "r", "root")
    first = [add_client(office.ws, "Demo-Aalto"), add_client(office.ws, "Demo-Berg")]
    add_client(ben.ws, "Demo-Other", municipality="857")  # never in anna's caseload
    for device in (office, ben, home):
        device.sync()
    later = add_client(office.ws, "Demo-Later")  # after the home laptop's last sync
    office.sync()

    out = _admin(server, capsys, "device-clients", "--device", "anna-home")
    assert "Device" in out and "anna-home" in out and "of anna" in out and "not revoked" in out
    assert _listed(out) == set(first) == _clients_on(home)
    assert "2 clients." in out
    assert "Demo-Aalto" not in out  # names only when asked for
    assert _listed(_admin(server, capsys, "device-clients", "--device", "anna-office")) == {*first, later}

    # A client moves to another municipality: the home laptop is told to drop it at its next sync.
    root.sync()
    update_client(root.ws, client_id=first[0], changes={"home_municipality": "857"})
    root.sync()
    home.sync()
    assert _clients_on(home) == {first[1], later}
    caplog.set_level(logging.INFO, logger="polku.server")
    out = _admin(server, capsys, "device-clients", "--device", "anna-home", "--names")
    assert _listed(out) == {first[1], later} == _clients_on(home)
    assert _dropped(out) == {first[0]}
    assert "Demo-Berg, Olena" in out and "Demo-Later, Olena" in out
    # The lookup is logged, without any client's name.
    assert "device-clients: device" in caplog.text and "names shown" in caplog.text
    assert "Demo-" not in caplog.text

    # Revoked: the listing says so (what IT records for the breach notification).
    _admin(server, capsys, "revoke-device", "--device-id", device_identity(home.ws)[0])  # type: ignore[index]
    assert "REVOKED" in _admin(server, capsys, "device-clients", "--device", "anna-home")
    for device in (office, home, ben, root):
        device.close()


def test_a_device_that_pulled_before_the_record_existed_gets_its_caseload_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Upgrading a server: devices that pulled before migration 0004 were sent clients nobody
    recorded; device-clients then lists the user's caseload and says that this is what it is."""
    with server_database(tmp_path / "old") as url:
        engine = make_engine(url)
        command.upgrade(alembic_config(engine), "0003")
        engine.dispose()
        server = Server(url)  # migrates to the head; the device below pulls afterwards
        server.user("anna")
        office = _named_device(server, tmp_path / "o", "anna", "anna-office")
        home = _named_device(server, tmp_path / "a", "anna", "anna-home")
        client = add_client(office.ws)
        office.sync()
        home.sync()
        with server.db.engine.begin() as conn:  # as migration 0004 leaves a device that had pulled
            conn.execute(text("DELETE FROM device_client"))
            conn.execute(text("UPDATE device SET clients_recorded = false"))
        out = _admin(server, capsys, "device-clients", "--device", "anna-home")
        assert "before the server recorded" in out and "caseload of anna" in out
        assert _listed(out) == {client}
        line = next(line for line in out.splitlines() if line.startswith(client))
        assert "not recorded" in line and line.endswith("\tno")
        server.close()
        # And the migration itself marks exactly the devices that had pulled.
        engine = make_engine(url)
        command.downgrade(alembic_config(engine), "0003")
        with engine.begin() as conn:
            conn.execute(text("UPDATE device SET last_pull_seq = 5"))
        migrate(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT clients_recorded FROM device")).scalar() in (False, 0)
        engine.dispose()
        home.close()
        office.close()


class _LosesPulls:
    """The connection drops after the push: the pull never reaches the server."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        if path.endswith("/pull"):
            raise TransportFailed("connection lost")
        return self.inner.request(method, path, **kwargs)


def test_a_client_the_device_sent_but_never_got_back_is_listed(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _named_device(server, tmp_path / "a", "anna", "anna-laptop")
    laptop.transport = _LosesPulls(server.transport())
    client = add_client(laptop.ws, "Demo-Pushed")
    with pytest.raises(SyncProblem):
        laptop.sync()
    assert ("client", client) in server.rows("client")  # the push got through
    out = _admin(server, capsys, "device-clients", "--device", "anna-laptop")
    assert _listed(out) == {client}
    line = next(line for line in out.splitlines() if line.startswith(client))
    assert "not recorded" in line and line.endswith("\tyes")  # sent by it, never pulled back
    laptop.close()
