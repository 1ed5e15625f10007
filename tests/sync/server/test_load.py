"""The sync server under load: many enrolled devices syncing at the same moment against a real
``polku-server serve`` with several worker processes on PostgreSQL (``bench/load.py``), or several
such processes sharing the database.

Each simulated device is enrolled with a username and password and has its own token; it pulls its
own caseload page by page, pushes edits, new notes and access-log entries, and pulls again, all at
once with the others. Afterwards every request must have succeeded, the server must hold every
device's outbox, and every device's rows (version, deleted flag, fields) must equal the server's rows
of its caseload: no page skipped a change that committed concurrently on another worker.

PostgreSQL: ``POLKU_TEST_DATABASE_URL`` if set, else postgres@127.0.0.1 (skipped when unreachable);
each test creates and drops a database of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import load

pytestmark = pytest.mark.skipif(
    not load.pg_reachable(),
    reason=f"PostgreSQL is not reachable at {load.pg_admin_url()} (set POLKU_TEST_DATABASE_URL)",
)


def _assert_clean(result: load.RunResult, *, devices: int, rounds: int, changes: int) -> None:
    for phase in result.phases:
        assert phase.errors == 0, f"{phase.name}: {dict(phase.stats.errors)}"
        assert phase.devices == devices
    initial, busy, final = result.phases
    assert initial.stats.count("sync") == devices and initial.stats.rows > 0  # each pulled from 0
    assert busy.stats.count("sync") == busy.stats.count("push") == devices * rounds
    # every entry was answered, and none refused (conflicts between devices are allowed)
    assert busy.stats.statuses.total() == devices * rounds * changes
    assert "rejected" not in busy.stats.statuses
    assert final.stats.count("sync") == devices
    assert result.unsaved == 0, "the server lacks pushed outbox entries of some devices"
    assert result.diverged == [], result.diverged[:5]


def test_ten_devices_at_once_against_two_workers(tmp_path: Path) -> None:
    result = load.run(
        devices=10, workers=2, clients=100, rounds=2, changes=6, users=3, folder=tmp_path, quiet=True
    )
    _assert_clean(result, devices=10, rounds=2, changes=6)


@pytest.mark.slow
def test_hundred_devices_at_once_against_two_workers(tmp_path: Path) -> None:
    result = load.run(devices=100, workers=2, clients=600, rounds=3, changes=10, folder=tmp_path, quiet=True)
    _assert_clean(result, devices=100, rounds=3, changes=10)


@pytest.mark.slow
def test_hundred_devices_across_three_server_processes_on_one_database(tmp_path: Path) -> None:
    """Scale-out (issue 18): three ``polku-server serve`` processes started at once on one database;
    every sync of every device goes to one of them at random. The figures: docs/reliability.md."""
    result = load.run(
        devices=100, workers=1, servers=3, clients=600, rounds=3, changes=10, folder=tmp_path, quiet=False
    )
    _assert_clean(result, devices=100, rounds=3, changes=10)
