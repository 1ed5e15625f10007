"""Assessment eligibility (KotoL §14) and multidisciplinary indicators (§15) at their boundaries."""

from __future__ import annotations

from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from models.enums import ResidenceBasis
from models.rules import (
    ClientFacts,
    EligibilityOutcome,
    Reason,
    RulesData,
    assessment_eligibility,
    default_rules,
    load_rules,
    multidisciplinary_indicators,
)

RULES = default_rules()
# Rules are in force from 1.1.2025 (KotoL 681/2023), so every check date here is on or after it.
PERMIT = date(2023, 3, 15)
IN_WINDOW = date(2025, 6, 1)
AFTER_WINDOW = date(2026, 6, 1)
KUOPIO, TUUSNIEMI = "297", "857"


def codes(reasons: tuple[Reason, ...]) -> set[str]:
    return {r.code for r in reasons}


@pytest.mark.parametrize(
    ("permit", "on", "expected", "window_end"),
    [
        pytest.param(
            date(2022, 3, 15),
            date(2025, 3, 15),
            EligibilityOutcome.MUST_ASSESS,
            date(2025, 3, 15),
            id="exactly-3-years-still-eligible",
        ),
        pytest.param(
            date(2022, 3, 15),
            date(2025, 3, 16),
            EligibilityOutcome.NOT_ELIGIBLE,
            date(2025, 3, 15),
            id="3-years-plus-1-day-not-eligible",
        ),
        pytest.param(
            date(2024, 2, 29),
            date(2027, 2, 28),
            EligibilityOutcome.MUST_ASSESS,
            date(2027, 2, 28),
            id="leap-day-permit-last-day-28-feb",
        ),
        pytest.param(
            date(2024, 2, 29),
            date(2027, 3, 1),
            EligibilityOutcome.NOT_ELIGIBLE,
            date(2027, 2, 28),
            id="leap-day-permit-1-march-too-late",
        ),
        pytest.param(
            date(2025, 2, 28),
            date(2028, 2, 29),
            EligibilityOutcome.NOT_ELIGIBLE,
            date(2028, 2, 28),
            id="28-feb-permit-does-not-stretch-to-leap-day",
        ),
        pytest.param(
            date(2022, 12, 31),
            date(2025, 12, 31),
            EligibilityOutcome.MUST_ASSESS,
            date(2025, 12, 31),
            id="year-end-anniversary",
        ),
    ],
)
def test_window_boundaries(permit: date, on: date, expected: EligibilityOutcome, window_end: date) -> None:
    facts = ClientFacts(first_permit_date=permit, home_care_allowance=True)
    decision = assessment_eligibility(facts, on, RULES)
    assert decision.outcome is expected
    assert decision.window_end == window_end
    expected_window_code = "within_window" if expected is EligibilityOutcome.MUST_ASSESS else "window_passed"
    assert expected_window_code in codes(decision.reasons)


