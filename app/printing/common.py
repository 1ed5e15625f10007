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
from app.printing.texts import BASE, Tr, print_language_for, translator
from app.workspace import Workspace
from models import Client, ClientLanguage
from models.enums import AccessAction, LanguageLevel


def short_id(client_id: str) -> str:
    """Eight characters that tell clients apart in file names: the end of the id, which is random.
    The start of a time-ordered id (``models.base.new_uuid``) is the time: ids made within a minute
    start alike."""
    return client_id.replace("-", "")[-8:]


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
    """The asked language; without one, what ``print_language_for`` decides for the client's language
    (the callers said the same to the user before printing)."""
    return translator(lang or print_language_for(client.data.preferred_language)[0])


def preferred_languages(ws: Workspace, client_ids: list[str]) -> dict[str, str | None]:
    """Each client's preferred language, to say before printing what their documents print in."""
    with ws.session() as s:
        rows = s.execute(select(Client.id, Client.preferred_language).where(Client.id.in_(client_ids)))
        return {cid: lang for cid, lang in rows}


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


def language_pair(code: str | None, tr: Tr, lookups: Lookups) -> tuple[str, str]:
    """A language's name in Finnish and in the document's language (a dash when none is recorded)."""
    if not code:
        return EMPTY, ""
    return tr.language_pair(code, lookups.languages.get(code))


def _languages_in(client: ClientDetail, tr: Tr, lookups: Lookups, lang: str) -> str:
    """The client's languages and levels in ``lang`` (Finnish or the document's language)."""
    parts = []
    for skill in client.languages:
        notes = []
        if skill.is_mother_tongue:
            notes.append(tr.get(lang, "client.mother_tongue"))
        if skill.level != LanguageLevel.NATIVE or not skill.is_mother_tongue:
            level = skill.level
            notes.append(
                tr.enum_label(level, lang)
                if level in (LanguageLevel.NONE, LanguageLevel.NATIVE)
                else level.value
            )
        names = language_pair(skill.language, tr, lookups)
        name = names[0] if lang == BASE else names[1]
        parts.append(f"{name} ({', '.join(n for n in notes if n)})")
    return "; ".join(parts)


def _languages(client: ClientDetail, tr: Tr, lookups: Lookups) -> list[Flowable]:
    fi = _languages_in(client, tr, lookups, BASE)
    if not fi:
        return [text(None)]
    return pair(fi, _languages_in(client, tr, lookups, tr.lang) if tr.bilingual else "", rtl=tr.rtl)


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
    rows.append((tr.pair("client.languages"), _languages(client, tr, lookups)))
    if d.preferred_language:
        preferred = language_pair(d.preferred_language, tr, lookups)
        rows.append((tr.pair("client.preferred_language"), pair(*preferred, rtl=tr.rtl)))
    if d.interpreter_needed:
        fi_name, own_name = language_pair(d.interpreter_language, tr, lookups)
        interpreter = (
            tr.fi("client.interpreter_yes", language=fi_name),
            tr.get(tr.lang, "client.interpreter_yes", language=own_name) if tr.bilingual else "",
        )
    else:
        interpreter = tr.pair("client.interpreter_no")
    rows.append((tr.pair("client.interpreter"), pair(*interpreter, rtl=tr.rtl)))
    return fields(rows, width, rtl=tr.rtl)


def municipality_name(client: ClientDetail, lookups: Lookups) -> str:
    code = client.data.home_municipality
    return Lookups.pick(lookups.municipalities.get(code), BASE, code)
