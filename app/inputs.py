"""Checking what a screen or command hands a service, field by field, before it is stored.

Each checker returns the cleaned value or raises ``ValidationError`` naming the field and a ``code``
the UI words (``ui.error_words``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from app.errors import ValidationError
from models import RefLanguage, RefMunicipality

E = TypeVar("E", bound=enum.Enum)

TEXT_MAX = 20_000  # one free-text field (an assessment area, a note, measure details)


def check_fields(changes: Mapping[str, object], allowed: Iterable[str], what: str) -> None:
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ValidationError(unknown[0], "unknown_field", {"entity": what})


def text(value: object, field: str, *, required: bool = False, max_len: int = TEXT_MAX) -> str | None:
    """Trimmed text; blank becomes ``None`` (or a ValidationError when ``required``)."""
    if value is None:
        cleaned = ""
    elif isinstance(value, str):
        cleaned = value.strip()
    else:
        raise ValidationError(field, "not_text")
    if not cleaned:
        if required:
            raise ValidationError(field, "required")
        return None
    if len(cleaned) > max_len:
        raise ValidationError(field, "too_long", {"max": max_len})
    return cleaned


def required_text(value: object, field: str, *, max_len: int = TEXT_MAX) -> str:
    result = text(value, field, required=True, max_len=max_len)
    assert result is not None  # required=True never returns None
    return result


def choice(enum_cls: type[E], value: object, field: str) -> E:
    """An enum member from the member itself or its stored value."""
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError(field, "not_in_list") from None


def optional_choice(enum_cls: type[E], value: object, field: str) -> E | None:
    return None if value is None else choice(enum_cls, value, field)


def optional_date(value: object, field: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(field, "not_a_date")
    return value


def required_date(value: object, field: str) -> date:
    result = optional_date(value, field)
    if result is None:
        raise ValidationError(field, "required")
    return result


def optional_bool(value: object, field: str) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise ValidationError(field, "not_yes_no")
    return value


def whole_number(value: object, field: str, *, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "not_whole_number")
    if not low <= value <= high:
        raise ValidationError(field, "out_of_range", {"low": low, "high": high})
    return value


def known_municipality(s: Session, code: str, field: str) -> None:
    """``code`` (already cleaned) is one of the reference municipalities."""
    if s.get(RefMunicipality, code) is None:
        raise ValidationError(field, "unknown_municipality")


def known_language(s: Session, code: str, field: str) -> None:
    """``code`` (already cleaned) is one of the reference languages."""
    if s.get(RefLanguage, code) is None:
        raise ValidationError(field, "unknown_language")


def municipality(s: Session, value: object, field: str = "municipality") -> str | None:
    code = text(value, field, max_len=8)
    if code is not None:
        known_municipality(s, code, field)
    return code


def language(s: Session, value: object, field: str) -> str | None:
    code = text(value, field, max_len=8)
    if code is not None:
        known_language(s, code, field)
    return code
