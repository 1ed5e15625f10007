"""Scale-out (issue 18): several ``polku-server serve`` processes on different ports sharing one
PostgreSQL database, started at the same moment, with laptops (real encrypted profiles) editing and
syncing all the time, each sync going to one of the processes at random: they converge and nothing is
lost. The load variant (100 simulated devices across 3 processes) is in ``test_load.py``.

Needs ``POLKU_TEST_DATABASE_URL`` (SQLite cannot be shared by several servers); skipped otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.load_setup import postgres_database
from tests.support.busy_laptops import Busy, new_laptops, outcome, sync_all
from tests.support.server import ServerProcess, cli_env, start_together

ADMIN_URL = os.environ.get("POLKU_TEST_DATABASE_URL", "")
pytestmark = pytest.mark.skipif(
    not ADMIN_URL, reason="POLKU_TEST_DATABASE_URL is not set: several servers share a PostgreSQL database"
)


def test_laptops_switching_between_three_servers_at_random_converge_with_nothing_lost(tmp_path: Path) -> None:
    with postgres_database(ADMIN_URL, prefix="polku_test") as url:
        env = cli_env(tmp_path, POLKU_SERVER_THROTTLE_BASE_SECONDS="0")  # one restore-detection key for all
        servers = [
            ServerProcess(tmp_path / f"server-{n}.log", url, None, ("--log-level", "warning"), env)
            for n in range(3)
        ]
        laps = []
        try:
            start_together(servers)  # a fresh database: all three migrate it at once
            laps = new_laptops(tmp_path, url, servers[0].url, 4, 3, prefix="scale")
            for lap in laps:
                lap.servers = [s.url for s in servers]
            with Busy(laps) as busy:
                busy.wait("before", 4)
            sync_all(laps)
            end = outcome(url, laps)
        finally:
            for lap in laps:
                lap.ws.close()
            for s in servers:
                s.stop()
    assert busy.errors == [] and [f for lap in laps for f in lap.failed] == []
    for lap in laps:  # each laptop really moved between processes
        assert len(lap.served_by) >= 2, (lap.user, dict(lap.served_by))
    assert {url for lap in laps for url in lap.served_by} == {s.url for s in servers}
    assert end.missing == [], f"{len(end.missing)} edits lost, e.g. {end.missing[:3]}"
    assert end.diverged == [] and end.not_union == 0
    assert sum(end.unanswered.values()) == 0, end.unanswered
    assert set(end.statuses) <= {"applied", "merged"}, end.statuses
    assert end.open_conflicts == 0
    for s in servers:
        assert "Traceback" not in s.printed() and "ERROR" not in s.printed(), s.printed()[-3000:]
