"""Goals and measures of an integration plan: add, change, remove (soft), with the plan's locks.

The reading and guarding helpers they share with the plan services are in ``app.plans.base``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import inputs, loading
from app.audit import record_access
from app.edits import OnClash, apply_edit
from app.errors import ValidationError
from app.plans.base import Cleaner, check_lang, detail, differing, guard_unlocked
from app.plans.core import PlanDetail
from app.workspace import Workspace
from models import IntegrationPlan, PlanGoal, PlanMeasure, RefProvider, RefService
from models.enums import AccessAction, GoalArea, MeasureStatus, PlanState, ResponsibleParty


def _service(s: Session, value: object, field: str) -> str:
    code = inputs.required_text(value, field, max_len=60)
    if s.get(RefService, code) is None:
        raise ValidationError(field, "unknown_service")
    return code


def _provider(s: Session, value: object, field: str) -> str | None:
    code = inputs.text(value, field, max_len=60)
    if code is not None and s.get(RefProvider, code) is None:
        raise ValidationError(field, "unknown_provider")
    return code


def _position(_s: Session, value: object, field: str) -> int:
    return inputs.whole_number(value, field, low=0, high=10_000)


HOURS_MAX = 5_000  # more than any integration service's hours (integration training is about 1,400 h)


def _hours(_s: Session, value: object, field: str) -> int | None:
    """Hours of the service (civic orientation: at least 70 by the rules, a finding otherwise)."""
    return None if value is None else inputs.whole_number(value, field, low=1, high=HOURS_MAX)


_GOAL_CLEANERS: dict[str, Cleaner] = {
    "area": lambda _s, v, f: inputs.choice(GoalArea, v, f),
    "text": lambda _s, v, f: inputs.required_text(v, f),
    "position": _position,
}
_MEASURE_CLEANERS: dict[str, Cleaner] = {
    "service": _service,
    "provider": _provider,
    "provider_other": lambda _s, v, f: inputs.text(v, f, max_len=200),
    "responsible_party": lambda _s, v, f: inputs.choice(ResponsibleParty, v, f),
    "starts_on": lambda _s, v, f: inputs.optional_date(v, f),
    "ends_on": lambda _s, v, f: inputs.optional_date(v, f),
    "status": lambda _s, v, f: inputs.choice(MeasureStatus, v, f),
    "details": lambda _s, v, f: inputs.text(v, f),
    "hours": _hours,
    "language": lambda s, v, f: inputs.language(s, v, f),  # a code of the reference languages
    "position": _position,
}
GOAL_FIELDS: tuple[str, ...] = tuple(_GOAL_CLEANERS)
MEASURE_FIELDS: tuple[str, ...] = tuple(_MEASURE_CLEANERS)
Item = PlanGoal | PlanMeasure
_KINDS: dict[type[Item], tuple[str, dict[str, Cleaner]]] = {
    PlanGoal: ("goal", _GOAL_CLEANERS),
    PlanMeasure: ("measure", _MEASURE_CLEANERS),
}


def _check_item(item: Item) -> None:
    if isinstance(item, PlanMeasure) and item.starts_on and item.ends_on and item.ends_on < item.starts_on:
        raise ValidationError("ends_on", "before_start")


def _log_item(ws: Workspace, s: Session, action: AccessAction, plan: IntegrationPlan, item: Item) -> None:
    entity = item.__tablename__
    record_access(s, ws.actor, action, entity=entity, client_ids=[plan.client_id], record_id=item.id)


def _add_item(
    ws: Workspace, model: type[Item], plan_id: str, values: dict[str, object], lang: str
) -> PlanDetail:
    check_lang(lang)
    what, cleaners = _KINDS[model]
    with ws.session() as s:
        plan = loading.load_live(s, IntegrationPlan, plan_id, "plan")
        guard_unlocked(plan, f"{what}s")
        if values.get("responsible_party") is None:
            values["responsible_party"] = plan.responsible_party
        if values.get("position") is None:
            top = s.scalar(
                select(func.max(model.position)).where(model.plan_id == plan.id, model.deleted.is_(False))
            )
            values["position"] = 0 if top is None else top + 1
        clean = {k: cleaners[k](s, v, k) for k, v in values.items() if k in cleaners}
        item = model(plan_id=plan.id, **clean)
        _check_item(item)
        s.add(item)
        s.flush()
        _log_item(ws, s, AccessAction.CREATE, plan, item)
        return detail(s, plan, lang)


def _update_item(
    ws: Workspace,
    model: type[Item],
    item_id: str,
    changes: dict[str, object],
    lang: str,
    base: Mapping[str, object] | None,
    on_clash: OnClash,
) -> PlanDetail:
    check_lang(lang)
    what, cleaners = _KINDS[model]
    inputs.check_fields(changes, cleaners, what)
    with ws.session() as s:
        item = loading.load_live(s, model, item_id, what)
        plan = loading.load_live(s, IntegrationPlan, item.plan_id, "plan")
        new = differing(item, {k: cleaners[k](s, v, k) for k, v in changes.items()})
        if not new:
            return detail(s, plan, lang)
        if not (model is PlanMeasure and set(new) == {"status"} and plan.state == PlanState.SIGNED):
            guard_unlocked(plan, sorted(new)[0])
        if not apply_edit(s, item, new, base, on_clash):
            return detail(s, plan, lang)
        _check_item(item)
        s.flush()
        _log_item(ws, s, AccessAction.CHANGE, plan, item)
        return detail(s, plan, lang)


def _remove_item(ws: Workspace, model: type[Item], item_id: str, lang: str) -> PlanDetail:
    check_lang(lang)
    what, _ = _KINDS[model]
    with ws.session() as s:
        item = loading.load_live(s, model, item_id, what)
        plan = loading.load_live(s, IntegrationPlan, item.plan_id, "plan")
        guard_unlocked(plan, f"{what}s")
        item.deleted = True
        s.flush()
        _log_item(ws, s, AccessAction.DELETE, plan, item)
        return detail(s, plan, lang)


def add_goal(
    ws: Workspace, *, plan_id: str, area: GoalArea, text: str, position: int | None = None, lang: str = "fi"
) -> PlanDetail:
    """Without ``position`` the goal goes last."""
    return _add_item(ws, PlanGoal, plan_id, {"area": area, "text": text, "position": position}, lang)


def update_goal(
    ws: Workspace,
    *,
    goal_id: str,
    changes: dict[str, object],
    lang: str = "fi",
    base: Mapping[str, object] | None = None,
    on_clash: OnClash = OnClash.ASK,
) -> PlanDetail:
    """``base``: what the dialog showed for each field (``app.edits``)."""
    return _update_item(ws, PlanGoal, goal_id, changes, lang, base, on_clash)


def remove_goal(ws: Workspace, *, goal_id: str, lang: str = "fi") -> PlanDetail:
    return _remove_item(ws, PlanGoal, goal_id, lang)


def add_measure(
    ws: Workspace,
    *,
    plan_id: str,
    service: str,
    responsible_party: ResponsibleParty | None = None,
    provider: str | None = None,
    provider_other: str | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    status: MeasureStatus = MeasureStatus.PLANNED,
    details: str | None = None,
    hours: int | None = None,
    language: str | None = None,
    position: int | None = None,
    lang: str = "fi",
) -> PlanDetail:
    """Without ``responsible_party`` the plan's party is responsible; without ``position`` it goes last.
    ``hours``: the service's extent; ``language``: the reference-language code it is given in."""
    values: dict[str, object] = {
        "service": service,
        "responsible_party": responsible_party,
        "provider": provider,
        "provider_other": provider_other,
        "starts_on": starts_on,
        "ends_on": ends_on,
        "status": status,
        "details": details,
        "hours": hours,
        "language": language,
        "position": position,
    }
    return _add_item(ws, PlanMeasure, plan_id, values, lang)


def update_measure(
    ws: Workspace,
    *,
    measure_id: str,
    changes: dict[str, object],
    lang: str = "fi",
    base: Mapping[str, object] | None = None,
    on_clash: OnClash = OnClash.ASK,
) -> PlanDetail:
    """``base``: what the dialog showed for each field (``app.edits``)."""
    return _update_item(ws, PlanMeasure, measure_id, changes, lang, base, on_clash)


def remove_measure(ws: Workspace, *, measure_id: str, lang: str = "fi") -> PlanDetail:
    return _remove_item(ws, PlanMeasure, measure_id, lang)
