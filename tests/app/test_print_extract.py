"""The client's data extract: JSON against the documented schema, PDF content, logging."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from app.assessments import add_participant, save_assessment, start_assessment
from app.meetings import add_note
from app.plans.items import remove_goal
from app.printing.assessment import assessment_pdf
from app.printing.extract import extract_json
from app.printing.extract_pdf import extract_pdf
from app.printing.extract_schema import build_schema, schema_text
from app.workspace import Workspace
from models.enums import AccessAction, AssessmentKind
from tests.support.printing import (
    fonts_not_embedded,
    log_rows,
    make_client,
    make_plan,
    norm,
    pages_text,
    structural_problems,
)

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "extract-schema.json"


@pytest.fixture
def client(workspace: Workspace) -> str:
    client = make_client(workspace, lang="so")
    make_plan(workspace, client)
    a = start_assessment(workspace, client_id=client, kind=AssessmentKind.MULTIDISCIPLINARY)
    save_assessment(workspace, assessment_id=a.id, changes={"work_history": "Rakennusalalla 10 vuotta."})
    add_participant(
        workspace,
        assessment_id=a.id,
        name="Sosiaalityöntekijä Testi",
        organisation="Pohjois-Savon hyvinvointialue",
        role="sosiaalityöntekijä",
    )
    add_note(workspace, client_id=client, text="Muistiinpano: asiakas toi todistuksen.")
    return client


def test_schema_file_is_the_models_schema() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()


def test_json_extract_validates_and_holds_everything(workspace: Workspace, client: str) -> None:
    plan = extract_json_dict(workspace, client)["plans"][0]
    remove_goal(workspace, goal_id=plan["goals"][0]["id"])  # a deleted row is still stored: listed
    data = extract_json_dict(workspace, client)
    jsonschema.Draft202012Validator(build_schema()).validate(data)
    assert data["client"]["first_names"] == "Amina" and data["client"]["preferred_language"] == "so"
    assert {x["language"] for x in data["languages"]} == {"so", "fi"}
    assert data["assessments"][0]["participants"][0]["organisation"] == "Pohjois-Savon hyvinvointialue"
    goals = data["plans"][0]["goals"]
    assert len(goals) == 2 and goals[0]["record"]["deleted"] is True
    assert len(data["plans"][0]["measures"]) == 2
    assert data["notes"][0]["text"].startswith("Muistiinpano")
    last = data["access_log"][-1]  # the export itself is in the log it exports
    assert (last["action"], last["detail"]) == ("export", "extract-json")


def extract_json_dict(ws: Workspace, client: str) -> dict[str, object]:
    return json.loads(extract_json(ws, client_id=client))  # type: ignore[no-any-return]


@pytest.mark.parametrize("lang", ["fi", "so", "fa"])
def test_pdf_extract(workspace: Workspace, client: str, lang: str) -> None:
    before = len(log_rows(workspace, client))
    pdf = extract_pdf(workspace, client_id=client, lang=lang)
    text = norm(" ".join(pages_text(pdf)))
    for expected in (
        "Sinusta tallennetut tiedot",
        "Muistiinpano: asiakas toi todistuksen.",
        "Pohjois-Savon hyvinvointialue",
        "Tietojesi käsittelyloki",
        "test.ohjaaja",
    ):
        assert expected in text
    if lang == "so":
        assert "Xogta adiga kugu saabsan ee la kaydiyay" in text
    if lang == "fa":
        assert norm("اطلاعاتی که درباره شما ذخیره شده است") in text
    new = log_rows(workspace, client)[before:]
    assert [(r.action, r.detail) for r in new] == [(AccessAction.PRINT, "extract")]
    assert fonts_not_embedded(pdf) == [] and structural_problems(pdf) == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_assessment_summary(workspace: Workspace, client: str, lang: str) -> None:
    pdf = assessment_pdf(workspace, client_id=client, lang=lang)
    text = norm(" ".join(pages_text(pdf)))
    assert "Monialainen osaamisen ja kotoutumisen palvelutarpeen arviointi" in text
    for area in (
        "Työhistoria",
        "Työ- ja toimintakyky",
        "Järjestö-, yhdistys- ja yhteisötoimintaan osallistuminen",
    ):
        assert area in text
    assert "Sosiaalityöntekijä Testi" in text
    if lang == "ar":
        assert norm("تقييم متعدد التخصصات للمهارات والاحتياجات من خدمات الاندماج") in text
    assert fonts_not_embedded(pdf) == [] and structural_problems(pdf) == []
    assert log_rows(workspace, client)[-1].detail == "assessment"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ("Command line", "This device", "Integration plan")),
        ("sv", ("Kommandorad", "Den här enheten", "Integrationsplan")),
    ],
)
def test_the_access_log_is_words_and_finnish_time(
    workspace: Workspace, client: str, lang: str, words: tuple[str, ...]
) -> None:
    """Who used the data, in words: the view or document, the record, the device; times in Finnish
    time, not UTC, and no internal names or device id fragments."""
    from datetime import UTC
    from zoneinfo import ZoneInfo

    from app.clients import list_clients
    from app.printing.styles import fmt_date

    list_clients(workspace, view="cli")  # the command line listed the client
    pdf = extract_pdf(workspace, client_id=client, lang=lang)
    log = norm(" ".join(pages_text(pdf))).split("Tietojesi käsittelyloki")[-1]
    for expected in ("Komentorivi", "Tämä laite", "Kotoutumissuunnitelma", "Suomen aikaa", *words):
        assert expected in log
    device = workspace.actor.device_id
    for internal in ("integration_plan", "cli", "UTC", "plan-start", device[-8:]):  # its random end
        assert internal not in log
    last = log_rows(workspace, client)[-1].at  # the print itself, at the end of the log it prints
    helsinki = last.replace(tzinfo=UTC).astimezone(ZoneInfo("Europe/Helsinki")).replace(tzinfo=None)
    assert fmt_date(helsinki) in log
