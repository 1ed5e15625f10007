"""Rule findings on a plan or an assessment: what breaks a rule, each needing a recorded reason.

A finding never blocks typing; it blocks agreeing a plan or completing an assessment until the
counsellor records why they go ahead (``rule_exceptions`` on the row, keyed by ``Finding.key``). The
editor shows the findings, and the printed plan's internal copy lists them with the reasons given.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from models.enums import AssessmentKind, AssessmentStatus, LabourMarketStatus, PlanKind, ResponsibleParty
from models.rules.codes import ReasonCode as C
from models.rules.decisions import EligibilityOutcome, assessment_eligibility, multidisciplinary_indicators
from models.rules.facts import ClientFacts
from models.rules.participants import participants_for
from models.rules.reasons import Reason, make_reason
from models.rules.records import RulesData
from models.rules.review import plan_length_check, service_direction_deadline

CIVIC_ORIENTATION = "civic_orientation"  # the reference data's service code (KotoL §25)


@dataclass(frozen=True)
class Finding:
    """``key`` is stable across saves (the code, plus the subject it concerns) so a recorded reason
    stays attached; ``subject`` is a service code or a participant role id, or None."""

    key: str
    reason: Reason
    subject: str | None = None

    @property
    def code(self) -> str:
        return self.reason.code


@dataclass(frozen=True)
class MeasureFacts:
    service: str
    starts_on: date | None
    hours: int | None = None


@dataclass(frozen=True)
class AssessmentFacts:
    kind: AssessmentKind
    status: AssessmentStatus
    assessed_on: date | None


@dataclass(frozen=True)
class PlanFacts:
    kind: PlanKind
    party: ResponsibleParty
    period_start: date
    period_end: date
    first_plan_start: date  # start of the client's first plan (this one's, for a first plan)
    is_first_plan: bool
    assessment: AssessmentFacts | None  # the assessment the plan rests on
    measures: tuple[MeasureFacts, ...] = ()


def _finding(rules: RulesData, code: C, subject: str | None = None, **params: object) -> Finding:
    key = code.value if subject is None else f"{code.value}:{subject}"
    return Finding(key, make_reason(rules, code, None, **params), subject)


def _eligibility_findings(facts: ClientFacts, on: date, rules: RulesData) -> list[Finding]:
    outcome = assessment_eligibility(facts, on, rules).outcome
    if outcome is EligibilityOutcome.NOT_ELIGIBLE:
        return [_finding(rules, C.FINDING_NOT_ELIGIBLE, on=on)]
    if outcome is EligibilityOutcome.UNKNOWN:
        return [_finding(rules, C.FINDING_ELIGIBILITY_UNKNOWN)]
    return []


def expected_party(status: LabourMarketStatus) -> ResponsibleParty | None:
    """Liite 1: a jobseeker's plan is the employment authority's, anyone else's the municipality's;
    None while the status is unknown."""
    if status is LabourMarketStatus.JOBSEEKER:
        return ResponsibleParty.EMPLOYMENT_AUTHORITY
    if status is LabourMarketStatus.OUTSIDE_LABOUR_FORCE:
        return ResponsibleParty.MUNICIPALITY
    return None


def _party_findings(facts: ClientFacts, party: ResponsibleParty, rules: RulesData) -> list[Finding]:
    expected = expected_party(facts.labour_market_status)
    if expected is None:
        return [_finding(rules, C.FINDING_STATUS_UNKNOWN)]
    if party is expected:
        return []
    if expected is ResponsibleParty.EMPLOYMENT_AUTHORITY:
        return [_finding(rules, C.FINDING_PARTY_SHOULD_BE_EMPLOYMENT_AUTHORITY)]
    return [_finding(rules, C.FINDING_PARTY_SHOULD_BE_MUNICIPALITY)]


def _measure_findings(facts: ClientFacts, plan: PlanFacts, rules: RulesData) -> list[Finding]:
    found: list[Finding] = []
    deadline = service_direction_deadline(plan.first_plan_start, rules)
    if not any(m.starts_on is not None and m.starts_on <= deadline for m in plan.measures):
        months = rules.int_value("direct_to_service_within_months", plan.first_plan_start)
        found.append(_finding(rules, C.FINDING_NO_SERVICE_IN_TIME, months=months, deadline=deadline))
    for m in plan.measures:
        when = m.starts_on or plan.period_start
        if m.service == CIVIC_ORIENTATION and m.hours is not None:
            minimum = rules.int_value("civic_orientation_min_hours", when)
            if m.hours < minimum:
                found.append(
                    _finding(
                        rules, C.FINDING_CIVIC_ORIENTATION_HOURS, m.service, hours=m.hours, min_hours=minimum
                    )
                )
        limit = rules.service_limit(m.service, when)
        age = facts.age_on(when)
        if limit is not None and age is not None and not limit.min_age <= age <= limit.max_age:
            found.append(
                _finding(
                    rules,
                    C.FINDING_MEASURE_AGE,
                    m.service,
                    age=age,
                    min_age=limit.min_age,
                    max_age=limit.max_age,
                )
            )
    return _unique(found)


def plan_findings(facts: ClientFacts, plan: PlanFacts, rules: RulesData) -> tuple[Finding, ...]:
    """What in ``plan`` breaks a rule of §14-17, Liite 1 or the programme, on the plan's start day."""
    on = plan.period_start
    found: list[Finding] = []
    if plan.assessment is None:
        found.append(_finding(rules, C.FINDING_PLAN_NO_ASSESSMENT))
    else:
        if plan.assessment.status is not AssessmentStatus.COMPLETED:
            found.append(_finding(rules, C.FINDING_PLAN_ASSESSMENT_DRAFT))
        if (
            plan.kind is PlanKind.MULTIDISCIPLINARY
            and plan.assessment.kind is not AssessmentKind.MULTIDISCIPLINARY
        ):
            found.append(_finding(rules, C.FINDING_MD_PLAN_WITHOUT_MD_ASSESSMENT))
    if plan.is_first_plan:
        found.extend(_eligibility_findings(facts, on, rules))
    found.extend(_party_findings(facts, plan.party, rules))
    length = plan_length_check(plan.first_plan_start, on, plan.period_end, plan.is_first_plan, on, rules)
    found.extend(Finding(w.code, w) for w in length.warnings)
    found.extend(_measure_findings(facts, plan, rules))
    return tuple(found)


