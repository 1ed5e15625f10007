"""The report's pages: the same figures as the CSV, as tables and a few charts, in fi, sv or en."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.printing.charts import grouped_bars, horizontal_bars
from app.printing.report.figures import (
    CLIENT_GROUPS,
    DIRECTION_KINDS,
    NOT_RECORDED,
    REVIEW_KINDS,
    Figures,
    median,
)
from app.printing.report.labels import Labels
from app.printing.report.pdf_parts import by_municipality, counts, num
from app.printing.styles import BODY, CELL, LABEL, SMALL, fields, heading, table, text
from models.enums import AssessmentKind, AssessmentOutcome, Gender, MeasureStatus, MeetingMode, MeetingPurpose

KINDS = (AssessmentKind.BASIC.value, AssessmentKind.MULTIDISCIPLINARY.value)  # PlanKind has the same values


def sec(title: str, intro: str, *body: Flowable, level: int = 2) -> list[Flowable]:
    """A heading with its text and tables, moved to the next page whole when it does not fit."""
    return [KeepTogether([*_h(title, intro, level), *body])]


def _h(title: str, intro: str = "", level: int = 2) -> list[Flowable]:
    parts = heading(title, "", rtl=False, level=level)
    if level == 3:
        gap = Spacer(1, 6)
        gap.keepWithNext = 1
        parts.insert(0, gap)
    if intro:
        intro_text = text(intro, SMALL)
        intro_text.keepWithNext = 1
        parts += [intro_text, Spacer(1, 3)]
    return parts


def _kinds(counts_: Counter[tuple[str, str]], f: Figures, lb: Labels, width: float) -> list[Flowable]:
    codes = sorted(
        {m for m, _ in counts_}, key=lambda c: (-sum(n for (m, _), n in counts_.items() if m == c), c)
    )
    if not codes:
        return [text(lb.t("none"))]
    t = lb.t
    head = [text(t("municipality"), LABEL), *(num(t(k), bold=True) for k in ("basic", "multi", "total"))]
    rows: list[list[object]] = [head]
    for code in codes:
        values = [counts_.get((code, k), 0) for k in KINDS]
        rows.append([text(lb.municipality(code), CELL), *(num(str(v)) for v in [*values, sum(values)])])
    totals = [sum(counts_.get((c, k), 0) for c in codes) for k in KINDS]
    if len(codes) > 1:
        rows.append([text(t("total"), LABEL), *(num(str(v), bold=True) for v in [*totals, sum(totals)])])
    story: list[Flowable] = [table(rows, [width * 0.3, width * 0.22, width * 0.25, width * 0.18])]
    if len(codes) > 1:
        series = [
            (t(key), [counts_.get((c, k), 0) for c in codes])
            for key, k in zip(("basic", "multi"), KINDS, strict=True)
        ]
        story += [Spacer(1, 6), grouped_bars([lb.municipality(c) for c in codes], series, width)]
    return story


def _parties(c: Counter[str]) -> list[tuple[str, int]]:
    """Parties, the largest first, and "not recorded" last."""
    return sorted(c.items(), key=lambda kv: (kv[0] == NOT_RECORDED, -kv[1], kv[0]))


def _last_unrecorded(c: Counter[str]) -> list[tuple[str, int]]:
    return [kv for kv in c.most_common() if kv[0] != NOT_RECORDED] + [
        kv for kv in c.items() if kv[0] == NOT_RECORDED
    ]


def _summary(f: Figures, lb: Labels, width: float) -> list[Flowable]:
    t = lb.t
    items = [
        ("clients_served", f.clients_served),
        ("interpreter_clients", f.interpreter_clients),
        ("meetings_held", f.meetings_held),
        ("plan_versions", f.plan_versions),
        ("caseload_total", sum(f.caseload.values())),
    ]
    rows = [((t(k), ""), num(str(v))) for k, v in items]
    return sec(t("summary"), "", fields(rows, width * 0.95, rtl=False, label_share=0.8))


def _assessments(f: Figures, lb: Labels, width: float, munis: list[str]) -> list[Flowable]:
    t = lb.t
    story = sec(t("assessments"), t("assessments_intro"), *_kinds(f.assessments, f, lb, width))
    parties = [(lb.party(p), str(n)) for p, n in _parties(f.assessments_by_party)]
    story += sec(t("by_party"), t("party_note"), counts(parties, (t("party"), t("count")), width), level=3)
    outcomes = [(o.value, lb.label(o)) for o in AssessmentOutcome]
    story += sec(
        t("outcomes"), "", by_municipality(outcomes, f.outcomes, munis, lb, width, head=t("outcome")), level=3
    )
    md = [(t("md_total"), str(f.md_assessments)), (t("md_with_county"), str(f.md_with_county))]
    roles = [(lb.role(r), str(n)) for r, n in f.county_roles.most_common()]
    body = [counts(md, None, width)]
    if roles:
        body += [Spacer(1, 4), counts(roles, (t("role"), t("role_count")), width)]
    return story + sec(t("md"), "", *body, level=3)


def _plans(f: Figures, lb: Labels, width: float) -> list[Flowable]:
    t = lb.t
    story = sec(t("plans"), t("plans_intro"), *_kinds(f.plans, f, lb, width))
    parties = [(lb.party(p), str(n)) for p, n in _parties(f.plans_by_party)]
    story += sec(t("by_party"), "", counts(parties, (t("party"), t("count")), width), level=3)
    labels = [t(k) for k in REVIEW_KINDS]
    values = [f.reviews.get(k, 0) for k in REVIEW_KINDS]
    rows_ = [*zip(labels, map(str, values), strict=True), (t("carried"), str(f.reviews_carried))]
    chart = horizontal_bars(labels, values, width, label_width=200)
    story += sec(t("reviews"), t("reviews_intro"), counts(rows_, None, width), Spacer(1, 6), chart)
    head = [text(t("span"), LABEL), num(t("median_days"), bold=True), num(t("cases"), bold=True)]
    rows: list[list[object]] = [head]
    for key, days in (
        ("permit_to_assessment", f.permit_to_assessment),
        ("assessment_to_plan", f.assessment_to_plan),
    ):
        rows.append([text(t(key), CELL), num(lb.number(median(days))), num(str(len(days)))])
    story += sec(t("times"), "", table(rows, [width * 0.55, width * 0.2, width * 0.2]))
    months = lb.direction_months(f.as_of)
    decided = f.direction.get("within", 0) + f.direction.get("not_within", 0)
    share = f"{round(100 * f.direction.get('within', 0) / decided)} %" if decided else "–"
    rows_ = [(t(k), str(f.direction.get(k, 0))) for k in DIRECTION_KINDS]
    intro = t("direction_intro", months=months)
    table_ = counts([*rows_, (t("share"), share)], None, width)
    return story + sec(t("direction", months=months), intro, table_)


def _services(f: Figures, lb: Labels, width: float) -> list[Flowable]:
    t = lb.t
    services = f.services.most_common()
    names = [lb.service(code) for code, _ in services]
    body: list[Flowable] = [text(t("none"))]
    if services:
        rows = [(n, str(v)) for n, (_, v) in zip(names, services, strict=True)]
        chart = horizontal_bars(names, [v for _, v in services], width, label_width=230)
        body = [counts(rows, (t("service"), t("clients")), width), Spacer(1, 6), chart]
    story = sec(t("services"), t("services_intro"), *body)
    status = [(lb.label(s), str(f.measure_status.get(s.value, 0))) for s in MeasureStatus]
    story += sec(
        t("measures"), t("measures_intro"), counts(status, (t("status"), t("count")), width), level=3
    )
    civic = [
        (t("civic_count"), str(sum(f.civic_languages.values()))),
        (t("civic_hours_total"), str(sum(f.civic_hours))),
        (t("civic_hours_median"), lb.number(median(f.civic_hours))),
        (t("civic_below", hours=f.civic_min_hours or "–"), str(f.civic_below_minimum)),
        (t("civic_hours_missing"), str(f.civic_hours_missing)),
    ]
    body = [counts(civic, None, width)]
    if f.civic_languages:
        langs = [(lb.language(c), str(n)) for c, n in _last_unrecorded(f.civic_languages)]
        body += [Spacer(1, 4), counts(langs, (t("civic_language"), t("civic_count")), width)]
    return story + sec(t("civic"), "", *body, level=3)


def _people(f: Figures, lb: Labels, width: float, munis: list[str]) -> list[Flowable]:
    t = lb.t
    groups = [(g, t(g)) for g in CLIENT_GROUPS]
    table_ = by_municipality(groups, f.client_groups, munis, lb, width, head=t("group"), fmt=lb.people)
    story = sec(t("groups"), t("groups_intro"), table_)
    genders = [(g.value, lb.label(g)) for g in Gender] + [(NOT_RECORDED, t("not_recorded"))]
    table_ = by_municipality(genders, f.genders, munis, lb, width, head=t("gender"), fmt=lb.people)
    story += sec(t("gender"), "", table_, level=3)
    modes = list(MeetingMode)
    head = [
        text(t("purpose"), LABEL),
        *(num(lb.label(md), bold=True) for md in modes),
        num(t("total"), bold=True),
    ]
    rows: list[list[object]] = [head]
    for p in MeetingPurpose:
        values = [f.meeting_modes.get((p.value, md.value), 0) for md in modes]
        rows.append([text(lb.label(p), CELL), *(num(str(v)) for v in [*values, sum(values)])])
    story += sec(
        t("meetings"),
        t("meetings_intro"),
        table(rows, [width * 0.4, width * 0.18, width * 0.18, width * 0.18]),
    )
    langs = _last_unrecorded(f.languages)
    lang_rows: list[list[object]] = [
        [text(t("language"), LABEL), num(t("clients"), bold=True), num(t("interpreted"), bold=True)]
    ]
    for code, n in langs:
        interpreted = str(f.interpreter_meetings.get(code, 0))
        lang_rows.append([text(lb.language(code), CELL), num(lb.people(n)), num(interpreted)])
    return story + sec(
        t("languages"), "", table(lang_rows, [width * 0.45, width * 0.2, width * 0.25], zebra=True)
    )


def story(f: Figures, lb: Labels, width: float, csv_name: str | None) -> list[Flowable]:
    t = lb.t
    one = f.municipality
    title = t("title_one", municipality=lb.municipality(one)) if one else t("title")
    subtitle = t("subtitle_one", municipality=lb.municipality(one)) if one else t("subtitle")
    out: list[Flowable] = [
        *heading(title, "", rtl=False, level=1),
        text(subtitle, BODY),
        text(t("period", start=lb.date(f.start), end=lb.date(f.end)), LABEL),
        Spacer(1, 4),
        text(t("as_of", date=lb.date(f.as_of)), SMALL),
        text(t("grouping"), SMALL),
        text(t("small_cells", mark=t("small_mark")), SMALL),
        *_summary(f, lb, width),
    ]
    munis = [one] if one else f.municipalities()
    if not one and munis:
        rows = [(lb.municipality(m), f.served_by_municipality.get(m, 0), f.caseload.get(m, 0)) for m in munis]
        rows.append((t("total"), f.clients_served, sum(f.caseload.values())))
        head = [text(t("municipality"), LABEL), num(t("served"), bold=True), num(t("caseload"), bold=True)]
        data: list[list[object]] = [head, *[[text(a, CELL), num(str(b)), num(str(c))] for a, b, c in rows]]
        out += sec(t("people"), "", table(data, [width * 0.45, width * 0.2, width * 0.3]))
    out += _assessments(f, lb, width, munis)
    out += _plans(f, lb, width)
    out += _services(f, lb, width)
    out += _people(f, lb, width, munis)
    if csv_name:
        out += [Spacer(1, 8), text(t("csv_note", name=csv_name), SMALL)]
    return out
