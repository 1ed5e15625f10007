"""Meetings, notes and the field-visit list through app/."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from app.assessments import complete_assessment, save_assessment, start_assessment
from app.audit import access_history
from app.clients import ClientInput, create_client
from app.errors import NotFound, ValidationError
from app.meetings import (
    Todo,
    add_note,
    book_meeting,
    cancel_meeting,
    field_visit,
    meetings_for_client,
    notes_for_client,
    record_meeting_held,
    update_meeting,
)
from app.plans.lifecycle import create_plan, set_plan_state
from app.timeline import client_timeline
from app.workspace import Workspace
from models import AccessLogEntry, OutboxEntry
from models.enums import (
    AccessAction,
    AssessmentKind,
    LabourMarketStatus,
    MeetingMode,
    MeetingPurpose,
    MeetingStatus,
    PlanKind,
    PlanState,
    ResponsibleParty,
)
from tests.support.plan import explain_findings

DAY = date(2025, 6, 10)
KNOWN: dict[str, Any] = {
    "first_permit_date": date(2024, 6, 1),
    "labour_market_status": LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
}


def _client(ws: Workspace, last: str = "Demo-Haddad", municipality: str = "204", **kw: object) -> str:
    data = ClientInput(first_names="Omar", last_name=last, home_municipality=municipality, **kw)  # type: ignore[arg-type]
    return create_client(ws, data=data).id


def _book(ws: Workspace, client_id: str, hour: int = 10, day: date = DAY, **kw: object) -> str:
    return book_meeting(
        ws,
        client_id=client_id,
        starts_at=datetime(day.year, day.month, day.day, hour),
        mode=MeetingMode.IN_PERSON,
        purpose=MeetingPurpose.GUIDANCE,
        **kw,  # type: ignore[arg-type]
    ).id


def _counts(ws: Workspace) -> tuple[int, int]:
    with ws.session() as s:
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        log = s.scalar(select(func.count()).select_from(AccessLogEntry)) or 0
    return outbox, log


def test_booking_updating_holding_and_cancelling(workspace: Workspace) -> None:
    client_id = _client(workspace)
    meeting = book_meeting(
        workspace,
        client_id=client_id,
        starts_at=datetime(2025, 6, 10, 9, 30, 41),
        mode=MeetingMode.IN_PERSON,
        purpose=MeetingPurpose.ASSESSMENT,
        interpreter_language="ar",
        place=" Kunnantalo ",
    )
    assert (meeting.municipality, meeting.place, meeting.status) == (
        "204",
        "Kunnantalo",
        MeetingStatus.BOOKED,
    )
    assert meeting.starts_at == datetime(2025, 6, 10, 9, 30)
    before = _counts(workspace)
    assert update_meeting(workspace, meeting_id=meeting.id, changes={"place": "Kunnantalo"}) == meeting
    assert _counts(workspace) == before  # nothing changed: nothing written, nothing logged
    moved = update_meeting(workspace, meeting_id=meeting.id, changes={"duration_minutes": 90})
    assert moved.duration_minutes == 90
    held = record_meeting_held(workspace, meeting_id=meeting.id, notes="Arviointi aloitettu.")
    assert (held.status, held.notes) == (MeetingStatus.HELD, "Arviointi aloitettu.")
    with pytest.raises(ValidationError) as err:
        cancel_meeting(workspace, meeting_id=meeting.id)
    assert err.value.field == "status"
    other = _book(workspace, client_id, hour=13)
    assert cancel_meeting(workspace, meeting_id=other).status == MeetingStatus.CANCELLED
    with pytest.raises(ValidationError):
        record_meeting_held(workspace, meeting_id=other)
    assert [m.id for m in meetings_for_client(workspace, client_id=client_id)] == [other, meeting.id]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"starts_at": date(2025, 6, 10)}, "starts_at"),
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"mode": "telepathy"}, "mode"),
        ({"municipality": "999"}, "municipality"),
        ({"interpreter_language": "xx"}, "interpreter_language"),
        ({"status": "held"}, "status"),
    ],
)
def test_invalid_meeting_changes_are_refused(
    workspace: Workspace, changes: dict[str, object], field: str
) -> None:
    meeting_id = _book(workspace, _client(workspace))
    with pytest.raises(ValidationError) as err:
        update_meeting(workspace, meeting_id=meeting_id, changes=changes)
    assert err.value.field == field


def test_notes_are_appended_and_checked(workspace: Workspace) -> None:
    client_id = _client(workspace)
    first = add_note(workspace, client_id=client_id, text="  Toi oleskelulupapäätöksen. ")
    assert first.text == "Toi oleskelulupapäätöksen." and first.author == "test.ohjaaja"
    second = add_note(workspace, client_id=client_id, text="x" * 20_000)
    for bad in ("", "   ", "x" * 20_001):
        with pytest.raises(ValidationError) as err:
            add_note(workspace, client_id=client_id, text=bad)
        assert err.value.field == "text"
    notes = notes_for_client(workspace, client_id=client_id)
    assert {n.id for n in notes} == {first.id, second.id} and len(notes) == 2
    with pytest.raises(NotFound):
        add_note(workspace, client_id="nobody", text="Hei")


def test_field_visit_lists_the_days_meetings_with_what_each_client_needs(workspace: Workspace) -> None:
    ws = workspace
    # Must be assessed (home care allowance, permit within three years), nothing done yet.
    due = _client(ws, "Demo-A", home_care_allowance=True, **KNOWN)
    # A draft assessment, and the first permit date is not known.
    draft = _client(ws, "Demo-B", labour_market_status=LabourMarketStatus.JOBSEEKER)
    start_assessment(ws, client_id=draft, kind=AssessmentKind.BASIC)
    # Assessed, a plan is needed, none made yet.
    to_plan = _client(ws, "Demo-C", own_request=True, **KNOWN)  # eligible: completing checks the rules
    a = start_assessment(ws, client_id=to_plan, kind=AssessmentKind.BASIC)
    save_assessment(ws, assessment_id=a.id, changes={"outcome": "education", "plan_needed": True})
    complete_assessment(ws, assessment_id=a.id)
    # An agreed plan whose three-month review falls two days after the visit.
    review = _client(ws, "Demo-D", **KNOWN)
    plan = create_plan(
        ws,
        client_id=review,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.EMPLOYMENT_AUTHORITY,
        period_start=date(2025, 3, 12),
        period_end=date(2026, 3, 1),
    )
    explain_findings(ws, plan.id)
    set_plan_state(ws, plan_id=plan.id, state=PlanState.AGREED, on=date(2025, 3, 12))
    # A signed plan reviewed in autumn: nothing to do.
    fine = _client(ws, "Demo-E", **KNOWN)
    plan = create_plan(
        ws,
        client_id=fine,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2025, 5, 1),
        period_end=date(2026, 3, 1),
    )
    explain_findings(ws, plan.id)
    set_plan_state(ws, plan_id=plan.id, state=PlanState.SIGNED, on=date(2025, 5, 1))

    for hour, client_id in [(13, due), (9, draft), (11, to_plan), (10, review), (14, fine)]:
        _book(ws, client_id, hour)
    _book(ws, due, 15)  # a second meeting the same day
    _book(ws, fine, 10, municipality="402")  # elsewhere
    _book(ws, fine, 10, day=date(2025, 6, 11))  # another day
    cancel_meeting(ws, meeting_id=_book(ws, fine, 16))

    items = field_visit(ws, municipality="204", day=DAY)
    assert [(i.meeting.starts_at.hour, i.client_id, i.todo) for i in items] == [
        (9, draft, (Todo.ASSESSMENT_DRAFT, Todo.MISSING_DATA)),
        (10, review, (Todo.REVIEW_DUE, Todo.PLAN_TO_SIGN)),
        (11, to_plan, (Todo.PLAN_TO_DRAFT,)),
        (13, due, (Todo.ASSESSMENT_DUE,)),
        (14, fine, ()),
        (15, due, (Todo.ASSESSMENT_DUE,)),
    ]
    assert items[0].client_name == "Omar Demo-B"
    with ws.session() as s:
        rows = list(s.scalars(select(AccessLogEntry).where(AccessLogEntry.detail == "field-visit")))
    assert sorted(r.client_id or "" for r in rows) == sorted([due, draft, to_plan, review, fine])
    assert {r.action for r in rows} == {AccessAction.VIEW}
    with pytest.raises(ValidationError):
        field_visit(ws, municipality="999", day=DAY)


def test_every_meeting_and_note_call_leaves_an_access_log_row(workspace: Workspace) -> None:
    client_id = _client(workspace)
    meeting_id = _book(workspace, client_id)
    update_meeting(workspace, meeting_id=meeting_id, changes={"mode": MeetingMode.REMOTE})
    record_meeting_held(workspace, meeting_id=meeting_id)
    meetings_for_client(workspace, client_id=client_id)
    add_note(workspace, client_id=client_id, text="Soitettu.")
    notes_for_client(workspace, client_id=client_id)
    with workspace.session() as s:
        history = access_history(s, client_id=client_id)
    assert [(h.action, h.entity) for h in history[1:]] == [
        (AccessAction.CREATE, "meeting"),
        (AccessAction.CHANGE, "meeting"),
        (AccessAction.CHANGE, "meeting"),
        (AccessAction.VIEW, "meeting"),
        (AccessAction.CREATE, "note"),
        (AccessAction.VIEW, "note"),
    ]


def test_the_timeline_shows_every_kind_of_record_newest_first(workspace: Workspace) -> None:
    client_id = _client(workspace, own_request=True, **KNOWN)  # eligible: completing checks the rules
    a = start_assessment(
        workspace, client_id=client_id, kind=AssessmentKind.BASIC, assessed_on=date(2025, 2, 3)
    )
    save_assessment(workspace, assessment_id=a.id, changes={"outcome": "education", "plan_needed": True})
    complete_assessment(workspace, assessment_id=a.id)
    plan = create_plan(
        workspace,
        client_id=client_id,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2025, 2, 3),
        period_end=date(2026, 2, 1),
    )
    explain_findings(workspace, plan.id)
    set_plan_state(workspace, plan_id=plan.id, state=PlanState.SIGNED, on=date(2025, 2, 10))
    meeting_id = _book(workspace, client_id, day=date(2025, 2, 10))
    record_meeting_held(workspace, meeting_id=meeting_id)
    note = add_note(workspace, client_id=client_id, text="Muistiinpano")

    entries = client_timeline(workspace, client_id=client_id)
    assert [(e.kind, e.record_id, e.status) for e in entries] == [
        ("note", note.id, "written"),
        ("plan", plan.id, "signed"),  # signed that day: after the day's meeting
        ("meeting", meeting_id, "held"),
        ("assessment", a.id, "completed"),
    ]
    assert entries[3].title == "Basic assessment, completed" and entries[3].when == date(2025, 2, 3)
    assert all("Muistiinpano" not in e.title for e in entries)
    with workspace.session() as s:
        last = access_history(s, client_id=client_id)[-1]
    assert (last.action, last.detail) == (AccessAction.VIEW, "timeline")
    with pytest.raises(NotFound):
        client_timeline(workspace, client_id="nobody")
