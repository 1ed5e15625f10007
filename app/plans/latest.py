"""Each client's newest integration plan, as one subquery for lists over many clients."""

from __future__ import annotations

from sqlalchemy import Subquery, func, select

from models import IntegrationPlan
from models.enums import PlanState

# Plans that are in force and so have reviews: a draft is not yet agreed, a closed one is over.
PLANS_IN_FORCE = (PlanState.AGREED, PlanState.SIGNED)


def latest_plans() -> Subquery:
    """Each client's newest plan version (latest period start, then highest version): id, client_id,
    state, next_review_due. One query for any number of clients."""
    p = IntegrationPlan
    newest_first = (p.period_start.desc(), p.version_no.desc(), p.id)
    ranked = (
        select(
            p.id,
            p.client_id,
            p.state,
            p.next_review_due,
            func.row_number().over(partition_by=p.client_id, order_by=newest_first).label("rank"),
        )
        .where(p.deleted.is_(False))
        .subquery()
    )
    c = ranked.c
    return select(c.id, c.client_id, c.state, c.next_review_due).where(c.rank == 1).subquery()
