"""The rules data file: bundled values, versioning, reason texts, and errors for malformed data."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

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
    PARAMETER_KINDS,
    SERVICES,
    AssessmentFacts,
    ClientFacts,
    MeasureFacts,
    PlanFacts,
    Reason,
    ReasonCode,
    RuleNotInForceError,
    RulesData,
    RulesDataError,
    assessment_eligibility,
    assessment_findings,
    default_rules,
    load_rules,
    load_rules_text,
    meeting_mode_reasons,
    multidisciplinary_indicators,
    next_review_due,
    parameter_value,
    plan_findings,
    plan_length_check,
    responsible_party,
)

RULES = default_rules()
LAW_IN_FORCE = date(2025, 1, 1)
LANGS = ("fi", "sv", "en")
BUNDLED = (files("resources") / "rules" / "kotol.toml").read_text(encoding="utf-8")


def variant(tmp_path: Path, old: str, new: str, *, count: int = 1) -> Path:
    assert old in BUNDLED, f"test setup: {old!r} not in the bundled file"
    path = tmp_path / "variant.toml"
    path.write_text(BUNDLED.replace(old, new, count), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "value"),
    [
        pytest.param("eligibility_window_years", 3, id="window-3-years"),
        pytest.param("trafficking_may_exceed_window", True, id="trafficking-exception"),
        pytest.param("review_interval_months_municipality", 6, id="review-city-6"),
        pytest.param("review_interval_months_employment_authority", 3, id="review-employment-3"),
        pytest.param("first_plan_max_months", 12, id="first-plan-12"),
        pytest.param("total_plan_normal_max_months", 24, id="total-plan-24"),
        pytest.param("direct_to_service_within_months", 6, id="direct-to-service-6"),
        pytest.param("civic_orientation_min_hours", 70, id="civic-orientation-70h"),
        pytest.param("review_due_soon_days", 7, id="due-soon-7-days"),
        pytest.param("temporary_protection_home_municipalities", ("297",), id="tp-kuopio"),
    ],
)
def test_bundled_values(name: str, value: object) -> None:
    assert parameter_value(name, LAW_IN_FORCE) == value
    assert parameter_value(name, date(2030, 1, 1), RULES) == value


@pytest.mark.parametrize("name", sorted(PARAMETER_KINDS))
def test_every_parameter_entry_is_documented(name: str) -> None:
    for version in RULES.parameters[name]:
        assert version.effective_from >= LAW_IN_FORCE
        assert version.source.strip()
        assert version.note.strip()


def test_responsibility_rows_cite_liite_1() -> None:
    for (service, _), rows in RULES.responsibility.items():
        assert service in SERVICES
        assert all("Liite 1" in row.source for row in rows)


def test_before_the_law_is_in_force_no_rule_applies() -> None:
    with pytest.raises(RuleNotInForceError, match=r"eligibility_window_years.*2024-12-31"):
        RULES.int_value("eligibility_window_years", date(2024, 12, 31))


# --- reason texts ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", list(ReasonCode), ids=lambda c: c.value)
def test_every_reason_text_renders(code: ReasonCode, lang: str) -> None:
    spec = RULES.reason_text(code.value)
    reason = Reason(code.value, spec.section, {name: f"<{name}>" for name in spec.params})
    text = reason.render(RULES, lang)
    assert text.strip()
    assert "{" not in text and "}" not in text
    for name in spec.params:
        assert f"<{name}>" in text, f"{code.value}.{lang} does not show {{{name}}}"


def _decision_reasons(rules: RulesData) -> list[Reason]:
    """Reasons from a matrix of facts and dates, to check what the code passes against the data."""
    reasons: list[Reason] = []
    permits = [None, date(2023, 3, 15), date(2026, 1, 1)]
    flag_sets: list[tuple[str, ...]] = [
        (),
        ("home_care_allowance",),
        ("prolonged_social_assistance",),
        ("own_request",),
        ("referred_by_authority",),
        ("trafficking_victim",),
        ("unaccompanied_minor",),
        ("family_of_protected_person",),
        ("needs_service_coordination",),
        ("prolonged_social_assistance", "evident_social_or_health_needs"),
    ]
    bases = [None, ResidenceBasis.REFUGEE, ResidenceBasis.TEMPORARY_PROTECTION]
    municipalities = [None, "297", "204"]
    births = [None, date(2009, 5, 1), date(2005, 5, 1)]  # a minor, then a young adult in aftercare
    for permit, flags, basis, municipality, on, born, status in itertools.product(
        permits,
        flag_sets,
        bases,
        municipalities,
        [date(2025, 6, 1), date(2026, 6, 1)],
        births,
        [LabourMarketStatus.UNKNOWN, LabourMarketStatus.JOBSEEKER],
    ):
        base = ClientFacts(
            first_permit_date=permit,
            residence_basis=basis,
            home_municipality_code=municipality,
            date_of_birth=born,
            labour_market_status=status,
        )
        changes: dict[str, Any] = dict.fromkeys(flags, True)
        facts = dataclasses.replace(base, **changes)
        reasons += assessment_eligibility(facts, on, rules).reasons
        reasons += multidisciplinary_indicators(facts, on, rules).reasons
    for status, service in itertools.product(LabourMarketStatus, SERVICES):
        reasons += responsible_party(
            ClientFacts(labour_market_status=status), service, date(2025, 6, 1), rules
        ).reasons
    for party in (ResponsibleParty.MUNICIPALITY, ResponsibleParty.EMPLOYMENT_AUTHORITY):
        reasons += next_review_due(date(2025, 8, 31), party, rules).reasons
    first = date(2025, 1, 15)
    for end in (date(2025, 6, 1), date(2026, 2, 1), date(2027, 3, 1), date(2030, 1, 1)):
        reasons += plan_length_check(first, first, end, True, date(2025, 6, 1), rules).reasons
    for status, purpose, mode in itertools.product(LabourMarketStatus, MeetingPurpose, MeetingMode):
        facts = ClientFacts(labour_market_status=status)
        reasons += meeting_mode_reasons(facts, purpose, mode, date(2025, 6, 1), rules)
    reasons += _finding_reasons(rules)
    return reasons


def _finding_reasons(rules: RulesData) -> list[Reason]:
    """Every finding a plan or an assessment can get (models.rules.checks)."""
    young = ClientFacts(date_of_birth=date(1990, 1, 1), first_permit_date=date(2025, 2, 1))
    start = date(2025, 6, 1)
    measures = (
        MeasureFacts("civic_orientation", date(2026, 3, 1), hours=40),
        MeasureFacts("youth_finnish_group", date(2026, 3, 1)),
    )
    draft = AssessmentFacts(AssessmentKind.BASIC, AssessmentStatus.DRAFT, start)
    reasons: list[Reason] = []
    for facts, assessment, party in itertools.product(
        (
            young,
            ClientFacts(),
            ClientFacts(first_permit_date=date(2020, 1, 1)),
            dataclasses.replace(young, labour_market_status=LabourMarketStatus.JOBSEEKER),
            dataclasses.replace(young, labour_market_status=LabourMarketStatus.OUTSIDE_LABOUR_FORCE),
        ),
        (None, draft),
        (ResponsibleParty.MUNICIPALITY, ResponsibleParty.EMPLOYMENT_AUTHORITY),
    ):
        plan = PlanFacts(
            PlanKind.MULTIDISCIPLINARY, party, start, date(2027, 1, 1), start, True, assessment, measures
        )
        reasons += [f.reason for f in plan_findings(facts, plan, rules)]
        md = AssessmentFacts(AssessmentKind.MULTIDISCIPLINARY, AssessmentStatus.DRAFT, start)
        reasons += [f.reason for f in assessment_findings(facts, md, frozenset(), start, rules)]
    return reasons


def test_decisions_pass_exactly_the_declared_params_and_cover_every_code() -> None:
    reasons = _decision_reasons(RULES)
    for reason in reasons:
        assert set(reason.params) == set(RULES.reason_text(reason.code).params), reason.code
        for lang in LANGS:
            assert "{" not in reason.render(RULES, lang)
    assert {r.code for r in reasons} >= {c.value for c in ReasonCode} - {"md_not_in_force"}


def test_no_citation_a_counsellor_sees_carries_a_data_marker() -> None:
    """Parameter sources and reason sections are shown as citations in the Finnish and Swedish UI: a
    marker such as UNVERIFIED belongs in the note (or, for the counsellor, in a text's words)."""
    cited = [p.source for versions in RULES.parameters.values() for p in versions]
    cited += [r.section for r in RULES.reasons.values()]
    cited += [row.source for rows in RULES.responsibility.values() for row in rows]
    assert cited and not [c for c in cited if re.search(r"\b[A-Z]{5,}\b", c)]


def test_unsupported_language() -> None:
    reason = RULES.reasons["no_trigger"]
    with pytest.raises(ValueError, match="unsupported language"):
        reason.text("de")


def test_multidisciplinary_switched_off_by_a_later_entry(tmp_path: Path) -> None:
    path = tmp_path / "repeal.toml"
    path.write_text(
        BUNDLED
        + """
[[parameters.multidisciplinary_assessment_in_force]]
value = false
effective_from = 2026-01-01
source = "test repeal"
""",
        encoding="utf-8",
    )
    rules = load_rules(path)
    facts = ClientFacts(first_permit_date=date(2025, 3, 1), residence_basis=ResidenceBasis.REFUGEE)
    assert multidisciplinary_indicators(facts, date(2025, 12, 31), rules).recommended
    decision = multidisciplinary_indicators(facts, date(2026, 1, 1), rules)
    assert not decision.recommended
    assert [r.code for r in decision.reasons] == ["md_not_in_force"]


def test_effective_to_leaves_a_gap(tmp_path: Path) -> None:
    path = variant(
        tmp_path,
        "value = 70\neffective_from = 2025-01-01\n",
        "value = 70\neffective_from = 2025-01-01\neffective_to = 2025-12-31\n",
    )
    rules = load_rules(path)
    assert rules.int_value("civic_orientation_min_hours", date(2025, 12, 31)) == 70
    with pytest.raises(RuleNotInForceError, match=r"variant\.toml"):
        rules.int_value("civic_orientation_min_hours", date(2026, 1, 1))


# --- malformed data ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        pytest.param(
            "schema_version = 2", "schema_version = 2\nbroken = [", "not valid TOML", id="toml-syntax-error"
        ),
        pytest.param(
            'source = "KotoL 681/2023 §25; VNA 576/2024; kotoutumisohjelma 2.5"\n',
            "",
            "parameters.civic_orientation_min_hours[0]: missing key(s): source",
            id="missing-source",
        ),
        pytest.param(
            "[[parameters.civic_orientation_min_hours]]\nvalue = 70\neffective_from = 2025-01-01",
            '[[parameters.civic_orientation_min_hours]]\nvalue = 70\neffective_from = "2025-01-01"',
            "effective_from' must be a TOML date",
            id="date-as-string",
        ),
        pytest.param("value = 70\n", 'value = "70"\n', "value must be of kind int", id="wrong-value-kind"),
        pytest.param(
            "value = 70\n",
            "value = 70\nefective_to = 2026-01-01\n",
            "unknown key(s): efective_to",
            id="typo-in-key",
        ),
        pytest.param(
            "[[parameters.civic_orientation_min_hours]]",
            "[[parameters.civic_orientation_hours]]",
            "missing parameter(s): civic_orientation_min_hours",
            id="missing-parameter",
        ),
        pytest.param(
            "[reasons.no_trigger]",
            "[reasons.no_trigger_x]",
            "missing text for reason code(s): no_trigger",
            id="missing-reason-text",
        ),
        pytest.param(
            'params = ["months"]\nfi = "Tarkistetaan vähintään {months}',
            'params = ["months"]\nfi = "Tarkistetaan vähintään {weeks}',
            "placeholder {weeks} is not declared",
            id="undeclared-placeholder",
        ),
        pytest.param(
            'service = "plan"\naudience = "other"\nparty = "municipality"',
            'service = "plan"\naudience = "other"\nparty = "city"',
            "'party' must be one of",
            id="bad-party",
        ),
        pytest.param(
            'service = "plan"\naudience = "other"',
            'service = "plan"\naudience = "others"',
            "'audience' must be one of",
            id="bad-audience",
        ),
        pytest.param(
            'service = "programme_follow_up"\naudience = "other"',
            'service = "programme_follow_up"\naudience = "jobseeker"',
            "no entry for service 'programme_follow_up', audience 'other'",
            id="missing-liite-1-cell",
        ),
        pytest.param(
            "schema_version = 2", "schema_version = 3", "this program reads version 2", id="newer-schema"
        ),
        pytest.param(
            'required = ["family_centre_social_worker", "county_nurse"]',
            'required = ["family_centre_social_worker", "janitor"]',
            "not in [participant_roles]: janitor",
            id="unknown-participant-role",
        ),
    ],
)
def test_malformed_data_names_the_file_and_the_problem(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    path = variant(tmp_path, old, new)
    with pytest.raises(RulesDataError) as caught:
        load_rules(path)
    assert caught.value.file == str(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_missing_top_level_table() -> None:
    with pytest.raises(RulesDataError, match=r"^inline.toml: top level: missing key\(s\): parameters"):
        load_rules_text("schema_version = 1\nversion = 1\nresponsibility = []\n[reasons]\n", "inline.toml")


@pytest.mark.parametrize(
    ("effective_to", "later_from", "message"),
    [
        pytest.param(
            "2027-12-31",
            "2027-01-01",
            "entry ending 2027-12-31 overlaps one starting 2027-01-01",
            id="explicit-end-overlaps-later-entry",
        ),
        pytest.param(None, "2025-01-01", "two entries start on 2025-01-01", id="duplicate-start"),
    ],
)
def test_overlapping_entries(tmp_path: Path, effective_to: str | None, later_from: str, message: str) -> None:
    text = BUNDLED
    if effective_to:
        text = text.replace(
            "value = 70\neffective_from = 2025-01-01\n",
            f"value = 70\neffective_from = 2025-01-01\neffective_to = {effective_to}\n",
        )
    text += (
        f"\n[[parameters.civic_orientation_min_hours]]\nvalue = 80\neffective_from = {later_from}\n"
        'source = "x"\n'
    )
    path = tmp_path / "overlap.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesDataError) as caught:
        load_rules(path)
    assert f"overlap.toml: parameters.civic_orientation_min_hours: {message}" in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(RulesDataError, match=r"nope\.toml: cannot read"):
        load_rules(path)
