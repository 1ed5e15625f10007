"""Clock skew, server restore, old and too-old clients, revoked devices, several server workers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import delete_client, update_client
from app.meetings import add_note
from app.sync_service import SyncProblem, list_conflicts, unsynced_work, wipe_profile
from models import utcnow
from sync.client import bookkeeping as local
from sync.client.engine import SyncOptions
from sync.entities import specs
from sync.server import admin
from sync.server.tables import Conflict, ServerState
from tests.support.sync import (
    FAST,
    PASSWORD,
    Device,
    Server,
    add_client,
    counsellors_server,
    local_view,
    new_device,
    server_database,
    server_view,
)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with counsellors_server(tmp_path / "server", "anna", "ben") as srv:
        yield srv


def _skewed(days: int) -> Any:
    shifted = lambda: utcnow() + timedelta(days=days)  # noqa: E731
    return mock.patch("app.changes.utcnow", shifted)


def _scenario(server: Server, tmp: Path, skew_a: int, skew_b: int) -> tuple[Any, ...]:
    anna, ben = new_device(server, tmp / "a", "anna"), new_device(server, tmp / "b", "ben")
    try:
        with _skewed(skew_a):
            alpha, beta = add_client(anna.ws, last_name="Alpha"), add_client(anna.ws, last_name="Beta")
            anna.sync()
        with _skewed(skew_b):
            ben.sync()
            update_client(ben.ws, client_id=alpha, changes={"phone": "ben", "address": "Ben St"})
            delete_client(ben.ws, client_id=beta)
        with _skewed(skew_a):
            update_client(anna.ws, client_id=alpha, changes={"phone": "anna"})
            update_client(anna.ws, client_id=beta, changes={"phone": "anna"})
            anna.sync()
        with _skewed(skew_b):
            ben.sync()
        with _skewed(skew_a):
            anna.sync()
        names = {alpha: "Alpha", beta: "Beta"}
        rows = server.rows("client")
        outcome = sorted(
            (names[rid], r.data["phone"], r.data["address"], r.deleted, r.needs_review)
            for (_e, rid), r in rows.items()
        )
        with Session(server.db.engine) as s:
            conflicts = sorted(
                (names[c.row_id], c.field, c.server_value, c.client_value)
                for c in s.scalars(select(Conflict))
            )
        return tuple(outcome), tuple(conflicts)
    finally:
        anna.close()
        ben.close()


def test_device_clocks_days_off_change_nothing(tmp_path: Path) -> None:
    outcomes = []
    for n, (skew_a, skew_b) in enumerate([(0, 0), (3, -3), (-30, 30), (400, -400)]):
        with server_database(tmp_path / f"server{n}") as url:
            server = Server(url)
            server.user("anna")
            server.user("ben")
            outcomes.append(_scenario(server, tmp_path / f"run{n}", skew_a, skew_b))
            server.close()
    assert all(o == outcomes[0] for o in outcomes)
    rows, conflicts = outcomes[0]
    assert ("Alpha", "anna", "Ben St", False, True) in rows  # the server's order decided, not the clocks
    assert ("Alpha", "phone", "anna", "ben") in conflicts or ("Alpha", "phone", "ben", "anna") in conflicts


@pytest.mark.parametrize("how", ["admin runs new-epoch", "server notices by itself"])
def test_a_server_restored_from_backup_loses_nothing(server: Server, tmp_path: Path, how: str) -> None:
    anna, ben = new_device(server, tmp_path / "a", "anna"), new_device(server, tmp_path / "b", "ben")
    c1 = add_client(anna.ws, last_name="Before")
    anna.sync()
    ben.sync()
    admin.mark_durable(server.db)  # the backup holds everything so far
    anna.sync()  # anna may forget the entries the backup holds
    with Session(anna.ws.engine) as s:
        assert local.get_int(s, "sync.cursor") > 0
    backup = server.snapshot(tmp_path)
    # After the backup: changes the server acknowledged and then lost in the restore.
    c2 = add_client(anna.ws, last_name="AfterBackup")
    update_client(anna.ws, client_id=c1, changes={"phone": "anna after backup"})
    anna.sync()
    update_client(ben.ws, client_id=c1, changes={"address": "ben after backup"})
    ben.sync()
    c3 = add_client(ben.ws, last_name="ByBen")
    add_note(ben.ws, client_id=c2, text="on anna's lost client")
    ben.sync()
    # Not yet synced when the server is restored.
    update_client(anna.ws, client_id=c2, changes={"address": "offline edit"})
    server.restore(backup)
    if how == "admin runs new-epoch":
        with server.db.write() as (s, state):
            admin.new_epoch(s, state)
    assert ("client", c2) not in server.rows()
    report_b = ben.sync()  # ben first: his note hangs under anna's lost client
    report_a = anna.sync()
    assert report_a.epoch_changed and report_b.epoch_changed
    for d in (anna, ben, anna, ben):
        d.sync()
    rows = server.rows("client")
    assert rows[("client", c1)].data["phone"] == "anna after backup"
    assert rows[("client", c1)].data["address"] == "ben after backup"
    assert rows[("client", c2)].data["address"] == "offline edit"
    assert ("client", c3) in rows
    assert any(r.data.get("text") == "on anna's lost client" for r in server.rows("note").values())
    for d in (anna, ben):
        assert local_view(d.ws) == server_view(server, d.username)
    anna.close()
    ben.close()


def test_a_client_one_version_behind_never_overwrites_fields_it_does_not_know(
    server: Server, tmp_path: Path
) -> None:
    client_fields = frozenset(specs()["client"].columns) - {"phone", "address"}  # new in "this" version
    old = SyncOptions(**{**FAST.__dict__, "known_fields": {"client": client_fields}})
    new_dev = new_device(server, tmp_path / "new", "anna")
    old_dev = new_device(server, tmp_path / "old", "ben", options=old)
    cid = add_client(new_dev.ws, last_name="Shared")
    update_client(new_dev.ws, client_id=cid, changes={"phone": "+358 1", "address": "Street 1"})
    new_dev.sync()
    old_dev.sync()
    assert local_view(old_dev.ws)[("client", cid)]["phone"] is None  # not known: not applied
    update_client(old_dev.ws, client_id=cid, changes={"last_name": "Renamed"})
    other = add_client(old_dev.ws, last_name="FromOld")
    old_dev.sync()
    new_dev.sync()
    row = server.rows("client")[("client", cid)]
    assert (row.data["last_name"], row.data["phone"], row.data["address"]) == (
        "Renamed",
        "+358 1",
        "Street 1",
    )
    assert server.rows("client")[("client", other)].data["phone"] is None
    assert list_conflicts(old_dev.ws) == list_conflicts(new_dev.ws) == []
    assert local_view(new_dev.ws) == server_view(server, "anna")
    new_dev.close()
    old_dev.close()


def test_a_too_old_client_is_told_to_update_and_keeps_its_outbox(server: Server, tmp_path: Path) -> None:
    anna = new_device(server, tmp_path / "a", "anna")
    add_client(anna.ws)
    server.settings.min_protocol = 2  # the server moved on
    with pytest.raises(SyncProblem) as err:
        anna.sync()
    assert err.value.code == "update_required"
    reply = server.transport().request("GET", "/api/v1/hello", token="x")
    assert reply.status == 426 and reply.body["code"] == "update_required"
    assert unsynced_work(anna.ws).changes == 1  # nothing lost
    server.settings.min_protocol = 1  # "after the update"
    anna.sync()
    assert unsynced_work(anna.ws).changes == 0 and len(server.rows("client")) == 1
    anna.close()


def test_a_revoked_device_is_refused_lists_its_unsynced_work_and_wipes(
    server: Server, tmp_path: Path
) -> None:
    anna = new_device(server, tmp_path / "a", "anna")
    add_client(anna.ws)
    anna.sync()
    add_client(anna.ws, last_name="Unsynced")
    admin.revoke_device(server.db, device_id=anna.ws.actor.device_id)
    with pytest.raises(SyncProblem) as err:
        anna.sync()
    assert err.value.code == "device_revoked"
    work = unsynced_work(anna.ws)
    assert work.changes == 1 and work.by_entity == {"client": 1} and not work.nothing_to_lose
    # Enrolling the same device again is refused too.
    reply = server.transport().request(
        "POST",
        "/api/v1/enroll",
        body={"username": "anna", "password": PASSWORD, "device_id": anna.ws.actor.device_id},
    )
    assert reply.status == 403 and reply.body["code"] == "device_revoked"
    folder = anna.ws.paths.folder
    (folder / "backups").mkdir(exist_ok=True)
    (folder / "backups" / "polku-old.db").write_bytes(b"x")
    anna.close()
    deleted = wipe_profile(folder)
    assert {p.name for p in deleted} >= {"polku.key", "polku.db", "polku-old.db"}
    assert not (folder / "polku.db").exists() and not (folder / "polku.key").exists()
    assert not (folder / "backups").exists() and not Path(f"{folder / 'polku.db'}-wal").exists()


def test_several_server_workers_never_let_a_pull_skip_a_change(server: Server, tmp_path: Path) -> None:
    """Each device talks to its own app instance over the same database (like several workers)."""
    writers = [new_device(server, tmp_path / f"w{i}", "anna") for i in range(3)]
    reader_server = Server(server.url)
    reader = new_device(reader_server, tmp_path / "r", "ben")
    apps = [Server(server.url) for _ in writers]
    for w, app in zip(writers, apps, strict=True):
        w.transport = app.transport()
    errors: list[BaseException] = []
    stop = threading.Event()

    def write(dev: Device) -> None:
        try:
            for i in range(8):
                for _ in range(3):
                    add_client(dev.ws, last_name=f"W{i}")
                dev.sync()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def read() -> None:
        try:
            while not stop.is_set():
                reader.sync()
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in writers]
    reader_thread = threading.Thread(target=read)
    reader_thread.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    reader_thread.join()
    assert not errors
    reader.sync()
    with Session(server.db.engine) as s:
        state = s.get(ServerState, 1)
        assert state is not None and state.last_seq == 72
    assert local_view(reader.ws) == server_view(server, "ben")
    for d in [*writers, reader]:
        d.close()
    for app in [*apps, reader_server]:
        app.close()
