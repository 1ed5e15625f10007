"""What the rules and the lists read from a client's row: the rules facts (from a ``Client`` or a query
selecting ``FACT_COLUMNS``), the §14 outcome, whether facts are missing, and the name as listed."""

from __future__ import annotations

from datetime import date
from typing import Any

from models import Client
from models.enums import LabourMarketStatus
from models.rules import EligibilityOutcome, RuleNotInForceError, RulesData, assessment_eligibility
from models.rules.facts import ClientFacts


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
