"""Values of a conflict or a refused change as a person reads them: list entries by their labels,
dates as dates, yes and no, municipalities, languages and services by their names; and what a
refused change carried, field by field, each named by its label."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.lookups import Lookups
from app.review_items import MODELS, typed_value
from app.rule_exceptions import parse
from ui import i18n
from ui.choose_value import display_value
from ui.field_labels import field_label

MUNICIPALITY_FIELDS = frozenset({"home_municipality", "municipality"})
LANGUAGE_FIELDS = frozenset({"preferred_language", "interpreter_language", "language"})
# Bookkeeping and links: no one typed them, and an identifier means nothing to a person.
NOT_SHOWN = frozenset(
    {"id", "search_key", "version", "server_seq", "changed_by", "changed_device", "device_time"}
)


def _named(field: str, code: str, lookups: Lookups | None) -> str | None:
    if lookups is None:
        return None
    lang = i18n.current_language()
    if field in MUNICIPALITY_FIELDS:
        return Lookups.pick(lookups.municipalities.get(code), lang) or None
    if field in LANGUAGE_FIELDS:
        return Lookups.pick(lookups.languages.get(code), lang) or None
    if field == "service":
        return Lookups.pick(lookups.services.get(code), lang) or None
    if field == "provider":
        return lookups.providers.get(code)
    return None


def shown_value(entity: str, field: str, value: Any, lookups: Lookups | None = None) -> str:
    """A stored (wire) value in the UI language."""
    if field == "rule_exceptions":
        reasons = parse(value)
        return "\n".join(reasons.values()) if reasons else display_value(field, None)
    typed = typed_value(entity, field, value)
    if isinstance(typed, str) and typed:
        named = _named(field, typed, lookups)
        if named:
            return named
    if isinstance(typed, datetime):
        return i18n.format_datetime(typed)
    if isinstance(typed, dict | list):
        return ", ".join(str(v) for v in (typed.values() if isinstance(typed, dict) else typed))
    return display_value(field, typed)


def entered_text(entity: str, fields: dict[str, Any], lookups: Lookups | None = None) -> str:
    """What a change carried, one "label: value" line per field typed (links and empty ones left out)."""
    model = MODELS.get(entity)
    order = list(model.__table__.columns.keys()) if model is not None else []  # type: ignore[attr-defined]
    names = sorted(fields, key=lambda n: order.index(n) if n in order else len(order))  # as the form has them
    return "\n".join(
        f"{field_label(entity, name)}: {shown_value(entity, name, fields[name], lookups)}"
        for name in names
        if fields[name] not in (None, "", False) and name not in NOT_SHOWN and not name.endswith("_id")
    )
