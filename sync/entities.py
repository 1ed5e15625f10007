"""What each synced table looks like on the wire, derived once from the models.

Both ends use it: the server to validate pushed fields and fill defaults, the client to turn wire
values (JSON: enums by value, dates as ISO text) back into column values. Derived columns
(``client.search_key``) never travel: every device computes them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Text

from models import SYNC_COLUMNS, SYNCED_MODELS, SyncMixin

DERIVED = frozenset({"search_key"})


class BadValue(ValueError):
    """A wire value that does not fit its column (the message names the field, never the value)."""


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # str | int | bool | date | datetime | enum
    nullable: bool
    default: Any  # wire value filled in on insert when the field is missing
    has_default: bool
    enum_values: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EntitySpec:
    name: str
    model: type[SyncMixin]
    columns: dict[str, Column]

    def required(self) -> list[str]:
        return [c.name for c in self.columns.values() if not c.nullable and not c.has_default]


def _kind(col_type: Any) -> tuple[str, frozenset[str]]:
    if isinstance(col_type, Enum):
        return "enum", frozenset(str(v) for v in col_type.enums)
    if isinstance(col_type, Boolean):
        return "bool", frozenset()
    if isinstance(col_type, DateTime):
        return "datetime", frozenset()
    if isinstance(col_type, Date):
        return "date", frozenset()
    if isinstance(col_type, Integer):
        return "int", frozenset()
    if isinstance(col_type, String | Text):
        return "str", frozenset()
    raise TypeError(f"no wire kind for {col_type!r}")  # pragma: no cover - a new column type


def _wire_default(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    return value


@cache
def specs() -> dict[str, EntitySpec]:
    out: dict[str, EntitySpec] = {}
    for model in SYNCED_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        cols: dict[str, Column] = {}
        for c in table.columns:
            if c.key in SYNC_COLUMNS or c.key in DERIVED:
                continue
            kind, values = _kind(c.type)
            default = c.default
            has_default = default is not None and default.is_scalar
            cols[c.key] = Column(
                c.key,
                kind,
                bool(c.nullable),
                _wire_default(default.arg) if has_default and default is not None else None,
                has_default,
                values,
            )
        out[table.name] = EntitySpec(table.name, model, cols)
    return out


def check_value(col: Column, value: Any) -> None:
    """Raise BadValue if ``value`` (JSON) cannot be stored in ``col``."""
    if value is None:
        if not col.nullable:
            raise BadValue(f"{col.name} may not be empty")
        return
    ok: bool
    if col.kind == "bool":
        ok = isinstance(value, bool)
    elif col.kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif col.kind in ("str", "enum"):
        # Enum values are checked loosely: a newer laptop may know a value this server does not.
        ok = isinstance(value, str)
    elif col.kind == "date":
        ok = isinstance(value, str) and _parses(date.fromisoformat, value)
    else:
        ok = isinstance(value, str) and _parses(datetime.fromisoformat, value)
    if not ok:
        raise BadValue(f"{col.name} has a value of the wrong type")


def _parses(parse: Any, value: str) -> bool:
    try:
        parse(value)
    except ValueError:
        return False
    return True


def to_wire(value: Any) -> Any:
    """A column value as JSON: enums by value, dates as ISO text (the form of outbox entries, pushed
    and pulled fields, and conflict values)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def from_wire(col: Column, value: Any) -> Any:
    """A wire value as the column's Python value (dates parsed; enums stay as their text value)."""
    if value is None:
        return None
    if col.kind == "date":
        return date.fromisoformat(value)
    if col.kind == "datetime":
        return datetime.fromisoformat(value)
    return value


def typed_value(entity: str, field: str, value: Any) -> Any:
    """A wire value as the value to set on a model attribute: ``from_wire``, but enums become their
    members and a value that is not wire text (already a date, say) is kept as it is. Used for a
    value a person chose (a conflict's resolution); a field that does not travel is left alone."""
    col = specs()[entity].columns.get(field)
    if value is None or col is None:
        return value
    if col.kind == "enum":
        column = specs()[entity].model.__table__.columns[field]  # type: ignore[attr-defined]
        return column.type.enum_class(value)
    if isinstance(value, str):
        return from_wire(col, value)
    return value
