"""Helpers the record services share: loading live rows, checking input at the boundary, and the
rules data in force on this laptop. Writing a screen's changes (only what changed, never over a value
stored since the screen loaded it) is ``app.edits.apply_edit``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from models import Client, IntegrationPlan, RefDataset, RefLanguage, RefMunicipality, SyncMixin
from models.enums import LabourMarketStatus, PlanState
from models.rules import (
    EligibilityOutcome,
    RuleNotInForceError,
    RulesData,
    assessment_eligibility,
    default_rules,
    load_rules_text,
)
from models.rules.facts import ClientFacts

R = TypeVar("R", bound=SyncMixin)
E = TypeVar("E", bound=enum.Enum)

TEXT_MAX = 20_000  # one free-text field (an assessment area, a note, measure details)


def load_live(s: Session, model: type[R], ident: str, what: str) -> R:
    """The row with this id, unless missing or soft-deleted (then ``NotFound``)."""
    row = s.get(model, ident)
    if row is None or row.deleted:
        raise NotFound(what, ident)
    return row


def load_client(s: Session, client_id: str) -> Client:
    return load_live(s, Client, client_id, "client")


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


def municipality(s: Session, value: object, field: str = "municipality") -> str | None:
    code = text(value, field, max_len=8)
    if code is not None and s.get(RefMunicipality, code) is None:
        raise ValidationError(field, "unknown_municipality")
    return code


def language(s: Session, value: object, field: str) -> str | None:
    code = text(value, field, max_len=8)
    if code is not None and s.get(RefLanguage, code) is None:
        raise ValidationError(field, "unknown_language")
    return code


def wire(value: object) -> str | None:
    """A value as display-neutral text (enums by value, dates ISO) for diffs and summaries."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- rules ----------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _parse_rules(content: str) -> RulesData:
    return load_rules_text(content, "kotol.toml (local database)")


def rules_in_force(s: Session) -> RulesData:
    """The rules file this laptop holds (synced from the server), else the one bundled with the build."""
    row = s.get(RefDataset, "rules")
    return _parse_rules(row.content) if row is not None else default_rules()


def facts_of(row: Any) -> ClientFacts:
    """Rules facts from a ``Client`` or a result row with the same column names."""
    return ClientFacts(
        date_of_birth=row.date_of_birth,
        first_permit_date=row.first_permit_date,
        residence_basis=row.residence_basis,
        asylum_process=row.asylum_process,
        labour_market_status=row.labour_market_status,
        home_care_allowance=row.home_care_allowance,
        prolonged_social_assistance=row.prolonged_social_assistance,
        evident_social_or_health_needs=row.evident_social_or_health_needs,
        unaccompanied_minor=row.unaccompanied_minor,
        trafficking_victim=row.trafficking_victim,
        referred_by_authority=row.referred_by_authority,
        own_request=row.own_request,
        family_of_protected_person=row.family_of_protected_person,
        needs_service_coordination=row.needs_service_coordination,
        home_municipality_code=row.home_municipality,
        family_situation=row.family_situation,
    )


FACT_COLUMNS = (
    Client.date_of_birth,
    Client.first_permit_date,
    Client.residence_basis,
    Client.asylum_process,
    Client.labour_market_status,
    Client.home_care_allowance,
    Client.prolonged_social_assistance,
    Client.evident_social_or_health_needs,
    Client.unaccompanied_minor,
    Client.trafficking_victim,
    Client.referred_by_authority,
    Client.own_request,
    Client.family_of_protected_person,
    Client.needs_service_coordination,
    Client.home_municipality,
    Client.family_situation,
)


def eligibility(facts: ClientFacts, on: date, rules: RulesData) -> EligibilityOutcome | None:
    """The §14 outcome on ``on``; ``None`` when no rules are in force then (before 2025)."""
    try:
        return assessment_eligibility(facts, on, rules).outcome
    except RuleNotInForceError:
        return None


def missing_data(first_permit_date: date | None, status: LabourMarketStatus) -> bool:
    """The rules cannot be applied without the first permit date and the labour market status."""
    return first_permit_date is None or status == LabourMarketStatus.UNKNOWN


def full_name(first_names: str, last_name: str) -> str:
    return f"{first_names} {last_name}"


def columns(row: object, names: Iterable[str]) -> dict[str, Any]:
    """The named attributes of a row, to build a value object or a copy from."""
    return {name: getattr(row, name) for name in names}


# Plans that are in force and so have reviews: a draft is not yet agreed, a closed one is over.
PLANS_IN_FORCE = (PlanState.AGREED, PlanState.SIGNED)


def latest_plans() -> Subquery:
    """Each client's newest plan version (latest period start, then highest version): id, client_id,
    state, next_review_due. One query for any number of clients."""
    p = IntegrationPlan
    newest_first = (p.period_start.desc(), p.version_no.desc(), p.id)
    ranked = (
        select(
            p.id,
            p.client_id,
            p.state,
            p.next_review_due,
            func.row_number().over(partition_by=p.client_id, order_by=newest_first).label("rank"),
        )
        .where(p.deleted.is_(False))
        .subquery()
    )
    c = ranked.c
    return select(c.id, c.client_id, c.state, c.next_review_due).where(c.rank == 1).subquery()
