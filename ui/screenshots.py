"""``polku screenshots --out DIR``: the main views with demo data, rendered to PNG at 1366x768.

Runs on a throw-away demo profile in a temporary folder, with work done synchronously so every
screen is complete when it is captured.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from app.clients import delete_client
from app.demo import generate_demo_data
from app.edits import FieldClash
from app.settings import Settings
from app.store.keyfile import KdfParams
from app.workspace import Workspace, create_workspace
from models import Assessment, Meeting, utcnow
from models.enums import AssessmentKind, LabourMarketStatus, MeetingStatus
from ui import i18n
from ui.app import make_application
from ui.assessment_tab import AssessmentTab
from ui.choose_value import ChooseValueDialog
from ui.main_window import MainWindow
from ui.runner import ImmediateRunner, set_runner
from ui.workspace_view import WorkspaceView

SIZE = (1366, 768)
PASSPHRASE = "screenshot demo passphrase"


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _shoot(widget: QWidget, path: Path) -> None:
    _settle()
    widget.grab().save(str(path))


def _busiest_field_day(ws: Workspace) -> tuple[str, date] | None:
    """The partner-municipality day with most booked meetings: a realistic field-visit screen."""
    with ws.session() as s:
        row = s.execute(
            select(Meeting.municipality, func.date(Meeting.starts_at).label("day"), func.count())
            .where(Meeting.municipality != "297", Meeting.status == MeetingStatus.BOOKED)
            .group_by(Meeting.municipality, "day")
            .order_by(func.count().desc())
            .limit(1)
        ).first()
    return (str(row[0]), date.fromisoformat(str(row[1]))) if row else None


def _shoot_pages(
    window: MainWindow, view: WorkspaceView, out: Path, day: tuple[str, date] | None
) -> list[Path]:
    shots: list[Path] = []

    def shoot(name: str) -> None:
        shots.append(out / f"{name}.png")
        _shoot(window, shots[-1])

    shoot("dashboard")
    view.nav.setCurrentRow(1)
    shoot("caseload")
    if day is not None:
        view.field_visit.municipality.set_value(day[0])
        view.field_visit.day.setDate(QDate(day[1].year, day[1].month, day[1].day))
    view.nav.setCurrentRow(2)
    shoot("field-visit")
    rows = view.caseload.model.rows
    arabic = next(
        (r for r in rows if r.plan_state is not None and any("\u0600" <= c <= "\u06ff" for c in r.last_name)),
        rows[0],
    )
    view.open_client(arabic.id)
    record = view.record
    assert record is not None
    shoot("client-record")
    names = {
        "rules": "client-rules",
        "assessment": "assessment",
        "plan": "plan-editor",
        "meetings": "meetings",
        "timeline": "timeline",
    }
    for key in record.keys[1:]:
        record.show_tab(key)
        shoot(names[key])
    # The prompt a person sees when fields they changed were changed meanwhile (synthetic values).
    dialog = ChooseValueDialog(_EXAMPLE_CLASHES, record.form.label, record.form.display, window)
    dialog.show()
    _settle()
    shots.append(out / "choose-value.png")
    _shoot(dialog, shots[-1])
    dialog.close()
    md = _multidisciplinary(view.ws)
    if md is not None:
        shots += _shoot_multidisciplinary(window, view, out, *md)
    shots.append(out / "recently-deleted.png")
    spare = [r.id for r in rows if r.id != arabic.id and (md is None or r.id != md[0])]
    shoot_recently_deleted(window, view, spare[:3], shots[-1])
    return shots


def _multidisciplinary(ws: Workspace) -> tuple[str, str] | None:
    """(client, assessment): a multidisciplinary assessment with a recorded reason for a missing
    Liite 1 participant, else any multidisciplinary one: participants and findings on one screen."""
    with ws.session() as s:
        query = select(
            Assessment.client_id, Assessment.id, Assessment.rule_exceptions, Assessment.assessed_on
        ).where(Assessment.kind == AssessmentKind.MULTIDISCIPLINARY, Assessment.deleted.is_(False))
        # The most recent one (its client still inside the window), with a reason recorded if any has.
        rows = sorted(s.execute(query), key=lambda r: (not r[2], -(r[3] or date.min).toordinal(), r[1]))
    return (str(rows[0][0]), str(rows[0][1])) if rows else None


def _shoot_multidisciplinary(
    window: MainWindow, view: WorkspaceView, out: Path, client_id: str, assessment_id: str
) -> list[Path]:
    view.open_client(client_id)
    record = view.record
    assert record is not None
    record.show_tab("rules")
    shots = [out / "client-rules-multidisciplinary.png"]
    _shoot(window, shots[-1])
    tab = record.show_tab("assessment")
    assert isinstance(tab, AssessmentTab)
    tab.picker.setCurrentIndex(max(0, tab.picker.findData(assessment_id)))
    shots.append(out / "assessment-multidisciplinary.png")
    _shoot(window, shots[-1])
    shots.append(out / "assessment-multidisciplinary-form.png")
    _shoot(tab.form, shots[-1])  # the whole form, below the fold too
    return shots


def shoot_recently_deleted(window: QWidget, view: WorkspaceView, client_ids: list[str], path: Path) -> None:
    """Delete a few demo clients (2, 9 and 23 days ago: the demo profile's clock is moved back for
    each delete) and capture Recently deleted."""
    for client_id, days_ago in zip(client_ids, (2, 9, 23), strict=False):
        with mock.patch("app.changes.utcnow", lambda d=days_ago: utcnow() - timedelta(days=d, hours=3)):
            delete_client(view.ws, client_id=client_id)
    view.caseload.reload()
    view.nav.setCurrentRow(view.page_widgets.index(view.trash))
    _shoot(window, path)


_EXAMPLE_CLASHES = (
    FieldClash("phone", "+358 40 100 2000", "+358 50 777 0000", "+358 44 111 1111"),
    FieldClash(
        "labour_market_status",
        LabourMarketStatus.UNKNOWN,
        LabourMarketStatus.JOBSEEKER,
        LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
    ),
    FieldClash("address", None, "Demokatu 7 B 12, 70100 Kuopio", "Demotie 3, 73100 Lapinlahti"),
)


def take_screenshots(out: Path, *, lang: str = "fi", clients: int = 400) -> list[Path]:
    make_application()
    set_runner(ImmediateRunner())
    i18n.set_language(lang)
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(user_file=Path(tmp) / "polku.ini", machine_file=Path(tmp) / "none.ini")
        folder = Path(tmp) / "profile"
        first = MainWindow(folder, settings)
        first.resize(*SIZE)
        first.show()
        shots.append(out / "first-run.png")
        _shoot(first, shots[-1])
        first.close()
        ws = create_workspace(folder, PASSPHRASE, user="demo.ohjaaja", kdf=KdfParams.fast_for_tests())
        generate_demo_data(ws, clients=clients, seed=11)
        window = MainWindow(folder, settings)
        window.resize(*SIZE)
        window.show()
        shots.append(out / "unlock.png")
        _shoot(window, shots[-1])
        window._on_unlocked(ws)
        view = window.workspace_view
        assert view is not None
        busiest = _busiest_field_day(ws)
        shots += _shoot_pages(window, view, out, busiest)
        window.lock()
        window.close()
    return shots
