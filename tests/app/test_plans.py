"""Integration plans through app/: review dates, the sign cycle, versions and what changed between them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from app.assessments import start_assessment
from app.audit import access_history
from app.clients import ClientInput, create_client
from app.errors import NotFound, ValidationError
from app.plans.core import Goal, Measure, PlanDetail
from app.plans.diff import PlanChange, diff_plans
from app.plans.items import add_goal, add_measure, remove_goal, remove_measure, update_goal, update_measure
from app.plans.lifecycle import (
    create_plan,
    get_plan,
    new_plan_version,
    plans_for_client,
    set_plan_state,
    update_plan,
)
from app.workspace import Workspace
from models import IntegrationPlan, OutboxEntry, RefProvider, RefService
from models.enums import (
    AccessAction,
    AssessmentKind,
    GoalArea,
    MeasureStatus,
    PlanKind,
    PlanState,
    ResponsibleParty,
)

START = date(2025, 3, 10)
END = date(2026, 3, 1)


def _client(ws: Workspace) -> str:
    data = ClientInput(first_names="Olena", last_name="Demo-Koval", home_municipality="297")
    return create_client(ws, data=data).id


def _plan(ws: Workspace, party: ResponsibleParty = ResponsibleParty.MUNICIPALITY, **kw: object) -> PlanDetail:
    args: dict[str, object] = {"period_start": START, "period_end": END, "kind": PlanKind.BASIC}
    args.update(kw)
    return create_plan(ws, client_id=_client(ws), responsible_party=party, **args)  # type: ignore[arg-type]


def _explain(ws: Workspace, plan_id: str) -> PlanDetail:
    """A reason recorded for every finding, as the editor does, so the plan may be agreed or signed."""
    plan = get_plan(ws, plan_id=plan_id)
    reasons = {f.key: "Sovittu asiakkaan kanssa" for f in plan.findings}
    shown = {"rule_exceptions": plan.rule_exceptions}
    return update_plan(ws, plan_id=plan_id, changes={"rule_exceptions": reasons}, base=shown)


def _service_and_provider(ws: Workspace) -> tuple[str, str]:
    """A service and a provider that offers it, as the reference data has them."""
    with ws.session() as s:
        for code, offered in s.execute(
            select(RefProvider.code, RefProvider.services).order_by(RefProvider.code)
        ):
            if offered.split():
                return offered.split()[0], code
    raise AssertionError("reference data has no provider with services")


def _services(ws: Workspace) -> list[str]:
    with ws.session() as s:
        return list(s.scalars(select(RefService.code).order_by(RefService.code)))


@pytest.mark.parametrize(
    ("party", "due"),
    [
        (ResponsibleParty.MUNICIPALITY, date(2025, 9, 10)),  # the city: at least every 6 months
        (ResponsibleParty.EMPLOYMENT_AUTHORITY, date(2025, 6, 10)),  # job-search discussions: 3 months
    ],
)
def test_next_review_is_stored_on_the_plan(workspace: Workspace, party: ResponsibleParty, due: date) -> None:
    plan = _plan(workspace, party)
    assert plan.next_review_due == due
    with workspace.session() as s:
        row = s.get(IntegrationPlan, plan.id)
        assert row is not None and row.next_review_due == due
    moved = update_plan(workspace, plan_id=plan.id, changes={"period_start": date(2025, 4, 1)})
    assert moved.next_review_due is not None and moved.next_review_due.day == 1


def test_before_the_act_is_in_force_no_review_date_and_no_findings(workspace: Workspace) -> None:
    plan = _plan(workspace, period_start=date(2024, 6, 1), period_end=date(2026, 6, 1))
    assert plan.next_review_due is None and plan.findings == ()


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"period_end": date(2025, 3, 9)}, "period_end"),
        ({"party": ResponsibleParty.OTHER}, "responsible_party"),
        ({"kind": "weekly"}, "kind"),
        ({"assessment_id": "not-an-assessment"}, "assessment_id"),
    ],
)
def test_invalid_plans_are_refused(workspace: Workspace, kw: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        _plan(workspace, **kw)  # type: ignore[arg-type]
    assert err.value.field == field
    with workspace.session() as s:
        assert s.scalars(select(IntegrationPlan)).first() is None


def test_a_first_plan_over_a_year_is_a_finding_in_the_language_asked(workspace: Workspace) -> None:
    """The plan-length warnings are now findings like every other rule (one mechanism)."""
    plan = _plan(workspace, period_end=date(2026, 6, 1))
    too_long = [f for f in plan.findings if f.code == "plan_first_too_long"]
    assert len(too_long) == 1 and "1.6.2026" in too_long[0].text
    english = get_plan(workspace, plan_id=plan.id, lang="en").findings
    text = next(f.text for f in english if f.code == "plan_first_too_long")
    assert text != too_long[0].text and "2026-06-01" in text
    with pytest.raises(ValidationError):
        get_plan(workspace, plan_id=plan.id, lang="de")


def test_invalid_service_and_provider_codes_are_refused(workspace: Workspace) -> None:
    plan = _plan(workspace)
    service, provider = _service_and_provider(workspace)
    for kw, field in [
        ({"service": "no_such_service"}, "service"),
        ({"service": service, "provider": "no_such_provider"}, "provider"),
        ({"service": service, "starts_on": date(2025, 5, 1), "ends_on": date(2025, 4, 1)}, "ends_on"),
    ]:
        with pytest.raises(ValidationError) as err:
            add_measure(workspace, plan_id=plan.id, **kw)  # type: ignore[arg-type]
        assert err.value.field == field
    ok = add_measure(workspace, plan_id=plan.id, service=service, provider=provider)
    assert ok.measures[0].responsible_party == ResponsibleParty.MUNICIPALITY  # the plan's party by default
    with pytest.raises(ValidationError) as err:
        update_measure(workspace, measure_id=ok.measures[0].id, changes={"provider": "nope"})
    assert err.value.field == "provider"


def test_goals_and_measures_are_edited_in_place_while_a_draft(workspace: Workspace) -> None:
    plan = _plan(workspace)
    service, provider = _service_and_provider(workspace)
    plan = add_goal(workspace, plan_id=plan.id, area=GoalArea.LANGUAGE, text=" Suomen kieli A2.2 ")
    plan = add_goal(workspace, plan_id=plan.id, area=GoalArea.EMPLOYMENT, text="Ansioluettelo")
    assert [(g.text, g.position) for g in plan.goals] == [("Suomen kieli A2.2", 0), ("Ansioluettelo", 1)]
    plan = update_goal(workspace, goal_id=plan.goals[1].id, changes={"text": "Työharjoittelu"})
    plan = add_measure(workspace, plan_id=plan.id, service=service, provider=provider, starts_on=START)
    plan = update_measure(
        workspace, measure_id=plan.measures[0].id, changes={"status": MeasureStatus.ONGOING}
    )
    assert plan.measures[0].status == MeasureStatus.ONGOING
    plan = remove_goal(workspace, goal_id=plan.goals[0].id)
    plan = remove_measure(workspace, measure_id=plan.measures[0].id)
    assert [g.text for g in plan.goals] == ["Työharjoittelu"] and plan.measures == ()
    with pytest.raises(ValidationError) as err:
        update_goal(workspace, goal_id=plan.goals[0].id, changes={"text": "  "})
    assert err.value.field == "text"


def test_state_moves_forward_only_and_records_its_dates(workspace: Workspace) -> None:
    plan = _explain(workspace, _plan(workspace).id)
    signed = set_plan_state(workspace, plan_id=plan.id, state=PlanState.SIGNED, on=date(2025, 3, 12))
    assert (signed.state, signed.agreed_on, signed.signed_on) == (
        PlanState.SIGNED,
        date(2025, 3, 12),
        date(2025, 3, 12),
    )
    with pytest.raises(ValidationError) as err:
        set_plan_state(workspace, plan_id=plan.id, state=PlanState.AGREED, on=date(2025, 3, 13))
    assert err.value.field == "state"
    with pytest.raises(ValidationError) as err:
        set_plan_state(workspace, plan_id=plan.id, state=PlanState.CLOSED, on=date(2025, 3, 1))
    assert err.value.field == "on"
    closed = set_plan_state(workspace, plan_id=plan.id, state=PlanState.CLOSED, on=date(2025, 8, 1))
    assert closed.closed_on == date(2025, 8, 1)


def test_a_signed_plan_is_changed_only_through_a_new_version(workspace: Workspace) -> None:
    service, provider = _service_and_provider(workspace)
    plan = _plan(workspace)
    add_goal(workspace, plan_id=plan.id, area=GoalArea.LANGUAGE, text="Suomen kieli A2.2")
    plan = add_measure(workspace, plan_id=plan.id, service=service, provider=provider, details="Syksy")
    plan = _explain(workspace, plan.id)
    set_plan_state(workspace, plan_id=plan.id, state=PlanState.AGREED, on=START)
    signed = set_plan_state(workspace, plan_id=plan.id, state=PlanState.SIGNED, on=START)
    refused: list[Callable[[], object]] = [
        lambda: update_measure(workspace, measure_id=plan.measures[0].id, changes={"details": "Kevät"}),
        lambda: remove_measure(workspace, measure_id=plan.measures[0].id),
        lambda: add_goal(workspace, plan_id=plan.id, area=GoalArea.OTHER, text="Uusi"),
        lambda: update_plan(workspace, plan_id=plan.id, changes={"period_end": date(2026, 2, 1)}),
    ]
    for attempt in refused:
        with pytest.raises(ValidationError, match="new version"):
            attempt()
    assert get_plan(workspace, plan_id=plan.id) == signed

    review = date(2025, 9, 1)
    new = new_plan_version(workspace, plan_id=plan.id, on=review)
    assert (new.version_no, new.previous_version_id, new.state) == (2, plan.id, PlanState.DRAFT)
    assert new.next_review_due == date(2026, 3, 1)  # six months from the review
    assert [(m.service, m.provider, m.details) for m in new.measures] == [(service, provider, "Syksy")]
    assert [g.text for g in new.goals] == ["Suomen kieli A2.2"]
    assert {m.id for m in new.measures}.isdisjoint({m.id for m in signed.measures})
    old = get_plan(workspace, plan_id=plan.id)
    assert (old.state, old.closed_on) == (PlanState.CLOSED, review)
    assert old.measures == signed.measures  # the signed version stays as it was signed
    assert [p.id for p in plans_for_client(workspace, client_id=plan.client_id)] == [new.id, plan.id]
    with pytest.raises(ValidationError) as err:
        new_plan_version(workspace, plan_id=plan.id, on=review)
    assert err.value.field == "plan_id"


def test_only_a_measure_status_changes_on_a_signed_plan(workspace: Workspace) -> None:
    """Counsellors track how measures go during a signed plan; everything else waits for a review."""
    service, provider = _service_and_provider(workspace)
    plan = _plan(workspace)
    plan = add_measure(workspace, plan_id=plan.id, service=service, provider=provider)
    measure_id = plan.measures[0].id
    _explain(workspace, plan.id)
    set_plan_state(workspace, plan_id=plan.id, state=PlanState.SIGNED, on=START)
    ongoing = update_measure(workspace, measure_id=measure_id, changes={"status": MeasureStatus.ONGOING})
    assert (ongoing.state, ongoing.measures[0].status) == (PlanState.SIGNED, MeasureStatus.ONGOING)
    with pytest.raises(ValidationError, match="new version"):
        update_measure(
            workspace, measure_id=measure_id, changes={"status": MeasureStatus.COMPLETED, "details": "x"}
        )
    set_plan_state(workspace, plan_id=plan.id, state=PlanState.CLOSED, on=date(2025, 8, 1))
    with pytest.raises(ValidationError, match="new version"):
        update_measure(workspace, measure_id=measure_id, changes={"status": MeasureStatus.COMPLETED})
    assert get_plan(workspace, plan_id=plan.id).measures[0].status == MeasureStatus.ONGOING


def test_the_diff_shows_an_added_measure_and_a_changed_goal_text(workspace: Workspace) -> None:
    service, provider = _service_and_provider(workspace)
    other = next(code for code in _services(workspace) if code != service)
    plan = _plan(workspace)
    add_goal(workspace, plan_id=plan.id, area=GoalArea.LANGUAGE, text="Suomen kieli A2.2")
    add_goal(workspace, plan_id=plan.id, area=GoalArea.EMPLOYMENT, text="Ansioluettelo")
    add_measure(workspace, plan_id=plan.id, service=service, provider=provider)
    _explain(workspace, plan.id)
    old = set_plan_state(workspace, plan_id=plan.id, state=PlanState.SIGNED, on=START)
    new = new_plan_version(workspace, plan_id=plan.id, on=START)
    new = update_goal(workspace, goal_id=new.goals[0].id, changes={"text": "Suomen kieli B1.1"})
    new = add_measure(workspace, plan_id=new.id, service=other)
    assert diff_plans(old, new) == [
        PlanChange("changed", "goal", "Suomen kieli B1.1", "text", "Suomen kieli A2.2", "Suomen kieli B1.1"),
        PlanChange("added", "measure", other, None, None, other),
    ]


def _detail(goals: tuple[Goal, ...], measures: tuple[Measure, ...], **kw: object) -> PlanDetail:
    base: dict[str, object] = {
        "id": "p",
        "client_id": "c",
        "assessment_id": None,
        "previous_version_id": None,
        "version_no": 1,
        "kind": PlanKind.BASIC,
        "state": PlanState.SIGNED,
        "responsible_party": ResponsibleParty.MUNICIPALITY,
        "period_start": START,
        "period_end": END,
        "next_review_due": None,
        "agreed_on": None,
        "signed_on": None,
        "closed_on": None,
        "summary": None,
        "goals": goals,
        "measures": measures,
    }
    base.update(kw)
    return PlanDetail(**base)  # type: ignore[arg-type]


def _m(ident: str, service: str, position: int, **kw: object) -> Measure:
    base: dict[str, object] = {
        "id": ident,
        "service": service,
        "provider": None,
        "provider_other": None,
        "responsible_party": ResponsibleParty.MUNICIPALITY,
        "starts_on": None,
        "ends_on": None,
        "status": MeasureStatus.PLANNED,
        "details": None,
        "position": position,
    }
    base.update(kw)
    return Measure(**base)  # type: ignore[arg-type]


def test_diff_matches_items_by_content_and_position_not_by_id() -> None:
    old = _detail(
        (Goal("g1", GoalArea.LANGUAGE, "A", 0), Goal("g2", GoalArea.EMPLOYMENT, "B", 1)),
        (_m("m1", "civic_orientation", 0), _m("m2", "finnish_course", 1), _m("m3", "settlement", 2)),
    )
    new = _detail(
        (Goal("x2", GoalArea.EMPLOYMENT, "B", 0), Goal("x1", GoalArea.LANGUAGE, "A", 1)),  # reordered
        (
            _m("y2", "finnish_course", 0, status=MeasureStatus.ONGOING),
            _m("y1", "civic_orientation", 1),
        ),
        summary="Päivitetty",
    )
    assert diff_plans(old, new) == [
        PlanChange("changed", "plan", "plan", "summary", None, "Päivitetty"),
        PlanChange("changed", "measure", "finnish_course", "status", "planned", "ongoing"),
        PlanChange("removed", "measure", "settlement", None, "settlement", None),
    ]
    assert diff_plans(old, old) == []


def test_every_plan_call_leaves_an_access_log_row(workspace: Workspace) -> None:
    service, _ = _service_and_provider(workspace)
    plan = _plan(workspace)
    get_plan(workspace, plan_id=plan.id)
    plans_for_client(workspace, client_id=plan.client_id)
    reasons = {f.key: "Sovittu asiakkaan kanssa" for f in plan.findings}  # findings need reasons to sign
    update_plan(
        workspace, plan_id=plan.id, changes={"summary": "Tavoitteena työ", "rule_exceptions": reasons}
    )
    plan = add_goal(workspace, plan_id=plan.id, area=GoalArea.LANGUAGE, text="Suomi")
    plan = add_measure(workspace, plan_id=plan.id, service=service)
    set_plan_state(workspace, plan_id=plan.id, state=PlanState.SIGNED, on=START)
    new_plan_version(workspace, plan_id=plan.id, on=date(2025, 9, 1))
    with workspace.session() as s:
        history = access_history(s, client_id=plan.client_id)
    assert [(h.action, h.entity) for h in history[1:]] == [
        (AccessAction.CREATE, "integration_plan"),
        (AccessAction.VIEW, "integration_plan"),
        (AccessAction.VIEW, "integration_plan"),
        (AccessAction.CHANGE, "integration_plan"),
        (AccessAction.CREATE, "plan_goal"),
        (AccessAction.CREATE, "plan_measure"),
        (AccessAction.CHANGE, "integration_plan"),
        (AccessAction.CHANGE, "integration_plan"),  # the old version closed
        (AccessAction.CREATE, "integration_plan"),
    ]
    with workspace.session() as s:
        entities = {e.entity for e in s.scalars(select(OutboxEntry))}
    assert {"integration_plan", "plan_goal", "plan_measure"} <= entities


def test_unknown_plans_and_other_clients_assessments(workspace: Workspace) -> None:
    with pytest.raises(NotFound):
        get_plan(workspace, plan_id="nope")
    with pytest.raises(NotFound):
        plans_for_client(workspace, client_id="nope")
    someone_else = start_assessment(workspace, client_id=_client(workspace), kind=AssessmentKind.BASIC)
    with pytest.raises(ValidationError) as err:
        _plan(workspace, assessment_id=someone_else.id)
    assert err.value.field == "assessment_id"
