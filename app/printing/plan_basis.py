"""Parts of the printed plan that depend on what it rests on and who answers for it.

- the assessment the plan rests on (kind, date, status), or that it rests on none;
- the letterhead and the signatory of the responsible party (the city's integration counsellor, or
  the employment authority of the Kuopio employment area, Liite 1);
- for a multidisciplinary plan, the wellbeing services county's participants: those of the linked
  assessment with their role labels from the rules data, and the roles Liite 1 requires for
  "multidisciplinary_plan" that are not among them, marked;
- the office copy's rule findings with the reasons recorded (never on the client's copy).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import client_facts, rules_cache
from app.plans.core import PlanDetail
from app.plans.rules import findings_of
from app.printing.styles import CELL, LABEL, SMALL, fmt_date, heading, pair, style, table, text
from app.printing.texts import BASE, Tr
from models import Assessment, AssessmentParticipant, Client, IntegrationPlan
from models.enums import PlanKind, ResponsibleParty
from models.rules import RuleNotInForceError, RulesData
from models.rules.participants import participants_for
from models.rules.records import RulesDataError

RULES_LANGS = ("fi", "sv", "en")  # the languages the rules data has texts in
WARN = colors.HexColor("#8A5A00")
MARK = style(8.5, bold=True, color=WARN)  # what is missing: a Liite 1 participant, a reason
BANNER = style(10.5, bold=True, color=WARN)


def org_key(party: ResponsibleParty) -> str:
    """The letterhead entry of the texts file for the plan's responsible party."""
    return "org_employment" if party is ResponsibleParty.EMPLOYMENT_AUTHORITY else "org"


def signer(party: ResponsibleParty, tr: Tr) -> tuple[tuple[str, str], tuple[str, str]]:
    """The signatory's title and organisation (Finnish, the client's language)."""
    title = (
        "plan_basis.employment_signer"
        if party is ResponsibleParty.EMPLOYMENT_AUTHORITY
        else "sign.counsellor"
    )
    return tr.pair(title), tr.pair(f"{org_key(party)}.name")


def _linked(s: Session, plan: PlanDetail) -> Assessment | None:
    a = s.get(Assessment, plan.assessment_id) if plan.assessment_id else None
    return None if a is None or a.deleted else a


def assessment_row(s: Session, plan: PlanDetail, tr: Tr) -> tuple[tuple[str, str], list[Flowable]]:
    """The plan-information row naming the assessment the plan rests on."""
    a = _linked(s, plan)
    if a is None:
        return tr.pair("plan_basis.assessment"), pair(*tr.pair("plan_basis.no_assessment"), rtl=tr.rtl)
    kind, status = tr.enum_pair(a.kind), tr.enum_pair(a.status)
    day = fmt_date(a.assessed_on)
    fi = tr.fi("plan_basis.assessment_value", kind=kind[0], date=day, status=status[0])
    other = (
        tr.get(tr.lang, "plan_basis.assessment_value", kind=kind[1], date=day, status=status[1])
        if tr.bilingual
        else ""
    )
    return tr.pair("plan_basis.assessment"), pair(fi, other, rtl=tr.rtl)


def _role_pair(role: str | None, written: str, rules: RulesData, tr: Tr) -> tuple[str, str]:
    if role and role in rules.participant_roles:
        fi = rules.participant_label(role, BASE)
        return fi, tr.role_label(role, rules.participant_label) if tr.bilingual else ""
    return written, ""


def _required_roles(s: Session, plan: PlanDetail, rules: RulesData) -> tuple[str, ...]:
    client = s.get(Client, plan.client_id)
    if client is None:
        return ()
    try:
        return participants_for(
            client_facts.facts_of(client), "multidisciplinary_plan", plan.period_start, rules
        ).required
    except (RuleNotInForceError, RulesDataError):
        return ()


def participants_story(s: Session, plan: PlanDetail, tr: Tr, width: float) -> list[Flowable]:
    """The county's participants of a multidisciplinary plan; nothing for a basic plan."""
    if plan.kind is not PlanKind.MULTIDISCIPLINARY:
        return []
    rules = rules_cache.rules_in_force(s)
    a = _linked(s, plan)
    people = (
        list(
            s.scalars(
                select(AssessmentParticipant)
                .where(AssessmentParticipant.assessment_id == a.id, AssessmentParticipant.deleted.is_(False))
                .order_by(AssessmentParticipant.name, AssessmentParticipant.id)
            )
        )
        if a is not None
        else []
    )
    rtl = tr.rtl
    cols = ("assessment.participant_name", "assessment.participant_org", "assessment.participant_role")
    rows: list[list[object]] = [[pair(*tr.pair(c), LABEL, rtl=rtl) for c in cols]]
    for p in people:
        role = _role_pair(p.role_code, p.role, rules, tr)
        rows.append([text(p.name, CELL), text(p.organisation, CELL), pair(*role, CELL, rtl=rtl)])
    present = {p.role_code for p in people if p.role_code}
    for role_id in _required_roles(s, plan, rules):
        if role_id not in present:  # Liite 1 names the role, the assessment had nobody in it: marked
            role = _role_pair(role_id, role_id, rules, tr)
            missing = pair(*tr.pair("plan_basis.missing_role"), MARK, rtl=rtl)
            rows.append([missing, text(None, CELL), pair(*role, CELL, rtl=rtl)])
    story: list[Flowable] = [
        *heading(*tr.pair("plan_basis.participants"), rtl=rtl),
        *pair(*tr.pair("plan_basis.participants_intro"), SMALL, rtl=rtl),
    ]
    if len(rows) > 1:
        story.append(table(rows, [width * 0.30, width * 0.30, width * 0.40]))
    return story


def office_banner(tr: Tr, width: float) -> list[Flowable]:
    """A stamp-like box at the top of the office copy, so it is not handed to the client by mistake."""
    box = Table([[pair(*tr.pair("plan_basis.office_copy"), BANNER, rtl=tr.rtl)]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, WARN),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF4CE")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [box, Spacer(1, 6)]


def findings_story(s: Session, row: IntegrationPlan, tr: Tr, width: float) -> list[Flowable]:
    """The office copy's findings: the rule's words (Finnish, and the client's language when the rules
    data has it) and the reason recorded, or that none is."""
    rtl = tr.rtl
    story: list[Flowable] = [
        *heading(*tr.pair("plan_basis.findings"), rtl=rtl),
        *pair(*tr.pair("plan_basis.findings_intro"), SMALL, rtl=rtl),
    ]
    found = findings_of(s, [row], BASE)[row.id]
    if not found:
        return [*story, *pair(*tr.pair("plan_basis.no_findings"), rtl=rtl)]
    other: dict[str, str] = {}
    if tr.bilingual and tr.lang in RULES_LANGS:
        other = {f.key: f.text for f in findings_of(s, [row], tr.lang)[row.id]}
    head: list[object] = [
        pair(*tr.pair(c), LABEL, rtl=rtl) for c in ("plan_basis.col_finding", "plan_basis.col_reason")
    ]
    body: list[list[object]] = [head]
    for f in found:
        reason = text(f.reason, CELL) if f.reason else pair(*tr.pair("plan_basis.no_reason"), MARK, rtl=rtl)
        body.append([pair(f.text, other.get(f.key, ""), CELL, rtl=rtl), reason])
    grid: Table = table(body, [width * 0.62, width * 0.38], zebra=True)
    return [*story, grid]