def assessment_findings(
    facts: ClientFacts,
    assessment: AssessmentFacts,
    participant_roles: frozenset[str],
    on: date,
    rules: RulesData,
) -> tuple[Finding, ...]:
    """What breaks a rule in an assessment made on ``on``: eligibility, the §15 grounds of a
    multidisciplinary one, and the county participants Liite 1 requires (one finding per role)."""
    found = _eligibility_findings(facts, on, rules)
    if assessment.kind is AssessmentKind.MULTIDISCIPLINARY:
        if not multidisciplinary_indicators(facts, on, rules).recommended:
            found.append(_finding(rules, C.FINDING_MD_NOT_INDICATED))
        requirement = participants_for(facts, "multidisciplinary_assessment", on, rules)
        for role in requirement.required:
            if role not in participant_roles:
                found.append(_finding(rules, C.FINDING_PARTICIPANT_MISSING, role))
    return tuple(found)


def unexplained(findings: tuple[Finding, ...], exceptions: Mapping[str, str]) -> tuple[Finding, ...]:
    """The findings without a recorded reason (blank reasons do not count)."""
    return tuple(f for f in findings if not exceptions.get(f.key, "").strip())


def _unique(found: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out: list[Finding] = []
    for f in found:
        if f.key not in seen:
            seen.add(f.key)
            out.append(f)
    return out
