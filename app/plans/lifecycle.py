"""Integration plans (KotoL §16-17): drafting, the agree-sign-close cycle, reviews as new versions.

A signed or closed plan stays as it was signed: changing its content means a new version
(``new_plan_version``), which copies goals and measures and closes the old one. The one exception is
a measure's ``status`` on a signed (not closed) plan: progress is tracked while the plan is in force.
Updates that change nothing write nothing (no outbox entry, no log row). Any thread; frozen values out.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import inputs, loading, rules_cache
from app import rule_exceptions as exceptions
from app.audit import record_access
from app.edits import OnClash, apply_edit
from app.errors import ValidationError
from app.plans.base import (
    ENTITY,
    GOAL_VALUES,
    MEASURE_VALUES,
    Cleaner,
    check_lang,
    detail,
    details,
    differing,
    guard_unlocked,
    log,
)
from app.plans.core import STATES, PlanDetail
from app.plans.rules import check_explained
from app.workspace import Workspace
from models import Assessment, IntegrationPlan, PlanGoal, PlanMeasure
from models.enums import AccessAction, PlanKind, PlanState, ResponsibleParty
from models.rules import RuleNotInForceError, next_review_due

_PLAN_CLEANERS: dict[str, Cleaner] = {
    "kind": lambda _s, v, f: inputs.choice(PlanKind, v, f),
    "responsible_party": lambda _s, v, f: inputs.choice(ResponsibleParty, v, f),
    "period_start": lambda _s, v, f: inputs.required_date(v, f),
    "period_end": lambda _s, v, f: inputs.required_date(v, f),
    "summary": lambda _s, v, f: inputs.text(v, f),
    "assessment_id": lambda _s, v, f: inputs.text(v, f, max_len=36),
    "rule_exceptions": lambda _s, v, f: exceptions.clean(v, f),
}
PLAN_FIELDS = tuple(_PLAN_CLEANERS)


# --- plans ------------------------------------------------------------------------------------------


def _review_due(s: Session, party: ResponsibleParty, start: date) -> date | None:
    """The latest date of the next review, counted from ``start``; ``None`` before the rules apply."""
    try:
        return next_review_due(start, party, rules_cache.rules_in_force(s)).due
    except RuleNotInForceError:
        return None
    except ValueError:
        raise ValidationError("responsible_party", "not_a_reviewer") from None


def _check_consistent(s: Session, plan: IntegrationPlan) -> None:
    if plan.period_end < plan.period_start:
        raise ValidationError("period_end", "before_start", entity="integration_plan")
    if plan.assessment_id is not None:
        a = s.get(Assessment, plan.assessment_id)
        if a is None or a.deleted:
            raise ValidationError("assessment_id", "no_such_assessment")
        if a.client_id != plan.client_id:
            raise ValidationError("assessment_id", "other_clients_assessment")


def create_plan(
    ws: Workspace,
    *,
    client_id: str,
    kind: PlanKind,
    responsible_party: ResponsibleParty,
    period_start: date,
    period_end: date,
    assessment_id: str | None = None,
    lang: str = "fi",
) -> PlanDetail:
    check_lang(lang)
    values = {
        "kind": kind,
        "responsible_party": responsible_party,
        "period_start": period_start,
        "period_end": period_end,
        "assessment_id": assessment_id,
    }
    with ws.session() as s:
        loading.load_client(s, client_id)
        plan = IntegrationPlan(
            client_id=client_id,
            version_no=1,
            state=PlanState.DRAFT,
            **{k: _PLAN_CLEANERS[k](s, v, k) for k, v in values.items()},
        )
        _check_consistent(s, plan)
        plan.next_review_due = _review_due(s, plan.responsible_party, plan.period_start)
        s.add(plan)
        s.flush()
        log(ws, s, AccessAction.CREATE, plan)
        return detail(s, plan, lang)


def get_plan(ws: Workspace, *, plan_id: str, lang: str = "fi") -> PlanDetail:
    check_lang(lang)
    with ws.session() as s:
        plan = loading.load_live(s, IntegrationPlan, plan_id, "plan")
        log(ws, s, AccessAction.VIEW, plan)
        return detail(s, plan, lang)


def plans_for_client(ws: Workspace, *, client_id: str, lang: str = "fi") -> list[PlanDetail]:
    """Every version, newest first (latest period start, then highest version number)."""
    check_lang(lang)
    with ws.session() as s:
        loading.load_client(s, client_id)
        plans = list(
            s.scalars(
                select(IntegrationPlan)
                .where(IntegrationPlan.client_id == client_id, IntegrationPlan.deleted.is_(False))
                .order_by(
                    IntegrationPlan.period_start.desc(),
                    IntegrationPlan.version_no.desc(),
                    IntegrationPlan.id,
                )
            )
        )
        record_access(s, ws.actor, AccessAction.VIEW, entity=ENTITY, client_ids=[client_id], detail="plans")
        return details(s, plans, lang)


def update_plan(
    ws: Workspace,
    *,
    plan_id: str,
    changes: dict[str, object],
    lang: str = "fi",
    base: Mapping[str, object] | None = None,
    on_clash: OnClash = OnClash.ASK,
) -> PlanDetail:
    """Change any of ``PLAN_FIELDS``; the next review date follows the party and the period start.
    ``base``: what the screen showed for each changed field (``app.edits``)."""
    check_lang(lang)
    inputs.check_fields(changes, PLAN_FIELDS, "plan")
    with ws.session() as s:
        plan = loading.load_live(s, IntegrationPlan, plan_id, "plan")
        new = differing(plan, {k: _PLAN_CLEANERS[k](s, v, k) for k, v in changes.items()})
        if not new:
            return detail(s, plan, lang)
        guard_unlocked(plan, sorted(new)[0])
        base = _rebased(plan, new, base)
        new = {k: new[k] for k in apply_edit(s, plan, new, base, on_clash)}
        if not new:
            return detail(s, plan, lang)
        _check_consistent(s, plan)
        if {"responsible_party", "period_start"} & set(new):
            plan.next_review_due = _review_due(s, plan.responsible_party, plan.period_start)
        s.flush()
        log(ws, s, AccessAction.CHANGE, plan)
        return detail(s, plan, lang)


def _rebased(
    plan: IntegrationPlan, new: dict[str, object], base: Mapping[str, object] | None
) -> Mapping[str, object] | None:
    """Reasons are one stored field holding one reason per finding: a reason recorded meanwhile for
    another finding is kept (``app.rule_exceptions.rebase``), only the same finding's reason can clash."""
    if base is None or "rule_exceptions" not in new or "rule_exceptions" not in base:
        return base
    entered = new["rule_exceptions"]
    mine, shown = exceptions.rebase(plan.rule_exceptions, base["rule_exceptions"], entered)
    new["rule_exceptions"] = mine
    return {**base, "rule_exceptions": shown}


