"""What every printed document shares: reading the client in the print's own session, the client
block, the language choice, and the one access-log row a print or export writes.

A document reads the models directly in one session and writes exactly one access-log row per
client (PRINT or EXPORT, detail = the document kind), instead of the VIEW rows the services write.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import record_access
from app.clients import INPUT_FIELDS, ClientDetail, ClientInput, LanguageSkill
from app.errors import NotFound
from app.lookups import Lookups
from app.printing.styles import EMPTY, fields, fmt_date, pair, text
from app.printing.texts import BASE, Tr, languages, translator
from app.workspace import Workspace
from models import Client, ClientLanguage
from models.enums import AccessAction, LanguageLevel


def read_client(s: Session, client_id: str) -> ClientDetail:
    client = s.get(Client, client_id)
    if client is None or client.deleted:
        raise NotFound("client", client_id)
    langs = s.scalars(
        select(ClientLanguage)
        .where(ClientLanguage.client_id == client_id, ClientLanguage.deleted.is_(False))
        .order_by(ClientLanguage.is_mother_tongue.desc(), ClientLanguage.language)
    )
    data = ClientInput(**{name: getattr(client, name) for name in INPUT_FIELDS})
    skills = tuple(LanguageSkill(x.language, x.level, x.is_mother_tongue) for x in langs)
    return ClientDetail(client.id, client.version, data, skills)


def pick_language(lang: str | None, client: ClientDetail) -> Tr:
    """The asked language; without one, the client's preferred language if there are texts for it."""
    if lang is None:
        preferred = client.data.preferred_language
        lang = preferred if preferred in languages() else BASE
    return translator(lang)


def log_document(
    ws: Workspace,
    s: Session,
    action: AccessAction,
    *,
    client_id: str | None,
    entity: str,
    kind: str,
    record_id: str | None = None,
) -> None:
    """The one access-log row of a print or export; ``kind`` names the document, never a person."""
    record_access(
        s, ws.actor, action, entity=entity, client_ids=[client_id], record_id=record_id, detail=kind
    )


def full_name(client: ClientDetail) -> str:
    return f"{client.data.first_names} {client.data.last_name}"


def language_name(code: str | None, lookups: Lookups) -> str:
    if not code:
        return EMPTY
    return Lookups.pick(lookups.languages.get(code), BASE, code)


def _languages(client: ClientDetail, tr: Tr, lookups: Lookups) -> str:
    parts = []
    for skill in client.languages:
        notes = []
        if skill.is_mother_tongue:
            notes.append(tr.fi("client.mother_tongue"))
        if skill.level != LanguageLevel.NATIVE or not skill.is_mother_tongue:
            level = skill.level
            notes.append(
                tr.enum_label(level, BASE)
                if level in (LanguageLevel.NONE, LanguageLevel.NATIVE)
                else level.value
            )
        parts.append(f"{language_name(skill.language, lookups)} ({', '.join(notes)})")
    return "; ".join(parts) or EMPTY


def client_block(client: ClientDetail, tr: Tr, lookups: Lookups, width: float) -> Table:
    """Name, identity, municipality, contact, languages and interpreter need."""
    d = client.data
    rows: list[tuple[tuple[str, str], Flowable | list[Flowable]]] = [
        (tr.pair("client.name"), text(full_name(client)))
    ]
    if d.name_latin:
        rows.append((tr.pair("client.name_latin"), text(d.name_latin)))
    rows.append((tr.pair("client.date_of_birth"), text(fmt_date(d.date_of_birth))))
    if d.hetu:
        rows.append((tr.pair("client.hetu"), text(d.hetu)))
    municipality = Lookups.pick(lookups.municipalities.get(d.home_municipality), BASE, d.home_municipality)
    rows.append((tr.pair("client.municipality"), text(municipality)))
    if d.address:
        rows.append((tr.pair("client.address"), text(d.address)))
    if d.phone:
        rows.append((tr.pair("client.phone"), text(d.phone)))
    rows.append((tr.pair("client.languages"), text(_languages(client, tr, lookups))))
    if d.preferred_language:
        rows.append(
            (tr.pair("client.preferred_language"), text(language_name(d.preferred_language, lookups)))
        )
    interpreter = (
        tr.pair("client.interpreter_yes", language=language_name(d.interpreter_language, lookups))
        if d.interpreter_needed
        else tr.pair("client.interpreter_no")
    )
    rows.append((tr.pair("client.interpreter"), pair(*interpreter, rtl=tr.rtl)))
    return fields(rows, width, rtl=tr.rtl)


def municipality_name(client: ClientDetail, lookups: Lookups) -> str:
    code = client.data.home_municipality
    return Lookups.pick(lookups.municipalities.get(code), BASE, code)
