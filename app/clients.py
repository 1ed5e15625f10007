"""Client records: create, read, change, soft-delete and list, each written to the access log.

Functions here may run on any thread; each opens its own session and returns frozen values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import record_access
from app.client_facts import facts_of
from app.edits import OnClash, apply_edit
from app.errors import ValidationError
from app.inputs import check_fields, known_language, known_municipality
from app.loading import columns, load_client
from app.workspace import Workspace
from models import Client, ClientLanguage
from models.enums import (
    AccessAction,
    FamilySituation,
    Gender,
    LabourMarketStatus,
    LanguageLevel,
    Literacy,
    PermitType,
    ResidenceBasis,
)
from models.hetu import InvalidHetu, hetu_matches_birth_date, parse_hetu
from models.rules.facts import ClientFacts
from models.search import fold


@dataclass(frozen=True)
class LanguageSkill:
    language: str
    level: LanguageLevel
    is_mother_tongue: bool = False


@dataclass(frozen=True)
class ClientInput:
    """Everything a counsellor types about a client. Field names match the ``Client`` columns."""

    first_names: str
    last_name: str
    home_municipality: str
    name_latin: str | None = None
    date_of_birth: date | None = None
    gender: Gender | None = None  # optional: the client may leave it empty
    hetu: str | None = None
    assigned_counsellor: str | None = None
    phone: str | None = None
    address: str | None = None
    preferred_language: str | None = None
    interpreter_needed: bool = False
    interpreter_language: str | None = None
    literacy: Literacy = Literacy.UNKNOWN
    permit_type: PermitType | None = None
    residence_basis: ResidenceBasis | None = None
    asylum_process: bool = False  # the permit came through the asylum process
    first_permit_date: date | None = None
    labour_market_status: LabourMarketStatus = LabourMarketStatus.UNKNOWN
    family_situation: FamilySituation | None = None
    family_notes: str | None = None
    home_care_allowance: bool = False
    prolonged_social_assistance: bool = False
    evident_social_or_health_needs: bool = False
    unaccompanied_minor: bool = False
    trafficking_victim: bool = False
    referred_by_authority: bool = False
    referring_authority: str | None = None
    own_request: bool = False
    family_of_protected_person: bool = False
    needs_service_coordination: bool = False


INPUT_FIELDS = tuple(f.name for f in fields(ClientInput))


@dataclass(frozen=True)
class ClientSummary:
    id: str
    first_names: str
    last_name: str
    home_municipality: str
    date_of_birth: date | None


@dataclass(frozen=True)
class ClientDetail:
    id: str
    version: int
    data: ClientInput
    languages: tuple[LanguageSkill, ...] = field(default=())

    def facts(self) -> ClientFacts:
        """What the law's rules need to know about this client."""
        return facts_of(self.data)


def _clean(data: ClientInput) -> ClientInput:
    """Trim text, check the rules a record must satisfy; raises ValidationError naming the field."""
    first, last = data.first_names.strip(), data.last_name.strip()
    if not first:
        raise ValidationError("first_names", "required")
    if not last:
        raise ValidationError("last_name", "required")
    if not data.home_municipality:
        raise ValidationError("home_municipality", "required")
    hetu = data.hetu.strip().upper() if data.hetu and data.hetu.strip() else None
    if hetu is not None:
        try:
            parsed = parse_hetu(hetu)
        except InvalidHetu:
            raise ValidationError("hetu", "invalid_hetu") from None
        hetu = parsed.normalized
        if data.date_of_birth is not None and not hetu_matches_birth_date(hetu, data.date_of_birth):
            raise ValidationError("hetu", "hetu_not_birth_date")
    if data.date_of_birth is not None and data.date_of_birth > date.today():
        raise ValidationError("date_of_birth", "in_future")
    permit, born = data.first_permit_date, data.date_of_birth
    if permit is not None and born is not None and permit < born:
        raise ValidationError("first_permit_date", "before_birth")
    return replace(data, first_names=first, last_name=last, hetu=hetu)


