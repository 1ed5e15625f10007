"""Rule findings on plans through app/: built from the stored rows, explained by recorded reasons, and
blocking agreeing and signing (never drafting) until each has one."""

from __future__ import annotations

from datetime import date

import pytest

from app.assessments import save_assessment, start_assessment
from app.clients import ClientInput, create_client
from app.edits import StaleEdit
from app.errors import ValidationError
from app.plans.items import add_measure, update_measure
from app.plans.lifecycle import create_plan, get_plan, new_plan_version, set_plan_state, update_plan
from app.plans.rules import UnexplainedFindings, plan_start
from app.workspace import Workspace
from models.enums import (
    AssessmentKind,
    AssessmentOutcome,
    LabourMarketStatus,
    PlanKind,
    PlanState,
    ResponsibleParty,
)
from tests.support.assessment import complete_with_reasons

START = date(2025, 3, 10)
END = date(2026, 3, 9)


def _client(ws: Workspace, status: LabourMarketStatus = LabourMarketStatus.JOBSEEKER, **kw: object) -> str:
    data = ClientInput(
        first_names="Amal",
        last_name="Demo-Haddad",
        home_municipality="297",
        date_of_birth=date(1990, 5, 1),
        first_permit_date=date(2024, 9, 1),
        labour_market_status=status,
        **kw,  # type: ignore[arg-type]
    )
    return create_client(ws, data=data).id


def _assessment(ws: Workspace, client_id: str, kind: AssessmentKind, on: date, complete: bool = True) -> str:
    a = start_assessment(ws, client_id=client_id, kind=kind, assessed_on=on)
    changes: dict[str, object] = {"outcome": AssessmentOutcome.LABOUR_MARKET, "plan_needed": True}
    save_assessment(ws, assessment_id=a.id, changes=changes)
    if complete:
        if kind is AssessmentKind.MULTIDISCIPLINARY:
            from app.assessments import add_participant

            add_participant(
                ws, assessment_id=a.id, name="Demo Sosiaali", organisation="PSHVA", role="sosiaali"
            )
        complete_with_reasons(ws, a.id)
    return a.id


def _clean_plan(ws: Workspace) -> str:
    """A jobseeker's first plan by the employment authority, on a completed assessment, with a measure
    starting at once: nothing for the rules to find."""
    client = _client(ws)
    assessment = _assessment(ws, client, AssessmentKind.BASIC, START)
    plan = create_plan(
        ws,
        client_id=client,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.EMPLOYMENT_AUTHORITY,
        period_start=START,
        period_end=END,
        assessment_id=assessment,
    )
    add_measure(ws, plan_id=plan.id, service="integration_training", starts_on=date(2025, 4, 1))
    return plan.id


def test_a_plan_that_keeps_every_rule_has_no_findings_and_is_signed(workspace: Workspace) -> None:
    plan_id = _clean_plan(workspace)
    plan = get_plan(workspace, plan_id=plan_id)
    assert plan.findings == () and plan.unexplained() == ()
    signed = set_plan_state(workspace, plan_id=plan_id, state=PlanState.SIGNED, on=START)
    assert signed.state == PlanState.SIGNED


def test_the_findings_of_a_plan_without_assessment_and_with_another_party(workspace: Workspace) -> None:
    client = _client(workspace)
    plan = create_plan(
        workspace,
        client_id=client,
        kind=PlanKind.MULTIDISCIPLINARY,
        responsible_party=ResponsibleParty.MUNICIPALITY,  # a jobseeker's plan is the employment authority's
        period_start=START,
        period_end=END,
    )
    codes = [f.code for f in plan.findings]
    assert codes == [
        "finding_plan_no_assessment",
        "finding_party_should_be_employment_authority",
        "finding_no_service_in_time",
    ]
    basic = _assessment(workspace, client, AssessmentKind.BASIC, START)
    plan = update_plan(workspace, plan_id=plan.id, changes={"assessment_id": basic})
    assert "finding_md_plan_without_md_assessment" in [f.code for f in plan.findings]
    swedish = get_plan(workspace, plan_id=plan.id, lang="sv").findings
    assert any("arbetskraftsmyndigheten" in f.text for f in swedish)


def test_agreeing_and_signing_need_a_reason_for_each_finding_but_drafting_never_stops(
    workspace: Workspace,
) -> None:
    client = _client(workspace)
    plan = create_plan(
        workspace,
        client_id=client,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.EMPLOYMENT_AUTHORITY,
        period_start=START,
        period_end=END,
    )
    plan = add_measure(workspace, plan_id=plan.id, service="civic_orientation", hours=40, starts_on=START)
    keys = {f.key for f in plan.findings}
    assert keys == {"finding_plan_no_assessment", "finding_civic_orientation_hours:civic_orientation"}
    for state in (PlanState.AGREED, PlanState.SIGNED):
        with pytest.raises(UnexplainedFindings) as err:
            set_plan_state(workspace, plan_id=plan.id, state=state, on=START, lang="en")
        assert {f.key for f in err.value.findings} == keys and err.value.state == state
        assert "40 hours" in " ".join(f.text for f in err.value.findings)  # named in the language asked
    assert get_plan(workspace, plan_id=plan.id).state == PlanState.DRAFT  # nothing written
    plan = update_plan(workspace, plan_id=plan.id, changes={"summary": "Luonnos jatkuu"})  # never blocked
    shown = {"rule_exceptions": plan.rule_exceptions}
    reasons = {"finding_plan_no_assessment": "Arviointi tehty paperilla 3.3.2025"}
    plan = update_plan(workspace, plan_id=plan.id, changes={"rule_exceptions": reasons}, base=shown)
    with pytest.raises(UnexplainedFindings) as err:
        set_plan_state(workspace, plan_id=plan.id, state=PlanState.AGREED, on=START)
    assert [f.key for f in err.value.findings] == ["finding_civic_orientation_hours:civic_orientation"]
    plan = update_measure(workspace, measure_id=plan.measures[0].id, changes={"hours": 70})
    agreed = set_plan_state(workspace, plan_id=plan.id, state=PlanState.AGREED, on=START)
    assert agreed.state == PlanState.AGREED
    assert [(f.key, f.reason) for f in agreed.findings] == [
        ("finding_plan_no_assessment", "Arviointi tehty paperilla 3.3.2025")
    ]


