"""Every local change to a synced row appends an outbox entry in the same transaction.

This is a ``before_flush`` hook on the app's sessions, so no service can forget it: whatever the ORM
writes, the outbox records. Rows are never hard-deleted (a delete must reach devices that were
offline for months), and notes are never edited (they are append-only, so they never conflict).
Sync applies server rows with ``session.info["applying_remote"] = True``, which skips the hook.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from app import op_changes
from app.sync_bookkeeping import outbox_entry, outbox_insert_rows
from models import SYNC_COLUMNS, Client, Note, OutboxEntry, SyncConflict, SyncMixin, new_uuid, utcnow
from models.search import client_search_key


@dataclass(frozen=True)
class Actor:
    """Who is working and on which device; stamped on every change and access-log row."""

    user: str
    device_id: str


class ChangeNotAllowed(Exception):
    """A programming error: a hard delete of a synced row, or an edit of an append-only note."""


def _content_columns(obj: SyncMixin) -> list[str]:
    mapper = inspect(type(obj), raiseerr=True)
    return [c.key for c in mapper.column_attrs if c.key not in SYNC_COLUMNS]


def _refresh_derived(obj: SyncMixin) -> None:
    if isinstance(obj, Client):
        obj.search_key = client_search_key(obj.first_names, obj.last_name, obj.name_latin, obj.date_of_birth)


def _stamp(obj: SyncMixin, actor: Actor, now: datetime) -> None:
    obj.changed_by = actor.user
    obj.changed_device = actor.device_id
    obj.device_time = now


def _entry(obj: SyncMixin, op: str, fields: dict[str, Any], actor: Actor, now: datetime) -> OutboxEntry:
    return outbox_entry(
        type(obj).__tablename__,  # type: ignore[attr-defined]
        obj.id,
        op,
        obj.version or 0,
        fields,
        now,
        actor.user,
    )


def _note(session: Session, obj: SyncMixin) -> None:
    """What changed, for the app-wide change signal (``app.op_changes``)."""
    with session.no_autoflush:
        client_id = op_changes.client_of(session, obj)
    op_changes.note(session, type(obj).__tablename__, [client_id])  # type: ignore[attr-defined]


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get("applying_remote"):
        return
    actor: Actor | None = session.info.get("actor")
    now = utcnow()
    for obj in session.deleted:
        if isinstance(obj, SyncMixin):
            raise ChangeNotAllowed("Synced rows are soft-deleted (deleted=True), never removed.")
    if any(isinstance(obj, SyncConflict) for obj in (*session.new, *session.dirty)):
        op_changes.note(session, op_changes.CONFLICT, [])
    for obj in list(session.new):
        if not isinstance(obj, SyncMixin):
            continue
        if actor is None:
            raise ChangeNotAllowed("A change to client data needs an actor (use app services).")
        if obj.id is None:
            obj.id = new_uuid()
        _refresh_derived(obj)
        _stamp(obj, actor, now)
        _note(session, obj)
        fields = {k: getattr(obj, k) for k in _content_columns(obj)}
        fields.pop("search_key", None)  # derived; every device computes it
        session.add(_entry(obj, "insert", fields, actor, now))
    for obj in list(session.dirty):
        if not isinstance(obj, SyncMixin) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj, raiseerr=True)
        changed = {
            key: getattr(obj, key)
            for key in [*_content_columns(obj), "deleted"]
            if state.attrs[key].history.has_changes()
        }
        changed.pop("search_key", None)
        if not changed:
            continue
        if actor is None:
            raise ChangeNotAllowed("A change to client data needs an actor (use app services).")
        if isinstance(obj, Note) and set(changed) != {"deleted"}:
            raise ChangeNotAllowed("Notes are append-only; write a new note instead.")
        _refresh_derived(obj)
        _stamp(obj, actor, now)
        _note(session, obj)
        op = "delete" if changed.get("deleted") is True else "update"
        session.add(_entry(obj, op, changed, actor, now))


def install_outbox_hook(session_class: type[Session]) -> None:
    """Attach the hook to a sessionmaker's class (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)


def bulk_insert(session: Session, actor: Actor, model: type[SyncMixin], rows: list[dict[str, Any]]) -> None:
    """Insert many new rows of one synced table fast, with their outbox entries.

    The same bookkeeping as the flush hook (sync metadata, derived search key, one insert entry per
    row) without building ORM objects: used for demo data and imports. ``rows`` need an ``id``.
    """
    if not rows:
        return
    now = utcnow()
    table = model.__table__  # type: ignore[attr-defined]
    content = [c.key for c in table.columns if c.key not in SYNC_COLUMNS and c.key != "search_key"]
    for row in rows:
        for key in content:
            if key not in row:
                default = table.columns[key].default
                row[key] = default.arg if default is not None and default.is_scalar else None
        if model is Client:
            row["search_key"] = client_search_key(
                row["first_names"], row["last_name"], row.get("name_latin"), row.get("date_of_birth")
            )
        row.update(
            version=0,
            server_seq=None,
            deleted=False,
            changed_by=actor.user,
            changed_device=actor.device_id,
            device_time=now,
        )
    session.execute(insert(table), rows)
    outbox = outbox_insert_rows(
        table.name, [(row["id"], {k: row[k] for k in content}) for row in rows], now, actor.user
    )
    session.execute(insert(OutboxEntry), outbox)
    owners = (row["id"] if model is Client else row.get("client_id") for row in rows)
    op_changes.note(session, table.name, owners)
