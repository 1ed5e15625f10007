"""Recently deleted (app.trash): what is listed for 30 days, what a restore brings back, and that a
restore is an ordinary logged change with its outbox entry. Real encrypted profiles; synthetic names."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.audit import access_history
from app.clients import ClientInput, create_client, delete_client, list_clients
from app.errors import NotFound
from app.meetings import add_note, book_meeting, meetings_for_client, notes_for_client
from app.plans.lifecycle import create_plan, plans_for_client
from app.trash import (
    RETENTION_DAYS,
    ClientStillDeleted,
    RestoreWindowClosed,
    days_left,
    list_recently_deleted,
    restore,
)
from app.workspace import Workspace
from models import IntegrationPlan, Meeting, OutboxEntry, utcnow
from models.enums import AccessAction, MeetingMode, MeetingPurpose, PlanKind, ResponsibleParty

START = date(2026, 3, 10)


def _client(ws: Workspace, last: str = "Demo-Koval") -> str:
    data = ClientInput(first_names="Olena", last_name=last, home_municipality="297")
    return create_client(ws, data=data).id


def _plan(ws: Workspace, client_id: str) -> str:
    return create_plan(
        ws,
        client_id=client_id,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=START,
        period_end=START + timedelta(days=300),
    ).id


def _meeting(ws: Workspace, client_id: str, day: int = 1) -> str:
    return book_meeting(
        ws,
        client_id=client_id,
        starts_at=datetime(2026, 4, day, 10, 0),
        mode=MeetingMode.IN_PERSON,
        purpose=MeetingPurpose.GUIDANCE,
    ).id


def _soft_delete(ws: Workspace, model: type[IntegrationPlan] | type[Meeting], row_id: str) -> None:
    """What a delete of a plan or meeting is, wherever it is made (no screen deletes them today):
    the soft flag, through the app's session (outbox entry and all)."""
    with ws.session() as s:
        row: IntegrationPlan | Meeting | None = s.get(model, row_id)  # type: ignore[assignment]
        assert row is not None
        row.deleted = True


def _outbox(ws: Workspace, row_id: str) -> list[tuple[str, dict[str, object]]]:
    with ws.session() as s:
        rows = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == row_id).order_by(OutboxEntry.seq))
        return [(e.op, json.loads(e.fields)) for e in rows]


def test_a_deleted_client_is_listed_with_who_and_when_and_comes_back_with_its_records(
    workspace: Workspace,
) -> None:
    cid = _client(workspace)
    plan_id, meeting_id = _plan(workspace, cid), _meeting(workspace, cid)
    add_note(workspace, client_id=cid, text="Synthetic note")
    assert list_recently_deleted(workspace) == []
    delete_client(workspace, client_id=cid)
    assert cid not in {c.id for c in list_clients(workspace)}

    [item] = list_recently_deleted(workspace)
    assert (item.kind, item.id, item.client_id, item.last_name) == ("client", cid, cid, "Demo-Koval")
    assert item.deleted_by == "test.ohjaaja" and item.days_left == RETENTION_DAYS
    assert abs(item.deleted_at - utcnow()) < timedelta(minutes=1)

    assert restore(workspace, kind="client", item_id=cid) == cid
    assert cid in {c.id for c in list_clients(workspace)}
    assert [p.id for p in plans_for_client(workspace, client_id=cid)] == [plan_id]
    assert [m.id for m in meetings_for_client(workspace, client_id=cid)] == [meeting_id]
    assert [n.text for n in notes_for_client(workspace, client_id=cid)] == ["Synthetic note"]
    assert list_recently_deleted(workspace) == []
    # An ordinary change: the undelete is an update of the flag in the outbox, after the delete.
    assert [op for op, _f in _outbox(workspace, cid)] == ["insert", "delete", "update"]
    assert _outbox(workspace, cid)[-1][1] == {"deleted": False}


def test_the_access_log_has_the_delete_the_listing_and_the_restore(workspace: Workspace) -> None:
    cid = _client(workspace)
    delete_client(workspace, client_id=cid)
    list_recently_deleted(workspace)
    list_recently_deleted(workspace)  # the same names again in this session: logged once
    restore(workspace, kind="client", item_id=cid)
    with workspace.session() as s:
        log = [(r.action, r.entity, r.detail) for r in access_history(s, client_id=cid)]
    assert log[-3:] == [
        (AccessAction.DELETE, "client", None),
        (AccessAction.LIST, "client", "recently_deleted"),
        (AccessAction.RESTORE, "client", None),
    ]