_STATE_DATES = {PlanState.AGREED: "agreed_on", PlanState.SIGNED: "signed_on", PlanState.CLOSED: "closed_on"}


def _advance(plan: IntegrationPlan, state: PlanState, on: date) -> None:
    earlier = [d for d in (plan.agreed_on, plan.signed_on) if d is not None]
    if earlier and on < max(earlier):
        raise ValidationError("on", "before_agreed")
    if state == PlanState.SIGNED and plan.agreed_on is None:
        plan.agreed_on = on  # signing is agreeing
    setattr(plan, _STATE_DATES[state], on)
    plan.state = state


def set_plan_state(
    ws: Workspace, *, plan_id: str, state: PlanState, on: date, lang: str = "fi"
) -> PlanDetail:
    """Forward only: draft -> agreed -> signed -> closed (steps may be skipped, e.g. closing a draft).
    Agreeing or signing raises ``UnexplainedFindings`` while a rule finding has no recorded reason."""
    check_lang(lang)
    target = inputs.choice(PlanState, state, "state")
    day = inputs.required_date(on, "on")
    with ws.session() as s:
        plan = loading.load_live(s, IntegrationPlan, plan_id, "plan")
        if target == plan.state:
            return detail(s, plan, lang)
        if STATES.index(target) < STATES.index(plan.state):
            raise ValidationError(
                "state", "plan_cannot_go_back", {"state": plan.state}, entity="integration_plan"
            )
        check_explained(s, plan, target, lang)
        _advance(plan, target, day)
        s.flush()
        log(ws, s, AccessAction.CHANGE, plan)
        return detail(s, plan, lang)


def new_plan_version(ws: Workspace, *, plan_id: str, on: date, lang: str = "fi") -> PlanDetail:
    """A review: a draft copy from ``on`` (the new version's period start), the old version closed."""
    check_lang(lang)
    day = inputs.required_date(on, "on")
    with ws.session() as s:
        old = loading.load_live(s, IntegrationPlan, plan_id, "plan")
        newer = select(IntegrationPlan.id).where(
            IntegrationPlan.previous_version_id == old.id, IntegrationPlan.deleted.is_(False)
        )
        if s.scalars(newer).first() is not None:
            raise ValidationError("plan_id", "newer_plan_version")
        if day < old.period_start:
            raise ValidationError("on", "before_plan_period")
        if old.state != PlanState.CLOSED:
            _advance(old, PlanState.CLOSED, day)
            log(ws, s, AccessAction.CHANGE, old)
        new = IntegrationPlan(
            client_id=old.client_id,
            assessment_id=old.assessment_id,
            previous_version_id=old.id,
            version_no=old.version_no + 1,
            kind=old.kind,
            state=PlanState.DRAFT,
            responsible_party=old.responsible_party,
            period_start=day,
            period_end=max(old.period_end, day),
            next_review_due=_review_due(s, old.responsible_party, day),
            summary=old.summary,
            rule_exceptions=old.rule_exceptions,  # finding keys are stable: the reasons carry over
        )
        s.add(new)
        s.flush()
        _copy_items(s, old.id, new.id)
        s.flush()
        log(ws, s, AccessAction.CREATE, new)
        return detail(s, new, lang)


def _copy_items(s: Session, old_id: str, new_id: str) -> None:
    for model, names in ((PlanGoal, GOAL_VALUES), (PlanMeasure, MEASURE_VALUES)):
        copied = [n for n in names if n != "id"]
        for item in s.scalars(select(model).where(model.plan_id == old_id, model.deleted.is_(False))):
            s.add(model(plan_id=new_id, **loading.columns(item, copied)))
