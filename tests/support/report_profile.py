"""Synthetic profiles for the annual report tests (never real people).

Rows are plain dicts kept in ``Rows`` after they are inserted (``bulk_insert``: sync metadata and
outbox as the app writes them), so a test can compute the figures it expects from the very objects it
generated, in plain Python, independently of the report's SQL.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from app.changes import bulk_insert
from app.workspace import Workspace
from models import (
    SYNCED_MODELS,
    Assessment,
    AssessmentParticipant,
    Client,
    IntegrationPlan,
    Meeting,
    PlanMeasure,
    SyncMixin,
)
from models.base import new_uuid
from models.enums import (
    AssessmentKind,
    AssessmentOutcome,
    AssessmentStatus,
    FamilySituation,
    Gender,
    LabourMarketStatus,
    MeasureStatus,
    MeetingMode,
    MeetingPurpose,
    MeetingStatus,
    PlanKind,
    PlanState,
    ResidenceBasis,
    ResponsibleParty,
)
from models.rules import add_months

MUNICIPALITIES = ("297", "857", "402", "204")
SERVICES = ("finnish_course", "civic_orientation", "integration_training", "guidance_advice")
ROLES = (
    "county_integration_social_worker",
    "family_centre_social_worker",
    "county_nurse",
    "county_health_care",
    "working_age_social_worker",
    "other_authority",
    None,
)


@dataclass
class Rows:
    by_model: dict[type[SyncMixin], list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: type[SyncMixin], **row: Any) -> dict[str, Any]:
        row.setdefault("id", new_uuid())
        self.by_model.setdefault(model, []).append(row)
        return row

    def of(self, model: type[SyncMixin]) -> list[dict[str, Any]]:
        return self.by_model.get(model, [])

    def client(self, municipality: str = "297", **row: Any) -> dict[str, Any]:
        row.setdefault("first_names", "Testi")
        row.setdefault("last_name", "Asiakas")
        return self.add(Client, home_municipality=municipality, **row)

    def assessment(self, client: dict[str, Any], on: date | None, **row: Any) -> dict[str, Any]:
        row.setdefault("kind", AssessmentKind.BASIC)
        row.setdefault("status", AssessmentStatus.COMPLETED)
        return self.add(Assessment, client_id=client["id"], assessed_on=on, **row)

    def plan(self, client: dict[str, Any], start: date, **row: Any) -> dict[str, Any]:
        """An agreed first plan from ``start`` (a year long, review due after six months)."""
        row.setdefault("kind", PlanKind.BASIC)
        row.setdefault("state", PlanState.AGREED)
        row.setdefault("responsible_party", ResponsibleParty.MUNICIPALITY)
        row.setdefault("period_end", start + timedelta(days=364))
        row.setdefault("next_review_due", start + timedelta(days=182))
        row.setdefault("agreed_on", start if row["state"] != PlanState.DRAFT else None)
        row.setdefault("version_no", 1)
        return self.add(IntegrationPlan, client_id=client["id"], period_start=start, **row)

    def version(self, old: dict[str, Any], on: date, *, agreed: bool, **row: Any) -> dict[str, Any]:
        """A review as ``app.plans.new_plan_version`` makes it: the old version closed on ``on``."""
        old.update(state=PlanState.CLOSED, closed_on=on)
        row.setdefault("state", PlanState.AGREED if agreed else PlanState.DRAFT)
        row.setdefault("agreed_on", on if agreed else None)
        return self.add(
            IntegrationPlan,
            client_id=old["client_id"],
            assessment_id=old.get("assessment_id"),
            previous_version_id=old["id"],
            version_no=old["version_no"] + 1,
            kind=old["kind"],
            responsible_party=old["responsible_party"],
            period_start=on,
            period_end=max(old["period_end"], on),
            next_review_due=on + timedelta(days=182),
            **row,
        )

    def insert(self, ws: Workspace) -> None:
        with ws.session() as s:
            for model in SYNCED_MODELS:  # parents first: foreign keys are enforced
                bulk_insert(s, ws.actor, model, [dict(r) for r in self.of(model)])


EDGES = (date(2024, 12, 31), date(2025, 1, 1), date(2025, 12, 31), date(2026, 1, 1), date(2026, 12, 31))


def _day(rng: random.Random, first: date, last: date) -> date:
    """A day in ``first``..``last``; now and then a year's first or last day, where periods meet."""
    edges = [d for d in EDGES if first <= d <= last]
    if edges and rng.random() < 0.1:
        return rng.choice(edges)
    return first + timedelta(days=rng.randint(0, (last - first).days))


