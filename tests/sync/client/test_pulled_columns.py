"""New pulled rows written a column at a time (``sync.client.columns``) are stored exactly as the
row-at-a-time path through SQLAlchemy stores them: the same text, numbers and NULLs in every column
of every synced table, read back raw from two encrypted profiles that pulled the same rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msgspec
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo import generate_demo_data
from app.workspace import Workspace, create_workspace
from models import SYNCED_MODELS
from sync.client.apply import PageApplier
from sync.client.columns import ColumnInsert, stored_date, stored_datetime, stored_device_time
from sync.client.pulled import PulledItem
from sync.entities import specs, to_wire
from tests.support.sync import FAST_KDF, PASSPHRASE


def _items(ws: Workspace) -> list[PulledItem]:
    """Every synced row of ``ws`` as the server would send it, with odd device times mixed in."""
    times = [
        "2026-03-01T09:30:00+02:00",
        "2026-03-01T09:30:00.5",
        "not a time",
        None,
        "2026-12-03T07:46:40Z",
        "2026-12-03T07:46:40.123456",  # as every build sends it (taken as it came, 'T' -> ' ')
        "2026-12-03T07:46:40.123456+02:00",
    ]
    items: list[PulledItem] = []
    with ws.engine.connect() as conn:
        for model in SYNCED_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            for n, row in enumerate(conn.execute(select(table)).mappings()):
                items.append(
                    PulledItem(
                        entity=table.name,
                        row_id=row["id"],
                        version=n + 1,
                        server_seq=len(items) + 1,
                        deleted=n % 7 == 0,
                        changed_by="anna",
                        changed_device=None,
                        device_time=times[n % len(times)],
                        fields={c: to_wire(row[c]) for c in specs()[table.name].columns},
                    )
                )
    return items


def _raw(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    with ws.engine.connect() as conn:
        return {
            m.__tablename__: conn.exec_driver_sql(f"SELECT * FROM {m.__tablename__} ORDER BY id").all()  # type: ignore[attr-defined]
            for m in SYNCED_MODELS
        }


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_workspace(tmp_path / "source", PASSPHRASE, user="anna", kdf=FAST_KDF)
    generate_demo_data(ws, clients=40, seed=11)
    yield ws
    ws.close()


def _pulled(
    folder: Path, items: list[PulledItem], *, by_column: bool, monkeypatch: pytest.MonkeyPatch
) -> Workspace:
    ws = create_workspace(folder, PASSPHRASE, user="ben", kdf=FAST_KDF)
    with monkeypatch.context() as m:
        if not by_column:
            m.setattr(ColumnInsert, "of", classmethod(lambda cls, *_a: None))
        with Session(ws.engine) as s, s.begin():
            s.info["applying_remote"] = True
            PageApplier(s).apply(items)
    return ws


def test_rows_written_a_column_at_a_time_are_stored_as_sqlalchemy_stores_them(
    source: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _items(source)
    assert {i.entity for i in items} == set(specs())  # every synced table has rows
    by_column = _pulled(tmp_path / "columns", items, by_column=True, monkeypatch=monkeypatch)
    by_row = _pulled(tmp_path / "rows", items, by_column=False, monkeypatch=monkeypatch)
    try:
        assert _raw(by_column) == _raw(by_row)
        assert sum(len(rows) for rows in _raw(by_column).values()) == len(items)
    finally:
        by_column.close()
        by_row.close()


def test_a_value_of_the_wrong_type_is_refused_as_before(
    source: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = next(i for i in _items(source) if i.entity == "client")
    bad = msgspec.structs.replace(item, fields={**item.fields, "interpreter_needed": "yes"})
    for by_column in (True, False):
        with pytest.raises(TypeError):
            _pulled(tmp_path / f"bad{by_column}", [bad], by_column=by_column, monkeypatch=monkeypatch)


def test_stored_date_times_drop_the_offset_and_keep_microseconds() -> None:
    assert stored_datetime("2026-03-01T09:30:00+02:00") == "2026-03-01 09:30:00.000000"
    assert stored_datetime(datetime(2026, 3, 1, 9, 30, 0, 5, tzinfo=UTC)) == "2026-03-01 09:30:00.000005"
    assert stored_datetime("2026-03-01T09:30:00.000250") == "2026-03-01 09:30:00.000250"
    assert stored_datetime("2026-03-01T09:30:00.000250+00:00") == "2026-03-01 09:30:00.000250"
    assert stored_device_time("yesterday") is None and stored_device_time("") is None
    assert stored_device_time("2026-02-30T09:30:00.000000") is None  # no such day
    with pytest.raises(ValueError):
        stored_date("2026-02-30")
    assert stored_date("2026-03-01") == "2026-03-01" and stored_date("20260301") == "2026-03-01"
