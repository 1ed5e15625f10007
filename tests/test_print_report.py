"""The annual report: figures, PDF with charts, CSV, one log row each, no personal data."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from app.demo import generate_demo_data
from app.printing.report_pdf import annual_report
from app.workspace import Workspace
from models.enums import AccessAction
from tests.test_print_support import fonts_not_embedded, log_rows, pages_text, structural_problems

TODAY = date(2026, 6, 30)


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    generate_demo_data(workspace, clients=150, seed=7, today=TODAY)
    return workspace


def test_report_pdf_and_csv(demo: Workspace) -> None:
    report = annual_report(demo, start=date(2025, 7, 1), end=TODAY, today=TODAY, csv_name="raportti.csv")
    f = report.figures
    assert f.clients_served > 0 and sum(f.assessments.values()) > 0 and sum(f.plans.values()) > 0
    assert sum(f.assessments.values()) == sum(f.assessments_by_party.values())
    assert sum(f.plans.values()) == sum(f.plans_by_party.values())
    assert f.services and f.languages and f.reviews
    text = " ".join(pages_text(report.pdf))
    for heading in (
        "Kotoutumispalvelujen vuosiraportti",
        "Osaamisen ja palvelutarpeen arvioinnit",
        "Suunnitelmien tarkistukset",
        "Palvelut, joihin asiakkaita ohjattiin",
        "Kielet ja tulkkaus",
    ):
        assert heading in text
    assert "Kuopio" in text and "Tarkistamatta, määräaika ohi" in text
    assert fonts_not_embedded(report.pdf) == [] and structural_problems(report.pdf) == []
    rows = list(csv.reader(io.StringIO(report.csv.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["period_start", "period_end", "figure", "group", "subgroup", "value"]
    values = {(r[2], r[3], r[4]): int(r[5]) for r in rows[1:]}
    assert values[("clients_served", "", "")] == f.clients_served
    assert sum(v for (fig, _, _), v in values.items() if fig == "assessments") == sum(f.assessments.values())
    logged = [(r.action, r.detail, r.entity) for r in log_rows(demo, None) if r.entity == "report"]
    assert logged == [
        (AccessAction.PRINT, "annual-report", "report"),
        (AccessAction.EXPORT, "annual-report-csv", "report"),
    ]


def test_report_holds_no_names(demo: Workspace) -> None:
    from sqlalchemy import select

    from models import Client

    with demo.session() as s:
        names = [n for (n,) in s.execute(select(Client.last_name).limit(50))]
    report = annual_report(demo, start=date(2025, 1, 1), end=TODAY, today=TODAY)
    text = " ".join(pages_text(report.pdf)) + report.csv.decode("utf-8-sig")
    assert not [n for n in names if len(n) > 3 and n in text]


def test_empty_period(workspace: Workspace) -> None:
    report = annual_report(workspace, start=date(2020, 1, 1), end=date(2020, 12, 31))
    assert report.figures.clients_served == 0
    assert "Ei tietoja ajanjaksolta." in " ".join(pages_text(report.pdf))
