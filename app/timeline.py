"""One client's history on one line: assessments, plan versions, meetings and notes, newest first.

Titles are plain-English keys without personal data ("Basic assessment, completed"); the UI shows
its own translation from ``kind`` and ``status``. Any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

from sqlalchemy import select

from app import loading
from app.audit import record_access
from app.workspace import Workspace
from models import Assessment, IntegrationPlan, Meeting, Note
from models.enums import AccessAction, MeetingMode

EntryKind = Literal["assessment", "plan", "meeting", "note"]


@dataclass(frozen=True)
class TimelineEntry:
    when: date
    kind: EntryKind
    record_id: str
    title: str  # plain English summary (logs, scripts); the UI composes its own from the fields below
    status: str
    subtype: str = ""  # assessment or plan kind, meeting purpose (enum values)
    version: int | None = None  # plan version


def _day(value: date | None, fallback: datetime | None) -> date:
    """A record's own date, else the day it was last changed (a draft that has no date yet)."""
    if value is not None:
        return value
    return (fallback or datetime.now()).date()


def client_timeline(ws: Workspace, *, client_id: str) -> list[TimelineEntry]:
    entries: list[tuple[datetime, TimelineEntry]] = []

    def add(moment: datetime | date, entry: TimelineEntry) -> None:
        if not isinstance(moment, datetime):
            moment = datetime.combine(moment, time.max)  # undated within the day: after timed events
        entries.append((moment, entry))

    with ws.session() as s:
        loading.load_client(s, client_id)
        for a in s.scalars(
            select(Assessment).where(Assessment.client_id == client_id, Assessment.deleted.is_(False))
        ):
            when = _day(a.assessed_on, a.device_time)
            title = f"{a.kind.value.capitalize()} assessment, {a.status.value}"
            add(when, TimelineEntry(when, "assessment", a.id, title, a.status.value, a.kind.value))
        plans = select(IntegrationPlan).where(
            IntegrationPlan.client_id == client_id, IntegrationPlan.deleted.is_(False)
        )
        for p in s.scalars(plans):
            when = p.closed_on or p.signed_on or p.agreed_on or p.period_start
            title = f"{p.kind.value.capitalize()} integration plan, version {p.version_no}, {p.state.value}"
            add(when, TimelineEntry(when, "plan", p.id, title, p.state.value, p.kind.value, p.version_no))
        for m in s.scalars(select(Meeting).where(Meeting.client_id == client_id, Meeting.deleted.is_(False))):
            kind = "Remote meeting" if m.mode == MeetingMode.REMOTE else "Meeting"
            title = f"{kind} ({m.purpose.value}), {m.status.value}"
            add(
                m.starts_at,
                TimelineEntry(m.starts_at.date(), "meeting", m.id, title, m.status.value, m.purpose.value),
            )
        for n in s.scalars(select(Note).where(Note.client_id == client_id, Note.deleted.is_(False))):
            add(n.written_at, TimelineEntry(n.written_at.date(), "note", n.id, "Note", "written"))
        record_access(
            s, ws.actor, AccessAction.VIEW, entity="client", client_ids=[client_id], detail="timeline"
        )
    entries.sort(key=lambda e: (e[0], e[1].kind, e[1].record_id), reverse=True)
    return [entry for _, entry in entries]
