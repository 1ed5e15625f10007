"""Hand-written hostile input against the real sync server (``polku-server serve`` over HTTP, SQLite or
PostgreSQL): each case gets a clear 4xx in the protocol's error shape (``code``, ``message``,
``details``), nothing of the bad request is stored, the server's log holds neither a traceback nor the
hostile text, and a normal sync by the real client still works afterwards. Fuzzing from the OpenAPI
document: ``test_server_fuzz.py``.
"""

from __future__ import annotations

import json
import logging
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.clients import list_clients
from app.sync_service import sync_now
from app.workspace import create_workspace
from sync.client.engine import enroll
from sync.client.transport import HttpTransport
from sync.entities import specs
from sync.protocol import HEADER_PROTOCOL
from sync.server.api.guard import DropAsgiTraceback
from sync.server.app import create_app
from sync.server.db import Database, make_engine
from sync.server.settings import ServerSettings
from sync.server.tables import RowState
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
    from fastapi.testclient import TestClient

from tests.support.hostile import (
    BODY_LIMIT,
    HOSTILE,
    SCRIPT,
    SQL,
    TRACEBACK_MARKERS,
    VERSIONS,
    Live,
    assert_clean_log,
    assert_error,
    entry,
    start_live,
)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    yield from start_live(tmp_path_factory)


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
            app = create_app(ServerSettings(database_url=url, data_dir=tmp_path / "data"), database=db)

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
