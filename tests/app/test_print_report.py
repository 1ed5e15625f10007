"""The annual report as documents: PDF with charts and CSV in fi, sv and en, names instead of codes,
small counts of people hidden, one access-log row per document, no personal data."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest

from app.demo import generate_demo_data
from app.printing.report_pdf import annual_report, render_report, report_figures
from app.printing.texts import load_texts
from app.workspace import Workspace
from models.enums import AccessAction
from tests.support.printing import fonts_not_embedded, log_rows, pages_text, structural_problems
from tests.support.report_profile import Rows

TODAY = date(2026, 6, 30)


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    generate_demo_data(workspace, clients=150, seed=7, today=TODAY)
    return workspace


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


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
        "Asiakasryhmät",
        "Ohjaus palveluun 6 kuukauden kuluessa",
        "Monikielinen yhteiskuntaorientaatio",
    ):
        assert heading in text
    assert "Kuopio" in text and "Tarkistamatta, määräaika ohi" in text and "raportti.csv" in text
    assert fonts_not_embedded(report.pdf) == [] and structural_problems(report.pdf) == []
    rows = _csv(report.csv)
    assert rows[0] == ["Ajanjakso", "Kunnat", "Luku", "Ryhmä", "Alaryhmä", "Arvo", "Huomautus"]
    served = [r for r in rows[1:] if r[2].startswith("Asiakkaita, joilla")]
    assert served[0][5] == str(f.clients_served) and served[0][1] == "Kaikki kunnat"
    assessments = [r for r in rows[1:] if r[2] == "Osaamisen ja palvelutarpeen arvioinnit"]
    by_kind = [r for r in assessments if r[3] != "Vastuutahoittain"]
    assert sum(int(r[5]) for r in by_kind) == sum(f.assessments.values())
    assert {r[3] for r in by_kind} <= {"Kuopio", "Tuusniemi", "Lapinlahti", "Kaavi"}
    logged = [(r.action, r.detail, r.entity) for r in log_rows(demo, None) if r.entity == "report"]
    assert logged == [
        (AccessAction.PRINT, "annual-report", "report"),
        (AccessAction.EXPORT, "annual-report-csv", "report"),
    ]


def test_csv_has_names_not_codes(demo: Workspace) -> None:
    figures = report_figures(demo, start=date(2025, 7, 1), end=TODAY, today=TODAY)
    codes = re.compile(r"^(\d{3}|[a-z]+(_[a-z]+)+|[a-z]{2,3})$")  # municipality, enum, language codes
    for lang, scope in (("fi", "Kaikki kunnat"), ("sv", "Alla kommuner"), ("en", "All municipalities")):
        rows = _csv(render_report(demo, figures, fmt="csv", lang=lang))
        assert all(r[1] == scope for r in rows[1:])
        cells = [c for r in rows[1:] for c in r[2:5] if c]
        assert not [c for c in cells if codes.match(c)], lang
    sv = {r[3] for r in _csv(render_report(demo, figures, fmt="csv", lang="sv"))}
    assert "Kuopio" in sv and "Per ansvarig part" in sv


def test_small_counts_of_people_are_hidden(workspace: Workspace) -> None:
    rows = Rows()
    for i in range(7):  # seven clients in Kaavi, one of them a victim of trafficking
        c = rows.client("204", trafficking_victim=i == 0)
        rows.assessment(c, date(2025, 3, 1))
    rows.insert(workspace)
    report = annual_report(workspace, start=date(2025, 1, 1), end=date(2025, 12, 31), municipality="204")
    assert report.figures.client_groups[("204", "trafficking_victim")] == 1
    trafficking = [r for r in _csv(report.csv) if r[4] == "Ihmiskaupan uhri"]
    assert trafficking == [
        [trafficking[0][0], "Kaavi", "Asiakasryhmät", "Kaavi", "Ihmiskaupan uhri", "", "alle 5"]
    ]
    served = [r for r in _csv(report.csv) if r[2].startswith("Asiakkaita, joilla")]
    assert served[0][5] == "7"  # totals stay exact
    text = " ".join(pages_text(report.pdf))
    assert "Kotoutumispalvelujen raportti: Kaavi" in text and "alle 5" in text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_report_in_swedish_and_english(demo: Workspace, lang: str) -> None:
    report = annual_report(
        demo, start=date(2025, 7, 1), end=TODAY, today=TODAY, lang=lang, municipality="297"
    )
    text = " ".join(pages_text(report.pdf))
    words = load_texts()[lang]["report"]
    for key in ("title_one", "groups", "reviews", "civic", "direction", "meetings"):
        assert words[key].format(municipality="Kuopio", months=6) in text
    finnish = load_texts()["fi"]["report"]
    assert finnish["reviews"] not in text and finnish["groups"] not in text  # no Finnish left in the body
    detail = [r.detail for r in log_rows(demo, None) if r.entity == "report"]
    assert detail == ["annual-report-297", "annual-report-297-csv"]


def test_every_report_text_in_fi_sv_en() -> None:
    texts = load_texts()
    fi = texts["fi"]["report"]
    for lang in ("sv", "en"):
        own = texts[lang]["report"]
        assert sorted(own) == sorted(fi), lang
        for key, value in fi.items():
            assert set(re.findall(r"{\w+}", value)) == set(re.findall(r"{\w+}", own[key])), (lang, key)


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


def test_report_command_for_one_municipality(
    demo: Workspace, profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.app.test_print_cli import _run

    out = tmp_path / "tuusniemi.pdf"
    argv = ["report", "--profile", str(profile_dir), "--from", "2025-07-01", "--to", "2026-06-30"]
    assert _run([*argv, "--municipality", "857", "--lang", "sv", "--out", str(out)], monkeypatch) == 0
    assert "Rapport om integrationstjänsterna: Tuusniemi" in " ".join(pages_text(out.read_bytes()))
    assert {r[1] for r in _csv((tmp_path / "tuusniemi.csv").read_bytes())[1:]} == {"Tuusniemi"}
    assert _run([*argv, "--municipality", "999", "--out", str(out)], monkeypatch) == 2


def test_csv_headers_and_notes_are_words_in_the_report_language(demo: Workspace) -> None:
    """The whole CSV (headers, scope, notes too) in the report's language: no column names, enum or
    municipality codes anywhere; numbers with the language's decimal mark."""
    figures = report_figures(demo, start=date(2025, 7, 1), end=TODAY, today=TODAY)
    headers = {
        "sv": ["Period", "Kommuner", "Uppgift", "Grupp", "Undergrupp", "Värde", "Anmärkning"],
        "en": ["Period", "Municipalities", "Figure", "Group", "Subgroup", "Value", "Note"],
    }
    codes = re.compile(r"\b(\d{3}|[a-z]+(_[a-z]+)+|csv_\w+)\b")
    for lang, header in headers.items():
        rows = _csv(render_report(demo, figures, fmt="csv", lang=lang))
        assert rows[0] == header
        assert not [c for r in rows for i, c in enumerate(r) if i != 5 and codes.search(c)], lang
        median = next(r[5] for r in rows if r[4] in ("Median, days", "Median, dagar"))
        assert "," not in median if lang == "en" else "." not in median
