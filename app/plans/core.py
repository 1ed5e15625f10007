"""Integration plan values as the app hands them out (frozen, no database) and the plan states.

Every other module of ``app.plans`` builds on this one; it imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from models.enums import GoalArea, MeasureStatus, PlanKind, PlanState, ResponsibleParty

STATES = (PlanState.DRAFT, PlanState.AGREED, PlanState.SIGNED, PlanState.CLOSED)
LOCKED = (PlanState.SIGNED, PlanState.CLOSED)  # changed only by a new version (a measure's status aside)


@dataclass(frozen=True)
class Goal:
    id: str
    area: GoalArea
    text: str
    position: int


@dataclass(frozen=True)
class Measure:
    id: str
    service: str
    provider: str | None
    provider_other: str | None
    responsible_party: ResponsibleParty
    starts_on: date | None
    ends_on: date | None
    status: MeasureStatus
    details: str | None
    position: int
    hours: int | None = None  # e.g. civic orientation (at least 70)
    language: str | None = None  # language code the service is given in


@dataclass(frozen=True)
class PlanFinding:
    """A rule finding on a plan (``app.plans.rules``): ``text`` rendered in the language asked for,
    ``reason`` the counsellor's recorded reason (None: none yet); ``subject`` a service code or role id."""

    key: str
    code: str
    subject: str | None
    text: str
    reason: str | None


@dataclass(frozen=True)
class PlanDetail:
    id: str
    client_id: str
    assessment_id: str | None
    previous_version_id: str | None
    version_no: int
    kind: PlanKind
    state: PlanState
    responsible_party: ResponsibleParty
    period_start: date
    period_end: date
    next_review_due: date | None
    agreed_on: date | None
    signed_on: date | None
    closed_on: date | None
    summary: str | None
    goals: tuple[Goal, ...]
    measures: tuple[Measure, ...]
    findings: tuple[PlanFinding, ...] = ()  # rule findings, rendered in the language asked for
    rule_exceptions: dict[str, str] = field(default_factory=dict)  # finding key -> recorded reason

    def unexplained(self) -> tuple[PlanFinding, ...]:
        """The findings that still need a reason before the plan is agreed or signed."""
        return tuple(f for f in self.findings if not (f.reason or "").strip())
