"""A stored row as the wire carries it."""

from __future__ import annotations

from json.encoder import encode_basestring_ascii  # the json module's own C string encoder
from typing import Any

from sqlalchemy import Text, cast

from sync.protocol import PullItem
from sync.server.tables import RowState


def pull_item(row: RowState) -> PullItem:
    return PullItem(
        entity=row.entity,
        row_id=row.row_id,
        version=row.version,
        server_seq=row.server_seq,
        deleted=row.deleted,
        needs_review=row.needs_review,
        changed_by=row.changed_by,
        changed_device=row.changed_device,
        device_time=row.device_time,
        fields=dict(row.data),
    )


# A page of pulled rows is written as JSON text straight from the stored JSON text of each row: no
# decoding into Python objects and encoding again (most of a pull's server time for large pages).
PULL_COLUMNS = (
    RowState.entity,
    RowState.row_id,
    RowState.version,
    RowState.server_seq,
    RowState.deleted,
    RowState.needs_review,
    RowState.changed_by,
    RowState.changed_device,
    RowState.device_time,
    cast(RowState.data, Text).label("data_json"),
)


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring_ascii(value)


def pull_item_json(row: Any) -> str:
    """``row``: a result row of ``PULL_COLUMNS``; the JSON of its ``PullItem`` (same fields)."""
    entity, row_id, version, server_seq, deleted, needs_review, by, device, time, data = row
    return (
        f'{{"entity":{_text(entity)},"row_id":{_text(row_id)},"version":{int(version)},'
        f'"server_seq":{int(server_seq)},"deleted":{"true" if deleted else "false"},'
        f'"needs_review":{"true" if needs_review else "false"},"changed_by":{_text(by)},'
        f'"changed_device":{_text(device)},"device_time":{_text(time)},"fields":{data}}}'
    )
