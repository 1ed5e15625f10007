"""Rule findings on integration plans (``models.rules.checks``) built from the stored rows.

A finding never blocks typing or saving a draft. It blocks agreeing or signing the plan until the
counsellor records why they go ahead: a reason per finding key in ``IntegrationPlan.rule_exceptions``
(a JSON object), written through ``app.plans.lifecycle.update_plan`` with the reasons the screen showed
as base.
The same findings are shown in the plan editor and listed, with their reasons, on the office copy of
the printed plan. This module also gives the new-plan dialog what it offers: the client's assessments
and the party Liite 1 expects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import client_facts, loading, rules_cache
from app import rule_exceptions as exceptions
from app.audit import record_access
from app.errors import PolkuError
from app.plans.core import PlanFinding
from app.workspace import Workspace
from models import Assessment, Client, IntegrationPlan, PlanMeasure
from models.enums import (
    AccessAction,
    AssessmentKind,
    AssessmentStatus,
    LabourMarketStatus,
    PlanKind,
    PlanState,
    ResponsibleParty,
)
from models.rules import RuleNotInForceError, RulesData
from models.rules.checks import (
    AssessmentFacts,
    Finding,
    MeasureFacts,
    PlanFacts,
    expected_party,
    plan_findings,
)

# Agreeing and signing need every finding explained; closing (also a draft) does not.
NEEDS_REASONS = (PlanState.AGREED, PlanState.SIGNED)


class UnexplainedFindings(PolkuError):
    """Agreeing or signing a plan whose rule findings lack a recorded reason. ``findings``: those."""

    code = "plan_findings_unexplained"

    def __init__(self, state: PlanState, findings: tuple[PlanFinding, ...]) -> None:
        keys = ", ".join(f.key for f in findings)
        super().__init__(
            f"Record a reason for each rule finding before the plan is {state.value} "
            f"({len(findings)} without a reason: {keys})."
        )
        self.state = state
        self.findings = findings


# --- findings ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Series:
    first_start: date
    is_first: bool


def _series(s: Session, plans: Sequence[IntegrationPlan]) -> dict[str, _Series]:
    """For each plan, the start of the first version of its series (following previous_version_id)."""
    clients = {p.client_id for p in plans}
    rows = s.execute(
        select(IntegrationPlan.id, IntegrationPlan.previous_version_id, IntegrationPlan.period_start).where(
            IntegrationPlan.client_id.in_(clients)
        )
    )
    known = {pid: (prev, start) for pid, prev, start in rows}
    out: dict[str, _Series] = {}
    for plan in plans:
        current, seen = plan.id, set()
        start = plan.period_start
        while current in known and current not in seen:
            seen.add(current)
            prev, start = known[current]
            if prev is None:
                break
            current = prev
        out[plan.id] = _Series(start, plan.previous_version_id is None)
    return out


def _assessment_facts(a: Assessment | None) -> AssessmentFacts | None:
    if a is None or a.deleted:
        return None
    return AssessmentFacts(a.kind, a.status, a.assessed_on)


def _render(
    found: tuple[Finding, ...], reasons: Mapping[str, str], rules: RulesData, lang: str
) -> tuple[PlanFinding, ...]:
    render_lang = lang if lang in ("fi", "sv", "en") else "fi"
    return tuple(
        PlanFinding(f.key, f.code, f.subject, f.reason.render(rules, render_lang), reasons.get(f.key))
        for f in found
    )


def findings_of(
    s: Session, plans: Sequence[IntegrationPlan], lang: str
) -> dict[str, tuple[PlanFinding, ...]]:
    """The findings of each plan (by id), in few queries; none while no rules are in force."""
    if not plans:
        return {}
    rules = rules_cache.rules_in_force(s)
    clients = {c.id: c for c in s.scalars(select(Client).where(Client.id.in_({p.client_id for p in plans})))}
    linked = {p.assessment_id for p in plans if p.assessment_id}
    assessments = {a.id: a for a in s.scalars(select(Assessment).where(Assessment.id.in_(linked)))}
    measures: dict[str, list[MeasureFacts]] = {p.id: [] for p in plans}
    live = select(PlanMeasure).where(PlanMeasure.plan_id.in_(measures), PlanMeasure.deleted.is_(False))
    for m in s.scalars(live.order_by(PlanMeasure.position, PlanMeasure.id)):
        measures[m.plan_id].append(MeasureFacts(m.service, m.starts_on, m.hours))
    series = _series(s, plans)
    out: dict[str, tuple[PlanFinding, ...]] = {}
    for p in plans:
        facts = PlanFacts(
            kind=p.kind,
            party=p.responsible_party,
            period_start=p.period_start,
            period_end=p.period_end,
            first_plan_start=series[p.id].first_start,
            is_first_plan=series[p.id].is_first,
            assessment=_assessment_facts(assessments.get(p.assessment_id or "")),
            measures=tuple(measures[p.id]),
        )
        try:
            found = plan_findings(client_facts.facts_of(clients[p.client_id]), facts, rules)
        except RuleNotInForceError:
            found = ()
        out[p.id] = _render(found, exceptions.parse(p.rule_exceptions), rules, lang)
    return out


def check_explained(s: Session, plan: IntegrationPlan, state: PlanState, lang: str) -> None:
    """Raises ``UnexplainedFindings`` when ``plan`` may not move to ``state`` yet."""
    if state not in NEEDS_REASONS:
        return
    s.flush()
    missing = tuple(f for f in findings_of(s, [plan], lang)[plan.id] if not (f.reason or "").strip())
    if missing:
        raise UnexplainedFindings(state, missing)


# --- what the new-plan dialog offers ---------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentChoice:
    id: str
    kind: AssessmentKind
    status: AssessmentStatus
    assessed_on: date | None


@dataclass(frozen=True)
class PlanStart:
    """The client's assessments (newest first), the one a new plan rests on by default (the latest
    completed), and the responsible party by Liite 1 (None while the labour market status is unknown)."""

    assessments: tuple[AssessmentChoice, ...]
    default_assessment_id: str | None
    labour_market_status: LabourMarketStatus
    expected_party: ResponsibleParty | None

    def default_kind(self, assessment_id: str | None) -> PlanKind:
        chosen = next((a for a in self.assessments if a.id == assessment_id), None)
        md = chosen is not None and chosen.kind is AssessmentKind.MULTIDISCIPLINARY
        return PlanKind.MULTIDISCIPLINARY if md else PlanKind.BASIC


def plan_start(ws: Workspace, *, client_id: str) -> PlanStart:
    with ws.session() as s:
        client = loading.load_client(s, client_id)
        rows = list(
            s.scalars(
                select(Assessment).where(Assessment.client_id == client_id, Assessment.deleted.is_(False))
            )
        )
        rows.sort(key=lambda a: (a.assessed_on or date.min, a.id), reverse=True)
        record_access(
            s, ws.actor, AccessAction.VIEW, entity="assessment", client_ids=[client_id], detail="plan-start"
        )
        choices = tuple(AssessmentChoice(a.id, a.kind, a.status, a.assessed_on) for a in rows)
        completed = [a for a in choices if a.status is AssessmentStatus.COMPLETED]
        status = client.labour_market_status
        return PlanStart(choices, completed[0].id if completed else None, status, expected_party(status))
