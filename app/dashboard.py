"""The start screen: reviews due and overdue, assessments waiting, records missing facts, unsynced work.

Built from a handful of aggregate queries whatever the caseload size (20,000 clients load in well
under a second); only the §14 eligibility check runs in Python, over one query's rows. Worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import exists, func, or_, select

from app import client_facts, rules_cache
from app.audit import record_access
from app.plans.latest import PLANS_IN_FORCE, latest_plans
from app.status import review_count
from app.sync_bookkeeping import unsent_count
from app.workspace import Workspace
from models import Assessment, Client
from models.enums import AccessAction, AssessmentStatus, LabourMarketStatus
from models.rules import EligibilityOutcome

WEEK = timedelta(days=7)


class ReviewItem(NamedTuple):
    client_id: str
    client_name: str
    plan_id: str
    due: date


class PendingAssessment(NamedTuple):
    client_id: str
    client_name: str
    assessment_id: str | None  # the draft; None: a client who must be assessed and has no assessment


class ClientRef(NamedTuple):
    client_id: str
    client_name: str


@dataclass(frozen=True)
class Dashboard:
    reviews_due_this_week: list[ReviewItem]  # due today through today + 7 days
    reviews_overdue: list[ReviewItem]  # due before today
    assessments_pending: list[PendingAssessment]
    missing_data: list[ClientRef]
    unsynced_changes: int
    counts: dict[str, int]
    to_review: int = 0  # open conflicts and changes the server refused (the Conflicts page)


_LIVE = Client.deleted.is_(False)


def _name(first: str, last: str) -> str:
    return client_facts.full_name(first, last)


def load_dashboard(ws: Workspace, *, today: date) -> Dashboard:
    """Clients named here are logged (LIST, "dashboard") once per unlocked session, like the caseload."""
    latest = latest_plans()
    reviews = (
        select(Client.id, Client.first_names, Client.last_name, latest.c.id, latest.c.next_review_due)
        .join(latest, latest.c.client_id == Client.id)
        .where(_LIVE, latest.c.state.in_(PLANS_IN_FORCE), latest.c.next_review_due <= today + WEEK)
        .order_by(latest.c.next_review_due, Client.last_name, Client.first_names, Client.id)
    )
    drafts = (
        select(Client.id, Client.first_names, Client.last_name, Assessment.id)
        .join(Assessment, Assessment.client_id == Client.id)
        .where(_LIVE, Assessment.deleted.is_(False), Assessment.status == AssessmentStatus.DRAFT)
    )
    any_assessment = exists().where(Assessment.client_id == Client.id, Assessment.deleted.is_(False))
    # Only these two facts make the assessment mandatory (§14); the window is checked in Python.
    must_candidates = select(
        Client.id, Client.first_names, Client.last_name, *client_facts.FACT_COLUMNS
    ).where(
        _LIVE,
        ~any_assessment,
        or_(Client.home_care_allowance.is_(True), Client.prolonged_social_assistance.is_(True)),
    )
    missing = (
        select(Client.id, Client.first_names, Client.last_name)
        .where(
            _LIVE,
            or_(
                Client.first_permit_date.is_(None),
                Client.labour_market_status == LabourMarketStatus.UNKNOWN,
            ),
        )
        .order_by(Client.last_name, Client.first_names, Client.id)
    )
    in_force = select(func.count()).select_from(latest).where(latest.c.state.in_(PLANS_IN_FORCE))
    with ws.session() as s:
        rules = rules_cache.rules_in_force(s)
        overdue: list[ReviewItem] = []
        this_week: list[ReviewItem] = []
        for cid, first, last, plan_id, due in s.execute(reviews):
            (overdue if due < today else this_week).append(ReviewItem(cid, _name(first, last), plan_id, due))
        pending = [PendingAssessment(cid, _name(f, ln), aid) for cid, f, ln, aid in s.execute(drafts)]
        draft_count = len(pending)
        for row in s.execute(must_candidates):
            if (
                client_facts.eligibility(client_facts.facts_of(row), today, rules)
                == EligibilityOutcome.MUST_ASSESS
            ):
                pending.append(PendingAssessment(row.id, _name(row.first_names, row.last_name), None))
        pending.sort(key=lambda p: (p.client_name.casefold(), p.client_id, p.assessment_id or ""))
        missing_rows = [ClientRef(cid, _name(f, ln)) for cid, f, ln in s.execute(missing)]
        counts = {
            "clients": s.scalar(select(func.count()).select_from(Client).where(_LIVE)) or 0,
            "plans_in_force": s.scalar(in_force) or 0,
            "draft_assessments": draft_count,
            "must_assess_without_assessment": len(pending) - draft_count,
            "reviews_overdue": len(overdue),
            "reviews_due_this_week": len(this_week),
            "missing_data": len(missing_rows),
        }
        unsynced = unsent_count(s)  # answered entries stay in the outbox until a backup mark
        to_review = review_count(s)
        shown = {x.client_id for x in overdue + this_week} | {x.client_id for x in pending}
        shown |= {x.client_id for x in missing_rows}
        new = sorted(shown - ws.listed)
        record_access(s, ws.actor, AccessAction.LIST, entity="client", client_ids=new, detail="dashboard")
    ws.listed.update(new)
    return Dashboard(this_week, overdue, pending, missing_rows, unsynced, counts, to_review)