@pytest.mark.parametrize(
    ("facts", "on", "expected", "must_have"),
    [
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, home_care_allowance=True),
            IN_WINDOW,
            EligibilityOutcome.MUST_ASSESS,
            {"must_home_care_allowance"},
            id="home-care-allowance",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, prolonged_social_assistance=True),
            IN_WINDOW,
            EligibilityOutcome.MUST_ASSESS,
            {"must_prolonged_social_assistance"},
            id="prolonged-social-assistance",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, own_request=True, home_care_allowance=True),
            IN_WINDOW,
            EligibilityOutcome.MUST_ASSESS,
            {"must_home_care_allowance", "may_own_request"},
            id="must-wins-over-may",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, own_request=True),
            IN_WINDOW,
            EligibilityOutcome.MAY_ASSESS,
            {"may_own_request"},
            id="own-request",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, referred_by_authority=True),
            IN_WINDOW,
            EligibilityOutcome.MAY_ASSESS,
            {"may_referred_by_authority"},
            id="referred-by-authority",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, residence_basis=ResidenceBasis.QUOTA_REFUGEE),
            IN_WINDOW,
            EligibilityOutcome.MAY_ASSESS,
            {"may_international_protection"},
            id="quota-refugee",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, family_of_protected_person=True),
            IN_WINDOW,
            EligibilityOutcome.MAY_ASSESS,
            {"may_family_of_protected"},
            id="family-of-protected",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, unaccompanied_minor=True),
            IN_WINDOW,
            EligibilityOutcome.MAY_ASSESS,
            {"may_unaccompanied_minor"},
            id="unaccompanied-minor",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, trafficking_victim=True),
            IN_WINDOW,
            EligibilityOutcome.MAY_ASSESS,
            {"may_trafficking_victim", "within_window"},
            id="trafficking-victim-in-window",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, trafficking_victim=True),
            AFTER_WINDOW,
            EligibilityOutcome.MAY_ASSESS,
            {"trafficking_exception"},
            id="trafficking-victim-outside-window-exception",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, residence_basis=ResidenceBasis.TRAFFICKING_VICTIM),
            AFTER_WINDOW,
            EligibilityOutcome.MAY_ASSESS,
            {"trafficking_exception"},
            id="trafficking-residence-basis-outside-window",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, home_care_allowance=True),
            AFTER_WINDOW,
            EligibilityOutcome.NOT_ELIGIBLE,
            {"window_passed"},
            id="window-passed-no-exception",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT),
            IN_WINDOW,
            EligibilityOutcome.NOT_ELIGIBLE,
            {"within_window", "no_trigger"},
            id="no-trigger",
        ),
        pytest.param(
            ClientFacts(home_care_allowance=True),
            IN_WINDOW,
            EligibilityOutcome.UNKNOWN,
            {"permit_date_missing", "ground_home_care_allowance"},
            id="missing-permit-date-unknown",
        ),
        pytest.param(
            ClientFacts(first_permit_date=date(2026, 1, 1), own_request=True),
            IN_WINDOW,
            EligibilityOutcome.UNKNOWN,
            {"permit_date_after_check"},
            id="permit-after-check-date",
        ),
    ],
)
def test_eligibility_outcomes(
    facts: ClientFacts, on: date, expected: EligibilityOutcome, must_have: set[str]
) -> None:
    decision = assessment_eligibility(facts, on, RULES)
    assert decision.outcome is expected
    assert must_have <= codes(decision.reasons)
    assert decision.counsellor_judgement_needed is (expected is EligibilityOutcome.MAY_ASSESS)


def test_missing_permit_has_no_window_end_and_says_data_missing() -> None:
    decision = assessment_eligibility(ClientFacts(own_request=True), IN_WINDOW, RULES)
    assert decision.window_end is None
    text = decision.reasons[0].render(RULES, "en")
    assert "missing" in text


def test_window_passed_states_the_end_date_in_every_language() -> None:
    facts = ClientFacts(first_permit_date=date(2022, 3, 15), own_request=True)
    decision = assessment_eligibility(facts, date(2025, 3, 16), RULES)
    (reason,) = decision.reasons
    assert reason.section.startswith("KotoL 681/2023 §14")
    assert "15.3.2025" in reason.render(RULES, "fi")
    assert "15.3.2025" in reason.render(RULES, "sv")
    assert "2025-03-15" in reason.render(RULES, "en")


