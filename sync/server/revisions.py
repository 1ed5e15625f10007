"""The revisions of the rows one push touches, read for the whole batch in a few queries and kept
current as the push adds its own (a row changed twice in one push sees its own earlier revision).

The merge asks, per change, for the revision the change was made on and for what was changed since
(``sync.server.history``): one query each per change made a push of 1,000 changes wait for some
3,000 round trips, each after an autoflush of the change before. Here a batch reads, per row, every
revision from the lowest version any of its changes was made on; a question about older revisions
(a base revision that is missing, a change made before a server restore) reads that row's history
from the database once more, after an autoflush, so it is never answered from an incomplete list.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from sync.server.tables import RowRevision

Key = tuple[str, str]  # (entity, row id)
CHUNK = 500


@dataclass(slots=True)
class Rev:
    """One ``row_revision`` row (without its id), read or about to be written."""

    entity: str
    row_id: str
    version: int
    server_seq: int
    epoch_no: int
    device_id: str
    username: str
    device_seq: int | None
    op: str
    changed: list[str]
    data: dict[str, Any]
    deleted: bool
    device_time: str | None
    at: datetime
    origin_epoch: str | None
    origin_seq: int | None
    origin_version: int | None


TABLE = cast(Table, RowRevision.__table__)
NAMES = [f.name for f in fields(Rev)]
COLUMNS = [TABLE.c[name] for name in NAMES]


class Revisions:
    def __init__(self, s: Session) -> None:
        self.s = s
        # Per row: (lowest, every revision with version >= lowest, in version order, the push's own
        # included as they are made).
        self._known: dict[Key, tuple[int, list[Rev]]] = {}
        # The push's own, written together by ``write`` (one statement, not one flush per change).
        self._new: list[Rev] = []
        self._new_of: dict[Key, list[Rev]] = {}

    def prefetch(self, lowest: dict[Key, int]) -> None:
        """Read, for each row, its revisions from version ``lowest[row]`` up, one query per entity
        and lowest version (a few per batch: most changes are made on a row's newest version). A
        row whose revision at ``lowest`` is missing (a row with no history) is read whole."""
        wanted = {k: v for k, v in lowest.items() if k not in self._known or self._known[k][0] > v}
        self._read(wanted)
        again = {
            k: 0
            for k, v in wanted.items()
            if v > 0 and not (self._known[k][1] and self._known[k][1][0].version == v)
        }
        self._read(again)

    def _read(self, wanted: dict[Key, int]) -> None:
        groups: dict[tuple[str, int], list[str]] = {}
        for (entity, row_id), v in wanted.items():
            groups.setdefault((entity, v), []).append(row_id)
        for (entity, v), ids in sorted(groups.items()):
            ids.sort()
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i : i + CHUNK]
                found: dict[str, list[Rev]] = {rid: [] for rid in chunk}
                for r in self._query(entity, chunk, v):
                    found[r.row_id].append(r)
                for rid, revs in found.items():
                    self._known[(entity, rid)] = (v, revs + self._new_of.get((entity, rid), []))

    def _query(self, entity: str, row_ids: list[str], lowest: int) -> list[Rev]:
        rows = self.s.execute(
            select(*COLUMNS)
            .where(TABLE.c.entity == entity, TABLE.c.row_id.in_(row_ids), TABLE.c.version >= lowest)
            .order_by(TABLE.c.row_id, TABLE.c.version)
        )
        return [Rev(*r) for r in rows]

    def since(self, entity: str, row_id: str, version: int) -> list[Rev]:
        """Every revision of the row with version >= ``version`` (this push's own included), oldest first."""
        key = (entity, row_id)
        known = self._known.get(key)
        if known is None or known[0] > version:
            # The push's own are not written yet, and newer than any the database has.
            known = (version, self._query(entity, [row_id], version) + self._new_of.get(key, []))
            self._known[key] = known
        return [r for r in known[1] if r.version >= version]

    def new_row(self, entity: str, row_id: str) -> None:
        """A row the server does not have yet: it has no revisions (rows are never deleted, so no
        revision outlives its row)."""
        self._known.setdefault((entity, row_id), (0, []))

    def add(self, rev: Rev) -> None:
        key = (rev.entity, rev.row_id)
        self._new.append(rev)
        self._new_of.setdefault(key, []).append(rev)
        known = self._known.get(key)
        if known is not None:
            known[1].append(rev)

    def mark(self) -> int:
        return len(self._new)

    def forget(self, mark: int | None = None) -> None:
        """Forget what was read; with ``mark``, also the revisions made since (a savepoint that was
        rolled back)."""
        self._known.clear()
        if mark is not None:
            del self._new[mark:]
            self._new_of.clear()
            for rev in self._new:
                self._new_of.setdefault((rev.entity, rev.row_id), []).append(rev)

    def write(self) -> None:
        """Insert the push's own revisions, one statement for the batch, in the push's transaction."""
        if self._new:
            self.s.execute(insert(TABLE), [{n: getattr(r, n) for n in NAMES} for r in self._new])
            self._new.clear()
            self._new_of.clear()
