"""The Conflicts page as a counsellor reads it: two laptops change the same field of a client while
offline (real profiles, the real server app in process); the page names the client, the record and
the field in the UI language, shows list values by their labels, counts what waits on the menu and
on the dashboard, and opens the client's record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.clients import update_client
from app.lookups import load_lookups
from app.status import sync_state
from models.enums import LabourMarketStatus
from tests.support.sync import Device, Server, add_client, new_device, server_database
from ui import i18n
from ui.client_record import ClientRecordView
from ui.workspace_view import WorkspaceView

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    with server_database(tmp_path / "server") as url:
        server = Server(url)
        server.user("anna")
        server.user("ben")
        anna, ben = new_device(server, tmp_path / "a", "anna"), new_device(server, tmp_path / "b", "ben")
        yield anna, ben
        anna.close()
        ben.close()
        server.close()


def _conflict(anna: Device, ben: Device) -> str:
    """Both change the client's labour market status differently; Ben syncs first."""
    cid = add_client(anna.ws, last_name="Demo-Conflict", first_permit_date=date(2025, 1, 10))
    anna.sync()
    ben.sync()
    update_client(ben.ws, client_id=cid, changes={"labour_market_status": LabourMarketStatus.JOBSEEKER})
    update_client(
        anna.ws, client_id=cid, changes={"labour_market_status": LabourMarketStatus.OUTSIDE_LABOUR_FORCE}
    )
    ben.sync()
    anna.sync()
    return cid


def _row(view: WorkspaceView, row: int = 0) -> list[str]:
    model = view.conflicts.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_a_conflict_names_the_client_and_the_field_in_finnish_and_opens_the_client(
    qtbot, laptops: tuple[Device, Device]
) -> None:  # type: ignore[no-untyped-def]
    anna, ben = laptops
    cid = _conflict(anna, ben)
    i18n.set_language("fi")
    view = WorkspaceView(anna.ws, load_lookups(anna.ws))
    qtbot.addWidget(view)
    cells = _row(view)
    assert cells[:3] == ["Olena Demo-Conflict", "Asiakkaan tiedot", "Työmarkkina-asema"]
    assert cells[3:] == ["Ei tiedossa", "Työnhakija (työtön)", "Työvoiman ulkopuolella"]
    assert not any("_" in c for c in cells)  # no field or list code
    assert view.conflicts.empty.isHidden()
    conflicts_row = view.page_widgets.index(view.conflicts)
    assert view.nav.item(conflicts_row).text() == "Ristiriidat (1)"
    assert view.dashboard.tiles["to_review"].count.text() == "1"
    assert sync_state(view.ws).to_review == 1  # the status bar's "Conflicts to review" counts the same
    view.conflicts.table.selectRow(0)
    assert view.conflicts.open_client.isEnabled()
    view.conflicts.open_client.click()
    assert isinstance(view.record, ClientRecordView) and view.record.client_id == cid
    assert view.pages.currentWidget() is view.record


def test_resolving_the_last_conflict_leaves_the_sentence_and_no_count(
    qtbot, laptops: tuple[Device, Device]
) -> None:  # type: ignore[no-untyped-def]
    anna, ben = laptops
    _conflict(anna, ben)
    i18n.set_language("sv")
    view = WorkspaceView(anna.ws, load_lookups(anna.ws))
    qtbot.addWidget(view)
    assert _row(view)[1:3] == ["Klientens uppgifter", "Ställning på arbetsmarknaden"]
    view.conflicts.table.selectRow(0)
    view.conflicts.keep_mine.click()
    assert view.conflicts.model.rowCount() == 0
    assert not view.conflicts.empty.isHidden() and view.conflicts.empty.text().startswith("Inget att granska")
    assert view.nav.item(view.page_widgets.index(view.conflicts)).text() == "Konflikter"
    view.dashboard.reload()
    assert view.dashboard.tiles["to_review"].count.text() == "0"


def test_double_click_on_a_conflict_opens_the_client(qtbot, laptops: tuple[Device, Device]) -> None:  # type: ignore[no-untyped-def]
    anna, ben = laptops
    cid = _conflict(anna, ben)
    i18n.set_language("en")
    view = WorkspaceView(anna.ws, load_lookups(anna.ws))
    qtbot.addWidget(view)
    assert _row(view)[:3] == ["Olena Demo-Conflict", "Client details", "Labour market status"]
    view.conflicts.table.activated.emit(view.conflicts.model.index(0, 0))
    assert view.record is not None and view.record.client_id == cid


def test_the_count_follows_a_sync_that_brings_a_conflict(qtbot, laptops: tuple[Device, Device]) -> None:  # type: ignore[no-untyped-def]
    anna, ben = laptops
    cid = add_client(anna.ws, last_name="Demo-Later")
    anna.sync()
    ben.sync()
    i18n.set_language("en")
    view = WorkspaceView(anna.ws, load_lookups(anna.ws))
    qtbot.addWidget(view)
    row = view.page_widgets.index(view.conflicts)
    assert view.nav.item(row).text() == "Conflicts" and not view.conflicts.empty.isHidden()
    update_client(ben.ws, client_id=cid, changes={"phone": "+358 50 1"})
    update_client(anna.ws, client_id=cid, changes={"phone": "+358 44 2"})
    ben.sync()
    anna.sync()  # publishes what changed; the page, the menu and the dashboard follow
    qtbot.waitUntil(lambda: view.nav.item(row).text() == "Conflicts (1)")
    qtbot.waitUntil(lambda: view.dashboard.tiles["to_review"].count.text() == "1")
    assert _row(view)[:3] == ["Olena Demo-Later", "Client details", "Phone"]
