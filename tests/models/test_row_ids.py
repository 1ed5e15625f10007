"""Row ids made on a laptop: unique without the server, valid UUIDs, and in the order they were made
(so a pulled caseload is written at the end of the laptop's indexes; ``models.base.new_uuid``)."""

from __future__ import annotations

import uuid

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
