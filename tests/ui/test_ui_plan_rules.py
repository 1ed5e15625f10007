"""Rule findings where the counsellor meets them (pytest-qt, offscreen, a real encrypted profile): the
new-plan dialog's assessment and party, the findings panel and its reasons, agreeing refused with the
findings named in the UI language, and the measure dialog's hours and language."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate

from app.assessments import add_participant, save_assessment, start_assessment
from app.clients import ClientInput, create_client
from app.lookups import load_lookups
from app.plans.lifecycle import get_plan, update_plan
from app.rule_exceptions import parse as parse_reasons
from app.sync_service import list_conflicts
from app.workspace import Workspace
from models.enums import AssessmentKind, LabourMarketStatus, PlanKind, PlanState, ResponsibleParty
from tests.support.assessment import complete_with_reasons
from ui import i18n
from ui.plan_dialogs import MeasureDialog, NewPlanDialog
from ui.plan_editor import PlanEditor

START = date(2025, 3, 10)
Bot = Any


pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def _client(ws: Workspace, status: LabourMarketStatus) -> str:
    data = ClientInput(
        first_names="Amal",
        last_name="Demo-Haddad",
        home_municipality="297",
        date_of_birth=date(1990, 5, 1),
        first_permit_date=date(2024, 9, 1),
        labour_market_status=status,
    )
    return create_client(ws, data=data).id


def _assessment(ws: Workspace, client_id: str, kind: AssessmentKind, on: date) -> str:
    a = start_assessment(ws, client_id=client_id, kind=kind, assessed_on=on)
    save_assessment(ws, assessment_id=a.id, changes={"outcome": "labour_market", "plan_needed": True})
    add_participant(ws, assessment_id=a.id, name="Demo Sosiaali", organisation="PSHVA", role="sosiaali")
    complete_with_reasons(ws, a.id)
    return a.id


def _editor(qtbot: Bot, ws: Workspace, client_id: str) -> PlanEditor:
    view = PlanEditor(ws, load_lookups(ws), client_id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def _open_new_plan(editor: PlanEditor) -> NewPlanDialog:
    editor.new_plan.click()
    dialog = editor.dialog
    assert isinstance(dialog, NewPlanDialog)
    dialog.start.setDate(QDate(START.year, START.month, START.day))
    return dialog


def _save(dialog: Any) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_the_new_plan_rests_on_the_latest_completed_assessment_and_the_liite_1_party(
    qtbot: Bot, workspace: Workspace
) -> None:
    client = _client(workspace, LabourMarketStatus.JOBSEEKER)
    _assessment(workspace, client, AssessmentKind.BASIC, date(2025, 1, 15))
    md = _assessment(workspace, client, AssessmentKind.MULTIDISCIPLINARY, date(2025, 3, 3))
    editor = _editor(qtbot, workspace, client)
    dialog = _open_new_plan(editor)
    assert dialog.assessment.count() == 3  # two assessments and "none"
    assert dialog.assessment_id() == md and "Multidisciplinary" in dialog.assessment.currentText()
    assert dialog.kind.value() == PlanKind.MULTIDISCIPLINARY  # the kind follows the assessment
    assert dialog.party.value() == ResponsibleParty.EMPLOYMENT_AUTHORITY  # a jobseeker: Liite 1
    assert not dialog.note.isVisible()
    dialog.assessment.setCurrentIndex(dialog.assessment.count() - 1)  # none
    assert dialog.assessment_id() is None and dialog.kind.value() == PlanKind.BASIC
    dialog.assessment.setCurrentIndex(dialog.assessment.findData(md))
    dialog.party.setCurrentIndex(dialog.party.findData(ResponsibleParty.MUNICIPALITY.value))
    assert dialog.note.isVisible() and "Employment authority" in dialog.note.text()
    _save(dialog)
    assert not dialog.isVisible()
    plan = get_plan(workspace, plan_id=editor.version.currentData())
    assert plan.assessment_id == md and plan.kind == PlanKind.MULTIDISCIPLINARY
    assert editor.findings.isVisible()
    keys = [row.finding.key for row in editor.findings.rows]
    assert "finding_party_should_be_employment_authority" in keys
    assert "finding_plan_no_assessment" not in keys


def test_agreeing_is_refused_with_the_findings_named_until_each_has_a_reason(
    qtbot: Bot, workspace: Workspace
) -> None:
    client = _client(workspace, LabourMarketStatus.UNKNOWN)
    editor = _editor(qtbot, workspace, client)
    i18n.set_language("fi")
    dialog = _open_new_plan(editor)
    assert dialog.assessment_id() is None and dialog.note.isVisible()  # no assessment; status unknown
    _save(dialog)
    rows = editor.findings.rows
    assert {r.finding.code for r in rows} >= {"finding_plan_no_assessment", "finding_status_unknown"}
    assert "ilman perustelua" in editor.findings.title.text()
    editor.agree.click()
    assert editor.error.isVisible() and editor.header.badge.text() == "Luonnos"
    said = editor.error.text()
    assert "Suunnitelmaa ei voi vielä sopia" in said and "Suunnitelmaa ei ole liitetty arviointiin" in said
    assert get_plan(workspace, plan_id=editor.version.currentData()).state == PlanState.DRAFT

    first = editor.findings.rows[0]
    qtbot.keyClicks(first.reason, "Arviointi tehty paperilla")
    assert first.save.isEnabled()
    first.save.click()
    stored = get_plan(workspace, plan_id=editor.version.currentData()).rule_exceptions
    assert stored == {first.finding.key: "Arviointi tehty paperilla"}
    assert editor.findings.rows[0].reason.text() == "Arviointi tehty paperilla"  # shown again after saving
    for row in list(editor.findings.rows[1:]):
        current = next(r for r in editor.findings.rows if r.finding.key == row.finding.key)
        qtbot.keyClicks(current.reason, "Sovittu asiakkaan kanssa")
        current.save.click()
    editor.agree.click()
    assert editor.header.badge.text() == "Sovittu"
    assert get_plan(workspace, plan_id=editor.version.currentData()).state == PlanState.AGREED


def test_civic_orientation_hours_below_the_minimum_show_as_a_finding(
    qtbot: Bot, workspace: Workspace
) -> None:
    client = _client(workspace, LabourMarketStatus.OUTSIDE_LABOUR_FORCE)
    editor = _editor(qtbot, workspace, client)
    _save(_open_new_plan(editor))
    editor.add_measure.click()
    dialog = editor.dialog
    assert isinstance(dialog, MeasureDialog)
    dialog.service.set_value("civic_orientation")
    dialog.starts_on.set_value(START)
    dialog.hours.setValue(40)
    dialog.language.set_value("ar")
    _save(dialog)
    assert not dialog.isVisible()
    measure = editor.measures.rows[0]
    assert (measure.hours, measure.language) == (40, "ar")
    assert "40 h" in editor.measures.data(editor.measures.index(0, 0))
    texts = [editor.findings.finding_text(r.finding) for r in editor.findings.rows]
    hours = next(t for t in texts if "70" in t)
    assert hours.startswith("Multilingual civic orientation") or "civic orientation" in hours.lower()

    editor.measure_table.selectRow(0)
    editor.edit_measure.click()
    edit = editor.dialog
    assert isinstance(edit, MeasureDialog) and edit.hours.value() == 40 and edit.language.value() == "ar"
    edit.hours.setValue(70)
    _save(edit)
    assert not any(r.finding.code == "finding_civic_orientation_hours" for r in editor.findings.rows)


def _row(editor: PlanEditor, code: str) -> Any:
    return next(r for r in editor.findings.rows if r.finding.code == code)


def test_a_reason_typed_and_not_saved_survives_saving_another_a_change_elsewhere_and_leaving(
    qtbot: Bot, workspace: Workspace
) -> None:
    # Two findings: no assessment behind the plan, and the labour market status unknown.
    client = _client(workspace, LabourMarketStatus.UNKNOWN)
    editor = _editor(qtbot, workspace, client)
    _save(_open_new_plan(editor))
    plan_id = editor.version.currentData()
    qtbot.keyClicks(_row(editor, "finding_status_unknown").reason, "Asema selvitetaan ensi viikolla")
    no_assessment = _row(editor, "finding_plan_no_assessment")
    qtbot.keyClicks(no_assessment.reason, "Arviointi tehty paperilla")
    no_assessment.save.click()  # saving one reason shows the plan again
    assert _row(editor, "finding_status_unknown").reason.text() == "Asema selvitetaan ensi viikolla"

    # Another window records a reason for the same finding meanwhile; the plan is shown again.
    shown = get_plan(workspace, plan_id=plan_id)
    update_plan(
        workspace,
        plan_id=plan_id,
        changes={
            "rule_exceptions": {**shown.rule_exceptions, "finding_status_unknown": "Toisen ikkunan syy"}
        },
        base={"rule_exceptions": shown.rule_exceptions},
    )
    editor.reload()
    assert _row(editor, "finding_status_unknown").reason.text() == "Asema selvitetaan ensi viikolla"

    # The counsellor leaves the plan (Back, another client, lock): nothing typed is lost, and the
    # reason written meanwhile is not lost either: the two are kept as a conflict to review.
    editor.flush(leaving=True)
    stored = get_plan(workspace, plan_id=plan_id).rule_exceptions
    assert stored["finding_plan_no_assessment"] == "Arviointi tehty paperilla"
    assert stored["finding_status_unknown"] in ("Asema selvitetaan ensi viikolla", "Toisen ikkunan syy")
    conflicts = list_conflicts(workspace)
    assert len(conflicts) == 1 and conflicts[0].field == "rule_exceptions"
    assert {"Asema selvitetaan ensi viikolla", "Toisen ikkunan syy"} <= {
        parse_reasons(conflicts[0].server).get("finding_status_unknown"),
        parse_reasons(conflicts[0].local).get("finding_status_unknown"),
    }


def test_agreeing_saves_a_reason_typed_but_not_saved_first(qtbot: Bot, workspace: Workspace) -> None:
    client = _client(workspace, LabourMarketStatus.UNKNOWN)
    editor = _editor(qtbot, workspace, client)
    _save(_open_new_plan(editor))
    for row in list(editor.findings.rows):
        current = next(r for r in editor.findings.rows if r.finding.key == row.finding.key)
        qtbot.keyClicks(current.reason, "Sovittu asiakkaan kanssa")  # typed, Save reason not clicked
    editor.agree.click()
    assert get_plan(workspace, plan_id=editor.version.currentData()).state == PlanState.AGREED
