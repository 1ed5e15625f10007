"""Plan reviews (every 6 months by the city, every 3 by the employment authority) and plan length."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from models.enums import ResponsibleParty
from models.rules.codes import ReasonCode as C
from models.rules.data import default_rules
from models.rules.dates import add_months, is_clamped
from models.rules.reasons import Reason, make_reason
from models.rules.records import RuleNotInForceError, RulesData

_REVIEW_PARAMETERS: dict[ResponsibleParty, tuple[str, C]] = {
    ResponsibleParty.MUNICIPALITY: ("review_interval_months_municipality", C.REVIEW_INTERVAL_MUNICIPALITY),
    ResponsibleParty.EMPLOYMENT_AUTHORITY: (
        "review_interval_months_employment_authority",
        C.REVIEW_INTERVAL_EMPLOYMENT_AUTHORITY,
    ),
}


class ReviewStatus(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ReviewDue:
    due: date
    interval_months: int
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class PlanLengthDecision:
    ok: bool
    first_plan_limit: date | None  # last allowed end date of a first plan; None if not a first plan
    total_normal_limit: date  # last end date within the normal total length
    total_extended_limit: date  # last end date with the extension for special reasons
    needs_special_reasons: bool  # beyond the normal total, within the extension
    reasons: tuple[Reason, ...]

    @property
    def warnings(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.code != C.PLAN_WITHIN_LIMITS.value)


def next_review_due(last_review: date, party: ResponsibleParty, rules: RulesData) -> ReviewDue:
    """Latest date of the next review, counted from ``last_review`` with the interval then in force.

    Raises ``ValueError`` for a party that does not review integration plans.
    """
    try:
        parameter, code = _REVIEW_PARAMETERS[party]
    except KeyError:
        raise ValueError(f"no plan review interval for party {party.value!r}") from None
    version = rules.parameter(parameter, last_review)
    months = rules.int_value(parameter, last_review)
    due = add_months(last_review, months)
    reasons = [make_reason(rules, code, version.source, months=months, due=due)]
    if is_clamped(last_review, months):
        reasons.append(make_reason(rules, C.REVIEW_DUE_CLAMPED, due=due))
    return ReviewDue(due=due, interval_months=months, reasons=tuple(reasons))


def plan_review_months(last_review: date, party: ResponsibleParty, rules: RulesData) -> int | None:
    """Months between reviews of a plan ``party`` is responsible for, under the rules in force on
    ``last_review``; ``None`` when that party does not review plans or no rule is in force then."""
    try:
        return next_review_due(last_review, party, rules).interval_months
    except (RuleNotInForceError, ValueError):
        return None


def review_status(due: date, today: date, rules: RulesData | None = None) -> ReviewStatus:
    """Overdue after ``due``; due soon from ``review_due_soon_days`` before it through ``due`` itself."""
    if today > due:
        return ReviewStatus.OVERDUE
    if rules is None:
        rules = default_rules()
    soon_days = rules.int_value("review_due_soon_days", today)
    return ReviewStatus.DUE_SOON if (due - today).days <= soon_days else ReviewStatus.ON_TIME


def service_direction_deadline(plan_date: date, rules: RulesData) -> date:
    """By when the client is to be directed to education or another service after the plan is made."""
    return add_months(plan_date, rules.int_value("direct_to_service_within_months", plan_date))


def plan_length_check(
    first_plan_start: date,
    plan_start: date,
    plan_end: date,
    is_first_plan: bool,
    on: date,
    rules: RulesData,
) -> PlanLengthDecision:
    """Warn when a first plan exceeds its maximum, or plans in total exceed the normal maximum.

    Limits count like legal time limits: a plan may end on the anniversary date itself.
    """
    if plan_end < plan_start:
        raise ValueError("plan_end is before plan_start")
    if plan_start < first_plan_start:
        raise ValueError("plan_start is before first_plan_start")
    first_max = rules.int_value("first_plan_max_months", on)
    total_max = rules.int_value("total_plan_normal_max_months", on)
    extension = rules.int_value("plan_extension_max_months", on)
    total_limit = add_months(first_plan_start, total_max)
    extended_limit = add_months(first_plan_start, total_max + extension)
    reasons: list[Reason] = []
    first_limit = add_months(plan_start, first_max) if is_first_plan else None
    if first_limit is not None and plan_end > first_limit:
        source = rules.parameter("first_plan_max_months", on).source
        reasons.append(
            make_reason(
                rules,
                C.PLAN_FIRST_TOO_LONG,
                source,
                max_months=first_max,
                limit_date=first_limit,
                plan_end=plan_end,
            )
        )
    needs_special_reasons = False
    if plan_end > extended_limit:
        source = rules.parameter("plan_extension_max_months", on).source
        reasons.append(
            make_reason(
                rules,
                C.PLAN_TOTAL_OVER_EXTENDED,
                source,
                max_months=total_max + extension,
                limit_date=extended_limit,
                plan_end=plan_end,
            )
        )
    elif plan_end > total_limit:
        needs_special_reasons = True
        source = rules.parameter("total_plan_normal_max_months", on).source
        reasons.append(
            make_reason(
                rules,
                C.PLAN_TOTAL_OVER_NORMAL,
                source,
                max_months=total_max,
                limit_date=total_limit,
                extension_months=extension,
                plan_end=plan_end,
            )
        )
    ok = not reasons
    if ok:
        reasons.append(make_reason(rules, C.PLAN_WITHIN_LIMITS, limit_date=total_limit))
    return PlanLengthDecision(
        ok, first_limit, total_limit, extended_limit, needs_special_reasons, tuple(reasons)
    )
