"""A client removed from the laptop because it left the caseload is in the access log (issue 18).

The removal is written to the laptop's own log in the transaction that deletes the rows, and reaches
the server with the next sync, stored like any other entry and not flagged ``outside_scope`` (the
client was this laptop's until it left). A removal that waits for unsent work is logged once, when it
happens. The client's data extract names the action in words.

Real encrypted profiles against the real server app (SQLite, or PostgreSQL when
POLKU_TEST_DATABASE_URL is set)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import get_client, update_client
from app.meetings import add_note
from app.printing.extract import extract_json
from app.printing.extract_pdf import extract_pdf
from app.printing.extract_schema import build_schema
from models import AccessLogEntry
from models.enums import AccessAction
from sync.server.holdings import device_clients
from sync.server.tables import AccessLog
from tests.support.printing import norm, pages_text
from tests.support.sync import (
    Device,
    EditsDuringPull,
    Server,
    add_client,
    local_view,
    new_device,
    server_database,
    set_municipalities,
)

USERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "anna": ("counsellor", ("297",)),
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


def removals(d: Device) -> list[AccessLogEntry]:
    """The laptop's own access log: its ``remove`` entries, oldest first."""
    with Session(d.ws.engine) as s:
        q = select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.REMOVE)
        return list(s.scalars(q.order_by(AccessLogEntry.seq)))


def on_server(server: Server, d: Device, client_id: str) -> list[AccessLog]:
    """What the server stored from this laptop's access log about one client, in the laptop's order."""
    with Session(server.db.engine) as s:
        q = select(AccessLog).where(
            AccessLog.device_id == d.ws.actor.device_id, AccessLog.client_id == client_id
        )
        return list(s.scalars(q.order_by(AccessLog.seq)))


def _anna_and_the_office(server: Server, tmp_path: Path) -> tuple[Device, Device, str, str]:
    """Anna's laptop has two Kuopio (297) clients from the office."""
    office = new_device(server, tmp_path / "office", "office")
    anna = new_device(server, tmp_path / "anna", "anna")
    moving = add_client(office.ws, "Demo-Moving", "297")
    staying = add_client(office.ws, "Demo-Staying", "297")
    office.sync()
    anna.sync()
    assert client_ids(anna) == {moving, staying} and removals(anna) == []
    return office, anna, moving, staying


def test_a_client_moved_away_is_logged_as_removed_and_the_entry_reaches_the_server(
    server: Server, tmp_path: Path
) -> None:
    office, anna, moving, staying = _anna_and_the_office(server, tmp_path)
    update_client(office.ws, client_id=moving, changes={"home_municipality": "402"})
    office.sync()

    anna.sync()

    assert client_ids(anna) == {staying}
    [entry] = removals(anna)
    # Who and where, and why in a fixed word: nothing about the client but its id.
    assert (entry.user, entry.device_id, entry.client_id) == ("anna", anna.ws.actor.device_id, moving)
    assert (entry.entity, entry.record_id, entry.detail) == ("client", None, "left-caseload")
    # The push goes before the pull: the entry is on its way with the next sync.
    assert [r.action for r in on_server(server, anna, moving)] == []

    anna.sync()

    [stored] = on_server(server, anna, moving)
    assert (stored.id, stored.user, stored.action, stored.detail) == (
        entry.id,
        "anna",
        "remove",
        "left-caseload",
    )
    assert stored.flags is None  # the client was this laptop's: not "outside_scope"
    # For a lost laptop IT sees when the client was dropped, and that no one ever opened it there.
    [held] = [h for h in device_clients(server.db, anna.ws.actor.device_id).clients if h.client_id == moving]
    assert held.evicted is not None and held.last_opened is None
    assert len(removals(anna)) == 1  # the second sync removed nothing and logged nothing
    for d in (office, anna):
        d.close()


def test_new_municipalities_log_each_removal_and_the_server_flags_none(
    server: Server, tmp_path: Path
) -> None:
    """The administrator moves Anna from Kuopio to Kajaani. The Kuopio clients never moved (no
    ``scope_change``), yet the server sent them to her laptop: neither the view she logged of one
    before the change nor the removals are outside her caseload."""
    office, anna, first, second = _anna_and_the_office(server, tmp_path)
    kajaani = add_client(office.ws, "Demo-Kajaani", "204")
    office.sync()
    get_client(anna.ws, client_id=first)  # opened offline; the view is sent at the next sync
    set_municipalities(server, "anna", "204")

    anna.sync()

    assert client_ids(anna) == {kajaani}
    assert sorted(e.client_id or "" for e in removals(anna)) == sorted([first, second])
    anna.sync()
    assert [(r.action, r.flags) for r in on_server(server, anna, first)] == [("view", None), ("remove", None)]
    assert [(r.action, r.flags) for r in on_server(server, anna, second)] == [("remove", None)]
    for d in (office, anna):
        d.close()


def test_a_removal_that_waits_for_unsent_work_is_logged_once_when_it_happens(
    server: Server, tmp_path: Path
) -> None:
    office, anna, moving, _staying = _anna_and_the_office(server, tmp_path)
    update_client(office.ws, client_id=moving, changes={"home_municipality": "204"})
    office.sync()
    # A note typed while the sync ran: unsent when the pull says the client left, so it stays.
    anna.transport = EditsDuringPull(
        server.transport(), lambda: add_note(anna.ws, client_id=moving, text="typed during the sync")
    )
    anna.sync()
    anna.transport = None
    assert moving in client_ids(anna) and removals(anna) == []

    anna.sync()  # the note goes (and is refused: the client left); then the client leaves the laptop

    assert moving not in client_ids(anna)
    assert [e.client_id for e in removals(anna)] == [moving]
    anna.sync()
    assert [e.client_id for e in removals(anna)] == [moving]
    stored = [(r.action, r.flags) for r in on_server(server, anna, moving)]
    assert stored == [("create", None), ("remove", None)]  # the note, then the removal
    for d in (office, anna):
        d.close()


def test_the_data_extract_names_the_removal_in_words(server: Server, tmp_path: Path) -> None:
    """The client moves away and back; the extract Anna's laptop prints of it shows the removal in
    Finnish and the client's language, and the JSON extract still meets its schema."""
    office, anna, cid, _staying = _anna_and_the_office(server, tmp_path)
    for municipality in ("402", "297"):
        update_client(office.ws, client_id=cid, changes={"home_municipality": municipality})
        office.sync()
        anna.sync()
    assert cid in client_ids(anna) and [e.client_id for e in removals(anna)] == [cid]

    pdf = extract_pdf(anna.ws, client_id=cid, lang="en")

    log = norm(" ".join(pages_text(pdf))).split("Tietojesi käsittelyloki")[-1]
    for words in ("Poisto laitteelta", "Removal from device", "Ei enää käyttäjän asiakkaana"):
        assert words in log
    assert "No longer the user" in log and "left-caseload" not in log
    data = json.loads(extract_json(anna.ws, client_id=cid))
    jsonschema.Draft202012Validator(build_schema()).validate(data)
    assert [(e["action"], e["detail"]) for e in data["access_log"] if e["action"] == "remove"] == [
        ("remove", "left-caseload")
    ]
    for d in (office, anna):
        d.close()
