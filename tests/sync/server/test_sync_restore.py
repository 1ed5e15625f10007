"""A server restored from a backup, done exactly as docs/sync-protocol.md says (``mark-backup``, copy,
more syncs, restore, with and without ``new-epoch``): the laptops' re-sent changes end in the order
the server first accepted them, whichever laptop comes back first, and no conflict appears that did
not exist before the restore (issue 13, item 4)."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import delete_client, update_client
from app.sync_service import list_conflicts
from app.workspace import create_workspace
from sync.client import bookkeeping as local
from sync.client.engine import enroll
from sync.client.transport import HttpTransport
from sync.server import admin
from sync.server.tables import Conflict
from tests.support.server import ServerProcess
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
    server_view,
)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        srv.user("anna")
        srv.user("ben")
        srv.user("olga", role="office", municipalities=("297",))
        yield srv
        srv.close()


def _open_conflicts(server: Server) -> set[tuple[str, str, str]]:
    with Session(server.db.engine) as s:
        return {
            (c.id, c.row_id, c.field)
            for c in s.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)))
        }


def _local_conflicts(d: Device) -> set[tuple[str, str, str]]:
    return {(c.id, c.row_id, c.field) for c in list_conflicts(d.ws)}


def _backup_everyone_has(server: Server, tmp_path: Path, devices: list[Device]) -> Any:
    """Every device synced, ``polku-server mark-backup`` right before the copy, then every device
    synced again (they may now forget what the backup holds). Returns the backup."""
    for d in devices:
        d.sync()
    admin.mark_durable(server.db)
    backup = server.snapshot(tmp_path)
    for d in devices:
        d.sync()
    return backup


def _restore(server: Server, backup: Any, how: str) -> None:
    server.restore(backup)
    if how == "admin runs new-epoch":
        with server.db.write() as (s, state):
            admin.new_epoch(s, state)


def _phone(server: Server, cid: str) -> Any:
    return server.rows("client")[("client", cid)].data["phone"]


def _content(view: dict[Any, dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    """Rows without their version (a restore starts versions again)."""
    return {k: {f: v for f, v in row.items() if f != "version"} for k, row in view.items()}


def _converged(server: Server, devices: list[Device]) -> None:
    for d in devices:
        assert local_view(d.ws) == server_view(server, d.username), d.username


@pytest.mark.parametrize("how", ["admin runs new-epoch", "server notices by itself"])
@pytest.mark.parametrize("first", ["anna", "ben"])
def test_re_sent_edits_end_in_the_order_the_server_first_accepted_them(
    server: Server, tmp_path: Path, how: str, first: str
) -> None:
    """The tester's case: anna sets P1 and syncs; ben pulls it, sets P2 and syncs; everyone sees P2.
    After the restore every laptop and the server still show P2, with no conflict anywhere."""
    anna, ben = new_device(server, tmp_path / "a", "anna"), new_device(server, tmp_path / "b", "ben")
    olga = new_device(server, tmp_path / "o", "olga")
    devices = [anna, ben, olga]
    cid = add_client(anna.ws, last_name="Shared", phone="P0")
    backup = _backup_everyone_has(server, tmp_path, devices)
    update_client(anna.ws, client_id=cid, changes={"phone": "P1", "address": "A street"})
    anna.sync()
    ben.sync()
    update_client(ben.ws, client_id=cid, changes={"phone": "P2"})
    ben.sync()
    for d in devices:
        d.sync()
    assert _phone(server, cid) == "P2"
    before_rows = server_view(server, "anna")
    before_conflicts = _open_conflicts(server)
    assert before_conflicts == set()

    _restore(server, backup, how)
    assert _phone(server, cid) == "P0"
    order = [anna, ben] if first == "anna" else [ben, anna]
    for d in [*order, olga]:
        assert d.sync().epoch_changed
    for d in devices:
        d.sync()

    row = server.rows("client")[("client", cid)]
    assert (row.data["phone"], row.data["address"], row.needs_review) == ("P2", "A street", False)
    assert _open_conflicts(server) == before_conflicts
    for d in devices:
        assert _local_conflicts(d) == set(), d.username
    _converged(server, devices)
    assert _content(server_view(server, "anna")) == _content(before_rows)  # every field as before
    for d in devices:
        d.close()


@pytest.mark.parametrize("how", ["admin runs new-epoch", "server notices by itself"])
@pytest.mark.parametrize("first", ["anna", "ben"])
def test_a_conflict_from_before_the_restore_comes_back_once_and_no_other(
    server: Server, tmp_path: Path, how: str, first: str
) -> None:
    """anna and ben both change the phone from the same version: the server keeps anna's (first) and
    ben gets one conflict. After the restore: anna's value, the same single conflict (same id)."""
    anna, ben = new_device(server, tmp_path / "a", "anna"), new_device(server, tmp_path / "b", "ben")
    devices = [anna, ben]
    cid = add_client(anna.ws, last_name="Shared", phone="P0")
    other = add_client(anna.ws, last_name="Other")
    backup = _backup_everyone_has(server, tmp_path, devices)
    update_client(anna.ws, client_id=cid, changes={"phone": "P1"})
    update_client(ben.ws, client_id=cid, changes={"phone": "P2", "address": "B street"})
    update_client(ben.ws, client_id=other, changes={"phone": "ben's"})
    anna.sync()
    ben.sync()  # conflict: the server keeps P1, ben's P2 is kept for a person
    for d in devices:
        d.sync()
    assert _phone(server, cid) == "P1"
    before = _open_conflicts(server)
    assert len(before) == 1 and _local_conflicts(ben) == before and _local_conflicts(anna) == set()

    _restore(server, backup, how)
    order = [anna, ben] if first == "anna" else [ben, anna]
    for d in order:
        d.sync()
    for d in devices:
        d.sync()

    row = server.rows("client")[("client", cid)]
    assert (row.data["phone"], row.data["address"], row.needs_review) == ("P1", "B street", True)
    assert _phone(server, other) == "ben's"
    assert _open_conflicts(server) == before
    assert _local_conflicts(ben) == before and _local_conflicts(anna) == set()
    _converged(server, devices)
    for d in devices:
        d.close()


