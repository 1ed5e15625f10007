"""The sidebar says where the person is. A client's record belongs to the caseload, whichever page it
was opened from (its Back button says "← Caseload"), so Caseload is the one section highlighted
while a record is open; a section the person left is never left highlighted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from app.demo import generate_demo_data
from app.settings import Settings
from app.workspace import create_workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from ui import i18n
from ui.app import make_application
from ui.client_record import ClientRecordView
from ui.main_window import MainWindow
from ui.runner import ImmediateRunner, set_runner
from ui.workspace_view import WorkspaceView


@pytest.fixture
def view(qapp: QApplication, qtbot, tmp_path: Path) -> Iterator[WorkspaceView]:  # type: ignore[no-untyped-def]
    make_application()
    set_runner(ImmediateRunner())
    i18n.set_language("en")
    ws = create_workspace(tmp_path / "p", PASSPHRASE, user="nav.ohjaaja", kdf=FAST_KDF)
    generate_demo_data(ws, clients=30, seed=5)
    window = MainWindow(
        tmp_path / "p", Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini")
    )
    qtbot.addWidget(window)
    window.show()
    window._on_unlocked(ws)
    assert window.workspace_view is not None
    yield window.workspace_view  # the window stays referenced until the test is done
    window.close()


def _highlighted(view: WorkspaceView) -> list[str]:
    return [item.text() for item in view.nav.selectedItems()]


def _click_section(qtbot, view: WorkspaceView, text: str) -> None:  # type: ignore[no-untyped-def]
    (item,) = view.nav.findItems(text, Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(
        view.nav.viewport(), Qt.MouseButton.LeftButton, pos=view.nav.visualItemRect(item).center()
    )


def test_a_client_opened_from_the_dashboard_highlights_caseload(qtbot, view: WorkspaceView) -> None:  # type: ignore[no-untyped-def]
    _click_section(qtbot, view, "Field visit")
    _click_section(qtbot, view, "Today")
    assert _highlighted(view) == ["Today"] and view.pages.currentWidget() is view.dashboard
    table = next(t for t in view.dashboard.findChildren(QTableView) if t.model().rowCount() > 0)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opens the client, as a double-click does
    assert isinstance(view.pages.currentWidget(), ClientRecordView)
    assert _highlighted(view) == ["Caseload"]  # not Today, not Field visit from before
    assert view.nav.currentItem().text() == "Caseload"

    _click_section(qtbot, view, "Caseload")  # the highlighted section still leads to its page
    assert view.pages.currentWidget() is view.caseload and _highlighted(view) == ["Caseload"]


def test_back_from_a_record_opened_on_the_field_visit_page_lands_on_the_highlighted_caseload(
    qtbot,  # type: ignore[no-untyped-def]
    view: WorkspaceView,
) -> None:
    _click_section(qtbot, view, "Field visit")
    view.open_client(view.caseload.model.all_rows[0].id)  # as the field-visit list does
    assert _highlighted(view) == ["Caseload"]
    _click_section(qtbot, view, "Field visit")  # any section leaves the record for its page
    assert view.pages.currentWidget() is view.field_visit and _highlighted(view) == ["Field visit"]
    view.open_client(view.caseload.model.all_rows[0].id)
    record = view.pages.currentWidget()
    assert isinstance(record, ClientRecordView)
    qtbot.mouseClick(record.back, Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.caseload and _highlighted(view) == ["Caseload"]
