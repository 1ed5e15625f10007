"""Outcome and reasons never contradict each other, over generated client facts (Hypothesis).

The panel on every client shows the §14 decision, the §15 recommendation and who is responsible side
by side; these properties are what a counsellor reading them together relies on.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from models.enums import FamilySituation, LabourMarketStatus, ResidenceBasis, ResponsibleParty
from models.rules import (
    ClientFacts,
    EligibilityOutcome,
    ParticipantGroup,
    ReasonCode,
    assessment_eligibility,
    default_rules,
    multidisciplinary_indicators,
    participant_group,
    responsible_party,
)
from models.rules.codes import GROUND_REASONS, MAY_REASONS, MUST_REASONS, NEGATIVE_REASONS

RULES = default_rules()
DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2031, 12, 31))

facts_strategy = st.builds(
    ClientFacts,
    date_of_birth=st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2024, 12, 31)),
    first_permit_date=st.none() | st.dates(min_value=date(2015, 1, 1), max_value=date(2031, 12, 31)),
    residence_basis=st.none() | st.sampled_from(ResidenceBasis),
    asylum_process=st.booleans(),
    labour_market_status=st.sampled_from(LabourMarketStatus),
    home_care_allowance=st.booleans(),
    prolonged_social_assistance=st.booleans(),
    evident_social_or_health_needs=st.booleans(),
    unaccompanied_minor=st.booleans(),
    trafficking_victim=st.booleans(),
    referred_by_authority=st.booleans(),
    own_request=st.booleans(),
    family_of_protected_person=st.booleans(),
    needs_service_coordination=st.booleans(),
    home_municipality_code=st.none() | st.sampled_from(["297", "857", "402", "204"]),
    family_situation=st.none() | st.sampled_from(FamilySituation),
)


@settings(max_examples=1500, deadline=None)
@given(facts=facts_strategy, on=DAYS)
def test_outcome_and_reasons_agree(facts: ClientFacts, on: date) -> None:
    decision = assessment_eligibility(facts, on, RULES)
    codes = {r.code for r in decision.reasons}
    outcome = decision.outcome
    # A "must" reason appears exactly when the outcome is MUST_ASSESS.
    assert bool(codes & MUST_REASONS) == (outcome is EligibilityOutcome.MUST_ASSESS), (outcome, codes)
    if outcome is EligibilityOutcome.MAY_ASSESS:
        assert codes & (MAY_REASONS | GROUND_REASONS), codes
        assert not codes & NEGATIVE_REASONS, codes
    if outcome is EligibilityOutcome.NOT_ELIGIBLE:
        assert codes & NEGATIVE_REASONS, codes
        assert not codes & (MAY_REASONS | GROUND_REASONS), codes
    if outcome is EligibilityOutcome.UNKNOWN:
        assert codes & {ReasonCode.PERMIT_DATE_MISSING, ReasonCode.PERMIT_DATE_AFTER_CHECK}, codes
    for reason in decision.reasons:
        for lang in ("fi", "sv", "en"):
            assert "{" not in reason.render(RULES, lang)


@settings(max_examples=1500, deadline=None)
@given(facts=facts_strategy, on=DAYS)
def test_the_panel_agrees_with_itself(facts: ClientFacts, on: date) -> None:
    eligibility = assessment_eligibility(facts, on, RULES).outcome
    md = multidisciplinary_indicators(facts, on, RULES)
    md_codes = {r.code for r in md.reasons}
    if md.recommended:
        # "Multidisciplinary assessment recommended" never sits next to "not eligible".
        assert eligibility in (EligibilityOutcome.MUST_ASSESS, EligibilityOutcome.MAY_ASSESS), eligibility
        assert md.required_participants, "Liite 1 names county participants for every group"
        assert not md_codes & {ReasonCode.MD_NO_INDICATOR, ReasonCode.MD_WINDOW_CLOSED}
    else:
        assert md.required_participants == ()
    party = responsible_party(facts, "assessment", on, RULES).party
    if facts.labour_market_status is LabourMarketStatus.JOBSEEKER:
        # The decision says the employment authority makes it; so does the responsibility line.
        assert party is ResponsibleParty.EMPLOYMENT_AUTHORITY


@settings(max_examples=500, deadline=None)
@given(facts=facts_strategy, on=DAYS)
def test_aftercare_only_between_18_and_the_aftercare_age(facts: ClientFacts, on: date) -> None:
    group, reason = participant_group(facts, on, RULES)
    age = facts.age_on(on)
    if reason.code == ReasonCode.PARTICIPANTS_AFTERCARE:
        assert age is not None and 18 <= age < RULES.int_value("aftercare_max_age", on)
    if group is ParticipantGroup.UNACCOMPANIED_MINOR:
        assert facts.is_unaccompanied_minor and (age is None or age < 18)
