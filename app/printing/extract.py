"""The client's data extract (right of access): everything stored about one client, and who used it.

One collector reads every row that belongs to the client, soft-deleted ones included (they are still
stored until purged), and the access log. The JSON form (``extract_json``) is documented by
``docs/extract-schema.json`` (built by ``app.printing.extract_schema``) and ``docs/extract.md``; it is
also the export format for moving records to the national Koto-AJ system. The PDF is in
``extract_pdf``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import AccessRecord, access_history
from app.errors import NotFound
from app.printing.common import log_document
from app.printing.layout import polku_version
from app.workspace import Workspace
from models import (
    SYNC_COLUMNS,
    Assessment,
    AssessmentParticipant,
    Base,
    Client,
    ClientLanguage,
    IntegrationPlan,
    Meeting,
    Note,
    PlanGoal,
    PlanMeasure,
    utcnow,
)
from models.enums import AccessAction

FORMAT = "polku-client-extract"
FORMAT_VERSION = 1
# Foreign keys to the parent are implied by nesting and left out of the nested objects.
PARENT_KEYS = frozenset({"client_id", "assessment_id", "plan_id"})
# Kept for the client (what the row is, whether it is deleted, who changed it last and when).
RECORD_KEYS = ("deleted", "changed_by", "changed_device", "device_time", "version")
T = TypeVar("T", bound=Base)


@dataclass
class Collected:
    client: Client
    languages: list[ClientLanguage]
    assessments: list[Assessment]
    participants: dict[str, list[AssessmentParticipant]]
    plans: list[IntegrationPlan]
    goals: dict[str, list[PlanGoal]]
    measures: dict[str, list[PlanMeasure]]
    meetings: list[Meeting]
    notes: list[Note]
    access_log: list[AccessRecord] = field(default_factory=list)


def _children(s: Session, model: type[T], key: Any, parents: list[str], order: Any) -> dict[str, list[T]]:
    found: dict[str, list[T]] = {p: [] for p in parents}
    for row in s.scalars(select(model).where(key.in_(parents)).order_by(*order)):
        found[getattr(row, key.key)].append(row)
    return found


def collect(s: Session, client_id: str) -> Collected:
    """Every stored row of the client, deleted ones included, in a stable order."""
    client = s.get(Client, client_id)
    if client is None:
        raise NotFound("client", client_id)
    by_client = {
        model: list(s.scalars(select(model).where(model.client_id == client_id).order_by(*order)))
        for model, order in (
            (ClientLanguage, (ClientLanguage.is_mother_tongue.desc(), ClientLanguage.language)),
            (Assessment, (Assessment.assessed_on, Assessment.id)),
            (IntegrationPlan, (IntegrationPlan.period_start, IntegrationPlan.version_no, IntegrationPlan.id)),
            (Meeting, (Meeting.starts_at, Meeting.id)),
            (Note, (Note.written_at, Note.id)),
        )
    }
    assessments: list[Assessment] = by_client[Assessment]  # type: ignore[assignment]
    plans: list[IntegrationPlan] = by_client[IntegrationPlan]  # type: ignore[assignment]
    a_ids, p_ids = [a.id for a in assessments], [p.id for p in plans]
    p = AssessmentParticipant
    return Collected(
        client=client,
        languages=by_client[ClientLanguage],  # type: ignore[arg-type]
        assessments=assessments,
        participants=_children(s, p, p.assessment_id, a_ids, (p.name, p.id)),
        plans=plans,
        goals=_children(s, PlanGoal, PlanGoal.plan_id, p_ids, (PlanGoal.position, PlanGoal.id)),
        measures=_children(
            s, PlanMeasure, PlanMeasure.plan_id, p_ids, (PlanMeasure.position, PlanMeasure.id)
        ),
        meetings=by_client[Meeting],  # type: ignore[arg-type]
        notes=by_client[Note],  # type: ignore[arg-type]
    )


def content_columns(model: type[Base]) -> list[str]:
    """The columns that carry content, in table order: ``id`` first, no sync bookkeeping."""
    names = [c.key for c in model.__table__.columns]
    return ["id", *(n for n in names if n not in SYNC_COLUMNS and n not in PARENT_KEYS)]


def wire(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _row(row: Base, **nested: object) -> dict[str, object]:
    out = {name: wire(getattr(row, name)) for name in content_columns(type(row))}
    out.update(nested)
    out["record"] = {key: wire(getattr(row, key)) for key in RECORD_KEYS}
    return out


def to_json(data: Collected, ws: Workspace) -> dict[str, object]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_at": utcnow().replace(microsecond=0).isoformat() + "Z",
        "generated_by": {"user": ws.actor.user, "device_id": ws.actor.device_id},
        "software": {"name": "polku", "version": polku_version()},
        "client": _row(data.client),
        "languages": [_row(x) for x in data.languages],
        "assessments": [
            _row(a, participants=[_row(p) for p in data.participants[a.id]]) for a in data.assessments
        ],
        "plans": [
            _row(
                p, goals=[_row(g) for g in data.goals[p.id]], measures=[_row(m) for m in data.measures[p.id]]
            )
            for p in data.plans
        ],
        "meetings": [_row(m) for m in data.meetings],
        "notes": [_row(n) for n in data.notes],
        "access_log": [
            {
                "at": wire(e.at),
                "user": e.user,
                "device_id": e.device_id,
                "action": e.action.value,
                "entity": e.entity,
                "record_id": e.record_id,
                "detail": e.detail,
            }
            for e in data.access_log
        ],
    }


def extract_json(ws: Workspace, *, client_id: str) -> bytes:
    """The extract as UTF-8 JSON; logs one EXPORT row (itself included in the log it exports)."""
    with ws.session() as s:
        data = collect(s, client_id)
        log_document(ws, s, AccessAction.EXPORT, client_id=client_id, entity="client", kind="extract-json")
        s.flush()
        data.access_log = access_history(s, client_id=client_id)
        document = to_json(data, ws)
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