def test_records_deleted_on_their_own_before_the_client_stay_deleted(workspace: Workspace) -> None:
    cid = _client(workspace)
    kept, gone = _meeting(workspace, cid, day=1), _meeting(workspace, cid, day=2)
    _soft_delete(workspace, Meeting, gone)
    assert [i.id for i in list_recently_deleted(workspace)] == [gone]
    delete_client(workspace, client_id=cid)
    # While the client is deleted its earlier-deleted meeting is not offered on its own.
    assert [i.kind for i in list_recently_deleted(workspace)] == ["client"]
    restore(workspace, kind="client", item_id=cid)
    assert [m.id for m in meetings_for_client(workspace, client_id=cid)] == [kept]
    assert [(i.kind, i.id) for i in list_recently_deleted(workspace)] == [("meeting", gone)]


def test_a_deleted_plan_is_listed_and_restored(workspace: Workspace) -> None:
    cid = _client(workspace)
    plan_id = _plan(workspace, cid)
    _soft_delete(workspace, IntegrationPlan, plan_id)
    assert plans_for_client(workspace, client_id=cid) == []
    [item] = list_recently_deleted(workspace)
    assert (item.kind, item.id, item.client_id, item.on) == ("integration_plan", plan_id, cid, START)
    assert restore(workspace, kind="integration_plan", item_id=plan_id) == cid
    with workspace.session() as s:
        last = access_history(s, client_id=cid)[-1]
    assert (last.action, last.entity, last.record_id) == (AccessAction.RESTORE, "integration_plan", plan_id)
    assert [p.id for p in plans_for_client(workspace, client_id=cid)] == [plan_id]
    assert _outbox(workspace, plan_id)[-1] == ("update", {"deleted": False})


def test_a_deleted_meeting_is_listed_and_restored(workspace: Workspace) -> None:
    cid = _client(workspace)
    meeting_id = _meeting(workspace, cid)
    _soft_delete(workspace, Meeting, meeting_id)
    [item] = list_recently_deleted(workspace)
    assert (item.kind, item.on) == ("meeting", datetime(2026, 4, 1, 10, 0))
    restore(workspace, kind="meeting", item_id=meeting_id)
    with workspace.session() as s:
        last = access_history(s, client_id=cid)[-1]
    assert (last.action, last.entity, last.record_id) == (AccessAction.RESTORE, "meeting", meeting_id)
    assert [m.id for m in meetings_for_client(workspace, client_id=cid)] == [meeting_id]


def test_a_plan_of_a_deleted_client_needs_the_client_back_first(workspace: Workspace) -> None:
    cid = _client(workspace)
    plan_id = _plan(workspace, cid)
    _soft_delete(workspace, IntegrationPlan, plan_id)
    delete_client(workspace, client_id=cid)
    with pytest.raises(ClientStillDeleted):
        restore(workspace, kind="integration_plan", item_id=plan_id)


def test_after_thirty_days_nothing_is_offered_and_the_data_stays_soft_deleted(workspace: Workspace) -> None:
    cid = _client(workspace)
    delete_client(workspace, client_id=cid)
    now = utcnow()
    assert [i.days_left for i in list_recently_deleted(workspace, now=now + timedelta(days=29))] == [1]
    later = now + timedelta(days=31)
    assert list_recently_deleted(workspace, now=later) == []
    with pytest.raises(RestoreWindowClosed):
        restore(workspace, kind="client", item_id=cid, now=later)
    with workspace.session() as s:
        assert s.scalar(select(OutboxEntry.op).order_by(OutboxEntry.seq.desc()).limit(1)) == "delete"
    assert cid not in {c.id for c in list_clients(workspace)}


def test_only_deleted_items_can_be_restored(workspace: Workspace) -> None:
    cid = _client(workspace)
    with pytest.raises(NotFound):
        restore(workspace, kind="client", item_id=cid)
    with pytest.raises(NotFound):
        restore(workspace, kind="note", item_id=cid)  # type: ignore[arg-type]


def test_days_left_counts_whole_days_up() -> None:
    at = datetime(2026, 5, 1, 12, 0)
    assert days_left(at, at) == 30
    assert days_left(at, at + timedelta(days=29, hours=23)) == 1
    assert days_left(at, at + timedelta(days=30)) == 0
    assert days_left(at, at - timedelta(days=3)) == 30  # a clock behind: never more than 30
