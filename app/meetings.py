"""Meetings with clients, append-only notes, and the field-visit list for a day in a municipality.

Meeting times are the local wall-clock time of the meeting (naive), as the counsellor books them.
Any thread; each function opens its own session and returns frozen values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import client_facts, inputs, loading, rules_cache
from app.audit import record_access
from app.edits import OnClash, apply_edit
from app.errors import ValidationError
from app.plans.latest import PLANS_IN_FORCE, latest_plans
from app.workspace import Workspace
from models import Assessment, Client, Meeting, Note
from models.enums import (
    AccessAction,
    AssessmentStatus,
    MeetingMode,
    MeetingPurpose,
    MeetingStatus,
    PlanState,
)
from models.rules import EligibilityOutcome

NOTE_MAX = 20_000
REVIEW_AHEAD_DAYS = 7  # a review due within a week of the visit is done during it


@dataclass(frozen=True)
class MeetingView:
    id: str
    client_id: str
    starts_at: datetime
    duration_minutes: int
    mode: MeetingMode
    purpose: MeetingPurpose
    status: MeetingStatus
    municipality: str | None
    place: str | None
    interpreter_language: str | None
    notes: str | None


@dataclass(frozen=True)
class NoteView:
    id: str
    client_id: str
    written_at: datetime
    author: str
    text: str


class Todo(StrEnum):
    ASSESSMENT_DUE = "assessment_due"  # no completed assessment, and §14 says must or may
    ASSESSMENT_DRAFT = "assessment_draft"
    PLAN_TO_DRAFT = "plan_to_draft"  # a completed assessment found a plan needed, and there is none
    REVIEW_DUE = "review_due"
    PLAN_TO_SIGN = "plan_to_sign"
    MISSING_DATA = "missing_data"  # first permit date or labour market status unknown


@dataclass(frozen=True)
class FieldVisitItem:
    meeting: MeetingView
    client_id: str
    client_name: str
    client_name_latin: str | None
    interpreter_language: str | None
    todo: tuple[str, ...]


def _starts_at(value: object, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(field, "not_a_date_time")
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(second=0, microsecond=0)


_CLEANERS: dict[str, Callable[[Session, object, str], object]] = {
    "starts_at": lambda _s, v, f: _starts_at(v, f),
    "duration_minutes": lambda _s, v, f: inputs.whole_number(v, f, low=5, high=600),
    "mode": lambda _s, v, f: inputs.choice(MeetingMode, v, f),
    "purpose": lambda _s, v, f: inputs.choice(MeetingPurpose, v, f),
    "municipality": inputs.municipality,
    "place": lambda _s, v, f: inputs.text(v, f, max_len=300),
    "interpreter_language": inputs.language,
    "notes": lambda _s, v, f: inputs.text(v, f),
}
MEETING_FIELDS = tuple(_CLEANERS)


def _view(m: Meeting) -> MeetingView:
    return MeetingView(**loading.columns(m, ("id", "client_id", *MEETING_FIELDS, "status")))


def _log(ws: Workspace, s: Session, action: AccessAction, m: Meeting) -> None:
    record_access(s, ws.actor, action, entity="meeting", client_ids=[m.client_id], record_id=m.id)


def book_meeting(
    ws: Workspace,
    *,
    client_id: str,
    starts_at: datetime,
    mode: MeetingMode,
    purpose: MeetingPurpose,
    municipality: str | None = None,
    place: str | None = None,
    interpreter_language: str | None = None,
    duration_minutes: int = 60,
) -> MeetingView:
    """An in-person meeting without ``municipality`` takes place in the client's home municipality."""
    values = {
        "starts_at": starts_at,
        "duration_minutes": duration_minutes,
        "mode": mode,
        "purpose": purpose,
        "municipality": municipality,
        "place": place,
        "interpreter_language": interpreter_language,
    }
    with ws.session() as s:
        client = loading.load_client(s, client_id)
        clean = {k: _CLEANERS[k](s, v, k) for k, v in values.items()}
        if clean["municipality"] is None and clean["mode"] == MeetingMode.IN_PERSON:
            clean["municipality"] = client.home_municipality
        m = Meeting(client_id=client_id, status=MeetingStatus.BOOKED, **clean)
        s.add(m)
        s.flush()
        _log(ws, s, AccessAction.CREATE, m)
        return _view(m)


