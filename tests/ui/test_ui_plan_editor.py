"""The plan editor driven as a counsellor would (pytest-qt, offscreen) on a real encrypted profile.

Background work runs at once (ImmediateRunner), so each click's result is there for the next step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clients import ClientInput, create_client
from app.lookups import Lookups, load_lookups
from app.plans.lifecycle import get_plan
from app.workspace import Workspace
from models.enums import GoalArea, MeasureStatus, PlanState, ResponsibleParty
from ui import i18n
from ui.plan_dialogs import OTHER, GoalDialog, MeasureDialog, NewPlanDialog, ReviewDialog
from ui.plan_editor import PlanEditor

START = date(2025, 3, 10)
Bot = Any  # pytest-qt's qtbot


pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


@pytest.fixture
def lookups(workspace: Workspace) -> Lookups:
    return load_lookups(workspace)


@pytest.fixture
def editor(qtbot: Bot, workspace: Workspace, lookups: Lookups) -> PlanEditor:
    data = ClientInput(first_names="Olena", last_name="Demo-Koval", home_municipality="297")
    client = create_client(workspace, data=data)
    view = PlanEditor(workspace, lookups, client.id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers every confirmation with Yes and records the questions asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _save(dialog: Any) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def _new_plan(editor: PlanEditor, party: ResponsibleParty = ResponsibleParty.MUNICIPALITY) -> None:
    editor.new_plan.click()
    dialog = editor.dialog
    assert isinstance(dialog, NewPlanDialog)
    dialog.party.setCurrentIndex(dialog.party.findData(party.value))
    dialog.start.setDate(QDate(START.year, START.month, START.day))
    assert dialog.end.date() == QDate(2026, 3, 9)  # a year less a day, following the start
    _save(dialog)
    assert not dialog.isVisible()


def _add_goal(qtbot: Bot, editor: PlanEditor, area: GoalArea, text: str) -> None:
    editor.add_goal.click()
    dialog = editor.dialog
    assert isinstance(dialog, GoalDialog)
    dialog.area.set_value(area)
    qtbot.keyClicks(dialog.text, text)
    _save(dialog)


def _add_measure(editor: PlanEditor, lookups: Lookups, service: str, **fields: Any) -> MeasureDialog:
    editor.add_measure.click()
    dialog = editor.dialog
    assert isinstance(dialog, MeasureDialog)
    dialog.service.set_value(service)
    if "provider" in fields:
        dialog.provider.setCurrentIndex(dialog.provider.findData(fields["provider"]))
    if "other" in fields:
        dialog.provider.setCurrentIndex(dialog.provider.findData(OTHER))
        dialog.provider_other.setText(fields["other"])
    dialog.starts_on.set_value(fields.get("starts_on"))
    dialog.ends_on.set_value(fields.get("ends_on"))
    _save(dialog)
    return dialog


def _offered(lookups: Lookups) -> tuple[str, str]:
    """A service and a provider that offers it."""
    for provider, services in sorted(lookups.provider_services.items()):
        if services:
            return services[0], provider
    raise AssertionError("no provider with services in the reference data")


def _filled(qtbot: Bot, editor: PlanEditor, lookups: Lookups) -> None:
    """A draft with two goals and three measures, all entered through the dialogs."""
    _new_plan(editor)
    _add_goal(qtbot, editor, GoalArea.LANGUAGE, "Finnish A2.2 by spring")
    _add_goal(qtbot, editor, GoalArea.EMPLOYMENT, "Work try-out in a kitchen")
    service, provider = _offered(lookups)
    other = next(code for code in sorted(lookups.services) if code != service)
    _add_measure(editor, lookups, service, provider=provider, starts_on=START, ends_on=date(2025, 6, 1))
    _add_measure(editor, lookups, other, other="Kuopion seurakunta")
    _add_measure(editor, lookups, other)


def _explain(qtbot: Bot, editor: PlanEditor, reason: str = "Sovittu asiakkaan kanssa") -> None:
    """A reason typed for each rule finding in the editor's findings panel, and saved."""
    for _ in range(20):
        row = next((r for r in editor.findings.rows if not r.finding.reason), None)
        if row is None:
            return
        row.reason.clear()
        qtbot.keyClicks(row.reason, reason)
        row.save.click()
    raise AssertionError("the findings did not get their reasons")


