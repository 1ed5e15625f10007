"""Assessments and meetings of the period, grouped in SQL where the grouping is plain."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.printing.report.figures import COUNTY_ROLES, NOT_RECORDED, Figures
from models import Assessment, AssessmentParticipant, Client, IntegrationPlan, Meeting
from models.enums import AssessmentKind, AssessmentStatus, MeetingStatus


def _completed(f: Figures) -> list[ColumnElement[bool]]:
    a = Assessment
    return [
        a.deleted.is_(False),
        a.status == AssessmentStatus.COMPLETED,
        a.assessed_on.is_not(None),
        a.assessed_on.between(f.start, f.end),
    ]


def assessments(s: Session, f: Figures, scope: Sequence[ColumnElement[bool]]) -> set[str]:
    """Completed assessments dated in the period (a draft is not an assessment yet)."""
    a = Assessment
    rows = (
        s.connection()
        .execute(
            select(a.id, a.client_id, Client.home_municipality, a.kind, a.outcome)
            .join(Client, Client.id == a.client_id)
            .where(*_completed(f), *scope)
        )
        .all()
    )
    served = set()
    for _id, client_id, municipality, kind, outcome in rows:
        f.assessments[(municipality, kind.value)] += 1
        f.outcomes[(municipality, outcome.value)] += 1
        served.add(client_id)
    _parties(s, f, scope, [r[0] for r in rows])
    _county(s, f, scope, {r[0] for r in rows if r[3] == AssessmentKind.MULTIDISCIPLINARY})
    _permit_to_assessment(s, f, scope)
    return served


def _parties(s: Session, f: Figures, scope: Sequence[ColumnElement[bool]], ids: list[str]) -> None:
    """An assessment stores no party: it is the party of the first plan made from it (lowest version,
    earliest start), else "not recorded". Today's labour-market status would move past assessments."""
    a, p = Assessment, IntegrationPlan
    linked = s.connection().execute(
        select(p.assessment_id, p.responsible_party, p.version_no, p.period_start)
        .join(a, a.id == p.assessment_id)
        .join(Client, Client.id == a.client_id)
        .where(p.deleted.is_(False), *_completed(f), *scope)
    )
    first: dict[str, tuple[int, object, str]] = {}
    for assessment_id, party, version_no, started in linked:
        key = (version_no, started, party.value)
        if assessment_id not in first or key < first[assessment_id]:
            first[assessment_id] = key
    for assessment_id in ids:
        found = first.get(assessment_id)
        f.assessments_by_party[found[2] if found else NOT_RECORDED] += 1


def _county(s: Session, f: Figures, scope: Sequence[ColumnElement[bool]], md_ids: set[str]) -> None:
    """Multidisciplinary assessments made with the wellbeing county: a participant in a county role."""
    a, part = Assessment, AssessmentParticipant
    rows = (
        s.connection()
        .execute(
            select(part.assessment_id, part.role_code)
            .join(a, a.id == part.assessment_id)
            .join(Client, Client.id == a.client_id)
            .where(
                part.deleted.is_(False),
                a.kind == AssessmentKind.MULTIDISCIPLINARY,
                part.role_code.in_(COUNTY_ROLES),
                *_completed(f),
                *scope,
            )
            .distinct()
        )
        .all()
    )
    f.md_assessments = len(md_ids)
    f.md_with_county = len({aid for aid, _ in rows})
    f.county_roles.update(Counter(role for _, role in rows))


def _permit_to_assessment(s: Session, f: Figures, scope: Sequence[ColumnElement[bool]]) -> None:
    """Days from the first residence permit to the client's first completed assessment, for clients
    whose first assessment falls in the period (later assessments are follow-ups)."""
    a = Assessment
    first = (
        select(a.client_id, func.min(a.assessed_on).label("first_on"))
        .where(a.deleted.is_(False), a.status == AssessmentStatus.COMPLETED, a.assessed_on.is_not(None))
        .group_by(a.client_id)
        .subquery()
    )
    rows = s.connection().execute(
        select(first.c.first_on, Client.first_permit_date)
        .join(Client, Client.id == first.c.client_id)
        .where(first.c.first_on.between(f.start, f.end), Client.first_permit_date.is_not(None), *scope)
    )
    for first_on, permit in rows:
        if first_on >= permit:
            f.permit_to_assessment.append((first_on - permit).days)


def meetings(s: Session, f: Figures, scope: Sequence[ColumnElement[bool]]) -> set[str]:
    """Held meetings starting in the period: by purpose and mode, and interpreted ones by language."""
    m = Meeting
    day = func.date(m.starts_at)
    rows = s.connection().execute(
        select(m.client_id, m.purpose, m.mode, m.interpreter_language)
        .join(Client, Client.id == m.client_id)
        .where(
            m.deleted.is_(False),
            m.status == MeetingStatus.HELD,
            day >= f.start.isoformat(),
            day <= f.end.isoformat(),
            *scope,
        )
    )
    served = set()
    for client_id, purpose, mode, language in rows:
        served.add(client_id)
        f.meetings_held += 1
        f.meeting_modes[(purpose.value, mode.value)] += 1
        if language:
            f.interpreter_meetings[language] += 1
    return served
