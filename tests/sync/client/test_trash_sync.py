"""A restore syncs like any edit: two laptops with real encrypted profiles and the real server app in
process (SQLite, or PostgreSQL with ``POLKU_TEST_DATABASE_URL``). Synthetic names only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.clients import delete_client, list_clients, update_client
from app.edits import StaleEdit
from app.meetings import book_meeting, meetings_for_client
from app.sync_service import list_conflicts, resolve_conflict
from app.trash import list_recently_deleted, restore
from models.enums import MeetingMode, MeetingPurpose
from tests.support.sync import Device, Server, add_client, counsellors_server, new_device


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with counsellors_server(tmp_path / "server", "anna", "ben") as srv:
        yield srv


@pytest.fixture
def laptops(server: Server, tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    anna, ben = new_device(server, tmp_path / "a", "anna"), new_device(server, tmp_path / "b", "ben")
    yield anna, ben
    anna.close()
    ben.close()


def _live(d: Device) -> set[str]:
    return {c.id for c in list_clients(d.ws)}


def test_a_restore_reaches_the_other_laptop(server: Server, laptops: tuple[Device, Device]) -> None:
    anna, ben = laptops
    cid = add_client(anna.ws, last_name="Demo-Restore")
    meeting = book_meeting(
        anna.ws,
        client_id=cid,
        starts_at=datetime(2026, 4, 1, 10, 0),
        mode=MeetingMode.REMOTE,
        purpose=MeetingPurpose.GUIDANCE,
    )
    anna.sync()
    ben.sync()
    delete_client(anna.ws, client_id=cid)
    anna.sync()
    ben.sync()
    assert cid not in _live(ben)
    # Ben's laptop offers it too: the delete came with who made it and when.
    [item] = list_recently_deleted(ben.ws)
    assert (item.id, item.deleted_by) == (cid, "anna")

    restore(anna.ws, kind="client", item_id=cid)
    assert anna.sync().results == {"applied": 1}
    ben.sync()
    assert not server.rows("client")[("client", cid)].deleted
    assert cid in _live(ben)
    assert [m.id for m in meetings_for_client(ben.ws, client_id=cid)] == [meeting.id]
    assert list_recently_deleted(ben.ws) == []


def test_an_edit_made_elsewhere_meanwhile_is_a_visible_conflict_not_lost(
    server: Server, laptops: tuple[Device, Device]
) -> None:
    anna, ben = laptops
    cid = add_client(anna.ws, last_name="Demo-Conflict")
    anna.sync()
    ben.sync()
    delete_client(anna.ws, client_id=cid)
    anna.sync()
    # Ben, offline, changes the phone number of the client Anna has deleted.
    update_client(ben.ws, client_id=cid, changes={"phone": "040 000 0000"})
    assert ben.sync().results == {"conflict": 1}
    restore(anna.ws, kind="client", item_id=cid)
    anna.sync()
    ben.sync()
    row = server.rows("client")[("client", cid)]
    assert not row.deleted and row.data["phone"] is None  # the server did not take Ben's edit silently
    conflicts = {c.field: c for c in list_conflicts(ben.ws)}
    assert conflicts["phone"].local == "040 000 0000"  # ... nor drop it: Ben chooses, on his screen
    resolve_conflict(ben.ws, conflict_id=conflicts["phone"].id, keep="local")
    # The "deleted" conflict was recorded while the client was deleted on the server. Choosing the
    # server's value as it was then would delete the client again: Ben is asked again instead.
    with pytest.raises(StaleEdit):
        resolve_conflict(ben.ws, conflict_id=conflicts["deleted"].id, keep="server")
    assert cid in _live(ben)
    resolve_conflict(ben.ws, conflict_id=conflicts["deleted"].id, keep="local")
    ben.sync()
    anna.sync()
    assert server.rows("client")[("client", cid)].data["phone"] == "040 000 0000"
    assert cid in _live(anna) and cid in _live(ben)
