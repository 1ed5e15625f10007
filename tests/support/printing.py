"""Shared helpers of the print tests (no tests here): building clients and reading PDFs back."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pikepdf
import pypdf
from sqlalchemy import select

from app.clients import ClientInput, LanguageSkill, create_client
from app.plans.items import add_goal, add_measure
from app.plans.lifecycle import create_plan
from app.workspace import Workspace
from models import AccessLogEntry
from models.enums import GoalArea, LanguageLevel, MeasureStatus, PlanKind, ResponsibleParty

ARABIC_GOAL = (
    "يريد العميل أن يتعلم اللغة الفنلندية حتى يستطيع أن يتحدث مع جيرانه وأن يفهم الرسائل التي تصله "
    "من المدرسة ومن المركز الصحي ثم يريد أن يبحث عن عمل في مجال البناء الذي عمل فيه سنوات طويلة "
    "في بلده قبل أن يأتي إلى فنلندا مع أسرته"
)


def make_client(ws: Workspace, *, first: str = "Amina", last: str = "Haddad", lang: str = "ar") -> str:
    data = ClientInput(
        first_names=first,
        last_name=last,
        home_municipality="857",
        date_of_birth=date(1990, 5, 17),
        preferred_language=lang,
        interpreter_needed=True,
        interpreter_language=lang,
    )
    langs = (LanguageSkill(lang, LanguageLevel.NATIVE, True), LanguageSkill("fi", LanguageLevel.A1_2))
    return create_client(ws, data=data, languages=langs).id


def make_plan(ws: Workspace, client_id: str, *, kind: PlanKind = PlanKind.MULTIDISCIPLINARY) -> str:
    plan = create_plan(
        ws,
        client_id=client_id,
        kind=kind,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2025, 2, 1),
        period_end=date(2026, 1, 31),
    )
    add_goal(ws, plan_id=plan.id, area=GoalArea.LANGUAGE, text="Oppii suomen kielen perusteet.")
    add_goal(ws, plan_id=plan.id, area=GoalArea.EMPLOYMENT, text=ARABIC_GOAL)
    add_measure(
        ws,
        plan_id=plan.id,
        service="integration_training",
        provider="sakky",
        starts_on=date(2025, 3, 1),
        ends_on=date(2025, 12, 15),
        status=MeasureStatus.ONGOING,
    )
    add_measure(ws, plan_id=plan.id, service="civic_orientation", status=MeasureStatus.PLANNED)
    return plan.id


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def norm(text: str) -> str:
    """Compatibility forms (Arabic presentation forms) to base letters; joiners and extra spaces out."""
    folded = unicodedata.normalize("NFKC", text).replace("\u200c", "").replace("\u200d", "")
    return " ".join(folded.split())


def fonts_not_embedded(pdf: bytes) -> list[str]:
    """Names of fonts without an embedded font program (every font must be embedded)."""
    missing = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for _, font in page.resources.get("/Font", {}).items():
                fonts = [font, *list(font.get("/DescendantFonts", []))]
                embedded = any(
                    any(k in f.get("/FontDescriptor", {}) for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                    for f in fonts
                )
                if not embedded:
                    missing.append(str(font.get("/BaseFont")))
    return missing


def structural_problems(pdf: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return [str(p) for p in doc.check_pdf_syntax()]  # what `qpdf --check` does


def log_rows(ws: Workspace, client_id: str | None) -> list[AccessLogEntry]:
    with ws.session() as s:
        return list(
            s.scalars(
                select(AccessLogEntry)
                .where(
                    AccessLogEntry.client_id.is_(client_id)
                    if client_id is None
                    else AccessLogEntry.client_id == client_id
                )
                .order_by(AccessLogEntry.seq)
            )
        )
