"""A server restored from a backup, done exactly as docs/sync-protocol.md says (``mark-backup``, copy,
more syncs, restore, with and without ``new-epoch``): the laptops' re-sent changes end in the order
the server first accepted them, whichever laptop comes back first, and no conflict appears that did
not exist before the restore (issue 13, item 4)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import update_client
from app.sync_service import list_conflicts
from sync.server import admin
from sync.server.tables import Conflict
from tests.test_sync_support import (
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
    for d in devices:
        d.sync()
    admin.mark_durable(server.db)  # polku-server mark-backup, right before the copy
    backup = server.snapshot(tmp_path)
    for d in devices:
        d.sync()  # they may now forget what the backup holds
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
    for d in devices:
        d.sync()
    admin.mark_durable(server.db)
    backup = server.snapshot(tmp_path)
    for d in devices:
        d.sync()
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
    for d in devices:
        d.sync()
    admin.mark_durable(server.db)
    backup = server.snapshot(tmp_path)
    for d in devices:
        d.sync()
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
