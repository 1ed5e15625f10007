"""The server itself: OpenAPI document, schema migrations, authentication and throttling, admin
commands and endpoints, reference data distribution, append-only history, logs without personal data."""

from __future__ import annotations

import importlib.resources
import logging
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.clients import update_client
from models import RefDataset
from sync.client import bookkeeping as local
from sync.client.reference import apply_documents
from sync.protocol import HEADER_PROTOCOL, HEADER_SCHEMA
from sync.server import admin
from sync.server.api.timing import server_milliseconds
from sync.server.cli import main as server_main
from sync.server.tables import Device as ServerDevice
from sync.server.tables import ServerBase, User
from tests.support.rules_file import bundled_rules, next_version, window_reform
from tests.support.sync import PASSWORD, Server, add_client, new_device, server_database


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        srv.user("anna")
        srv.user("root", "admin", ())
        yield srv
        srv.close()


def _headers() -> dict[str, str]:
    return {HEADER_PROTOCOL: "1", HEADER_SCHEMA: "1"}


def _enroll(
    server: Server, username: str, password: str = PASSWORD, device_id: str | None = None
) -> tuple[int, dict]:  # type: ignore[type-arg]
    reply = server.transport().request(
        "POST",
        "/api/v1/enroll",
        body={"username": username, "password": password, "device_id": device_id or str(uuid.uuid4())},
    )
    return reply.status, reply.body


def test_the_openapi_document_declares_models_and_errors(server: Server) -> None:
    doc = server.client.get("/openapi.json").json()
    paths = doc["paths"]
    for path in (
        "/api/v1/enroll",
        "/api/v1/hello",
        "/api/v1/push",
        "/api/v1/pull",
        "/api/v1/admin/sync-status",
    ):
        assert path in paths
    push = paths["/api/v1/push"]["post"]
    assert push["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/PushResponse")
    for status in ("401", "403", "409", "422", "426"):
        assert push["responses"][status]["content"]["application/json"]["schema"]["$ref"].endswith(
            "/ErrorBody"
        )
    assert "429" in paths["/api/v1/enroll"]["post"]["responses"]
    for name in ("PushEntry", "PullItem", "FieldConflict", "HelloResponse"):
        assert name in doc["components"]["schemas"]


def test_server_schema_migrations_match_the_models(server: Server) -> None:
    with server.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), ServerBase.metadata)
    assert diff == []


def test_revision_history_and_access_log_are_append_only(server: Server, tmp_path: Path) -> None:
    anna = new_device(server, tmp_path / "a", "anna")
    add_client(anna.ws)
    anna.sync()
    anna.close()
    for stmt in ("UPDATE row_revision SET op = 'x'", "DELETE FROM row_revision", "DELETE FROM access_log"):
        with pytest.raises(DBAPIError), server.db.engine.begin() as conn:
            conn.execute(text(stmt))
    with Session(server.db.engine) as s:
        assert s.scalar(text("SELECT count(*) FROM access_log")) >= 1  # the laptop's log arrived


def test_requests_without_versions_are_refused_with_a_json_error(server: Server) -> None:
    reply = server.client.get("/api/v1/hello")
    assert reply.status_code == 422 and reply.json()["code"] == "invalid"
    reply = server.client.get("/api/v1/hello", headers={HEADER_PROTOCOL: "0", HEADER_SCHEMA: "1"})
    assert reply.status_code == 426 and reply.json()["code"] == "update_required"
    reply = server.client.get("/api/v1/hello", headers={**_headers(), "Authorization": "Bearer nope"})
    assert reply.status_code == 401 and reply.json()["code"] == "unauthorized"


def test_every_answer_says_how_long_the_server_worked_on_it(server: Server, tmp_path: Path) -> None:
    """``Server-Timing`` tells an operator (and ``make bench``) the server's share of a slow sync."""
    anna = new_device(server, tmp_path / "anna", "anna")
    try:
        add_client(anna.ws)
        anna.sync()
        with anna.ws.session() as s:
            token, epoch = local.get(s, local.TOKEN), local.get(s, local.EPOCH)
        reply = server.transport().request(
            "GET", "/api/v1/pull", params={"epoch": epoch, "cursor": 0}, token=token
        )
        refused = server.client.get("/api/v1/hello")
    finally:
        anna.close()
    assert reply.status == 200 and refused.status_code == 422
    for headers in (reply.headers, refused.headers):
        milliseconds = server_milliseconds(headers.get("server-timing"))
        assert milliseconds is not None and 0 < milliseconds < 60_000
    assert server_milliseconds(None) is None and server_milliseconds("app;desc=x") is None