@pytest.mark.parametrize(
    ("party", "due", "months"),
    [
        (ResponsibleParty.MUNICIPALITY, date(2025, 9, 10), 6),
        (ResponsibleParty.EMPLOYMENT_AUTHORITY, date(2025, 6, 10), 3),
    ],
)
def test_a_new_plan_shows_its_next_review_by_the_rules(
    editor: PlanEditor, party: ResponsibleParty, due: date, months: int
) -> None:
    assert editor.empty.isVisible() and not editor.body.isVisible()
    assert not editor.add_goal.isEnabled()
    _new_plan(editor, party)
    assert editor.body.isVisible() and editor.version.count() == 1
    text = editor.header.next_review.text()
    assert i18n.format_date(due) in text and f"every {months} months" in text
    assert editor.header.badge.text() == "Draft"
    assert editor.agree.isEnabled() and editor.sign.isEnabled() and not editor.review.isEnabled()


def test_goals_and_measures_are_added_edited_and_removed_through_the_dialogs(
    qtbot: Bot, editor: PlanEditor, lookups: Lookups, yes: list[str]
) -> None:
    changed: list[None] = []
    editor.sig_changed.connect(lambda: changed.append(None))
    _filled(qtbot, editor, lookups)
    assert len(changed) == 6
    goals, measures = editor.goals, editor.measures
    assert [(g.area, g.text) for g in goals.rows] == [
        (GoalArea.LANGUAGE, "Finnish A2.2 by spring"),
        (GoalArea.EMPLOYMENT, "Work try-out in a kitchen"),
    ]
    service, provider = _offered(lookups)
    first, second, third = measures.rows
    assert (first.service, first.provider, first.starts_on) == (service, provider, START)
    assert (second.provider, second.provider_other) == (None, "Kuopion seurakunta")
    assert third.responsible_party == ResponsibleParty.MUNICIPALITY  # the plan's party by default
    assert measures.data(measures.index(1, 1)) == "Kuopion seurakunta"
    assert measures.data(measures.index(0, 1)) == lookups.providers[provider]

    # a refused field keeps the dialog open, says which field, and focuses it
    dialog = _add_measure(editor, lookups, service, starts_on=date(2025, 5, 1), ends_on=date(2025, 4, 1))
    assert dialog.isVisible() and dialog.error.isVisible() and "Ends" in dialog.error.text()
    assert dialog.focusWidget() is dialog.ends_on
    dialog.reject()
    assert len(measures.rows) == 3

    # Enter edits the selected row; Delete removes it after a confirmation
    editor.goal_table.setFocus()
    editor.goal_table.selectRow(1)
    qtbot.keyClick(editor.goal_table, Qt.Key.Key_Return)
    edit = editor.dialog
    assert isinstance(edit, GoalDialog) and edit.text.toPlainText() == "Work try-out in a kitchen"
    edit.text.clear()
    qtbot.keyClicks(edit.text, "Work try-out in a bakery")
    _save(edit)
    assert goals.rows[1].text == "Work try-out in a bakery"
    editor.measure_table.selectRow(2)
    qtbot.keyClick(editor.measure_table, Qt.Key.Key_Delete)
    assert len(yes) == 1 and len(measures.rows) == 2


def test_a_signed_plan_is_read_only_except_the_status_of_a_measure(
    qtbot: Bot, editor: PlanEditor, lookups: Lookups, yes: list[str], workspace: Workspace
) -> None:
    _filled(qtbot, editor, lookups)
    _explain(qtbot, editor)
    editor.agree.click()
    assert (
        editor.header.badge.text() == "Agreed" and editor.add_goal.isEnabled()
    )  # agreed: still a draft to edit
    editor.sign.click()
    assert len(yes) == 1 and editor.header.badge.text() == "Signed"
    assert "Signed plans are not edited" in editor.header.locked.text() and editor.header.locked.isVisible()
    editor.goal_table.selectRow(0)
    editor.measure_table.selectRow(0)
    for control in (editor.add_goal, editor.edit_goal, editor.remove_goal, editor.add_measure):
        assert not control.isEnabled()
    assert not editor.remove_measure.isEnabled() and not editor.agree.isEnabled()
    assert editor.review.isEnabled() and editor.close_plan.isEnabled()

    assert editor.edit_measure.isEnabled() and editor.edit_measure.text() == "Change status…"
    editor.edit_measure.click()
    dialog = editor.dialog
    assert isinstance(dialog, MeasureDialog) and dialog.status_only
    assert not dialog.service.isEnabled() and not dialog.details.isEnabled() and dialog.status.isEnabled()
    dialog.status.set_value(MeasureStatus.ONGOING)
    _save(dialog)
    assert editor.measures.rows[0].status == MeasureStatus.ONGOING
    plan = get_plan(workspace, plan_id=editor.version.currentData())
    assert (plan.state, plan.measures[0].status) == (PlanState.SIGNED, MeasureStatus.ONGOING)

    editor.close_plan.click()
    assert editor.header.badge.text() == "Closed" and not editor.edit_measure.isEnabled()


