"""``polku sync`` records the last successful sync where the window's status bar reads it; a sync that
fails records nothing. Real encrypted profile, the real server app in process."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import app.cli as cli
from app import sync_service
from app.status import sync_state
from app.workspace import open_workspace
from models import utcnow
from sync.client.errors import TransportFailed
from sync.client.transport import Reply
from tests.support.sync import PASSPHRASE, Server, add_client, new_device, server_database
from ui import i18n
from ui.app import make_application
from ui.runner import ImmediateRunner, set_runner
from ui.sync_bar import SyncBar


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        srv.user("anna")
        yield srv
        srv.close()


@pytest.fixture
def laptop(server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    device = new_device(server, tmp_path / "laptop", "anna")
    add_client(device.ws)
    device.close()
    monkeypatch.setenv("POLKU_PASSPHRASE", PASSPHRASE)
    return tmp_path / "laptop"


class _Unreachable:
    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        raise TransportFailed("no route to host")


def _polku_sync(folder: Path) -> int:
    root = logging.getLogger()
    level = root.level
    try:
        return cli.run_command(cli.build_parser().parse_args(["sync", "--profile", str(folder)]))
    finally:
        root.setLevel(level)


def test_polku_sync_records_the_last_sync_the_status_bar_shows(
    qapp: QApplication, server: Server, laptop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_service, "transport_for", lambda *_a, **_k: server.transport())
    ws = open_workspace(laptop, PASSPHRASE, recovery_public_key=None)
    try:
        assert sync_state(ws).last_success is None
    finally:
        ws.close()
    assert _polku_sync(laptop) == 0
    ws = open_workspace(laptop, PASSPHRASE, recovery_public_key=None)
    try:
        state = sync_state(ws)
        assert state.unsynced == 0
        assert state.last_success is not None and abs(state.last_success - utcnow()) < timedelta(minutes=1)
        make_application()
        set_runner(ImmediateRunner())
        i18n.set_language("en")
        bar = SyncBar(ws)
        bar.refresh()
        assert "Last synced" in bar.label.text()
        bar.shutdown()
    finally:
        ws.close()


def test_a_failed_polku_sync_records_nothing(laptop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_service, "transport_for", lambda *_a, **_k: _Unreachable())
    assert _polku_sync(laptop) != 0
    ws = open_workspace(laptop, PASSPHRASE, recovery_public_key=None)
    try:
        state = sync_state(ws)
        assert state.last_success is None and state.unsynced == 1
    finally:
        ws.close()