def random_profile(ws: Workspace, *, clients: int, seed: int, first: date, last: date) -> Rows:
    """Clients with assessments (some drafts), plan chains (reviews agreed, late, left as drafts or
    never made, so plans carry over from one year to the next), measures and meetings."""
    rng = random.Random(seed)
    rows = Rows()
    for _ in range(clients):
        basis = rng.choice([*ResidenceBasis, None])
        c = rows.client(
            rng.choice(MUNICIPALITIES),
            date_of_birth=_day(rng, date(1960, 1, 1), date(2010, 1, 1)),
            gender=rng.choice([*Gender, None]),
            residence_basis=basis,
            asylum_process=rng.random() < 0.3,
            first_permit_date=rng.choice([None, _day(rng, first - timedelta(days=700), last)]),
            labour_market_status=rng.choice(list(LabourMarketStatus)),
            home_care_allowance=rng.random() < 0.2,
            prolonged_social_assistance=rng.random() < 0.2,
            own_request=rng.random() < 0.3,
            referred_by_authority=rng.random() < 0.3,
            unaccompanied_minor=rng.random() < 0.05,
            trafficking_victim=rng.random() < 0.05,
            family_situation=rng.choice([None, FamilySituation.SINGLE, FamilySituation.UNACCOMPANIED_MINOR]),
            preferred_language=rng.choice(["ar", "ru", "uk", "fa", None]),
            interpreter_needed=rng.random() < 0.4,
        )
        for _ in range(rng.randint(0, 2)):
            _assessment(rows, rng, c, first, last)
        if rng.random() < 0.7:
            _plan_chain(rows, rng, c, first, last)
        for _ in range(rng.randint(0, 3)):
            day = _day(rng, first, last + timedelta(days=30))
            rows.add(
                Meeting,
                client_id=c["id"],
                starts_at=datetime.combine(day, time(rng.choice([0, 9, 23]), 30)),
                mode=rng.choice(list(MeetingMode)),
                purpose=rng.choice(list(MeetingPurpose)),
                status=rng.choice(list(MeetingStatus)),
                interpreter_language=rng.choice([None, "ar", "ru"]),
            )
    rows.insert(ws)
    return rows


def _assessment(rows: Rows, rng: random.Random, c: dict[str, Any], first: date, last: date) -> None:
    kind = rng.choice(list(AssessmentKind))
    a = rows.assessment(
        c,
        rng.choice([None, _day(rng, first, last)]) if rng.random() < 0.1 else _day(rng, first, last),
        kind=kind,
        status=rng.choice([AssessmentStatus.COMPLETED] * 4 + [AssessmentStatus.DRAFT]),
        outcome=rng.choice(list(AssessmentOutcome)),
        municipality=rng.choice([None, *MUNICIPALITIES]),  # where it was done: not what the report groups by
    )
    if kind == AssessmentKind.MULTIDISCIPLINARY:
        for role in rng.sample(ROLES, rng.randint(0, 3)):
            rows.add(
                AssessmentParticipant,
                assessment_id=a["id"],
                name="Osallistuja",
                organisation="Pohjois-Savon hyvinvointialue",
                role="työntekijä",
                role_code=role,
            )


def _plan_chain(rows: Rows, rng: random.Random, c: dict[str, Any], first: date, last: date) -> None:
    assessments = [a for a in rows.of(Assessment) if a["client_id"] == c["id"]]
    start = _day(rng, first - timedelta(days=200), last)
    state = rng.choice([PlanState.AGREED, PlanState.SIGNED, PlanState.DRAFT, PlanState.AGREED])
    p = rows.plan(
        c,
        start,
        state=state,
        signed_on=start + timedelta(days=3) if state == PlanState.SIGNED else None,
        responsible_party=rng.choice(list(ResponsibleParty)[:2]),
        kind=rng.choice(list(PlanKind)),
        assessment_id=rng.choice(assessments)["id"] if assessments and rng.random() < 0.8 else None,
    )
    _measures(rows, rng, p, start)
    if state == PlanState.DRAFT:
        return
    for _ in range(rng.randint(0, 2)):
        roll = rng.random()
        if roll < 0.2:  # ended: the client moved away
            p.update(state=PlanState.CLOSED, closed_on=_day(rng, start, start + timedelta(days=300)))
            return
        if roll < 0.4:  # never reviewed: overdue, carried into the next year
            return
        late_by = rng.choice([-40, -1, 0, 1, 60, 120, rng.randint(-40, 300)])  # the due day itself too
        on = p["next_review_due"] + timedelta(days=late_by)
        p = rows.version(p, on, agreed=rng.random() < 0.7)
        _measures(rows, rng, p, on)
        if p["state"] == PlanState.DRAFT:
            return


def _measures(rows: Rows, rng: random.Random, p: dict[str, Any], start: date) -> None:
    for pos in range(rng.randint(0, 3)):
        six_months = add_months(start, 6)  # the deadline to direct the client to a service
        begins = rng.choice(
            [None, six_months, six_months + timedelta(days=1), start + timedelta(days=rng.randint(-10, 260))]
        )
        service = rng.choice(SERVICES)
        rows.add(
            PlanMeasure,
            plan_id=p["id"],
            service=service,
            responsible_party=p["responsible_party"],
            starts_on=begins,
            ends_on=None if begins is None else begins + timedelta(days=rng.randint(0, 200)),
            status=rng.choice(list(MeasureStatus)),
            hours=rng.choice([None, 40, 69, 70, 80]) if service == "civic_orientation" else None,
            language=rng.choice([None, "ar", "en", "ru"]) if service == "civic_orientation" else None,
            position=pos,
        )
