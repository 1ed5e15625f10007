"""``polku-server sync-status --stale DAYS``: the devices IT should chase, those (not revoked) that
have not been in touch for DAYS days or more, including one that never synced after enrolling. On
SQLite, or PostgreSQL with ``POLKU_TEST_DATABASE_URL``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from app.sync_service import device_identity
from sync.server import admin
from sync.server.cli import main as server_main
from sync.server.tables import Device as ServerDevice
from sync.server.tables import now
from tests.support.sync import Device, Server, counsellors_server, new_device


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with counsellors_server(tmp_path / "server", "anna", "ben") as srv:
        yield srv


def _silent_for(server: Server, device: Device, days: float) -> str:
    device_id: str = device_identity(device.ws)[0]  # type: ignore[index]
    with server.db.engine.begin() as conn:
        conn.execute(
            update(ServerDevice)
            .where(ServerDevice.id == device_id)
            .values(last_contact=now() - timedelta(days=days))
        )
    return device_id


def _status(server: Server, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert server_main(["--database-url", server.url, "sync-status", *args]) == 0
    return capsys.readouterr().out


def test_stale_lists_only_devices_silent_for_that_long(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = new_device(server, tmp_path / "fresh", "anna")
    fresh.sync()
    away = new_device(server, tmp_path / "away", "anna")
    away.sync()
    unused = new_device(server, tmp_path / "unused", "ben")  # enrolled, never synced
    lost = new_device(server, tmp_path / "lost", "ben")
    lost.sync()
    away_id = _silent_for(server, away, 8.5)
    unused_id = _silent_for(server, unused, 30)
    lost_id = _silent_for(server, lost, 40)
    admin.revoke_device(server.db, device_id=lost_id)  # revoked: nothing to chase

    out = _status(server, capsys, "--stale", "7")
    lines = out.splitlines()
    assert lines[0] == "2 device(s) (not revoked) with no contact for 7 days or more."
    assert [line.split("\t")[0] for line in lines[1:]] == [unused_id, away_id]  # the longest silent first
    assert lines[1].split("\t")[1:3] == ["ben", "(no name)"] and lines[1].endswith(
        "30 days ago\tnever synced since enrolling"
    )
    assert "\t8 days ago" in lines[2] and "never synced" not in lines[2]
    assert lines[2].split("\t")[3].startswith("last contact 20")

    listed = json.loads(_status(server, capsys, "--stale", "9", "--json"))
    assert listed["stale_days"] == 9
    assert [(d["device_id"], d["days_since_contact"], d["never_synced"]) for d in listed["devices"]] == [
        (unused_id, 30, True)
    ]
    assert listed["devices"][0]["user_deactivated"] is False
    # 0 days: every device not revoked; a deactivated user's device is marked.
    admin.deactivate_user(server.db, username="ben")
    out = _status(server, capsys, "--stale", "0")
    assert out.startswith("3 device(s)") and "ben (deactivated)" in out and lost_id not in out
    # Without --stale the full status is as before.
    assert "pushed seq" in _status(server, capsys)
    for device in (fresh, away, unused, lost):
        device.close()


@pytest.mark.parametrize(
    ("days", "says"),
    [
        ("seven", "a whole number of days is needed, not 'seven'"),
        ("-1", "between 0 and 36500, not -1"),
        ("1.5", "a whole number of days is needed, not '1.5'"),
    ],
)
def test_a_bad_number_of_days_is_refused_with_a_message(
    server: Server, days: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        server_main(["--database-url", server.url, "sync-status", "--stale", days])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and says in err and "--stale" in err and "Traceback" not in err
