"""Closed cases, driven as a counsellor would (pytest-qt, offscreen) against the real server app in
process: a client whose plan was closed a year ago has left the laptop; when the client comes back,
the counsellor finds the case on the Closed cases page and fetches it, and it opens on the laptop.
Synthetic names only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.clients import list_clients
from app.plans.lifecycle import create_plan, set_plan_state
from app.settings import Settings
from models.enums import PlanKind, PlanState, ResponsibleParty
from sync.client.transport import HttpTransport
from sync.server.archive import archive_closed
from sync.server.tables import now
from tests.support.sync import Device, Server, add_client, new_device, server_database
from ui import i18n
from ui.closed_cases import ClosedCasesView
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        srv.user("anna")
        yield srv
        srv.close()


@pytest.fixture
def anna(server: Server, tmp_path: Path) -> Iterator[Device]:
    d = new_device(server, tmp_path / "anna", "anna")
    yield d
    d.close()


def _put_aside(server: Server, d: Device, last_name: str) -> str:
    client_id = add_client(d.ws, last_name, "297")
    plan = create_plan(
        d.ws,
        client_id=client_id,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2025, 3, 10),
        period_end=date(2026, 3, 1),
    )
    set_plan_state(d.ws, plan_id=plan.id, state=PlanState.CLOSED, on=date(2026, 3, 1))
    d.sync()
    assert archive_closed(server.db, at=now() + timedelta(days=400)).archived == 1
    d.sync()
    return client_id


def _page(qtbot: Any, d: Device, tmp_path: Path) -> tuple[MainWindow, ClosedCasesView]:
    settings = Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini")
    window = MainWindow(d.ws.paths.folder, settings)
    qtbot.addWidget(window)
    window.show()
    window._on_unlocked(d.ws)
    view = window.workspace_view
    assert view is not None
    page = view.closed_cases
    page.transport = d.server.transport()
    view.nav.setCurrentRow(view.page_widgets.index(page))
    assert view.pages.currentWidget() is page
    return window, page


def test_the_counsellor_finds_a_closed_case_and_fetches_it_back(
    qtbot: Any, server: Server, anna: Device, tmp_path: Path
) -> None:
    closed = _put_aside(server, anna, "Demo-Returning")
    assert closed not in {c.id for c in list_clients(anna.ws)}
    window, page = _page(qtbot, anna, tmp_path)
    assert not page.table.isVisible() and not page.fetch_button.isVisible()

    qtbot.keyClicks(page.query, "returning")
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)

    assert [texts[0] for _key, texts in page.model.rows] == ["Demo-Returning, Olena"]
    assert page.table.isVisible() and page.fetch_button.isEnabled()
    qtbot.mouseClick(page.fetch_button, Qt.MouseButton.LeftButton)

    # The client is on the laptop again, in the caseload, and its record is open.
    assert closed in {c.id for c in list_clients(anna.ws)}
    view = window.workspace_view
    assert view is not None and view.record is not None and view.record.client_id == closed
    assert "is on this laptop again" in page.status.text()
    assert page.model.rows == []


def test_a_search_that_finds_nothing_says_so_and_a_server_that_cannot_be_reached_too(
    qtbot: Any, server: Server, anna: Device, tmp_path: Path
) -> None:
    _put_aside(server, anna, "Demo-Closed")
    _window, page = _page(qtbot, anna, tmp_path)
    i18n.set_language("fi")
    page.query.setText("nobody")
    page.search()
    assert page.status.text() == "Hakua vastaavaa päättynyttä asiakkuutta ei löytynyt."
    page.transport = HttpTransport("http://127.0.0.1:9")  # nothing listens there: as offline
    page.search()
    assert page.error.isVisible()
    assert page.error.text().startswith("Synkronointipalvelimeen ei saada yhteyttä.")
    assert page.search_button.isEnabled()  # try again when the network is back
