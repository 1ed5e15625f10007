"""The device's sync bookkeeping inside the encrypted database: settings, the outbox (entries are
written here, for ``app.changes``' flush hook, and read here, for the push), snapshots."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from models import SYNCED_MODELS, LocalSetting, OutboxEntry, SyncOutboxState, SyncPullStash, new_uuid
from sync.entities import specs, to_wire
from sync.protocol import PARENTS, Snapshot

# LocalSetting keys (values are text).
SERVER_URL = "sync.server_url"
TOKEN = "sync.device_token"
EPOCH = "sync.epoch"
CURSOR = "sync.cursor"
ACCESS_PUSHED = "sync.access_log_pushed"
REPLAY_UPTO = "sync.replay_upto"  # outbox entries up to here were made before a server restore
REPLAY_EPOCH = "sync.replay_epoch"  # the epoch their base versions belong to
# The server's signed proofs of how far it got for this device ("<n>.<signature>"), shown in hello:
# only they let the server find out by itself that it was restored from a backup.
CURSOR_PROOF = "sync.cursor_proof"
ACKED_PROOF = "sync.acked_proof"
# After a restore: {outbox seq: [epoch, server_seq, version]}, the answers the server lost, so each
# re-sent entry can say where the server first put it (the server merges re-sends in that order).
REPLAY_ORIGIN = "sync.replay_origin"
# Clients the server told the device to drop while something of theirs was still unsent: a JSON
# list, tried again on every pull (the server says it once, at the cursor where the client left).
EVICT_LATER = "sync.evict_later"
USERNAME = "sync.username"
ROLE = "sync.role"
MUNICIPALITIES = "sync.municipalities"
DEVICE_ID = "device_id"  # written by the app when the profile is made (``app.workspace``)
USER = "user"  # the profile's user, written with it (the name its access-log entries carry)
DEVICE_NAME = "sync.device_name"  # the name given at enrolment (IT tells laptops apart by it)

TABLES = {m.__tablename__: m.__table__ for m in SYNCED_MODELS}  # type: ignore[attr-defined]


def get(s: Session, key: str, default: str | None = None) -> str | None:
    row = s.get(LocalSetting, key)
    return row.value if row is not None else default


def get_int(s: Session, key: str) -> int:
    value = get(s, key)
    return int(value) if value else 0


def put(s: Session, key: str, value: str | int) -> None:
    row = s.get(LocalSetting, key)
    if row is None:
        s.add(LocalSetting(key=key, value=str(value)))
    else:
        row.value = str(value)


def _fields_json(values: dict[str, Any]) -> str:
    return json.dumps({k: to_wire(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


def outbox_entry(
    entity: str,
    row_id: str,
    op: str,
    base_version: int,
    values: dict[str, Any],
    device_time: datetime,
    user: str,
) -> OutboxEntry:
    """A local change to send (``op``: insert, update or delete; ``values``: the changed columns,
    stored as wire values). The caller adds it in the same transaction as the change."""
    return OutboxEntry(
        entity=entity,
        row_id=row_id,
        op=op,
        base_version=base_version,
        fields=_fields_json(values),
        device_time=device_time,
        user=user,
    )


def insert_rows(
    entity: str, rows: list[tuple[str, dict[str, Any]]], device_time: datetime, user: str
) -> list[dict[str, Any]]:
    """Outbox rows for new rows of one table inserted in bulk (``rows``: (row id, column values)), as
    parameters for one ``insert(OutboxEntry)``."""
    return [
        {
            "mutation_id": new_uuid(),
            "entity": entity,
            "row_id": row_id,
            "op": "insert",
            "base_version": 0,
            "fields": _fields_json(values),
            "device_time": device_time,
            "user": user,
        }
        for row_id, values in rows
    ]


def unsent(s: Session, limit: int | None = None, after: int = 0) -> list[OutboxEntry]:
    """Outbox entries the server has not answered yet, oldest first (``after``: skip lower seqs)."""
    q = (
        select(OutboxEntry)
        .outerjoin(SyncOutboxState, SyncOutboxState.seq == OutboxEntry.seq)
        .where(SyncOutboxState.seq.is_(None), OutboxEntry.seq > after)
        .order_by(OutboxEntry.seq)
    )
    if limit is not None:
        q = q.limit(limit)
    return list(s.scalars(q))


def unsent_count(s: Session) -> int:
    return int(
        s.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .outerjoin(SyncOutboxState, SyncOutboxState.seq == OutboxEntry.seq)
            .where(SyncOutboxState.seq.is_(None))
        )
        or 0
    )


def pending_fields(s: Session, row_ids: Collection[str] | None = None) -> dict[tuple[str, str], set[str]]:
    """Fields with local changes the server has not answered: a pulled row never overwrites them.
    ``row_ids`` limits the look-up to those rows."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    q = (
        select(OutboxEntry)
        .outerjoin(SyncOutboxState, SyncOutboxState.seq == OutboxEntry.seq)
        .where(SyncOutboxState.seq.is_(None))
    )
    if row_ids is None:
        entries = list(s.scalars(q))
    elif s.scalar(q.with_only_columns(OutboxEntry.seq).limit(1)) is None:
        return out  # nothing unsent at all (the usual case on a pull): no look-up per row
    else:
        ids = sorted(set(row_ids))
        entries = []
        for i in range(0, len(ids), 500):
            entries += s.scalars(q.where(OutboxEntry.row_id.in_(ids[i : i + 500])))
    for entry in entries:
        out[(entry.entity, entry.row_id)].update(json.loads(entry.fields))
        if entry.op == "delete":
            out[(entry.entity, entry.row_id)].add("deleted")
    return out


