"""Rows waiting for their parent: which rows a pulled row points at, and the pull's memory of the
stash (``sync_pull_stash``) from one page to the next."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from sync.client.bookkeeping import TABLES
from sync.client.pulled import PulledItem, item_from_json
from sync.client.rows import in_ids


def _foreign_keys(table: Table) -> list[tuple[str, Table, str]]:
    out = []
    for fk in table.foreign_keys:
        out.append((fk.parent.key, fk.column.table, fk.column.key))  # type: ignore[arg-type]
    return out


FKS = {name: _foreign_keys(t) for name, t in TABLES.items()}


def existing(s: Session, table: Table, key: str, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    return set(s.scalars(select(table.c[key]).where(in_ids(table.c[key], ids))))


class StashMemo:
    """``sync_pull_stash`` as one pull knows it from one page to the next (only the pull writes it
    meanwhile): the waiting rows, parsed once, and which row ids each of them references, so a page
    tries again only the rows it may have unblocked instead of all of them (a pull where many
    children come pages before their parent, after the parent was edited, was quadratic)."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], PulledItem] | None = None  # None: not read yet
        self._by_target: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def read(self, s: Session, table: Table) -> dict[tuple[str, str], PulledItem]:
        """The stash's rows; read from the database only when this pull does not know them yet
        (its first page) or the count of rows says another writer changed them."""
        count = s.scalar(select(func.count()).select_from(table)) or 0
        if self.items is None or count != len(self.items):
            self.items, self._by_target = {}, defaultdict(set)
            for text in s.scalars(select(table.c.item)):
                self.add(item_from_json(text))
        return self.items

    def add(self, item: PulledItem) -> None:
        key = (item.entity, item.row_id)
        self.remove(key)
        assert self.items is not None
        self.items[key] = item
        for target in _targets(item):
            self._by_target[target].add(key)

    def remove(self, key: tuple[str, str]) -> None:
        assert self.items is not None
        old = self.items.pop(key, None)
        if old is not None:
            for target in _targets(old):
                self._by_target[target].discard(key)

    def unblocked(self, arrived: set[str]) -> set[tuple[str, str]]:
        """The waiting rows that reference an arrived row id, directly or through other waiting rows."""
        found: set[tuple[str, str]] = set()
        frontier = arrived
        while frontier:
            reached = {
                key for value in frontier for key in self._by_target.get(value, ()) if key not in found
            }
            found |= reached
            frontier = {row_id for _entity, row_id in reached}
        return found


def _targets(item: PulledItem) -> list[str]:
    values = [item.fields.get(col) for col, _target, _key in FKS[item.entity]]
    return [v for v in values if isinstance(v, str)]
