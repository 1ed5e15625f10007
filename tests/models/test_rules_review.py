"""Responsible party (Liite 1), review due dates and status, plan length (KotoL §16)."""

from __future__ import annotations

from datetime import date

import pytest

from models.enums import LabourMarketStatus, ResponsibleParty
from models.rules import (
    SERVICES,
    Audience,
    ClientFacts,
    DeliveryMode,
    ReviewStatus,
    add_months,
    default_rules,
    next_review_due,
    plan_length_check,
    plan_review_months,
    responsible_party,
    review_status,
    service_direction_deadline,
)

RULES = default_rules()
ON = date(2025, 6, 1)
JOBSEEKER = ClientFacts(labour_market_status=LabourMarketStatus.JOBSEEKER)
OUTSIDE = ClientFacts(labour_market_status=LabourMarketStatus.OUTSIDE_LABOUR_FORCE)
UNKNOWN = ClientFacts(labour_market_status=LabourMarketStatus.UNKNOWN)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param(date(2025, 1, 31), 1, date(2025, 2, 28), id="31-jan-plus-1-clamps-to-28-feb"),
        pytest.param(date(2024, 1, 31), 1, date(2024, 2, 29), id="31-jan-leap-year-to-29-feb"),
        pytest.param(date(2025, 10, 31), 3, date(2026, 1, 31), id="across-year-end"),
        pytest.param(date(2025, 3, 31), -1, date(2025, 2, 28), id="negative-months"),
        pytest.param(date(2025, 5, 15), 0, date(2025, 5, 15), id="zero-months"),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


# --- responsible party -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "party", "interval", "code", "confirmed"),
    [
        pytest.param(
            JOBSEEKER,
            ResponsibleParty.EMPLOYMENT_AUTHORITY,
            3,
            "resp_jobseeker",
            True,
            id="jobseeker-employment-authority-3-months",
        ),
        pytest.param(
            OUTSIDE,
            ResponsibleParty.MUNICIPALITY,
            6,
            "resp_outside_labour_force",
            True,
            id="outside-labour-force-municipality-6-months",
        ),
        pytest.param(
            UNKNOWN,
            ResponsibleParty.MUNICIPALITY,
            6,
            "resp_status_unknown",
            False,
            id="unknown-status-municipality-confirm",
        ),
    ],
)
def test_plan_party_and_interval(
    facts: ClientFacts, party: ResponsibleParty, interval: int, code: str, confirmed: bool
) -> None:
    decision = responsible_party(facts, "plan", ON, RULES)
    assert decision.party is party
    assert decision.review_interval_months == interval
    assert decision.how is DeliveryMode.REMOTE_ALLOWED
    assert decision.first_in_person
    assert decision.status_confirmed is confirmed
    assert decision.reasons[0].code == code
    assert {"resp_first_in_person", "resp_review_interval"} <= {r.code for r in decision.reasons}
    assert all("Liite 1" in r.section for r in decision.reasons)


@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("facts", [JOBSEEKER, OUTSIDE], ids=["jobseeker", "outside-labour-force"])
def test_every_service_has_a_party_and_descriptions(facts: ClientFacts, service: str) -> None:
    decision = responsible_party(facts, service, ON, RULES)
    assert decision.party in (ResponsibleParty.EMPLOYMENT_AUTHORITY, ResponsibleParty.MUNICIPALITY)
    assert decision.description_fi and decision.description_en
    for reason in decision.reasons:
        assert reason.render(RULES, "sv")


@pytest.mark.parametrize(
    ("service", "jobseeker_party", "how"),
    [
        pytest.param(
            "assessment", ResponsibleParty.EMPLOYMENT_AUTHORITY, DeliveryMode.IN_PERSON, id="assessment"
        ),
        pytest.param(
            "multidisciplinary_assessment",
            ResponsibleParty.EMPLOYMENT_AUTHORITY,
            DeliveryMode.IN_PERSON,
            id="multidisciplinary-assessment",
        ),
        pytest.param(
            "civic_orientation",
            ResponsibleParty.EMPLOYMENT_AUTHORITY,
            DeliveryMode.HYBRID,
            id="civic-orientation",
        ),
        pytest.param(
            "guidance_and_advice",
            ResponsibleParty.MUNICIPALITY,
            DeliveryMode.HYBRID,
            id="guidance-and-advice-city-for-all",
        ),
    ],
)
def test_liite_1_cells(service: str, jobseeker_party: ResponsibleParty, how: DeliveryMode) -> None:
    decision = responsible_party(JOBSEEKER, service, ON, RULES)
    assert decision.party is jobseeker_party
    assert decision.how is how
    assert decision.audience is Audience.JOBSEEKER


def test_unknown_service_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown service 'massage'"):
        responsible_party(OUTSIDE, "massage", ON, RULES)


@pytest.mark.parametrize("service", ["plan", "multidisciplinary_plan"])
def test_plan_rows_agree_with_review_parameters(service: str) -> None:
    assert RULES.responsibility_row(
        service, Audience.JOBSEEKER, ON
    ).review_interval_months == RULES.int_value("review_interval_months_employment_authority", ON)
    assert RULES.responsibility_row(service, Audience.OTHER, ON).review_interval_months == RULES.int_value(
        "review_interval_months_municipality", ON
    )


