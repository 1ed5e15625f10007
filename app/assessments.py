"""Assessments of skills and integration service needs (KotoL §14; multidisciplinary §15).

The form autosaves continuously through ``save_assessment``; it writes (and logs) only when a value
really changed. Functions may run on any thread; each opens its own session and returns frozen values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import inputs, loading
from app import rule_exceptions as exceptions
from app.assessment_rules import (
    AssessmentFindingsUnexplained,
    RulesView,
    check_role,
    rules_view,
)
from app.audit import record_access
from app.edits import OnClash, apply_edit
from app.errors import ValidationError
from app.rule_exceptions import FIELD as EXCEPTIONS
from app.workspace import Workspace
from models import CONTENT_AREAS, Assessment, AssessmentParticipant
from models.enums import (
    AccessAction,
    AssessmentKind,
    AssessmentOutcome,
    AssessmentStatus,
    LanguageLevel,
)
from models.rules import Finding, ParticipantRequirement, RulesData, unexplained

ENTITY = "assessment"
NAME_MAX = 200


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    organisation: str
    role: str  # as written, or the coded role's Finnish label
    role_code: str | None = None  # a role of [participant_roles] in the rules data (Liite 1)


@dataclass(frozen=True)
class AssessmentDetail:
    id: str
    client_id: str
    kind: AssessmentKind
    status: AssessmentStatus
    assessed_on: date | None
    municipality: str | None
    fields: dict[str, str | None]  # every name in CONTENT_AREAS, in that order
    finnish_level: LanguageLevel | None
    swedish_level: LanguageLevel | None
    plan_needed: bool | None
    outcome: AssessmentOutcome
    outcome_notes: str | None
    participants: tuple[Participant, ...]
    rule_exceptions: dict[str, str] = field(default_factory=dict)  # finding key -> recorded reason
    findings: tuple[Finding, ...] = ()  # what breaks a rule now (models.rules.checks)
    participants_needed: ParticipantRequirement | None = None  # Liite 1, multidisciplinary only
    # The rules the findings were computed with (their texts and role labels, in any language).
    rules: RulesData | None = field(default=None, compare=False, repr=False)

    @property
    def unexplained(self) -> tuple[Finding, ...]:
        return unexplained(self.findings, self.rule_exceptions)


def _area(s: Session, value: object, name: str) -> object:
    return inputs.text(value, name)


_CLEANERS: dict[str, Callable[[Session, object, str], object]] = {
    **dict.fromkeys(CONTENT_AREAS, _area),
    "kind": lambda _s, v, f: inputs.choice(AssessmentKind, v, f),
    "assessed_on": lambda _s, v, f: inputs.optional_date(v, f),
    "municipality": inputs.municipality,
    "finnish_level": lambda _s, v, f: inputs.optional_choice(LanguageLevel, v, f),
    "swedish_level": lambda _s, v, f: inputs.optional_choice(LanguageLevel, v, f),
    "plan_needed": lambda _s, v, f: inputs.optional_bool(v, f),
    "outcome": lambda _s, v, f: inputs.choice(AssessmentOutcome, v, f),
    "outcome_notes": _area,
    EXCEPTIONS: lambda _s, v, f: exceptions.clean(v, f),
}
EDITABLE_FIELDS: tuple[str, ...] = tuple(_CLEANERS)


def _participants(s: Session, assessment_ids: Iterable[str]) -> dict[str, list[Participant]]:
    ids = list(assessment_ids)
    found: dict[str, list[Participant]] = {i: [] for i in ids}
    rows = s.scalars(
        select(AssessmentParticipant)
        .where(AssessmentParticipant.assessment_id.in_(ids), AssessmentParticipant.deleted.is_(False))
        .order_by(AssessmentParticipant.name, AssessmentParticipant.id)
    )
    for p in rows:
        found[p.assessment_id].append(Participant(p.id, p.name, p.organisation, p.role, p.role_code))
    return found


def _roles(participants: Iterable[Participant]) -> frozenset[str]:
    return frozenset(p.role_code for p in participants if p.role_code)


def _detail(s: Session, a: Assessment, participants: Iterable[Participant]) -> AssessmentDetail:
    people = tuple(participants)
    view = rules_view(s, a, _roles(people))
    return AssessmentDetail(
        id=a.id,
        client_id=a.client_id,
        kind=a.kind,
        status=a.status,
        assessed_on=a.assessed_on,
        municipality=a.municipality,
        fields={name: getattr(a, name) for name in CONTENT_AREAS},
        finnish_level=a.finnish_level,
        swedish_level=a.swedish_level,
        plan_needed=a.plan_needed,
        outcome=a.outcome,
        outcome_notes=a.outcome_notes,
        participants=people,
        rule_exceptions=exceptions.parse(a.rule_exceptions),
        findings=view.findings,
        participants_needed=view.participants,
        rules=view.rules,
    )


def _read(s: Session, a: Assessment) -> AssessmentDetail:
    return _detail(s, a, _participants(s, [a.id])[a.id])


def _check_completable(a: Assessment, participant_count: int) -> None:
    """What a completed assessment must keep: a decided outcome, the plan decision, participants."""
    if a.outcome == AssessmentOutcome.UNDECIDED:
        raise ValidationError("outcome", "outcome_missing")
    if a.plan_needed is None:
        raise ValidationError("plan_needed", "plan_needed_missing")
    if a.kind == AssessmentKind.MULTIDISCIPLINARY and participant_count == 0:
        raise ValidationError("participants", "participants_missing")


def _check_explained(s: Session, a: Assessment, participants: Iterable[Participant]) -> None:
    """Every rule finding has a recorded reason, else ``AssessmentFindingsUnexplained``."""
    view: RulesView = rules_view(s, a, _roles(participants))
    left = unexplained(view.findings, exceptions.parse(a.rule_exceptions))
    if left:
        raise AssessmentFindingsUnexplained(left, view.rules)


def _log(ws: Workspace, s: Session, action: AccessAction, a: Assessment, entity: str = ENTITY) -> None:
    record_access(s, ws.actor, action, entity=entity, client_ids=[a.client_id], record_id=a.id)


def start_assessment(
    ws: Workspace,
    *,
    client_id: str,
    kind: AssessmentKind,
    assessed_on: date | None = None,
    municipality: str | None = None,
) -> AssessmentDetail:
    """A new draft. Without ``municipality`` the client's home municipality is recorded."""
    with ws.session() as s:
        client = loading.load_client(s, client_id)
        a = Assessment(
            client_id=client_id,
            kind=inputs.choice(AssessmentKind, kind, "kind"),
            status=AssessmentStatus.DRAFT,
            assessed_on=inputs.optional_date(assessed_on, "assessed_on"),
            municipality=inputs.municipality(s, municipality) or client.home_municipality,
            outcome=AssessmentOutcome.UNDECIDED,
        )
        s.add(a)
        s.flush()
        _log(ws, s, AccessAction.CREATE, a)
        return _detail(s, a, ())


