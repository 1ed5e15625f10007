"""Hostile input against the real sync server (``polku-server serve`` over HTTP, SQLite or PostgreSQL).

Two halves:

- Schemathesis fuzzes every operation of the server's own OpenAPI document, without a token, with a
  counsellor's device token and with an administrator's, in positive and negative mode: no 5xx, only
  documented status codes, bodies that match the documented schemas, and no traceback anywhere.
- Hand-written cases each get a clear 4xx in the protocol's error shape (``code``, ``message``,
  ``details``), nothing of the bad request is stored, the server's log holds neither a traceback nor the
  hostile text, and a normal sync by the real client still works afterwards.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.clients import list_clients
from app.sync_service import sync_now
from app.workspace import Workspace, create_workspace
from sync.client.engine import enroll
from sync.client.transport import HttpTransport
from sync.entities import specs
from sync.protocol import HEADER_PROTOCOL, HEADER_SCHEMA
from sync.server import admin
from sync.server.api.guard import DropAsgiTraceback
from sync.server.app import create_app
from sync.server.db import Database, make_engine, migrate
from sync.server.settings import ServerSettings
from sync.server.tables import RowState
from tests.test_sync_support import (
    FAST,
    FAST_KDF,
    PASSPHRASE,
    PASSWORD,
    add_client,
    free_port,
    server_database,
    wait_until_serving,
)

with warnings.catch_warnings():  # starlette's notice about httpx: the test client still works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

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
    proc: subprocess.Popen[bytes]
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
        assert self.proc.poll() is None, "the server process died"
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


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    folder = tmp_path_factory.mktemp("hostile")
    with server_database(folder / "db") as url:
        db = Database(make_engine(url))
        migrate(db.engine)
        admin.create_user(db, username="anna", password=PASSWORD, role="counsellor", municipalities=["297"])
        admin.create_user(db, username="root", password=PASSWORD, role="admin", municipalities=[])
        port = free_port()
        log_path = folder / "server.log"
        env = {
            **os.environ,
            "POLKU_SERVER_DATABASE_URL": url,
            "POLKU_SERVER_DATA_DIR": str(folder / "data"),
            "POLKU_SERVER_MAX_BODY_BYTES": str(BODY_LIMIT),
            "POLKU_SERVER_THROTTLE_BASE_SECONDS": "0",  # fuzzed logins must not lock the tests out
            "POLKU_LOG_DIR": str(folder / "logs"),
        }
        with log_path.open("wb") as log_file:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "sync.server.cli",
                    "serve",
                    "--port",
                    str(port),
                    "--log-level",
                    "info",
                ],
                stdout=log_file,
                stderr=subprocess.STDOUT,
                env=env,
            )
        live = Live(f"http://127.0.0.1:{port}", db, proc, log_path, folder)
        try:
            wait_until_serving(live.base, proc, log=log_path, timeout=60)
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
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            db.close()


# -- schemathesis ------------------------------------------------------------------------------


def no_traceback(_ctx: Any, response: schemathesis.Response, _case: schemathesis.Case) -> bool | None:
    """No answer may show the server's insides (a Python traceback or a database error)."""
    body = response.content.decode("utf-8", errors="replace")
    for marker in TRACEBACK_MARKERS:
        if marker in body:
            raise AssertionError(f"the answer holds {marker!r}")
    return None


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    no_traceback,
]
# Invalid data must be refused with one of these. 426: a fuzzed protocol header below the minimum is
# refused before the body is looked at, which is right. (positive_data_acceptance is not run: the
# schema cannot say that a password needs 10 characters or that a data set must be known.)
CONFIG = schemathesis.Config.from_dict(
    {
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": [
                    "400",
                    "401",
                    "403",
                    "404",
                    "405",
                    "409",
                    "413",
                    "415",
                    "422",
                    "426",
                    "429",
                ]
            }
        }
    }
)
OPEN = {"POST /api/v1/enroll", "GET /healthz"}  # no token needed: fuzzed once, without one


