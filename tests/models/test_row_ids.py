"""Row ids made on a laptop: unique without the server, valid UUIDs, and in the order they were made
(so a pulled caseload is written at the end of the laptop's indexes; ``models.base.new_uuid``)."""

from __future__ import annotations

import uuid

from app.printing.common import short_id
from models.base import new_uuid, uuid7


def test_ids_are_version_7_uuids_that_sort_in_the_order_they_were_made() -> None:
    made = [uuid7(unix_ms=1_765_000_000_000 + n) for n in range(1000)]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in made)
    assert sorted(str(u) for u in made) == [str(u) for u in made]
    assert made[0].int >> 80 == 1_765_000_000_000  # the millisecond is readable from the id


def test_ids_made_in_the_same_millisecond_are_all_different() -> None:
    ids = {uuid7(unix_ms=1_765_000_000_000) for _ in range(100_000)}
    assert len(ids) == 100_000


def test_new_row_ids_are_uuid_text_the_server_accepts() -> None:
    text = new_uuid()
    assert str(uuid.UUID(text)) == text and len(text) == 36
    assert uuid.UUID(text).version == 7


def test_short_ids_in_file_names_differ_for_rows_made_at_the_same_moment() -> None:
    """Plans printed to a folder are named by a short id: ids made within a minute start alike."""
    ids = [str(uuid7(unix_ms=1_765_000_000_000)) for _ in range(50)]
    assert len({i[:8] for i in ids}) == 1
    assert len({short_id(i) for i in ids}) == 50