@pytest.mark.parametrize("how", ["admin runs new-epoch", "server notices by itself"])
def test_a_change_made_on_a_value_the_server_lost_is_no_conflict(
    server: Server, tmp_path: Path, how: str
) -> None:
    """ben pulled anna's P1 and changed it to P2 offline; the restore loses P1 before ben sends P2.
    anna re-sends P1 first, then ben sends P2 made on it: P2, no conflict."""
    anna, ben = new_device(server, tmp_path / "a", "anna"), new_device(server, tmp_path / "b", "ben")
    devices = [anna, ben]
    cid = add_client(anna.ws, last_name="Shared", phone="P0")
    backup = _backup_everyone_has(server, tmp_path, devices)
    update_client(anna.ws, client_id=cid, changes={"phone": "P1"})
    anna.sync()
    ben.sync()
    update_client(ben.ws, client_id=cid, changes={"phone": "P2"})  # not sent before the restore

    _restore(server, backup, how)
    anna.sync()
    ben.sync()
    anna.sync()
    assert _phone(server, cid) == "P2"
    assert _open_conflicts(server) == set()
    assert _local_conflicts(anna) == _local_conflicts(ben) == set()
    _converged(server, devices)
    for d in devices:
        d.close()


# -- item 3: only the server's own signed word shows it was restored ------------------------------


class Served(ServerProcess):
    """``polku-server serve`` in its own process over the test's database and data folder (with its
    restore-detection key); stopped and started again on the same port around a restore."""

    def __init__(self, url: str, data_dir: Path, folder: Path) -> None:
        env = {**os.environ, "POLKU_SERVER_THROTTLE_BASE_SECONDS": "0", "POLKU_LOG_DIR": str(folder)}
        super().__init__(folder / "server.log", url, data_dir, ("--log-level", "warning"), env)
        self.base = self.url


def _hello(transport: HttpTransport, token: str | None, epoch: str | None, **claim: Any) -> dict[str, Any]:
    reply = transport.request("GET", "/api/v1/hello", params={"epoch": epoch, **claim}, token=token)
    assert reply.status == 200
    return dict(reply.body)


def _http_device(served: Served, server: Server, folder: Path, username: str) -> Device:
    ws = create_workspace(folder, PASSPHRASE, user=username, kdf=FAST_KDF)
    enroll(
        ws.engine, HttpTransport(served.base), server_url=served.base, username=username, password=PASSWORD
    )
    return Device(ws, server, username, transport=HttpTransport(served.base))


