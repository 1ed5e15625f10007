"""Which party produces a service for a client, and how (kotoutumisohjelma Liite 1, 2.3-2.4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.enums import LabourMarketStatus, ResponsibleParty
from models.rules.codes import Audience, DeliveryMode
from models.rules.codes import ReasonCode as C
from models.rules.facts import ClientFacts
from models.rules.reasons import Reason, make_reason
from models.rules.records import RulesData


@dataclass(frozen=True)
class ResponsibilityDecision:
    service: str
    audience: Audience
    party: ResponsibleParty
    how: DeliveryMode
    first_in_person: bool
    review_interval_months: int | None
    description_fi: str
    description_en: str
    status_confirmed: bool  # False: labour market status unknown, municipality assumed until confirmed
    reasons: tuple[Reason, ...]


def audience_for(status: LabourMarketStatus) -> Audience:
    return Audience.JOBSEEKER if status is LabourMarketStatus.JOBSEEKER else Audience.OTHER


def responsible_party(facts: ClientFacts, service: str, on: date, rules: RulesData) -> ResponsibilityDecision:
    """Jobseeker -> employment authority; outside the labour force -> municipality; unknown -> municipality
    with a reason asking to confirm the status. Raises ``ValueError`` for a service not in the data."""
    status = facts.labour_market_status
    audience = audience_for(status)
    row = rules.responsibility_row(service, audience, on)
    section = row.source
    reasons: list[Reason] = []
    if status is LabourMarketStatus.JOBSEEKER:
        reasons.append(make_reason(rules, C.RESP_JOBSEEKER, section))
    elif status is LabourMarketStatus.OUTSIDE_LABOUR_FORCE:
        reasons.append(make_reason(rules, C.RESP_OUTSIDE_LABOUR_FORCE, section))
    else:
        reasons.append(make_reason(rules, C.RESP_STATUS_UNKNOWN, section))
    if row.first_in_person:
        reasons.append(make_reason(rules, C.RESP_FIRST_IN_PERSON, section))
    if row.review_interval_months is not None:
        reasons.append(make_reason(rules, C.RESP_REVIEW_INTERVAL, section, months=row.review_interval_months))
    return ResponsibilityDecision(
        service=service,
        audience=audience,
        party=row.party,
        how=row.how,
        first_in_person=row.first_in_person,
        review_interval_months=row.review_interval_months,
        description_fi=row.description_fi,
        description_en=row.description_en,
        status_confirmed=status is not LabourMarketStatus.UNKNOWN,
        reasons=tuple(reasons),
    )
