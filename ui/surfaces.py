"""Every screen a person can reach, by name: the pages of the sidebar, the tabs of a client's record and
the dialogs. ``polku screenshots`` captures them and tests/ui/test_ui_layout_1366.py checks that each
fits a 1366x768 laptop in every language, so a screen listed here is covered by both.

Pages come from the sidebar itself and tabs from the record itself: a page added to the sidebar
later is captured and checked without changing this file (give it a file name in PAGE_NAMES, or it
is named after its class). A new dialog is one line in DIALOGS.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop
from PySide6.QtWidgets import QDialog, QWidget

from app.demo_scenes import busiest_field_day, multidisciplinary_assessment
from app.edits import FieldClash
from app.plans.core import PlanDetail
from app.plans.lifecycle import plans_for_client
from app.settings import Settings
from app.workspace import Workspace
from models.enums import LabourMarketStatus
from ui import i18n
from ui.assessment_tab import AssessmentTab
from ui.choose_value import ChooseValueDialog
from ui.client_record import ClientRecordView
from ui.main_window import MainWindow
from ui.workspace_view import WorkspaceView

SCREEN = (1366, 768)
AVAILABLE = (1366, 728)  # the screen less a 40 px taskbar: what a maximised window gets

# File names of the sidebar's pages; a page missing here is named after its class (FooBarView: foo-bar).
PAGE_NAMES = {
    "DashboardView": "dashboard",
    "CaseloadView": "caseload",
    "FieldVisitView": "field-visit",
    "ConflictsView": "conflicts",
    "RecentlyDeletedView": "recently-deleted",
    "SettingsPage": "settings",
}
# Captured for the documentation only: a widget grabbed whole, larger than any screen on purpose.
CAPTURE_ONLY = {"assessment-multidisciplinary-form"}
TAB_NAMES = {
    "details": "client-record",
    "rules": "client-rules",
    "assessment": "assessment",
    "plan": "plan-editor",
    "meetings": "meetings",
    "timeline": "timeline",
}


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def page_name(page: QWidget) -> str:
    cls = type(page).__name__
    return PAGE_NAMES.get(cls) or re.sub(r"(?<!^)(?=[A-Z])", "-", cls.removesuffix("View")).lower()


# --- a window to show them in --------------------------------------------------------------------


@dataclass
class Scene:
    """An unlocked main window on a profile, and the client whose record and dialogs are shown."""

    window: MainWindow
    settings: Settings
    client_id: str | None = None
    multidisciplinary: tuple[str, str] | None = None
    plans: list[PlanDetail] = field(default_factory=list)

    @property
    def view(self) -> WorkspaceView:
        view = self.window.workspace_view
        assert view is not None
        return view

    @property
    def ws(self) -> Workspace:
        return self.view.ws

    def record(self, client_id: str | None = None) -> ClientRecordView:
        """The client's record, opened if it is not the one open."""
        wanted = client_id or self.client_id
        assert wanted is not None, "the profile has no clients"
        if self.view.record is None or self.view.record.client_id != wanted:
            self.view.open_client(wanted)
        record = self.view.record
        assert record is not None
        return record


def open_scene(window: MainWindow, settings: Settings, ws: Workspace) -> Scene:
    """Unlock ``window`` with ``ws`` (work is synchronous: see ui.runner.ImmediateRunner)."""
    window.resize(*AVAILABLE)
    window.show()
    window._on_unlocked(ws)
    scene = Scene(window, settings)
    view = scene.view
    day = busiest_field_day(ws)
    if day is not None:
        view.field_visit.municipality.set_value(day[0])
        view.field_visit.day.setDate(QDate(day[1].year, day[1].month, day[1].day))
    rows = view.caseload.model.all_rows
    if rows:
        # A right-to-left name with a plan: the record shows both scripts and every plan control.
        arabic = next(
            (
                r
                for r in rows
                if r.plan_state is not None and any("\u0600" <= c <= "\u06ff" for c in r.last_name)
            ),
            rows[0],
        )
        scene.client_id = arabic.id
        scene.plans = plans_for_client(ws, client_id=arabic.id, lang=i18n.current_language())
    scene.multidisciplinary = multidisciplinary_assessment(ws)
    return scene


# --- the registry ----------------------------------------------------------------------------------

Opener = Callable[[Scene], QWidget]  # shows the surface; returns what to check and capture


def _page(row: int) -> Opener:
    def show(scene: Scene) -> QWidget:
        scene.view.nav.setCurrentRow(row)
        scene.view._on_nav_changed(row)  # also leaves an open record, as a click on the section does
        return scene.window

    return show


def _tab(key: str) -> Opener:
    def show(scene: Scene) -> QWidget:
        scene.record().show_tab(key)
        return scene.window

    return show


def _multidisciplinary_tab(key: str, *, form_only: bool = False) -> Opener:
    def show(scene: Scene) -> QWidget:
        assert scene.multidisciplinary is not None
        client_id, assessment_id = scene.multidisciplinary
        tab = scene.record(client_id).show_tab(key)
        if isinstance(tab, AssessmentTab):
            tab.picker.setCurrentIndex(max(0, tab.picker.findData(assessment_id)))
            if form_only:
                settle()
                return tab.form  # the whole form, below the fold too
        return scene.window

    return show


def pages(scene: Scene) -> Iterator[tuple[str, Opener]]:
    """The sidebar's sections, read from the sidebar."""
    for row in range(scene.view.nav.count()):
        yield page_name(scene.view.page_widgets[row]), _page(row)


