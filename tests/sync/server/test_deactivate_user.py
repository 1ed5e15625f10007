"""``polku-server deactivate-user``: a counsellor leaves. Against a real ``polku-server serve`` process
over HTTP and real encrypted laptop profiles: the laptop's last sync sends every unsynced change
(several pushes), then it is refused with ``device_revoked`` and wiped as a revoked laptop is; the
user cannot sign in or enrol again until ``reactivate-user``. On SQLite, or PostgreSQL with
``POLKU_TEST_DATABASE_URL``."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import update_client
from app.meetings import add_note
from app.sync_service import (
    SyncProblem,
    device_identity,
    enroll_device,
    sync_now,
    unsynced_work,
    wipe_profile,
)
from app.workspace import Workspace, create_workspace
from sync.client.engine import SyncOptions
from sync.server import admin
from sync.server.cli import main as server_main
from sync.server.db import make_engine
from sync.server.tables import RowState
from tests.support.server import ServerProcess, serving
from tests.support.sync import (
    FAST_KDF,
    PASSPHRASE,
    PASSWORD,
    Server,
    add_client,
    local_view,
    server_database,
)

# Two entries a push: the last sync sends the outbox in several pushes before its pull is refused.
SMALL_PUSHES = SyncOptions(push_batch=2, pull_limit=200, attempts=1, retry_delay=0.0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with server_database(tmp_path / "db") as url, serving(
        tmp_path / "server-output.txt", database_url=url, data_dir=tmp_path / "data"
    ) as srv:  # fmt: skip
        yield srv


def _admin(server: ServerProcess, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert server_main(["--database-url", str(server.database_url), *args]) == 0
    return capsys.readouterr().out


def _laptop(server: ServerProcess, folder: Path, username: str = "aino") -> Workspace:
    ws = create_workspace(folder, PASSPHRASE, user=username, kdf=FAST_KDF)
    enroll_device(ws, server_url=server.url, username=username, password=PASSWORD, device_name=folder.name)
    return ws


def _server_rows(server: ServerProcess) -> dict[tuple[str, str], dict[str, object]]:
    engine = make_engine(str(server.database_url))
    try:
        with Session(engine) as s:
            return {(r.entity, r.row_id): r.data for r in s.scalars(select(RowState))}
    finally:
        engine.dispose()


def test_a_deactivated_counsellors_laptop_sends_its_work_then_is_wiped_and_cannot_enrol(
    server: ServerProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POLKU_PASSWORD", PASSWORD)
    _admin(
        server, capsys, "create-user", "--username", "aino", "--role", "counsellor", "--municipality", "297"
    )
    laptop = _laptop(server, tmp_path / "aino-laptop")
    spare = _laptop(server, tmp_path / "aino-spare")  # a second laptop with nothing to send
    client = add_client(laptop, "Demo-Kept")
    sync_now(laptop, options=SMALL_PUSHES)
    sync_now(spare, options=SMALL_PUSHES)
    # Work done offline, not yet on the server, when IT deactivates the user.
    update_client(laptop, client_id=client, changes={"first_names": "Demo-Changed"})
    note = add_note(laptop, client_id=client, text="Demo note written offline").id
    second = add_client(laptop, "Demo-Offline")
    assert unsynced_work(laptop).changes >= 3
    laptop_id = device_identity(laptop)[0]  # type: ignore[index]

    out = _admin(server, capsys, "deactivate-user", "--username", "aino")
    assert "aino deactivated" in out and "2 device(s) still enrolled" in out
    assert out.count("user deactivated: refused at its next sync") == 0
    assert _admin(server, capsys, "list-devices").count("user deactivated: refused at its next sync") == 2

    # The last sync: every change reaches the server, then the laptop is told to wipe itself.
    with pytest.raises(SyncProblem) as refused:
        sync_now(laptop, options=SMALL_PUSHES)
    assert refused.value.code == "device_revoked" and "deactivated" in str(refused.value)
    rows = _server_rows(server)
    assert rows[("client", client)]["first_names"] == "Demo-Changed"
    assert rows[("note", note)]["text"] == "Demo note written offline"
    assert ("client", second) in rows
    work = unsynced_work(laptop)
    assert work.nothing_to_lose, work  # what the window shows before it wipes: nothing is lost
    devices = _admin(server, capsys, "list-devices")
    assert (
        next(line for line in devices.splitlines() if line.startswith(laptop_id)).split("\t")[3] == "REVOKED"
    )
    # Revoked now: the next contact is refused at once, before anything is sent.
    add_client(laptop, "Demo-TooLate")
    with pytest.raises(SyncProblem) as again:
        sync_now(laptop, options=SMALL_PUSHES)
    assert again.value.code == "device_revoked"
    assert len(_server_rows(server)) == len(rows)
    folder = laptop.paths.folder
    laptop.close()
    wipe_profile(folder)
    assert [p for p in folder.rglob("*") if p.is_file()] == []
    # The laptop that had nothing to send is refused (and revoked) the same way.
    with pytest.raises(SyncProblem) as spare_refused:
        sync_now(spare, options=SMALL_PUSHES)
    assert spare_refused.value.code == "device_revoked"
    spare.close()

    # No sign-in: a clear message to whoever knows the password, the usual one to anyone else.
    fresh = create_workspace(tmp_path / "new-laptop", PASSPHRASE, user="aino", kdf=FAST_KDF)
    with pytest.raises(SyncProblem) as no_login:
        enroll_device(fresh, server_url=server.url, username="aino", password=PASSWORD)
    assert no_login.value.code == "user_deactivated"
    assert "deactivated on the server" in str(no_login.value)
    with pytest.raises(SyncProblem) as wrong:
        enroll_device(fresh, server_url=server.url, username="aino", password="not the password 123")
    assert wrong.value.code == "unauthorized" and "deactivated" not in str(wrong.value)

    # Reactivated: the user enrols a laptop again; the wiped laptop's device stays revoked.
    assert "aino may sign in again; 0 device(s)" in _admin(
        server, capsys, "reactivate-user", "--username", "aino"
    )
    enroll_device(fresh, server_url=server.url, username="aino", password=PASSWORD)
    sync_now(fresh, options=SMALL_PUSHES)
    assert {"Demo-Kept", "Demo-Offline"} <= {
        v["last_name"] for (e, _), v in local_view(fresh).items() if e == "client"
    }
    fresh.close()
    # The server said nothing about whom it refused.
    assert "aino" not in server.printed() and "Demo-" not in server.printed()
    for command in ("deactivate-user", "reactivate-user"):
        capsys.readouterr()
        assert server_main(["--database-url", str(server.database_url), command, "--username", "nobody"]) == 2
        assert capsys.readouterr().err.strip() == "polku-server: no user nobody"


def test_a_deactivated_administrator_is_refused_administration_but_still_gets_the_last_sync(
    tmp_path: Path,
) -> None:
    """Administration is refused at once, without revoking the laptop: its sync is still to come.
    Only the pull revokes it, and from then on everything is refused."""
    with server_database(tmp_path / "server") as url:
        server = Server(url)
        server.user("root", "admin", ("297",))
        t = server.transport()
        enrolled = t.request(
            "POST",
            "/api/v1/enroll",
            body={"username": "root", "password": PASSWORD, "device_id": str(uuid.uuid4())},
        )
        token = enrolled.body["token"]
        admin.deactivate_user(server.db, username="root")
        refused = t.request("GET", "/api/v1/admin/devices", token=token)
        assert (refused.status, refused.body["code"]) == (403, "forbidden")
        hello = t.request("GET", "/api/v1/hello", token=token)
        assert hello.status == 200  # not revoked by the refusal above
        pull = t.request("GET", "/api/v1/pull", params={"epoch": hello.body["epoch"]}, token=token)
        assert (pull.status, pull.body["code"]) == (403, "device_revoked")
        for method, path in (("GET", "/api/v1/hello"), ("GET", "/api/v1/admin/devices")):
            after = t.request(method, path, token=token)
            assert (after.status, after.body["code"]) == (403, "device_revoked")
        server.close()
