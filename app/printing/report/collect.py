"""The whole set of figures for a period: activity, plans, and the people served."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.printing.report.activity import assessments, meetings
from app.printing.report.figures import NOT_RECORDED, Figures
from app.printing.report.plans import plan_figures
from models import Client, RefMunicipality
from models.enums import LabourMarketStatus, ResidenceBasis
from models.rules import ClientFacts


def client_groups(facts: ClientFacts) -> list[str]:
    """The report's client groups a client belongs to (one client may be in several)."""
    flags = {
        "home_care_allowance": facts.home_care_allowance,
        "prolonged_social_assistance": facts.prolonged_social_assistance,
        "own_request": facts.own_request,
        "referred_by_authority": facts.referred_by_authority,
        "jobseeker": facts.labour_market_status == LabourMarketStatus.JOBSEEKER,
        "quota_refugee": facts.residence_basis == ResidenceBasis.QUOTA_REFUGEE,
        "granted_asylum": facts.granted_asylum,
        "temporary_protection": facts.residence_basis == ResidenceBasis.TEMPORARY_PROTECTION,
        "unaccompanied_minor": facts.is_unaccompanied_minor,
        "trafficking_victim": facts.is_trafficking_victim,
    }
    return [group for group, holds in flags.items() if holds]


# The client's columns the groups look at (``ClientFacts`` fields; no dates are needed for them).
_GROUP_FACTS = (
    "residence_basis",
    "asylum_process",
    "labour_market_status",
    "home_care_allowance",
    "prolonged_social_assistance",
    "own_request",
    "referred_by_authority",
    "unaccompanied_minor",
    "trafficking_victim",
    "family_situation",
)


def _people(s: Session, f: Figures, scope: Sequence[ColumnElement[bool]], served: set[str]) -> None:
    """Who the clients served are: municipality, groups, gender, language. One read of a few columns
    of the clients in scope, filtered in Python: cheaper than thousands of bound ids."""
    facts = [getattr(Client, name) for name in _GROUP_FACTS]
    rows = s.connection().execute(
        select(
            Client.id,
            Client.home_municipality,
            Client.gender,
            Client.preferred_language,
            Client.interpreter_needed,
            *facts,
        ).where(*scope)
    )
    for cid, municipality, gender, language, interpreter, *values in rows:
        if cid not in served:
            continue
        f.clients_served += 1
        f.served_by_municipality[municipality] += 1
        f.genders[(municipality, gender.value if gender else NOT_RECORDED)] += 1
        f.languages[language or NOT_RECORDED] += 1
        f.interpreter_clients += bool(interpreter)
        for group in client_groups(ClientFacts(**dict(zip(_GROUP_FACTS, values, strict=True)))):
            f.client_groups[(municipality, group)] += 1


def annual_figures(
    s: Session, *, start: date, end: date, today: date | None = None, municipality: str | None = None
) -> Figures:
    """Figures over ``start``..``end`` (inclusive), for one home municipality or (None) all of them."""
    if end < start:
        raise ValidationError("to", "before_start")
    if municipality is not None and s.get(RefMunicipality, municipality) is None:
        raise ValidationError("municipality", "unknown_municipality")
    f = Figures(start=start, end=end, today=today or date.today(), municipality=municipality)
    scope: list[ColumnElement[bool]] = [Client.deleted.is_(False)]
    if municipality is not None:
        scope.append(Client.home_municipality == municipality)
    served = assessments(s, f, scope) | plan_figures(s, f, scope) | meetings(s, f, scope)
    _people(s, f, scope, served)
    return f