def _aim(live: Live, case: schemathesis.Case) -> None:
    """Make a fuzzed push or pull reach the code behind the epoch check: the server's real epoch, the
    device's next sequence numbers, known entity names (the other fields stay fuzzed)."""
    label = case.operation.label
    if label == "GET /api/v1/pull" and isinstance(case.query, dict):
        case.query["epoch"] = live.hello()["epoch"]
    if label == "POST /api/v1/push" and isinstance(case.body, dict):
        hello = live.hello()
        case.body["epoch"] = hello["epoch"]
        entries = case.body.get("entries")
        names = sorted(specs())
        if isinstance(entries, list):
            for i, item in enumerate(entries):
                if isinstance(item, dict):
                    item["seq"] = hello["device_last_seq"] + 1 + i
                    item["entity"] = names[i % len(names)]
                    item["row_id"] = str(uuid.uuid4())


@dataclass
class Fuzz:
    """One fuzzing run: the server, the token used, how many examples, the failures found."""

    live: Live
    who: str | None
    examples: int
    derandomize: bool
    free_headers: bool = False
    failures: dict[str, str] = field(default_factory=dict)
    calls: int = 0

    def operation(self, op: Any, mode: GenerationMode, session: requests.Session, free: bool = False) -> None:
        auth = {"Authorization": f"Bearer {self.live.tokens[self.who]}"} if self.who else {}
        # Valid version headers, so that the request reaches the route. Negative mode needs them free
        # where nothing else can be made invalid (path parameters here are plain text: only a body or
        # a query can be), or where the generator finds no invalid example (Unsatisfiable, below).
        other_input = bool(op.body) or any(p.location == "query" for p in op.iter_parameters())
        free = free or self.free_headers or (mode == GenerationMode.NEGATIVE and not other_input)
        # Each valid login costs an Argon2id hash: fewer of them in the short run.
        examples = self.examples if op.label not in OPEN or self.examples > 20 else 2
        strategy = op.as_strategy(generation_mode=mode, headers=None if free else VERSIONS)

        @given(case=strategy)
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            derandomize=self.derandomize,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def run(case: schemathesis.Case) -> None:
            if mode == GenerationMode.POSITIVE and self.who == "device":
                _aim(self.live, case)
            self.calls += 1
            try:
                case.call_and_validate(base_url=self.live.base, session=session, headers=auth, checks=CHECKS)
            except Exception as exc:  # collected, so one run reports every kind of failure
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                title = f"{op.label} [{mode.value}, {self.who or 'no token'}]: {first}"
                self.failures.setdefault(title, str(exc)[:3000])

        try:
            run()
        except Unsatisfiable:
            if free:
                raise AssertionError(f"{op.label} {mode.value}: no example could be generated") from None
            self.operation(op, mode, session, free=True)
            return

    def run(self) -> list[str]:
        """Every operation the token can be used on, positive and negative; the distinct failures."""
        schema = schemathesis.openapi.from_url(f"{self.live.base}/openapi.json", config=CONFIG)
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 12, [op.label for op in operations]
        with requests.Session() as session:
            for op in operations:
                if self.who and op.label in OPEN:
                    continue
                self.operation(op, GenerationMode.POSITIVE, session)
                if op.body or any(True for _ in op.iter_parameters()):
                    self.operation(op, GenerationMode.NEGATIVE, session)
        return [f"{title}\n{detail}" for title, detail in self.failures.items()]


@pytest.mark.parametrize("who", [None, "device", "admin"])
def test_fuzzing_every_operation_finds_no_server_error(live: Live, who: str | None) -> None:
    run = Fuzz(live, who, examples=5, derandomize=True)
    failures = run.run()
    assert not failures, "\n\n".join(failures)
    assert run.calls >= 40
    assert_clean_log(live)
    live.sync_still_works()


@pytest.mark.slow
@pytest.mark.parametrize("who", [None, "device", "admin"])
@pytest.mark.parametrize("free_headers", [False, True])
def test_fuzzing_long_finds_no_server_error(live: Live, who: str | None, free_headers: bool) -> None:
    run = Fuzz(live, who, examples=150, derandomize=False, free_headers=free_headers)
    failures = run.run()
    assert not failures, "\n\n".join(failures)
    assert_clean_log(live)
    live.sync_still_works()


# -- hand-written hostile requests -------------------------------------------------------------


