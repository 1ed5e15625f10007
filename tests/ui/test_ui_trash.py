"""Recently deleted, driven as a counsellor would (pytest-qt, offscreen) on real encrypted profiles:
delete a client from the caseload, find it in Recently deleted, restore it, sync it to a second laptop
through the real server app in process. Synthetic names only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import sync_service
from app.audit import access_history
from app.clients import delete_client, list_clients
from app.meetings import book_meeting, meetings_for_client
from app.plans.lifecycle import create_plan
from app.settings import Settings
from models import utcnow
from models.enums import AccessAction, MeetingMode, MeetingPurpose, PlanKind, PlanState, ResponsibleParty
from tests.support.sync import Device, Server, add_client, new_device, server_database
from ui.main_window import MainWindow
from ui.trash import RecentlyDeletedView
from ui.workspace_view import WorkspaceView

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


@pytest.fixture(autouse=True)
def _yes_to_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        srv.user("anna")
        srv.user("ben")
        # "Sync now" in the window reaches this server app (in process) instead of a network address.
        monkeypatch.setattr(sync_service, "transport_for", lambda *_a, **_k: srv.transport())
        yield srv
        srv.close()


@pytest.fixture
def laptops(server: Server, tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    anna, ben = new_device(server, tmp_path / "a", "anna"), new_device(server, tmp_path / "b", "ben")
    yield anna, ben
    anna.close()
    ben.close()


def _client_with_records(d: Device) -> str:
    cid = add_client(d.ws, last_name="Demo-Trash")
    create_plan(
        d.ws,
        client_id=cid,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2026, 3, 1),
        period_end=date(2027, 1, 31),
    )
    book_meeting(
        d.ws,
        client_id=cid,
        starts_at=datetime(2026, 4, 1, 10, 0),
        mode=MeetingMode.REMOTE,
        purpose=MeetingPurpose.GUIDANCE,
    )
    return cid


def _window(qtbot: Any, d: Device, tmp_path: Path) -> MainWindow:
    settings = Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini")
    window = MainWindow(d.ws.paths.folder, settings)
    qtbot.addWidget(window)
    window.show()
    window._on_unlocked(d.ws)
    return window


def _view(window: MainWindow) -> WorkspaceView:
    assert window.workspace_view is not None
    return window.workspace_view


def _delete_in_caseload(qtbot: Any, view: WorkspaceView, cid: str) -> None:
    view.nav.setCurrentRow(view.page_widgets.index(view.caseload))
    caseload = view.caseload
    assert not caseload.delete.isEnabled()  # nothing selected yet
    row = [r.id for r in caseload.model.rows].index(cid)
    caseload.table.selectRow(row)
    assert caseload.delete.isEnabled()
    qtbot.mouseClick(caseload.delete, Qt.MouseButton.LeftButton)
    assert cid not in {r.id for r in caseload.model.all_rows}


def _open_trash(view: WorkspaceView) -> RecentlyDeletedView:
    view.nav.setCurrentRow(view.page_widgets.index(view.trash))
    assert view.pages.currentWidget() is view.trash
    return view.trash


def _cells(trash: RecentlyDeletedView) -> list[tuple[str, ...]]:
    return [tuple(texts) for _key, texts in trash.model.rows]


def test_delete_find_restore_and_sync_to_the_second_laptop(
    qtbot: Any, tmp_path: Path, server: Server, laptops: tuple[Device, Device]
) -> None:
    anna, ben = laptops
    cid = _client_with_records(anna)
    anna.sync()
    ben.sync()
    window = _window(qtbot, anna, tmp_path)
    view = _view(window)
    assert view.nav.item(view.page_widgets.index(view.trash)).text() == "Recently deleted"
    trash = _open_trash(view)
    assert trash.empty.isVisible() and trash.empty.text() == "Nothing deleted in the last 30 days."
    assert not trash.table.isVisible() and not trash.restore_button.isVisible()

    _delete_in_caseload(qtbot, view, cid)
    trash = _open_trash(view)
    assert _cells(trash) == [("Demo-Trash, Olena", "Client", _cells(trash)[0][2], "anna", "30")]
    assert trash.table.isVisible() and not trash.empty.isVisible()

    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.error.isHidden()
    assert trash.done.text() == "Olena Demo-Trash is back in the caseload."
    assert _cells(trash) == [] and trash.empty.isVisible()
    [row] = [r for r in view.caseload.model.all_rows if r.id == cid]
    assert row.plan_state is PlanState.DRAFT  # its plan came back with it
    with anna.ws.session() as s:
        actions = [e.action for e in access_history(s, client_id=cid)]
    # The name was listed in the caseload already this session: no second "list" row for it.
    assert actions[-2:] == [AccessAction.DELETE, AccessAction.RESTORE]
    assert len(meetings_for_client(anna.ws, client_id=cid)) == 1

    bar = window.sync_bar
    assert bar is not None
    bar.refresh()
    qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    assert bar.state is not None and bar.state.unsynced == 0, bar.label.text()
    assert not server.rows("client")[("client", cid)].deleted
    ben.sync()
    assert cid in {c.id for c in list_clients(ben.ws)}
    assert len(meetings_for_client(ben.ws, client_id=cid)) == 1


def test_after_thirty_one_days_it_is_not_offered_nor_restorable(
    qtbot: Any, tmp_path: Path, laptops: tuple[Device, Device]
) -> None:
    anna, _ben = laptops
    cid = _client_with_records(anna)
    window = _window(qtbot, anna, tmp_path)  # kept: the view lives as long as its window
    view = _view(window)
    _delete_in_caseload(qtbot, view, cid)
    trash = _open_trash(view)
    assert len(_cells(trash)) == 1
    # The list was read today; the restore is clicked 31 days later (the clock is injected).
    trash.now = lambda: utcnow() + timedelta(days=31)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.error.isVisible()
    assert trash.error.text() == "Deleted more than 30 days ago: it can no longer be restored."
    assert _cells(trash) == [] and trash.empty.isVisible()  # the list read again 31 days on
    view.nav.setCurrentRow(0)
    trash.now = lambda: utcnow() + timedelta(days=29, hours=1)
    trash = _open_trash(view)
    assert [c[4] for c in _cells(trash)] == ["1"]  # the last day
    assert cid not in {c.id for c in list_clients(anna.ws)}


def test_a_delete_made_on_another_laptop_appears_after_sync_now(
    qtbot: Any, tmp_path: Path, laptops: tuple[Device, Device]
) -> None:
    anna, ben = laptops
    cid = _client_with_records(anna)
    anna.sync()
    ben.sync()
    window = _window(qtbot, ben, tmp_path)
    view = _view(window)
    trash = _open_trash(view)
    assert _cells(trash) == []
    delete_client(anna.ws, client_id=cid)
    anna.sync()
    bar = window.sync_bar
    assert bar is not None
    bar.refresh()
    qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    # The page on screen follows the sync: Anna's delete, with her name on it.
    assert [(c[0], c[3]) for c in _cells(trash)] == [("Demo-Trash, Olena", "anna")]
    assert cid not in {r.id for r in view.caseload.model.all_rows}
