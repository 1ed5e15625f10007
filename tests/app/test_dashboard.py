"""The start screen: review boundaries, assessments waiting, missing facts, unsynced work, access log."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from app.assessments import start_assessment
from app.clients import ClientInput, create_client
from app.dashboard import ClientRef, PendingAssessment, ReviewItem, load_dashboard
from app.demo import generate_demo_data
from app.plans.lifecycle import create_plan, new_plan_version, set_plan_state
from app.workspace import Workspace
from models import AccessLogEntry, OutboxEntry
from models.enums import AssessmentKind, LabourMarketStatus, PlanKind, PlanState, ResponsibleParty
from tests.support.plan import explain_findings

TODAY = date(2025, 6, 10)
KNOWN = {
    "first_permit_date": date(2024, 6, 1),
    "labour_market_status": LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
}


def _client(ws: Workspace, last: str, **kw: object) -> str:
    facts: dict[str, object] = {**KNOWN, **kw}
    data = ClientInput(first_names="Demo", last_name=last, home_municipality="297", **facts)  # type: ignore[arg-type]
    return create_client(ws, data=data).id


def _plan_due(ws: Workspace, client_id: str, due: date, state: PlanState = PlanState.SIGNED) -> str:
    """A plan of the employment authority (three-month reviews) whose review falls on ``due``."""
    start = date(due.year, due.month - 3, due.day)
    plan = create_plan(
        ws,
        client_id=client_id,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.EMPLOYMENT_AUTHORITY,
        period_start=start,
        period_end=start + timedelta(days=300),
    )
    assert plan.next_review_due == due
    if state != PlanState.DRAFT:
        explain_findings(ws, plan.id)
        set_plan_state(ws, plan_id=plan.id, state=state, on=start)
    return plan.id


def test_review_boundaries_today_in_seven_days_and_yesterday(workspace: Workspace) -> None:
    ws = workspace
    today = _client(ws, "Today")
    week = _client(ws, "Week")
    late = _client(ws, "Yesterday")
    p_today = _plan_due(ws, today, TODAY)
    p_week = _plan_due(ws, week, TODAY + timedelta(days=7))
    p_late = _plan_due(ws, late, TODAY - timedelta(days=1), PlanState.AGREED)
    _plan_due(ws, _client(ws, "Later"), TODAY + timedelta(days=8))
    _plan_due(ws, _client(ws, "Draft"), TODAY - timedelta(days=30), PlanState.DRAFT)  # not in force yet
    # Reviewed already: the old version was overdue, the new one is what counts.
    reviewed = _client(ws, "Reviewed")
    new_plan_version(ws, plan_id=_plan_due(ws, reviewed, TODAY - timedelta(days=20)), on=TODAY)

    board = load_dashboard(ws, today=TODAY)
    assert board.reviews_due_this_week == [
        ReviewItem(today, "Demo Today", p_today, TODAY),
        ReviewItem(week, "Demo Week", p_week, TODAY + timedelta(days=7)),
    ]
    assert board.reviews_overdue == [ReviewItem(late, "Demo Yesterday", p_late, TODAY - timedelta(days=1))]
    assert board.counts["reviews_overdue"] == 1 and board.counts["reviews_due_this_week"] == 2


def test_assessments_pending_missing_data_and_unsynced_changes(workspace: Workspace) -> None:
    ws = workspace
    must = _client(ws, "Must", home_care_allowance=True)
    _client(ws, "May", own_request=True)  # the counsellor decides: not listed as pending
    _client(ws, "Old", prolonged_social_assistance=True, first_permit_date=date(2021, 1, 1))  # window passed
    drafted = _client(ws, "Drafted", prolonged_social_assistance=True)
    draft = start_assessment(ws, client_id=drafted, kind=AssessmentKind.BASIC)
    no_permit = _client(ws, "NoPermit", first_permit_date=None)
    no_status = _client(ws, "NoStatus", labour_market_status=LabourMarketStatus.UNKNOWN)

    board = load_dashboard(ws, today=TODAY)
    assert board.assessments_pending == [
        PendingAssessment(drafted, "Demo Drafted", draft.id),
        PendingAssessment(must, "Demo Must", None),
    ]
    assert board.missing_data == [
        ClientRef(no_permit, "Demo NoPermit"),
        ClientRef(no_status, "Demo NoStatus"),
    ]
    with ws.session() as s:
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry))
    assert outbox and board.unsynced_changes == outbox
    assert board.counts["clients"] == 6 and board.counts["draft_assessments"] == 1


def test_clients_named_on_the_dashboard_are_logged_once_per_session(workspace: Workspace) -> None:
    ws = workspace
    named = {_client(ws, "Must", home_care_allowance=True), _client(ws, "Unknown", first_permit_date=None)}
    _client(ws, "Quiet")  # nothing to show: not named, not logged

    def logged() -> list[str | None]:
        with ws.session() as s:
            query = select(AccessLogEntry.client_id).where(AccessLogEntry.detail == "dashboard")
            return list(s.scalars(query))

    load_dashboard(ws, today=TODAY)
    assert sorted(logged()) == sorted(named)  # type: ignore[type-var]
    load_dashboard(ws, today=TODAY)
    assert len(logged()) == 2  # shown again in the same unlocked session: already in the log


def test_dashboard_loads_with_2000_demo_clients(workspace: Workspace) -> None:
    generate_demo_data(workspace, clients=2000)
    board = load_dashboard(workspace, today=date.today())
    assert board.counts["clients"] == 2000
    assert board.reviews_overdue and board.missing_data and board.assessments_pending