def get_assessment(ws: Workspace, *, assessment_id: str) -> AssessmentDetail:
    with ws.session() as s:
        a = loading.load_live(s, Assessment, assessment_id, "assessment")
        _log(ws, s, AccessAction.VIEW, a)
        return _read(s, a)


def save_assessment(
    ws: Workspace,
    *,
    assessment_id: str,
    changes: dict[str, object],
    base: Mapping[str, object] | None = None,
    on_clash: OnClash = OnClash.ASK,
) -> AssessmentDetail:
    """Autosave any subset of ``EDITABLE_FIELDS``. A no-op writes nothing: no outbox entry, no log row.
    ``base``: what the form showed for each changed field (``app.edits``). ``rule_exceptions`` takes
    {finding key: reason} (a blank reason removes it) and is merged key by key with what is stored."""
    inputs.check_fields(changes, EDITABLE_FIELDS, "assessment")
    with ws.session() as s:
        a = loading.load_live(s, Assessment, assessment_id, "assessment")
        values = {name: _CLEANERS[name](s, value, name) for name, value in changes.items()}
        if base is not None and EXCEPTIONS in changes and EXCEPTIONS in base:
            value, merged_base = exceptions.rebase(a.rule_exceptions, base[EXCEPTIONS], changes[EXCEPTIONS])
            values[EXCEPTIONS] = value
            base = {**base, EXCEPTIONS: merged_base}
        participants = _participants(s, [a.id])[a.id]
        if not apply_edit(s, a, values, base, on_clash):
            return _detail(s, a, participants)
        if a.status == AssessmentStatus.COMPLETED:
            _check_completable(a, len(participants))  # raising rolls the changes back
        s.flush()
        _log(ws, s, AccessAction.CHANGE, a)
        return _detail(s, a, participants)