def record_tabs(scene: Scene) -> Iterator[tuple[str, Opener]]:
    if scene.client_id is None:
        return
    for key in scene.record().keys:
        yield TAB_NAMES.get(key, f"client-{key}"), _tab(key)
    if scene.multidisciplinary is not None:
        yield "client-rules-multidisciplinary", _multidisciplinary_tab("rules")
        yield "assessment-multidisciplinary", _multidisciplinary_tab("assessment")
        yield "assessment-multidisciplinary-form", _multidisciplinary_tab("assessment", form_only=True)


# Synthetic values for the prompt shown when fields a person changed were changed meanwhile.
EXAMPLE_CLASHES = (
    FieldClash("phone", "+358 40 100 2000", "+358 50 777 0000", "+358 44 111 1111"),
    FieldClash(
        "labour_market_status",
        LabourMarketStatus.UNKNOWN,
        LabourMarketStatus.JOBSEEKER,
        LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
    ),
    FieldClash("address", None, "Demokatu 7 B 12, 70100 Kuopio", "Demotie 3, 73100 Lapinlahti"),
)


def _choose_value(scene: Scene) -> QDialog:
    form = scene.record().form
    return ChooseValueDialog(EXAMPLE_CLASHES, form.label, form.display, scene.window)


def _new_client(scene: Scene) -> QDialog:
    from ui.new_client import NewClientDialog

    return NewClientDialog(scene.ws, scene.view.lookups, scene.window)


def _new_plan(scene: Scene) -> QDialog:
    from ui.plan_new_dialog import NewPlanDialog

    assert scene.client_id is not None
    return NewPlanDialog(scene.ws, scene.client_id, scene.window)


def _plan_review(scene: Scene) -> QDialog:
    from ui.plan_dialogs import ReviewDialog

    return ReviewDialog(scene.ws, scene.plans[0], scene.window)


def _plan_goal(scene: Scene) -> QDialog:
    from ui.plan_dialogs import GoalDialog

    plan = scene.plans[0]
    return GoalDialog(scene.ws, plan.id, plan.goals[0] if plan.goals else None, scene.window)


def _plan_measure(scene: Scene) -> QDialog:
    from ui.plan_dialogs import MeasureDialog

    plan = scene.plans[0]
    measure = plan.measures[0] if plan.measures else None
    return MeasureDialog(scene.ws, scene.view.lookups, plan, measure, parent=scene.window)


def _book_meeting(scene: Scene) -> QDialog:
    from ui.meetings_tab import BookMeetingDialog

    return BookMeetingDialog(scene.view.lookups, scene.window)


def _print(scene: Scene) -> QDialog:
    from ui.print_dialog import PrintDialog

    assert scene.client_id is not None
    return PrintDialog(scene.ws, scene.client_id, None, scene.window)


def _print_queue(scene: Scene) -> QDialog:
    from ui.print_queue import PrintQueueDialog

    return PrintQueueDialog(scene.ws, scene.view.caseload.model.all_rows, scene.window)


def _report(scene: Scene) -> QDialog:
    from ui.report_dialog import ReportDialog

    return ReportDialog(scene.ws, scene.view.lookups, scene.window)


def _enroll(scene: Scene) -> QDialog:
    from ui.enroll_dialog import EnrollDialog

    return EnrollDialog(scene.ws, scene.settings, scene.window)


def _help(scene: Scene) -> QDialog:
    from ui.help import HelpDialog

    dialog = HelpDialog(scene.window)
    dialog.show_topic("caseload")
    return dialog


def _about(scene: Scene) -> QDialog:
    from ui.about_dialog import AboutDialog

    return AboutDialog(scene.ws, scene.window)


# (file name, dialog, needs a client with a plan). Add a dialog here and it is captured and checked.
DIALOGS: list[tuple[str, Callable[[Scene], QDialog], bool]] = [
    ("dialog-new-client", _new_client, False),
    ("dialog-report", _report, False),
    ("dialog-print-queue", _print_queue, False),
    ("dialog-enroll", _enroll, False),
    ("dialog-help", _help, False),
    ("dialog-about", _about, False),
    ("dialog-choose-value", _choose_value, True),
    ("dialog-print", _print, True),
    ("dialog-new-plan", _new_plan, True),
    ("dialog-plan-review", _plan_review, True),
    ("dialog-plan-goal", _plan_goal, True),
    ("dialog-plan-measure", _plan_measure, True),
    ("dialog-book-meeting", _book_meeting, True),
]


def _dialog(make: Callable[[Scene], QDialog]) -> Opener:
    def show(scene: Scene) -> QWidget:
        dialog = make(scene)
        dialog.show()  # not exec(): the caller checks or captures it, then closes it
        return dialog

    return show


def dialogs(scene: Scene) -> Iterator[tuple[str, Opener]]:
    for name, make, needs_plan in DIALOGS:
        if not needs_plan or scene.plans:
            yield name, _dialog(make)


def everything(scene: Scene) -> Iterator[tuple[str, Opener]]:
    yield from pages(scene)
    yield from record_tabs(scene)
    yield from dialogs(scene)


def close(widget: QWidget) -> None:
    """Close what an opener showed, if it is a dialog (a page or tab stays for the next one)."""
    if isinstance(widget, QDialog):
        widget.close()
        widget.deleteLater()
        settle()
