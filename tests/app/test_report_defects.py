"""Defects of the annual report found in issue 14, one small profile each (synthetic data only)."""

from __future__ import annotations

from datetime import date

from app.printing.report import annual_figures
from app.workspace import Workspace
from models.enums import AssessmentStatus, LabourMarketStatus, ResponsibleParty
from tests.support.report_profile import Rows

Y2025 = (date(2025, 1, 1), date(2025, 12, 31))
Y2026 = (date(2026, 1, 1), date(2026, 12, 31))
TODAY = date(2027, 3, 1)


def figures(ws: Workspace, period: tuple[date, date]):  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return annual_figures(s, start=period[0], end=period[1], today=TODAY)


def test_draft_assessments_are_not_counted(workspace: Workspace) -> None:
    rows = Rows()
    c = rows.client()
    rows.assessment(c, date(2025, 3, 1))
    rows.assessment(c, date(2025, 4, 1), status=AssessmentStatus.DRAFT)
    rows.insert(workspace)
    assert sum(figures(workspace, Y2025).assessments.values()) == 1


def test_an_unreviewed_plan_stays_overdue_in_later_years(workspace: Workspace) -> None:
    rows = Rows()
    plan = rows.plan(rows.client(), date(2025, 3, 1), period_end=date(2026, 12, 31))
    assert plan["next_review_due"].year == 2025
    rows.insert(workspace)
    assert figures(workspace, Y2025).reviews["overdue"] == 1
    assert figures(workspace, Y2026).reviews["overdue"] == 1  # still not reviewed: carried over


def test_a_draft_successor_is_not_a_review(workspace: Workspace) -> None:
    rows = Rows()
    plan = rows.plan(rows.client(), date(2025, 1, 10))
    rows.version(plan, date(2025, 6, 1), agreed=False)  # started before the due date, never agreed
    rows.insert(workspace)
    reviews = figures(workspace, Y2025).reviews
    assert reviews["on_time"] == 0 and reviews["overdue"] == 1


def test_a_review_counts_on_the_day_the_new_version_was_agreed(workspace: Workspace) -> None:
    rows = Rows()
    plan = rows.plan(rows.client(), date(2025, 1, 10))
    rows.version(plan, date(2025, 6, 1), agreed=True, agreed_on=date(2025, 9, 1))  # due 2025-07-11
    rows.insert(workspace)
    reviews = figures(workspace, Y2025).reviews
    assert reviews["on_time"] == 0 and reviews["late"] == 1


def test_party_is_the_plans_not_todays_labour_market_status(workspace: Workspace) -> None:
    rows = Rows()
    c = rows.client(labour_market_status=LabourMarketStatus.JOBSEEKER)  # became a jobseeker later
    a = rows.assessment(c, date(2025, 3, 1))
    rows.plan(c, date(2025, 3, 1), assessment_id=a["id"], responsible_party=ResponsibleParty.MUNICIPALITY)
    rows.assessment(rows.client(), date(2025, 5, 1))  # no plan: the party is not recorded
    rows.insert(workspace)
    f = figures(workspace, Y2025)
    assert f.plans_by_party == {"municipality": 1}
    assert f.assessments_by_party["municipality"] == 1
    assert f.assessments_by_party["employment_authority"] == 0
    assert f.assessments_by_party["not_recorded"] == 1


def test_assessments_and_plans_both_by_home_municipality(workspace: Workspace) -> None:
    rows = Rows()
    c = rows.client("204")  # lives in Kaavi, assessed at the Kuopio office
    rows.assessment(c, date(2025, 3, 1), municipality="297")
    rows.plan(c, date(2025, 3, 1))
    rows.insert(workspace)
    f = figures(workspace, Y2025)
    assert set(f.assessments) == {("204", "basic")}
    assert set(f.plans) == {("204", "basic")}


def test_deleted_rows_are_not_counted(workspace: Workspace) -> None:
    from models import Assessment, Client, IntegrationPlan

    rows = Rows()
    gone = rows.client()
    rows.assessment(gone, date(2025, 3, 1))
    kept = rows.client()
    plan = rows.plan(kept, date(2025, 1, 10))
    successor = rows.version(plan, date(2025, 6, 1), agreed=True)
    removed = rows.assessment(kept, date(2025, 4, 1))
    rows.insert(workspace)
    with workspace.session() as s:
        for model, row in ((Client, gone), (IntegrationPlan, successor), (Assessment, removed)):
            entity = s.get(model, row["id"])
            assert entity is not None
            entity.deleted = True
    f = figures(workspace, Y2025)
    assert sum(f.assessments.values()) == 0 and f.clients_served == 1
    # Without its (deleted) new version the old one was simply closed before its review fell due.
    assert sum(f.reviews.values()) == 0 and f.plan_versions == 0 and sum(f.caseload.values()) == 0
