"""The client's data extract as a PDF: every stored field, every record, and the access log."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.audit import access_history
from app.lookups import Lookups, load_lookups
from app.printing.assessment import assessment_story
from app.printing.common import language_name, log_document
from app.printing.extract import Collected, collect
from app.printing.layout import DocInfo, build_pdf, content_width
from app.printing.plan import goals_story, measures_table
from app.printing.styles import (
    BODY,
    CELL,
    LABEL,
    SMALL,
    fields,
    fmt_date,
    fmt_period,
    heading,
    pair,
    table,
    text,
)
from app.printing.texts import BASE, Tr, languages, load_texts, translator
from app.workspace import Workspace
from models import Client
from models.enums import AccessAction, LanguageLevel

KIND = "extract"
_TEXT_FIELDS = (
    "name_latin",
    "hetu",
    "phone",
    "address",
    "assigned_counsellor",
    "family_notes",
    "referring_authority",
)
_FLAGS = (
    "home_care_allowance",
    "prolonged_social_assistance",
    "evident_social_or_health_needs",
    "unaccompanied_minor",
    "trafficking_victim",
    "referred_by_authority",
    "own_request",
    "family_of_protected_person",
    "needs_service_coordination",
)


def _deleted(tr: Tr, deleted: bool) -> list[Flowable]:
    return pair(*tr.pair("extract.deleted"), SMALL, rtl=tr.rtl) if deleted else []


def _client(c: Client, data: Collected, tr: Tr, lookups: Lookups, width: float) -> list[Flowable]:
    rtl = tr.rtl

    def enum(member: object) -> Flowable | list[Flowable]:
        return pair(*tr.enum_pair(member), rtl=rtl) if member is not None else text(None)  # type: ignore[arg-type]

    municipality = Lookups.pick(lookups.municipalities.get(c.home_municipality), BASE, c.home_municipality)
    rows: list[tuple[tuple[str, str], Flowable | list[Flowable]]] = [
        (tr.pair("client.name"), text(f"{c.first_names} {c.last_name}")),
        (tr.pair("client.date_of_birth"), text(fmt_date(c.date_of_birth))),
        (tr.pair("client.municipality"), text(municipality)),
        (tr.pair("client.preferred_language"), text(language_name(c.preferred_language, lookups))),
        (tr.pair("client.interpreter"), pair(*tr.pair("yes" if c.interpreter_needed else "no"), rtl=rtl)),
        (tr.pair("meeting.interpreter"), text(language_name(c.interpreter_language, lookups))),
        (tr.pair("client.literacy"), enum(c.literacy)),
        (tr.pair("client.permit_type"), enum(c.permit_type)),
        (tr.pair("client.residence_basis"), enum(c.residence_basis)),
        (tr.pair("client.first_permit_date"), text(fmt_date(c.first_permit_date))),
        (tr.pair("client.labour_market_status"), enum(c.labour_market_status)),
        (tr.pair("client.family_situation"), enum(c.family_situation)),
    ]
    labels = {"assigned_counsellor": "client.counsellor"}
    rows += [(tr.pair(labels.get(f, f"client.{f}")), text(getattr(c, f))) for f in _TEXT_FIELDS]
    flags = [
        (tr.pair(f"client.{f}"), pair(*tr.pair("yes" if getattr(c, f) else "no"), rtl=rtl)) for f in _FLAGS
    ]
    langs: list[Flowable] = []
    for x in data.languages:
        level = (
            tr.enum_label(x.level, BASE)
            if x.level in (LanguageLevel.NONE, LanguageLevel.NATIVE)
            else x.level.value
        )
        mother = f" ({tr.fi('client.mother_tongue')})" if x.is_mother_tongue else ""
        langs.append(text(f"{language_name(x.language, lookups)}: {level}{mother}"))
        langs += _deleted(tr, x.deleted)
    rows.append((tr.pair("client.languages"), langs or text(None)))
    return [
        fields(rows, width, rtl=rtl),
        *heading(*tr.pair("client.flags"), rtl=rtl, level=3),
        fields(flags, width, rtl=rtl, label_share=0.6),
    ]


def _plans(data: Collected, tr: Tr, lookups: Lookups, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for p in data.plans:
        rows = [
            (tr.pair("plan.kind"), pair(*tr.enum_pair(p.kind), rtl=tr.rtl)),
            (tr.pair("plan.version"), pair(*tr.enum_pair(p.state), rtl=tr.rtl)),
            (tr.pair("plan.period"), text(fmt_period(p.period_start, p.period_end))),
            (tr.pair("plan.responsible"), pair(*tr.enum_pair(p.responsible_party), rtl=tr.rtl)),
            (tr.pair("plan.agreed_on"), text(fmt_date(p.agreed_on))),
            (tr.pair("plan.signed_on"), text(fmt_date(p.signed_on))),
            (tr.pair("plan.next_review"), text(fmt_date(p.next_review_due))),
            (tr.pair("plan.summary"), text(p.summary)),
        ]
        out += heading(*tr.pair("extract.plan_version", n=p.version_no), rtl=tr.rtl, level=3)
        out += [*_deleted(tr, p.deleted), fields(rows, width, rtl=tr.rtl)]
        out += [Spacer(1, 3), *goals_story(data.goals[p.id], tr)]
        out += [measures_table(data.measures[p.id], tr, lookups, width), Spacer(1, 6)]
    return out


def _meetings(data: Collected, tr: Tr, lookups: Lookups, width: float) -> Flowable:
    cols = ("meeting.starts_at", "meeting.purpose", "meeting.place", "meeting.interpreter", "meeting.notes")
    rows: list[list[object]] = [[pair(*tr.pair(c), LABEL, rtl=tr.rtl) for c in cols]]
    for m in data.meetings:
        when = f"{fmt_date(m.starts_at)}, {tr.fi('meeting.minutes', n=m.duration_minutes)}"
        place = Lookups.pick(lookups.municipalities.get(m.municipality or ""), BASE, "")
        rows.append(
            [
                [text(when, CELL), *_deleted(tr, m.deleted)],
                [
                    *pair(*tr.enum_pair(m.purpose), CELL, rtl=tr.rtl),
                    *pair(*tr.enum_pair(m.mode), CELL, rtl=tr.rtl),
                    *pair(*tr.enum_pair(m.status), CELL, rtl=tr.rtl),
                ],
                text(", ".join(x for x in (m.place, place) if x) or None, CELL),
                text(
                    language_name(m.interpreter_language, lookups) if m.interpreter_language else None, CELL
                ),
                text(m.notes, CELL),
            ]
        )
    return table(rows, [width * x for x in (0.17, 0.25, 0.2, 0.13, 0.25)], zebra=True)


def _helsinki(utc: datetime) -> datetime:
    """A logged time (UTC) in Finnish time, where the municipalities are; the computer's own zone when
    the time zone data is not installed."""
    aware = utc.replace(tzinfo=UTC)
    try:
        return aware.astimezone(ZoneInfo("Europe/Helsinki")).replace(tzinfo=None)
    except ZoneInfoNotFoundError:  # pragma: no cover - Windows without the tzdata package
        return aware.astimezone().replace(tzinfo=None)


def _words(tr: Tr, table: str, code: str) -> tuple[str, str]:
    """An entity or a view/document code of the log in words (Finnish, the client's language); a code
    the texts do not know (a newer version's) as readable words rather than the code."""
    key = f"log.{table}.{code.replace(' ', '-')}"
    node: object = load_texts()[BASE]
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    if isinstance(node, str):
        return tr.pair(key)
    return code.replace("_", " ").replace("-", " "), ""


def _log(data: Collected, tr: Tr, width: float, this_device: str) -> Flowable:
    """Who used the data: times in Finnish time, the device as "this device" (the one printing) or
    "another device" (the local database holds no names of other devices), entities and views in
    words."""
    cols = ("log.at", "log.user", "log.device", "log.action", "log.entity", "log.detail")
    rows: list[list[object]] = [[pair(*tr.pair(c), LABEL, rtl=tr.rtl) for c in cols]]
    for e in data.access_log:
        device = "log.this_device" if e.device_id == this_device else "log.other_device"
        rows.append(
            [
                text(fmt_date(_helsinki(e.at)), CELL),
                text(e.user, CELL),
                pair(*tr.pair(device), CELL, rtl=tr.rtl),
                pair(*tr.enum_pair(e.action), CELL, rtl=tr.rtl),
                pair(*_words(tr, "entities", e.entity), CELL, rtl=tr.rtl),
                pair(*_words(tr, "details", e.detail), CELL, rtl=tr.rtl) if e.detail else text(None, CELL),
            ]
        )
    return table(rows, [width * x for x in (0.15, 0.15, 0.13, 0.13, 0.22, 0.22)], zebra=True)


def _story(data: Collected, tr: Tr, lookups: Lookups, width: float, this_device: str) -> list[Flowable]:
    rtl = tr.rtl
    story: list[Flowable] = [
        *heading(*tr.pair("extract.title"), rtl=rtl, level=1),
        *pair(*tr.pair("extract.intro"), rtl=rtl),
    ]
    story += [*heading(*tr.pair("extract.client"), rtl=rtl), *_client(data.client, data, tr, lookups, width)]
    none = pair(*tr.pair("extract.none"), rtl=rtl)
    story += heading(*tr.pair("extract.assessments"), rtl=rtl)
    for a in data.assessments:
        story += [*_deleted(tr, a.deleted), *assessment_story(a, data.participants[a.id], tr, lookups, width)]
        story.append(Spacer(1, 8))
    story += [] if data.assessments else none
    story += heading(*tr.pair("extract.plans"), rtl=rtl)
    story += _plans(data, tr, lookups, width) or none
    story += heading(*tr.pair("extract.meetings"), rtl=rtl)
    story += [_meetings(data, tr, lookups, width)] if data.meetings else none
    story += heading(*tr.pair("extract.notes"), rtl=rtl)
    for n in data.notes:
        label = f"{fmt_date(n.written_at)} · {n.author}"
        story.append(
            KeepTogether([text(label, LABEL), *_deleted(tr, n.deleted), text(n.text, BODY), Spacer(1, 4)])
        )
    story += [] if data.notes else none
    story += [
        *heading(*tr.pair("extract.access_log"), rtl=rtl),
        *pair(*tr.pair("extract.log_intro"), rtl=rtl),
    ]
    story += pair(*tr.pair("log.times"), SMALL, rtl=rtl)
    story += [Spacer(1, 4), _log(data, tr, width, this_device)]
    return story


def extract_pdf(
    ws: Workspace, *, client_id: str, lang: str | None = None, today: date | None = None
) -> bytes:
    """Everything stored about the client as a PDF; logs one PRINT row (itself listed in the log)."""
    lookups = load_lookups(ws)
    with ws.session() as s:
        data = collect(s, client_id)
        preferred = data.client.preferred_language
        tr = translator(lang if lang else preferred if preferred in languages() else BASE)
        log_document(ws, s, AccessAction.PRINT, client_id=client_id, entity="client", kind=KIND)
        s.flush()
        data.access_log = access_history(s, client_id=client_id)
        info = DocInfo(
            tr=tr,
            title=tr.pair("extract.title"),
            doc_id=client_id,
            version=None,
            municipality=Lookups.pick(lookups.municipalities.get(data.client.home_municipality), BASE, ""),
            printed=today or date.today(),
        )
        pdf = build_pdf(_story(data, tr, lookups, content_width(info), ws.actor.device_id), info)
    return pdf