def test_a_body_over_the_size_limit_is_refused_with_413(live: Live) -> None:
    before = live.counts()
    note = "x" * BODY_LIMIT
    big = entry(fields={"first_names": "Olena", "last_name": note, "home_municipality": "297"})
    assert_error(live.push([big]), 413, "too_large")
    # The same without a Content-Length (chunked): counted while read, refused all the same.
    hello = live.hello()
    raw = json.dumps(
        {"epoch": hello["epoch"], "entries": [dict(big, seq=hello["device_last_seq"] + 1)]}
    ).encode()
    chunks = (raw[i : i + 8192] for i in range(0, len(raw), 8192))
    reply = live.request("POST", "/api/v1/push", content=chunks, headers={"Content-Type": "application/json"})
    assert "content-length" not in reply.request.headers
    assert_error(reply, 413, "too_large")
    assert live.counts() == before
    # Just under the limit: read and applied.
    fits = entry(
        fields={"first_names": "Olena", "last_name": "y" * (BODY_LIMIT - 2000), "home_municipality": "297"}
    )
    reply = live.push([fits])
    assert reply.status_code == 200 and reply.json()["results"][0]["status"] == "applied", reply.text[:300]
    assert_clean_log(live, note[:64])
    live.sync_still_works()


DEEP = {
    "100k-levels-of-arrays": b"[" * 100_000 + b"]" * 100_000,
    "30k-levels-of-objects": b'{"a":' * 30_000 + b"1" + b"}" * 30_000,
    "100k-unclosed": b"[" * 100_000,
}


def test_deeply_nested_json_is_refused(live: Live) -> None:
    before = live.counts()
    for case, raw in DEEP.items():
        for path in ("/api/v1/push", "/api/v1/enroll", "/api/v1/admin/users"):
            reply = live.request(
                "POST", path, "admin", content=raw, headers={"Content-Type": "application/json"}
            )
            assert_error(reply, 400, "invalid", case=f"{case} {path}")
    assert live.counts() == before
    assert_clean_log(live)
    live.sync_still_works()


def test_json_nested_deeper_than_the_protocol_needs_is_refused_even_when_small(live: Live) -> None:
    deep: Any = "x"
    for _ in range(40):
        deep = [deep]
    before = live.counts()
    body = assert_error(live.push([entry(fields={"first_names": deep})]), 400, "invalid")
    assert "nests deeper" in body["message"]
    assert live.counts() == before
    live.sync_still_works()


WRONG = {
    "seq": ["1", 1.5, True, None, [], {}, 0, -1],
    "mutation_id": [1, None, [], {}, "", "x" * 37],
    "entity": [1, None, [], {}, "x" * 61],
    "row_id": [1, None, [], {}, "", "x" * 37],
    "op": ["upsert", 1, None, [], "", "INSERT"],
    "base_version": ["0", 0.5, False, None, -1, {}],
    "base_epoch": [1, [], {}, "x" * 37],
    "fields": ["x", 1, [], None, True],
    "device_time": [1, None, [], "x" * 41],
    "user": [1, None, {}, "x" * 101],
    "snapshot": ["x", 1, [], {"entity": "client"}, {"entity": "client", "row_id": "r", "fields": 1}],
    "ancestors": ["x", 1, {}, [1], [{"row_id": 1}]],
}


def test_wrong_types_for_every_field_of_a_push_entry_are_refused(live: Live) -> None:
    before = live.counts()
    for name, values in WRONG.items():
        for value in values:
            case = f"{name}={value!r:.40}"
            body = assert_error(live.push([entry(**{name: value})]), 422, "invalid", case=case)
            places = [p["loc"] for p in body["details"]["problems"]]
            assert any(name in loc for loc in places), (case, places)
            if isinstance(value, str) and len(value) > 3:
                assert value not in json.dumps(body), f"{case}: the error echoed the value sent"
        # A missing field is refused the same way.
        if name in entry():  # the others are optional, or (seq) filled in by ``push``
            without = entry()
            del without[name]
            assert_error(live.push([without]), 422, "invalid", case=f"without {name}")
    assert live.counts() == before
    live.sync_still_works()


WRONG_VALUES = [
    {"first_names": 1, "last_name": "Demo", "home_municipality": "297"},
    {"first_names": "Olena", "last_name": ["Demo"], "home_municipality": "297"},
    {"first_names": "Olena", "last_name": "Demo", "home_municipality": {"code": "297"}},
    {
        "first_names": "Olena",
        "last_name": "Demo",
        "home_municipality": "297",
        "date_of_birth": "yesterday",
    },
    {"first_names": "Olena", "last_name": "Demo", "home_municipality": "297", "deleted": "no"},
    {"first_names": "Olena", "last_name": "Demo", "home_municipality": None},
    {"first_names": "Olena", "last_name": "Demo", "home_municipality": "297", "no_such_column": 1},
    {"first_names": "Olena", "last_name": "Demo"},
    {"first_names": "Olena", "last_name": "Demo", "home_municipality": "2974567890"},  # not a code
]


