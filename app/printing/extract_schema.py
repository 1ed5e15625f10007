"""The JSON Schema of the client data extract, built from the models so it cannot drift from them.

``docs/extract-schema.json`` is this schema; a test fails when the file and the models differ.
Regenerate with ``python -m app.printing.extract_schema > docs/extract-schema.json``.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer

from app.printing.extract import FORMAT, FORMAT_VERSION, RECORD_KEYS, content_columns
from models import (
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
)
from models.enums import AccessAction

# Times stored without a zone (the database keeps none): meeting times are local wall-clock times,
# bookkeeping and log times are UTC. RFC 3339 "date-time" would require an offset, so a pattern.
LOCAL_TIME = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$"}
SCHEMA_ID = "https://polku.kuopio.invalid/schemas/client-extract-1.json"
_DESCRIPTIONS = {
    "client": "The client record. Codes: home_municipality is a Statistics Finland municipality code; "
    "languages are ISO 639-1 codes (639-3 where there is none); other codes are the values listed.",
    "languages": "Languages the client speaks, with the level (CEFR sub-level for Finnish/Swedish).",
    "assessments": "Assessments of skills and integration service needs (KotoL 681/2023 §14-15).",
    "plans": "Integration plans (KotoL §16-17), every version; a review makes a new version whose "
    "previous_version_id names the one it replaced.",
    "meetings": "Meetings with the client; times are local wall-clock times without a zone.",
    "notes": "Free-text notes; never edited after writing.",
    "access_log": "Who viewed, changed, printed or exported the client's data, and which laptop removed "
    "it when the client left the caseload (Act 906/2019 §17), oldest first, this extract included. "
    "at is UTC without a zone.",
    "record": "Bookkeeping of the stored row: deleted rows are kept (and listed) until purged; "
    "version 0 means the row has not yet been synchronised with the server.",
}


def _nullable(schema: dict[str, Any], nullable: bool) -> dict[str, Any]:
    if not nullable:
        return schema
    if "enum" in schema:
        return {**schema, "type": [schema["type"], "null"], "enum": [*schema["enum"], None]}
    return {**schema, "type": [schema["type"], "null"]}


def column_schema(column: Any) -> dict[str, Any]:
    kind = column.type
    schema: dict[str, Any]
    if isinstance(kind, Enum) and kind.enum_class is not None:
        schema = {"type": "string", "enum": [m.value for m in kind.enum_class]}
    elif isinstance(kind, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(kind, Integer):
        schema = {"type": "integer"}
    elif isinstance(kind, DateTime):
        schema = dict(LOCAL_TIME)
    elif isinstance(kind, Date):
        schema = {"type": "string", "format": "date"}
    else:
        schema = {"type": "string"}
    return _nullable(schema, bool(column.nullable) and column.key != "id")


def _record() -> dict[str, Any]:
    columns = Client.__table__.columns
    return {
        "type": "object",
        "description": _DESCRIPTIONS["record"],
        "properties": {key: column_schema(columns[key]) for key in RECORD_KEYS},
        "required": list(RECORD_KEYS),
        "additionalProperties": False,
    }


def object_schema(model: type[Base], **nested: dict[str, Any]) -> dict[str, Any]:
    columns = model.__table__.columns
    props = {name: column_schema(columns[name]) for name in content_columns(model)}
    props.update({key: {"type": "array", "items": value} for key, value in nested.items()})
    props["record"] = {"$ref": "#/$defs/record"}
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def build_schema() -> dict[str, Any]:
    def described(key: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {"description": _DESCRIPTIONS[key], **schema}

    def array(key: str, item: dict[str, Any]) -> dict[str, Any]:
        return described(key, {"type": "array", "items": item})

    log_entry = {
        "type": "object",
        "properties": {
            "at": dict(LOCAL_TIME),
            "user": {"type": "string"},
            "device_id": {"type": "string"},
            "action": {"type": "string", "enum": [a.value for a in AccessAction]},
            "entity": {"type": "string"},
            "record_id": {"type": ["string", "null"]},
            "detail": {"type": ["string", "null"]},
        },
        "required": ["at", "user", "device_id", "action", "entity", "record_id", "detail"],
        "additionalProperties": False,
    }
    properties: dict[str, Any] = {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "generated_at": {"type": "string", "format": "date-time"},
        "generated_by": {
            "type": "object",
            "properties": {"user": {"type": "string"}, "device_id": {"type": "string"}},
            "required": ["user", "device_id"],
            "additionalProperties": False,
        },
        "software": {
            "type": "object",
            "properties": {"name": {"const": "polku"}, "version": {"type": "string"}},
            "required": ["name", "version"],
            "additionalProperties": False,
        },
        "client": described("client", object_schema(Client)),
        "languages": array("languages", object_schema(ClientLanguage)),
        "assessments": array(
            "assessments", object_schema(Assessment, participants=object_schema(AssessmentParticipant))
        ),
        "plans": array(
            "plans",
            object_schema(
                IntegrationPlan, goals=object_schema(PlanGoal), measures=object_schema(PlanMeasure)
            ),
        ),
        "meetings": array("meetings", object_schema(Meeting)),
        "notes": array("notes", object_schema(Note)),
        "access_log": array("access_log", log_entry),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Polku client data extract",
        "description": "Everything stored about one client in Polku, and the access log (docs/extract.md).",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        "$defs": {"record": _record()},
    }


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    sys.stdout.write(schema_text())
