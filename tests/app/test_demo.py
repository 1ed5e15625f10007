"""Demo data looks like a real caseload, goes through the outbox, and is reproducible."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from datetime import date
from typing import TypeVar

import pytest
from sqlalchemy import func, select

from app.client_facts import facts_of
from app.clients import list_clients
from app.demo import generate_demo_data
from app.demo_plans import DELIBERATE_REASONS
from app.workspace import Workspace
from models import (
    SYNCED_MODELS,
    Assessment,
    AssessmentParticipant,
    Client,
    IntegrationPlan,
    OutboxEntry,
    PlanMeasure,
)
from models.enums import AssessmentKind, AssessmentStatus, Gender, PlanKind, PlanState
from models.rules import (
    AssessmentFacts,
    MeasureFacts,
    PlanFacts,
    assessment_findings,
    default_rules,
    next_review_due,
    participants_for,
    plan_findings,
    unexplained,
)

T = TypeVar("T")
TODAY = date(2026, 11, 20)  # a fixed day: the profile is the same whatever day the tests run


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_demo_profile_has_the_whole_process_in_many_scripts(workspace: Workspace) -> None:
    written = generate_demo_data(workspace, clients=300, seed=7)
    with workspace.session() as s:
        counts = {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in SYNCED_MODELS}  # type: ignore[attr-defined]
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry))
        municipalities = set(s.scalars(select(Client.home_municipality).distinct()))
        assert s.scalar(select(func.count()).select_from(Assessment)) > 100
        assert s.scalar(select(func.count()).select_from(IntegrationPlan)) > 100
        assert s.scalar(select(func.count()).select_from(PlanMeasure)) > 300
    assert counts["client"] == 300
    assert sum(counts.values()) == written == outbox  # every row queued for sync
    assert municipalities == {"297", "857", "402", "204"}
    names = " ".join(f"{c.first_names} {c.last_name}" for c in list_clients(workspace))
    assert {"ARABIC", "CYRILLIC", "LATIN"} <= _scripts(names)


def test_same_seed_same_people(workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.workspace import create_workspace
    from tests.conftest import FAST_KDF, PASSPHRASE

    other = create_workspace(tmp_path / "other", PASSPHRASE, user="x", kdf=FAST_KDF)
    try:
        generate_demo_data(workspace, clients=30, seed=3)
        generate_demo_data(other, clients=30, seed=3)
        first = [(c.first_names, c.last_name) for c in list_clients(workspace)]
        second = [(c.first_names, c.last_name) for c in list_clients(other)]
        assert first == second
    finally:
        other.close()


# --- the demo follows the rules ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    from app.workspace import create_workspace
    from tests.conftest import FAST_KDF, PASSPHRASE

    ws = create_workspace(tmp_path_factory.mktemp("demo") / "p", PASSPHRASE, user="demo", kdf=FAST_KDF)
    generate_demo_data(ws, clients=400, seed=11, today=TODAY)
    yield ws
    ws.close()


def _all(ws: Workspace, model: type[T]) -> list[T]:
    with ws.session() as s:
        rows = list(s.scalars(select(model)))
        s.expunge_all()
        return rows


def test_plans_follow_the_rules_for_dates_states_and_links(demo: Workspace) -> None:
    rules = default_rules()
    plans = _all(demo, IntegrationPlan)
    assessments = {a.id: a for a in _all(demo, Assessment)}
    by_id = {p.id: p for p in plans}
    assert len(plans) > 100
    for p in plans:
        assert p.next_review_due == next_review_due(p.period_start, p.responsible_party, rules).due
        if p.state in (PlanState.SIGNED, PlanState.CLOSED):
            assert p.signed_on is not None and p.agreed_on is not None and p.signed_on >= p.period_start
        if p.state is PlanState.AGREED:
            assert p.agreed_on is not None and p.signed_on is None
        a = assessments[p.assessment_id or ""]
        assert a.client_id == p.client_id and a.status is AssessmentStatus.COMPLETED
        assert (p.kind is PlanKind.MULTIDISCIPLINARY) == (a.kind is AssessmentKind.MULTIDISCIPLINARY)
        assert p.period_start <= TODAY
    reviewed = [p for p in plans if p.previous_version_id is not None]
    assert len(reviewed) > 30  # reviews were made
    for p in reviewed:
        old = by_id[p.previous_version_id or ""]
        assert old.state is PlanState.CLOSED and old.closed_on == p.period_start
        assert p.version_no == old.version_no + 1 and p.assessment_id == old.assessment_id
    states = {p.state for p in plans}
    assert {PlanState.DRAFT, PlanState.AGREED, PlanState.SIGNED, PlanState.CLOSED} <= states


def test_multidisciplinary_assessments_have_the_liite_1_participants(demo: Workspace) -> None:
    rules = default_rules()
    clients = {c.id: c for c in _all(demo, Client)}
    people: dict[str, set[str | None]] = {}
    for p in _all(demo, AssessmentParticipant):
        people.setdefault(p.assessment_id, set()).add(p.role_code)
    md = [a for a in _all(demo, Assessment) if a.kind is AssessmentKind.MULTIDISCIPLINARY]
    assert len(md) > 20
    away = 0
    for a in md:
        assert a.assessed_on is not None
        need = participants_for(
            facts_of(clients[a.client_id]), "multidisciplinary_assessment", a.assessed_on, rules
        )
        missing = set(need.required) - people.get(a.id, set())
        reasons = json.loads(a.rule_exceptions or "{}")
        assert {f"finding_participant_missing:{role}" for role in missing} <= set(reasons)
        away += bool(missing)
    assert 0 < away < len(md) // 5  # a few deliberately went ahead without one, with the reason recorded


def test_no_demo_record_breaks_a_rule_without_a_recorded_reason(demo: Workspace) -> None:
    rules = default_rules()
    clients = {c.id: c for c in _all(demo, Client)}
    roles: dict[str, set[str]] = {}
    for p in _all(demo, AssessmentParticipant):
        if p.role_code:
            roles.setdefault(p.assessment_id, set()).add(p.role_code)
    assessments = {a.id: a for a in _all(demo, Assessment)}
    explained = 0
    for a in assessments.values():
        assert a.assessed_on is not None
        facts = AssessmentFacts(a.kind, a.status, a.assessed_on)
        found = assessment_findings(
            facts_of(clients[a.client_id]), facts, frozenset(roles.get(a.id, ())), a.assessed_on, rules
        )
        reasons = json.loads(a.rule_exceptions or "{}")
        assert unexplained(found, reasons) == ()
        assert set(reasons.values()) <= DELIBERATE_REASONS
        explained += bool(reasons)
    measures: dict[str, list[PlanMeasure]] = {}
    for m in _all(demo, PlanMeasure):
        measures.setdefault(m.plan_id, []).append(m)
    plans = _all(demo, IntegrationPlan)
    first = {}
    for p in sorted(plans, key=lambda p: p.period_start, reverse=True):
        first[p.client_id] = p.period_start
    for p in plans:
        a = assessments[p.assessment_id or ""]
        plan = PlanFacts(
            p.kind,
            p.responsible_party,
            p.period_start,
            p.period_end,
            first[p.client_id],
            p.previous_version_id is None,
            AssessmentFacts(a.kind, a.status, a.assessed_on),
            tuple(MeasureFacts(m.service, m.starts_on, m.hours) for m in measures.get(p.id, [])),
        )
        reasons = json.loads(p.rule_exceptions or "{}")
        assert unexplained(plan_findings(facts_of(clients[p.client_id]), plan, rules), reasons) == ()
        assert set(reasons.values()) <= DELIBERATE_REASONS
        explained += bool(reasons)
    assert 0 < explained < (len(assessments) + len(plans)) // 10


def test_civic_orientation_has_its_hours_and_a_language(demo: Workspace) -> None:
    plans = {p.id: p for p in _all(demo, IntegrationPlan)}
    civic = [m for m in _all(demo, PlanMeasure) if m.service == "civic_orientation"]
    assert len(civic) > 20
    for m in civic:
        assert m.language
        if m.hours is None or m.hours < 70:
            assert "finding_civic_orientation_hours:civic_orientation" in (
                plans[m.plan_id].rule_exceptions or ""
            )


def test_gender_is_recorded_for_some_and_left_empty_for_others(demo: Workspace) -> None:
    genders = [c.gender for c in _all(demo, Client)]
    assert {Gender.FEMALE, Gender.MALE, None} <= set(genders)
    assert 0.1 < genders.count(None) / len(genders) < 0.5
