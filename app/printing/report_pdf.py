"""The annual report for the welfare group, or one partner municipality's report for the contract
follow-up meeting: a PDF (tables and charts) and the same figures as CSV, in Finnish, Swedish or English.

Figures first (``report_figures``, one read-only session), then the documents (``render_report``);
the app's dialog runs the two steps one after the other on the worker thread to show progress. Each
document made writes one access-log row with no client: PRINT for the PDF, EXPORT for the CSV.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from app.lookups import load_lookups
from app.printing.common import log_document
from app.printing.layout import DocInfo, build_pdf, content_width
from app.printing.report import Figures, annual_figures
from app.printing.report.export import report_csv
from app.printing.report.labels import Labels
from app.printing.report.pdf import story
from app.printing.texts import BASE, Tr
from app.rules_cache import rules_in_force
from app.workspace import Workspace
from models.enums import AccessAction

KIND = "annual-report"
Format = Literal["pdf", "csv"]


@dataclass(frozen=True)
class Report:
    figures: Figures
    pdf: bytes
    csv: bytes


def report_figures(
    ws: Workspace, *, start: date, end: date, municipality: str | None = None, today: date | None = None
) -> Figures:
    with ws.session() as s:
        return annual_figures(s, start=start, end=end, today=today, municipality=municipality)


def render_report(
    ws: Workspace, figures: Figures, *, fmt: Format, lang: str = BASE, csv_name: str | None = None
) -> bytes:
    """The PDF or the CSV of ``figures`` in ``lang`` (fi, sv or en); logs PRINT or EXPORT."""
    lookups = load_lookups(ws)
    with ws.session() as s:
        labels = Labels(lang, lookups, rules_in_force(s))
        if fmt == "csv":
            data = report_csv(figures, labels)
        else:
            one = figures.municipality
            title = labels.t("title_one", municipality=labels.municipality(one)) if one else labels.t("title")
            info = DocInfo(
                tr=Tr(lang),
                title=(title, ""),
                doc_id=f"{figures.start.isoformat()}–{figures.end.isoformat()}"
                + (f" · {one}" if one else ""),
                version=None,
                municipality=labels.municipality(one) if one else None,
                printed=figures.today,
            )
            data = build_pdf(story(figures, labels, content_width(info), csv_name), info)
        action = AccessAction.EXPORT if fmt == "csv" else AccessAction.PRINT
        kind = (
            KIND
            + (f"-{figures.municipality}" if figures.municipality else "")
            + ("-csv" if fmt == "csv" else "")
        )
        log_document(ws, s, action, client_id=None, entity="report", kind=kind)
    return data


def annual_report(
    ws: Workspace,
    *,
    start: date,
    end: date,
    today: date | None = None,
    csv_name: str | None = None,
    municipality: str | None = None,
    lang: str = BASE,
) -> Report:
    """Both documents over ``start``..``end`` (inclusive), as ``polku report`` writes them."""
    figures = report_figures(ws, start=start, end=end, municipality=municipality, today=today)
    pdf = render_report(ws, figures, fmt="pdf", lang=lang, csv_name=csv_name)
    return Report(figures, pdf, render_report(ws, figures, fmt="csv", lang=lang))
