"""The integration plan for signing (KotoL §16; multidisciplinary §17), Finnish plus the client's language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import rules_cache
from app.errors import NotFound
from app.lookups import Lookups, load_lookups
from app.plans.base import details
from app.plans.core import PlanDetail
from app.printing.common import (
    client_block,
    full_name,
    log_document,
    municipality_name,
    pick_language,
    read_client,
)
from app.printing.layout import DocInfo, build_pdf, content_width
from app.printing.plan_basis import (
    assessment_row,
    findings_story,
    office_banner,
    org_key,
    participants_story,
    signer,
)
from app.printing.styles import (
    BODY,
    CELL,
    INK,
    LABEL,
    SMALL,
    fields,
    fmt_date,
    fmt_period,
    heading,
    kept,
    pair,
    second,
    table,
    text,
)
from app.printing.texts import BASE, Tr
from app.workspace import Workspace
from models import IntegrationPlan
from models.enums import AccessAction, PlanKind, ResponsibleParty
from models.rules import plan_review_months

KIND = "plan"
OFFICE_KIND = "plan-office"  # the internal copy with the rule findings (access-log detail)


def _choose(s: Session, client_id: str, plan_id: str | None) -> IntegrationPlan:
    if plan_id is not None:
        plan = s.get(IntegrationPlan, plan_id)
        if plan is None or plan.deleted or plan.client_id != client_id:
            raise NotFound("plan", plan_id)
        return plan
    newest = s.scalars(
        select(IntegrationPlan)
        .where(IntegrationPlan.client_id == client_id, IntegrationPlan.deleted.is_(False))
        .order_by(IntegrationPlan.period_start.desc(), IntegrationPlan.version_no.desc(), IntegrationPlan.id)
    ).first()
    if newest is None:
        raise NotFound("plan", f"(none for client {client_id})")
    return newest


def _review_months(s: Session, plan: PlanDetail) -> int:
    party = plan.responsible_party
    if party not in (ResponsibleParty.MUNICIPALITY, ResponsibleParty.EMPLOYMENT_AUTHORITY):
        party = ResponsibleParty.MUNICIPALITY
    months = plan_review_months(plan.period_start, party, rules_cache.rules_in_force(s))
    return 6 if months is None else months


def measures_table(measures: Sequence[Any], tr: Tr, lookups: Lookups, width: float) -> Flowable:
    """Measures (app Measure values or PlanMeasure rows) as a bilingual table."""
    if not measures:
        return KeepTogether(pair(*tr.pair("plan.no_measures"), rtl=tr.rtl))
    cols = (
        "plan.col_service",
        "plan.col_provider",
        "plan.col_responsible",
        "plan.col_dates",
        "plan.col_status",
    )
    shares = (0.30, 0.19, 0.22, 0.14, 0.15)
    head: list[object] = [pair(*tr.pair(c), LABEL, rtl=tr.rtl) for c in cols]
    rows: list[list[object]] = [head]
    for m in measures:
        service = pair(*tr.service_pair(m.service, lookups.services.get(m.service, {})), CELL, rtl=tr.rtl)
        hours = f"{m.hours} h" if m.hours else ""
        # hours (civic orientation: at least 70) and the language it is given in, in both languages
        spoken = tr.language_pair(m.language, lookups.languages.get(m.language)) if m.language else ("", "")
        extent = [" · ".join(x for x in (hours, name) if x) for name in spoken]
        if extent[0]:
            service += pair(extent[0], extent[1] if spoken[1] else "", SMALL, rtl=tr.rtl)
        if m.details:
            service.append(text(m.details, SMALL))
        rows.append(
            [
                service,
                _provider(m, tr, lookups),
                pair(*tr.enum_pair(m.responsible_party), CELL, rtl=tr.rtl),
                text(fmt_period(m.starts_on, m.ends_on), CELL),
                pair(*tr.enum_pair(m.status), CELL, rtl=tr.rtl),
            ]
        )
    return table(rows, [width * x for x in shares], zebra=True)


def _provider(m: Any, tr: Tr, lookups: Lookups) -> list[Flowable]:
    """The provider's proper name with what it is in the client's language, and one written in."""
    out: list[Flowable] = []
    if m.provider:
        out += pair(
            *tr.provider_pair(m.provider, lookups.providers.get(m.provider, m.provider)), CELL, rtl=tr.rtl
        )
    if m.provider_other:
        out.append(text(m.provider_other, CELL))
    return out or [text(None, CELL)]


def goals_story(goals: Sequence[Any], tr: Tr) -> list[Flowable]:
    if not goals:
        return pair(*tr.pair("plan.no_goals"), rtl=tr.rtl)
    out: list[Flowable] = []
    for n, goal in enumerate(goals, 1):
        area_fi, area_other = tr.enum_pair(goal.area)
        label = pair(f"{n}. {area_fi}", area_other, LABEL, rtl=tr.rtl)
        out += kept([*label, text(goal.text, BODY)])
        out.append(Spacer(1, 4))
    return out


def _signature(
    label: tuple[str, str], tr: Tr, name: str, org: tuple[str, str] | None = None
) -> list[Flowable]:
    clar = [f"{x}:" for x in tr.pair("sign.clarification") if x]
    block: list[Flowable] = [
        Spacer(1, 15 * mm),
        HRFlowable(width="92%", thickness=0.6, color=INK, hAlign="LEFT"),
        *pair(*label, LABEL, rtl=tr.rtl),
    ]
    if org is not None:  # the signatory's organisation follows the plan's responsible party
        block += pair(*org, SMALL, rtl=tr.rtl)
    block += pair(clar[0], clar[1] if len(clar) > 1 else "", SMALL, rtl=tr.rtl)
    if name:
        block.append(text(name, BODY))
    return block


def _signatures(plan: PlanDetail, tr: Tr, name: str, width: float) -> Flowable:
    title, org = signer(plan.responsible_party, tr)
    cells = [_signature(tr.pair("sign.client"), tr, name), _signature(title, tr, "", org)]
    if plan.kind == PlanKind.MULTIDISCIPLINARY:
        cells.append(_signature(tr.pair("sign.county"), tr, ""))
    col = width / 3
    place = [
        Spacer(1, 12 * mm),
        HRFlowable(width=col * 1.6, thickness=0.6, color=INK, hAlign="LEFT", spaceAfter=2),
        *pair(*tr.pair("sign.place_date"), LABEL, rtl=tr.rtl),
    ]
    return KeepTogether(
        [
            *heading(*tr.pair("sign.heading"), rtl=tr.rtl),
            *pair(*tr.pair("sign.intro"), rtl=tr.rtl),
            *place,
            table([cells], [col] * len(cells), header=False, rules=False),
        ]
    )


def _story(
    s: Session,
    plan: PlanDetail,
    tr: Tr,
    client_name: str,
    lookups: Lookups,
    client_table: Flowable,
    width: float,
    office: IntegrationPlan | None = None,
) -> list[Flowable]:
    """``office``: the plan row when printing the office copy (with the rule findings and reasons)."""
    rtl = tr.rtl
    title = "plan.title_multi" if plan.kind == PlanKind.MULTIDISCIPLINARY else "plan.title"
    law = "plan.law_multi" if plan.kind == PlanKind.MULTIDISCIPLINARY else "plan.law"
    info_rows = [
        (tr.pair("plan.kind"), pair(*tr.enum_pair(plan.kind), rtl=rtl)),
        (
            tr.pair("plan.version"),
            [text(f"{plan.version_no}"), *pair(*tr.enum_pair(plan.state), SMALL, rtl=rtl)],
        ),
        (tr.pair("plan.period"), text(fmt_period(plan.period_start, plan.period_end))),
        (tr.pair("plan.responsible"), pair(*tr.enum_pair(plan.responsible_party), rtl=rtl)),
        assessment_row(s, plan, tr),
        (tr.pair("plan.agreed_on"), text(fmt_date(plan.agreed_on))),
        (tr.pair("plan.signed_on"), text(fmt_date(plan.signed_on))),
        (tr.pair("plan.next_review"), text(fmt_date(plan.next_review_due), LABEL)),
    ]
    months = _review_months(s, plan)
    story: list[Flowable] = [
        *(office_banner(tr, width) if office is not None else []),
        *heading(*tr.pair(title), rtl=rtl, level=1),
        *pair(*tr.pair(law), SMALL, rtl=rtl),
        *heading(*tr.pair("client.heading"), rtl=rtl),
        client_table,
        *heading(*tr.pair("plan.heading"), rtl=rtl),
        fields(info_rows, width, rtl=rtl),
        *participants_story(s, plan, tr, width),
    ]
    if plan.summary:
        story += [*heading(*tr.pair("plan.summary"), rtl=rtl), text(plan.summary)]
    story += [*heading(*tr.pair("plan.goals"), rtl=rtl), *goals_story(plan.goals, tr)]
    story += [*heading(*tr.pair("plan.measures"), rtl=rtl), measures_table(plan.measures, tr, lookups, width)]
    if office is not None:
        story += findings_story(s, office, tr, width)
    due = fmt_date(plan.next_review_due)
    story += [
        *heading(*tr.pair("plan.review_heading"), rtl=rtl),
        *pair(*tr.pair("plan.review_text", date=due, months=months), rtl=rtl),
    ]
    story += heading(*tr.pair("rights.heading"), rtl=rtl)
    fi_paras = tr.paragraphs(BASE, "rights.paragraphs", months=months)
    other_paras = tr.paragraphs(tr.lang, "rights.paragraphs", months=months) if tr.bilingual else []
    for i, para in enumerate(fi_paras):
        block = [text(para, BODY)]
        if i < len(other_paras):  # a little air, so two paragraphs of the same weight read apart
            block += [Spacer(1, 2.5), second(other_paras[i], BODY, rtl=rtl)]
        story += [*kept(block), Spacer(1, 6)]
    story.append(_signatures(plan, tr, client_name, width))
    return story


def plan_pdf(
    ws: Workspace,
    *,
    client_id: str,
    plan_id: str | None = None,
    lang: str | None = None,
    today: date | None = None,
    office: bool = False,
) -> bytes:
    """The client's plan (newest version unless ``plan_id``) as a PDF; logs one PRINT row.
    ``office``: the internal copy, which lists the rule findings and the reasons recorded."""
    lookups = load_lookups(ws)
    with ws.session() as s:
        client = read_client(s, client_id)
        tr = pick_language(lang, client)
        row = _choose(s, client_id, plan_id)
        plan = details(s, [row], BASE)[0]
        info = DocInfo(
            tr=tr,
            title=tr.pair("plan.title_multi" if plan.kind == PlanKind.MULTIDISCIPLINARY else "plan.title"),
            doc_id=plan.id,
            version=str(plan.version_no),
            municipality=municipality_name(client, lookups),
            printed=today or date.today(),
            org=org_key(plan.responsible_party),
        )
        width = content_width(info)
        block = client_block(client, tr, lookups, width)
        story = _story(s, plan, tr, full_name(client), lookups, block, width, row if office else None)
        pdf = build_pdf(story, info)
        log_document(
            ws,
            s,
            AccessAction.PRINT,
            client_id=client_id,
            entity="integration_plan",
            kind=OFFICE_KIND if office else KIND,
            record_id=plan.id,
        )
    return pdf
