"""Shared helpers of the sync tests (no tests here): a real server app in process, on SQLite or on a
fresh PostgreSQL database when ``POLKU_TEST_DATABASE_URL`` is set, and devices with real encrypted
profiles talking to it through an in-process HTTP client."""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.clients import ClientInput, create_client
from app.store.keyfile import KdfParams
from app.sync_service import sync_now
from app.workspace import Workspace, create_workspace
from models import SYNCED_MODELS
from sync.client.engine import SyncOptions, SyncReport, enroll
from sync.client.errors import TransportFailed
from sync.client.transport import HttpTransport, Reply, Transport, parse_reply
from sync.entities import specs, to_wire
from sync.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from sync.server import admin
from sync.server.app import create_app
from sync.server.db import Database, make_engine
from sync.server.settings import ServerSettings
from sync.server.tables import RowState

with warnings.catch_warnings():  # starlette's notice about httpx: the test client still works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSPHRASE = "correct horse battery staple"
PASSWORD = "server password 123"
FAST_KDF = KdfParams.fast_for_tests()
FAST = SyncOptions(push_batch=50, pull_limit=200, attempts=1, retry_delay=0.0)
PG_URL = os.environ.get("POLKU_TEST_DATABASE_URL", "")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (for a real server process)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_serving(
    url: str,
    proc: subprocess.Popen[Any],
    *,
    log: Path | None = None,
    verify: object = True,
    timeout: float = 120,
) -> None:
    """Poll ``url``/healthz until a ``polku-server serve`` process answers; if it exits first, fail
    with what it printed (its ``log`` file, or its piped output)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            printed = (
                log.read_text("utf-8", "replace")[-3000:]
                if log
                else proc.stdout.read()
                if proc.stdout
                else ""
            )
            raise AssertionError(f"the server exited ({proc.returncode}):\n{printed}")
        try:
            if httpx.get(f"{url}/healthz", verify=verify, timeout=2).status_code == 200:  # type: ignore[arg-type]
                return
        except httpx.HTTPError:
            time.sleep(0.1)  # the port does not answer yet
    raise AssertionError("the server did not start")


@contextmanager
def server_database(folder: Path, *, postgres: bool | None = None) -> Iterator[str]:
    """A database URL for one server: SQLite in ``folder``, or a new PostgreSQL database dropped after."""
    use_pg = bool(PG_URL) if postgres is None else postgres
    if not use_pg:
        folder.mkdir(parents=True, exist_ok=True)
        yield f"sqlite:///{folder / 'server.db'}"
        return
    name = f"polku_test_{uuid.uuid4().hex[:12]}"
    root = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with root.connect() as conn:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name}
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        root.dispose()


def data_dir_of(url: str) -> Path:
    """The server's data folder (its restore-detection key) for a test database: beside the SQLite
    file, or a temporary folder named after the PostgreSQL database (several apps on one database
    share it, like the workers of one server). Never inside the database, so a restore keeps it."""
    if url.startswith("sqlite"):
        return Path(url.split("///", 1)[1]).parent / "data"
    return Path(tempfile.gettempdir()) / f"polku-test-data-{make_url(url).database}"


class Server:
    """The real server app over a real database, reachable in process."""

    def __init__(self, url: str, **settings: Any) -> None:
        self.url = url
        settings.setdefault("data_dir", data_dir_of(url))
        self.settings = ServerSettings(database_url=url, throttle_base_seconds=0.0, **settings)
        self.db = Database(make_engine(url))
        self.app: FastAPI = create_app(self.settings, database=self.db)
        self.client = TestClient(self.app, base_url="http://testserver")

    def transport(self, **kwargs: Any) -> HttpTransport:
        return HttpTransport(client=self.client, **kwargs)

    def user(
        self, username: str, role: str = "counsellor", municipalities: tuple[str, ...] = ("297",)
    ) -> None:
        admin.create_user(
            self.db, username=username, password=PASSWORD, role=role, municipalities=list(municipalities)
        )

    def rows(self, entity: str | None = None) -> dict[tuple[str, str], RowState]:
        with Session(self.db.engine) as s:
            q = select(RowState)
            if entity:
                q = q.where(RowState.entity == entity)
            return {(r.entity, r.row_id): r for r in s.scalars(q)}

    def close(self) -> None:
        self.client.close()
        self.db.close()

    # A restore from backup: copy the database aside, later put that copy back.
    def snapshot(self, folder: Path) -> Any:
        if self.url.startswith("sqlite"):
            self.db.engine.dispose()
            src = Path(self.url.split("///", 1)[1])
            dst = folder / f"backup-{uuid.uuid4().hex[:6]}.db"
            with self.db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.engine.dispose()
            shutil.copy2(src, dst)
            return dst
        name = make_url(self.url).database
        copy = f"{name}_bk{uuid.uuid4().hex[:6]}"
        self.db.engine.dispose()
        root = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with root.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"'))
        root.dispose()
        return copy

    def discard(self, backup: Any) -> None:
        """A backup that will not be restored."""
        if self.url.startswith("sqlite"):
            Path(backup).unlink(missing_ok=True)
            return
        root = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{backup}"'))
        root.dispose()

    def restore(self, backup: Any) -> None:
        self.db.engine.dispose()
        if self.url.startswith("sqlite"):
            dst = Path(self.url.split("///", 1)[1])
            for suffix in ("-wal", "-shm"):
                Path(f"{dst}{suffix}").unlink(missing_ok=True)
            shutil.copy2(backup, dst)
            return
        name = make_url(self.url).database
        root = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with root.connect() as conn:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name}
            )
            conn.execute(text(f'DROP DATABASE "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{backup}"'))
            conn.execute(text(f'DROP DATABASE "{backup}"'))
        root.dispose()


@dataclass
class Device:
    ws: Workspace
    server: Server
    username: str
    options: SyncOptions = field(default_factory=lambda: FAST)
    transport: Transport | None = None

    def sync(self) -> SyncReport:
        return sync_now(self.ws, transport=self.transport or self.server.transport(), options=self.options)

    def close(self) -> None:
        self.ws.close()


@contextmanager
def counsellors_server(folder: Path, *usernames: str) -> Iterator[Server]:
    """An in-process server (SQLite in ``folder``, or the test PostgreSQL) with these counsellors."""
    with server_database(folder) as url:
        srv = Server(url)
        try:
            for name in usernames:
                srv.user(name)
            yield srv
        finally:
            srv.close()


def new_device(server: Server, folder: Path, username: str, **kwargs: Any) -> Device:
    ws = create_workspace(folder, PASSPHRASE, user=username, kdf=FAST_KDF)
    enroll(
        ws.engine, server.transport(), server_url="http://testserver", username=username, password=PASSWORD
    )
    return Device(ws, server, username, **kwargs)


def add_client(ws: Workspace, last_name: str = "Demo", municipality: str = "297", **extra: Any) -> str:
    data = ClientInput(
        first_names="Olena",
        last_name=last_name,
        home_municipality=municipality,
        date_of_birth=date(1990, 5, 1),
        **extra,
    )
    return create_client(ws, data=data).id


def local_view(ws: Workspace) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced row of a device as wire values (content, ``deleted`` and ``version``)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with ws.engine.connect() as conn:
        for model in SYNCED_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            cols = [*specs()[table.name].columns, "deleted", "version"]
            for row in conn.execute(select(table)).mappings():
                out[(table.name, row["id"])] = {c: to_wire(row[c]) for c in cols}
    return out


def server_view(server: Server, username: str, device_id: str = "") -> dict[tuple[str, str], dict[str, Any]]:
    """What the server holds for the rows ``username``'s device carries (the caseload less its
    closed cases put aside, plus those the device fetched back), in the same shape as ``local_view``."""
    from sync.server.scope import Scope
    from sync.server.tables import ClientScope, DeviceRecall, User

    with Session(server.db.engine) as s:
        user = s.get(User, username)
        assert user is not None
        scope = Scope.of(user)
        recalled = set(s.scalars(select(DeviceRecall.client_id).where(DeviceRecall.device_id == device_id)))
        rows = s.scalars(
            select(RowState)
            .join(ClientScope, ClientScope.client_id == RowState.client_id)
            .where(scope.carried(recalled))
        ).all()
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for r in rows:
            fields = {c: r.data.get(c) for c in specs()[r.entity].columns}
            out[(r.entity, r.row_id)] = {**fields, "deleted": r.deleted, "version": r.version}
        return out


def set_municipalities(server: Server, username: str, *municipalities: str) -> None:
    """An administrator changes whose clients a user serves (``polku-server set-municipalities``)."""
    admin.set_municipalities(server.db, username=username, municipalities=list(municipalities))


class EditsDuringPull:
    """Runs ``edit`` on the laptop right before its first pull request goes out: a change typed
    while the sync was pushing, so it is still unsent when the pull answers."""

    def __init__(self, inner: Transport, edit: Any) -> None:
        self.inner = inner
        self.edit = edit

    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        if path.endswith("/pull") and self.edit is not None:
            edit, self.edit = self.edit, None
            edit()
        return self.inner.request(method, path, **kwargs)


class RawTransport:
    """Speaks the protocol directly (custom headers), for tests of version handling."""

    def __init__(
        self, server: Server, protocol: int = PROTOCOL_VERSION, schema: int = SCHEMA_VERSION
    ) -> None:
        self.inner = HttpTransport(client=server.client, protocol=protocol, schema=schema)

    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        return self.inner.request(method, path, **kwargs)


FAULTS = ("drop_request", "drop_response", "duplicate", "503", "truncated", "timeout")


class FaultyTransport:
    """Between client and server: loses requests or answers, sends twice, answers 503, cuts bodies
    short, times out; ``rate`` of the requests meet one of ``FAULTS`` (seeded, reproducible)."""

    def __init__(
        self, inner: Transport, *, seed: int, rate: float = 0.3, faults: tuple[str, ...] = FAULTS
    ) -> None:
        self.inner = inner
        self.random = random.Random(seed)
        self.rate = rate
        self.faults = faults
        self.seen: dict[str, int] = {}

    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        fault = self.random.choice(self.faults) if self.random.random() < self.rate else None
        if fault is None:
            return self.inner.request(method, path, **kwargs)
        self.seen[fault] = self.seen.get(fault, 0) + 1
        if fault == "drop_request":
            raise TransportFailed("connection reset before sending")
        if fault == "503":
            return Reply(503, {"code": "unavailable", "message": "maintenance"}, {})
        reply = self.inner.request(method, path, **kwargs)  # the server did the work
        if fault == "duplicate":
            return self.inner.request(method, path, **kwargs)
        if fault == "truncated":
            raw = json.dumps(reply.body).encode()
            return parse_reply(reply.status, raw[: max(1, len(raw) // 2)], reply.headers)
        raise TransportFailed(f"{fault}: the answer never arrived")


class RecordingTransport:
    """Keeps the last push request and its answer, so a test can send it again."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.last_push: tuple[str, dict[str, Any], Any] | None = None

    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        reply = self.inner.request(method, path, **kwargs)
        if path.endswith("/push") and reply.status == 200:
            self.last_push = (path, kwargs, reply.body)
        return reply

    def replay_last_push(self) -> tuple[Any, Reply] | None:
        """Send the last push again, exactly; returns (the first answer, the new reply)."""
        if self.last_push is None:
            return None
        path, kwargs, first = self.last_push
        return first, self.inner.request("POST", path, **kwargs)


def run_machine(machine: type[Any], folder: Path, postgres: bool, examples: int, steps: int) -> None:
    """Run a Hypothesis state machine whose class has ``folder`` and ``postgres`` attributes, the
    same way for every sync state machine (POLKU_NO_SHRINK=1 skips shrinking a failure)."""
    from hypothesis import HealthCheck, Phase, settings
    from hypothesis.stateful import run_state_machine_as_test

    bound = type("Machine", (machine,), {"folder": folder, "postgres": postgres})
    run_state_machine_as_test(
        bound,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            phases=[Phase.explicit, Phase.generate] if os.environ.get("POLKU_NO_SHRINK") else list(Phase),
        ),
    )
