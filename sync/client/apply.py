"""Applying a pulled page to the local database: rows, evictions and the cursor in one transaction.

Runs with ``session.info["applying_remote"] = True`` (the outbox hook stays out of it). A pulled row
never overwrites a field that has a local change the server has not answered yet. A row whose
parent (or a reference code it points at) is not on the device yet waits in ``sync_pull_stash``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from models import SYNCED_MODELS, Base, SyncPullStash
from models.search import client_search_key
from sync.client.bookkeeping import TABLES, pending_fields
from sync.entities import EntitySpec, from_wire, specs
from sync.protocol import PARENTS, PullItem

_ROW_ID = "_pulled_row_id"  # the bound row id of a batched UPDATE (not a column name)
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


def _in(column: Any, ids: set[str]) -> Any:
    """``column IN ids`` with the ids as one JSON parameter (SQLite's ``json_each``): one statement
    of a fixed shape for any number of ids, instead of a parameter per id in chunks."""
    each = func.json_each(json.dumps(sorted(ids))).table_valued("value")
    return column.in_(select(each.c.value))


def _existing(s: Session, table: Table, key: str, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    return set(s.scalars(select(table.c[key]).where(_in(table.c[key], ids))))


@dataclass(frozen=True)
class _Columns:
    """What applying a row of one entity needs, worked out once per page and table."""

    wanted: frozenset[str]  # the fields this build applies (others: the server keeps them)
    parse: tuple[tuple[str, Callable[[str], Any]], ...]  # wire text -> column value (dates)
    defaults: dict[str, Any]  # column values for fields an inserted row does not name


def _columns(spec: EntitySpec, known: frozenset[str] | None) -> _Columns:
    cols = [c for c in spec.columns.values() if known is None or c.name in known]
    parse: list[tuple[str, Callable[[str], Any]]] = []
    for c in cols:
        if c.kind == "date":
            parse.append((c.name, date.fromisoformat))
        elif c.kind == "datetime":
            parse.append((c.name, datetime.fromisoformat))
    return _Columns(
        frozenset(c.name for c in cols), tuple(parse), {c.name: from_wire(c, c.default) for c in cols}
    )


def _row_values(cols: _Columns, item: PullItem) -> dict[str, Any]:
    """The item's fields this build knows, as column values (the same as ``from_wire`` per field)."""
    wanted = cols.wanted
    values = {name: value for name, value in item.fields.items() if name in wanted}
    for name, parse in cols.parse:
        value = values.get(name)
        if value is not None:
            values[name] = parse(value)
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


class StashMemo:
    """``sync_pull_stash`` as one pull knows it from one page to the next (only the pull writes it
    meanwhile): the waiting rows, parsed once, and which row ids each of them references, so a page
    tries again only the rows it may have unblocked instead of all of them (a pull where many
    children come pages before their parent, after the parent was edited, was quadratic)."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], PullItem] | None = None  # None: not read yet
        self._by_target: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def read(self, s: Session, table: Table) -> dict[tuple[str, str], PullItem]:
        """The stash's rows; read from the database only when this pull does not know them yet
        (its first page) or the count of rows says another writer changed them."""
        count = s.scalar(select(func.count()).select_from(table)) or 0
        if self.items is None or count != len(self.items):
            self.items, self._by_target = {}, defaultdict(set)
            for text in s.scalars(select(table.c.item)):
                self.add(PullItem.model_validate_json(text))
        return self.items

    def add(self, item: PullItem) -> None:
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


def _targets(item: PullItem) -> list[str]:
    values = [item.fields.get(col) for col, _target, _key in FKS[item.entity]]
    return [v for v in values if isinstance(v, str)]


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
        stash_table = Base.metadata.tables[SyncPullStash.__tablename__]
        memo = self.memo
        held = memo.read(self.s, stash_table)
        stashed = {key: item.server_seq for key, item in held.items()}  # as the stash holds them
        page = {(i.entity, i.row_id): i for i in items if i.entity in TABLES}
        # Which stashed rows to try again: all of them on the first page of a pull (reference data
        # may have come), later only those waiting (perhaps through other stashed rows) on a row of
        # this page: nothing else can have come since.
        again = set(held) if self.recheck_all else memo.unblocked({row_id for _e, row_id in page})
        todo: dict[tuple[str, str], PullItem] = {key: held[key] for key in again}
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
        self.versions = {entity: _versions(self.s, TABLES[entity], rids) for entity, rids in ids.items()}
        known = self._known_targets(list(todo.values()), ids)
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
                delete(stash_table).where(stash_table.c.entity == entity, _in(stash_table.c.row_id, row_ids))
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
                        "item": i.model_dump_json(),
                    }
                    for i in new
                ],
            )
        for item in new:
            memo.add(item)
        self.counts.stashed = len(held)

    def _known_targets(self, items: list[PullItem], in_page: dict[str, set[str]]) -> dict[str, set[str]]:
        """Which referenced rows exist locally (by table name): one query per table and chunk, for
        the rows not in the page itself (whose local versions were looked up already)."""
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
            if table_name in self.versions and key == "id":
                page_ids = ids & in_page[table_name]
                here = {i for i in page_ids if i in self.versions[table_name]}
                known[table_name] = here | _existing(self.s, table, key, ids - page_ids)
            else:
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
        cols = _columns(spec, known)
        existing = self.versions[entity]
        inserts: list[dict[str, Any]] = []
        # Updates with the same columns go to the database together (one executemany each).
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for item in items:
            pend = self.pending.get((entity, item.row_id), set())
            own = existing.get(item.row_id) == item.version and (entity, item.row_id) not in forced
            if own and not pend:
                continue  # the device made this version itself and already has it
            values = _row_values(cols, item)
            if item.row_id in existing:
                upd = {k: v for k, v in values.items() if k not in pend} if pend else values
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
                upd[_ROW_ID] = item.row_id
                updates[tuple(upd)].append(upd)
            else:
                row = {"id": item.row_id, "deleted": item.deleted, **cols.defaults, **values, **_meta(item)}
                if entity == "client":
                    row["search_key"] = _search_key(values)
                inserts.append(row)
            self.counts.applied += 1
        for params in updates.values():
            self.s.execute(update(table).where(table.c.id == bindparam(_ROW_ID)), params)
        if inserts:
            _insert_rows(self.s, table, inserts)


def _versions(s: Session, table: Table, ids: set[str]) -> dict[str, int]:
    if not ids:
        return {}
    rows = s.execute(select(table.c.id, table.c.version).where(_in(table.c.id, ids)))
    return {row_id: version for row_id, version in rows}


_INSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, list[tuple[str, Any]]]] = {}


def _insert_rows(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) with one executemany.

    When the rows name every column, the statement goes to the driver directly, each value passed
    through its column type's own bind processor (as SQLAlchemy does), without SQLAlchemy's per-row
    parameter handling, which was most of the Python time of a large pull. Otherwise (an older
    build's subset of the fields) SQLAlchemy's insert, which fills column defaults."""
    names = tuple(rows[0])
    if set(names) != set(table.c.keys()):
        s.execute(insert(table), rows)
        return
    conn = s.connection()
    dialect = conn.dialect
    plan = _INSERTS.get((table.name, names))
    if plan is None:
        compiled = insert(table).values({n: bindparam(n) for n in names}).compile(dialect=dialect)
        order = compiled.positiontup or []
        procs = [(n, table.c[n].type.dialect_impl(dialect).bind_processor(dialect)) for n in order]
        plan = _INSERTS[(table.name, names)] = (compiled.string, procs)
    sql, procs = plan
    params = [tuple([row[n] if p is None else p(row[n]) for n, p in procs]) for row in rows]
    conn.exec_driver_sql(sql, params)


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
