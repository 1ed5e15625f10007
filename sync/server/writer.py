"""The writer section's working state for one push (or admin change): the rows and client scopes
it read or made, sequence numbers, revisions, new rows, applied changes and recorded conflicts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sync.entities import EntitySpec
from sync.protocol import PARENTS, FieldConflict, PushEntry, ResultCode
from sync.server.revisions import Rev, Revisions
from sync.server.scope import Scope
from sync.server.tables import (
    ClientScope,
    Conflict,
    Device,
    DeviceClient,
    DeviceRecall,
    RowState,
    ScopeChange,
    ServerState,
    now,
)

SCOPE_FIELDS = ("home_municipality", "assigned_counsellor")
# The server's ``client_scope`` columns: a longer value cannot be a municipality code or a username.
SCOPE_LENGTHS = {"home_municipality": 8, "assigned_counsellor": 100}


class Rejected(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class Writer:
    """One push (or admin change) inside the writer section."""

    s: Session
    state: ServerState
    device: Device
    scope: Scope
    at: datetime = field(default_factory=now)
    # Rows and scopes read or made in this push (no flush needed to find a row made moments ago).
    _rows: dict[tuple[str, str], RowState | None] = field(default_factory=dict)
    _scopes: dict[str, ClientScope | None] = field(default_factory=dict)
    _held: dict[str, bool] = field(default_factory=dict)  # ``holds``, per client
    # Where the entry being applied stood in a lost epoch's order (``RowRevision.origin_*``).
    origin: tuple[str | None, int | None, int | None] = (None, None, None)
    revisions: Revisions = field(init=False)

    def __post_init__(self) -> None:
        self.revisions = Revisions(self.s)

    def row(self, entity: str, row_id: str) -> RowState | None:
        key = (entity, row_id)
        if key not in self._rows:
            with self.s.no_autoflush:
                self._rows[key] = self.s.get(RowState, key)
        return self._rows[key]

    def prefetch(self, entries: list[PushEntry]) -> None:
        """Read the rows a batch touches (and their parents and scopes) in a few queries."""
        wanted: dict[str, set[str]] = {}
        for e in entries:
            wanted.setdefault(e.entity, set()).add(e.row_id)
            if e.entity in PARENTS:
                parent_field, parent_entity = PARENTS[e.entity]
                parent_id = e.fields.get(parent_field)
                if isinstance(parent_id, str):
                    wanted.setdefault(parent_entity, set()).add(parent_id)
        clients: set[str] = set()
        with self.s.no_autoflush:
            for entity, ids in wanted.items():
                ids -= {rid for (ent, rid) in self._rows if ent == entity}
                values = sorted(ids)
                for i in range(0, len(values), 500):
                    chunk = values[i : i + 500]
                    found = self.s.scalars(
                        select(RowState).where(RowState.entity == entity, RowState.row_id.in_(chunk))
                    ).all()
                    for rid in chunk:
                        self._rows.setdefault((entity, rid), None)
                    for row in found:
                        self._rows[(entity, row.row_id)] = row
                        clients.add(row.client_id)
                if entity == "client":
                    clients |= ids
            values = sorted(clients - set(self._scopes))
            for i in range(0, len(values), 500):
                chunk = values[i : i + 500]
                for rid in chunk:
                    self._scopes.setdefault(rid, None)
                for cs in self.s.scalars(select(ClientScope).where(ClientScope.client_id.in_(chunk))):
                    self._scopes[cs.client_id] = cs
            self._prefetch_revisions(entries)

    def _prefetch_revisions(self, entries: list[PushEntry]) -> None:
        """The revisions the merge of these entries reads: from the version each was made on (all of
        a row's for an insert meeting an existing row, a change made before a restore, or one made
        on no server version)."""
        lowest: dict[tuple[str, str], int] = {}
        for e in entries:
            key = (e.entity, e.row_id)
            if self._rows.get(key) is None:
                self.revisions.new_row(*key)
                continue
            in_epoch = e.base_epoch is None or e.base_epoch == self.state.epoch
            v = e.base_version if in_epoch and e.op != "insert" and e.base_version > 0 else 0
            lowest[key] = min(v, lowest.get(key, v))
        self.revisions.prefetch(lowest)

    def forget(self, revisions_mark: int | None = None) -> None:
        """Forget what was read (a savepoint rolled back); with ``revisions_mark`` (``revisions.mark()``
        when it began), the revisions made since too."""
        self._rows.clear()
        self._scopes.clear()
        self._held.clear()
        self.revisions.forget(revisions_mark)

    def client_scope(self, client_id: str) -> ClientScope | None:
        if client_id not in self._scopes:
            with self.s.no_autoflush:
                self._scopes[client_id] = self.s.get(ClientScope, client_id)
        return self._scopes[client_id]

    # -- sequence and rows ---------------------------------------------------------------------

    def next_seq(self) -> int:
        self.state.last_seq += 1
        return self.state.last_seq

    def revision(self, row: RowState, op: str, changed: list[str], seq: int | None) -> None:
        rev = Rev(
            entity=row.entity,
            row_id=row.row_id,
            version=row.version,
            server_seq=row.server_seq,
            epoch_no=self.state.epoch_no,
            device_id=self.device.id,
            username=self.scope.username,
            device_seq=seq,
            op=op,
            changed=changed,
            data=dict(row.data),
            deleted=row.deleted,
            device_time=row.device_time,
            at=self.at,
            origin_epoch=self.origin[0],
            origin_seq=self.origin[1],
            origin_version=self.origin[2],
        )
        self.revisions.add(rev)

    def client_of(self, entity: str, data: dict[str, Any], row_id: str) -> str:
        """The client a new row belongs to; its parent must exist on the server."""
        if entity == "client":
            return row_id
        parent_field, parent_entity = PARENTS[entity]
        parent_id = data.get(parent_field)
        parent = self.row(parent_entity, parent_id) if isinstance(parent_id, str) else None
        if parent is None:
            raise Rejected(ResultCode.PARENT_MISSING)
        return parent.client_id

    def check_scope(self, municipality: Any, assigned: Any) -> None:
        """A client's new home municipality and counsellor: storable, and within the caller's reach."""
        for name, value in zip(SCOPE_FIELDS, (municipality, assigned), strict=True):
            if value is not None and len(value) > SCOPE_LENGTHS[name]:
                raise Rejected(ResultCode.INVALID)
        if not self.scope.sees(municipality, assigned):
            raise Rejected(ResultCode.FORBIDDEN)

    def check_visible(self, client_id: str) -> None:
        cs = self.client_scope(client_id)
        if cs is None:
            raise Rejected(ResultCode.FORBIDDEN)
        if not self.scope.sees(cs.municipality, cs.assigned_counsellor) and not self.holds(client_id):
            raise Rejected(ResultCode.FORBIDDEN)

    def reopen(self, client_id: str) -> None:
        """A change to a closed case put aside (``client_scope.archived_at``) makes it an open case
        again: back on every device of its caseload, with all its rows re-published so the devices
        that dropped it get it whole. Called before the change takes its sequence number."""
        cs = self.client_scope(client_id)
        if cs is None or cs.archived_at is None:
            return
        cs.archived_at = None
        self.s.execute(delete(DeviceRecall).where(DeviceRecall.client_id == client_id))
        self.touch_client_rows(client_id, with_client=True)

    def holds(self, client_id: str) -> bool:
        """The server sent this device the client and has not yet told it to drop it: the client
        left the caseload (moved, reassigned, the user's municipalities changed) after the device
        last pulled. Its changes made meanwhile are still taken (the device pushes before it pulls,
        and the pull then removes the client), so a counsellor's work is not refused because the
        office moved the client an hour earlier; the first pull after the move ends it."""
        if client_id not in self._held:
            with self.s.no_autoflush:
                held = self.s.get(DeviceClient, (self.device.id, client_id))
            self._held[client_id] = held is not None and held.evicted_at is None
        return self._held[client_id]

    def create(
        self, spec: EntitySpec, row_id: str, fields: dict[str, Any], meta: PushEntry, op: str
    ) -> RowState:
        data = {k: v for k, v in fields.items() if k != "deleted" and k in spec.columns}
        for col in spec.columns.values():
            if col.name not in data:
                if not col.nullable and not col.has_default:
                    raise Rejected(ResultCode.INVALID)
                data[col.name] = col.default
        client_id = self.client_of(spec.name, data, row_id)
        if spec.name == "client":
            municipality, assigned = data["home_municipality"], data.get("assigned_counsellor")
            self.check_scope(municipality, assigned)
            cs = ClientScope(client_id=row_id, municipality=municipality, assigned_counsellor=assigned)
            self.s.add(cs)
            self._scopes[row_id] = cs
        else:
            self.check_visible(client_id)
            self.reopen(client_id)
        row = RowState(
            entity=spec.name,
            row_id=row_id,
            client_id=client_id,
            version=1,
            server_seq=self.next_seq(),
            deleted=bool(fields.get("deleted", False)),
            needs_review=False,
            data=data,
            changed_by=self.scope.username,  # the token's user, never the body's claim
            changed_device=self.device.id,
            device_time=meta.device_time,
        )
        self.s.add(row)
        self._rows[(spec.name, row_id)] = row
        self.revisions.new_row(spec.name, row_id)
        # A row put back from a device's snapshot sets its ``deleted`` flag too.
        self.revision(row, op, sorted(data) + (["deleted"] if op == "restore" else []), meta.seq)
        return row

    def touch_client_rows(self, client_id: str, *, with_client: bool = False) -> None:
        """Re-publish a client's rows after its scope changed, so devices that now see it get all
        (the client's own row too with ``with_client``: its change may not be the one that did it)."""
        query = select(RowState).where(RowState.client_id == client_id)
        if not with_client:
            query = query.where(RowState.entity != "client")
        rows = self.s.scalars(query.order_by(RowState.server_seq)).all()
        for row in rows:
            row.server_seq = self.next_seq()
            self.s.flush()


def record_conflict(
    w: Writer, row: RowState, e: PushEntry, c: tuple[str, Any, Any, Any], *, conflict_id: str | None = None
) -> FieldConflict:
    name, base, server, client = c
    record = Conflict(
        id=conflict_id or str(uuid.uuid4()),
        entity=row.entity,
        row_id=row.row_id,
        field=name,
        base_value=base,
        server_value=server,
        client_value=client,
        device_id=w.device.id,
        username=w.scope.username,
        device_seq=e.seq,
        at=w.at,
    )
    w.s.add(record)
    return FieldConflict(conflict_id=record.id, field=name, base=base, server=server, client=client)


def commit_change(w: Writer, row: RowState, e: PushEntry, changes: dict[str, Any], conflict: bool) -> None:
    old_scope = (row.data.get("home_municipality"), row.data.get("assigned_counsellor"))
    if changes:
        w.reopen(row.client_id)
    data = dict(row.data)
    for name, value in changes.items():
        if name == "deleted":
            row.deleted = bool(value)
        else:
            data[name] = value
    row.data = data
    row.version += 1
    row.server_seq = w.next_seq()
    row.needs_review = row.needs_review or conflict
    if changes:
        row.changed_by = w.scope.username  # the token's user, never the body's claim (e.user)
        row.changed_device = w.device.id
        row.device_time = e.device_time
    op = "delete" if changes.get("deleted") is True else ("update" if changes else "conflict")
    w.revision(row, op, sorted(changes), e.seq)
    if row.entity == "client" and any(k in changes for k in SCOPE_FIELDS):
        cs = w.client_scope(row.row_id)
        assert cs is not None
        w.s.add(
            ScopeChange(
                server_seq=row.server_seq,
                client_id=row.row_id,
                old_municipality=old_scope[0] or "",
                old_assigned=old_scope[1],
            )
        )
        cs.municipality = data["home_municipality"]
        cs.assigned_counsellor = data.get("assigned_counsellor")
        w.touch_client_rows(row.row_id)