# --- multidisciplinary (§15) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "on", "recommended", "must_have"),
    [
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, residence_basis=ResidenceBasis.REFUGEE),
            IN_WINDOW,
            True,
            {"md_refugee_background"},
            id="refugee",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, residence_basis=ResidenceBasis.SUBSIDIARY_PROTECTION),
            IN_WINDOW,
            True,
            {"md_refugee_background"},
            id="subsidiary-protection",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, family_of_protected_person=True),
            IN_WINDOW,
            True,
            {"md_family_reunification"},
            id="family-reunification",
        ),
        pytest.param(
            ClientFacts(
                first_permit_date=PERMIT,
                residence_basis=ResidenceBasis.TEMPORARY_PROTECTION,
                home_municipality_code=KUOPIO,
            ),
            IN_WINDOW,
            True,
            {"md_temporary_protection_home_municipality"},
            id="temporary-protection-kuopio",
        ),
        pytest.param(
            ClientFacts(
                first_permit_date=PERMIT,
                residence_basis=ResidenceBasis.TEMPORARY_PROTECTION,
                home_municipality_code=TUUSNIEMI,
            ),
            IN_WINDOW,
            False,
            {"md_temporary_protection_other_municipality", "md_no_indicator"},
            id="temporary-protection-tuusniemi",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, residence_basis=ResidenceBasis.TEMPORARY_PROTECTION),
            IN_WINDOW,
            False,
            {"md_temporary_protection_municipality_unknown"},
            id="temporary-protection-municipality-missing",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, trafficking_victim=True),
            AFTER_WINDOW,
            True,
            {"md_trafficking_victim", "trafficking_exception"},
            id="trafficking-outside-window",
        ),
        pytest.param(
            ClientFacts(
                first_permit_date=PERMIT,
                prolonged_social_assistance=True,
                evident_social_or_health_needs=True,
            ),
            IN_WINDOW,
            True,
            {"md_social_assistance_and_needs"},
            id="social-assistance-and-needs",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, prolonged_social_assistance=True),
            IN_WINDOW,
            False,
            {"md_no_indicator"},
            id="social-assistance-without-needs",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, needs_service_coordination=True),
            IN_WINDOW,
            True,
            {"md_service_coordination"},
            id="service-coordination",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, residence_basis=ResidenceBasis.REFUGEE),
            AFTER_WINDOW,
            False,
            {"window_passed", "md_refugee_background"},
            id="refugee-outside-window",
        ),
        pytest.param(
            ClientFacts(residence_basis=ResidenceBasis.REFUGEE),
            IN_WINDOW,
            False,
            {"permit_date_missing"},
            id="refugee-permit-date-missing",
        ),
        pytest.param(
            ClientFacts(first_permit_date=PERMIT, residence_basis=ResidenceBasis.WORK),
            IN_WINDOW,
            False,
            {"md_no_indicator"},
            id="work-permit-no-indicator",
        ),
    ],
)
def test_multidisciplinary_indicators(
    facts: ClientFacts, on: date, recommended: bool, must_have: set[str]
) -> None:
    decision = multidisciplinary_indicators(facts, on, RULES)
    assert decision.recommended is recommended
    assert must_have <= codes(decision.reasons)


def test_unaccompanied_minor_requires_county_representatives() -> None:
    facts = ClientFacts(first_permit_date=PERMIT, unaccompanied_minor=True)
    decision = multidisciplinary_indicators(facts, IN_WINDOW, RULES)
    assert decision.recommended
    assert decision.required_participants == ("family_centre_social_worker", "county_nurse")
    assert decision.participant_labels(RULES, "fi") == (
        "perhekeskuksen sosiaalityöntekijä",
        "hyvinvointialueen terveydenhoitaja",
    )
    assert "md_unaccompanied_minor" in codes(decision.reasons)


def test_a_refugee_gets_the_county_integration_social_work_and_health_care() -> None:
    # Liite 1: quota refugees and those granted asylum work with the county's integration social
    # work and health care (the adult quota refugee used to get no participants at all).
    facts = ClientFacts(first_permit_date=PERMIT, residence_basis=ResidenceBasis.REFUGEE)
    assert multidisciplinary_indicators(facts, IN_WINDOW, RULES).required_participants == (
        "county_integration_social_worker",
        "county_health_care",
    )


# --- a future law version in the data ----------------------------------------------------------------

FUTURE_WINDOW = """
[[parameters.eligibility_window_years]]
value = 2
effective_from = 2027-01-01
source = "KotoL 681/2023 §14 as amended (test)"
note = "hypothetical 2027 reform"
"""


@pytest.fixture
def future_rules(tmp_path: Path) -> RulesData:
    bundled = (files("resources") / "rules" / "kotol.toml").read_text(encoding="utf-8")
    path = tmp_path / "kotol_2027.toml"
    path.write_text(bundled + FUTURE_WINDOW, encoding="utf-8")
    return load_rules(path)


@pytest.mark.parametrize(
    ("on", "expected", "window_end"),
    [
        pytest.param(
            date(2026, 12, 31),
            EligibilityOutcome.MUST_ASSESS,
            date(2027, 6, 1),
            id="day-before-reform-3-years",
        ),
        pytest.param(
            date(2027, 1, 1), EligibilityOutcome.NOT_ELIGIBLE, date(2026, 6, 1), id="reform-day-2-years"
        ),
    ],
)
def test_future_entry_applies_only_from_its_effective_date(
    future_rules: RulesData, on: date, expected: EligibilityOutcome, window_end: date
) -> None:
    facts = ClientFacts(first_permit_date=date(2024, 6, 1), home_care_allowance=True)
    decision = assessment_eligibility(facts, on, future_rules)
    assert decision.outcome is expected
    assert decision.window_end == window_end
    # The bundled rules, without the reform, keep the 3-year window on both dates.
    assert assessment_eligibility(facts, on, RULES).outcome is EligibilityOutcome.MUST_ASSESS