def test_a_review_makes_a_new_version_and_shows_what_changed(
    qtbot: Bot, editor: PlanEditor, lookups: Lookups, yes: list[str]
) -> None:
    _filled(qtbot, editor, lookups)
    _explain(qtbot, editor)
    editor.sign.click()
    assert not editor.changes_box.isVisible()  # a first version has nothing to compare with
    signed = editor.version.currentData()
    editor.review.click()
    dialog = editor.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.on.setDate(QDate(2025, 3, 1))  # before the plan was signed (today): refused, said, focused
    _save(dialog)
    assert dialog.error.isVisible() and "Review date" in dialog.error.text()
    assert dialog.focusWidget() is dialog.on
    dialog.on.setDate(QDate.currentDate())
    _save(dialog)
    assert editor.version.count() == 2 and editor.version.currentIndex() == 0
    assert editor.version.currentText().startswith("Version 2 · Draft")
    assert [g.text for g in editor.goals.rows] == ["Finnish A2.2 by spring", "Work try-out in a kitchen"]
    assert len(editor.measures.rows) == 3 and editor.add_goal.isEnabled()
    assert editor.changes_box.isVisible() and "version 1" in editor.changes_title.text()

    editor.goal_table.selectRow(0)
    editor.edit_goal.click()
    edit = editor.dialog
    assert isinstance(edit, GoalDialog)
    edit.text.clear()
    qtbot.keyClicks(edit.text, "Finnish B1.1 by autumn")
    _save(edit)
    said = [editor.changes.sentence(c) for c in editor.changes.rows]
    assert "Goal text: Finnish A2.2 by spring → Finnish B1.1 by autumn" in said
    assert any(s.startswith("Plan period start:") for s in said)

    editor.version.setCurrentIndex(1)  # the reviewed version stays as it was, now closed
    assert editor.version.currentData() == signed and editor.header.badge.text() == "Closed"
    assert editor.goals.rows[0].text == "Finnish A2.2 by spring" and not editor.review.isEnabled()


class _Marked(QTranslator):
    """Wraps the plan editor's texts in brackets: shows they were asked for again after a switch."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"[{source}]" if context in ("GoalsModel", "MeasuresModel", "PlanEditor") else ""


def test_switching_the_language_retranslates_headers_and_labels(
    qtbot: Bot, editor: PlanEditor, lookups: Lookups
) -> None:
    _new_plan(editor)
    _add_goal(qtbot, editor, GoalArea.LANGUAGE, "Finnish A2.2 by spring")
    goals, measures = editor.goals, editor.measures
    horizontal = Qt.Orientation.Horizontal
    assert goals.headerData(0, horizontal) == "Area" and measures.headerData(5, horizontal) == "Status"
    told: list[object] = []
    goals.headerDataChanged.connect(lambda *args: told.append(args))
    marked = _Marked()
    try:
        i18n.set_language("fi")
        QApplication.installTranslator(marked)
        qtbot.waitUntil(lambda: editor.goal_title.text() == "[Goals]")  # retranslate() ran
        assert editor.add_goal.text() == "[Add goal…]" and editor.version_label.text() == "[Version:]"
        assert (
            goals.headerData(0, horizontal) == "[Area]" and measures.headerData(5, horizontal) == "[Status]"
        )
        assert told  # the table views were told to fetch their headers again
        # labels of the vocabulary follow the language too
        qtbot.waitUntil(lambda: editor.header.badge.text() == "Luonnos")
        assert goals.data(goals.index(0, 0)) == "Suomen tai ruotsin kielen opinnot"
    finally:
        QApplication.removeTranslator(marked)
    i18n.set_language("en")
    qtbot.waitUntil(lambda: editor.header.badge.text() == "Draft")
    assert goals.headerData(0, horizontal) == "Area" and editor.goal_title.text() == "Goals"
