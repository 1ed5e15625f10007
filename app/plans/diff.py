"""What changed between two versions of a plan, as the plan editor lists it.

Pure: no database. Goals and measures get new ids in each version, so they are matched by content
and position: first identical items, then items at the same position, then the rest in order.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, TypeVar

from app.plans.core import Goal, Measure, PlanDetail

ChangeKind = Literal["added", "removed", "changed"]
ChangeWhat = Literal["goal", "measure", "plan"]


@dataclass(frozen=True)
class PlanChange:
    kind: ChangeKind
    what: ChangeWhat
    label: str  # the goal's text (shortened), the measure's service code, or "plan"
    field: str | None  # for "changed": which field
    old: str | None
    new: str | None


# Content a counsellor agrees on; state, dates of agreement and the derived review date are not.
PLAN_FIELDS = ("kind", "responsible_party", "period_start", "period_end", "summary")
GOAL_FIELDS = ("area", "text")
MEASURE_FIELDS = (
    "provider",
    "provider_other",
    "responsible_party",
    "starts_on",
    "ends_on",
    "status",
    "details",
    "hours",
    "language",
)


def _wire(value: object) -> str | None:
    """A value as display-neutral text (enums by value, dates ISO) for diffs and summaries."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


LABEL_MAX = 60

T = TypeVar("T", Goal, Measure)


def _match(
    old: Sequence[T], new: Sequence[T], keys: Sequence[Callable[[T], Hashable]]
) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """Pair items key by key (strictest first); returns the pairs and the unpaired old and new items."""
    pairs: list[tuple[T, T]] = []
    old_left = sorted(old, key=lambda x: x.position)
    new_left = sorted(new, key=lambda x: x.position)
    for key in keys:
        buckets: dict[Hashable, list[T]] = {}
        for item in old_left:
            buckets.setdefault(key(item), []).append(item)
        unpaired: list[T] = []
        for item in new_left:
            bucket = buckets.get(key(item))
            if bucket:
                pairs.append((bucket.pop(0), item))
            else:
                unpaired.append(item)
        taken = {id(o) for o, _ in pairs}
        old_left = [o for o in old_left if id(o) not in taken]
        new_left = unpaired
    return pairs, old_left, new_left


def _field_changes(
    what: ChangeWhat, label: str, old: object, new: object, names: Sequence[str]
) -> list[PlanChange]:
    out = []
    for name in names:
        before, after = _wire(getattr(old, name)), _wire(getattr(new, name))
        if before != after:
            out.append(PlanChange("changed", what, label, name, before, after))
    return out


def _short(text: str) -> str:
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


def _content(fields: Sequence[str]) -> Callable[[Goal | Measure], tuple[object, ...]]:
    return lambda item: tuple(getattr(item, f) for f in fields)


def _diff_goals(old: Sequence[Goal], new: Sequence[Goal]) -> list[PlanChange]:
    same = _content(GOAL_FIELDS)
    pairs, removed, added = _match(
        old,
        new,
        [
            lambda g: (same(g), g.position),
            same,
            lambda g: (g.area, g.position),
            lambda g: g.area,
            lambda g: g.position,
        ],
    )
    out: list[PlanChange] = []
    for before, after in sorted(pairs, key=lambda p: p[1].position):
        out += _field_changes("goal", _short(after.text), before, after, GOAL_FIELDS)
    out += [PlanChange("added", "goal", _short(g.text), None, None, g.text) for g in added]
    out += [PlanChange("removed", "goal", _short(g.text), None, g.text, None) for g in removed]
    return out


def _diff_measures(old: Sequence[Measure], new: Sequence[Measure]) -> list[PlanChange]:
    same = _content(("service", *MEASURE_FIELDS))
    pairs, removed, added = _match(
        old,
        new,
        [lambda m: (same(m), m.position), same, lambda m: (m.service, m.position), lambda m: m.service],
    )
    out: list[PlanChange] = []
    for before, after in sorted(pairs, key=lambda p: p[1].position):
        out += _field_changes("measure", after.service, before, after, MEASURE_FIELDS)
    out += [PlanChange("added", "measure", m.service, None, None, m.service) for m in added]
    out += [PlanChange("removed", "measure", m.service, None, m.service, None) for m in removed]
    return out


def diff_plans(old: PlanDetail, new: PlanDetail) -> list[PlanChange]:
    """What ``new`` changes compared with ``old``: plan fields first, then goals, then measures."""
    return [
        *_field_changes("plan", "plan", old, new, PLAN_FIELDS),
        *_diff_goals(old.goals, new.goals),
        *_diff_measures(old.measures, new.measures),
    ]
