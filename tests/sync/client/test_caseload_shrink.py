"""Caseloads that shrink (issue 18): a client leaves a counsellor's caseload while the laptop still
has unsent work for it. The next sync sends that work first (it reaches the server) and then removes
the client and everything attached from the laptop; nothing the server did not get is removed.

Real encrypted profiles against the real server app (SQLite, or PostgreSQL when
POLKU_TEST_DATABASE_URL is set). The office moves clients on its own laptop; an administrator
changes a counsellor's municipalities as ``polku-server set-municipalities`` does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import update_client
from app.meetings import add_note
from app.printing.documents import make_document
from app.printing.tempfiles import FILES
from app.sync_review import list_refused
from app.sync_service import SyncProblem
from sync.client import bookkeeping as local
from sync.client.errors import TransportFailed
from sync.client.transport import Reply, Transport
from sync.server.tables import RowRevision, RowState
from tests.support.sync import (
    Device,
    EditsDuringPull,
    Server,
    add_client,
    local_view,
    new_device,
    server_database,
    server_view,
    set_municipalities,
)

USERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "anna": ("counsellor", ("297",)),
    "ben": ("counsellor", ("204",)),
    "office": ("office", ("297", "204", "402", "857")),
}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        for name, (role, munis) in USERS.items():
            srv.user(name, role, munis)
        yield srv
        srv.close()


def client_ids(d: Device) -> set[str]:
    return {row_id for entity, row_id in local_view(d.ws) if entity == "client"}


def rows_of(d: Device, client_id: str) -> set[tuple[str, str]]:
    """The laptop's rows of one client (the client itself and its notes)."""
    view = local_view(d.ws)
    return {k for k, v in view.items() if k == ("client", client_id) or v.get("client_id") == client_id}


def unsent(d: Device) -> int:
    with Session(d.ws.engine) as s:
        return local.unsent_count(s)


def by_device(server: Server, device: Device, row_id: str) -> list[dict[str, Any]]:
    """What the server stored from ``device`` for a row: the data of each of its revisions."""
    with Session(device.ws.engine) as s:
        device_id = local.get(s, local.DEVICE_ID)
    with Session(server.db.engine) as s:
        revs = s.scalars(
            select(RowRevision).where(RowRevision.row_id == row_id, RowRevision.device_id == device_id)
        )
        return [dict(r.data) for r in revs]


def assert_holds_exactly_its_caseload(d: Device) -> None:
    mine = {k for k in local_view(d.ws)}
    theirs = set(server_view(d.server, d.username))
    assert mine == theirs, (sorted(mine - theirs), sorted(theirs - mine))


def test_a_client_moved_away_takes_the_laptop_s_unsent_edit_to_the_server_first(
    server: Server, tmp_path: Path
) -> None:
    office = new_device(server, tmp_path / "office", "office")
    anna = new_device(server, tmp_path / "anna", "anna")
    moving = add_client(office.ws, "Demo-Moving", "297")
    staying = add_client(office.ws, "Demo-Staying", "297")
    add_note(office.ws, client_id=moving, text="first meeting")
    office.sync()
    anna.sync()
    assert client_ids(anna) == {moving, staying}
    # She had both clients' data extracts open in the PDF viewer (the session's print folder).
    shown = {
        cid: FILES.write(make_document(anna.ws, cid, "extract", lang="fi"), f"x-{n}.pdf", client_id=cid)
        for n, cid in enumerate((moving, staying))
    }
    # Offline: Anna updates the phone number and writes a note; meanwhile the office moves the client.
    update_client(anna.ws, client_id=moving, changes={"phone": "+358 40 0000001"})
    note = add_note(anna.ws, client_id=moving, text="moving to Kajaani next month")
    update_client(office.ws, client_id=moving, changes={"home_municipality": "402"})
    office.sync()

    report = anna.sync()

    # Both changes reached the server, under Anna's laptop, and nothing was refused.
    assert [d["phone"] for d in by_device(server, anna, moving)] == ["+358 40 0000001"]
    assert by_device(server, anna, note.id)[0]["text"] == "moving to Kajaani next month"
    assert server.rows()[("client", moving)].data["home_municipality"] == "402"  # the move stands
    assert list_refused(anna.ws) == []
    # Then the client and what hangs under it left the laptop; the other client stayed.
    assert report.evicted == 1
    assert rows_of(anna, moving) == set()
    assert client_ids(anna) == {staying}
    assert unsent(anna) == 0
    assert_holds_exactly_its_caseload(anna)
    # The moved client's printed document left with it; the other client's stays for the session.
    assert not shown[moving].exists() and shown[staying].exists()
    FILES.remove_all()
    # The office (who now serves the client) sees Anna's note.
    office.sync()
    assert ("note", note.id) in local_view(office.ws)
    for d in (office, anna):
        d.close()


