"""The annual report's figures computed in plain Python from the rows a test generated
(``tests.support.report_profile.Rows``), straight from the definitions in the report's text: no SQL and no
code of ``app.printing.report``, so a wrong query cannot agree with itself."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from models import Assessment, AssessmentParticipant, Client, IntegrationPlan, Meeting, PlanMeasure
from models.enums import (
    AssessmentKind,
    AssessmentOutcome,
    AssessmentStatus,
    FamilySituation,
    LabourMarketStatus,
    MeasureStatus,
    MeetingStatus,
    PlanState,
    ResidenceBasis,
)
from tests.support.report_profile import Rows

COUNTY = {
    "county_integration_social_worker",
    "county_health_care",
    "county_nurse",
    "family_centre_social_worker",
    "working_age_social_worker",
}
Row = dict[str, Any]


def _months_later(day: date, months: int) -> date:
    """Same day ``months`` later, the month's last day when it has no such day."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    for d in range(day.day, 27, -1):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))


def agreed(p: Row) -> bool:
    if p["state"] == PlanState.DRAFT:
        return False
    return p["state"] != PlanState.CLOSED or bool(p.get("agreed_on") or p.get("signed_on"))


def made(p: Row) -> date:
    return p.get("agreed_on") or p.get("signed_on") or p["period_start"]