def test_over_http_no_role_forces_a_new_epoch_and_a_real_restore_is_still_noticed(tmp_path: Path) -> None:
    """Item 3, against a real server process: every role's forged "you were restored" (bare numbers,
    made-up signatures, real signatures of something else) starts no epoch, and no other laptop
    pulls or sends anything because of it; a real restore without ``new-epoch`` is still noticed."""
    with server_database(tmp_path / "server") as url:
        server = Server(url)  # in process: users, rows, the backup; the laptops talk to the process
        users = {"anna": ("counsellor", ("297",)), "olga": ("office", ("297", "204")), "root": ("admin", ())}
        for name, (role, munis) in users.items():
            server.user(name, role, munis)
        served = Served(url, server.settings.data_dir, tmp_path)
        served.start()
        devices: dict[str, Device] = {}
        try:
            devices = {name: _http_device(served, server, tmp_path / name, name) for name in users}
            cid = add_client(devices["anna"].ws, last_name="Shared", phone="P0")
            for d in devices.values():
                d.sync()
            admin.mark_durable(server.db)
            served.stop()  # the copy (PostgreSQL: a template database wants no connections)
            backup = server.snapshot(tmp_path)
            served.start()
            for d in devices.values():
                d.sync()
            for name, d in devices.items():
                with Session(d.ws.engine) as s:
                    token, epoch = local.get(s, local.TOKEN), local.get(s, local.EPOCH)

                hello = functools.partial(_hello, HttpTransport(served.base), token, epoch)
                ahead, big = hello()["last_seq"] + 1, 2**40
                for claim in (
                    {"cursor": ahead},
                    {"acked": big},
                    {"cursor": ahead, "acked": big},
                ):  # the tester's
                    assert hello(**claim)["epoch"] == epoch, (name, claim)
                with Session(d.ws.engine) as s:
                    cursor_proof = local.get(s, local.CURSOR_PROOF) or ""
                assert cursor_proof.split(".")[0] == str(ahead - 1)  # a real one, from the last pull
                for claim in (
                    {"cursor": ahead, "cursor_proof": f"{ahead}.{'0' * 32}"},  # made-up signatures
                    {"acked": big, "acked_proof": f"{big}.{'0' * 32}"},
                    {"cursor_proof": cursor_proof.replace(str(ahead - 1), str(ahead), 1)},  # number changed
                    {"acked": big, "acked_proof": cursor_proof},  # a real proof of something else
                ):
                    assert hello(**claim)["epoch"] == epoch, (name, claim)
                for other_name, other in devices.items():
                    if other_name != name:
                        report = other.sync()
                        assert not report.epoch_changed and report.pulled == report.pushed == 0, (
                            name,
                            other_name,
                        )

            # A real restore, and the administrator forgets new-epoch: anna's signed cursor shows it.
            update_client(devices["anna"].ws, client_id=cid, changes={"phone": "after the backup"})
            devices["anna"].sync()
            devices["olga"].sync()
            served.stop()
            server.restore(backup)
            served.start()
            assert _phone(server, cid) == "P0"
            reports = {name: d.sync() for name, d in devices.items()}
            assert all(r.epoch_changed for r in reports.values())
            for d in devices.values():
                d.sync()
            assert _phone(server, cid) == "after the backup"
            _converged(server, list(devices.values()))
        finally:
            for d in devices.values():
                d.close()
            served.stop()
            server.close()


@pytest.mark.parametrize("first", ["anna", "ben"])
def test_an_edit_to_a_record_deleted_before_the_restore_is_the_same_conflict_again(
    server: Server, tmp_path: Path, first: str
) -> None:
    """anna deletes a client; ben, who had not heard, edits it: a ``deleted`` conflict on ben. After
    the restore the client is deleted again and ben has the same conflicts, no other."""
    anna, ben = new_device(server, tmp_path / "a", "anna"), new_device(server, tmp_path / "b", "ben")
    devices = [anna, ben]
    cid = add_client(anna.ws, last_name="Shared", phone="P0")
    backup = _backup_everyone_has(server, tmp_path, devices)
    delete_client(anna.ws, client_id=cid)
    update_client(ben.ws, client_id=cid, changes={"phone": "P2"})
    anna.sync()
    ben.sync()
    anna.sync()
    before = _open_conflicts(server)
    assert {f for _i, _r, f in before} == {"deleted", "phone"} and _local_conflicts(ben) == before

    _restore(server, backup, "server notices by itself")
    for d in [anna, ben] if first == "anna" else [ben, anna]:
        d.sync()
    for d in devices:
        d.sync()
    row = server.rows("client")[("client", cid)]
    assert (row.deleted, row.data["phone"], row.needs_review) == (True, "P0", True)
    assert _open_conflicts(server) == before
    assert _local_conflicts(ben) == before and _local_conflicts(anna) == set()
    _converged(server, devices)
    for d in devices:
        d.close()