def _check_refs(s: Session, data: ClientInput, languages: tuple[LanguageSkill, ...]) -> None:
    """Codes as stored, untrimmed (an unknown code is refused, not corrected); every language is
    reported as the one field ``language``."""
    known_municipality(s, data.home_municipality, "home_municipality")
    for lang in (data.interpreter_language, data.preferred_language, *(x.language for x in languages)):
        if lang is not None:
            known_language(s, lang, "language")


def _detail(s: Session, client: Client) -> ClientDetail:
    langs = s.scalars(
        select(ClientLanguage)
        .where(ClientLanguage.client_id == client.id, ClientLanguage.deleted.is_(False))
        .order_by(ClientLanguage.is_mother_tongue.desc(), ClientLanguage.language)
    )
    data = ClientInput(**columns(client, INPUT_FIELDS))
    skills = tuple(LanguageSkill(x.language, x.level, x.is_mother_tongue) for x in langs)
    return ClientDetail(client.id, client.version, data, skills)


def create_client(
    ws: Workspace, *, data: ClientInput, languages: tuple[LanguageSkill, ...] = ()
) -> ClientDetail:
    data = _clean(data)
    with ws.session() as s:
        _check_refs(s, data, languages)
        client = Client(**columns(data, INPUT_FIELDS))
        s.add(client)
        s.flush()
        for skill in languages:
            s.add(
                ClientLanguage(
                    client_id=client.id,
                    language=skill.language,
                    level=skill.level,
                    is_mother_tongue=skill.is_mother_tongue,
                )
            )
        s.flush()
        record_access(s, ws.actor, AccessAction.CREATE, entity="client", client_ids=[client.id])
        return _detail(s, client)


def get_client(ws: Workspace, *, client_id: str, view: str = "record") -> ClientDetail:
    """Read one client; the read is logged as a view (``view`` names the screen or command)."""
    with ws.session() as s:
        detail = _detail(s, load_client(s, client_id))
        record_access(s, ws.actor, AccessAction.VIEW, entity="client", client_ids=[client_id], detail=view)
        return detail


def update_client(
    ws: Workspace,
    *,
    client_id: str,
    changes: dict[str, Any],
    base: Mapping[str, Any] | None = None,
    on_clash: OnClash = OnClash.ASK,
) -> ClientDetail:
    """Change the named fields only. ``base`` holds what the screen showed for each of them: a field
    changed on this laptop since then is never overwritten silently (see ``app.edits``)."""
    check_fields(changes, INPUT_FIELDS, "client")
    with ws.session() as s:
        client = load_client(s, client_id)
        current = ClientInput(**columns(client, INPUT_FIELDS))
        data = _clean(replace(current, **changes))
        _check_refs(s, data, ())
        values = columns(data, changes)
        if apply_edit(s, client, values, base, on_clash):  # nothing changed: no outbox entry, no log
            s.flush()
            record_access(s, ws.actor, AccessAction.CHANGE, entity="client", client_ids=[client_id])
        return _detail(s, client)


def delete_client(ws: Workspace, *, client_id: str) -> None:
    with ws.session() as s:
        load_client(s, client_id).deleted = True
        s.flush()
        record_access(s, ws.actor, AccessAction.DELETE, entity="client", client_ids=[client_id])


def list_clients(
    ws: Workspace,
    *,
    municipality: str | None = None,
    search: str | None = None,
    limit: int | None = None,
    view: str = "list",
) -> list[ClientSummary]:
    """Clients ordered by last name; each listed client gets an access-log row (names were shown)."""
    query = select(
        Client.id, Client.first_names, Client.last_name, Client.home_municipality, Client.date_of_birth
    ).where(Client.deleted.is_(False))
    if municipality is not None:
        query = query.where(Client.home_municipality == municipality)
    for word in fold(search or "").split():
        query = query.where(Client.search_key.contains(word, autoescape=True))
    query = query.order_by(Client.last_name, Client.first_names, Client.id).limit(limit)
    with ws.session() as s:
        rows = [ClientSummary(*row) for row in s.execute(query)]
        record_access(
            s, ws.actor, AccessAction.LIST, entity="client", client_ids=[r.id for r in rows], detail=view
        )
        return rows