# --- review due date and status ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "party", "due", "clamped"),
    [
        pytest.param(
            date(2025, 8, 31),
            ResponsibleParty.MUNICIPALITY,
            date(2026, 2, 28),
            True,
            id="31-aug-plus-6-months-28-feb",
        ),
        pytest.param(
            date(2027, 8, 31),
            ResponsibleParty.MUNICIPALITY,
            date(2028, 2, 29),
            True,
            id="31-aug-plus-6-months-leap-29-feb",
        ),
        pytest.param(
            date(2025, 1, 15),
            ResponsibleParty.MUNICIPALITY,
            date(2025, 7, 15),
            False,
            id="municipality-6-months",
        ),
        pytest.param(
            date(2025, 1, 15),
            ResponsibleParty.EMPLOYMENT_AUTHORITY,
            date(2025, 4, 15),
            False,
            id="employment-authority-3-months",
        ),
        pytest.param(
            date(2025, 11, 30),
            ResponsibleParty.EMPLOYMENT_AUTHORITY,
            date(2026, 2, 28),
            True,
            id="employment-authority-30-nov-to-28-feb",
        ),
    ],
)
def test_next_review_due(last: date, party: ResponsibleParty, due: date, clamped: bool) -> None:
    result = next_review_due(last, party, RULES)
    assert result.due == due
    assert result.interval_months == (3 if party is ResponsibleParty.EMPLOYMENT_AUTHORITY else 6)
    assert ("review_due_clamped" in {r.code for r in result.reasons}) is clamped
    assert "Liite 1" in result.reasons[0].section


def test_review_interval_is_undefined_for_the_county() -> None:
    with pytest.raises(ValueError, match="wellbeing_county"):
        next_review_due(ON, ResponsibleParty.WELLBEING_COUNTY, RULES)


@pytest.mark.parametrize(
    ("start", "party", "months"),
    [
        pytest.param(ON, ResponsibleParty.MUNICIPALITY, 6, id="municipality-6"),
        pytest.param(ON, ResponsibleParty.EMPLOYMENT_AUTHORITY, 3, id="employment-authority-3"),
        pytest.param(ON, ResponsibleParty.WELLBEING_COUNTY, None, id="county-does-not-review"),
        pytest.param(date(2024, 12, 31), ResponsibleParty.MUNICIPALITY, None, id="before-the-rules"),
    ],
)
def test_plan_review_months(start: date, party: ResponsibleParty, months: int | None) -> None:
    """The interval the plan editor shows and the printed plan states (there 6 when None)."""
    assert plan_review_months(start, party, RULES) == months


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        pytest.param(date(2025, 3, 23), ReviewStatus.ON_TIME, id="8-days-before-on-time"),
        pytest.param(date(2025, 3, 24), ReviewStatus.DUE_SOON, id="7-days-before-due-soon"),
        pytest.param(date(2025, 3, 31), ReviewStatus.DUE_SOON, id="due-day-due-soon"),
        pytest.param(date(2025, 4, 1), ReviewStatus.OVERDUE, id="day-after-overdue"),
    ],
)
def test_review_status(today: date, expected: ReviewStatus) -> None:
    assert review_status(date(2025, 3, 31), today, RULES) is expected
    assert review_status(date(2025, 3, 31), today) is expected  # bundled rules by default


def test_service_direction_deadline() -> None:
    assert service_direction_deadline(date(2025, 8, 31), RULES) == date(2026, 2, 28)


# --- plan length -------------------------------------------------------------------------------------

FIRST = date(2025, 1, 15)


@pytest.mark.parametrize(
    ("plan_start", "plan_end", "is_first", "ok", "codes", "special"),
    [
        pytest.param(
            FIRST,
            date(2026, 1, 15),
            True,
            True,
            {"plan_within_limits"},
            False,
            id="first-plan-exactly-12-months",
        ),
        pytest.param(
            FIRST,
            date(2026, 1, 16),
            True,
            False,
            {"plan_first_too_long"},
            False,
            id="first-plan-12-months-plus-1-day",
        ),
        pytest.param(
            date(2026, 1, 15),
            date(2027, 1, 15),
            False,
            True,
            {"plan_within_limits"},
            False,
            id="second-plan-total-exactly-24-months",
        ),
        pytest.param(
            date(2026, 1, 15),
            date(2027, 1, 16),
            False,
            False,
            {"plan_total_over_normal"},
            True,
            id="total-24-months-plus-1-day-needs-special-reasons",
        ),
        pytest.param(
            date(2026, 1, 15),
            date(2028, 1, 16),
            False,
            False,
            {"plan_total_over_extended"},
            False,
            id="beyond-the-extension",
        ),
        pytest.param(
            FIRST,
            date(2027, 6, 1),
            True,
            False,
            {"plan_first_too_long", "plan_total_over_normal"},
            True,
            id="first-plan-too-long-and-over-total",
        ),
    ],
)
def test_plan_length(
    plan_start: date, plan_end: date, is_first: bool, ok: bool, codes: set[str], special: bool
) -> None:
    decision = plan_length_check(FIRST, plan_start, plan_end, is_first, ON, RULES)
    assert decision.ok is ok
    assert {r.code for r in decision.reasons} == codes
    assert decision.needs_special_reasons is special
    assert decision.total_normal_limit == date(2027, 1, 15)
    assert all("§16" in r.section for r in decision.reasons)
    assert (decision.warnings == ()) is ok


def test_plan_length_rejects_inverted_dates() -> None:
    with pytest.raises(ValueError):
        plan_length_check(FIRST, date(2025, 6, 1), date(2025, 5, 1), False, ON, RULES)
    with pytest.raises(ValueError):
        plan_length_check(FIRST, date(2024, 6, 1), date(2025, 5, 1), False, ON, RULES)
