"""The annual and per-municipality report against figures computed independently (tests.support.report_oracle)
from a generated two-year profile: drafts, reviews agreed late or left as drafts, plans carried over."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from app.printing.report import Figures
from app.printing.report_pdf import report_figures
from app.workspace import Workspace
from tests.support.report_oracle import expected
from tests.support.report_profile import MUNICIPALITIES, Rows, random_profile

Y2025 = (date(2025, 1, 1), date(2025, 12, 31))
Y2026 = (date(2026, 1, 1), date(2026, 12, 31))
COUNTERS = (
    "assessments",
    "assessments_by_party",
    "outcomes",
    "county_roles",
    "plans",
    "plans_by_party",
    "reviews",
    "caseload",
    "services",
    "measure_status",
    "direction",
    "civic_languages",
    "served_by_municipality",
    "client_groups",
    "genders",
    "languages",
    "meeting_modes",
    "interpreter_meetings",
)
NUMBERS = (
    "md_assessments",
    "md_with_county",
    "plan_versions",
    "reviews_carried",
    "civic_below_minimum",
    "civic_hours_missing",
    "clients_served",
    "interpreter_clients",
    "meetings_held",
)
LISTS = ("permit_to_assessment", "assessment_to_plan", "civic_hours")


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from app.workspace import create_workspace
    from tests.conftest import FAST_KDF, PASSPHRASE

    ws = create_workspace(tmp_path_factory.mktemp("report") / "p", PASSPHRASE, user="t", kdf=FAST_KDF)
    rows = random_profile(ws, clients=300, seed=14, first=date(2025, 1, 1), last=date(2026, 12, 31))
    yield ws, rows
    ws.close()


def compare(f: Figures, e: dict[str, Any]) -> None:
    for name in COUNTERS:
        got = +Counter(getattr(f, name))  # zero counts dropped on both sides
        assert got == +Counter(e.get(name, Counter())), name
    for name in NUMBERS:
        assert getattr(f, name) == e.get(name, 0), name
    for name in LISTS:
        assert sorted(getattr(f, name)) == e.get(name, []), name


@pytest.mark.parametrize("today", [date(2027, 2, 1), date(2026, 8, 15)])
@pytest.mark.parametrize("period", [Y2025, Y2026], ids=["2025", "2026"])
def test_annual_report_matches_the_profile(profile: Any, period: tuple[date, date], today: date) -> None:
    ws, rows = profile
    f = report_figures(ws, start=period[0], end=period[1], today=today)
    e = expected(rows, period[0], period[1], today)
    compare(f, e)
    assert f.clients_served > 50 and sum(f.reviews.values()) > 10  # the profile exercises the figures


def test_plans_are_carried_over_into_the_next_year(profile: Any) -> None:
    ws, _rows = profile
    later = report_figures(ws, start=Y2026[0], end=Y2026[1], today=date(2027, 2, 1))
    assert later.reviews_carried > 0  # overdue in 2025 and still not reviewed in 2026


@pytest.mark.parametrize("municipality", MUNICIPALITIES)
def test_municipality_report_matches_the_profile(profile: Any, municipality: str) -> None:
    ws, rows = profile
    today = date(2027, 2, 1)
    f = report_figures(ws, start=Y2026[0], end=Y2026[1], today=today, municipality=municipality)
    compare(f, expected(rows, Y2026[0], Y2026[1], today, municipality))
    assert f.municipalities() == [municipality]


def test_municipality_reports_add_up_to_the_whole(profile: Any) -> None:
    ws, _rows = profile
    today = date(2027, 2, 1)
    whole = report_figures(ws, start=Y2025[0], end=Y2025[1], today=today)
    parts = [
        report_figures(ws, start=Y2025[0], end=Y2025[1], today=today, municipality=m) for m in MUNICIPALITIES
    ]
    for name in ("clients_served", "meetings_held", "plan_versions", "md_with_county"):
        assert sum(getattr(p, name) for p in parts) == getattr(whole, name), name
    for name in ("assessments", "plans", "reviews", "caseload", "client_groups", "services"):
        total: Counter[Any] = Counter()
        for p in parts:
            total.update(getattr(p, name))
        assert +total == +Counter(getattr(whole, name)), name


def test_an_unknown_municipality_is_refused(workspace: Workspace) -> None:
    from app.errors import ValidationError

    with pytest.raises(ValidationError):
        report_figures(workspace, start=Y2025[0], end=Y2025[1], municipality="999")


def test_a_plan_counts_until_reviewed_then_as_late_once(workspace: Workspace) -> None:
    """Due 2025, not reviewed in 2025 or 2026, agreed in 2027: overdue twice, then late once."""
    rows = Rows()
    plan = rows.plan(rows.client(), date(2025, 3, 1), period_end=date(2027, 12, 31))
    rows.version(plan, date(2027, 2, 1), agreed=True)
    rows.insert(workspace)
    today = date(2027, 6, 1)
    years = [(date(y, 1, 1), date(y, 12, 31)) for y in (2025, 2026, 2027)]
    reviews = [report_figures(workspace, start=a, end=b, today=today).reviews for a, b in years]
    assert [r["overdue"] for r in reviews] == [1, 1, 0]
    assert [r["late"] for r in reviews] == [0, 0, 1]