def test_a_client_reassigned_away_leaves_the_counsellor_who_only_had_it_by_assignment(
    server: Server, tmp_path: Path
) -> None:
    """A counsellor sees the clients of their municipalities and those assigned to them
    (``sync.server.scope``): Ben (204) had a 297 client only because it was assigned to him."""
    office = new_device(server, tmp_path / "office", "office")
    anna = new_device(server, tmp_path / "anna", "anna")
    ben = new_device(server, tmp_path / "ben", "ben")
    cid = add_client(office.ws, "Demo-Assigned", "297", assigned_counsellor="ben")
    office.sync()
    for d in (anna, ben):
        d.sync()
        assert client_ids(d) == {cid}
    note = add_note(ben.ws, client_id=cid, text="handover notes")
    update_client(office.ws, client_id=cid, changes={"assigned_counsellor": "anna"})
    office.sync()

    ben.sync()
    anna.sync()

    assert by_device(server, ben, note.id)[0]["text"] == "handover notes"
    assert client_ids(ben) == set() and local_view(ben.ws) == {}
    assert_holds_exactly_its_caseload(ben)
    # Anna keeps the client (her municipality, now hers by assignment too) and gets Ben's note.
    assert ("note", note.id) in rows_of(anna, cid)
    assert_holds_exactly_its_caseload(anna)
    for d in (office, anna, ben):
        d.close()


def _two_municipalities(server: Server, tmp_path: Path) -> tuple[Device, Device, dict[str, str]]:
    office = new_device(server, tmp_path / "office", "office")
    anna = new_device(server, tmp_path / "anna", "anna")
    ids = {
        "K297": add_client(office.ws, "Demo-A", "297"),
        "K297b": add_client(office.ws, "Demo-B", "297"),
        "K204": add_client(office.ws, "Demo-C", "204"),
        "K857": add_client(office.ws, "Demo-D", "857"),
    }
    for cid in ids.values():
        add_note(office.ws, client_id=cid, text="intake")
    office.sync()
    anna.sync()
    assert client_ids(anna) == {ids["K297"], ids["K297b"]}
    return office, anna, ids


def test_new_municipalities_reset_the_laptop_to_exactly_the_new_caseload(
    server: Server, tmp_path: Path
) -> None:
    """The administrator moves Anna from Kuopio (297) to Kajaani (204) and Siilinjärvi (857). Her
    laptop's unsent edit to a Kuopio client is sent first, then the laptop pulls from the beginning
    and ends with exactly the new caseload."""
    office, anna, ids = _two_municipalities(server, tmp_path)
    update_client(anna.ws, client_id=ids["K297"], changes={"address": "Kauppakatu 1"})
    note = add_note(anna.ws, client_id=ids["K297b"], text="last visit")
    set_municipalities(server, "anna", "204", "857")

    report = anna.sync()

    assert [d["address"] for d in by_device(server, anna, ids["K297"])] == ["Kauppakatu 1"]
    assert by_device(server, anna, note.id)[0]["text"] == "last visit"
    assert client_ids(anna) == {ids["K204"], ids["K857"]}
    assert_holds_exactly_its_caseload(anna)
    assert report.evicted == 2 and unsent(anna) == 0 and list_refused(anna.ws) == []
    # A later sync changes nothing.
    again = anna.sync()
    assert (again.pulled, again.evicted, again.pushed) == (0, 0, 0)
    for d in (office, anna):
        d.close()