def _change(
    ws: Workspace,
    meeting_id: str,
    values: dict[str, object],
    status: MeetingStatus | None,
    base: Mapping[str, object] | None = None,
    on_clash: OnClash = OnClash.ASK,
) -> MeetingView:
    with ws.session() as s:
        m = loading.load_live(s, Meeting, meeting_id, "meeting")
        clean = {k: _CLEANERS[k](s, v, k) for k, v in values.items()}
        if status is not None:
            allowed = {
                MeetingStatus.HELD: (MeetingStatus.BOOKED, MeetingStatus.NO_SHOW, MeetingStatus.HELD),
                MeetingStatus.CANCELLED: (MeetingStatus.BOOKED, MeetingStatus.CANCELLED),
                MeetingStatus.NO_SHOW: (MeetingStatus.BOOKED, MeetingStatus.NO_SHOW),
            }[status]
            if m.status not in allowed:
                raise ValidationError(
                    "status", "meeting_status_change", {"old": m.status, "new": status}, entity="meeting"
                )
            clean["status"] = status
        if apply_edit(s, m, clean, base, on_clash):
            s.flush()
            _log(ws, s, AccessAction.CHANGE, m)
        return _view(m)


def update_meeting(
    ws: Workspace,
    *,
    meeting_id: str,
    changes: dict[str, object],
    base: Mapping[str, object] | None = None,
    on_clash: OnClash = OnClash.ASK,
) -> MeetingView:
    """Change any of ``MEETING_FIELDS``; a change that changes nothing writes nothing.
    ``base``: what the screen showed for each changed field (``app.edits``)."""
    inputs.check_fields(changes, MEETING_FIELDS, "meeting")
    return _change(ws, meeting_id, changes, None, base, on_clash)


def record_meeting_held(ws: Workspace, *, meeting_id: str, notes: str | None = None) -> MeetingView:
    """Mark the meeting held; ``notes`` (when given) replace the meeting's notes."""
    return _change(ws, meeting_id, {} if notes is None else {"notes": notes}, MeetingStatus.HELD)


def cancel_meeting(ws: Workspace, *, meeting_id: str, no_show: bool = False) -> MeetingView:
    """Cancel a booked meeting, or with ``no_show`` record that the client did not come."""
    return _change(ws, meeting_id, {}, MeetingStatus.NO_SHOW if no_show else MeetingStatus.CANCELLED)


def meetings_for_client(ws: Workspace, *, client_id: str) -> list[MeetingView]:
    """Newest first."""
    with ws.session() as s:
        loading.load_client(s, client_id)
        rows = s.scalars(
            select(Meeting)
            .where(Meeting.client_id == client_id, Meeting.deleted.is_(False))
            .order_by(Meeting.starts_at.desc(), Meeting.id)
        )
        views = [_view(m) for m in rows]
        record_access(
            s, ws.actor, AccessAction.VIEW, entity="meeting", client_ids=[client_id], detail="meetings"
        )
        return views


def _note_view(n: Note) -> NoteView:
    return NoteView(n.id, n.client_id, n.written_at, n.author, n.text)


def add_note(ws: Workspace, *, client_id: str, text: str) -> NoteView:
    """Append a note (notes are never edited). Written at the device's local wall-clock time."""
    body = inputs.required_text(text, "text", max_len=NOTE_MAX)
    with ws.session() as s:
        loading.load_client(s, client_id)
        note = Note(
            client_id=client_id,
            written_at=datetime.now().replace(microsecond=0),
            author=ws.actor.user,
            text=body,
        )
        s.add(note)
        s.flush()
        record_access(
            s, ws.actor, AccessAction.CREATE, entity="note", client_ids=[client_id], record_id=note.id
        )
        return _note_view(note)


