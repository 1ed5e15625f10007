"""Demo assessments and plans that follow the rules, so the demo shows what real work looks like.

An assessment is made only when the client is eligible on its day; a multidisciplinary one only when
§15 indicates it, with the county participants Liite 1 names (coded roles). A plan rests on its
completed assessment, its party follows the client's labour market status, its review date is the
rules' ``next_review_due``, a signed plan has ``signed_on``, and reviews made are new plan versions
(the old one closed on the review day, goals and measures copied). Civic orientation has at least the
minimum hours and a language. A few records deliberately break a rule, with the reason recorded, as
counsellors do; anything else that breaks a rule would be a bug in this generator
(``tests/app/test_demo.py`` checks with ``models.rules.checks``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.rule_exceptions import dump as dump_reasons
from models import Assessment, AssessmentParticipant, IntegrationPlan, PlanGoal, PlanMeasure, new_uuid
from models.enums import (
    AssessmentKind,
    AssessmentOutcome,
    AssessmentStatus,
    GoalArea,
    MeasureStatus,
    PlanKind,
    PlanState,
)
from models.rules import (
    AssessmentFacts,
    ClientFacts,
    EligibilityOutcome,
    MeasureFacts,
    PlanFacts,
    RulesData,
    add_months,
    add_years,
    assessment_eligibility,
    assessment_findings,
    expected_party,
    multidisciplinary_indicators,
    next_review_due,
    participants_for,
    plan_findings,
    unexplained,
)

CIVIC = "civic_orientation"
COUNTY = "Pohjois-Savon hyvinvointialue"
# Synthetic people by coded role (Liite 1); nobody real.
COUNTY_PEOPLE = {
    "county_integration_social_worker": "Demo Kotouttava Sosiaalityöntekijä",
    "county_health_care": "Demo Terveydenhuolto",
    "county_nurse": "Demo Terveydenhoitaja",
    "family_centre_social_worker": "Demo Perhekeskus",
    "working_age_social_worker": "Demo Työikäisten Sosiaalityöntekijä",
    "other_authority": "Demo Vammaispalvelut",
}
MUNICIPAL_ORGANISATIONS = {
    "297": "Kuopion kaupunki",
    "857": "Tuusniemen kunta",
    "402": "Lapinlahden kunta",
    "204": "Kaavin kunta",
}
GOAL_TEXTS = {
    GoalArea.LANGUAGE: "Suomen kielen taito vahvistuu tasolle A2.2 kotoutumiskoulutuksessa.",
    GoalArea.EMPLOYMENT: "Tutustuu alan työpaikkoihin ja laatii ansioluettelon.",
    GoalArea.EDUCATION: "Hakee ammatilliseen koulutukseen seuraavassa yhteishaussa.",
    GoalArea.WELLBEING: "Terveystarkastus ja perheen palveluiden selvittäminen.",
    GoalArea.COMMUNITY: "Osallistuu järjestön vapaa-ajan toimintaan kerran viikossa.",
    GoalArea.GUIDANCE: "Käy TyöNavigaattorissa neuvonnassa asumisasioissa.",
}
# The deliberate exceptions, each with the reason a counsellor would record.
NURSE_AWAY = "Hyvinvointialueen edustaja ei päässyt tapaamiseen; konsultoitu puhelimitse ja kirjattu."
SHORT_CIVIC = "Asiakas suoritti osan yhteiskuntaorientaatiosta edellisessä kunnassa; täällä loput tunnit."
DELIBERATE_REASONS = frozenset({NURSE_AWAY, SHORT_CIVIC})
UNPLANNED = "Demo: poikkeama, jota generaattori ei tarkoittanut."  # never expected (tests/app/test_demo.py)


@dataclass(frozen=True)
class DemoContext:
    add: Callable[..., str]  # (model, **row) -> id
    rng: random.Random
    today: date
    rules: RulesData
    services: list[str]
    providers: dict[str, list[str]]
    languages: set[str]


def _between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _reasons(findings: tuple[Any, ...], recorded: dict[str, str]) -> str | None:
    """The stored reasons: the deliberate ones, plus a marked one for anything unintended."""
    for f in unexplained(findings, recorded):
        recorded[f.key] = UNPLANNED
    return dump_reasons(recorded)


def rules_start(rules: RulesData) -> date:
    return rules.parameters["eligibility_window_years"][0].effective_from


def assessment_and_plan(
    ctx: DemoContext, cid: str, municipality: str, facts: ClientFacts, tongue: str
) -> None:
    """An assessment on a day the client is eligible (none if there is no such day yet), and a plan."""
    rng, rules, permit = ctx.rng, ctx.rules, facts.first_permit_date
    if permit is None:
        return
    window_end = add_years(permit, rules.int_value("eligibility_window_years", ctx.today))
    last = ctx.today if facts.is_trafficking_victim else min(ctx.today, window_end)
    first = max(permit + timedelta(days=14), rules_start(rules))
    if first > last:
        return
    done_on = _between(rng, first, last)
    if assessment_eligibility(facts, done_on, rules).outcome not in (
        EligibilityOutcome.MUST_ASSESS,
        EligibilityOutcome.MAY_ASSESS,
    ):
        return
    multi = multidisciplinary_indicators(facts, done_on, rules).recommended and rng.random() < 0.7
    kind = AssessmentKind.MULTIDISCIPLINARY if multi else AssessmentKind.BASIC
    status = AssessmentStatus.COMPLETED if rng.random() < 0.85 else AssessmentStatus.DRAFT
    aid = new_uuid()  # the row is added after its participants (bulk_insert orders parents first)
    recorded: dict[str, str] = {}
    roles: set[str] = set()
    if multi:
        need = participants_for(facts, "multidisciplinary_assessment", done_on, rules)
        people = list(need.required) + [r for r in need.optional if rng.random() < 0.3]
        if len(need.required) > 1 and rng.random() < 0.08:  # deliberate: one could not come
            away = people.pop(len(need.required) - 1)
            recorded[f"finding_participant_missing:{away}"] = NURSE_AWAY
        for role in people:
            roles.add(role)
            ctx.add(
                AssessmentParticipant,
                assessment_id=aid,
                name=COUNTY_PEOPLE.get(role, "Demo Asiantuntija"),
                organisation=COUNTY,
                role=rules.participant_label(role, "fi"),
                role_code=role,
            )
        if rng.random() < 0.25:
            ctx.add(
                AssessmentParticipant,
                assessment_id=aid,
                name="Demo Kuntayhteyshenkilö",
                organisation=MUNICIPAL_ORGANISATIONS.get(municipality, "Kunta"),
                role="kunnan yhteyshenkilö",
                role_code=None,
            )
    findings = assessment_findings(
        facts, AssessmentFacts(kind, status, done_on), frozenset(roles), done_on, rules
    )
    outcome = rng.choice([o for o in AssessmentOutcome if o is not AssessmentOutcome.UNDECIDED])
    ctx.add(
        Assessment,
        id=aid,
        client_id=cid,
        kind=kind,
        status=status,
        assessed_on=done_on,
        municipality=municipality,
        goals_and_wishes="Haluaa oppia suomea ja työllistyä omalle alalleen.",
        previous_education="Toisen asteen tutkinto kotimaassa.",
        work_history="Useita vuosia kaupan alalla.",
        language_skills="Suomen kieli alkeistasolla.",
        plan_needed=True,
        outcome=outcome if status is AssessmentStatus.COMPLETED else AssessmentOutcome.UNDECIDED,
        rule_exceptions=_reasons(findings, recorded),
    )
    party = expected_party(facts.labour_market_status)
    if status is AssessmentStatus.COMPLETED and party is not None and rng.random() < 0.85:
        _plans(ctx, cid, aid, kind, status, facts, done_on, tongue)


def _plans(
    ctx: DemoContext,
    cid: str,
    aid: str,
    kind: AssessmentKind,
    assessment_status: AssessmentStatus,
    facts: ClientFacts,
    start: date,
    tongue: str,
) -> None:
    """The first plan from the assessment day, then the reviews made so far as new versions."""
    rng, rules, today = ctx.rng, ctx.rules, ctx.today
    party = expected_party(facts.labour_market_status)
    assert party is not None
    plan_kind = PlanKind.MULTIDISCIPLINARY if kind is AssessmentKind.MULTIDISCIPLINARY else PlanKind.BASIC
    end = add_months(start, rules.int_value("first_plan_max_months", start)) - timedelta(
        days=rng.randint(0, 45)
    )
    goals = [(area, GOAL_TEXTS[area]) for area in rng.sample(list(GOAL_TEXTS), rng.randint(2, 4))]
    recorded: dict[str, str] = {}
    measures = _measures(ctx, facts, start, tongue, recorded)
    version, previous, period_start = 1, None, start
    while True:
        due = next_review_due(period_start, party, rules).due
        review_on = due - timedelta(days=rng.randint(0, 14))
        reviewed = review_on <= today and review_on > period_start and version < 4 and rng.random() < 0.8
        state, agreed, signed = _state(rng, period_start, today, final=not reviewed)
        findings = plan_findings(
            facts,
            PlanFacts(
                plan_kind,
                party,
                period_start,
                end,
                start,
                version == 1,
                AssessmentFacts(kind, assessment_status, start),
                tuple(MeasureFacts(m["service"], m["starts_on"], m.get("hours")) for m in measures),
            ),
            rules,
        )
        pid = ctx.add(
            IntegrationPlan,
            client_id=cid,
            assessment_id=aid,
            previous_version_id=previous,
            version_no=version,
            kind=plan_kind,
            state=PlanState.CLOSED if reviewed else state,
            responsible_party=party,
            period_start=period_start,
            period_end=end,
            next_review_due=due,
            agreed_on=agreed,
            signed_on=signed,
            closed_on=review_on if reviewed else None,
            rule_exceptions=_reasons(findings, dict(recorded)),
        )
        for pos, (area, text) in enumerate(goals):
            ctx.add(PlanGoal, plan_id=pid, area=area, text=text, position=pos)
        for pos, m in enumerate(measures):
            ctx.add(PlanMeasure, plan_id=pid, position=pos, responsible_party=party, **_status(m, today))
        if not reviewed:
            return
        # The review goes on from its day, for another interval, within the normal total length.
        longest = add_months(start, rules.int_value("total_plan_normal_max_months", start))
        end = max(end, min(add_months(review_on, 6), longest))
        version, previous, period_start = version + 1, pid, review_on


def _state(
    rng: random.Random, start: date, today: date, *, final: bool
) -> tuple[PlanState, date | None, date | None]:
    """A reviewed version was signed; the current one is mostly signed, sometimes agreed or a draft."""
    roll = rng.random() if final else 1.0
    if roll < 0.08:
        return PlanState.DRAFT, None, None
    if roll < 0.2:
        return PlanState.AGREED, start, None
    return PlanState.SIGNED, start, min(today, start + timedelta(days=rng.randint(0, 7)))


def _status(m: dict[str, Any], today: date) -> dict[str, Any]:
    if m["starts_on"] > today:
        status = MeasureStatus.PLANNED
    elif m["ends_on"] < today:
        status = MeasureStatus.COMPLETED
    else:
        status = MeasureStatus.ONGOING
    return {**m, "status": status}


def _measures(
    ctx: DemoContext, facts: ClientFacts, start: date, tongue: str, recorded: dict[str, str]
) -> list[dict[str, Any]]:
    """Two to five services the client's age allows, the first within the service deadline; civic
    orientation with its hours (at least the minimum, unless deliberately short) in the client's language."""
    rng, rules = ctx.rng, ctx.rules
    out: list[dict[str, Any]] = []
    for pos in range(rng.randint(2, 5)):
        begins = start + timedelta(days=14 * pos)
        age = facts.age_on(begins)
        allowed = [
            s
            for s in ctx.services
            if (limit := rules.service_limit(s, begins)) is None
            or (age is not None and limit.min_age <= age <= limit.max_age)
        ]
        service = rng.choice(allowed)
        if any(m["service"] == service for m in out):
            continue
        providers = ctx.providers.get(service)
        m: dict[str, Any] = {
            "service": service,
            "provider": rng.choice(providers) if providers else None,
            "starts_on": begins,
            "ends_on": begins + timedelta(days=120),
        }
        if service == CIVIC:
            minimum = rules.int_value("civic_orientation_min_hours", begins)
            m["hours"] = rng.choice([minimum, minimum + 10, minimum + 30])
            if rng.random() < 0.08:  # deliberate: part of it was done elsewhere
                m["hours"] = minimum - 20
                recorded[f"finding_civic_orientation_hours:{CIVIC}"] = SHORT_CIVIC
            m["language"] = tongue if tongue in ctx.languages else "en"
        elif service == "integration_training":
            m["language"] = "fi"
        out.append(m)
    return out
