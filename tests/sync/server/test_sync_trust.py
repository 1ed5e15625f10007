"""What the server trusts from a device, against a real ``polku-server serve`` process over HTTP, on
SQLite or on PostgreSQL (``POLKU_TEST_DATABASE_URL``): the author of a change and the user of an
access-log entry come from the device's token, never from what the device writes in the body; an
access-log entry about a client out of reach is stored flagged, and answered byte for byte like
one about a client that does not exist. The same rules for every role:
``tests/sync/server/test_sync_authz.py``.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.sync_service import enroll_device, sync_now
from app.workspace import create_workspace
from models import Client
from sync.client.transport import HttpTransport
from sync.protocol import API, HEADER_PROTOCOL, HEADER_SCHEMA, PROTOCOL_VERSION, SCHEMA_VERSION
from sync.server.cli import main as server_main
from sync.server.tables import AccessLog, RowState
from tests.support.server import serving
from tests.support.sync import (
    FAST,
    FAST_KDF,
    PASSPHRASE,
    PASSWORD,
    add_client,
    server_database,
)
from tests.sync.server.test_sync_authz import Raw


@dataclass
class Served:
    url: str  # http://127.0.0.1:port
    database_url: str


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    """``polku-server serve`` in its own process over a fresh database, with its users made by
    ``polku-server create-user``: anna and mallory (counsellors of 297), office204 (office, 204)."""
    monkeypatch.setenv("POLKU_PASSWORD", PASSWORD)
    with server_database(tmp_path / "server") as url:
        env = {**os.environ, "POLKU_LOG_DIR": str(tmp_path / "server-logs")}
        with serving(tmp_path / "server-output.txt", database_url=url, env=env, timeout=60) as server:
            for name, role, muni in (
                ("anna", "counsellor", "297"),
                ("mallory", "counsellor", "297"),
                ("office204", "office", "204"),
            ):
                argv = ["--database-url", url, "create-user", "--username", name, "--role", role]
                assert server_main([*argv, "--municipality", muni]) == 0
            yield Served(server.url, url)


def _access_rows(database_url: str, device_id: str) -> list[AccessLog]:
    engine = create_engine(database_url)
    try:
        with Session(engine) as s:
            q = select(AccessLog).where(AccessLog.device_id == device_id).order_by(AccessLog.seq)
            return list(s.scalars(q))
    finally:
        engine.dispose()


def _row(database_url: str, entity: str, row_id: str) -> RowState | None:
    engine = create_engine(database_url)
    try:
        with Session(engine) as s:
            return s.get(RowState, (entity, row_id))
    finally:
        engine.dispose()


def test_a_device_cannot_write_as_another_user_over_http(served: Served, tmp_path: Path) -> None:
    """Mallory's device pushes an edit of anna's client and access-log entries, all claiming to be
    anna. The edit is applied (not lost) but stamped mallory and mallory's device, on the server and
    on anna's laptop after its sync; the access-log entries are stored as mallory's (anna's name
    kept only as the claim), the one about another municipality's client flagged ``outside_scope``,
    and its answer is byte for byte the answer about a client id that does not exist."""
    # anna's laptop: a real encrypted profile, enrolled and synced over HTTP.
    ws = create_workspace(tmp_path / "anna", PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None)
    try:
        cid = add_client(ws, last_name="Trustcase", municipality="297")
        enroll_device(ws, server_url=served.url, username="anna", password=PASSWORD)
        sync_now(ws, options=FAST)
        anna_device = ws.actor.device_id

        far = Raw(None, "office204", HttpTransport(served.url))
        far_id = str(uuid.uuid4())
        made = far.push(
            "client", far_id, "insert", {"first_names": "A", "last_name": "B", "home_municipality": "204"}
        )
        assert made["status"] == "applied"

        mallory = Raw(None, "mallory", HttpTransport(served.url))
        edit = mallory.push("client", cid, "update", {"phone": "+358 40 0000000"}, claimed_user="anna")
        assert edit["status"] == "applied"
        reply = mallory.push_access([mallory.access(cid, "anna"), mallory.access(far_id, "anna")])
        assert reply.status == 200 and reply.body["access_log_through"] == 2

        row = _row(served.database_url, "client", cid)
        assert row is not None and (row.changed_by, row.changed_device) == ("mallory", mallory.device_id)
        rows = _access_rows(served.database_url, mallory.device_id)
        assert [(r.user, r.claimed_user, r.client_id) for r in rows] == [
            ("mallory", "anna", cid),
            ("mallory", "anna", far_id),
        ]
        assert [set((r.flags or "").split()) for r in rows] == [
            {"user_claim_differs"},
            {"user_claim_differs", "outside_scope"},
        ]
        assert {r.user for r in _access_rows(served.database_url, anna_device)} == {"anna"}

        # anna's laptop receives the edit under its true author.
        sync_now(ws, options=FAST)
        with ws.session() as s:
            client = s.get(Client, cid)
            assert client is not None
            assert (client.phone, client.changed_by, client.changed_device) == (
                "+358 40 0000000",
                "mallory",
                mallory.device_id,
            )
    finally:
        ws.close()

    # No difference on the wire between a client out of reach and one that does not exist.
    answers = []
    for target in (far_id, str(uuid.uuid4())):
        fresh = Raw(None, "mallory", HttpTransport(served.url))
        body = {"epoch": fresh.epoch, "access_log": [fresh.access(target, "anna")]}
        resp = httpx.post(
            f"{served.url}{API}/push",
            json=body,
            headers={
                HEADER_PROTOCOL: str(PROTOCOL_VERSION),
                HEADER_SCHEMA: str(SCHEMA_VERSION),
                "Authorization": f"Bearer {fresh.token}",
            },
        )
        # The progress proof is signed for each device (a fresh one here): the rest must be the same bytes.
        content = re.sub(rb'"acked_proof":"[^"]*"', b'"acked_proof":"(this device)"', resp.content)
        answers.append((resp.status_code, content))
    assert answers[0] == answers[1]
    assert answers[0][0] == 200


# -- plain HTTP (issue 13, item 6) ----------------------------------------------------------------


def _polku(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """A ``polku`` command as ``polku`` runs it (its error handling), in this process."""
    import logging

    import app.cli as cli

    level = logging.getLogger().level
    capsys.readouterr()
    code = cli.run_command(cli.build_parser().parse_args(list(argv)))
    logging.getLogger().setLevel(level)
    out = capsys.readouterr()
    return code, out.out + out.err


def _devices(database_url: str) -> int:
    from sqlalchemy import func

    from sync.server.tables import Device

    engine = create_engine(database_url)
    try:
        with Session(engine) as s:
            return int(s.scalar(select(func.count()).select_from(Device)) or 0)
    finally:
        engine.dispose()


def test_plain_http_is_refused_except_to_this_computer_or_when_it_allows_it(
    served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real server answers on 127.0.0.1 and under this machine's name. ``polku enroll`` over
    plain HTTP to the name is refused (exit 2, the reason in words, nothing sent, not even with the
    user's own polku.ini saying yes); IT's ``[sync] allow_plain_http = true`` in the machine-wide file
    lets it enrol and sync; when IT takes it back, the next ``polku sync`` is refused the same way.
    To 127.0.0.1 plain HTTP needs no permission."""
    import socket

    name = socket.gethostname()
    try:
        loopback = ipaddress_is_loopback(socket.gethostbyname(name))
    except OSError:
        loopback = False
    if not loopback or name.lower() == "localhost":
        pytest.skip("this machine's name does not lead to 127.0.0.1")
    port = served.url.rsplit(":", 1)[1]
    by_name = f"http://{name}:{port}"
    machine = tmp_path / "machine.ini"
    user_dir = tmp_path / "user-config"
    user_dir.mkdir()
    (user_dir / "polku.ini").write_text("[sync]\nallow_plain_http = true\n", "utf-8")  # not the user's call
    monkeypatch.setenv("POLKU_MACHINE_CONFIG", str(machine))
    monkeypatch.setenv("POLKU_CONFIG_DIR", str(user_dir))
    monkeypatch.setenv("POLKU_PASSWORD", PASSWORD)
    monkeypatch.setenv("POLKU_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "laptop"
    create_workspace(folder, PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None).close()
    enroll = ("enroll", "--profile", str(folder), "--server", by_name, "--username", "anna")

    code, output = _polku(capsys, *enroll)
    assert code == 2 and "plain HTTP" in output and "allow_plain_http" in output, output
    assert _devices(served.database_url) == 0  # nothing reached the server

    machine.write_text("[sync]\nallow_plain_http = true\n", "utf-8")
    assert _polku(capsys, *enroll)[0] == 0
    assert _polku(capsys, "sync", "--profile", str(folder))[0] == 0
    assert _devices(served.database_url) == 1

    machine.write_text("[sync]\nallow_plain_http = false\n", "utf-8")  # IT changed its mind
    code, output = _polku(capsys, "sync", "--profile", str(folder))
    assert code == 2 and "plain HTTP" in output, output

    # To this computer itself, plain HTTP needs no permission.
    other = tmp_path / "laptop2"
    create_workspace(other, PASSPHRASE, user="mallory", kdf=FAST_KDF, recovery_public_key=None).close()
    local_url = f"http://127.0.0.1:{port}"
    assert (
        _polku(capsys, "enroll", "--profile", str(other), "--server", local_url, "--username", "mallory")[0]
        == 0
    )
    assert _polku(capsys, "sync", "--profile", str(other))[0] == 0


def ipaddress_is_loopback(address: str) -> bool:
    import ipaddress

    return ipaddress.ip_address(address).is_loopback


@pytest.mark.parametrize(
    ("url", "refused"),
    [
        ("https://polku.example.fi", None),
        ("https://polku.example.fi:8443/", None),
        ("http://localhost:8443", None),
        ("http://LOCALHOST", None),
        ("http://127.0.0.1:8443", None),
        ("http://127.1.2.3", None),
        ("http://[::1]:8443", None),
        ("http://polku.example.fi", "plain_http"),
        ("http://10.0.0.5:8443", "plain_http"),
        ("http://localhost.example.fi", "plain_http"),
        ("http://127.0.0.1.example.fi", "plain_http"),
        ("http://[::2]", "plain_http"),
        ("ftp://polku.example.fi", "scheme"),
        ("polku.example.fi", "scheme"),
        ("https://", "scheme"),
    ],
)
def test_which_server_addresses_are_accepted(url: str, refused: str | None, tmp_path: Path) -> None:
    from app.errors import InsecureServerAddress
    from app.settings import Settings
    from app.sync_service import check_server_address

    settings = Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini")
    if refused is None:
        check_server_address(url, settings)
        return
    with pytest.raises(InsecureServerAddress) as err:
        check_server_address(url, settings)
    assert err.value.reason == refused
    (tmp_path / "m.ini").write_text("[sync]\nallow_plain_http = yes\n", "utf-8")
    allowed = Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini")
    if refused == "plain_http":
        check_server_address(url, allowed)  # IT may allow plain HTTP; never another scheme
    else:
        with pytest.raises(InsecureServerAddress):
            check_server_address(url, allowed)


def test_the_enroll_dialog_shows_the_refusal_in_the_user_s_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The connect dialog refuses a plain-HTTP address with the reason in words, in Finnish and in
    Swedish, and keeps the dialog open; nothing is sent."""
    from app.settings import Settings
    from ui import i18n
    from ui.enroll_dialog import EnrollDialog
    from ui.runner import ImmediateRunner, Runner, set_runner

    ws = create_workspace(
        tmp_path / "laptop", PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None
    )
    settings = Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini")
    set_runner(ImmediateRunner())
    try:
        texts = {}
        for lang in ("fi", "sv", "en"):
            i18n.set_language(lang)
            dialog = EnrollDialog(ws, settings)
            qtbot.addWidget(dialog)
            dialog.server.setText("http://polku.example.fi")
            dialog.password.setText(PASSWORD)
            dialog._on_ok()
            assert not dialog.error.isHidden() and dialog.result() == 0
            texts[lang] = dialog.error.text()
        assert "HTTP" in texts["en"] and "allow_plain_http" in texts["en"]
        assert "salaamaton" in texts["fi"].lower() and "okrypterad" in texts["sv"].lower()
        assert len(set(texts.values())) == 3
    finally:
        i18n.set_language("en")
        set_runner(Runner())
        ws.close()


def test_views_of_clients_made_offline_are_not_flagged(tmp_path: Path) -> None:
    """A laptop makes more clients offline than one push carries; its access-log entries about them
    go with the last batch of changes, so none is flagged as outside the caseload, and the server
    holds every entry once under the laptop's user."""
    from tests.support.sync import Server, new_device

    with server_database(tmp_path / "server") as url:
        server = Server(url)
        server.user("anna")
        device = new_device(server, tmp_path / "anna", "anna")
        try:
            for i in range(FAST.push_batch + 10):
                add_client(device.ws, last_name=f"Offline{i}")
            device.sync()
            rows = _access_rows(url, device.ws.actor.device_id)
            with device.ws.session() as s:
                from sqlalchemy import func

                from models import AccessLogEntry

                logged = s.scalar(select(func.count()).select_from(AccessLogEntry))
            assert len(rows) == logged and logged >= FAST.push_batch + 10
            assert {(r.user, r.flags) for r in rows} == {("anna", None)}
        finally:
            device.close()
            server.close()
