"""Sync conflicts and refused changes to review: listed with whose record they concern, and
settled (a conflict's chosen value becomes a normal local change that syncs to every device)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import sync_bookkeeping as books
from app.audit import record_access
from app.edits import STALE_EDIT, FieldClash, StaleEdit, same, wire
from app.errors import NotFound, ValidationError
from app.review_items import MODELS, client_of, client_walk
from app.workspace import Workspace
from models import OutboxEntry, SyncConflict, SyncOutboxState, utcnow
from models.enums import AccessAction
from sync.entities import typed_value


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    row_id: str
    field: str
    code: str | None
    base: Any
    server: Any
    local: Any
    created_at: datetime
    client_id: str | None = None  # whose record it is (None: not found on this laptop)
    client_name: str | None = None


@dataclass(frozen=True)
class RefusedChange:
    """A change the server refused (``code``, see sync.protocol.ResultCode). Its outbox entry is
    kept for good, so what was typed can be read here and entered again: nothing disappears."""

    seq: int
    entity: str
    row_id: str
    op: str
    code: str | None
    fields: dict[str, Any]
    made_at: datetime
    still_on_this_laptop: bool  # False when the server said the device must drop its copy
    client_id: str | None = None
    client_name: str | None = None  # from this laptop's copy, or what the change itself carried


def list_conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictView]:
    with ws.session() as s:
        q = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
        if not include_resolved:
            q = q.where(SyncConflict.resolved_at.is_(None))
        out = [
            ConflictView(
                c.id,
                c.entity,
                c.row_id,
                c.field,
                c.code,
                json.loads(c.base_value),
                json.loads(c.server_value),
                json.loads(c.local_value),
                c.created_at,
                *client_of(s, c.entity, c.row_id),
            )
            for c in s.scalars(q)
        ]
        # The page names the clients: logged once per unlocked session, like the caseload's list.
        new = sorted({c.client_id for c in out if c.client_id is not None} - ws.listed)
        if new:
            record_access(s, ws.actor, AccessAction.LIST, entity="client", client_ids=new, detail="conflicts")
            ws.listed.update(new)
        return out


def list_refused(ws: Workspace) -> list[RefusedChange]:
    """Refused changes, newest first; reading them is logged as a view of the clients they name."""
    with ws.session() as s:
        rows = s.execute(
            select(OutboxEntry, SyncOutboxState.code)
            .join(SyncOutboxState, SyncOutboxState.seq == OutboxEntry.seq)
            .where(SyncOutboxState.status == "rejected")
            .order_by(OutboxEntry.seq.desc())
        ).all()
        out = []
        for e, code in rows:
            fields = json.loads(e.fields)
            out.append(
                RefusedChange(
                    e.seq,
                    e.entity,
                    e.row_id,
                    e.op,
                    code,
                    fields,
                    e.device_time,
                    books.row_fields(s, e.entity, e.row_id) is not None,
                    *client_of(s, e.entity, e.row_id, fields),
                )
            )
        clients = sorted({c for r in out if (c := client_id(s, r.entity, r.row_id)) is not None})
        if clients:
            record_access(
                s, ws.actor, AccessAction.VIEW, entity="client", client_ids=clients, detail="refused"
            )
        return out


def client_id(s: Session, entity: str, row_id: str) -> str | None:
    return client_walk(s, entity, row_id)


def _open_conflicts(s: Session, conflict: SyncConflict) -> list[SyncConflict]:
    """The open conflicts of the same field of the same record (resolved together)."""
    return list(
        s.scalars(
            select(SyncConflict).where(
                SyncConflict.entity == conflict.entity,
                SyncConflict.row_id == conflict.row_id,
                SyncConflict.field == conflict.field,
                SyncConflict.resolved_at.is_(None),
            )
        )
    )


def resolve_conflict(
    ws: Workspace,
    *,
    conflict_id: str,
    keep: Literal["server", "local", "merged"],
    value: Any = None,
) -> None:
    """Settle a conflict. The chosen value becomes a normal local change (it syncs to every device);
    the server is told the conflict is settled, which clears the record's "needs review" flag.
    Raises ``StaleEdit`` (and changes nothing but the conflict's shown value) when the field changed
    again since the conflict was recorded: the person chooses again, seeing the newer value."""
    with ws.session() as s:
        stale = _resolve(ws, s, conflict_id, keep, value)
    if stale is not None:  # raised after the commit: the conflict now shows the newer value
        raise stale


def _resolve(
    ws: Workspace, s: Session, conflict_id: str, keep: Literal["server", "local", "merged"], value: Any
) -> StaleEdit | None:
    conflict = s.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFound("conflict", conflict_id)
    if keep == "server":
        chosen = json.loads(conflict.server_value)
    elif keep == "local":
        chosen = json.loads(conflict.local_value)
    else:
        chosen = value
    model = MODELS[conflict.entity]
    row = s.get(model, conflict.row_id)
    if row is None:
        raise NotFound(conflict.entity, conflict.row_id)
    current = row.deleted if conflict.field == "deleted" else getattr(row, conflict.field)
    shown = json.loads(conflict.server_value)
    if not same(current, shown) and not same(current, chosen):
        # The field changed again since the conflict was shown (a later sync or edit): choosing now
        # would overwrite a value nobody saw. The conflict shows the new value; the person chooses again.
        for c in _open_conflicts(s, conflict):
            c.server_value = json.dumps(wire(current), ensure_ascii=False)
        return StaleEdit(
            conflict.entity, conflict.row_id, (FieldClash(conflict.field, shown, current, chosen),)
        )
    if conflict.field == "deleted":
        if not isinstance(chosen, bool):
            raise ValidationError("value", "not_true_false")
        row.deleted = chosen
    else:
        setattr(row, conflict.field, typed_value(conflict.entity, conflict.field, chosen))
    now = utcnow()
    for c in _open_conflicts(s, conflict):
        c.resolved_at = now
        c.resolution = keep
        c.resolved_value = json.dumps(chosen, ensure_ascii=False)
        c.resolution_sent = c.code == STALE_EDIT  # made on this laptop: nothing to tell the server
    s.flush()
    record_access(
        s,
        ws.actor,
        AccessAction.CHANGE,
        entity=conflict.entity,
        client_ids=[client_id(s, conflict.entity, conflict.row_id)],
        record_id=conflict.row_id,
        detail="sync conflict resolved",
    )
    return None
