"""A stored row as the wire carries it."""

from __future__ import annotations

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
