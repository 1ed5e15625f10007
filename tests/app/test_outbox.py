"""Every local change appends an outbox entry in the same transaction (sync builds on this)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.changes import ChangeNotAllowed
from app.clients import ClientInput, LanguageSkill, create_client, delete_client, update_client
from app.workspace import Workspace
from models import Client, Note, OutboxEntry
from models.enums import LanguageLevel


def _outbox(ws: Workspace) -> list[OutboxEntry]:
    with ws.session() as s:
        return list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def _new(ws: Workspace) -> str:
    return create_client(
        ws,
        data=ClientInput(
            first_names="Olena",
            last_name="Demo-Shevchenko",
            home_municipality="297",
            date_of_birth=date(1990, 5, 1),
        ),
        languages=(LanguageSkill("uk", LanguageLevel.NATIVE, True),),
    ).id


def test_create_writes_insert_entries_with_all_fields_and_sync_metadata(workspace: Workspace) -> None:
    client_id = _new(workspace)
    entries = _outbox(workspace)
    assert [(e.entity, e.op, e.base_version) for e in entries] == [
        ("client", "insert", 0),
        ("client_language", "insert", 0),
    ]
    fields = json.loads(entries[0].fields)
    assert fields["first_names"] == "Olena" and fields["date_of_birth"] == "1990-05-01"
    assert "search_key" not in fields and "version" not in fields  # derived and sync columns stay out
    with workspace.session() as s:
        client = s.get(Client, client_id)
        assert client is not None
        assert client.changed_by == "test.ohjaaja"
        assert client.changed_device == workspace.actor.device_id
        assert client.version == 0 and client.server_seq is None


def test_update_records_only_the_changed_fields(workspace: Workspace) -> None:
    client_id = _new(workspace)
    update_client(workspace, client_id=client_id, changes={"phone": "+358 40 000 0000", "last_name": "Demo"})
    update_client(workspace, client_id=client_id, changes={"phone": "+358 40 000 0000"})  # no change
    entries = _outbox(workspace)
    assert len(entries) == 3
    assert entries[-1].op == "update"
    assert json.loads(entries[-1].fields) == {"phone": "+358 40 000 0000", "last_name": "Demo"}
    assert [e.seq for e in entries] == sorted({e.seq for e in entries})  # per-device order, no repeats


def test_delete_is_soft_and_queued(workspace: Workspace) -> None:
    client_id = _new(workspace)
    delete_client(workspace, client_id=client_id)
    last = _outbox(workspace)[-1]
    assert (last.op, json.loads(last.fields)) == ("delete", {"deleted": True})
    with workspace.session() as s:
        client = s.get(Client, client_id)
        assert client is not None and client.deleted  # still there, for the delete to sync


def test_hard_delete_of_a_synced_row_is_refused(workspace: Workspace) -> None:
    client_id = _new(workspace)
    with pytest.raises(ChangeNotAllowed), workspace.session() as s:
        s.delete(s.get(Client, client_id))


def test_notes_are_append_only(workspace: Workspace) -> None:
    client_id = _new(workspace)
    with workspace.session() as s:
        note = Note(
            client_id=client_id,
            written_at=datetime.now(UTC).replace(tzinfo=None),
            author="test.ohjaaja",
            text="Ensimmäinen tapaaminen.",
        )
        s.add(note)
    with pytest.raises(ChangeNotAllowed), workspace.session() as s:
        stored = s.get(Note, note.id)
        assert stored is not None
        stored.text = "rewritten"


def test_a_rolled_back_change_leaves_no_outbox_entry(workspace: Workspace) -> None:
    client_id = _new(workspace)
    before = len(_outbox(workspace))
    with pytest.raises(RuntimeError), workspace.session() as s:
        client = s.get(Client, client_id)
        assert client is not None
        client.phone = "123"
        s.flush()
        raise RuntimeError("crash before commit")
    assert len(_outbox(workspace)) == before
    with workspace.session() as s:
        client = s.get(Client, client_id)
        assert client is not None and client.phone is None


def test_rows_applied_from_the_server_do_not_go_back_into_the_outbox(workspace: Workspace) -> None:
    client_id = _new(workspace)
    before = len(_outbox(workspace))
    with workspace.session() as s:
        s.info["applying_remote"] = True
        client = s.get(Client, client_id)
        assert client is not None
        client.phone = "from server"
    assert len(_outbox(workspace)) == before


def test_a_change_without_an_actor_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ChangeNotAllowed), workspace.session() as s:
        s.info.pop("actor")
        s.add(Client(first_names="A", last_name="B", home_municipality="297"))
