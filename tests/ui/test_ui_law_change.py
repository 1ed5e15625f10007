"""The law changes: the office publishes the new rules on the server, and the counsellor's open client
shows the new law after the next Sync now. A real `polku-server serve` process over HTTP, the window a
counsellor uses, and the rules tab read as text (the reform here is hypothetical: a two-year window)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from pathlib import Path

import pytest

from app.clients import ClientInput, create_client
from app.settings import Settings
from app.workspace import create_workspace
from models.enums import LabourMarketStatus
from models.rules import add_years
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.rules_file import bundled_rules, next_version, window_reform
from tests.support.server import PASSWORD, polku_server
from ui import i18n
from ui.enroll_dialog import EnrollDialog
from ui.main_window import MainWindow
from ui.sync_bar import SyncBar

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py

TODAY = date.today()
PERMIT = TODAY - timedelta(days=900)  # inside three years, past two


def sync_now(qtbot, bar: SyncBar) -> None:  # type: ignore[no-untyped-def]
    """Sync now, as the button does, and wait for it to end well (a failed sync emits no sig_synced)."""
    assert not bar.running
    with qtbot.waitSignal(bar.sig_synced, timeout=30_000):
        bar.start(quiet=False)


def _rules_tab_text(window: MainWindow) -> str:
    view = window.workspace_view
    assert view is not None and view.record is not None
    view.record.show_tab("rules")
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", view.record.eligibility.body.text())).split())


def test_a_law_change_published_by_the_office_reaches_the_open_client_after_sync_now(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, server_url: str
) -> None:
    server = ["--data-dir", str(tmp_path / "srv")]
    made = polku_server(
        tmp_path, *server, "create-user", "--username", "aino", "--role", "counsellor",
        "--municipality", "297", POLKU_PASSWORD=PASSWORD,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "laptop"
    ws = create_workspace(folder, PASSPHRASE, user="aino", kdf=FAST_KDF, recovery_public_key=None)
    client = create_client(
        ws,
        data=ClientInput(
            first_names="Hawa", last_name="Demo-Farah", home_municipality="297", first_permit_date=PERMIT,
            home_care_allowance=True, labour_market_status=LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
        ),
    )  # fmt: skip
    i18n.set_language("fi")  # the gui fixture sets English back
    window = MainWindow(folder, Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini"))
    qtbot.addWidget(window)
    window.show()
    window._on_unlocked(ws)
    enroll = EnrollDialog(ws, window.settings, window)
    enroll.server.setText(server_url)
    enroll.password.setText(PASSWORD)
    enroll._on_ok()
    assert enroll.error.isHidden(), enroll.error.text()
    bar, view = window.sync_bar, window.workspace_view
    assert bar is not None and view is not None
    bar.refresh()  # connected: Sync now is offered
    sync_now(qtbot, bar)
    view.open_client(client.id)
    before = _rules_tab_text(window)
    assert "Arviointi on tehtävä" in before
    assert f"3 vuoden määräaika päättyy {i18n.format_date(add_years(PERMIT, 3))}" in before

    # The office: the bundled rules with the reform in force from ten days ago, as the next version.
    reform, version = next_version(bundled_rules() + window_reform(TODAY - timedelta(days=10)))
    (tmp_path / "reform.toml").write_text(reform, encoding="utf-8")
    published = polku_server(
        tmp_path, *server, "publish-reference", "--name", "rules", "--file", str(tmp_path / "reform.toml")
    )
    assert published.returncode == 0, published.stderr
    assert "Arviointi on tehtävä" in _rules_tab_text(window)  # nothing changes before the sync

    sync_now(qtbot, bar)

    after = _rules_tab_text(window)
    assert f"2 vuoden määräaika päättyi {i18n.format_date(add_years(PERMIT, 2))}" in after
    assert "Ei oikeutta arviointiin" in after and "Arviointi on tehtävä" not in after
    assert "3 vuoden" not in after and "kolmen" not in after.lower()
    assert f"Sääntötiedoston versio {version}" in after
