"""Shared pieces of the hostile-input tests (no tests here): a real ``polku-server serve`` process with a
small body limit and enrolled device and administrator tokens (the module-scoped ``live`` fixture),
hostile strings, and the checks every answer must pass."""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.sync_service import sync_now
from app.workspace import Workspace, create_workspace
from sync.client.engine import enroll
from sync.client.transport import HttpTransport
from sync.protocol import HEADER_PROTOCOL, HEADER_SCHEMA
from sync.server import admin
from sync.server.db import Database, make_engine, migrate
from sync.server.tables import RowState
from tests.support.server import ServerProcess
from tests.support.sync import (
    FAST,
    FAST_KDF,
    PASSPHRASE,
    PASSWORD,
    add_client,
    server_database,
)

with warnings.catch_warnings():  # starlette's notice about httpx: the test client still works
    warnings.simplefilter("ignore")

BODY_LIMIT = 256 * 1024  # the test server's POLKU_SERVER_MAX_BODY_BYTES
VERSIONS = {HEADER_PROTOCOL: "1", HEADER_SCHEMA: "1"}
SQL = ["'; DROP TABLE app_user; --", "1 OR 1=1", "' OR '1'='1", '"; DELETE FROM row_state; --']
SCRIPT = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']
HOSTILE = SQL + SCRIPT
TABLES = (
    "app_user",
    "device",
    "row_state",
    "row_revision",
    "mutation_result",
    "conflict",
    "access_log",
    "ref_data",
    "client_scope",
)
# Text a response or the server's log must never hold.
TRACEBACK_MARKERS = ("Traceback", 'File "', "sqlalchemy.exc", "psycopg")


@dataclass
class Live:
    """A real ``polku-server serve`` process, its database, and two enrolled tokens."""

    base: str
    db: Database
    server: ServerProcess
    log_path: Path
    folder: Path
    tokens: dict[str, str] = field(default_factory=dict)
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=60))
    device: Workspace | None = None

    def headers(self, who: str | None = "device", **extra: str) -> dict[str, str]:
        out = dict(VERSIONS)
        if who:
            out["Authorization"] = f"Bearer {self.tokens[who]}"
        return {**out, **extra}

    def request(self, method: str, path: str, who: str | None = "device", **kwargs: Any) -> httpx.Response:
        headers = self.headers(who, **kwargs.pop("headers", {}))
        return self.http.request(method, f"{self.base}{path}", headers=headers, **kwargs)

    def hello(self, who: str = "device") -> dict[str, Any]:
        reply = self.request("GET", "/api/v1/hello", who)
        assert reply.status_code == 200, reply.text
        return dict(reply.json())

    def push(self, entries: list[dict[str, Any]], **body: Any) -> httpx.Response:
        hello = self.hello()
        for i, entry in enumerate(entries):
            entry.setdefault("seq", hello["device_last_seq"] + 1 + i)
        payload = {"epoch": hello["epoch"], "entries": entries, **body}
        return self.request("POST", "/api/v1/push", json=payload)

    def counts(self) -> dict[str, int]:
        with Session(self.db.engine) as s:
            return {t: int(s.scalar(text(f"SELECT count(*) FROM {t}")) or 0) for t in TABLES}

    def log(self) -> str:
        return self.log_path.read_text("utf-8", errors="replace")

    def sync_still_works(self) -> None:
        """A real client adds a client and syncs; the server has it afterwards."""
        assert self.server.proc is not None and self.server.proc.poll() is None, "the server process died"
        assert self.device is not None
        name = f"Check{uuid.uuid4().hex[:8]}"
        client_id = add_client(self.device, last_name=name)
        report = sync_now(self.device, transport=HttpTransport(self.base), options=FAST)
        assert report is not None
        with Session(self.db.engine) as s:
            row = s.get(RowState, ("client", client_id))
            assert row is not None and row.data["last_name"] == name


def entry(**overrides: Any) -> dict[str, Any]:
    """A valid insert of a new client in Kuopio (297), the counsellor's municipality."""
    out: dict[str, Any] = {
        "mutation_id": str(uuid.uuid4()),
        "entity": "client",
        "row_id": str(uuid.uuid4()),
        "op": "insert",
        "base_version": 0,
        "fields": {"first_names": "Olena", "last_name": "Demo", "home_municipality": "297"},
        "device_time": "2026-01-01T10:00:00",
        "user": "anna",
    }
    out.update(overrides)
    return out


def assert_error(
    reply: httpx.Response, status: int, code: str, *, leaked: tuple[str, ...] = (), case: str = ""
) -> dict[str, Any]:
    """A clear refusal: the status, the protocol's error shape, no traceback, none of ``leaked`` echoed."""
    assert reply.status_code == status, (case, reply.status_code, reply.text[:500])
    assert reply.headers["content-type"].startswith("application/json")
    body = reply.json()
    assert set(body) == {"code", "message", "details"}, body
    assert body["code"] == code and body["message"], body
    for marker in TRACEBACK_MARKERS:
        assert marker not in reply.text
    for value in leaked:
        assert value not in reply.text, "the error echoed what was sent"
    return dict(body)


def assert_clean_log(live: Live, *hostile: str) -> None:
    log = live.log()
    for marker in TRACEBACK_MARKERS:
        assert marker not in log, log[-3000:]
    for value in hostile:
        assert value not in log, "the server logged request data"


def start_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    folder = tmp_path_factory.mktemp("hostile")
    with server_database(folder / "db") as url:
        db = Database(make_engine(url))
        migrate(db.engine)
        admin.create_user(db, username="anna", password=PASSWORD, role="counsellor", municipalities=["297"])
        admin.create_user(db, username="root", password=PASSWORD, role="admin", municipalities=[])
        log_path = folder / "server.log"
        env = {
            **os.environ,
            "POLKU_SERVER_DATABASE_URL": url,
            "POLKU_SERVER_DATA_DIR": str(folder / "data"),
            "POLKU_SERVER_MAX_BODY_BYTES": str(BODY_LIMIT),
            "POLKU_SERVER_THROTTLE_BASE_SECONDS": "0",  # fuzzed logins must not lock the tests out
            "POLKU_LOG_DIR": str(folder / "logs"),
        }
        server = ServerProcess(log_path, args=("--log-level", "info"), env=env)
        live = Live(server.url, db, server, log_path, folder)
        try:
            server.start(timeout=60)
            for who, username in (("device", "anna"), ("admin", "root")):
                reply = live.http.post(
                    f"{live.base}/api/v1/enroll",
                    headers=VERSIONS,
                    json={"username": username, "password": PASSWORD, "device_id": str(uuid.uuid4())},
                )
                assert reply.status_code == 200, reply.text
                live.tokens[who] = reply.json()["token"]
            live.device = create_workspace(folder / "laptop", PASSPHRASE, user="anna", kdf=FAST_KDF)
            enroll(
                live.device.engine,
                HttpTransport(live.base),
                server_url=live.base,
                username="anna",
                password=PASSWORD,
            )
            yield live
        finally:
            if live.device is not None:
                live.device.close()
            live.http.close()
            server.stop()
            db.close()
