"""New pulled rows into the laptop's SQLite store, a column at a time.

Most rows of an initial pull are new. Their values are gathered column by column from the pulled
items and turned into what SQLite stores in one pass per column, then zipped into the executemany's
parameter rows: no dict per row, and no round trip through Python objects and SQLAlchemy's bind
processors. A wire date ('2026-03-01') was parsed into a ``date`` only for SQLAlchemy's SQLite
``DATE`` to format it back into the same text; here it is checked and normalised by
``date.fromisoformat(...).isoformat()`` (two C calls) instead, a date-time likewise. Booleans and
enum texts go to the driver as they are, checked by type in one pass per column (anything else
takes the column's own bind processor, which raises as before). What is stored is exactly what
SQLAlchemy would store (``tests/sync/client/test_pulled_columns.py``).

A table with a column of another type, or a page applying only a subset of the fields (an older
build's ``known`` fields), takes the row-at-a-time path (``sync.client.rows.insert_rows``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Table, Text, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from models.search import client_search_key
from sync.client.pulled import PulledItem
from sync.entities import EntitySpec

_NONE = type(None)
_META = ("version", "server_seq", "changed_by", "changed_device", "device_time")
Convert = Callable[[list[Any]], list[Any]]


def stored_date(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    parsed = date.fromisoformat(value)  # raises for what is no date
    # 'YYYY-MM-DD', as every build sends it, is stored as it came: no formatting back.
    return value if len(value) == 10 and value[4] == value[7] == "-" else parsed.isoformat()


def stored_datetime(value: Any) -> Any:
    """SQLAlchemy's SQLite ``DATETIME`` text ('2026-03-01 09:30:00.000000') of a wire date-time; the
    offset of an aware one is dropped, as the bind processor drops it."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(" ", "microseconds")
    parsed = datetime.fromisoformat(value)  # raises for what is no date-time
    if parsed.tzinfo is None and _plain(value):
        # The stored text is the wire's with a space for the 'T'. Formatting the parsed value back
        # cost 1 µs a row, 8 % of writing an initial pull.
        return f"{value[:10]} {value[11:]}"
    return parsed.replace(tzinfo=None).isoformat(" ", "microseconds")


def _plain(text: str) -> bool:
    """'YYYY-MM-DDTHH:MM:SS.ffffff', as every build sends a date-time."""
    return (
        len(text) == 26
        and text[4] == text[7] == "-"
        and text[10] == "T"
        and text[13] == text[16] == ":"
        and text[19] == "."
    )


def stored_device_time(text: str | None) -> str | None:
    """``sync.client.rows.parse_time``, stored: an unreadable device time is no time."""
    if not text:
        return None
    try:
        stored: str = stored_datetime(text)
    except ValueError:
        return None
    return stored


def _checked(types: frozenset[type], processor: Callable[[Any], Any] | None) -> Convert:
    """Values of these types go as they are; a column holding anything else goes through the
    column's bind processor, value by value (which raises for what it cannot store)."""

    def convert(values: list[Any]) -> list[Any]:
        if set(map(type, values)) <= types or processor is None:
            return values
        return [processor(v) for v in values]

    return convert


def _each(fn: Callable[[Any], Any]) -> Convert:
    return lambda values: [fn(v) for v in values]


def _converter(table: Table, name: str, dialect: Dialect) -> Convert | None:
    """How a column's wire values become stored values; None: a type this module does not know."""
    col_type = table.c[name].type
    processor = col_type.dialect_impl(dialect).bind_processor(dialect)
    if isinstance(col_type, DateTime):
        return _each(stored_datetime)
    if isinstance(col_type, Date):
        return _each(stored_date)
    if isinstance(col_type, Boolean):
        return _checked(frozenset({bool, _NONE}), processor)
    if isinstance(col_type, Enum):
        return _checked(frozenset({str, _NONE}), processor)
    if isinstance(col_type, Integer | String | Text) and processor is None:
        return lambda values: values
    return None


class ColumnInsert:
    """The statement and per-column conversions for one table's new pulled rows."""

    _plans: ClassVar[dict[tuple[str, str], ColumnInsert | None]] = {}

    def __init__(self, table: Table, spec: EntitySpec, dialect: Dialect) -> None:
        self.table, self.spec = table, spec
        self.order = [c.name for c in table.columns]
        self.sql = str(insert(table).compile(dialect=dialect, column_keys=self.order))
        self.convert: dict[str, Convert] = {}
        for name in self.order:
            convert = _converter(table, name, dialect)
            if convert is None:
                raise TypeError(name)
            self.convert[name] = convert

    @classmethod
    def of(cls, table: Table, spec: EntitySpec, dialect: Dialect) -> ColumnInsert | None:
        """The plan for ``table``; None when a column is not one this module stores (or a local
        column beyond the synced ones, the sync columns and the search key)."""
        key = (table.name, dialect.name)
        if key not in cls._plans:
            covered = {"id", "deleted", "search_key", *_META, *spec.columns}
            plan: ColumnInsert | None = None
            if set(table.c.keys()) <= covered:
                try:
                    plan = cls(table, spec, dialect)
                except TypeError:
                    plan = None
            cls._plans[key] = plan
        return cls._plans[key]

    def values(self, items: Sequence[PulledItem]) -> list[tuple[Any, ...]]:
        """The executemany's parameter rows, in ``self.order``."""
        fields = [item.fields for item in items]
        columns: dict[str, list[Any]] = {
            "id": [item.row_id for item in items],
            "deleted": self.convert["deleted"]([item.deleted for item in items]),
            "version": [item.version for item in items],
            "server_seq": [item.server_seq for item in items],
            "changed_by": [item.changed_by for item in items],
            "changed_device": [item.changed_device for item in items],
            "device_time": [stored_device_time(item.device_time) for item in items],
        }
        for name, col in self.spec.columns.items():
            # A field the row does not carry takes the column's default (its wire value).
            columns[name] = self.convert[name]([f.get(name, col.default) for f in fields])
        if "search_key" in self.table.c:
            columns["search_key"] = [_search_key(f) for f in fields]
        return list(zip(*(columns[name] for name in self.order), strict=True))

    def insert(self, s: Session, items: Sequence[PulledItem]) -> None:
        s.connection().exec_driver_sql(self.sql, self.values(items))


def _search_key(fields: dict[str, Any]) -> str:
    born = fields.get("date_of_birth")
    return client_search_key(
        fields.get("first_names") or "",
        fields.get("last_name") or "",
        fields.get("name_latin"),
        date.fromisoformat(born) if born else None,
    )
