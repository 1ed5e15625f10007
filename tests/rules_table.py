# ruff: noqa: E501  (the seed's words are quoted whole, one rule a line, so the table reads like the page)
"""Every rule of the integration programme (seed 2.1-2.6, Liite 1) as a row with its cases.

One table serves two readers: ``tests/test_rules_table.py`` runs every case against the decision
functions, and ``python -m tests.rules_table`` writes the table of ``docs/rules.md`` (the seed's
words, the key in the rules data, the test, and the decision with its reasons in Finnish, rendered
from the first case of the row by the code itself), which the test checks is up to date.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from models.enums import (
    AssessmentKind,
    AssessmentStatus,
    LabourMarketStatus,
    PlanKind,
    ResidenceBasis,
    ResponsibleParty,
)
from models.rules import (
    AssessmentFacts,
    ClientFacts,
    MeasureFacts,
    PlanFacts,
    Reason,
    RulesData,
    assessment_eligibility,
    assessment_findings,
    default_rules,
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
DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
BEGIN, END = "<!-- rules-table:begin -->", "<!-- rules-table:end -->"

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


def _findings_decided(findings: tuple[object, ...]) -> Decided:
    codes = frozenset(f.code for f in findings)  # type: ignore[attr-defined]
    if not findings:
        return Decided("no_findings", codes, OUTCOME_FI["no_findings"] + ".")
    text = OUTCOME_FI["findings"] + ": " + " ".join(f.reason.render(RULES, "fi") for f in findings)  # type: ignore[attr-defined]
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


def _c(
    name: str,
    decide: Callable[[], Decided],
    outcome: str,
    has: tuple[str, ...] = (),
    lacks: tuple[str, ...] = (),
) -> Case:
    return Case(name, decide, outcome, frozenset(has), frozenset(lacks))


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

TABLE: tuple[Rule, ...] = (
    Rule(
        "window",
        "2.1, rivit 44-47",
        "ensimmäisen oleskeluluvan tai oleskelukortin myöntämisestä tai oleskeluoikeuden rekisteröimisestä on kulunut enintään kolme vuotta",
        "parameters.eligibility_window_years",
        (
            _c("third-anniversary-inside", lambda: elig(HCA, LAST_DAY), "must_assess", ("within_window",)),
            _c(
                "day-after-outside",
                lambda: elig(HCA, DAY_AFTER),
                "not_eligible",
                ("window_passed",),
                ("must_home_care_allowance",),
            ),
            _c(
                "permit-date-missing",
                lambda: elig(replace(HCA, first_permit_date=None)),
                "unknown",
                ("permit_date_missing", "ground_home_care_allowance"),
                ("must_home_care_allowance",),
            ),
            _c(
                "leap-day-permit",
                lambda: elig(replace(HCA, first_permit_date=date(2024, 2, 29)), date(2027, 3, 1)),
                "not_eligible",
                ("window_passed",),
            ),
        ),
    ),
    Rule(
        "home-care-allowance",
        "2.1, rivi 48",
        "saa kotihoidon tukea (laadittava aina)",
        "reasons.must_home_care_allowance",
        (
            _c("in-window-must", lambda: elig(HCA), "must_assess", ("must_home_care_allowance",)),
            _c("after-window-not", lambda: elig(HCA, DAY_AFTER), "not_eligible"),
        ),
    ),
    Rule(
        "own-request-or-authority",
        "2.1, rivit 49-51",
        "on pyytänyt itse arviointia tai on toisen viranomaisen yhteydenoton perusteella tietoon tullut henkilö (vain, jos henkilön arvioidaan tarvitsevan)",
        "reasons.may_own_request, reasons.may_referred_by_authority",
        (
            _c(
                "own-request-may",
                lambda: elig(replace(BASE, own_request=True)),
                "may_assess",
                ("may_own_request",),
            ),
            _c(
                "referred-may",
                lambda: elig(replace(BASE, referred_by_authority=True)),
                "may_assess",
                ("may_referred_by_authority",),
            ),
        ),
    ),
    Rule(
        "prolonged-social-assistance",
        "2.1, rivit 52-55",
        "toimeentulotuen tarve on pitkittynyt (laadittava aina). Arviointi voidaan tehdä monialaisena, jos maahanmuuttajalla on kotoutumiseen liittyviä sosiaali- ja terveydenhuollon palvelutarpeita",
        "reasons.must_prolonged_social_assistance, reasons.md_social_assistance_and_needs",
        (
            _c(
                "must",
                lambda: elig(replace(BASE, prolonged_social_assistance=True)),
                "must_assess",
                ("must_prolonged_social_assistance",),
            ),
            _c(
                "alone-no-md",
                lambda: md(replace(BASE, prolonged_social_assistance=True)),
                "not_recommended",
                ("md_no_indicator",),
            ),
            _c(
                "with-needs-md",
                lambda: md(
                    replace(BASE, prolonged_social_assistance=True, evident_social_or_health_needs=True)
                ),
                "recommended",
                ("md_social_assistance_and_needs",),
            ),
        ),
    ),
    Rule(
        "no-ground",
        "2.1, rivit 44-55",
        "(luettelo on tyhjentävä: ilman perustetta arviointia ei tehdä)",
        "reasons.no_trigger",
        (
            _c("nothing", lambda: elig(BASE), "not_eligible", ("no_trigger",)),
            _c(
                "work-permit",
                lambda: elig(replace(BASE, residence_basis=ResidenceBasis.WORK)),
                "not_eligible",
                ("no_trigger",),
            ),
        ),
    ),
    Rule(
        "outside-labour-force-counsellor",
        "2.1, rivit 74-80; Liite 1 (rivit 343-353)",
        "Työvoiman ulkopuolisille maahanmuuttajille ... tehdään Kuopion kaupungin maahanmuuttopalveluissa maahanmuutto-ohjaajan toimesta ... myös Tuusniemen, Lapinlahden sekä Kaavin ... lähitapaamisena kunnan osoittamassa tilassa",
        "[[responsibility]] assessment/other",
        (
            _c(
                "municipality-in-person",
                lambda: resp(
                    replace(BASE, labour_market_status=LabourMarketStatus.OUTSIDE_LABOUR_FORCE), "assessment"
                ),
                "municipality/in_person",
                ("resp_outside_labour_force",),
            ),
            _c(
                "status-unknown-assumed",
                lambda: resp(BASE, "assessment"),
                "municipality/in_person",
                ("resp_status_unknown",),
            ),
        ),
    ),
    Rule(
        "jobseeker-employment-authority",
        "2.4, rivit 144-148; Liite 1",
        "Työnhakijana olevien maahanmuuttajien osalta palvelut tuottaa työvoimaviranomainen ... lähitapaamisena, jalkautumalla asiakkaan asuinkuntaan",
        "reasons.must_jobseeker; [[responsibility]] assessment/jobseeker",
        (
            _c(
                "jobseeker-must", lambda: elig(JOBSEEKER), "must_assess", ("must_jobseeker",), ("no_trigger",)
            ),
            _c(
                "party",
                lambda: resp(JOBSEEKER, "assessment"),
                "employment_authority/in_person",
                ("resp_jobseeker",),
            ),
            _c("after-window", lambda: elig(JOBSEEKER, DAY_AFTER), "not_eligible", (), ("must_jobseeker",)),
        ),
    ),
    Rule(
        "md-refugee-background",
        "2.2, rivit 89-90",
        "on pakolaistaustainen kuten kiintiöpakolainen, turvapaikkaprosessin kautta oleskeluluvan saanut",
        "reasons.md_refugee_background",
        (
            _c("quota", lambda: md(QUOTA), "recommended", ("md_refugee_background",)),
            _c(
                "compassionate-via-asylum",
                lambda: md(replace(COMPASSIONATE, asylum_process=True)),
                "recommended",
                ("md_refugee_background",),
            ),
            _c("compassionate-otherwise", lambda: md(COMPASSIONATE), "not_recommended", ("md_no_indicator",)),
            _c(
                "opens-assessment",
                lambda: elig(replace(COMPASSIONATE, asylum_process=True)),
                "may_assess",
                ("may_multidisciplinary_ground",),
            ),
        ),
    ),
    Rule(
        "md-family-reunification",
        "2.2, rivi 90",
        "perheenyhdistämisen kautta Suomeen tullut",
        "reasons.md_family_reunification",
        (
            _c(
                "family",
                lambda: md(replace(BASE, family_of_protected_person=True)),
                "recommended",
                ("md_family_reunification",),
            ),
        ),
    ),
    Rule(
        "md-temporary-protection",
        "2.2, rivit 90-91",
        "tilapäistä suojelua saanut henkilö, jonka kotikunta on Kuopio",
        "parameters.temporary_protection_home_municipalities",
        (
            _c(
                "kuopio", lambda: md(TP_KUOPIO), "recommended", ("md_temporary_protection_home_municipality",)
            ),
            _c(
                "kuopio-opens-assessment",
                lambda: elig(TP_KUOPIO),
                "may_assess",
                ("may_multidisciplinary_ground",),
                ("no_trigger",),
            ),
            _c(
                "kaavi",
                lambda: md(TP_KAAVI),
                "not_recommended",
                ("md_temporary_protection_other_municipality",),
            ),
            _c("kaavi-no-assessment", lambda: elig(TP_KAAVI), "not_eligible", ("no_trigger",)),
        ),
    ),
    Rule(
        "md-minor-refugee",
        "2.2, rivit 91-92",
        "alaikäiset pakolaistaustaiset, jos palvelutarpeisiin ei ole jo vastattu muulla asiakassuunnitelmalla",
        "reasons.md_refugee_background (muu asiakassuunnitelma: ohjaajan harkinta)",
        (
            _c(
                "minor-quota",
                lambda: md(replace(QUOTA, date_of_birth=date(2012, 1, 1))),
                "recommended",
                ("md_refugee_background",),
            ),
        ),
    ),
    Rule(
        "trafficking-exception",
        "2.2, rivit 94-95",
        "on ihmiskaupan uhri, voidaan poiketa kolmen vuoden määräajasta, jos hänet tavoitetaan kotoutumista edistävien palveluiden piiriin vasta määräajan päätyttyä",
        "parameters.trafficking_may_exceed_window",
        (
            _c(
                "late-may-never-must",
                lambda: elig(TRAFFICKED_LATE),
                "may_assess",
                ("trafficking_exception", "ground_home_care_allowance", "exception_no_duty"),
                ("must_home_care_allowance",),
            ),
            _c("late-md", lambda: md(TRAFFICKED_LATE), "recommended", ("md_trafficking_victim",)),
        ),
    ),
    Rule(
        "md-service-coordination",
        "2.2, rivit 100-101",
        "on muu henkilö, jos hänen kotoutumisensa edistäminen edellyttää kunnan ja hyvinvointialueen järjestämisvastuulle kuuluvien palvelujen yhteensovittamista",
        "reasons.md_service_coordination",
        (
            _c(
                "md",
                lambda: md(replace(BASE, needs_service_coordination=True)),
                "recommended",
                ("md_service_coordination",),
            ),
            _c(
                "opens-assessment",
                lambda: elig(replace(BASE, needs_service_coordination=True)),
                "may_assess",
                ("may_multidisciplinary_ground",),
            ),
        ),
    ),
    Rule(
        "md-window",
        "2.2, rivit 85-87",
        "ensimmäisen oleskeluluvan ... on kulunut enintään kolme vuotta",
        "parameters.eligibility_window_years",
        (_c("quota-after-window", lambda: md(QUOTA, DAY_AFTER), "not_recommended", ("md_window_closed",)),),
    ),
    Rule(
        "md-participants-minor",
        "2.2, rivit 105-106; Liite 1 (rivit 371-375)",
        "Ohjaaja pyytää aina alaikäisten ja ilman huoltajaa tulleiden osalta hyvinvointialueen edustajat mukaan tapaamiseen ... perhekeskuksen sosiaalityöntekijän sekä HVA:n terveydenhoitajan kanssa",
        "[[participants]] multidisciplinary_assessment/unaccompanied_minor",
        (
            _c(
                "minor-16",
                lambda: parts(UAM_16, "multidisciplinary_assessment"),
                "family_centre_social_worker,county_nurse",
                ("participants_unaccompanied_minor",),
            ),
            _c(
                "missing-nurse",
                lambda: assess(UAM_16, frozenset({"family_centre_social_worker"})),
                "findings",
                ("finding_participant_missing",),
            ),
            _c(
                "both-present",
                lambda: assess(UAM_16, frozenset({"family_centre_social_worker", "county_nurse"})),
                "no_findings",
            ),
        ),
    ),
    Rule(
        "md-participants-refugee-aftercare",
        "Liite 1, rivit 364-370 (monialainen arviointi)",
        "Kiintiöpakolaiset, turvapaikan saaneet ja jälkihuollon piiriin kuuluvat nuoret: tehdään yhdessä PSHVA:n kotouttavan sosiaalityön ja terveydenhuollon kanssa",
        "[[participants]] multidisciplinary_assessment/refugee_background; parameters.aftercare_max_age",
        (
            _c(
                "adult-quota",
                lambda: parts(QUOTA, "multidisciplinary_assessment"),
                "county_integration_social_worker,county_health_care",
                ("participants_refugee_background",),
            ),
            _c(
                "aftercare-20",
                lambda: parts(UAM_20, "multidisciplinary_assessment"),
                "county_integration_social_worker,county_health_care",
                ("participants_aftercare",),
            ),
            _c(
                "aftercare-ends-at-25",
                lambda: parts(UAM_26, "multidisciplinary_assessment"),
                "working_age_social_worker",
                ("participants_other",),
            ),
            _c("quota-complete", lambda: assess(QUOTA, ROLES_REFUGEE), "no_findings"),
        ),
    ),
    Rule(
        "md-participants-other",
        "Liite 1, rivit 377-381 (monialainen arviointi)",
        "Muut: työikäisten sosiaalipalveluista sosiaalityöntekijän kanssa, mahdollisesti muut viranomaiset kuten terveydenhuollon, vammaispalvelun tai ikäkeskuksen edustus",
        "[[participants]] multidisciplinary_assessment/other",
        (
            _c(
                "tp-kuopio",
                lambda: parts(TP_KUOPIO, "multidisciplinary_assessment"),
                "working_age_social_worker",
                ("participants_other",),
            ),
            _c(
                "md-without-grounds",
                lambda: assess(BASE, frozenset({"working_age_social_worker"})),
                "findings",
                ("finding_md_not_indicated", "finding_not_eligible"),
            ),
        ),
    ),
    Rule(
        "md-plan-participants",
        "Liite 1, rivit 426-447 (monialainen kotoutumissuunnitelma)",
        "Kiintiöpakolaiset, turvapaikan saaneet ja jälkihuollon nuoret: PSHVA:n kotouttavan sosiaalityön kanssa sekä konsultoidaan tarvittaessa HVA:n terveydenhoitajaa; alaikäiset ilman huoltajaa: perhekeskuksen sosiaalityöntekijän kanssa",
        "[[participants]] multidisciplinary_plan/*",
        (
            _c("quota", lambda: parts(QUOTA, "multidisciplinary_plan"), "county_integration_social_worker"),
            _c("minor", lambda: parts(UAM_16, "multidisciplinary_plan"), "family_centre_social_worker"),
        ),
    ),
    Rule(
        "plan-rests-on-assessment",
        "2.3, rivit 123-127; 2.4, rivit 150-152; Liite 1 (rivit 387-405)",
        "Ensimmäinen kotoutumissuunnitelma laaditaan pääsääntöisesti samalla tapaamisella kuin tehdään osaamisen ja kotoutumisen palvelutarpeen arviointi",
        "reasons.finding_plan_no_assessment, reasons.resp_first_in_person",
        (
            _c("linked", lambda: plan(), "no_findings"),
            _c("no-assessment", lambda: plan(assessment=None), "findings", ("finding_plan_no_assessment",)),
            _c(
                "md-plan-basic-assessment",
                lambda: plan(kind=PlanKind.MULTIDISCIPLINARY),
                "findings",
                ("finding_md_plan_without_md_assessment",),
            ),
            _c(
                "md-plan-md-assessment",
                lambda: plan(kind=PlanKind.MULTIDISCIPLINARY, assessment=COMPLETED_MD),
                "no_findings",
            ),
            _c(
                "outside-window",
                lambda: plan(replace(OUTSIDE, first_permit_date=date(2020, 1, 1))),
                "findings",
                ("finding_not_eligible",),
            ),
        ),
    ),
    Rule(
        "plan-party",
        "2.3, rivit 122-123; 2.4, rivit 144-145; Liite 1",
        "Kuopion kaupungin maahanmuutto-ohjaaja vastaa työvoiman ulkopuolisten maahanmuuttajien kotoutumissuunnitelman (myös monialaisen) laadinnasta ... Työnhakijana olevien ... palvelut tuottaa työvoimaviranomainen",
        "[[responsibility]] plan/*; reasons.finding_party_should_be_*",
        (
            _c(
                "jobseeker-ea",
                lambda: resp(JOBSEEKER, "plan"),
                "employment_authority/remote_allowed",
                ("resp_jobseeker", "resp_first_in_person"),
            ),
            _c(
                "jobseeker-municipality-plan",
                lambda: plan(replace(JOBSEEKER, home_care_allowance=True)),
                "findings",
                ("finding_party_should_be_employment_authority",),
            ),
            _c(
                "status-unknown",
                lambda: plan(replace(OUTSIDE, labour_market_status=LabourMarketStatus.UNKNOWN)),
                "findings",
                ("finding_status_unknown",),
            ),
        ),
    ),
    Rule(
        "review-municipality",
        "2.3, rivit 127-129; Liite 1",
        "Suunnitelmaa päivitetään tarvittaessa aina ... mutta vähintään puolen vuoden välein",
        "parameters.review_interval_months_municipality",
        (
            _c("six-months", lambda: review(date(2026, 1, 15), ResponsibleParty.MUNICIPALITY), "2026-07-15"),
            _c(
                "month-end",
                lambda: review(date(2025, 8, 31), ResponsibleParty.MUNICIPALITY),
                "2026-02-28",
                ("review_due_clamped",),
            ),
        ),
    ),
    Rule(
        "review-employment-authority",
        "2.3, rivit 131-133; 2.4, rivit 152-155; Liite 1",
        "Työvoimaviranomainen puolestaan päivittää kotoutumissuunnitelman työllistymissuunnitelmaa vastaavana suunnitelmana kolmen kuukauden välein työnhakukeskusteluissa",
        "parameters.review_interval_months_employment_authority",
        (
            _c(
                "three-months",
                lambda: review(date(2026, 1, 15), ResponsibleParty.EMPLOYMENT_AUTHORITY),
                "2026-04-15",
            ),
        ),
    ),
    Rule(
        "remote-updates",
        "2.3, rivit 129-131; 2.4, rivit 148-150",
        "Suunnitelman päivittäminen voidaan tehdä lähitapaamisena tai hyödyntämällä etäyhteyttä/etävalmennusta, mikäli asiakkaalla on tähän valmiudet",
        "[[responsibility]] plan/* how = remote_allowed, first_in_person",
        (
            _c(
                "municipality",
                lambda: resp(OUTSIDE, "plan"),
                "municipality/remote_allowed",
                ("resp_first_in_person", "resp_review_interval"),
            ),
        ),
    ),
    Rule(
        "direct-to-service",
        "KotoL 681/2023 §16 (ei ohjelmassa)",
        "(asiakas ohjataan koulutukseen tai muuhun palveluun kuuden kuukauden kuluessa suunnitelmasta)",
        "parameters.direct_to_service_within_months",
        (
            _c(
                "starts-in-time",
                lambda: plan(measures=(MeasureFacts("finnish_course", date(2026, 12, 1)),)),
                "no_findings",
            ),
            _c(
                "starts-too-late",
                lambda: plan(measures=(MeasureFacts("finnish_course", date(2026, 12, 2)),)),
                "findings",
                ("finding_no_service_in_time",),
            ),
        ),
    ),
    Rule(
        "civic-orientation",
        "2.5, rivit 163-168; KotoL §25, VNA 576/2024",
        "Työnhakijoiden yhteiskuntaorientaation toteuttamisesta vastaa työvoimaviranomainen ja työvoiman ulkopuolisten palvelun tuottaa Kuopion kaupunki ... englanti, arabia sekä venäjä/ukraina",
        "[[responsibility]] civic_orientation/*; parameters.civic_orientation_min_hours",
        (
            _c("jobseeker", lambda: resp(JOBSEEKER, "civic_orientation"), "employment_authority/hybrid"),
            _c("other", lambda: resp(OUTSIDE, "civic_orientation"), "municipality/hybrid"),
            _c(
                "70-hours-ok",
                lambda: plan(measures=(MeasureFacts("civic_orientation", date(2026, 8, 1), hours=70),)),
                "no_findings",
            ),
            _c(
                "69-hours",
                lambda: plan(measures=(MeasureFacts("civic_orientation", date(2026, 8, 1), hours=69),)),
                "findings",
                ("finding_civic_orientation_hours",),
            ),
        ),
    ),
    Rule(
        "integration-training",
        "2.6, rivit 201-212; Liite 1",
        "Kotoutumiskoulutusta tarjotaan lähiopetuksena Kuopiossa kaikille työllisyysalueen työnhakijoille ... Maahanmuutto-ohjaaja ohjaa kotoutuja-asiakasta, joka ei ole oppivelvollinen",
        "[[responsibility]] integration_training/*",
        (
            _c(
                "jobseeker", lambda: resp(JOBSEEKER, "integration_training"), "employment_authority/in_person"
            ),
            _c("other", lambda: resp(OUTSIDE, "integration_training"), "municipality/in_person"),
        ),
    ),
    Rule(
        "service-ages",
        "3, rivit 216-220, 222-227, 234-236",
        "Nuoret 16-18-vuotiaat ... aloittavat suomen kielen opintonsa yleensä nuorten ryhmässä ... TUVA-koulutusta oppivelvollisille nuorille",
        "[[service_limits]]",
        (
            _c(
                "49-year-old-youth-group",
                lambda: plan(
                    measures=(
                        MeasureFacts("finnish_course", date(2026, 8, 1)),
                        MeasureFacts("youth_finnish_group", date(2026, 8, 1)),
                        MeasureFacts("tuva", date(2026, 8, 1)),
                    )
                ),
                "findings",
                ("finding_measure_age",),
            ),
            _c(
                "adult-mother-tongue-teaching",
                lambda: plan(
                    measures=(
                        MeasureFacts("finnish_course", date(2026, 8, 1)),
                        MeasureFacts("mother_tongue_teaching", date(2026, 8, 1)),
                    )
                ),
                "findings",
                ("finding_measure_age",),
            ),
            _c(
                "17-year-old-youth-group",
                lambda: plan(
                    replace(OUTSIDE, date_of_birth=date(2009, 1, 1)),
                    measures=(MeasureFacts("youth_finnish_group", date(2026, 8, 1)),),
                ),
                "no_findings",
            ),
        ),
    ),
    Rule(
        "plan-length",
        "KotoL 681/2023 §16 (ei ohjelmassa)",
        "(ensimmäinen suunnitelma enintään vuodeksi; suunnitelmat yhteensä tavallisesti enintään kaksi vuotta)",
        "parameters.first_plan_max_months, total_plan_normal_max_months, plan_extension_max_months",
        (
            _c("one-year", lambda: plan(end=date(2027, 6, 1)), "no_findings"),
            _c("too-long", lambda: plan(end=date(2027, 6, 2)), "findings", ("plan_first_too_long",)),
        ),
    ),
)


def markdown() -> str:
    """The table of docs/rules.md between its markers."""
    lines = [
        BEGIN,
        "| sääntö | ohjelma (kohta, rivit) | ohjelman sanat | avain säännöissä | testi | päätös ja perustelut (ensimmäinen tapaus) |",
        "|---|---|---|---|---|---|",
    ]
    for rule in TABLE:
        first = rule.cases[0]
        decided = first.decide()
        test = f"`test_rules_table.py::test_rule[{rule.id}-*]` ({len(rule.cases)})"
        cells = [rule.id, rule.seed, rule.words, f"`{rule.key}`", test, f"*{first.name}:* {decided.text_fi}"]
        lines.append("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in cells) + " |")
    lines.append(END)
    return "\n".join(lines)


def write_doc(path: Path = DOC) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    path.write_text(text[:start] + markdown() + text[end:], encoding="utf-8")


if __name__ == "__main__":
    write_doc(Path(sys.argv[1]) if len(sys.argv) > 1 else DOC)