def test_wrong_field_values_are_rejected_per_entry_and_nothing_is_stored(live: Live) -> None:
    """Values inside ``fields`` are the protocol's own business: the entry is answered ``rejected``
    with code ``invalid`` (the device moves on and keeps the entry with its reason)."""
    before = live.counts()
    for fields in WRONG_VALUES:
        reply = live.push([entry(fields=fields)])
        assert reply.status_code == 200, (fields, reply.text)
        [result] = reply.json()["results"]
        assert (result["status"], result["code"]) == ("rejected", "invalid"), fields
    after = live.counts()
    assert after["row_state"] == before["row_state"] and after["row_revision"] == before["row_revision"]
    live.sync_still_works()


def test_invalid_utf8_is_refused(live: Live) -> None:
    before = live.counts()
    hello = live.hello()
    for raw in (
        b'{"epoch": "\xff\xfe", "entries": []}',
        b'{"epoch": "' + hello["epoch"].encode() + b'", "entries": [], "resolutions": ["\xc3\x28"]}',
        "\ufeff{}".encode("utf-16"),
    ):
        reply = live.request(
            "POST", "/api/v1/push", content=raw, headers={"Content-Type": "application/json"}
        )
        body = assert_error(reply, 400, "invalid")
        assert "UTF-8" in body["message"]
    reply = live.request(
        "POST", "/api/v1/enroll", None, content=b'{"username": "\xe4nna", "password": "x", "device_id": "d"}'
    )
    assert_error(reply, 400, "invalid")
    assert live.counts() == before
    live.sync_still_works()


NOT_JSON = [
    b"hello",
    b"{",
    b"{'epoch': 'x'}",
    b'{"epoch": "x",}',
    b"\x00\x01\x02",
    b'"just a string"',
    b"[]",
    b"null",
]


def test_a_body_that_is_not_a_json_object_is_refused(live: Live) -> None:
    before = live.counts()
    for raw in NOT_JSON:
        reply = live.request(
            "POST", "/api/v1/push", content=raw, headers={"Content-Type": "application/json"}
        )
        assert reply.status_code in (400, 422), (raw, reply.text)
        assert_error(reply, reply.status_code, "invalid", case=repr(raw))
    assert live.counts() == before
    live.sync_still_works()


