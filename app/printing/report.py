"""Figures of the annual report for the welfare group (hyvinvointiryhmä), for a chosen period.

Aggregates only: no names, no ids. Grouped in SQL, so 20,000 clients take a fraction of a second.
The same figures go to the PDF (``report_pdf``) and to CSV (``report_csv``).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.errors import ValidationError
from models import Assessment, Client, IntegrationPlan, Meeting, PlanMeasure
from models.enums import LabourMarketStatus, MeetingStatus, PlanState, ResponsibleParty


@dataclass
class Figures:
    start: date
    end: date
    today: date
    assessments: Counter[tuple[str, str]] = field(default_factory=Counter)  # (municipality, kind)
    assessments_by_party: Counter[str] = field(default_factory=Counter)
    plans: Counter[tuple[str, str]] = field(default_factory=Counter)  # new plans: (municipality, kind)
    plans_by_party: Counter[str] = field(default_factory=Counter)
    plan_versions: int = 0  # reviews: new versions made in the period
    reviews: Counter[str] = field(default_factory=Counter)  # on_time, late, overdue, not_yet_due
    services: Counter[str] = field(default_factory=Counter)  # clients referred, by service
    languages: Counter[str] = field(default_factory=Counter)  # clients served, by preferred language
    interpreter_clients: int = 0  # clients served who need an interpreter
    interpreter_meetings: Counter[str] = field(default_factory=Counter)  # held meetings, by language
    meetings_held: int = 0
    clients_served: int = 0


REVIEW_KINDS = ("on_time", "late", "overdue", "not_yet_due")


def _party(status: LabourMarketStatus) -> str:
    """Who answers for a client's assessment (Liite 1): jobseekers belong to the employment authority."""
    if status == LabourMarketStatus.JOBSEEKER:
        return ResponsibleParty.EMPLOYMENT_AUTHORITY.value
    return ResponsibleParty.MUNICIPALITY.value


def _assessments(s: Session, f: Figures) -> set[str]:
    a = Assessment
    rows = s.execute(
        select(
            a.client_id,
            func.coalesce(a.municipality, Client.home_municipality),
            a.kind,
            Client.labour_market_status,
        )
        .join(Client, Client.id == a.client_id)
        .where(a.deleted.is_(False), Client.deleted.is_(False), a.assessed_on.between(f.start, f.end))
    )
    served = set()
    for client_id, municipality, kind, status in rows:
        f.assessments[(municipality, kind.value)] += 1
        f.assessments_by_party[_party(status)] += 1
        served.add(client_id)
    return served


def _plans(s: Session, f: Figures) -> set[str]:
    p = IntegrationPlan
    in_period = p.period_start.between(f.start, f.end)
    rows = s.execute(
        select(p.client_id, Client.home_municipality, p.kind, p.responsible_party, p.version_no)
        .join(Client, Client.id == p.client_id)
        .where(p.deleted.is_(False), Client.deleted.is_(False), in_period, p.state != PlanState.DRAFT)
    )
    served = set()
    for client_id, municipality, kind, party, version_no in rows:
        served.add(client_id)
        if version_no == 1:
            f.plans[(municipality, kind.value)] += 1
            f.plans_by_party[party.value] += 1
        else:
            f.plan_versions += 1
    return served


def _reviews(s: Session, f: Figures) -> None:
    """Each plan version whose review fell due in the period: reviewed in time, late, or not at all."""
    p, nxt = IntegrationPlan, aliased(IntegrationPlan)
    rows = s.execute(
        select(p.next_review_due, p.state, p.closed_on, func.min(nxt.period_start))
        .outerjoin(nxt, and_(nxt.previous_version_id == p.id, nxt.deleted.is_(False)))
        .where(p.deleted.is_(False), p.state != PlanState.DRAFT, p.next_review_due.between(f.start, f.end))
        .group_by(p.id)
    )
    for due, state, closed_on, successor in rows:
        if successor is not None:
            f.reviews["on_time" if successor <= due else "late"] += 1
        elif state == PlanState.CLOSED and closed_on is not None and closed_on <= due:
            continue  # the plan ended before its review was due
        else:
            f.reviews["overdue" if due < min(f.today, f.end) else "not_yet_due"] += 1