def test_closing_a_draft_with_findings_is_not_blocked(workspace: Workspace) -> None:
    plan = create_plan(
        workspace,
        client_id=_client(workspace, LabourMarketStatus.UNKNOWN),
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=START,
        period_end=END,
    )
    assert plan.unexplained()
    assert (
        set_plan_state(workspace, plan_id=plan.id, state=PlanState.CLOSED, on=START).state == PlanState.CLOSED
    )


def test_reasons_recorded_meanwhile_for_other_findings_are_kept_and_the_same_one_clashes(
    workspace: Workspace,
) -> None:
    plan = create_plan(
        workspace,
        client_id=_client(workspace, LabourMarketStatus.UNKNOWN),
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=START,
        period_end=END,
    )
    first, second = plan.findings[0].key, plan.findings[1].key
    shown = {"rule_exceptions": plan.rule_exceptions}  # both screens loaded the plan without reasons
    update_plan(workspace, plan_id=plan.id, changes={"rule_exceptions": {first: "Syy A"}}, base=shown)
    merged = update_plan(
        workspace, plan_id=plan.id, changes={"rule_exceptions": {second: "Syy B"}}, base=shown
    )
    assert merged.rule_exceptions == {first: "Syy A", second: "Syy B"}
    with pytest.raises(StaleEdit) as err:  # the same finding's reason, changed on both screens
        update_plan(workspace, plan_id=plan.id, changes={"rule_exceptions": {first: "Syy C"}}, base=shown)
    assert err.value.clashes[0].field == "rule_exceptions"
    assert get_plan(workspace, plan_id=plan.id).rule_exceptions == {first: "Syy A", second: "Syy B"}
    with pytest.raises(ValidationError):
        update_plan(workspace, plan_id=plan.id, changes={"rule_exceptions": ["not", "a", "mapping"]})


def test_a_review_counts_the_plan_length_from_the_first_version(workspace: Workspace) -> None:
    plan_id = _clean_plan(workspace)
    set_plan_state(workspace, plan_id=plan_id, state=PlanState.SIGNED, on=START)
    review = new_plan_version(workspace, plan_id=plan_id, on=date(2026, 3, 1))
    assert review.findings == ()  # a later version may run past the first year
    longer = update_plan(workspace, plan_id=review.id, changes={"period_end": date(2027, 6, 1)})
    assert [f.code for f in longer.findings] == ["plan_total_over_normal"]  # two years from 10.3.2025


def test_measure_hours_and_language_are_checked(workspace: Workspace) -> None:
    plan_id = _clean_plan(workspace)
    plan = add_measure(workspace, plan_id=plan_id, service="civic_orientation", hours=70, language="ar")
    added = plan.measures[-1]
    assert (added.hours, added.language) == (70, "ar")
    for changes, field in (
        ({"hours": 0}, "hours"),
        ({"hours": "70"}, "hours"),
        ({"language": "xx"}, "language"),
    ):
        with pytest.raises(ValidationError) as err:
            update_measure(workspace, measure_id=added.id, changes=changes)
        assert err.value.field == field
    cleared = update_measure(workspace, measure_id=added.id, changes={"hours": None, "language": None})
    assert (cleared.measures[-1].hours, cleared.measures[-1].language) == (None, None)


def test_a_new_plan_is_offered_the_latest_completed_assessment_and_the_liite_1_party(
    workspace: Workspace,
) -> None:
    client = _client(workspace, LabourMarketStatus.OUTSIDE_LABOUR_FORCE)
    older = _assessment(workspace, client, AssessmentKind.MULTIDISCIPLINARY, date(2025, 1, 10))
    _assessment(workspace, client, AssessmentKind.BASIC, date(2025, 2, 10), complete=False)
    start = plan_start(workspace, client_id=client)
    assert len(start.assessments) == 2 and start.default_assessment_id == older  # the draft is not default
    assert start.default_kind(older) == PlanKind.MULTIDISCIPLINARY
    assert start.default_kind(None) == PlanKind.BASIC
    assert start.expected_party == ResponsibleParty.MUNICIPALITY
    jobseeker = plan_start(workspace, client_id=_client(workspace))
    assert jobseeker.expected_party == ResponsibleParty.EMPLOYMENT_AUTHORITY
    assert jobseeker.assessments == () and jobseeker.default_assessment_id is None