def test_a_body_of_another_content_type_is_refused_with_415(live: Live) -> None:
    before = live.counts()
    hello = live.hello()
    raw = json.dumps({"epoch": hello["epoch"], "entries": [entry(seq=hello["device_last_seq"] + 1)]})
    for content_type in (
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
    ):
        reply = live.request(
            "POST", "/api/v1/push", content=raw.encode(), headers={"Content-Type": content_type}
        )
        assert_error(reply, 415, "unsupported_media_type", case=content_type)
    assert live.counts() == before
    # The same body as JSON (with a charset parameter) is taken.
    reply = live.request(
        "POST",
        "/api/v1/push",
        content=raw.encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert reply.status_code == 200 and reply.json()["results"][0]["status"] == "applied", reply.text
    live.sync_still_works()


def test_injection_strings_as_usernames_ids_and_parameters_change_nothing(live: Live) -> None:
    before = live.counts()
    for value in HOSTILE:
        _inject(live, value)
    after = live.counts()
    for table in ("app_user", "device", "row_state", "row_revision", "conflict", "ref_data", "client_scope"):
        assert after[table] == before[table], table
    assert_clean_log(live, *HOSTILE)
    live.sync_still_works()


def _inject(live: Live, value: str) -> None:
    # As a username and password at enrolment: simply wrong credentials (each costs an Argon2id hash:
    # one SQL and one script string are enough).
    if value in (SQL[0], SCRIPT[0]):
        reply = live.request(
            "POST", "/api/v1/enroll", None, json={"username": value, "password": value, "device_id": "d1"}
        )
        assert_error(reply, 401, "bad_credentials", leaked=(value,))
    # As a token.
    reply = live.request("GET", "/api/v1/hello", None, headers={"Authorization": f"Bearer {value}"})
    assert_error(reply, 401, "unauthorized", leaked=(value,))
    # As query parameters.
    reply = live.request("GET", "/api/v1/pull", params={"epoch": value[:36]})
    assert_error(reply, 409, "epoch_changed", leaked=(value,))
    for name in ("cursor", "limit"):
        reply = live.request("GET", "/api/v1/pull", params={"epoch": live.hello()["epoch"], name: value})
        assert_error(reply, 422, "invalid", leaked=(value,))
    reply = live.request("GET", "/api/v1/hello", params={"cursor": value, "acked": value})
    assert_error(reply, 422, "invalid", leaked=(value,))
    # As path parameters.
    assert_error(live.request("GET", f"/api/v1/reference/{value}"), 404, "not_found")
    reply = live.request("PUT", f"/api/v1/admin/users/{value}/password", "admin", json={"password": PASSWORD})
    assert_error(reply, 404, "not_found")
    assert_error(live.request("POST", f"/api/v1/admin/devices/{value}/revoke", "admin"), 404, "not_found")
    # As ids in a push: refused per entry (ids are UUIDs), as a parent id: the parent is missing.
    if len(value) <= 36:
        [result] = live.push([entry(row_id=value)]).json()["results"]
        assert (result["status"], result["code"]) == ("rejected", "invalid")
        note = entry(
            entity="note",
            fields={"client_id": value, "written_at": "2026-01-01T10:00:00", "author": "anna", "text": "x"},
        )
        [result] = live.push([note]).json()["results"]
        assert (result["status"], result["code"]) == ("rejected", "parent_missing")
        reply = live.push([], resolutions=[value])
        assert reply.status_code == 200 and reply.json()["resolved"] == [value]


def test_injection_strings_in_free_text_come_back_verbatim(live: Live, tmp_path: Path) -> None:
    """Free text may hold anything: stored as data, never as SQL, and given back byte for byte."""
    assert live.device is not None
    client_id = add_client(live.device, last_name=SQL[0], family_notes=" | ".join(HOSTILE))
    sync_now(live.device, transport=HttpTransport(live.base), options=FAST)
    with Session(live.db.engine) as s:
        row = s.get(RowState, ("client", client_id))
        assert row is not None
        assert row.data["last_name"] == SQL[0] and row.data["family_notes"] == " | ".join(HOSTILE)
    # A second laptop of the same user pulls it exactly as written.
    other = create_workspace(tmp_path / "second", PASSPHRASE, user="anna", kdf=FAST_KDF)
    try:
        enroll(
            other.engine, HttpTransport(live.base), server_url=live.base, username="anna", password=PASSWORD
        )
        sync_now(other, transport=HttpTransport(live.base), options=FAST)
        [pulled] = [c for c in list_clients(other) if c.id == client_id]
        assert pulled.last_name == SQL[0]
    finally:
        other.close()
    # An administrator may name a user so; the name comes back verbatim and the user can enroll.
    reply = live.request(
        "POST",
        "/api/v1/admin/users",
        "admin",
        json={"username": SCRIPT[0], "password": PASSWORD, "role": "office", "municipalities": ["297"]},
    )
    assert reply.status_code in (200, 409), reply.text  # 409: made by an earlier run of this module
    reply = live.request(
        "POST",
        "/api/v1/enroll",
        None,
        json={"username": SCRIPT[0], "password": PASSWORD, "device_id": str(uuid.uuid4())},
    )
    assert reply.status_code == 200 and reply.json()["user"]["username"] == SCRIPT[0]
    devices = live.request("GET", "/api/v1/admin/devices", "admin").json()
    assert SCRIPT[0] in {d["username"] for d in devices}
    assert live.counts()["app_user"] >= 3
    live.sync_still_works()


UNSTORABLE = {
    "seq-10e29": '{"epoch": "E", "entries": [{"seq": 100000000000000000000000000000}]}',
    "seq-2e63": '{"epoch": "E", "entries": [{"seq": 9223372036854775808}]}',
    "float-overflow": '{"epoch": "E", "entries": [{"seq": 1e999}]}',
    "5000-digits": '{"epoch": "E", "entries": [{"seq": ' + "9" * 5000 + "}]}",
    "NaN": '{"epoch": "E", "entries": [{"seq": NaN}]}',
    "Infinity": '{"epoch": "E", "entries": [{"seq": Infinity}]}',
    "minus-Infinity": '{"epoch": "E", "entries": [{"seq": -Infinity}]}',
    "duplicate-key": '{"epoch": "E", "epoch": "F", "entries": []}',
    "duplicate-nested-key": '{"epoch": "E", "entries": [{"seq": 1, "seq": 2}]}',
    "NUL-in-value": '{"epoch": "E", "entries": [], "resolutions": ["a\\u0000b"]}',
    "NUL-in-key": '{"epoch": "E", "entries": [], "a\\u0000": 1}',
    "lone-surrogate": '{"epoch": "E", "entries": [], "resolutions": ["\\ud800"]}',
}


def test_numbers_and_text_no_column_can_hold_are_refused(live: Live) -> None:
    before = live.counts()
    epoch = json.dumps(live.hello()["epoch"])
    for case, raw in UNSTORABLE.items():
        reply = live.request(
            "POST",
            "/api/v1/push",
            content=raw.replace('"E"', epoch).encode(),
            headers={"Content-Type": "application/json"},
        )
        assert_error(reply, 400, "invalid", case=case)
    assert live.counts() == before
    live.sync_still_works()


def test_extreme_but_valid_numbers_and_negative_cursors(live: Live) -> None:
    before = live.counts()
    epoch = live.hello()["epoch"]
    for params in (
        {"cursor": -1},
        {"limit": -1},
        {"limit": 0},
        {"cursor": 2**63},
        {"cursor": 10**30},
        {"cursor": "NaN"},
        {"cursor": "1e3"},
        {"limit": "Infinity"},
    ):
        reply = live.request("GET", "/api/v1/pull", params={"epoch": epoch, **params})
        assert_error(reply, 422, "invalid")
    for params in ({"cursor": -1}, {"acked": -5}, {"acked": 2**64}):
        assert_error(live.request("GET", "/api/v1/hello", params=params), 422, "invalid")
    # The largest legal numbers are answered (a gap: nothing taken), not a crash.
    reply = live.push([entry(seq=2**63 - 1, base_version=2**63 - 1)])
    assert reply.status_code == 200 and reply.json()["gap"] is not None
    reply = live.request(
        "GET", "/api/v1/pull", params={"epoch": epoch, "cursor": 2**63 - 1, "limit": 2**63 - 1}
    )
    assert reply.status_code == 200 and reply.json()["items"] == []
    reply = live.push(
        [], access_log=[{"seq": 2**63, "id": "x", "at": "t", "user": "u", "action": "a", "entity": "e"}]
    )
    assert_error(reply, 400, "invalid")  # refused while the JSON is read
    assert live.counts() == before
    # A too-new protocol and absurd version headers are refused, not crashed on.
    for value in ("99999999999999999999999", "-1", "one", "1.5"):
        reply = live.request("GET", "/api/v1/hello", headers={HEADER_PROTOCOL: value})
        assert reply.status_code in (422, 426)
        assert_error(reply, reply.status_code, "invalid" if reply.status_code == 422 else "update_required")
    live.sync_still_works()


def test_unknown_entities_routes_and_methods_get_the_error_shape(live: Live) -> None:
    before = live.counts()
    [result] = live.push([entry(entity="spaceship")]).json()["results"]
    assert (result["status"], result["code"]) == ("rejected", "invalid")
    assert_error(live.request("GET", "/api/v1/reference/spaceship"), 404, "not_found")
    assert_error(live.request("GET", "/api/v1/no-such-thing"), 404, "not_found")
    assert_error(live.request("GET", "/api/v2/hello"), 404, "not_found")
    reply = live.request("DELETE", "/api/v1/push")
    assert_error(reply, 405, "method_not_allowed")
    assert "POST" in reply.headers["allow"]
    assert_error(live.request("GET", "/api/v1/reference/%00"), 400, "invalid")
    assert_error(live.request("GET", "/api/v1/pull", params={"epoch": "a\x00b"}), 400, "invalid")
    after = live.counts()
    assert after["row_state"] == before["row_state"] and after["row_revision"] == before["row_revision"]
    live.sync_still_works()


def test_over_long_ids_and_scope_values_are_refused_not_crashed_on(live: Live) -> None:
    """On PostgreSQL these once reached VARCHAR columns and failed with 500."""
    before = live.counts()
    for bad in (
        {"row_id": str(uuid.uuid4()) + "x"},
        {"mutation_id": "m" * 37},
        {"user": "u" * 101},
        {"device_time": "t" * 41},
        {"entity": "e" * 61},
    ):
        assert_error(live.push([entry(**bad)]), 422, "invalid")
    log_item = {
        "seq": 1,
        "id": str(uuid.uuid4()),
        "at": "2026-01-01T10:00:00",
        "user": "anna",
        "action": "view",
        "entity": "client",
    }
    for bad in ({"action": "a" * 21}, {"detail": "d" * 201}, {"id": "i" * 37}, {"client_id": "c" * 37}):
        assert_error(live.push([], access_log=[{**log_item, **bad}]), 422, "invalid")
    # A counsellor assigning a client to themselves with a "municipality" no column can hold.
    [result] = live.push(
        [
            entry(
                fields={
                    "first_names": "O",
                    "last_name": "D",
                    "home_municipality": SQL[0],
                    "assigned_counsellor": "anna",
                }
            )
        ]
    ).json()["results"]
    assert (result["status"], result["code"]) == ("rejected", "invalid")
    for municipalities in (["297 204"], [SQL[0]], [""]):
        reply = live.request(
            "POST",
            "/api/v1/admin/users",
            "admin",
            json={
                "username": f"u{uuid.uuid4().hex[:6]}",
                "password": PASSWORD,
                "role": "office",
                "municipalities": municipalities,
            },
        )
        assert_error(reply, 422, "invalid")
    # A name that grows when case-folded (ﬃ -> ffi) still fits the login throttle.
    reply = live.request(
        "POST", "/api/v1/enroll", None, json={"username": "ﬃ" * 100, "password": "x", "device_id": "d"}
    )
    assert_error(reply, 401, "bad_credentials")
    after = live.counts()
    for table in ("app_user", "row_state", "row_revision", "access_log", "client_scope"):
        assert after[table] == before[table], table
    assert_clean_log(live)
    live.sync_still_works()


# -- unexpected errors -------------------------------------------------------------------------


def test_an_unexpected_error_is_a_json_500_logged_without_message_or_body(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret_message = "row holds Virtanen 010190-123A"
    secret_body = "Korhonen 020280-456B"
    with server_database(tmp_path / "db") as url:
        db = Database(make_engine(url))
        try:
            app = create_app(ServerSettings(database_url=url), database=db)

            def broken(payload: dict[str, Any]) -> dict[str, Any]:
                raise RuntimeError(secret_message)

            app.add_api_route("/api/v1/broken", broken, methods=["POST"])
            with TestClient(app, raise_server_exceptions=False) as client, caplog.at_level(logging.INFO):
                reply = client.post("/api/v1/broken", json={"name": secret_body}, headers=VERSIONS)
                healthy = client.get("/healthz")
        finally:
            db.close()
    assert reply.status_code == 500
    body = reply.json()
    assert body["code"] == "internal" and set(body) == {"code", "message", "details"}
    for marker in (*TRACEBACK_MARKERS, secret_message, secret_body, "RuntimeError"):
        assert marker not in reply.text
    assert healthy.status_code == 200
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name == "polku.server")
    assert "RuntimeError" in logged and "/api/v1/broken" in logged and "broken" in logged
    everything = caplog.text
    assert secret_message not in everything and secret_body not in everything
    # Uvicorn's own second report of the same exception (with its message) is dropped.
    record = logging.LogRecord(
        "uvicorn.error", logging.ERROR, "x", 1, "Exception in ASGI application\n", (), None
    )
    assert not DropAsgiTraceback().filter(record)
    other = logging.LogRecord("uvicorn.error", logging.INFO, "x", 1, "Started server process", (), None)
    assert DropAsgiTraceback().filter(other)


def test_the_default_body_limit_holds_a_full_push(tmp_path: Path) -> None:
    """The default limit must never refuse what a real client sends: 500 entries with long texts."""
    limit = ServerSettings().max_body_bytes
    long_text = "Lorem ipsum dolor sit amet. " * 40  # ~1 KB in every free-text field of every entry
    fields = {c: long_text for c, col in specs()["assessment"].columns.items() if col.kind == "str"}
    push = {
        "epoch": str(uuid.uuid4()),
        "entries": [entry(entity="assessment", fields=fields) for _ in range(500)],
    }
    size = len(json.dumps(push).encode())
    assert size * 2 < limit, (size, limit)
    assert ServerSettings(max_body_bytes=1000).max_body_bytes == 1000
