"""Pulled rows as column values, and how they are written: one executemany per table and shape.

Used by ``sync.client.apply`` (a pulled page) and the push (a device's own applied versions).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from models.search import client_search_key
from sync.client.bookkeeping import TABLES
from sync.client.pulled import PulledItem
from sync.entities import EntitySpec, from_wire

ROW_ID = "_pulled_row_id"  # the bound row id of a batched UPDATE (not a column name)


def in_ids(column: Any, ids: set[str]) -> Any:
    """``column IN ids`` with the ids as one JSON parameter (SQLite's ``json_each``): one statement
    of a fixed shape for any number of ids, instead of a parameter per id in chunks."""
    each = func.json_each(json.dumps(sorted(ids))).table_valued("value")
    return column.in_(select(each.c.value))


@dataclass(frozen=True)
class Columns:
    """What applying a row of one entity needs, worked out once per page and table."""

    wanted: frozenset[str]  # the fields this build applies (others: the server keeps them)
    parse: tuple[tuple[str, Callable[[str], Any]], ...]  # wire text -> column value (dates)
    defaults: dict[str, Any]  # column values for fields an inserted row does not name


def columns_of(spec: EntitySpec, known: frozenset[str] | None) -> Columns:
    cols = [c for c in spec.columns.values() if known is None or c.name in known]
    parse: list[tuple[str, Callable[[str], Any]]] = []
    for c in cols:
        if c.kind == "date":
            parse.append((c.name, date.fromisoformat))
        elif c.kind == "datetime":
            parse.append((c.name, datetime.fromisoformat))
    return Columns(
        frozenset(c.name for c in cols), tuple(parse), {c.name: from_wire(c, c.default) for c in cols}
    )


def row_values(cols: Columns, item: PulledItem) -> dict[str, Any]:
    """The item's fields this build knows, as column values (the same as ``from_wire`` per field)."""
    wanted = cols.wanted
    values = {name: value for name, value in item.fields.items() if name in wanted}
    for name, parse in cols.parse:
        value = values.get(name)
        if value is not None:
            values[name] = parse(value)
    return values


def meta(item: PulledItem) -> dict[str, Any]:
    return {
        "version": item.version,
        "server_seq": item.server_seq,
        "changed_by": item.changed_by,
        "changed_device": item.changed_device,
        "device_time": parse_time(item.device_time),
    }


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def search_key(values: dict[str, Any]) -> str:
    return client_search_key(
        values.get("first_names") or "",
        values.get("last_name") or "",
        values.get("name_latin"),
        values.get("date_of_birth"),
    )


def versions(s: Session, table: Table, ids: set[str]) -> dict[str, int]:
    if not ids:
        return {}
    rows = s.execute(select(table.c.id, table.c.version).where(in_ids(table.c.id, ids)))
    return {row_id: version for row_id, version in rows}


_INSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, list[tuple[str, Any]]]] = {}


def insert_rows(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
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
