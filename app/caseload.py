"""The counsellor's caseload: every client with what the list shows, loaded once, filtered in memory.

Loading 20,000 rows takes one query; each keystroke of a search then filters the loaded rows in
the GUI's memory (``filter_caseload``), which is what keeps search-as-you-type under 50 ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app.audit import record_access
from app.plans.latest import latest_plans
from app.rules_cache import rules_in_force
from app.workspace import Workspace
from models import Assessment, Client
from models.enums import AccessAction, AssessmentStatus, LabourMarketStatus, PlanState
from models.rules import RulesDataError
from models.search import fold

DUE_SOON_DAYS = 7  # when the rules on this laptop do not say (``review_due_soon_days``)


@dataclass(frozen=True)
class CaseloadRow:
    id: str
    first_names: str
    last_name: str
    name_latin: str | None
    date_of_birth: date | None
    home_municipality: str
    search_key: str
    plan_state: PlanState | None  # of the newest plan version, None without a plan
    next_review_due: date | None
    draft_assessment: bool
    missing_data: bool  # the rules cannot be applied without these facts


@dataclass(frozen=True)
class CaseloadFilter:
    search: str = ""
    municipality: str | None = None
    review: str = "any"  # any | due (within the due-soon days, or overdue) | overdue
    plan_state: PlanState | None = None
    needs_attention: bool = False


def load_caseload(ws: Workspace) -> list[CaseloadRow]:
    """All non-deleted clients with their newest plan's state. Runs on a worker thread.

    Each client whose name is shown is logged once per unlocked session (``ws.listed``), so
    refreshing the list does not flood the access log.
    """
    plan = latest_plans()
    drafts = (
        select(Assessment.client_id)
        .where(Assessment.status == AssessmentStatus.DRAFT, Assessment.deleted.is_(False))
        .distinct()
        .subquery()
    )
    query = (
        select(
            Client.id,
            Client.first_names,
            Client.last_name,
            Client.name_latin,
            Client.date_of_birth,
            Client.home_municipality,
            Client.search_key,
            plan.c.state,
            plan.c.next_review_due,
            drafts.c.client_id.is_not(None),
            Client.first_permit_date,
            Client.labour_market_status,
        )
        .outerjoin(plan, plan.c.client_id == Client.id)
        .outerjoin(drafts, drafts.c.client_id == Client.id)
        .where(Client.deleted.is_(False))
        .order_by(Client.last_name, Client.first_names, Client.id)
    )
    with ws.session() as s:
        rows = [
            CaseloadRow(
                id=r[0],
                first_names=r[1],
                last_name=r[2],
                name_latin=r[3],
                date_of_birth=r[4],
                home_municipality=r[5],
                search_key=r[6],
                plan_state=r[7],
                next_review_due=r[8],
                draft_assessment=bool(r[9]),
                missing_data=r[10] is None or r[11] == LabourMarketStatus.UNKNOWN,
            )
            for r in s.execute(query)
        ]
        new = [r.id for r in rows if r.id not in ws.listed]
        record_access(s, ws.actor, AccessAction.LIST, entity="client", client_ids=new, detail="caseload")
    ws.listed.update(new)
    return rows


def due_soon_days(ws: Workspace, today: date) -> int:
    """How many days before its due date a review shows as due soon: the rules data's working
    practice (``review_due_soon_days``), so the list says what the rules file says."""
    with ws.session() as s:
        rules = rules_in_force(s)
    try:
        return rules.int_value("review_due_soon_days", today)
    except RulesDataError:
        return DUE_SOON_DAYS


def review_state(row: CaseloadRow, today: date, soon_days: int = DUE_SOON_DAYS) -> str:
    """none | ok | due | overdue — only plans in force (agreed or signed) have reviews."""
    if row.next_review_due is None or row.plan_state not in (PlanState.AGREED, PlanState.SIGNED):
        return "none"
    if row.next_review_due < today:
        return "overdue"
    if row.next_review_due <= today + timedelta(days=soon_days):
        return "due"
    return "ok"


def filter_caseload(
    rows: list[CaseloadRow], flt: CaseloadFilter, today: date, soon_days: int = DUE_SOON_DAYS
) -> list[CaseloadRow]:
    """Pure and fast: safe to run on the GUI thread for 20,000 rows."""
    words = fold(flt.search).split()
    out = []
    for row in rows:
        if flt.municipality and row.home_municipality != flt.municipality:
            continue
        if words and not all(w in row.search_key for w in words):
            continue
        if flt.plan_state is not None and row.plan_state != flt.plan_state:
            continue
        if flt.review != "any":
            state = review_state(row, today, soon_days)
            if flt.review == "due" and state not in ("due", "overdue"):
                continue
            if flt.review == "overdue" and state != "overdue":
                continue
        if flt.needs_attention and not (row.missing_data or review_state(row, today, soon_days) == "overdue"):
            continue
        out.append(row)
    return out
