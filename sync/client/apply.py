"""Applying a pulled page to the local database: rows, evictions and the cursor in one transaction.

Runs with ``session.info["applying_remote"] = True`` (the outbox hook stays out of it). A pulled row
never overwrites a field that has a local change the server has not answered yet. A row whose
parent (or a reference code it points at) is not on the device yet waits in ``sync_pull_stash``.
Rows as column values, and how they are written, live in ``sync.client.rows``; which rows a pulled
row points at, and the pull's memory of the stash, in ``sync.client.stash``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from models import SYNCED_MODELS, Base, SyncPullStash
from sync.client import bookkeeping as local
from sync.client.bookkeeping import TABLES, pending_fields
from sync.client.columns import ColumnInsert
from sync.client.pulled import PulledItem, item_json
from sync.client.removal_log import LoggedAs, logged_as, record_removal
from sync.client.rows import ROW_ID, columns_of, in_ids, insert_rows, meta, row_values, search_key, versions
from sync.client.stash import FKS, StashMemo, existing
from sync.entities import specs
from sync.protocol import PARENTS

ORDER = {m.__tablename__: i for i, m in enumerate(SYNCED_MODELS)}  # type: ignore[attr-defined]
CHUNK = 500


@dataclass
class ApplyCounts:
    applied: int = 0
    stashed: int = 0
    evicted: int = 0


class PageApplier:
    def __init__(
        self,
        s: Session,
        known_fields: dict[str, frozenset[str]] | None = None,
        memo: StashMemo | None = None,
        *,
        recheck_all: bool = True,
    ) -> None:
        self.s = s
        self.known = known_fields
        self.memo = memo if memo is not None else StashMemo()
        # False on the later pages of one pull: stashed rows are tried again only when a row of the
        # page may be what they wait for.
        self.recheck_all = recheck_all
        self.pending: dict[tuple[str, str], set[str]] = {}
        self.versions: dict[str, dict[str, int]] = {}  # entity -> row id -> local version (page rows)
        self.counts = ApplyCounts()
        self.evicted: list[str] = []  # clients removed, in order
        self._logged_as: LoggedAs | None = None  # read once, at the first removal

    # -- evictions -----------------------------------------------------------------------------

    def _client_rows(self, client_id: str) -> dict[str, set[str]]:
        rows: dict[str, set[str]] = defaultdict(set)
        rows["client"] = {client_id}
        for name in ("client_language", "assessment", "integration_plan", "meeting", "note"):
            t = TABLES[name]
            rows[name] = set(self.s.scalars(select(t.c.id).where(t.c.client_id == client_id)))
        for name, parent_col, parent in (
            ("assessment_participant", "assessment_id", "assessment"),
            ("plan_goal", "plan_id", "integration_plan"),
            ("plan_measure", "plan_id", "integration_plan"),
        ):
            t = TABLES[name]
            if rows[parent]:
                rows[name] = _existing_children(self.s, t, parent_col, rows[parent])
        return rows

    def evict(self, client_id: str) -> bool:
        """Remove a client that left the caseload, unless it still has local changes to send; then
        it is remembered (``EVICT_LATER``) and removed by a later pull, once they are answered.
        True when removed, and then the access log says so (``sync.client.removal_log``); False
        also when the client is not on the laptop (never pulled, or removed already), so a removal
        is counted and logged once."""
        client = TABLES["client"]
        if self.s.scalar(select(client.c.id).where(client.c.id == client_id)) is None:
            return False
        rows = self._client_rows(client_id)
        if _has_pending(self.s, rows):
            later = set(json.loads(local.get(self.s, local.EVICT_LATER) or "[]")) | {client_id}
            local.put(self.s, local.EVICT_LATER, json.dumps(sorted(later)))
            return False
        for model in reversed(SYNCED_MODELS):
            name = model.__tablename__  # type: ignore[attr-defined]
            ids = sorted(rows.get(name, ()))
            t = TABLES[name]
            for i in range(0, len(ids), CHUNK):
                self.s.execute(delete(t).where(t.c.id.in_(ids[i : i + CHUNK])))
        if self._logged_as is None:
            self._logged_as = logged_as(self.s)
        record_removal(self.s, self._logged_as, client_id)
        self.counts.evicted += 1
        self.evicted.append(client_id)
        return True

    def evict_deferred(self) -> None:
        """Clients whose removal waited for their unsent changes: removed now if those are
        answered (the push before this pull sent them), else kept waiting."""
        waiting = json.loads(local.get(self.s, local.EVICT_LATER) or "[]")
        if waiting:
            local.put(self.s, local.EVICT_LATER, "[]")
            for client_id in waiting:
                self.evict(client_id)

    def drop(self, entity: str, row_id: str) -> None:
        """Remove a row the server does not have (or this user may not see), with what hangs under
        it, unless any of it still has local changes to send."""
        if entity == "client":
            self.evict(row_id)
            return
        rows: dict[str, set[str]] = defaultdict(set)
        todo = [(entity, row_id)]
        while todo:
            name, rid = todo.pop()
            rows[name].add(rid)
            for child, (parent_col, parent) in PARENTS.items():
                if parent == name:
                    t = TABLES[child]
                    todo += [(child, c) for c in self.s.scalars(select(t.c.id).where(t.c[parent_col] == rid))]
        if _has_pending(self.s, rows):
            return
        for model in reversed(SYNCED_MODELS):
            name = model.__tablename__  # type: ignore[attr-defined]
            if rows.get(name):
                t = TABLES[name]
                self.s.execute(delete(t).where(t.c.id.in_(sorted(rows[name]))))

    def apply_newer(self, items: list[PulledItem]) -> None:
        """Rows that came with push answers: applied unless the device already has a newer copy."""
        fresh: list[PulledItem] = []
        for item in items:
            t = TABLES.get(item.entity)
            if t is None:
                continue
            local_seq = self.s.scalar(select(t.c.server_seq).where(t.c.id == item.row_id))
            if local_seq is None or item.server_seq >= local_seq:
                fresh.append(item)
        # Never skipped for an equal version: after a conflict or a rejection the device's copy has
        # the server's version number but not its content.
        self.apply(fresh, force=True)

    def keep_only(self, visible: list[str]) -> None:
        """Remove the clients the server did not name (a pull from the beginning). A client entered
        here and not yet answered (version 0: one typed during this sync) is no one's to remove."""
        client = TABLES["client"]
        wanted = set(visible)
        here = self.s.execute(select(client.c.id, client.c.version)).all()
        for client_id, version in sorted(here):
            if client_id not in wanted and version:
                self.evict(client_id)

    def forget_deferred(self, items: list[PulledItem]) -> None:
        """A client that came back into the caseload (its row came again) is no longer to remove."""
        back = {i.row_id for i in items if i.entity == "client"}
        waiting = json.loads(local.get(self.s, local.EVICT_LATER) or "[]")
        if back and waiting and back & set(waiting):
            local.put(self.s, local.EVICT_LATER, json.dumps(sorted(set(waiting) - back)))

    # -- rows ----------------------------------------------------------------------------------

    def apply(self, items: list[PulledItem], *, force: bool = False) -> None:
        # Checked at commit: parents and children of one page may be written in any order.
        self.s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        stash_table = Base.metadata.tables[SyncPullStash.__tablename__]
        memo = self.memo
        held = memo.read(self.s, stash_table)
        stashed = {key: item.server_seq for key, item in held.items()}  # as the stash holds them
        page = {(i.entity, i.row_id): i for i in items if i.entity in TABLES}
        # Which stashed rows to try again: all of them on the first page of a pull (reference data
        # may have come), later only those waiting (perhaps through other stashed rows) on a row of
        # this page: nothing else can have come since.
        again = set(held) if self.recheck_all else memo.unblocked({row_id for _e, row_id in page})
        todo: dict[tuple[str, str], PulledItem] = {key: held[key] for key in again}
        todo.update(page)  # newer than anything stashed
        if not todo:
            self.counts.stashed = len(held)
            return
        self.pending = pending_fields(self.s, {row_id for _entity, row_id in todo})
        # The local version of every row of the page (one look-up per table and chunk): which rows
        # are updates, and which parents in the page exist here already.
        ids: dict[str, set[str]] = defaultdict(set)
        for entity, row_id in todo:
            ids[entity].add(row_id)
        self.versions = {entity: versions(self.s, TABLES[entity], rids) for entity, rids in ids.items()}
        known, complete = self._known_targets(list(todo.values()), ids)
        remaining = sorted(todo.values(), key=lambda i: (ORDER[i.entity], i.server_seq))
        if complete:  # every row a row points at is here or in the page: nothing waits
            self._write(remaining, {(i.entity, i.row_id) for i in items} if force else set())
            remaining = []
        while remaining:
            ready: list[PulledItem] = []
            waiting: list[PulledItem] = []
            for item in remaining:
                if self._fks_present(item, known):
                    ready.append(item)
                    known[item.entity].add(item.row_id)
                else:
                    waiting.append(item)
            if not ready:
                break
            self._write(ready, {(i.entity, i.row_id) for i in items} if force else set())
            remaining = waiting
        # The stash afterwards holds exactly the waiting items. Rows that wait on, as they were,
        # are left alone (not written again for every page while their parent has not come).
        waiting_now = {(i.entity, i.row_id): i for i in remaining}
        gone: dict[str, set[str]] = defaultdict(set)  # applied, or replaced by a newer version
        for key in todo.keys() & stashed.keys():
            still = waiting_now.get(key)
            if still is None or still.server_seq != stashed[key]:
                gone[key[0]].add(key[1])
                memo.remove(key)
        for entity, row_ids in gone.items():
            self.s.execute(
                delete(stash_table).where(
                    stash_table.c.entity == entity, in_ids(stash_table.c.row_id, row_ids)
                )
            )
        new = [item for key, item in waiting_now.items() if stashed.get(key) != item.server_seq]
        if new:
            self.s.execute(
                insert(stash_table),
                [
                    {
                        "entity": i.entity,
                        "row_id": i.row_id,
                        "server_seq": i.server_seq,
                        "item": item_json(i),
                    }
                    for i in new
                ],
            )
        for item in new:
            memo.add(item)
        self.counts.stashed = len(held)

    def _known_targets(
        self, items: list[PulledItem], in_page: dict[str, set[str]]
    ) -> tuple[dict[str, set[str]], bool]:
        """Which referenced rows exist locally (by table name): one query per table and chunk, for
        the rows not in the page itself (whose local versions were looked up already); and whether
        every referenced row is here or in the page (then no row of the page waits for a parent,
        and the row-by-row check is skipped: most pages of an initial pull)."""
        wanted: dict[tuple[str, str], set[str]] = defaultdict(set)
        by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for item in items:
            by_entity[item.entity].append(item.fields)
        for entity, fields in by_entity.items():  # a set per column, not a look-up per row and column
            for col, target, key in FKS[entity]:
                values = {f.get(col) for f in fields}
                wanted[(target.name, key)] |= {v for v in values if isinstance(v, str)}
        known: dict[str, set[str]] = defaultdict(set)
        for (table_name, key), ids in wanted.items():
            table = TABLES.get(table_name)
            if table is None:
                table = Base.metadata.tables[table_name]
            if table_name in self.versions and key == "id":
                page_ids = ids & in_page[table_name]
                here = {i for i in page_ids if i in self.versions[table_name]}
                known[table_name] = here | existing(self.s, table, key, ids - page_ids)
            else:
                known[table_name] = existing(self.s, table, key, ids)
        complete = all(
            ids <= (known[table_name] | in_page[table_name] if key == "id" else known[table_name])
            for (table_name, key), ids in wanted.items()
        )
        return known, complete

    def _fks_present(self, item: PulledItem, known: dict[str, set[str]]) -> bool:
        for col, target, _key in FKS[item.entity]:
            value = item.fields.get(col)
            self_ref = target.name == item.entity and value == item.row_id
            if value is not None and value not in known[target.name] and not self_ref:
                return False
        return True

    def _write(self, items: list[PulledItem], forced: set[tuple[str, str]]) -> None:
        by_table: dict[str, list[PulledItem]] = defaultdict(list)
        for item in items:
            by_table[item.entity].append(item)
        for entity in sorted(by_table, key=ORDER.__getitem__):
            self._write_table(entity, by_table[entity], forced)

    def _write_table(self, entity: str, items: list[PulledItem], forced: set[tuple[str, str]]) -> None:
        spec = specs()[entity]
        table = TABLES[entity]
        known = self.known.get(entity) if self.known else None
        cols = columns_of(spec, known)
        existing = self.versions[entity]
        # New rows a column at a time when every field travels (sync.client.columns), else as dicts.
        plan = ColumnInsert.of(table, spec, self.s.get_bind().dialect) if known is None else None
        new: list[PulledItem] = []
        inserts: list[dict[str, Any]] = []
        # Updates with the same columns go to the database together (one executemany each).
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for item in items:
            pend = self.pending.get((entity, item.row_id), set())
            own = existing.get(item.row_id) == item.version and (entity, item.row_id) not in forced
            if own and not pend:
                continue  # the device made this version itself and already has it
            if plan is not None and item.row_id not in existing:
                new.append(item)
                self.counts.applied += 1
                continue
            values = row_values(cols, item)
            if item.row_id in existing:
                upd = {k: v for k, v in values.items() if k not in pend} if pend else values
                if "deleted" not in pend:
                    upd["deleted"] = item.deleted
                upd.update(meta(item))
                if entity == "client":
                    if pend:
                        local = (
                            self.s.execute(select(table).where(table.c.id == item.row_id)).mappings().one()
                        )
                        upd["search_key"] = search_key({**dict(local), **upd})
                    else:
                        upd["search_key"] = search_key(values)
                upd[ROW_ID] = item.row_id
                updates[tuple(upd)].append(upd)
            else:
                row = {"id": item.row_id, "deleted": item.deleted, **cols.defaults, **values, **meta(item)}
                if entity == "client":
                    row["search_key"] = search_key(values)
                inserts.append(row)
            self.counts.applied += 1
        for params in updates.values():
            self.s.execute(update(table).where(table.c.id == bindparam(ROW_ID)), params)
        if inserts:
            insert_rows(self.s, table, inserts)
        if new:
            assert plan is not None
            plan.insert(self.s, new)


def _has_pending(s: Session, rows: dict[str, set[str]]) -> bool:
    pending = pending_fields(s, {rid for ids in rows.values() for rid in ids})
    return any((name, rid) in pending for name, ids in rows.items() for rid in ids)


def _existing_children(s: Session, table: Table, parent_col: str, parent_ids: set[str]) -> set[str]:
    found: set[str] = set()
    values = sorted(parent_ids)
    for i in range(0, len(values), CHUNK):
        found.update(s.scalars(select(table.c.id).where(table.c[parent_col].in_(values[i : i + CHUNK]))))
    return found