def _services(s: Session, f: Figures) -> None:
    p, m = IntegrationPlan, PlanMeasure
    rows = s.execute(
        select(m.service, func.count(func.distinct(p.client_id)))
        .join(p, p.id == m.plan_id)
        .where(
            m.deleted.is_(False),
            p.deleted.is_(False),
            p.state != PlanState.DRAFT,
            p.period_start <= f.end,
            p.period_end >= f.start,
            or_(m.starts_on.is_(None), m.starts_on <= f.end),
            or_(m.ends_on.is_(None), m.ends_on >= f.start),
        )
        .group_by(m.service)
    )
    f.services.update(dict(rows.tuples().all()))


def _meetings(s: Session, f: Figures) -> set[str]:
    start = func.date(Meeting.starts_at)
    rows = s.execute(
        select(Meeting.client_id, Meeting.interpreter_language).where(
            Meeting.deleted.is_(False),
            Meeting.status == MeetingStatus.HELD,
            start >= f.start.isoformat(),
            start <= f.end.isoformat(),
        )
    )
    served = set()
    for client_id, language in rows:
        served.add(client_id)
        f.meetings_held += 1
        if language:
            f.interpreter_meetings[language] += 1
    return served


def annual_figures(s: Session, *, start: date, end: date, today: date | None = None) -> Figures:
    if end < start:
        raise ValidationError("to", "is before the start of the period")
    f = Figures(start=start, end=end, today=today or date.today())
    served = _assessments(s, f) | _plans(s, f) | _meetings(s, f)
    _reviews(s, f)
    _services(s, f)
    f.clients_served = len(served)
    ids = list(served)
    for i in range(0, len(ids), 900):  # SQLite's limit on bound parameters
        chunk = ids[i : i + 900]
        for language, interpreter in s.execute(
            select(Client.preferred_language, Client.interpreter_needed).where(Client.id.in_(chunk))
        ):
            f.languages[language or "?"] += 1
            f.interpreter_clients += bool(interpreter)
    return f


def csv_rows(f: Figures) -> list[tuple[str, str, str, int]]:
    """(figure, group, subgroup, value): one long table a spreadsheet can pivot."""
    rows: list[tuple[str, str, str, int]] = [
        ("clients_served", "", "", f.clients_served),
        ("clients_needing_interpreter", "", "", f.interpreter_clients),
        ("meetings_held", "", "", f.meetings_held),
        ("plan_versions_made", "", "", f.plan_versions),
    ]
    rows += [("assessments", m, k, n) for (m, k), n in sorted(f.assessments.items())]
    rows += [("assessments_by_party", p, "", n) for p, n in sorted(f.assessments_by_party.items())]
    rows += [("new_plans", m, k, n) for (m, k), n in sorted(f.plans.items())]
    rows += [("new_plans_by_party", p, "", n) for p, n in sorted(f.plans_by_party.items())]
    rows += [("reviews", k, "", f.reviews.get(k, 0)) for k in REVIEW_KINDS]
    rows += [("clients_by_service", k, "", n) for k, n in f.services.most_common()]
    rows += [("clients_by_language", k, "", n) for k, n in f.languages.most_common()]
    rows += [("interpreted_meetings_by_language", k, "", n) for k, n in f.interpreter_meetings.most_common()]
    return rows


def report_csv(f: Figures) -> bytes:
    """UTF-8 with a byte order mark and semicolons, as Finnish Excel opens it without an import step."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["period_start", "period_end", "figure", "group", "subgroup", "value"])
    for row in csv_rows(f):
        writer.writerow([f.start.isoformat(), f.end.isoformat(), *row])
    return out.getvalue().encode("utf-8-sig")
