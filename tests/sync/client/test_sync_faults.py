"""A bad network loses no edit; replays are idempotent; concurrent edits end as conflicts with both
values kept; a resolution reaches every device; deletes, child lists and notes merge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clients import delete_client, update_client
from app.meetings import add_note
from app.sync_service import SyncProblem, list_conflicts, resolve_conflict, sync_now
from models import ClientLanguage
from models.enums import LanguageLevel
from sync.client import bookkeeping as local
from sync.client.apply import PageApplier
from sync.client.engine import SyncOptions
from sync.server.tables import Conflict, RowRevision, RowState, ServerState
from tests.support.sync import (
    FAULTS,
    Device,
    FaultyTransport,
    RecordingTransport,
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
        for name in ("anna", "ben", "carl"):
            srv.user(name)
        yield srv
        srv.close()


@pytest.fixture
def devices(server: Server, tmp_path: Path) -> Iterator[list[Device]]:
    devs = [new_device(server, tmp_path / name, name) for name in ("anna", "ben", "carl")]
    yield devs
    for d in devs:
        d.close()


def _converged(server: Server, devices: list[Device]) -> None:
    for d in devices:
        d.sync()
    for d in devices:
        d.sync()
        assert local_view(d.ws) == server_view(server, d.username)
        with Session(d.ws.engine) as s:
            assert local.unsent_count(s) == 0


def test_a_faulty_network_loses_no_edit(server: Server, devices: list[Device]) -> None:
    made: list[tuple[str, str, str]] = []  # (client, field, value)
    for round_no in range(6):
        for n, d in enumerate(devices):
            cid = add_client(d.ws, last_name=f"R{round_no}D{n}")
            made.append((cid, "last_name", f"R{round_no}D{n}"))
            update_client(d.ws, client_id=cid, changes={"phone": f"+358 {round_no}{n}"})
            made.append((cid, "phone", f"+358 {round_no}{n}"))
            add_note(d.ws, client_id=cid, text=f"note {round_no}")
        for n, d in enumerate(devices):
            faulty = FaultyTransport(server.transport(), seed=round_no * 10 + n, rate=0.5)
            opts = SyncOptions(push_batch=3, pull_limit=5, pull_limit_max=5, attempts=2, retry_delay=0.0)
            for _attempt in range(60):
                try:
                    sync_now(d.ws, transport=faulty, options=opts)
                    break
                except SyncProblem as exc:
                    assert exc.code in ("transport", "protocol")
            else:
                pytest.fail("sync never got through")
            d.faults = faulty.seen  # type: ignore[attr-defined]
    seen = {f for d in devices for f in d.faults}  # type: ignore[attr-defined]
    assert seen == set(FAULTS), "every kind of fault was exercised"
    _converged(server, devices)
    rows = server.rows("client")
    for cid, field, value in made:
        assert rows[("client", cid)].data[field] == value
    with Session(server.db.engine) as s:
        assert s.scalar(select(func.count()).select_from(RowState).where(RowState.entity == "note")) == 18
        assert s.scalar(select(func.count()).select_from(Conflict)) == 0  # duplicates never conflict


def test_replaying_a_push_changes_nothing_and_answers_the_same(server: Server, devices: list[Device]) -> None:
    anna = devices[0]
    recorder = RecordingTransport(server.transport())
    anna.transport = recorder
    cid = add_client(anna.ws)
    update_client(anna.ws, client_id=cid, changes={"phone": "1"})
    anna.sync()
    with Session(server.db.engine) as s:
        before = (s.get(ServerState, 1).last_seq, s.scalar(select(func.count()).select_from(RowRevision)))  # type: ignore[union-attr]
    for _ in range(3):
        replay = recorder.replay_last_push()
        assert replay is not None
        first, again = replay
        assert again.status == 200 and again.body["results"] == first["results"]
    with Session(server.db.engine) as s:
        after = (s.get(ServerState, 1).last_seq, s.scalar(select(func.count()).select_from(RowRevision)))  # type: ignore[union-attr]
    assert after == before


def test_same_field_edited_on_two_devices_is_a_conflict_and_its_resolution_reaches_everyone(
    server: Server, devices: list[Device]
) -> None:
    anna, ben, _carl = devices
    cid = add_client(anna.ws)
    _converged(server, devices)
    update_client(anna.ws, client_id=cid, changes={"phone": "anna's", "address": "Kauppakatu 1"})
    update_client(ben.ws, client_id=cid, changes={"phone": "ben's", "last_name": "Changed"})
    anna.sync()
    ben.sync()
    # Both values kept: the server's (anna's) in the record, ben's in the conflict, base too.
    row = server.rows("client")[("client", cid)]
    assert row.data["phone"] == "anna's" and row.needs_review
    assert row.data["address"] == "Kauppakatu 1" and row.data["last_name"] == "Changed"  # merged fields
    with Session(server.db.engine) as s:
        conflict = s.scalars(select(Conflict)).one()
    assert (conflict.field, conflict.server_value, conflict.client_value) == ("phone", "anna's", "ben's")
    [view] = list_conflicts(ben.ws)
    assert (view.field, view.server, view.local, view.base) == ("phone", "anna's", "ben's", None)
    # Ben keeps his value: a normal change that syncs to every device, and the flag is cleared.
    resolve_conflict(ben.ws, conflict_id=view.id, keep="local")
    _converged(server, devices)
    for d in devices:
        assert local_view(d.ws)[("client", cid)]["phone"] == "ben's"
    row = server.rows("client")[("client", cid)]
    assert row.data["phone"] == "ben's" and not row.needs_review
    assert list_conflicts(ben.ws) == []


def test_an_edit_to_a_record_deleted_elsewhere_is_a_conflict_not_a_drop(
    server: Server, devices: list[Device]
) -> None:
    anna, ben, _carl = devices
    cid = add_client(anna.ws)
    _converged(server, devices)
    delete_client(anna.ws, client_id=cid)
    update_client(ben.ws, client_id=cid, changes={"phone": "still here"})
    anna.sync()
    report = ben.sync()
    assert report.results == {"conflict": 1}
    conflicts = {c.field: c for c in list_conflicts(ben.ws)}
    assert conflicts["phone"].local == "still here" and conflicts["deleted"].server is True
    # Ben brings the record back with his edit: both changes sync to everyone.
    resolve_conflict(ben.ws, conflict_id=conflicts["deleted"].id, keep="local")
    resolve_conflict(ben.ws, conflict_id=conflicts["phone"].id, keep="local")
    _converged(server, devices)
    row = server.rows("client")[("client", cid)]
    assert not row.deleted and row.data["phone"] == "still here"


def test_a_delete_reaches_a_device_that_was_offline_for_months(server: Server, devices: list[Device]) -> None:
    anna, _ben, carl = devices
    cids = [add_client(anna.ws, last_name=f"N{i}") for i in range(3)]
    _converged(server, devices)
    for i in range(40):  # months of other work while carl is away
        update_client(anna.ws, client_id=cids[1], changes={"phone": str(i)})
        anna.sync()
    delete_client(anna.ws, client_id=cids[0])
    anna.sync()
    carl.sync()
    assert local_view(carl.ws)[("client", cids[0])]["deleted"] is True


def test_child_lists_merge_as_adds_and_removes_and_notes_never_conflict(
    server: Server, devices: list[Device]
) -> None:
    anna, ben, _carl = devices
    cid = add_client(anna.ws)
    with anna.ws.session() as s:
        old = ClientLanguage(client_id=cid, language="ru", level=LanguageLevel.B1_1)
        s.add(old)
    _converged(server, devices)
    with anna.ws.session() as s:
        s.add(ClientLanguage(client_id=cid, language="ar", level=LanguageLevel.A1_1))
        lang = s.get(ClientLanguage, old.id)
        assert lang is not None
        lang.deleted = True
    with ben.ws.session() as s:
        s.add(ClientLanguage(client_id=cid, language="uk", level=LanguageLevel.A2_1))
    add_note(anna.ws, client_id=cid, text="anna's note")
    add_note(ben.ws, client_id=cid, text="ben's note")
    anna.sync()
    ben.sync()
    _converged(server, devices)
    view = local_view(ben.ws)
    langs = {v["language"] for (e, _i), v in view.items() if e == "client_language" and not v["deleted"]}
    notes = {v["text"] for (e, _i), v in view.items() if e == "note"}
    assert langs == {"ar", "uk"} and notes == {"anna's note", "ben's note"}
    assert list_conflicts(anna.ws) == list_conflicts(ben.ws) == []


def test_a_push_with_a_gap_is_refused_from_the_gap(server: Server, devices: list[Device]) -> None:
    anna = devices[0]
    add_client(anna.ws)
    add_client(anna.ws)
    with Session(anna.ws.engine) as s:
        token = local.get(s, local.TOKEN)
        epoch = local.get(s, local.EPOCH)
    entry = {
        "seq": 2,
        "mutation_id": "m2",
        "entity": "client",
        "row_id": "r2",
        "op": "insert",
        "base_version": 0,
        "fields": {"first_names": "A", "last_name": "B", "home_municipality": "297"},
        "device_time": "2026-01-01T10:00:00",
        "user": "anna",
    }
    reply = server.transport().request(
        "POST", "/api/v1/push", body={"epoch": epoch, "entries": [entry]}, token=token
    )
    assert reply.status == 200 and reply.body["gap"] == {"expected": 1} and reply.body["results"] == []
    assert server.rows() == {}
    anna.sync()  # the real client sends from 1 and everything lands
    assert len(server.rows("client")) == 2


def test_a_crash_while_applying_a_page_leaves_cursor_and_rows_together(
    server: Server, devices: list[Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, ben, _carl = devices
    for i in range(5):
        add_client(anna.ws, last_name=f"C{i}")
    anna.sync()
    real_apply = PageApplier.apply

    def crash(self: PageApplier, items: list) -> None:  # type: ignore[type-arg]
        real_apply(self, items)
        raise RuntimeError("power cut")

    monkeypatch.setattr(PageApplier, "apply", crash)
    with pytest.raises(RuntimeError):
        ben.sync()
    with Session(ben.ws.engine) as s:
        assert local.get_int(s, local.CURSOR) == 0
    assert not [k for k in local_view(ben.ws) if k[0] == "client"]
    monkeypatch.setattr(PageApplier, "apply", real_apply)
    ben.sync()
    assert local_view(ben.ws) == server_view(server, "ben")


def test_a_server_crash_mid_push_commits_nothing_of_the_batch(
    server: Server, devices: list[Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Invariant 5 on the server: rows, revisions, answers and the device's progress commit together."""
    import sync.server.push as push_module

    anna = devices[0]
    for i in range(5):
        add_client(anna.ws, last_name=f"C{i}")

    def crash(*_args: object) -> None:
        raise RuntimeError("server killed")

    monkeypatch.setattr(push_module, "store_access_log", crash)  # after every entry was applied
    with pytest.raises(RuntimeError):
        anna.sync()
    assert server.rows() == {}
    with Session(server.db.engine) as s:
        state = s.get(ServerState, 1)
        assert state is not None and state.last_seq == 0
        assert s.scalar(select(func.count()).select_from(RowRevision)) == 0
    monkeypatch.undo()
    anna.sync()
    assert len(server.rows("client")) == 5
    assert local_view(anna.ws) == server_view(server, "anna")
