"""What the plan services share: the language check, the lock guard, the access log, and reading
stored plans into ``PlanDetail`` values with their goals, measures and rule findings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import loading
from app import rule_exceptions as exceptions
from app.audit import record_access
from app.errors import ValidationError
from app.plans.core import LOCKED, Goal, Measure, PlanDetail
from app.plans.rules import findings_of
from app.workspace import Workspace
from models import IntegrationPlan, PlanGoal, PlanMeasure
from models.enums import AccessAction
from models.rules.codes import LANGUAGES

ENTITY = "integration_plan"

Cleaner = Callable[[Session, object, str], object]
_CHILDREN = ("goals", "measures", "findings", "rule_exceptions")
PLAN_VALUES = tuple(f.name for f in fields(PlanDetail) if f.name not in _CHILDREN)
GOAL_VALUES = tuple(f.name for f in fields(Goal))
MEASURE_VALUES = tuple(f.name for f in fields(Measure))


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValidationError("lang", "unsupported_language", {"choices": ", ".join(LANGUAGES)})
    return lang


def guard_unlocked(plan: IntegrationPlan, field: str) -> None:
    if plan.state in LOCKED:
        raise ValidationError(field, "plan_locked", {"state": plan.state}, entity="integration_plan")


def differing(row: object, values: Mapping[str, object]) -> dict[str, object]:
    return {name: value for name, value in values.items() if getattr(row, name) != value}


def log(ws: Workspace, s: Session, action: AccessAction, plan: IntegrationPlan) -> None:
    record_access(s, ws.actor, action, entity=ENTITY, client_ids=[plan.client_id], record_id=plan.id)


def details(s: Session, plans: Sequence[IntegrationPlan], lang: str) -> list[PlanDetail]:
    """Plans with goals, measures and rule findings, in a few queries whatever the number of plans."""
    ids = [p.id for p in plans]
    goals: dict[str, list[Goal]] = {i: [] for i in ids}
    measures: dict[str, list[Measure]] = {i: [] for i in ids}
    live_goals = select(PlanGoal).where(PlanGoal.plan_id.in_(ids), PlanGoal.deleted.is_(False))
    for g in s.scalars(live_goals.order_by(PlanGoal.position, PlanGoal.id)):
        goals[g.plan_id].append(Goal(**loading.columns(g, GOAL_VALUES)))
    live_measures = select(PlanMeasure).where(PlanMeasure.plan_id.in_(ids), PlanMeasure.deleted.is_(False))
    for m in s.scalars(live_measures.order_by(PlanMeasure.position, PlanMeasure.id)):
        measures[m.plan_id].append(Measure(**loading.columns(m, MEASURE_VALUES)))
    findings = findings_of(s, plans, lang)
    return [
        PlanDetail(
            **loading.columns(p, PLAN_VALUES),
            goals=tuple(goals[p.id]),
            measures=tuple(measures[p.id]),
            findings=findings[p.id],
            rule_exceptions=exceptions.parse(p.rule_exceptions),
        )
        for p in plans
    ]


def detail(s: Session, plan: IntegrationPlan, lang: str) -> PlanDetail:
    s.flush()
    return details(s, [plan], lang)[0]
