"""The annual report as a PDF (tables and charts) plus the same figures as CSV; Finnish only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Spacer

from app.lookups import Lookups, load_lookups
from app.printing.charts import grouped_bars, horizontal_bars
from app.printing.common import log_document
from app.printing.layout import DocInfo, build_pdf, content_width
from app.printing.report import REVIEW_KINDS, Figures, annual_figures, report_csv
from app.printing.styles import BODY, CELL, LABEL, SMALL, fields, fmt_date, heading, table, text
from app.printing.texts import BASE, Tr
from app.workspace import Workspace
from models.enums import AccessAction, AssessmentKind, ResponsibleParty

KIND = "annual-report"


@dataclass(frozen=True)
class Report:
    figures: Figures
    pdf: bytes
    csv: bytes


def _by_municipality(
    counts: dict[tuple[str, str], int], tr: Tr, lookups: Lookups, width: float
) -> list[Flowable]:
    codes = sorted({m for m, _ in counts}, key=lambda c: -sum(n for (m, _), n in counts.items() if m == c))
    if not codes:
        return [text(tr.fi("report.none"))]
    kinds = (AssessmentKind.BASIC.value, AssessmentKind.MULTIDISCIPLINARY.value)
    names = [Lookups.pick(lookups.municipalities.get(c), BASE, c) for c in codes]
    head = [
        text(tr.fi(k), LABEL) for k in ("report.municipality", "report.basic", "report.multi", "report.total")
    ]
    rows: list[list[object]] = [head]
    for code, name in zip(codes, names, strict=True):
        values = [counts.get((code, k), 0) for k in kinds]
        rows.append([text(name, CELL), *(text(str(v), CELL) for v in [*values, sum(values)])])
    totals = [sum(counts.get((c, k), 0) for c in codes) for k in kinds]
    rows.append([text(tr.fi("report.total"), LABEL), *(text(str(v), LABEL) for v in [*totals, sum(totals)])])
    chart = grouped_bars(
        names,
        [
            (tr.fi("report.basic"), [counts.get((c, kinds[0]), 0) for c in codes]),
            (tr.fi("report.multi"), [counts.get((c, kinds[1]), 0) for c in codes]),
        ],
        width,
    )
    return [table(rows, [width * 0.4, width * 0.2, width * 0.2, width * 0.2]), Spacer(1, 6), chart]


def _by_party(counts: dict[str, int], tr: Tr, width: float) -> Flowable:
    rows: list[list[object]] = [[text(tr.fi("report.party"), LABEL), text(tr.fi("report.count"), LABEL)]]
    for value, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        rows.append([text(tr.enum_label(ResponsibleParty(value), BASE), CELL), text(str(n), CELL)])
    return table(rows, [width * 0.6, width * 0.2])


def _story(f: Figures, tr: Tr, lookups: Lookups, width: float, csv_name: str | None) -> list[Flowable]:
    t = tr.fi
    story: list[Flowable] = [
        *heading(t("report.title"), "", rtl=False, level=1),
        text(t("report.subtitle"), BODY),
        text(t("report.period", start=fmt_date(f.start), end=fmt_date(f.end)), LABEL),
        *heading(t("report.summary"), "", rtl=False),
        fields(
            [
                ((t("report.clients_served"), ""), text(str(f.clients_served))),
                ((t("report.interpreter_clients"), ""), text(str(f.interpreter_clients))),
                ((t("report.meetings_held"), ""), text(str(f.meetings_held))),
                ((t("report.plan_versions"), ""), text(str(f.plan_versions))),
            ],
            width,
            rtl=False,
            label_share=0.7,
        ),
    ]
    for key, counts, parties in (
        ("report.assessments", f.assessments, f.assessments_by_party),
        ("report.plans", f.plans, f.plans_by_party),
    ):
        story += heading(t(key), t("report.by_municipality"), rtl=False)
        story += _by_municipality(counts, tr, lookups, width)
        story += [*heading(t("report.by_party"), "", rtl=False, level=3), _by_party(parties, tr, width)]
    labels = [t(f"report.{k}") for k in REVIEW_KINDS]
    values = [f.reviews.get(k, 0) for k in REVIEW_KINDS]
    story += [*heading(t("report.reviews"), t("report.reviews_intro"), rtl=False)]
    story.append(
        table(
            [[text(lbl, CELL), text(str(v), CELL)] for lbl, v in zip(labels, values, strict=True)],
            [width * 0.6, width * 0.2],
            header=False,
        )
    )
    story += [Spacer(1, 6), horizontal_bars(labels, values, width)]
    services = f.services.most_common()
    story += heading(t("report.services"), t("report.services_intro"), rtl=False)
    if services:
        names = [Lookups.pick(lookups.services.get(code), BASE, code) for code, _ in services]
        rows: list[list[object]] = [[text(t("report.service"), LABEL), text(t("report.clients"), LABEL)]]
        rows += [[text(n, CELL), text(str(v), CELL)] for n, (_, v) in zip(names, services, strict=True)]
        story += [table(rows, [width * 0.75, width * 0.2]), Spacer(1, 6)]
        story.append(horizontal_bars(names, [v for _, v in services], width, label_width=230))
    else:
        story.append(text(t("report.none")))
    story += heading(t("report.languages"), "", rtl=False)
    langs = f.languages.most_common()
    lang_rows: list[list[object]] = [
        [text(t(k), LABEL) for k in ("report.language", "report.clients", "report.interpreted")]
    ]
    for code, n in langs:
        name = Lookups.pick(lookups.languages.get(code), BASE, code)
        lang_rows.append(
            [text(name, CELL), text(str(n), CELL), text(str(f.interpreter_meetings.get(code, 0)), CELL)]
        )
    story.append(table(lang_rows, [width * 0.45, width * 0.2, width * 0.25], zebra=True))
    top = langs[:12]
    if top:
        story += [
            Spacer(1, 6),
            horizontal_bars(
                [Lookups.pick(lookups.languages.get(c), BASE, c) for c, _ in top], [n for _, n in top], width
            ),
        ]
    if csv_name:
        story += [Spacer(1, 8), text(t("report.csv_note", name=csv_name), SMALL)]
    return story


def annual_report(
    ws: Workspace, *, start: date, end: date, today: date | None = None, csv_name: str | None = None
) -> Report:
    """The report over ``start``..``end`` (inclusive); logs one PRINT and one EXPORT row (no client)."""
    lookups = load_lookups(ws)
    tr = Tr(BASE)
    with ws.session() as s:
        figures = annual_figures(s, start=start, end=end, today=today)
        info = DocInfo(
            tr=tr,
            title=(tr.fi("report.title"), ""),
            doc_id=f"{start.isoformat()}–{end.isoformat()}",
            version=None,
            municipality=None,
            printed=today or date.today(),
        )
        pdf = build_pdf(_story(figures, tr, lookups, content_width(info), csv_name), info)
        csv = report_csv(figures)
        log_document(ws, s, AccessAction.PRINT, client_id=None, entity="report", kind=KIND)
        log_document(ws, s, AccessAction.EXPORT, client_id=None, entity="report", kind=f"{KIND}-csv")
    return Report(figures, pdf, csv)