def notes_for_client(ws: Workspace, *, client_id: str) -> list[NoteView]:
    """Newest first."""
    with ws.session() as s:
        loading.load_client(s, client_id)
        rows = s.scalars(
            select(Note)
            .where(Note.client_id == client_id, Note.deleted.is_(False))
            .order_by(Note.written_at.desc(), Note.id)
        )
        views = [_note_view(n) for n in rows]
        record_access(s, ws.actor, AccessAction.VIEW, entity="note", client_ids=[client_id], detail="notes")
        return views


# --- field visit ---------------------------------------------------------------------------------


def _todos(s: Session, clients: list[Client], day: date) -> dict[str, tuple[str, ...]]:
    """What each client needs done on the visit, from four queries for all of them."""
    ids = [c.id for c in clients]
    assessments = s.execute(
        select(Assessment.client_id, Assessment.status, Assessment.plan_needed).where(
            Assessment.client_id.in_(ids), Assessment.deleted.is_(False)
        )
    )
    by_client: dict[str, list[tuple[AssessmentStatus, bool | None]]] = {i: [] for i in ids}
    for client_id, status, plan_needed in assessments:
        by_client[client_id].append((status, plan_needed))
    latest = latest_plans()
    plans = {row.client_id: row for row in s.execute(select(latest).where(latest.c.client_id.in_(ids)))}
    rules = rules_cache.rules_in_force(s)
    found: dict[str, tuple[str, ...]] = {}
    for c in clients:
        mine = by_client[c.id]
        completed = [needed for status, needed in mine if status == AssessmentStatus.COMPLETED]
        plan = plans.get(c.id)
        in_force = plan is not None and plan.state in PLANS_IN_FORCE
        due = plan.next_review_due if plan is not None else None
        todo = {
            Todo.ASSESSMENT_DUE: not completed
            and client_facts.eligibility(client_facts.facts_of(c), day, rules)
            in (EligibilityOutcome.MUST_ASSESS, EligibilityOutcome.MAY_ASSESS),
            Todo.ASSESSMENT_DRAFT: any(status == AssessmentStatus.DRAFT for status, _ in mine),
            Todo.PLAN_TO_DRAFT: plan is None and any(completed),
            Todo.REVIEW_DUE: in_force and due is not None and due <= day + timedelta(days=REVIEW_AHEAD_DAYS),
            Todo.PLAN_TO_SIGN: plan is not None and plan.state == PlanState.AGREED,
            Todo.MISSING_DATA: client_facts.missing_data(c.first_permit_date, c.labour_market_status),
        }
        found[c.id] = tuple(code.value for code, needed in todo.items() if needed)
    return found


def field_visit(ws: Workspace, *, municipality: str, day: date) -> list[FieldVisitItem]:
    """The day's booked and held meetings in ``municipality``, by time, each with the client's to-dos."""
    start = datetime.combine(inputs.required_date(day, "day"), datetime.min.time())
    with ws.session() as s:
        code = inputs.municipality(s, municipality)
        if code is None:
            raise ValidationError("municipality", "required")
        rows = s.execute(
            select(Meeting, Client)
            .join(Client, Client.id == Meeting.client_id)
            .where(
                Meeting.municipality == code,
                Meeting.starts_at >= start,
                Meeting.starts_at < start + timedelta(days=1),
                Meeting.status.in_((MeetingStatus.BOOKED, MeetingStatus.HELD)),
                Meeting.deleted.is_(False),
                Client.deleted.is_(False),
            )
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
        clients = list({c.id: c for _, c in rows}.values())
        todos = _todos(s, clients, day)
        items = [
            FieldVisitItem(
                meeting=_view(m),
                client_id=c.id,
                client_name=client_facts.full_name(c.first_names, c.last_name),
                client_name_latin=c.name_latin,
                interpreter_language=m.interpreter_language or c.interpreter_language,
                todo=todos[c.id],
            )
            for m, c in rows
        ]
        record_access(
            s,
            ws.actor,
            AccessAction.VIEW,
            entity="client",
            client_ids=[c.id for c in clients],
            detail="field-visit",
        )
        return items