def max_outbox_seq(s: Session) -> int:
    return int(s.scalar(select(func.max(OutboxEntry.seq))) or 0)


def row_fields(s: Session, entity: str, row_id: str) -> dict[str, Any] | None:
    """A local row as wire fields (content columns and ``deleted``)."""
    table = TABLES[entity]
    row = s.execute(select(table).where(table.c.id == row_id)).mappings().one_or_none()
    if row is None:
        return None
    return {name: to_wire(row[name]) for name in [*specs()[entity].columns, "deleted"]}


def snapshots(s: Session, entity: str, row_id: str) -> tuple[Snapshot | None, list[Snapshot]]:
    """The row itself and its ancestors (client first), for a re-send after a server restore."""
    own = row_fields(s, entity, row_id)
    snap = Snapshot(entity=entity, row_id=row_id, fields=own) if own is not None else None
    chain: list[Snapshot] = []
    current, fields = entity, own
    while fields is not None and current in PARENTS:
        parent_field, parent_entity = PARENTS[current]
        parent_id = fields.get(parent_field)
        if not isinstance(parent_id, str):
            break
        fields = row_fields(s, parent_entity, parent_id)
        if fields is None:
            break
        chain.insert(0, Snapshot(entity=parent_entity, row_id=parent_id, fields=fields))
        current = parent_entity
    return snap, chain


def reset_versions(s: Session) -> None:
    """After a restore the local versions name revisions the server may not have: forget them."""
    for table in TABLES.values():
        s.execute(update(table).values(version=0))


def stash_count(s: Session) -> int:
    return int(s.scalar(select(func.count()).select_from(SyncPullStash)) or 0)


def replay_origin(s: Session) -> dict[int, tuple[str, int, int | None]]:
    """The lost answers of entries to re-send after a restore (``REPLAY_ORIGIN``): seq -> (epoch,
    server_seq, version)."""
    text = get(s, REPLAY_ORIGIN)
    if not text:
        return {}
    return {
        int(k): (str(v[0]), int(v[1]), None if v[2] is None else int(v[2]))
        for k, v in json.loads(text).items()
    }
