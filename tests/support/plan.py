"""Test help for plans: a reason recorded for every rule finding, so a set-up may agree or sign a plan
(``app.plans.set_plan_state`` refuses while a finding has no reason, ``app.plan_rules``)."""

from __future__ import annotations

from app.plans.core import PlanDetail
from app.plans.lifecycle import get_plan, update_plan
from app.workspace import Workspace


def explain_findings(ws: Workspace, plan_id: str, reason: str = "Sovittu asiakkaan kanssa") -> PlanDetail:
    plan = get_plan(ws, plan_id=plan_id)
    reasons = {**plan.rule_exceptions, **{f.key: reason for f in plan.unexplained()}}
    shown = {"rule_exceptions": plan.rule_exceptions}
    return update_plan(ws, plan_id=plan_id, changes={"rule_exceptions": reasons}, base=shown)
