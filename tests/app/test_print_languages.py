"""Clients can read their own printed plan: whatever prints from a code (goal areas, statuses, languages,
providers, roles, "not recorded") is in the client's language, as large and dark as the Finnish; when
there are no texts in the client's language the CLI, the print dialog and the batch print say so; and
right-to-left lines keep brackets, numbers and Latin names in the right order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import bidi
import pytest
from PySide6.QtWidgets import QApplication

from app.assessments import add_participant, start_assessment
from app.cli import build_parser, run_command
from app.plans.items import add_goal, add_measure
from app.plans.lifecycle import create_plan
from app.printing.assessment import assessment_pdf
from app.printing.bidi import shape, visual, wrap
from app.printing.plan import plan_pdf
from app.printing.styles import BODY, LABEL, RTL_SCALE, pair
from app.printing.texts import BASE, Reason, languages, load_texts, print_language_for
from app.workspace import Workspace
from models import CONTENT_AREAS
from models.enums import (
    AssessmentKind,
    AssessmentOutcome,
    AssessmentStatus,
    GoalArea,
    MeasureStatus,
    PlanKind,
    PlanState,
    ResponsibleParty,
)
from models.reference import LANGS, default_reference
from models.rules import default_rules
from tests.conftest import PASSPHRASE
from tests.support.printing import make_client, norm, pages_text

FA = load_texts()["fa"]


def _plan(ws: Workspace, client: str) -> str:
    plan = create_plan(
        ws,
        client_id=client,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2027, 3, 12),
        period_end=date(2028, 3, 11),
    )
    add_goal(ws, plan_id=plan.id, area=GoalArea.LANGUAGE, text="Oppii suomen kielen perusteet.")
    add_goal(ws, plan_id=plan.id, area=GoalArea.EDUCATION, text="Hakee ammatilliseen koulutukseen.")
    add_measure(
        ws,
        plan_id=plan.id,
        service="integration_training",
        provider="kuopio_adult_education_centre",
        status=MeasureStatus.ONGOING,
    )
    add_measure(ws, plan_id=plan.id, service="civic_orientation", hours=70, language="fa")
    return plan.id


def test_a_persian_plan_names_areas_statuses_languages_and_providers_in_persian(
    workspace: Workspace,
) -> None:
    client = make_client(workspace, lang="fa")
    _plan(workspace, client)
    text = norm(" ".join(pages_text(plan_pdf(workspace, client_id=client))))  # the client's language
    for persian in (
        FA["enum"]["GoalArea"]["language"],
        FA["enum"]["GoalArea"]["education"],
        FA["enum"]["MeasureStatus"]["ongoing"],
        FA["enum"]["MeasureStatus"]["planned"],
        FA["language"]["fa"],  # mother tongue, preferred language, the language civic orientation is in
        FA["language"]["fi"],
        FA["client"]["mother_tongue"],
        FA["provider"]["kuopio_adult_education_centre"],
        FA["service"]["civic_orientation"],
    ):
        assert norm(persian) in text, persian
    assert "Kuopion kansalaisopisto" in text and "persia" in text  # the Finnish stays


def test_the_assessment_says_not_recorded_and_names_roles_in_the_clients_language(
    workspace: Workspace,
) -> None:
    client = make_client(workspace, lang="uk")
    a = start_assessment(
        workspace, client_id=client, kind=AssessmentKind.MULTIDISCIPLINARY, assessed_on=date(2027, 3, 1)
    )
    add_participant(
        workspace, assessment_id=a.id, name="Demo Hoitaja", organisation="PSHVA", role_code="county_nurse"
    )
    text = " ".join(pages_text(assessment_pdf(workspace, client_id=client)))
    uk = load_texts()["uk"]
    per_area = len(CONTENT_AREAS)
    assert text.count("Ei kirjattu") == per_area
    assert text.count(uk["doc"]["not_recorded"]) == per_area
    assert uk["language"]["uk"] in text and uk["assessment"]["areas"]["work_history"] in text
    assert "hyvinvointialueen terveydenhoitaja" in text
    assert uk["role"]["county_nurse"] in norm(text)


# The enums, names and roles a plan or an assessment summary prints from codes.
PRINTED_ENUMS = (
    GoalArea,
    MeasureStatus,
    ResponsibleParty,
    PlanKind,
    PlanState,
    AssessmentKind,
    AssessmentStatus,
    AssessmentOutcome,
)


@pytest.mark.parametrize("lang", [x for x in languages() if x not in LANGS])
def test_every_code_has_a_name_in_every_print_language(lang: str) -> None:
    """A language the reference data lacks (fi/sv/en) names every code itself, so nothing on its
    documents falls back to Finnish alone or to English without anyone noticing."""
    own = load_texts()[lang]
    ref = default_reference()
    missing = [
        f"enum.{e.__name__}.{m.value}"
        for e in PRINTED_ENUMS
        for m in e
        if m.value not in own["enum"][e.__name__]
    ]
    missing += [
        f"enum.LanguageLevel.{v}" for v in ("none", "native") if v not in own["enum"]["LanguageLevel"]
    ]
    missing += [f"service.{s.code}" for s in ref.services if s.code not in own.get("service", {})]
    missing += [f"language.{x.code}" for x in ref.languages if x.code not in own.get("language", {})]
    missing += [f"provider.{p.code}" for p in ref.providers if p.code not in own.get("provider", {})]
    missing += [f"role.{r}" for r in default_rules().participant_roles if r not in own.get("role", {})]
    assert not missing, (lang, missing)


def test_the_clients_language_prints_as_large_and_dark_as_the_finnish() -> None:
    for st in (BODY, LABEL):
        fi, other = pair("Tavoitteet", "Цілі", st)
        assert (other.style.fontSize, other.style.textColor) == (fi.style.fontSize, fi.style.textColor)
        fi, rtl = pair("Tavoitteet", "اهداف", st, rtl=True)
        assert rtl.size == pytest.approx(fi.style.fontSize * RTL_SCALE)  # Arabic script looks smaller
        assert rtl.color == fi.style.textColor


def test_the_fallback_is_decided_in_one_place() -> None:
    assert print_language_for("fa") == ("fa", Reason.OWN)
    assert print_language_for("fi") == (BASE, Reason.FINNISH)
    assert print_language_for("ta") == ("en", Reason.NO_TABLE)  # Tamil: in the reference data, no table
    assert print_language_for(None) == ("en", Reason.NOT_SET)


def test_the_command_line_says_a_tamil_plan_prints_in_finnish_and_english(
    workspace: Workspace,
    profile_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client = make_client(workspace, first="Lan", last="Demo", lang="ta")
    _plan(workspace, client)
    monkeypatch.setenv("POLKU_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "plan.pdf"
    argv = [
        "print",
        "--profile",
        str(profile_dir),
        "--client",
        client,
        "--document",
        "plan",
        "--out",
        str(out),
    ]
    assert run_command(build_parser().parse_args(argv)) == 0
    said = capsys.readouterr().err
    assert "No translation for Tamil: the plan will print in Finnish and English." in said
    assert "Integration plan" in " ".join(pages_text(out.read_bytes()))
    assert run_command(build_parser().parse_args([*argv, "--lang", "fa"])) == 0
    assert "The plan will print in Finnish and Persian (Farsi)." in capsys.readouterr().err


def test_the_print_dialog_says_what_the_plan_prints_in(
    qapp: QApplication, qtbot, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.app import make_application
    from ui.print_dialog import PrintDialog

    make_application()
    i18n.set_language("en")
    client = make_client(workspace, lang="ta")
    dialog = PrintDialog(workspace, client, "ta")
    qtbot.addWidget(dialog)
    codes = {dialog.language.itemData(i) for i in range(dialog.language.count())}
    assert codes == set(languages())  # from the texts file: new tables appear without touching the UI
    assert dialog.language.currentData() == "en"
    assert dialog.languages_note.text() == (
        "No translation for Tamil: the document will print in Finnish and English."
    )
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.languages_note.text() == (
        "The document will print in Finnish and Russian. The client's own language is Tamil."
    )
    persian = PrintDialog(workspace, client, "fa")
    qtbot.addWidget(persian)
    assert persian.language.currentText() == "Persian (Farsi)"
    assert persian.languages_note.text() == "The document will print in Finnish and Persian (Farsi)."
    i18n.set_language("fi")
    finnish = PrintDialog(workspace, client, "ta")
    qtbot.addWidget(finnish)
    assert finnish.language.currentText() == "Englanti"
    assert "tamili" in finnish.languages_note.text()


def test_the_batch_print_names_each_plans_languages(qapp: QApplication, qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from app.caseload import load_caseload
    from app.plans.lifecycle import set_plan_state
    from tests.support.plan import explain_findings
    from ui import i18n
    from ui.app import make_application
    from ui.print_queue import PrintQueueDialog
    from ui.runner import ImmediateRunner, set_runner

    make_application()
    set_runner(ImmediateRunner())
    i18n.set_language("en")
    for last, lang in (("Ta", "ta"), ("Fa", "fa")):
        client = make_client(workspace, first="Demo", last=last, lang=lang)
        plan = _plan(workspace, client)
        explain_findings(workspace, plan)
        set_plan_state(workspace, plan_id=plan, state=PlanState.AGREED, on=date(2027, 3, 13))
    dialog = PrintQueueDialog(workspace, load_caseload(workspace))
    qtbot.addWidget(dialog)
    rows = sorted(dialog.list.item(i).text() for i in range(dialog.list.count()))
    assert rows[0].endswith("Fa, Demo\u2069 — Finnish and Persian (Farsi)")
    assert rows[1].endswith("Ta, Demo\u2069 — Finnish and English (no translation for Tamil)")
    assert "1 in English instead of the client's own language" in dialog.summary.text()


# Right-to-left lines with brackets, numbers, dates and Latin names (the standard's paired brackets, N0).
MIXED = (
    "مترجم لازم است: persia (farsi)",
    "بازبینی تا 12.3.2027 (Kuopio)",
    "سلطة (منطقة) و (abc) end",
    "TyöNavigaattori / International House Kuopio (خدمات راهنمایی)",
    "ع [x (y) z] ف",
    "مرحبا (123)",
)


def test_brackets_stay_round_latin_names_inside_a_persian_line() -> None:
    line = visual(shape("مترجم لازم است: persia (farsi)"), True)
    assert line.startswith("persia (farsi) :")  # was ")persia (farsi" read back: ")" at the far left
    assert norm(line[len("persia (farsi) :") :][::-1]) == "مترجم لازم است"


@pytest.mark.parametrize("logical", MIXED)
def test_the_visual_order_is_the_unicode_algorithms(logical: str) -> None:
    """The same order as python-bidi's Rust implementation (full UBA with paired brackets), which does
    not mirror: compared with every bracket made the same."""
    same = str.maketrans("()[]", "<<<<")
    ours = visual(logical, True)
    assert ours.translate(same) == str(bidi.get_display(logical, base_dir="R")).translate(same)
    opened = [i for i, ch in enumerate(ours) if ch in "(["]
    closed = [i for i, ch in enumerate(ours) if ch in ")]"]
    assert all(o < c for o, c in zip(opened, closed, strict=True))  # drawn "(" left of its ")"


def test_a_wrapped_persian_paragraph_keeps_its_brackets_on_each_line() -> None:
    text = " ".join(["برنامه"] * 12 + ["(Kuopio, 12.3.2027)"] + ["بازبینی"] * 12)
    lines = [ln.shown for ln in wrap(text, 160, 9.5, False)]  # as drawn
    assert len(lines) >= 3
    assert any("(Kuopio, 12.3.2027)" in ln for ln in lines)


def test_a_heading_is_not_left_alone_at_the_foot_of_a_page() -> None:
    """A heading pair (Finnish and the client's language) with a goal that does not fit under it moves
    to the next page with the goal, instead of ending the page on its own."""
    from types import SimpleNamespace

    from reportlab.platypus import Spacer

    from app.printing.layout import DocInfo, build_pdf
    from app.printing.plan import goals_story
    from app.printing.styles import heading
    from app.printing.texts import translator

    tr = translator("uk")
    info = DocInfo(tr, tr.pair("plan.title"), "doc-1", "1", None, date(2027, 3, 12))
    goal = SimpleNamespace(area=GoalArea.LANGUAGE, text=" ".join(["Oppii suomen kielen perusteet."] * 60))
    filler = Spacer(1, 500)  # leaves a little over 200 points, the room below which groups move anyway
    story = [filler, *heading(*tr.pair("plan.goals"), rtl=False), *goals_story([goal], tr)]
    pages = pages_text(build_pdf(story, info))
    with_heading = [p for p in pages if "Tavoitteet" in p]
    assert len(with_heading) == 1 and "Oppii suomen kielen perusteet" in with_heading[0]