def add_participant(
    ws: Workspace,
    *,
    assessment_id: str,
    name: str,
    organisation: str,
    role: str | None = None,
    role_code: str | None = None,
) -> AssessmentDetail:
    """``role_code``: a participant role of the rules data (Liite 1); its Finnish label is kept as
    ``role`` unless a role is written. Without a code (someone else) the written ``role`` is required."""
    with ws.session() as s:
        a = loading.load_live(s, Assessment, assessment_id, "assessment")
        code = inputs.text(role_code, "role_code", max_len=64)
        rules = check_role(s, code)
        written = inputs.text(role, "role", max_len=NAME_MAX)
        if written is None and code is None:
            raise ValidationError("role", "required")
        p = AssessmentParticipant(
            assessment_id=a.id,
            name=inputs.required_text(name, "name", max_len=NAME_MAX),
            organisation=inputs.required_text(organisation, "organisation", max_len=NAME_MAX),
            role=written or rules.participant_label(code or "", "fi"),
            role_code=code,
        )
        s.add(p)
        s.flush()
        record_access(
            s,
            ws.actor,
            AccessAction.CREATE,
            entity="assessment_participant",
            client_ids=[a.client_id],
            record_id=p.id,
        )
        return _read(s, a)


def remove_participant(ws: Workspace, *, participant_id: str) -> AssessmentDetail:
    """Soft delete (the removal syncs as a delete)."""
    with ws.session() as s:
        p = loading.load_live(s, AssessmentParticipant, participant_id, "participant")
        a = loading.load_live(s, Assessment, p.assessment_id, "assessment")
        p.deleted = True
        s.flush()
        remaining = _participants(s, [a.id])[a.id]
        if a.status == AssessmentStatus.COMPLETED:
            _check_completable(a, len(remaining))
        record_access(
            s,
            ws.actor,
            AccessAction.DELETE,
            entity="assessment_participant",
            client_ids=[a.client_id],
            record_id=p.id,
        )
        return _detail(s, a, remaining)


def complete_assessment(ws: Workspace, *, assessment_id: str) -> AssessmentDetail:
    """Mark completed: the outcome and plan decision made, participants named, and every rule finding
    (eligibility on the day, §15 grounds, Liite 1 participants) fixed or given a recorded reason."""
    with ws.session() as s:
        a = loading.load_live(s, Assessment, assessment_id, "assessment")
        participants = _participants(s, [a.id])[a.id]
        _check_completable(a, len(participants))
        if a.status == AssessmentStatus.COMPLETED:
            _log(ws, s, AccessAction.VIEW, a)  # already completed: nothing written
        else:
            _check_explained(s, a, participants)
            a.status = AssessmentStatus.COMPLETED
            s.flush()
            _log(ws, s, AccessAction.CHANGE, a)
        return _detail(s, a, participants)


def assessments_for_client(ws: Workspace, *, client_id: str) -> list[AssessmentDetail]:
    """Newest first (by assessment date; undated drafts first, as they are the ones in progress)."""
    with ws.session() as s:
        loading.load_client(s, client_id)
        rows = list(
            s.scalars(
                select(Assessment).where(Assessment.client_id == client_id, Assessment.deleted.is_(False))
            )
        )
        rows.sort(
            key=lambda a: (a.assessed_on or date.max, a.device_time or datetime.min, a.id), reverse=True
        )
        people = _participants(s, [a.id for a in rows])
        record_access(
            s, ws.actor, AccessAction.VIEW, entity=ENTITY, client_ids=[client_id], detail="client-assessments"
        )
        return [_detail(s, a, people[a.id]) for a in rows]
