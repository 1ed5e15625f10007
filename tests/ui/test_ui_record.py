"""The client record's tabs, the dashboard and the field visit, driven offscreen on real profiles."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.assessments import assessments_for_client, start_assessment
from app.clients import ClientInput, create_client
from app.lookups import load_lookups
from app.meetings import book_meeting, meetings_for_client
from app.workspace import Workspace, open_workspace
from models.enums import AssessmentKind, MeetingMode, MeetingPurpose
from tests.conftest import PASSPHRASE
from ui import i18n
from ui.assessment_tab import AssessmentTab
from ui.dashboard import DashboardView
from ui.field_visit import FieldVisitView
from ui.meetings_tab import BookMeetingDialog, MeetingsTab

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def _client(ws: Workspace, municipality: str = "204") -> str:
    return create_client(
        ws, data=ClientInput(first_names="Hodan", last_name="Demo-Jama", home_municipality=municipality)
    ).id


def test_assessment_typing_is_saved_without_pressing_anything(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(workspace)
    tab = AssessmentTab(workspace, load_lookups(workspace), client_id)
    qtbot.addWidget(tab)
    tab.reload()
    tab._start(AssessmentKind.BASIC)
    tab.form.areas["goals_and_wishes"].setPlainText("Haluaa oppia suomea")
    tab.form.areas["work_history"].setPlainText("Kokki kahdeksan vuotta")
    qtbot.waitUntil(lambda: not tab.form.pending, timeout=3000)  # the autosave timer fired
    stored = assessments_for_client(workspace, client_id=client_id)[0]
    assert stored.fields["goals_and_wishes"] == "Haluaa oppia suomea"
    assert stored.fields["work_history"] == "Kokki kahdeksan vuotta"
    assert "saved" in tab.form.status.text().lower()


def test_completing_without_an_outcome_is_refused_in_plain_words(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(workspace)
    tab = AssessmentTab(workspace, load_lookups(workspace), client_id)
    qtbot.addWidget(tab)
    tab._start(AssessmentKind.BASIC)
    tab.form._on_complete_clicked()
    assert not tab.form.error.isHidden()
    assert "Traceback" not in tab.form.error.text()


CRASHING_CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.lookups import load_lookups
    from app.workspace import open_workspace
    from ui.app import make_application
    from ui.assessment_tab import AssessmentTab
    from ui.runner import ImmediateRunner, set_runner

    app = make_application()
    set_runner(ImmediateRunner())
    from pathlib import Path
    ws = open_workspace(Path(sys.argv[1]), sys.argv[2])
    tab = AssessmentTab(ws, load_lookups(ws), sys.argv[3])
    tab.show()
    tab.reload()
    tab.form.areas["life_situation_and_family"].setPlainText("Perhe asuu Kaavilla")
    # Two seconds later the power goes: no close, no flush, no lock.
    QTimer.singleShot(2000, lambda: os.kill(os.getpid(), signal.SIGKILL))
    app.exec()
    """
)


def test_a_crash_seconds_after_typing_loses_nothing(workspace: Workspace) -> None:
    client_id = _client(workspace)
    start_assessment(workspace, client_id=client_id, kind=AssessmentKind.BASIC)
    folder = workspace.paths.folder
    workspace.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_CHILD, str(folder), PASSPHRASE, client_id],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -9  # killed, not exited
    ws = open_workspace(folder, PASSPHRASE)
    try:
        stored = assessments_for_client(ws, client_id=client_id)[0]
        assert stored.fields["life_situation_and_family"] == "Perhe asuu Kaavilla"
    finally:
        ws.close()


def test_booking_a_meeting_and_writing_a_note(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(workspace)
    tab = MeetingsTab(workspace, load_lookups(workspace), client_id)
    qtbot.addWidget(tab)
    tab.reload()
    book_meeting(
        workspace,
        client_id=client_id,
        starts_at=datetime(2026, 12, 3, 10, 0),
        mode=MeetingMode.IN_PERSON,
        purpose=MeetingPurpose.ASSESSMENT,
        place="Kaavin kunnantalo",
    )
    tab.reload()
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)
    tab._on_held_clicked()
    assert meetings_for_client(workspace, client_id=client_id)[0].status.value == "held"
    qtbot.keyClicks(tab.note_text, "Toi tulkin mukaan")
    tab._on_add_note_clicked()
    assert "Toi tulkin mukaan" in tab.note_list.text()
    assert tab.note_text.toPlainText() == ""


def test_a_remote_assessment_meeting_shows_the_programme_s_rule_and_is_still_booked(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace
) -> None:
    """Booking through the tab's own dialog, as a counsellor does: the programme's in-person rule
    appears under the fields while a remote assessment (or plan review) is chosen, in the UI's
    language with the section it cites, and the booking goes through all the same."""
    client_id = _client(workspace)
    i18n.set_language("fi")  # the gui fixture sets English back
    tab = MeetingsTab(workspace, load_lookups(workspace), client_id)
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.advice is not None)
    seen: dict[str, str] = {}

    def shown(dialog: BookMeetingDialog) -> str:
        return dialog.advice_label.text() if dialog.advice_label.isVisible() else ""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookMeetingDialog)
        seen["default"] = shown(dialog)  # in person
        dialog.mode.set_value(MeetingMode.REMOTE)
        for purpose in (MeetingPurpose.REVIEW, MeetingPurpose.GUIDANCE, MeetingPurpose.ASSESSMENT):
            dialog.purpose.set_value(purpose)
            seen[purpose.value] = shown(dialog)
        dialog.accept()

    QTimer.singleShot(0, fill)
    tab._on_book_clicked()
    assert seen["default"] == "" and seen["guidance"] == ""
    assert "lähitapaamisena, ei etäyhteydellä" in seen["assessment"]
    assert seen["assessment"].endswith("(kotoutumisohjelma 2.1, Liite 1)")
    assert seen["review"].startswith("Ensimmäinen suunnitelma tehdään lähitapaamisena")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    [booked] = meetings_for_client(workspace, client_id=client_id)
    assert (booked.mode, booked.purpose) == (MeetingMode.REMOTE, MeetingPurpose.ASSESSMENT)


def test_field_visit_shows_the_booked_clients_and_what_to_do(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(workspace, "204")
    day = date.today() + timedelta(days=3)
    book_meeting(
        workspace,
        client_id=client_id,
        starts_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
        mode=MeetingMode.IN_PERSON,
        purpose=MeetingPurpose.ASSESSMENT,
    )
    view = FieldVisitView(workspace, load_lookups(workspace))
    qtbot.addWidget(view)
    view.municipality.set_value("204")
    view.day.setDate(day)
    assert view.model.rowCount() == 1
    assert "Demo-Jama" in view.model.rows[0][1][1]
    assert "missing data" in view.model.rows[0][1][3].lower()  # no permit date recorded yet


def test_dashboard_counts_what_needs_doing(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    _client(workspace)
    view = DashboardView(workspace)
    qtbot.addWidget(view)
    view.reload()
    assert view.tiles["missing"].count.text() == "1"
    assert int(view.tiles["unsynced"].count.text().replace("\xa0", "").replace(" ", "")) >= 1