def test_passwords_are_argon2id_and_tokens_are_stored_only_hashed(server: Server) -> None:
    status, body = _enroll(server, "anna")
    assert status == 200
    with Session(server.db.engine) as s:
        user = s.get(User, "anna")
        device = s.scalars(select(ServerDevice)).one()
    assert user is not None and user.password_hash.startswith("$argon2id$")
    assert device.token_hash != body["token"] and len(device.token_hash) == 64
    assert len(body["token"]) >= 43  # 256 bits


def test_failed_logins_are_throttled_per_username_and_per_address(tmp_path: Path) -> None:
    with server_database(tmp_path / "throttle") as url:
        server = Server(url)
        server.settings.throttle_base_seconds = 30.0
        server.app.state.throttle.base_seconds = 30.0
        server.user("anna")
        for _ in range(3):
            assert _enroll(server, "anna", "wrong password!")[0] == 401
        status, body = _enroll(server, "anna", "wrong password!")
        assert status == 429 and body["code"] == "too_many_attempts" and body["details"]["retry_after"] > 0
        reply = server.transport().request(
            "POST", "/api/v1/enroll", body={"username": "anna", "password": PASSWORD, "device_id": "d"}
        )
        assert reply.status == 429 and int(reply.headers["retry-after"]) > 0  # even the right password waits
        # The same address trying other usernames is held back too.
        assert _enroll(server, "somebody-else", "whatever12345")[0] == 429
        server.close()


def test_admin_endpoints_are_for_administrators_only(server: Server) -> None:
    _status, anna = _enroll(server, "anna")
    _status, root = _enroll(server, "root")
    t = server.transport()
    body = {"username": "ben", "password": PASSWORD, "role": "office", "municipalities": ["297"]}
    denied = t.request("POST", "/api/v1/admin/users", body=body, token=anna["token"])
    assert denied.status == 403 and denied.body["code"] == "forbidden"
    assert t.request("POST", "/api/v1/admin/users", body=body, token=root["token"]).status == 200
    assert t.request("POST", "/api/v1/admin/users", body=body, token=root["token"]).status == 409
    assert (
        t.request(
            "PUT",
            "/api/v1/admin/users/ben/password",
            body={"password": "another password 1"},
            token=root["token"],
        ).status
        == 200
    )
    assert _enroll(server, "ben", "another password 1")[0] == 200
    devices = t.request("GET", "/api/v1/admin/devices", token=root["token"]).body
    assert {d["username"] for d in devices} == {"anna", "root", "ben"}
    anna_device = next(d["device_id"] for d in devices if d["username"] == "anna")
    assert t.request("POST", f"/api/v1/admin/devices/{anna_device}/revoke", token=root["token"]).status == 200
    refused = t.request("GET", "/api/v1/hello", token=anna["token"])
    assert refused.status == 403 and refused.body["code"] == "device_revoked"
    status = t.request("GET", "/api/v1/admin/sync-status", token=root["token"]).body
    assert {d["username"] for d in status["devices"]} == {"anna", "root", "ben"}


def test_admin_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with server_database(tmp_path / "cli") as url:
        monkeypatch.setenv("POLKU_PASSWORD", PASSWORD)
        base = ["--database-url", url]
        assert server_main([*base, "create-user", "--username", "anna", "--role", "counsellor",
                            "--municipality", "297", "--municipality", "204"]) == 0  # fmt: skip
        assert server_main([*base, "create-user", "--username", "anna", "--role", "office"]) == 2
        monkeypatch.setenv("POLKU_PASSWORD", "short")
        assert server_main([*base, "set-password", "--username", "anna"]) == 2  # too short
        monkeypatch.setenv("POLKU_PASSWORD", "a new long password")
        assert server_main([*base, "set-password", "--username", "anna"]) == 0
        server = Server(url)
        status, body = _enroll(server, "anna", "a new long password")
        assert status == 200 and body["user"]["municipalities"] == ["204", "297"]
        capsys.readouterr()
        assert server_main([*base, "list-devices"]) == 0
        assert body["device_id"] in capsys.readouterr().out
        assert server_main([*base, "sync-status"]) == 0
        out = capsys.readouterr().out
        assert "pushed seq 0" in out and "pending 0" in out
        assert server_main([*base, "revoke-device", "--device-id", body["device_id"]]) == 0
        assert server_main([*base, "new-epoch"]) == 0
        assert server_main([*base, "mark-backup"]) == 0
        server.close()


