"""The assessment summary (KotoL §14; multidisciplinary §15 with its participants), every content area."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.lookups import Lookups, load_lookups
from app.printing.common import client_block, log_document, municipality_name, pick_language, read_client
from app.printing.layout import DocInfo, build_pdf, content_width
from app.printing.styles import BODY, CELL, LABEL, fields, fmt_date, heading, kept, pair, table, text
from app.printing.texts import BASE, Tr
from app.workspace import Workspace
from models import CONTENT_AREAS, Assessment, AssessmentParticipant
from models.enums import AccessAction, AssessmentKind
from models.rules import default_rules

KIND = "assessment"


def choose_assessment(s: Session, client_id: str, assessment_id: str | None) -> Assessment:
    """The given assessment of this client, or the newest (undated drafts count as newest)."""
    if assessment_id is not None:
        found = s.get(Assessment, assessment_id)
        if found is None or found.deleted or found.client_id != client_id:
            raise NotFound("assessment", assessment_id)
        return found
    rows = list(
        s.scalars(select(Assessment).where(Assessment.client_id == client_id, Assessment.deleted.is_(False)))
    )
    if not rows:
        raise NotFound("assessment", f"(none for client {client_id})")
    return max(rows, key=lambda a: (a.assessed_on or date.max, a.id))


def participants(s: Session, assessment_id: str) -> list[AssessmentParticipant]:
    return list(
        s.scalars(
            select(AssessmentParticipant)
            .where(
                AssessmentParticipant.assessment_id == assessment_id,
                AssessmentParticipant.deleted.is_(False),
            )
            .order_by(AssessmentParticipant.name, AssessmentParticipant.id)
        )
    )


def _role(p: AssessmentParticipant, tr: Tr) -> list[Flowable]:
    """The role as recorded (a coded Liite 1 role's Finnish label), and a coded role also in the
    client's language (the texts file's ``role`` table, or the rules data's sv/en)."""
    rules = default_rules()
    other = ""
    if tr.bilingual and p.role_code in rules.participant_roles:
        other = tr.role_label(p.role_code or "", rules.participant_label)
    return pair(p.role, other, CELL, rtl=tr.rtl)


def _yes_no(value: bool | None, tr: Tr) -> tuple[str, str]:
    key = "assessment.undecided" if value is None else ("yes" if value else "no")
    return tr.pair(key)


def assessment_story(
    a: Assessment, people: list[AssessmentParticipant], tr: Tr, lookups: Lookups, width: float
) -> list[Flowable]:
    """The assessment's own sections (also used by the data extract)."""
    rtl = tr.rtl
    municipality = Lookups.pick(lookups.municipalities.get(a.municipality or ""), BASE, a.municipality or "")
    rows = [
        (tr.pair("assessment.kind"), pair(*tr.enum_pair(a.kind), rtl=rtl)),
        (tr.pair("assessment.status"), pair(*tr.enum_pair(a.status), rtl=rtl)),
        (tr.pair("assessment.date"), text(fmt_date(a.assessed_on))),
        (tr.pair("assessment.municipality"), text(municipality or None)),
    ]
    story: list[Flowable] = [fields(rows, width, rtl=rtl)]
    if a.kind == AssessmentKind.MULTIDISCIPLINARY or people:
        story += heading(*tr.pair("assessment.participants"), rtl=rtl, level=3)
        if people:
            cols = (
                "assessment.participant_name",
                "assessment.participant_org",
                "assessment.participant_role",
            )
            head = [pair(*tr.pair(c), LABEL, rtl=rtl) for c in cols]
            body = [[text(p.name, CELL), text(p.organisation, CELL), _role(p, tr)] for p in people]
            story.append(table([head, *body], [width * 0.34, width * 0.36, width * 0.30]))
        else:
            story += pair(*tr.pair("assessment.no_participants"), rtl=rtl)
    story += heading(*tr.pair("assessment.content"), rtl=rtl, level=3)
    for area in CONTENT_AREAS:
        value: str | None = getattr(a, area)
        written = [text(value, BODY)] if value else pair(*tr.pair("doc.not_recorded"), rtl=rtl)
        story += kept([*pair(*tr.pair(f"assessment.areas.{area}"), LABEL, rtl=rtl), *written])
        if area == "language_skills":
            levels = [
                (tr.pair("assessment.finnish_level"), a.finnish_level),
                (tr.pair("assessment.swedish_level"), a.swedish_level),
            ]
            story.append(fields([(p, text(lvl.value if lvl else None)) for p, lvl in levels], width, rtl=rtl))
        story.append(Spacer(1, 4))
    story += heading(*tr.pair("assessment.result"), rtl=rtl, level=3)
    result = [
        (tr.pair("assessment.plan_needed"), pair(*_yes_no(a.plan_needed, tr), rtl=rtl)),
        (tr.pair("assessment.outcome"), pair(*tr.enum_pair(a.outcome), rtl=rtl)),
        (tr.pair("assessment.outcome_notes"), text(a.outcome_notes)),
    ]
    story.append(fields(result, width, rtl=rtl))
    return story


def assessment_pdf(
    ws: Workspace,
    *,
    client_id: str,
    assessment_id: str | None = None,
    lang: str | None = None,
    today: date | None = None,
) -> bytes:
    """The client's assessment (newest unless ``assessment_id``) as a PDF; logs one PRINT row."""
    lookups = load_lookups(ws)
    with ws.session() as s:
        client = read_client(s, client_id)
        tr = pick_language(lang, client)
        a = choose_assessment(s, client_id, assessment_id)
        multi = a.kind == AssessmentKind.MULTIDISCIPLINARY
        title = tr.pair("assessment.title_multi" if multi else "assessment.title")
        info = DocInfo(
            tr=tr,
            title=title,
            doc_id=a.id,
            version=None,
            municipality=municipality_name(client, lookups),
            printed=today or date.today(),
        )
        width = content_width(info)
        story: list[Flowable] = [
            *heading(*title, rtl=tr.rtl, level=1),
            *pair(*tr.pair("assessment.law_multi" if multi else "assessment.law"), rtl=tr.rtl),
            *heading(*tr.pair("client.heading"), rtl=tr.rtl),
            client_block(client, tr, lookups, width),
            *heading(*tr.pair("assessment.heading"), rtl=tr.rtl),
            *assessment_story(a, participants(s, a.id), tr, lookups, width),
        ]
        pdf = build_pdf(story, info)
        log_document(
            ws, s, AccessAction.PRINT, client_id=client_id, entity="assessment", kind=KIND, record_id=a.id
        )
    return pdf
