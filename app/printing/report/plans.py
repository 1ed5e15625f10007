"""Plan figures: new plans, reviews (carried over from year to year until done), the caseload,
direction to a service, measures and civic orientation.

One query reads every plan version that matters for the period, with the date its review was made
(the earliest agreed or signed successor) and whether it has a successor at all; the rest is plain
Python over those rows, so a plan is judged by one set of rules everywhere in the report.
A plan counts from the day it was agreed (``agreed_on``, else ``signed_on``); a draft, or a draft that
was closed without being agreed, never counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Date, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from app.printing.report.figures import NOT_RECORDED, Figures
from app.rules_cache import rules_in_force
from models import Assessment, Client, IntegrationPlan, PlanMeasure
from models.enums import AssessmentStatus, MeasureStatus, PlanState
from models.rules import RuleNotInForceError, RulesData, service_direction_deadline

CIVIC = "civic_orientation"
_P = IntegrationPlan


def made_on(p: type[IntegrationPlan]) -> ColumnElement[date]:
    return type_coerce(func.coalesce(p.agreed_on, p.signed_on, p.period_start), Date)


def was_agreed(p: type[IntegrationPlan]) -> ColumnElement[bool]:
    """Agreed or signed at some point: not a draft, and not a draft that was closed unagreed."""
    return and_(
        p.state != PlanState.DRAFT,
        or_(p.state != PlanState.CLOSED, p.agreed_on.is_not(None), p.signed_on.is_not(None)),
    )


@dataclass(frozen=True)
class Version:
    id: str
    client_id: str
    municipality: str
    kind: str
    party: str
    first: bool  # a first plan, not a review's new version
    period_start: date
    period_end: date
    due: date | None
    made: date
    ended_on: date | None  # closed with no successor at all (a closing by a review is no end)
    reviewed_on: date | None  # the day a successor was agreed or signed
    assessed_on: date | None  # the completed assessment the plan was made from

    def gone_before(self, day: date) -> bool:
        return any(d is not None and d < day for d in (self.reviewed_on, self.ended_on))

    def in_force_on(self, day: date) -> bool:
        """Agreed by ``day``, within its period, neither replaced by a new version nor closed by then."""
        gone = any(d is not None and d <= day for d in (self.reviewed_on, self.ended_on))
        return self.made <= day and self.period_start <= day <= self.period_end and not gone

    def in_force_during(self, start: date, end: date) -> bool:
        return (
            self.made <= end
            and self.period_start <= end
            and self.period_end >= start
            and not self.gone_before(start)
        )


def _versions(s: Session, f: Figures, scope: Sequence[ColumnElement[bool]]) -> list[Version]:
    p, n, a = _P, aliased(_P), Assessment
    reviewed = type_coerce(func.min(case((was_agreed(n), made_on(n)), else_=None)), Date)
    rows = s.connection().execute(
        select(
            p.id,
            p.client_id,
            Client.home_municipality,
            p.kind,
            p.responsible_party,
            p.previous_version_id,
            p.period_start,
            p.period_end,
            p.next_review_due,
            p.state,
            p.closed_on,
            made_on(p),
            reviewed,
            func.count(n.id),
            type_coerce(func.min(a.assessed_on), Date),
        )
        .join(Client, Client.id == p.client_id)
        .outerjoin(n, and_(n.previous_version_id == p.id, n.deleted.is_(False)))
        .outerjoin(
            a, and_(a.id == p.assessment_id, a.deleted.is_(False), a.status == AssessmentStatus.COMPLETED)
        )
        .where(
            p.deleted.is_(False),
            was_agreed(p),
            made_on(p) <= f.end,
            or_(p.period_end >= f.start, made_on(p) >= f.start),
            *scope,
        )
        .group_by(p.id, Client.home_municipality)
    )
    return [
        Version(
            id=r[0],
            client_id=r[1],
            municipality=r[2],
            kind=r[3].value,
            party=r[4].value,
            first=r[5] is None,
            period_start=r[6],
            period_end=r[7],
            due=r[8],
            made=r[11],
            ended_on=r[10] if r[9] == PlanState.CLOSED and r[13] == 0 else None,
            reviewed_on=r[12],
            assessed_on=r[14],
        )
        for r in rows
    ]


def _review(f: Figures, v: Version) -> None:
    """A review due in the period, or due earlier and still not made when the period began (carried
    over: it shows as overdue in every period until the new version is agreed or the plan ends)."""
    due = v.due
    if due is None or due > f.end or due > v.period_end or (v.ended_on is not None and v.ended_on <= due):
        return  # not due yet, or the plan ended before its review was due
    carried = due < f.start
    if carried and (v.gone_before(f.start) or v.period_end < f.start):
        return
    done = v.reviewed_on if v.reviewed_on is not None and v.reviewed_on <= f.as_of else None
    if done is not None:
        f.reviews["on_time" if done <= due else "late"] += 1
    elif due < f.as_of:
        f.reviews["overdue"] += 1
        f.reviews_carried += carried
    else:
        f.reviews["not_yet_due"] += 1


def plan_figures(s: Session, f: Figures, scope: Sequence[ColumnElement[bool]]) -> set[str]:
    """Fills the plan figures; returns the clients with a plan in force during the period."""
    versions = _versions(s, f, scope)
    in_period = [v for v in versions if v.in_force_during(f.start, f.end)]
    for v in versions:
        if f.start <= v.made <= f.end:
            if v.first:
                f.plans[(v.municipality, v.kind)] += 1
                f.plans_by_party[v.party] += 1
                if v.assessed_on is not None and v.made >= v.assessed_on:
                    f.assessment_to_plan.append((v.made - v.assessed_on).days)
            else:
                f.plan_versions += 1
        _review(f, v)
    caseload = {(v.client_id, v.municipality) for v in versions if v.in_force_on(f.as_of)}
    f.caseload.update(m for _, m in caseload)
    _measures(s, f, scope, versions, in_period)
    return {v.client_id for v in in_period}


def _measures(
    s: Session,
    f: Figures,
    scope: Sequence[ColumnElement[bool]],
    versions: list[Version],
    in_period: list[Version],
) -> None:
    p, m = _P, PlanMeasure
    rows = (
        s.connection()
        .execute(
            select(m.plan_id, m.service, m.status, m.starts_on, m.ends_on, m.hours, m.language)
            .join(p, p.id == m.plan_id)
            .join(Client, Client.id == p.client_id)
            .where(
                m.deleted.is_(False),
                p.deleted.is_(False),
                was_agreed(p),
                made_on(p) <= f.end,
                or_(p.period_end >= f.start, made_on(p) >= f.start),
                *scope,
            )
        )
        .all()
    )
    by_plan: dict[str, list[tuple[str, MeasureStatus, date | None, date | None, int | None, str | None]]]
    by_plan = defaultdict(list)
    for plan_id, *rest in rows:
        by_plan[plan_id].append((rest[0], rest[1], rest[2], rest[3], rest[4], rest[5]))
    client_of = {v.id: v.client_id for v in versions}
    started: dict[str, date] = {}  # a client's first measure start (not cancelled), in any agreed plan
    for plan_id, items in by_plan.items():
        for _service, status, starts, _ends, _h, _l in items:
            cid = client_of.get(plan_id)
            if cid is not None and starts is not None and status != MeasureStatus.CANCELLED:
                started[cid] = min(starts, started.get(cid, starts))
    rules = rules_in_force(s)
    for v in versions:
        if v.first and f.start <= v.made <= f.end:
            f.direction[_direction(f, rules, v, started.get(v.client_id))] += 1
    for service, clients in _clients_by_service(f, by_plan, in_period).items():
        f.services[service] = len(clients)
    newest: dict[str, Version] = {}
    for v in in_period:
        if v.client_id not in newest or (v.made, v.period_start) > (
            newest[v.client_id].made,
            newest[v.client_id].period_start,
        ):
            newest[v.client_id] = v
    f.civic_min_hours = _min_hours(rules, f.as_of)
    for v in newest.values():
        for service, status, starts, ends, hours, language in by_plan.get(v.id, []):
            f.measure_status[status.value] += 1
            if service == CIVIC and _overlaps(f, starts, ends):
                f.civic_languages[language or NOT_RECORDED] += 1
                if hours is None:
                    f.civic_hours_missing += 1
                    continue
                f.civic_hours.append(hours)
                minimum = _min_hours(rules, starts or f.as_of) or f.civic_min_hours
                f.civic_below_minimum += minimum is not None and hours < minimum


def _overlaps(f: Figures, starts: date | None, ends: date | None) -> bool:
    return (starts is None or starts <= f.end) and (ends is None or ends >= f.start)


def _clients_by_service(
    f: Figures,
    by_plan: dict[str, list[tuple[str, MeasureStatus, date | None, date | None, int | None, str | None]]],
    in_period: list[Version],
) -> dict[str, set[str]]:
    clients: dict[str, set[str]] = defaultdict(set)
    for v in in_period:
        for service, _status, starts, ends, _h, _l in by_plan.get(v.id, []):
            if _overlaps(f, starts, ends):
                clients[service].add(v.client_id)
    return clients


def _min_hours(rules: RulesData, on: date) -> int | None:
    try:
        return rules.int_value("civic_orientation_min_hours", on)
    except RuleNotInForceError:
        return None


def _direction(f: Figures, rules: RulesData, v: Version, first_start: date | None) -> str:
    """Directed to a service within the months the rules give (six) of the first plan (a measure
    starting by then)."""
    try:
        deadline = service_direction_deadline(v.period_start, rules)
    except RuleNotInForceError:
        return "no_rule"  # a plan from before the act's rules were in force
    if first_start is not None and first_start <= min(deadline, f.as_of):
        return "within"
    return "not_within" if deadline < f.as_of else "pending"
