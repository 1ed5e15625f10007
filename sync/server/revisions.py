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

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.tables import RowRevision

Key = tuple[str, str]  # (entity, row id)
CHUNK = 500


class Revisions:
    def __init__(self, s: Session) -> None:
        self.s = s
        # Per row: (lowest, every revision with version >= lowest, in version order, the push's own
        # added as they are made).
        self._known: dict[Key, tuple[int, list[RowRevision]]] = {}

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
                found: dict[str, list[RowRevision]] = {rid: [] for rid in chunk}
                for r in self._query(entity, chunk, v):
                    found[r.row_id].append(r)
                for rid, revs in found.items():
                    self._known[(entity, rid)] = (v, revs)

    def _query(self, entity: str, row_ids: Iterable[str], lowest: int) -> list[RowRevision]:
        return list(
            self.s.scalars(
                select(RowRevision)
                .where(
                    RowRevision.entity == entity,
                    RowRevision.row_id.in_(list(row_ids)),
                    RowRevision.version >= lowest,
                )
                .order_by(RowRevision.row_id, RowRevision.version)
            )
        )

    def since(self, entity: str, row_id: str, version: int) -> list[RowRevision]:
        """Every revision of the row with version >= ``version`` (this push's own included), oldest first."""
        key = (entity, row_id)
        known = self._known.get(key)
        if known is None or known[0] > version:
            # The session flushes the push's own revisions first (autoflush): the list is complete.
            lowest = min(version, known[0]) if known else version
            known = (lowest, self._query(entity, [row_id], lowest))
            self._known[key] = known
        return [r for r in known[1] if r.version >= version]

    def new_row(self, entity: str, row_id: str) -> None:
        """A row the server does not have yet: it has no revisions (rows are never deleted, so no
        revision outlives its row)."""
        self._known.setdefault((entity, row_id), (0, []))

    def added(self, rev: RowRevision) -> None:
        known = self._known.get((rev.entity, rev.row_id))
        if known is not None:
            known[1].append(rev)

    def forget(self) -> None:
        self._known.clear()
