"""The restore drill of the server guide, on PostgreSQL with real processes
(``tests/support/restore_drill.py``): a ``pg_dump`` taken after ``polku-server mark-backup`` while
laptops keep syncing, restored with ``pg_restore`` into a new database, ``polku-server new-epoch``;
every laptop's later edits come back and nothing is lost. And what restoring a backup older than the
last mark costs.

Needs ``POLKU_TEST_DATABASE_URL`` (the PostgreSQL to make the drill's databases in) and ``pg_dump`` /
``pg_restore``; skipped with the reason otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support import restore_drill

ADMIN_URL = os.environ.get("POLKU_TEST_DATABASE_URL", "")
WHY_NOT = (
    "POLKU_TEST_DATABASE_URL is not set: the drill needs PostgreSQL"
    if not ADMIN_URL
    else restore_drill.unavailable(ADMIN_URL)
)
pytestmark = pytest.mark.skipif(WHY_NOT is not None, reason=WHY_NOT or "")


def _drill(tmp_path: Path, **kwargs: int) -> restore_drill.DrillResult:
    result = restore_drill.run(tmp_path, admin_url=ADMIN_URL, say=print, **kwargs)
    end = result.end
    # The drill tested something: the dump was taken while the laptops synced, and the restore took
    # back edits every laptop had already synced (or made offline) after it.
    assert result.syncs_during_backup > 0
    assert result.lost_by_restore > 0
    assert result.edits_after_backup >= kwargs["laptops"] * 2
    assert result.epoch_noticed == kwargs["laptops"]  # every laptop was told about the restore
    # Nothing lost: the newest value of every edit of every laptop is on the server, the server's rows
    # are exactly the laptops' rows, each laptop equals the server, every change answered.
    assert end.missing == [], f"{len(end.missing)} edits lost, e.g. {end.missing[:3]}"
    assert end.diverged == [] and end.not_union == 0
    assert sum(end.unanswered.values()) == 0, end.unanswered
    assert set(end.statuses) <= {"applied", "merged"}, end.statuses
    assert end.open_conflicts == 0  # each phone has one writer; notes never conflict
    return result


def test_a_backup_taken_while_laptops_sync_restores_with_nothing_lost(tmp_path: Path) -> None:
    _drill(tmp_path, laptops=3, clients=3, syncs=1)


@pytest.mark.slow
def test_the_restore_drill_with_eight_busy_laptops(tmp_path: Path) -> None:
    _drill(tmp_path, laptops=8, clients=6, syncs=4)


def test_a_restore_older_than_the_last_mark_stops_the_laptops_until_the_newest_backup_is_back(
    tmp_path: Path,
) -> None:
    """The documented limit, shown: restoring the backup taken before the last ``mark-backup``, the
    server lacks what the laptops changed since that backup, and the laptops that already forgot
    (pruned) some of it stop with a clear error instead of sending half. Nothing is gone from the
    laptops; restoring the newest backup (the one taken at the last mark) brings everything back."""
    older = restore_drill.run_older(tmp_path, admin_url=ADMIN_URL, say=print)
    assert older.lacked_pruned > 0 and older.lacked >= older.lacked_pruned
    assert len(older.stopped) == 2
    assert all("older than its durable mark" in message for message in older.stopped.values())
    assert older.held_on_laptops
    end = older.end
    assert end.missing == [] and end.diverged == [] and end.not_union == 0
    assert sum(end.unanswered.values()) == 0 and set(end.statuses) <= {"applied", "merged"}
