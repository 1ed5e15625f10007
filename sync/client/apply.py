"""Applying a pulled page to the local database: rows, evictions and the cursor in one transaction.

Runs with ``session.info["applying_remote"] = True`` (the outbox hook stays out of it). A pulled row
never overwrites a field that has a local change the server has not answered yet. A row whose
parent (or a reference code it points at) is not on the device yet waits in ``sync_pull_stash``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from models import SYNCED_MODELS, Base, SyncPullStash
from models.search import client_search_key
from sync.client.local import TABLES, pending_fields
from sync.entities import EntitySpec, from_wire, specs
from sync.protocol import PARENTS, PullItem

ORDER = {m.__tablename__: i for i, m in enumerate(SYNCED_MODELS)}  # type: ignore[attr-defined]
CHUNK = 500


@dataclass
class ApplyCounts:
    applied: int = 0
    stashed: int = 0
    evicted: int = 0


def _foreign_keys(table: Table) -> list[tuple[str, Table, str]]:
    out = []
    for fk in table.foreign_keys:
        out.append((fk.parent.key, fk.column.table, fk.column.key))  # type: ignore[arg-type]
    return out


FKS = {name: _foreign_keys(t) for name, t in TABLES.items()}


def _existing(s: Session, table: Table, key: str, ids: set[str]) -> set[str]:
    found: set[str] = set()
    values = sorted(ids)
    for i in range(0, len(values), CHUNK):
        chunk = values[i : i + CHUNK]
        found.update(s.scalars(select(table.c[key]).where(table.c[key].in_(chunk))))
    return found


def _row_values(spec: EntitySpec, item: PullItem, known: frozenset[str] | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in item.fields.items():
        col = spec.columns.get(name)
        if col is None or (known is not None and name not in known):
            continue  # a field this build does not know: the server keeps it, we leave it alone
        values[name] = from_wire(col, value)
    return values


def _meta(item: PullItem) -> dict[str, Any]:
    return {
        "version": item.version,
        "server_seq": item.server_seq,
        "changed_by": item.changed_by,
        "changed_device": item.changed_device,
        "device_time": _parse_time(item.device_time),
    }


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def _search_key(values: dict[str, Any]) -> str:
    return client_search_key(
        values.get("first_names") or "",
        values.get("last_name") or "",
        values.get("name_latin"),
        values.get("date_of_birth"),
    )


class PageApplier:
    def __init__(self, s: Session, known_fields: dict[str, frozenset[str]] | None = None) -> None:
        self.s = s
        self.known = known_fields
        self.pending: dict[tuple[str, str], set[str]] = {}
        self.counts = ApplyCounts()

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

    def evict(self, client_id: str) -> None:
        """Remove a client that left the caseload, unless it still has local changes to send."""
        rows = self._client_rows(client_id)
        if _has_pending(self.s, rows):
            return
        for model in reversed(SYNCED_MODELS):
            name = model.__tablename__  # type: ignore[attr-defined]
            ids = sorted(rows.get(name, ()))
            t = TABLES[name]
            for i in range(0, len(ids), CHUNK):
                self.s.execute(delete(t).where(t.c.id.in_(ids[i : i + CHUNK])))
        self.counts.evicted += 1

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

    def apply_newer(self, items: list[PullItem]) -> None:
        """Rows that came with push answers: applied unless the device already has a newer copy."""
        fresh: list[PullItem] = []
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
        wanted = set(visible)
        local = set(self.s.scalars(select(TABLES["client"].c.id)))
        for client_id in sorted(local - wanted):
            self.evict(client_id)

    # -- rows ----------------------------------------------------------------------------------

    def apply(self, items: list[PullItem], *, force: bool = False) -> None:
        # Checked at commit: parents and children of one page may be written in any order.
        self.s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        stash = {(r.entity, r.row_id): r for r in self.s.scalars(select(SyncPullStash))}
        todo: dict[tuple[str, str], PullItem] = {}
        for key, row in stash.items():
            todo[key] = PullItem.model_validate_json(row.item)
        for item in items:
            if item.entity in TABLES:
                todo[(item.entity, item.row_id)] = item  # newer than anything stashed
        if not todo:
            return
        self.pending = pending_fields(self.s, {row_id for _entity, row_id in todo})
        known = self._known_targets(list(todo.values()))
        remaining = sorted(todo.values(), key=lambda i: (ORDER[i.entity], i.server_seq))
        while remaining:
            ready: list[PullItem] = []
            waiting: list[PullItem] = []
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
        applied_keys = {k for k in todo} - {(i.entity, i.row_id) for i in remaining}
        for key in applied_keys & set(stash):
            self.s.delete(stash[key])
        for item in remaining:
            self.s.merge(
                SyncPullStash(
                    entity=item.entity,
                    row_id=item.row_id,
                    server_seq=item.server_seq,
                    item=item.model_dump_json(),
                )
            )
        self.counts.stashed = len(remaining)

    def _known_targets(self, items: list[PullItem]) -> dict[str, set[str]]:
        """Which referenced rows exist locally (by table name): one query per table and chunk."""
        wanted: dict[tuple[str, str], set[str]] = defaultdict(set)
        for item in items:
            for col, target, key in FKS[item.entity]:
                value = item.fields.get(col)
                if isinstance(value, str):
                    wanted[(target.name, key)].add(value)
        known: dict[str, set[str]] = defaultdict(set)
        for (table_name, key), ids in wanted.items():
            table = TABLES.get(table_name)
            if table is None:
                table = Base.metadata.tables[table_name]
            known[table_name] = _existing(self.s, table, key, ids)
        return known

    def _fks_present(self, item: PullItem, known: dict[str, set[str]]) -> bool:
        for col, target, _key in FKS[item.entity]:
            value = item.fields.get(col)
            self_ref = target.name == item.entity and value == item.row_id
            if value is not None and value not in known[target.name] and not self_ref:
                return False
        return True

    def _write(self, items: list[PullItem], forced: set[tuple[str, str]]) -> None:
        by_table: dict[str, list[PullItem]] = defaultdict(list)
        for item in items:
            by_table[item.entity].append(item)
        for entity in sorted(by_table, key=ORDER.__getitem__):
            self._write_table(entity, by_table[entity], forced)

    def _write_table(self, entity: str, items: list[PullItem], forced: set[tuple[str, str]]) -> None:
        spec = specs()[entity]
        table = TABLES[entity]
        known = self.known.get(entity) if self.known else None
        existing = _versions(self.s, table, {i.row_id for i in items})
        inserts: list[dict[str, Any]] = []
        for item in items:
            pend = self.pending.get((entity, item.row_id), set())
            own = existing.get(item.row_id) == item.version and (entity, item.row_id) not in forced
            if own and not pend:
                continue  # the device made this version itself and already has it
            values = _row_values(spec, item, known)
            if item.row_id in existing:
                upd = {k: v for k, v in values.items() if k not in pend}
                if "deleted" not in pend:
                    upd["deleted"] = item.deleted
                upd.update(_meta(item))
                if entity == "client":
                    if pend:
                        local = (
                            self.s.execute(select(table).where(table.c.id == item.row_id)).mappings().one()
                        )
                        upd["search_key"] = _search_key({**dict(local), **upd})
                    else:
                        upd["search_key"] = _search_key(values)
                self.s.execute(update(table).where(table.c.id == item.row_id).values(**upd))
            else:
                for col in spec.columns.values():
                    if col.name not in values and (known is None or col.name in known):
                        values[col.name] = from_wire(col, col.default)
                row = {"id": item.row_id, "deleted": item.deleted, **values, **_meta(item)}
                if entity == "client":
                    row["search_key"] = _search_key(values)
                inserts.append(row)
            self.counts.applied += 1
        if inserts:
            self.s.execute(insert(table), inserts)


def _versions(s: Session, table: Table, ids: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    values = sorted(ids)
    for i in range(0, len(values), CHUNK):
        for row_id, version in s.execute(
            select(table.c.id, table.c.version).where(table.c.id.in_(values[i : i + CHUNK]))
        ):
            found[row_id] = version
    return found


def record_own_versions(s: Session, done: dict[tuple[str, str], tuple[int, int]]) -> None:
    """After an "applied" answer the server's row is the device's row: take its version, so the
    pull need not bring the device's own change back."""
    by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (entity, row_id), (version, server_seq) in done.items():
        if entity in TABLES:
            by_table[entity].append({"rid": row_id, "v": version, "sq": server_seq})
    for entity, params in by_table.items():
        t = TABLES[entity]
        s.execute(
            update(t)
            .where(t.c.id == bindparam("rid"), t.c.version < bindparam("v"))
            .values(version=bindparam("v"), server_seq=bindparam("sq")),
            params,
        )


def _has_pending(s: Session, rows: dict[str, set[str]]) -> bool:
    pending = pending_fields(s, {rid for ids in rows.values() for rid in ids})
    return any((name, rid) in pending for name, ids in rows.items() for rid in ids)


def _existing_children(s: Session, table: Table, parent_col: str, parent_ids: set[str]) -> set[str]:
    found: set[str] = set()
    values = sorted(parent_ids)
    for i in range(0, len(values), CHUNK):
        found.update(s.scalars(select(table.c.id).where(table.c[parent_col].in_(values[i : i + CHUNK]))))
    return found


def stash_dump(s: Session) -> list[dict[str, Any]]:
    return [json.loads(r.item) for r in s.scalars(select(SyncPullStash))]