def test_reference_data_and_rules_are_distributed_with_versions(server: Server, tmp_path: Path) -> None:
    anna = new_device(server, tmp_path / "a", "anna")
    newer, version = next_version(bundled_rules())
    assert admin.publish_reference(server.db, name="rules", content=newer) == version
    with pytest.raises(admin.AdminError):
        admin.publish_reference(server.db, name="rules", content=f"version = {version + 1}\nnot = [valid")
    report = anna.sync()
    assert report.reference_updated == ["rules"]
    with anna.ws.session() as s:
        row = s.get(RefDataset, "rules")
        assert row is not None and row.version == version and row.content == newer
    assert anna.sync().reference_updated == []
    anna.close()


def test_a_change_of_the_law_is_made_on_the_published_rules_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The office's round: show the rules the laptops get, edit them (a new entry and the next
    version), publish; a file that cannot be read or does not validate is refused in words."""
    with server_database(tmp_path / "cli") as url:
        base = ["--database-url", url]
        capsys.readouterr()
        assert server_main([*base, "show-reference", "--name", "rules"]) == 0
        shown = capsys.readouterr().out
        # Nothing published yet: the build's own, as the server's start publishes it.
        assert shown == bundled_rules()
        edited, version = next_version(shown + window_reform(date(2030, 1, 1)))
        (tmp_path / "kotol.toml").write_text(edited, encoding="utf-8")
        assert (
            server_main(
                [*base, "publish-reference", "--name", "rules", "--file", str(tmp_path / "kotol.toml")]
            )
            == 0
        )
        assert f"version {version}" in capsys.readouterr().out
        assert server_main([*base, "show-reference", "--name", "rules"]) == 0
        assert capsys.readouterr().out == edited

        missing = tmp_path / "no-such-file.toml"
        assert server_main([*base, "publish-reference", "--name", "rules", "--file", str(missing)]) == 2
        said = capsys.readouterr().err
        assert "cannot read" in said and "Traceback" not in said
        (tmp_path / "broken.toml").write_text(edited.replace("value = 2", "value = 'two'"), encoding="utf-8")
        assert (
            server_main(
                [*base, "publish-reference", "--name", "rules", "--file", str(tmp_path / "broken.toml")]
            )
            == 2
        )
        assert "not valid" in capsys.readouterr().err


def test_rules_of_a_newer_layout_are_kept_out_and_sync_goes_on(server: Server, tmp_path: Path) -> None:
    # A server updated before this laptop may offer rules this build cannot read (a newer
    # schema_version): the laptop keeps its rules and its sync carries on.
    anna = new_device(server, tmp_path / "a", "anna")
    rules = (importlib.resources.files("resources") / "rules" / "kotol.toml").read_text("utf-8")
    newer_layout = rules.replace("schema_version = 2", "schema_version = 99", 1)
    with anna.ws.session() as s:
        before = s.get(RefDataset, "rules")
        assert before is not None
        kept = (before.version, before.content)
        assert apply_documents(s, {"rules": (kept[0] + 1, newer_layout)}) == []
    with anna.ws.session() as s:
        row = s.get(RefDataset, "rules")
        assert row is not None and (row.version, row.content) == kept
    add_client(anna.ws, last_name="Demo-Layout")
    assert anna.sync().pushed == 1
    anna.close()


def test_server_logs_hold_no_personal_data(
    server: Server, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    anna = new_device(server, tmp_path / "a", "anna")
    cid = add_client(anna.ws, last_name="Virtanen-Secret")
    update_client(anna.ws, client_id=cid, changes={"phone": "+358 40 999 8877"})
    anna.sync()
    anna.close()
    assert "Virtanen-Secret" not in caplog.text and "999 8877" not in caplog.text
