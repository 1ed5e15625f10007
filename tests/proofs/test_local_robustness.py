"""The laptop keeps everything through a full disk and through a server (or something posing as one)
that answers nonsense: the user gets a clear error, nothing saved before is lost, and the next save
or sync with a good server works.

Already proved elsewhere (not repeated here): a damaged, truncated, zeroed or foreign database file,
a damaged or missing key file, a wrong passphrase (``tests/app/test_store.py``); lost, duplicated, 503,
cut-short and timed-out answers in random mixes (``tests/sync/client/test_sync_faults.py``,
``tests/support/sync.py::FaultyTransport``); SIGKILL while saving (``tests/proofs/test_crash.py``).
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import ClientInput, create_client, get_client, update_client
from app.errors import DiskFull
from app.meetings import add_note, notes_for_client
from app.store.engine import integrity_problems
from app.store.migrate import backup_database
from app.store.profile import change_passphrase
from app.sync_service import SyncProblem, sync_now
from app.workspace import Workspace, create_workspace, open_workspace
from models import Client, Note, OutboxEntry
from sync.client import bookkeeping as local
from sync.client.engine import SyncOptions
from sync.client.transport import HttpTransport
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.sync import (
    Device,
    Server,
    add_client,
    local_view,
    new_device,
    server_database,
    server_view,
)

# -- a full disk ---------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs: a disk that really fills up (needs root on Linux; skipped elsewhere)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("a small disk is a tmpfs mount, which needs root on Linux")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def _fill(folder: Path) -> Path:
    """Write one file until the disk has no byte left; returns it (delete it to free the space)."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as fh:
        for size in (1 << 16, 512, 1):
            try:
                while True:
                    fh.write(b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    return filler


LONG_NOTE = ("Pitkä muistiinpano tapaamisesta. " * 600).strip()  # about 20 kB: several new database pages


def test_a_full_disk_is_a_clear_error_and_nothing_is_lost(small_disk: Path) -> None:
    folder = small_disk / "profile"
    ws = create_workspace(folder, PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None)
    cid = create_client(
        ws, data=ClientInput(first_names="Olena", last_name="Demo-Disk", home_municipality="297")
    ).id
    add_note(ws, client_id=cid, text="saved before the disk filled up")
    ws.close()  # checkpointed: the WAL starts empty, so the next commit needs new space
    ws = open_workspace(folder, PASSPHRASE, recovery_public_key=None)
    filler = _fill(small_disk)
    try:
        with pytest.raises(DiskFull):
            update_client(ws, client_id=cid, changes={"address": "Kauppakatu 9"})
        with pytest.raises(DiskFull):
            add_note(ws, client_id=cid, text=LONG_NOTE)
        # Everything saved before is still there, in the same unlocked session. (Read directly: every
        # service read also writes its access-log row, so on a full disk it is refused like a save.)
        with pytest.raises(DiskFull):
            get_client(ws, client_id=cid)
        with Session(ws.engine) as s:
            assert list(s.scalars(select(Note.text))) == ["saved before the disk filled up"]
            assert s.scalars(select(Client.address)).one() is None
        with pytest.raises(DiskFull):  # a migration's backup copy: refused whole, no partial file
            backup_database(ws.engine, ws.paths.database, label="full")
        assert not list((folder / "backups").glob("*.db"))
        # The passphrase change writes the key file: refused, and the old passphrase still opens.
        with pytest.raises(DiskFull):
            change_passphrase(folder, PASSPHRASE, "a brand new passphrase", kdf=FAST_KDF)
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    finally:
        filler.unlink()
    # With space again, the same edit is saved.
    update_client(ws, client_id=cid, changes={"address": "Kauppakatu 9"})
    add_note(ws, client_id=cid, text=LONG_NOTE)
    ws.close()
    ws = open_workspace(folder, PASSPHRASE, recovery_public_key=None)
    try:
        assert integrity_problems(ws.engine, full=True) == []
        assert sorted(n.text for n in notes_for_client(ws, client_id=cid)) == sorted(
            ["saved before the disk filled up", LONG_NOTE]
        )
        assert get_client(ws, client_id=cid).data.address == "Kauppakatu 9"
        with Session(ws.engine) as s:  # exactly one outbox entry per saved change, none for the refused
            ops = [e.entity for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))]
        assert ops == ["client", "note", "client", "note"]
    finally:
        ws.close()


