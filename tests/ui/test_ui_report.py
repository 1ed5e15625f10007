"""The report dialog: office staff make the annual or a municipality's report in the app, on the
worker thread with progress, save it and open it; every document is in the access log."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from app.lookups import load_lookups
from app.settings import Settings
from app.workspace import Workspace, create_workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.printing import log_rows, pages_text
from tests.support.report_profile import random_profile
from ui.main_window import MainWindow
from ui.report_dialog import ReportDialog
from ui.runner import Runner, runner, set_runner

TODAY = date(2027, 2, 1)


pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


@pytest.fixture
def profile(workspace: Workspace) -> Workspace:
    random_profile(workspace, clients=80, seed=3, first=date(2025, 1, 1), last=date(2026, 12, 31))
    return workspace


def _dialog(qtbot, ws: Workspace) -> ReportDialog:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(ws, load_lookups(ws), today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_defaults_to_last_year_all_municipalities(qtbot, profile: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, profile)
    assert dialog.file_name() == "polku-report-2026-01-01-2026-12-31.pdf"
    assert dialog.municipality.currentData() is None
    names = {dialog.municipality.itemText(i) for i in range(1, dialog.municipality.count())}
    assert names == {"Kuopio", "Tuusniemi", "Lapinlahti", "Kaavi"}
    assert dialog.language.currentData() == "en"  # the UI's language unless another is chosen


def test_a_municipality_report_as_csv_is_saved_and_opened(
    qtbot, profile: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, profile)
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("857"))
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    target = tmp_path / "tuusniemi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "*.csv"))
    dialog.save_button.click()
    saved = tmp_path / "tuusniemi.csv"
    assert dialog.saved == saved and dialog.progress.value() == 3 and str(saved) in dialog.status.text()
    rows = list(csv.reader(io.StringIO(saved.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Period", "Kommuner", "Uppgift"] and {r[1] for r in rows[1:]} == {"Tuusniemi"}
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    assert opened == [str(saved)]
    assert [(r.action.value, r.detail) for r in log_rows(profile, None) if r.entity == "report"] == [
        ("export", "annual-report-857-csv")
    ]


def test_the_pdf_is_made_on_the_worker_thread(qtbot, profile: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_runner(Runner())  # the real background worker, as in the app
    dialog = _dialog(qtbot, profile)
    dialog.make(tmp_path / "vuosi.pdf")
    assert not dialog.save_button.isEnabled() and not dialog.progress.isHidden()  # still running
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=30000)
    runner().wait()
    assert "Annual report of integration services" in " ".join(
        pages_text((tmp_path / "vuosi.pdf").read_bytes())
    )
    assert dialog.save_button.isEnabled() and dialog.progress.value() == 3


def test_a_period_ending_before_it_starts_is_refused(qtbot, profile: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, profile)
    dialog.start.setDate(dialog.end.date().addDays(1))
    dialog.make(tmp_path / "x.pdf")
    assert not dialog.error.isHidden() and not (tmp_path / "x.pdf").exists() and dialog.saved is None


def test_reachable_from_the_main_window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "p"
    create_workspace(folder, PASSPHRASE, user="toimisto", kdf=FAST_KDF).close()
    window = MainWindow(folder, Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini"))
    qtbot.addWidget(window)
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.passphrase.returnPressed.emit()
    qtbot.waitUntil(lambda: window.workspace_view is not None, timeout=30000)
    seen: list[tuple[type, str]] = []

    def close_it() -> None:  # the dialog runs its own event loop: answer it from inside
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append((type(dialog), dialog.windowTitle()))
        dialog.reject()

    QTimer.singleShot(0, close_it)
    assert window.workspace_view is not None
    window.workspace_view.report.click()
    assert seen == [(ReportDialog, "Annual report")]
    window.lock()
