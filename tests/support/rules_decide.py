"""The mechanics of the rules table (``tests/support/rules_table.py``): a case calls one decision function
and gets back what it decided, the reason codes, and the decision with its reasons in Finnish as a
counsellor reads it; plus the client facts most cases start from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from models.enums import (
    AssessmentKind,
    AssessmentStatus,
    LabourMarketStatus,
    MeetingMode,
    MeetingPurpose,
    PlanKind,
    ResidenceBasis,
    ResponsibleParty,
)
from models.rules import (
    AssessmentFacts,
    ClientFacts,
    Finding,
    MeasureFacts,
    PlanFacts,
    Reason,
    RulesData,
    assessment_eligibility,
    assessment_findings,
    default_rules,
    meeting_mode_reasons,
    multidisciplinary_indicators,
    next_review_due,
    participants_for,
    plan_findings,
    responsible_party,
)

RULES = default_rules()
PERMIT = date(2025, 3, 15)  # first residence permit of most cases
ON = date(2026, 6, 1)  # inside the window
LAST_DAY = date(2028, 3, 15)  # third anniversary: still inside
DAY_AFTER = date(2028, 3, 16)
BASE = ClientFacts(first_permit_date=PERMIT, date_of_birth=date(1990, 5, 1))

OUTCOME_FI = {
    "must_assess": "Arviointi on tehtävä",
    "may_assess": "Arviointi tehdään, jos ohjaaja arvioi asiakkaan tarvitsevan sitä",
    "not_eligible": "Ei arviointia",
    "unknown": "Ei voida ratkaista: tieto puuttuu",
    "recommended": "Monialaista arviointia suositellaan",
    "not_recommended": "Monialaista arviointia ei suositella",
    "employment_authority": "Vastuutaho: työvoimaviranomainen",
    "municipality": "Vastuutaho: kunta (maahanmuutto-ohjaaja)",
    "findings": "Varoitukset, jotka vaativat kirjatun syyn",
    "no_findings": "Ei varoituksia",
    "meeting_note": "Tapaamista varattaessa näytetään",
    "no_meeting_note": "Tapaamista varattaessa ei huomautettavaa",
}


@dataclass(frozen=True)
class Decided:
    outcome: str  # an OUTCOME_FI key, a party, a role list or a date
    codes: frozenset[str]  # reason or finding codes
    text_fi: str  # the decision and its reasons as the counsellor reads them


@dataclass(frozen=True)
class Case:
    name: str
    decide: Callable[[], Decided]
    outcome: str
    has: frozenset[str] = frozenset()
    lacks: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Rule:
    id: str
    seed: str  # section and lines of ../shared/seed/000_e2e2fabac0873238.txt, or the law
    words: str  # the seed's words (abridged)
    key: str  # where the rule lives in resources/rules/kotol.toml
    cases: tuple[Case, ...] = field(default_factory=tuple)


def _said(reasons: tuple[Reason, ...], rules: RulesData = RULES) -> str:
    return " ".join(r.render(rules, "fi") for r in reasons)


def elig(facts: ClientFacts, on: date = ON) -> Decided:
    d = assessment_eligibility(facts, on, RULES)
    text = f"{OUTCOME_FI[d.outcome.value]}. {_said(d.reasons)}"
    return Decided(d.outcome.value, frozenset(r.code for r in d.reasons), text)


def md(facts: ClientFacts, on: date = ON) -> Decided:
    d = multidisciplinary_indicators(facts, on, RULES)
    outcome = "recommended" if d.recommended else "not_recommended"
    roles = ", ".join(RULES.participant_label(role, "fi") for role in d.required_participants)
    invite = f" Mukaan kutsutaan: {roles}." if roles else ""
    return Decided(
        outcome, frozenset(r.code for r in d.reasons), f"{OUTCOME_FI[outcome]}.{invite} {_said(d.reasons)}"
    )


def resp(facts: ClientFacts, service: str, on: date = ON) -> Decided:
    d = responsible_party(facts, service, on, RULES)
    text = f"{OUTCOME_FI.get(d.party.value, d.party.value)}; {d.description_fi} {_said(d.reasons)}"
    return Decided(f"{d.party.value}/{d.how.value}", frozenset(r.code for r in d.reasons), text)


def parts(facts: ClientFacts, service: str, on: date = ON) -> Decided:
    d = participants_for(facts, service, on, RULES)
    required = ", ".join(RULES.participant_label(r, "fi") for r in d.required)
    optional = ", ".join(RULES.participant_label(r, "fi") for r in d.optional)
    text = f"Pakolliset: {required}." + (f" Tarvittaessa: {optional}." if optional else "")
    return Decided(",".join(d.required), frozenset(r.code for r in d.reasons), f"{text} {_said(d.reasons)}")


def review(start: date, party: ResponsibleParty) -> Decided:
    d = next_review_due(start, party, RULES)
    return Decided(d.due.isoformat(), frozenset(r.code for r in d.reasons), _said(d.reasons))


def meeting(facts: ClientFacts, purpose: MeetingPurpose, mode: MeetingMode) -> Decided:
    reasons = meeting_mode_reasons(facts, purpose, mode, ON, RULES)
    outcome = "meeting_note" if reasons else "no_meeting_note"
    text = OUTCOME_FI[outcome] + (f": {_said(reasons)}" if reasons else ".")
    return Decided(outcome, frozenset(r.code for r in reasons), text)


def _findings_decided(findings: tuple[Finding, ...]) -> Decided:
    codes = frozenset(f.code for f in findings)
    if not findings:
        return Decided("no_findings", codes, OUTCOME_FI["no_findings"] + ".")
    text = OUTCOME_FI["findings"] + ": " + " ".join(f.reason.render(RULES, "fi") for f in findings)
    return Decided("findings", codes, text)


COMPLETED_BASIC = AssessmentFacts(AssessmentKind.BASIC, AssessmentStatus.COMPLETED, ON)
COMPLETED_MD = AssessmentFacts(AssessmentKind.MULTIDISCIPLINARY, AssessmentStatus.COMPLETED, ON)
OUTSIDE = replace(
    BASE, labour_market_status=LabourMarketStatus.OUTSIDE_LABOUR_FORCE, home_care_allowance=True
)
JOBSEEKER = replace(BASE, labour_market_status=LabourMarketStatus.JOBSEEKER)


def plan(
    facts: ClientFacts = OUTSIDE,
    *,
    kind: PlanKind = PlanKind.BASIC,
    party: ResponsibleParty = ResponsibleParty.MUNICIPALITY,
    assessment: AssessmentFacts | None = COMPLETED_BASIC,
    measures: tuple[MeasureFacts, ...] = (MeasureFacts("finnish_course", date(2026, 8, 1)),),
    end: date = date(2027, 5, 31),
) -> Decided:
    p = PlanFacts(kind, party, ON, end, ON, True, assessment, measures)
    return _findings_decided(plan_findings(facts, p, RULES))


def assess(
    facts: ClientFacts,
    roles: frozenset[str] = frozenset(),
    kind: AssessmentKind = AssessmentKind.MULTIDISCIPLINARY,
) -> Decided:
    a = AssessmentFacts(kind, AssessmentStatus.DRAFT, ON)
    return _findings_decided(assessment_findings(facts, a, roles, ON, RULES))


def case(
    name: str,
    decide: Callable[[], Decided],
    outcome: str,
    has: tuple[str, ...] = (),
    lacks: tuple[str, ...] = (),
) -> Case:
    return Case(name, decide, outcome, frozenset(has), frozenset(lacks))


# Clients the cases start from (besides BASE, OUTSIDE and JOBSEEKER above).
HCA = replace(BASE, home_care_allowance=True)
QUOTA = replace(BASE, residence_basis=ResidenceBasis.QUOTA_REFUGEE)
UAM_16 = replace(BASE, unaccompanied_minor=True, date_of_birth=date(2010, 1, 1))
UAM_20 = replace(BASE, unaccompanied_minor=True, date_of_birth=date(2006, 1, 1))
UAM_26 = replace(BASE, unaccompanied_minor=True, date_of_birth=date(2000, 1, 1))
TP_KUOPIO = replace(BASE, residence_basis=ResidenceBasis.TEMPORARY_PROTECTION, home_municipality_code="297")
TP_KAAVI = replace(TP_KUOPIO, home_municipality_code="204")
TRAFFICKED_LATE = ClientFacts(
    first_permit_date=date(2020, 1, 10), trafficking_victim=True, home_care_allowance=True
)
COMPASSIONATE = replace(BASE, residence_basis=ResidenceBasis.COMPASSIONATE_GROUNDS)
ROLES_REFUGEE = frozenset({"county_integration_social_worker", "county_health_care"})