@pytest.mark.parametrize("room", [0, 256 * 1024], ids=["full-before-opening", "full-while-writing"])
def test_a_full_disk_in_a_command_is_a_message_not_a_traceback(
    small_disk: Path, room: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``polku demo-data`` on a full disk: opening (SQLite says only "disk I/O error" there) or
    writing fails with the disk-full message and exit code 2, and the profile is unharmed."""
    import app.cli as cli

    folder = small_disk / "profile"
    create_workspace(folder, PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None).close()
    filler = _fill(small_disk)
    os.truncate(filler, filler.stat().st_size - room)
    monkeypatch.setenv("POLKU_PASSPHRASE", PASSPHRASE)
    args = cli.build_parser().parse_args(["demo-data", "--profile", str(folder), "--clients", "200"])
    try:
        code = cli.run_command(args)
    finally:
        filler.unlink()
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR, err
    assert "disk is full" in err and "Traceback" not in err
    ws = open_workspace(folder, PASSPHRASE, recovery_public_key=None)
    try:
        assert integrity_problems(ws.engine, full=True) == []
    finally:
        ws.close()


# -- malformed server answers --------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    body: bytes
    content_type: str = "application/json"


Mangle = Callable[[dict[str, Any], Answer, "Proxy"], Answer | None]


@dataclass
class Proxy:
    """A real HTTP server in a thread between the laptop and the real server app. Requests to
    ``endpoint`` get their answer from ``mangle`` (given the query and the real answer); returning
    None means the mangle wrote the answer itself (slowly)."""

    server: Server
    endpoint: str
    mangle: Mangle
    calls: int = 0
    client_hung_up: bool = False
    finished: threading.Event = field(default_factory=threading.Event)
    httpd: ThreadingHTTPServer | None = None

    def start(self) -> str:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: Any) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {
                    k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")
                }
                real = proxy.server.client.request(self.command, self.path, content=body, headers=headers)
                answer = Answer(real.status_code, real.content, real.headers.get("content-type", ""))
                path, _, query = self.path.partition("?")
                if path.endswith("/" + proxy.endpoint):
                    proxy.calls += 1
                    params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
                    mangled = proxy.mangle(params, answer, proxy)
                    if mangled is None:
                        proxy.trickle(self)
                        return
                    answer = mangled
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = _forward

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def trickle(self, handler: BaseHTTPRequestHandler, total: int = 80, pause: float = 0.25) -> None:
        """Headers at once, then one byte of a never-valid body every ``pause`` seconds."""
        try:
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(total))
            handler.end_headers()
            for _ in range(total):
                handler.wfile.write(b" ")
                handler.wfile.flush()
                time.sleep(pause)
        except OSError:
            self.client_hung_up = True
        finally:
            self.finished.set()

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()


def _html(_q: dict[str, Any], _a: Answer, _p: Proxy) -> Answer:
    return Answer(200, b"<!DOCTYPE html><html><body>Welcome to the captive portal</body></html>", "text/html")


def _truncated(_q: dict[str, Any], a: Answer, _p: Proxy) -> Answer:
    return Answer(a.status, a.body[: len(a.body) // 2])


def _wrong_types(_q: dict[str, Any], a: Answer, _p: Proxy) -> Answer:
    page = json.loads(a.body)
    page["cursor"], page["items"] = "yesterday", {"not": "a list"}
    return Answer(a.status, json.dumps(page).encode())


def _unknown_entity(_q: dict[str, Any], a: Answer, _p: Proxy) -> Answer:
    """A row of an entity this build does not know (a newer server within protocol 1)."""
    page = json.loads(a.body)
    assert page["items"], "the page should carry rows to copy"
    alien = dict(page["items"][0], entity="spaceship", row_id="a1b2c3", fields={"warp": 9})
    page["items"].insert(0, alien)
    return Answer(a.status, json.dumps(page).encode())


def _cursor_backwards(q: dict[str, Any], a: Answer, p: Proxy) -> Answer:
    if p.calls > 20:  # a client that never notices would loop; stop it here so the test ends
        return Answer(503, b'{"code": "unavailable", "message": "stop", "details": {}}')
    page = json.loads(a.body)
    page["cursor"], page["has_more"] = max(0, int(q.get("cursor", "0")) - 1), True
    return Answer(a.status, json.dumps(page).encode())


def _error_body_with_200(_q: dict[str, Any], _a: Answer, _p: Proxy) -> Answer:
    return Answer(200, b'{"code": "invalid", "message": "entries: field required", "details": {}}')


def _huge(_q: dict[str, Any], _a: Answer, _p: Proxy) -> Answer:
    return Answer(200, b'{"epoch": "' + b"x" * (12 * 1024 * 1024) + b'"}')


def _slow(_q: dict[str, Any], _a: Answer, _p: Proxy) -> None:
    return None


# (case, endpoint whose answer is spoiled, how, the SyncProblem code the user gets)
CASES: list[tuple[str, str, Mangle, str]] = [
    ("html-instead-of-json", "hello", _html, "transport"),
    ("truncated-json", "pull", _truncated, "transport"),
    ("json-with-wrong-types", "pull", _wrong_types, "transport"),
    ("error-body-with-200", "push", _error_body_with_200, "transport"),
    ("huge-body", "hello", _huge, "transport"),
    ("slow-trickle", "hello", _slow, "transport"),
]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Server, Device]]:
    """Anna's laptop, enrolled, with one synced client."""
    with server_database(tmp_path / "server") as url:
        server = Server(url)
        server.user("anna")
        anna = new_device(server, tmp_path / "anna", "anna")
        try:
            add_client(anna.ws, last_name="Demo-Synced")
            anna.sync()
            yield server, anna
        finally:
            anna.close()
            server.close()


def _unsent_work(anna: Device, label: str) -> None:
    """An edit, a note and a new client, not yet sent: the push has work, the pull brings it back."""
    with Session(anna.ws.engine) as s:
        cid = s.scalars(select(Client.id).where(Client.last_name == "Demo-Synced")).one()
    update_client(anna.ws, client_id=cid, changes={"phone": f"+358 40 {len(label)}"})
    add_note(anna.ws, client_id=cid, text=f"note before {label}")
    add_client(anna.ws, last_name=f"Demo-{label}")


def _state(ws: Workspace) -> tuple[Any, ...]:
    """The laptop's records (their content: a push answered before a bad pull page may have set
    their server versions), its outbox and its pull cursor."""
    rows = {key: {f: v for f, v in row.items() if f != "version"} for key, row in local_view(ws).items()}
    with Session(ws.engine) as s:
        outbox = [(e.seq, e.entity, e.row_id, e.fields) for e in s.scalars(select(OutboxEntry))]
        cursor = local.get_int(s, local.CURSOR)
    return rows, outbox, cursor


def _bad_sync(server: Server, anna: Device, endpoint: str, mangle: Mangle) -> tuple[SyncProblem, Proxy]:
    proxy = Proxy(server, endpoint, mangle)
    transport = HttpTransport(proxy.start(), timeout=5.0, deadline=2.0, max_answer_bytes=4 * 1024 * 1024)
    try:
        with pytest.raises(SyncProblem) as err:
            sync_now(anna.ws, transport=transport, options=SyncOptions(attempts=1, retry_delay=0.0))
    finally:
        transport.close()
        proxy.stop()
    return err.value, proxy


def _converges(server: Server, anna: Device, label: str) -> None:
    anna.sync()
    anna.sync()
    assert local_view(anna.ws) == server_view(server, "anna"), label
    with Session(anna.ws.engine) as s:
        assert local.unsent_count(s) == 0, label
    assert f"Demo-{label}" in {row.data["last_name"] for row in server.rows("client").values()}


def test_malformed_answers_are_clear_errors_that_change_nothing(world: tuple[Server, Device]) -> None:
    """Each spoiled answer in turn (a real HTTP server in between): the sync stops with the sync
    layer's error, the records, outbox and cursor are as they were, and the next sync with the real
    server sends and receives everything."""
    server, anna = world
    for label, endpoint, mangle, code in CASES:
        _unsent_work(anna, label)
        before = _state(anna.ws)
        error, proxy = _bad_sync(server, anna, endpoint, mangle)
        assert (error.code, proxy.calls >= 1) == (code, True), f"{label}: {error}"
        if mangle is _huge:
            assert "too large" in str(error), label
        if mangle is _slow:
            assert proxy.finished.wait(30)
            assert proxy.client_hung_up, "the client waited for the whole trickle"
        assert _state(anna.ws) == before, label
        _converges(server, anna, label)


def test_a_pull_cursor_going_backwards_is_a_protocol_error(world: tuple[Server, Device]) -> None:
    server, anna = world
    _unsent_work(anna, "backwards")
    error, proxy = _bad_sync(server, anna, "pull", _cursor_backwards)
    assert proxy.calls <= 2, f"the client asked {proxy.calls} times for a page behind its cursor"
    assert error.code == "protocol", str(error)
    _converges(server, anna, "backwards")


def test_rows_of_an_unknown_entity_are_skipped_and_the_rest_applies(world: tuple[Server, Device]) -> None:
    """Protocol 1 may add entities: an older laptop skips rows it cannot store and keeps syncing."""
    server, anna = world
    _unsent_work(anna, "alien")
    proxy = Proxy(server, "pull", _unknown_entity)
    transport = HttpTransport(proxy.start(), timeout=5.0, deadline=10.0)
    try:
        sync_now(anna.ws, transport=transport, options=SyncOptions(attempts=1, retry_delay=0.0))
    finally:
        transport.close()
        proxy.stop()
    assert proxy.calls >= 1
    assert local_view(anna.ws) == server_view(server, "anna")
    with Session(anna.ws.engine) as s:
        assert local.unsent_count(s) == 0
