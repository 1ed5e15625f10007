"""``polku screenshots --out DIR``: the main views with demo data, rendered to PNG at 1366x768.

Runs on a throw-away demo profile in a temporary folder, with work done synchronously so every
screen is complete when it is captured.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from app.demo import generate_demo_data
from app.edits import FieldClash
from app.settings import Settings
from app.store.keyfile import KdfParams
from app.workspace import Workspace, create_workspace
from models import Meeting
from models.enums import LabourMarketStatus, MeetingStatus
from ui import i18n
from ui.app import make_application
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
    return shots


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