class LosesFirstReset:
    """Delivers the server's answers, except the first ``reset`` page: the server did the work
    (and recorded the pull), the laptop never saw it."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.lost = 0

    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        reply = self.inner.request(method, path, **kwargs)
        if (
            path.endswith("/pull")
            and isinstance(reply.body, dict)
            and reply.body.get("reset")
            and not self.lost
        ):
            self.lost += 1
            raise TransportFailed("the answer never arrived")
        return reply


def test_a_lost_reset_answer_still_ends_with_the_new_caseload(server: Server, tmp_path: Path) -> None:
    office, anna, ids = _two_municipalities(server, tmp_path)
    set_municipalities(server, "anna", "204")
    lossy = LosesFirstReset(server.transport())
    anna.transport = lossy
    with pytest.raises(SyncProblem):
        anna.sync()
    assert lossy.lost == 1
    anna.sync()
    assert client_ids(anna) == {ids["K204"]}
    assert_holds_exactly_its_caseload(anna)
    for d in (office, anna):
        d.close()


def _moved_after_anna_synced(server: Server, tmp_path: Path) -> tuple[Device, Device, str]:
    """Anna's laptop has a Kuopio client; then the office moves it to Kajaani (204)."""
    office = new_device(server, tmp_path / "office", "office")
    anna = new_device(server, tmp_path / "anna", "anna")
    cid = add_client(office.ws, "Demo-Late", "297")
    office.sync()
    anna.sync()
    update_client(office.ws, client_id=cid, changes={"home_municipality": "204"})
    office.sync()
    return office, anna, cid


def test_an_edit_to_a_client_the_laptop_was_told_to_drop_is_refused_kept_and_shown(
    server: Server, tmp_path: Path
) -> None:
    """The edge: the laptop changes a client after the server already told it the client left
    (here: typed while the pull that said so was on its way). The pull keeps the client for the
    unsent change; the next sync sends it, the server refuses it (``forbidden``: the client is out of
    reach, and the laptop was told so), the client leaves the laptop, and the change stays in the
    laptop's list of refused changes with what was typed, for the counsellor to pass on."""
    office, anna, cid = _moved_after_anna_synced(server, tmp_path)
    typed: list[str] = []

    def type_note() -> None:
        typed.append(add_note(anna.ws, client_id=cid, text="typed during the sync").id)

    anna.transport = EditsDuringPull(server.transport(), type_note)
    first = anna.sync()
    assert first.evicted == 0 and cid in client_ids(anna)  # kept: something of it is unsent
    anna.transport = None

    anna.sync()

    [refused] = list_refused(anna.ws)
    assert (refused.entity, refused.row_id, refused.code) == ("note", typed[0], "forbidden")
    assert refused.fields["text"] == "typed during the sync" and not refused.still_on_this_laptop
    assert ("note", typed[0]) not in server.rows()
    assert client_ids(anna) == set()  # the client left with the answer, not a sync later
    assert_holds_exactly_its_caseload(anna)
    for d in (office, anna):
        d.close()


def test_a_client_that_comes_back_while_its_removal_waits_stays(server: Server, tmp_path: Path) -> None:
    """A removal waiting for an unsent change is forgotten when the client comes back into the
    caseload before the next sync: the laptop keeps the client it may see again."""
    office, anna, cid = _moved_after_anna_synced(server, tmp_path)
    anna.transport = EditsDuringPull(
        server.transport(), lambda: update_client(anna.ws, client_id=cid, changes={"phone": "+358 1"})
    )
    anna.sync()
    anna.transport = None
    update_client(office.ws, client_id=cid, changes={"home_municipality": "297"})
    office.sync()
    anna.sync()
    assert cid in client_ids(anna)
    assert_holds_exactly_its_caseload(anna)
    with Session(server.db.engine) as s:
        row = s.get(RowState, ("client", cid))
        assert row is not None and row.data["phone"] == "+358 1"  # held by the laptop when sent
    for d in (office, anna):
        d.close()
