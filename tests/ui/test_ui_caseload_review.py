"""The client list's "review due soon" follows the rules data (``review_due_soon_days``): rules with 14
days, received as a sync receives them, make a review ten days off due soon, and the filter says so."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.orm import Session

from app.clients import ClientInput, create_client
from app.lookups import load_lookups
from app.plans.lifecycle import create_plan, set_plan_state
from app.workspace import Workspace
from models.enums import LabourMarketStatus, PlanKind, PlanState, ResponsibleParty
from models.rules import add_months
from sync.client.reference import apply_documents
from tests.support.plan import explain_findings
from tests.support.rules_file import bundled_rules, next_version
from ui.caseload import CaseloadView

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py

TODAY = date.today()


def _client_with_review_in(ws: Workspace, last: str, days: int) -> date:
    """A client whose employment-authority plan (three-month reviews) is agreed; its review date."""
    client = create_client(
        ws,
        data=ClientInput(
            first_names="Demo", last_name=last, home_municipality="297",
            first_permit_date=TODAY - timedelta(days=200), labour_market_status=LabourMarketStatus.JOBSEEKER,
        ),
    )  # fmt: skip
    start = add_months(TODAY + timedelta(days=days), -3)
    plan = create_plan(
        ws, client_id=client.id, kind=PlanKind.BASIC, responsible_party=ResponsibleParty.EMPLOYMENT_AUTHORITY,
        period_start=start, period_end=start + timedelta(days=300),
    )  # fmt: skip
    explain_findings(ws, plan.id)
    set_plan_state(ws, plan_id=plan.id, state=PlanState.AGREED, on=start)
    assert plan.next_review_due is not None
    return plan.next_review_due


def _due_soon(view: CaseloadView) -> tuple[str, set[str]]:
    """The review filter's "due soon" entry chosen: its words and the last names listed."""
    view.review.setCurrentIndex(view.review.findData("due"))
    return view.review.currentText(), {row.last_name for row in view.model.rows}


def _rules_with_soon_days(ws: Workspace, days: int) -> None:
    text, version = next_version(bundled_rules())
    old = "[[parameters.review_due_soon_days]]\nvalue = 7\n"
    assert old in text
    text = text.replace(old, f"[[parameters.review_due_soon_days]]\nvalue = {days}\n")
    with Session(ws.engine) as s, s.begin():
        assert apply_documents(s, {"rules": (version, text)}) == ["rules"]


def test_due_soon_follows_the_rules_data(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    ten = _client_with_review_in(workspace, "Demo-Ten", 10)
    twenty = _client_with_review_in(workspace, "Demo-Twenty", 20)
    assert 7 < (ten - TODAY).days <= 14 < (twenty - TODAY).days
    view = CaseloadView(workspace, load_lookups(workspace))
    qtbot.addWidget(view)
    view.reload()
    assert _due_soon(view) == ("Review due within 7 days", set())  # the bundled rules: a week

    _rules_with_soon_days(workspace, 14)
    view.reload()

    assert _due_soon(view) == ("Review due within 14 days", {"Demo-Ten"})
    row = view.model.rows.index(next(r for r in view.model.rows if r.last_name == "Demo-Ten"))
    review = view.model.index(row, view.model.COLUMNS.index("review"))
    assert view.model.data(review, Qt.ItemDataRole.ToolTipRole) == "Review due within 14 days"