def expected(
    rows: Rows, start: date, end: date, today: date, municipality: str | None = None
) -> dict[str, Any]:
    as_of = min(today, end)
    clients = {
        c["id"]: c for c in rows.of(Client) if municipality is None or c["home_municipality"] == municipality
    }
    plans = [p for p in rows.of(IntegrationPlan) if p["client_id"] in clients]
    all_plans = rows.of(IntegrationPlan)
    e: dict[str, Any] = defaultdict(Counter)
    served: set[str] = set()

    # assessments
    done = [
        a
        for a in rows.of(Assessment)
        if a["client_id"] in clients
        and a["status"] == AssessmentStatus.COMPLETED
        and a["assessed_on"] is not None
        and start <= a["assessed_on"] <= end
    ]
    for a in done:
        muni = clients[a["client_id"]]["home_municipality"]
        served.add(a["client_id"])
        e["assessments"][(muni, a["kind"].value)] += 1
        e["outcomes"][(muni, a.get("outcome", AssessmentOutcome.UNDECIDED).value)] += 1
        linked = sorted(
            (p for p in all_plans if p.get("assessment_id") == a["id"]),
            key=lambda p: (p["version_no"], p["period_start"]),
        )
        e["assessments_by_party"][linked[0]["responsible_party"].value if linked else "not_recorded"] += 1
    md = [a for a in done if a["kind"] == AssessmentKind.MULTIDISCIPLINARY]
    e["md_assessments"] = len(md)
    md_roles = {a["id"]: set() for a in md}
    for part in rows.of(AssessmentParticipant):
        if part["assessment_id"] in md_roles and part.get("role_code") in COUNTY:
            md_roles[part["assessment_id"]].add(part["role_code"])
    e["md_with_county"] = sum(1 for roles in md_roles.values() if roles)
    e["county_roles"] = Counter(r for roles in md_roles.values() for r in roles)
    firsts: dict[str, date] = {}
    for a in rows.of(Assessment):
        if a["status"] == AssessmentStatus.COMPLETED and a["assessed_on"] is not None:
            firsts[a["client_id"]] = min(a["assessed_on"], firsts.get(a["client_id"], a["assessed_on"]))
    e["permit_to_assessment"] = sorted(
        (first - clients[cid]["first_permit_date"]).days
        for cid, first in firsts.items()
        if cid in clients
        and start <= first <= end
        and clients[cid].get("first_permit_date") is not None
        and first >= clients[cid]["first_permit_date"]
    )

    # plans
    def successors(p: Row) -> list[Row]:
        return [n for n in all_plans if n.get("previous_version_id") == p["id"]]

    def reviewed_on(p: Row) -> date | None:
        return min((made(n) for n in successors(p) if agreed(n)), default=None)

    def ended_on(p: Row) -> date | None:
        return p.get("closed_on") if p["state"] == PlanState.CLOSED and not successors(p) else None

    def in_force_on(p: Row, day: date) -> bool:
        gone = [d for d in (reviewed_on(p), ended_on(p)) if d is not None and d <= day]
        return made(p) <= day and p["period_start"] <= day <= p["period_end"] and not gone

    def in_force_during(p: Row) -> bool:
        gone = [d for d in (reviewed_on(p), ended_on(p)) if d is not None and d < start]
        return made(p) <= end and p["period_start"] <= end and p["period_end"] >= start and not gone

    good = [p for p in plans if agreed(p)]
    assessed = {
        a["id"]: a["assessed_on"] for a in rows.of(Assessment) if a["status"] == AssessmentStatus.COMPLETED
    }
    first_plans = [p for p in good if p.get("previous_version_id") is None and start <= made(p) <= end]
    e["plan_versions"] = sum(1 for p in good if p.get("previous_version_id") and start <= made(p) <= end)
    for p in first_plans:
        e["plans"][(clients[p["client_id"]]["home_municipality"], p["kind"].value)] += 1
        e["plans_by_party"][p["responsible_party"].value] += 1
    e["assessment_to_plan"] = sorted(
        (made(p) - assessed[p["assessment_id"]]).days
        for p in first_plans
        if assessed.get(p.get("assessment_id")) is not None and made(p) >= assessed[p["assessment_id"]]
    )
    e["reviews_carried"] = 0
    for p in good:
        due = p["next_review_due"]
        end_of_plan = ended_on(p)
        if due > end or due > p["period_end"] or (end_of_plan is not None and end_of_plan <= due):
            continue
        if due < start and not in_force_during(p):
            continue  # reviewed or ended before this period: not carried over
        review = reviewed_on(p)
        if review is not None and review <= as_of:
            e["reviews"]["on_time" if review <= due else "late"] += 1
        elif due < as_of:
            e["reviews"]["overdue"] += 1
            e["reviews_carried"] += due < start
        else:
            e["reviews"]["not_yet_due"] += 1
    caseload = {p["client_id"] for p in good if in_force_on(p, as_of)}
    e["caseload"] = Counter(clients[cid]["home_municipality"] for cid in caseload)
    current = [p for p in good if in_force_during(p)]
    served |= {p["client_id"] for p in current}

    # measures
    measures: dict[str, list[Row]] = defaultdict(list)
    for m in rows.of(PlanMeasure):
        measures[m["plan_id"]].append(m)

    def overlaps(m: Row) -> bool:
        return (m["starts_on"] is None or m["starts_on"] <= end) and (
            m["ends_on"] is None or m["ends_on"] >= start
        )

    by_service: dict[str, set[str]] = defaultdict(set)
    for p in current:
        for m in measures[p["id"]]:
            if overlaps(m):
                by_service[m["service"]].add(p["client_id"])
    e["services"] = Counter({s: len(c) for s, c in by_service.items()})
    newest: dict[str, Row] = {}
    for p in current:
        old = newest.get(p["client_id"])
        if old is None or (made(p), p["period_start"]) > (made(old), old["period_start"]):
            newest[p["client_id"]] = p
    e["civic_hours"], e["civic_below_minimum"], e["civic_hours_missing"] = [], 0, 0
    for p in newest.values():
        for m in measures[p["id"]]:
            e["measure_status"][m["status"].value] += 1
            if m["service"] == "civic_orientation" and overlaps(m):
                e["civic_languages"][m.get("language") or "not_recorded"] += 1
                if m.get("hours") is None:
                    e["civic_hours_missing"] += 1
                else:
                    e["civic_hours"].append(m["hours"])
                    e["civic_below_minimum"] += m["hours"] < 70
    e["civic_hours"].sort()
    for p in first_plans:
        starts = [
            m["starts_on"]
            for q in good
            if q["client_id"] == p["client_id"]
            and made(q) <= end
            and (q["period_end"] >= start or made(q) >= start)
            for m in measures[q["id"]]
            if m["starts_on"] is not None and m["status"] != MeasureStatus.CANCELLED
        ]
        deadline = _months_later(p["period_start"], 6)
        if p["period_start"] < date(2025, 1, 1):
            e["direction"]["no_rule"] += 1
        elif starts and min(starts) <= min(deadline, as_of):
            e["direction"]["within"] += 1
        else:
            e["direction"]["not_within" if deadline < as_of else "pending"] += 1

    # meetings
    e["meetings_held"] = 0
    for m in rows.of(Meeting):
        if (
            m["client_id"] in clients
            and m["status"] == MeetingStatus.HELD
            and start <= m["starts_at"].date() <= end
        ):
            served.add(m["client_id"])
            e["meetings_held"] += 1
            e["meeting_modes"][(m["purpose"].value, m["mode"].value)] += 1
            if m.get("interpreter_language"):
                e["interpreter_meetings"][m["interpreter_language"]] += 1

    # people
    e["clients_served"] = len(served)
    e["interpreter_clients"] = 0
    for cid in served:
        c = clients[cid]
        muni = c["home_municipality"]
        e["served_by_municipality"][muni] += 1
        e["genders"][(muni, c["gender"].value if c.get("gender") else "not_recorded")] += 1
        e["languages"][c.get("preferred_language") or "not_recorded"] += 1
        e["interpreter_clients"] += bool(c.get("interpreter_needed"))
        basis = c.get("residence_basis")
        groups = {
            "home_care_allowance": c.get("home_care_allowance"),
            "prolonged_social_assistance": c.get("prolonged_social_assistance"),
            "own_request": c.get("own_request"),
            "referred_by_authority": c.get("referred_by_authority"),
            "jobseeker": c.get("labour_market_status") == LabourMarketStatus.JOBSEEKER,
            "quota_refugee": basis == ResidenceBasis.QUOTA_REFUGEE,
            "granted_asylum": basis in (ResidenceBasis.REFUGEE, ResidenceBasis.SUBSIDIARY_PROTECTION)
            or (basis == ResidenceBasis.COMPASSIONATE_GROUNDS and c.get("asylum_process")),
            "temporary_protection": basis == ResidenceBasis.TEMPORARY_PROTECTION,
            "unaccompanied_minor": c.get("unaccompanied_minor")
            or c.get("family_situation") == FamilySituation.UNACCOMPANIED_MINOR,
            "trafficking_victim": c.get("trafficking_victim") or basis == ResidenceBasis.TRAFFICKING_VICTIM,
        }
        for group, holds in groups.items():
            if holds:
                e["client_groups"][(muni, group)] += 1
    return dict(e)


def median(values: list[int]) -> float | None:
    return statistics.median(values) if values else None
