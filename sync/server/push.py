"""Applying a device's pushed outbox entries: dedupe, order, authorize, three-way merge, record.

Runs inside the single-writer section (``Database.write``): the entries of a batch, their results,
their revisions and the device's progress marker commit together or not at all.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.entities import BadValue, EntitySpec, check_value, specs
from sync.protocol import (
    PARENTS,
    AccessLogItem,
    FieldConflict,
    Gap,
    PushEntry,
    PushRequest,
    PushResponse,
    PushResult,
    ResultCode,
    Snapshot,
    Status,
)
from sync.server.scope import Scope
from sync.server.serialize import pull_item
from sync.server.tables import (
    AccessLog,
    ClientScope,
    Conflict,
    Device,
    MutationResult,
    RowRevision,
    RowState,
    ScopeChange,
    ServerState,
)

SCOPE_FIELDS = ("home_municipality", "assigned_counsellor")
# The server's ``client_scope`` columns: a longer value cannot be a municipality code or a username.
SCOPE_LENGTHS = {"home_municipality": 8, "assigned_counsellor": 100}


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


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
    # Where the entry being applied stood in a lost epoch's order (``RowRevision.origin_*``).
    origin: tuple[str | None, int | None, int | None] = (None, None, None)

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

    def forget(self) -> None:
        self._rows.clear()
        self._scopes.clear()

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
        self.s.add(
            RowRevision(
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
        )

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
        if cs is None or not self.scope.sees(cs.municipality, cs.assigned_counsellor):
            raise Rejected(ResultCode.FORBIDDEN)

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
        # A row put back from a device's snapshot sets its ``deleted`` flag too.
        self.revision(row, op, sorted(data) + (["deleted"] if op == "restore" else []), meta.seq)
        return row

    def touch_client_rows(self, client_id: str) -> None:
        """Re-publish a client's rows after its scope changed, so devices that now see it get all."""
        rows = self.s.scalars(
            select(RowState)
            .where(RowState.client_id == client_id, RowState.entity != "client")
            .order_by(RowState.server_seq)
        ).all()
        for row in rows:
            row.server_seq = self.next_seq()
            self.s.flush()


def _validate(
    spec: EntitySpec, fields: dict[str, Any], *, lenient: bool = False, insert: bool = False
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        col = spec.columns.get(name)
        if insert and value is None and col is not None and not col.nullable and col.has_default:
            # The laptop's outbox hook runs before the ORM fills column defaults: an insert names
            # such a column as null, and the laptop's own row holds the default.
            value = col.default
        if name == "deleted":
            if not isinstance(value, bool):
                raise Rejected(ResultCode.INVALID)
            out[name] = value
            continue
        if col is None:
            if lenient:
                continue
            raise Rejected(ResultCode.INVALID)
        try:
            check_value(col, value)
        except BadValue:
            raise Rejected(ResultCode.INVALID) from None
        out[name] = value
    return out


def _base(w: Writer, row: RowState, e: PushEntry) -> tuple[dict[str, Any], int]:
    """The revision the device's change was made on (its data with ``deleted``), and its version."""
    rev: RowRevision | None = None
    q = select(RowRevision).where(RowRevision.entity == row.entity, RowRevision.row_id == row.row_id)
    if e.op == "insert":
        return {}, 0  # an insert meeting an existing row (a re-send after a restore): no common base
    if e.base_epoch is None or e.base_epoch == w.state.epoch:
        if e.base_version > 0:
            rev = w.s.scalars(q.where(RowRevision.version == e.base_version)).one_or_none()
    else:
        # Made before a restore: the newest revision that survived it is the common ancestor.
        rev = w.s.scalars(
            q.where(RowRevision.version <= e.base_version, RowRevision.epoch_no < w.state.epoch_no)
            .order_by(RowRevision.version.desc())
            .limit(1)
        ).one_or_none()
    if rev is None:
        return {}, 0
    return {**rev.data, "deleted": rev.deleted}, rev.version


def _changed_by_others(w: Writer, row: RowState, after_version: int, e: PushEntry | None = None) -> set[str]:
    revs = w.s.scalars(
        select(RowRevision).where(
            RowRevision.entity == row.entity,
            RowRevision.row_id == row.row_id,
            RowRevision.version > after_version,
            RowRevision.device_id != w.device.id,
        )
    ).all()
    out: set[str] = set()
    for r in revs:
        if e is not None and _seen_before_restore(w, e, r):
            continue
        out.update(r.changed)
    return out


def _seen_before_restore(w: Writer, e: PushEntry, r: RowRevision) -> bool:
    """A change made against a lost epoch, merged now: was ``r`` (put back after the restore from
    another device's re-send or snapshot) already in the version the change was made on? Then it is
    not "theirs": the device saw it before the restore."""
    if e.base_epoch is None or e.base_epoch == w.state.epoch or r.origin_epoch != e.base_epoch:
        return False
    if r.op == "restore" and r.origin_version is None:
        return True  # an ancestor put back from a device's copy: values the server had before
    return (
        (r.origin_seq is not None or r.op == "restore")
        and r.origin_version is not None
        and r.origin_version <= e.base_version
    )


def _conflict(
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


def _merge(w: Writer, spec: EntitySpec, row: RowState, e: PushEntry, fields: dict[str, Any]) -> PushResult:
    """Three-way merge per field against the revision the change was made on. Every refusal is
    decided before anything is written."""
    w.check_visible(row.client_id)
    if spec.name in PARENTS:
        parent_field = PARENTS[spec.name][0]
        if parent_field in fields and fields[parent_field] != row.data.get(parent_field):
            raise Rejected(ResultCode.INVALID)  # a row never moves to another parent
    if _is_replay(w, e):
        return _replay_merge(w, spec, row, e, fields)
    current: dict[str, Any] = {**row.data, "deleted": row.deleted}
    base, base_version = _base(w, row, e)
    others = _changed_by_others(w, row, base_version, e)
    # Changes by others the device had seen before a restore are no conflict, but its copy may still
    # differ from the server's row (another device's copy put back meanwhile): "merged", it pulls.
    changed_elsewhere = bool(others) or bool(_changed_by_others(w, row, base_version))
    found: list[tuple[str, Any, Any, Any]] = []  # (field, base, server, client)
    changes: dict[str, Any] = {}
    code: str | None = None
    if e.op == "insert":
        others = set(current)  # no common base: any difference is a conflict
    if row.deleted and "deleted" in others and fields.get("deleted") is not True:
        # An edit to a record deleted elsewhere: a conflict, never a silent drop.
        code = ResultCode.DELETED
        found.append(("deleted", base.get("deleted", False), True, False))
        for name, value in fields.items():
            if name != "deleted" and current.get(name) != value:
                found.append((name, base.get(name), current.get(name), value))
    elif e.op == "delete" and not row.deleted and others - {"deleted"}:
        code = ResultCode.EDITED  # deleted here, changed elsewhere meanwhile: keep it, ask a person
        found.append(("deleted", base.get("deleted", False), False, True))
    else:
        for name, value in fields.items():
            server_value = current.get(name)
            if server_value == value:
                continue
            if name in others and server_value != base.get(name) and spec.name != "note":
                code = ResultCode.FIELDS
                found.append((name, base.get(name), server_value, value))
            else:
                changes[name] = value
    if spec.name == "client":
        new_scope = {k: changes.get(k, current.get(k)) for k in SCOPE_FIELDS}
        w.check_scope(new_scope["home_municipality"], new_scope["assigned_counsellor"])
    conflicts = [_conflict(w, row, e, c) for c in found]
    if changes or (conflicts and not row.needs_review):
        _commit_change(w, row, e, changes, bool(conflicts))
    status: Status = "conflict" if conflicts else ("merged" if others or changed_elsewhere else "applied")
    seq = row.server_seq if (changes or conflicts) else w.state.last_seq
    return PushResult(
        seq=e.seq,
        mutation_id=e.mutation_id,
        status=status,
        code=code,
        version=row.version,
        server_seq=seq,
        conflicts=conflicts,
    )


def _is_replay(w: Writer, e: PushEntry) -> bool:
    """A re-send, after a restore, of an entry the server answered before it (and then lost)."""
    return (
        e.replay is not None
        and e.replay.epoch != w.state.epoch
        and e.base_epoch is not None
        and e.base_epoch != w.state.epoch
    )


def _origin(w: Writer, e: PushEntry) -> tuple[str | None, int | None, int | None]:
    if _is_replay(w, e):
        assert e.replay is not None
        return e.replay.epoch, e.replay.server_seq, e.replay.version
    if e.base_epoch is not None and e.base_epoch != w.state.epoch:
        return e.base_epoch, None, e.base_version
    return None, None, None


def _setters(w: Writer, row: RowState) -> dict[str, RowRevision]:
    """For each field, the newest revision since the restore (this epoch) that wrote it."""
    out: dict[str, RowRevision] = {}
    revs = w.s.scalars(
        select(RowRevision)
        .where(
            RowRevision.entity == row.entity,
            RowRevision.row_id == row.row_id,
            RowRevision.epoch_no == w.state.epoch_no,
        )
        .order_by(RowRevision.version)
    )
    for r in revs:
        for name in r.changed:
            out[name] = r
    return out


REPLAY_APPLY, REPLAY_SKIP, REPLAY_CONCURRENT = "apply", "skip", "concurrent"


def _replay_order(w: Writer, e: PushEntry, setter: RowRevision | None) -> str:
    """A re-sent change against the change that wrote a field's current value since the restore:
    ``apply`` (the re-send came later in the lost epoch's order), ``skip`` (it came earlier: the value
    now there had replaced it before the restore), or ``concurrent`` (neither saw the other: the
    three-way rule decides, as it did then)."""
    assert e.replay is not None
    if setter is None or setter.device_id == w.device.id:
        return REPLAY_APPLY  # a value that survived the restore (it came first), or this device's own
    if setter.origin_epoch is None:
        return REPLAY_CONCURRENT  # made after the restore, by someone who never saw this change
    if setter.origin_epoch != e.replay.epoch:
        return REPLAY_APPLY  # from another lost epoch (two restores in a row): order unknown, latest wins
    if setter.origin_seq is not None:  # another re-send (or a row put back from its snapshot)
        return REPLAY_APPLY if e.replay.server_seq > setter.origin_seq else REPLAY_SKIP
    seen = setter.origin_version is not None and (e.replay.version or 0) <= setter.origin_version
    if setter.op == "restore":  # a snapshot of a device that made it after the lost epoch's version
        return REPLAY_SKIP if seen else REPLAY_APPLY
    # A change made against the lost epoch but first sent after the restore: later than every change
    # the server had then; it saw this one if its base version did.
    return REPLAY_SKIP if seen else REPLAY_CONCURRENT


def _replay_merge(
    w: Writer, spec: EntitySpec, row: RowState, e: PushEntry, fields: dict[str, Any]
) -> PushResult:
    """Merge a re-sent change in the order the server first accepted it (``Replay``): a field written
    since the restore by a change that came later then keeps its value; re-sends are never conflicts
    against each other; a conflict the original push made is made again (same id), nothing more."""
    assert e.replay is not None
    current: dict[str, Any] = {**row.data, "deleted": row.deleted}
    base, _base_version = _base(w, row, e)
    setters = _setters(w, row)
    order = {name: _replay_order(w, e, setters.get(name)) for name in setters}
    was_conflict = {c.field: c for c in e.replay.conflicts}
    found: list[tuple[str, Any, Any, Any]] = []  # new conflicts (with changes made after the restore)
    again: list[FieldConflict] = []  # conflicts of the original push, made again
    changes: dict[str, Any] = {}
    skipped = False
    code: str | None = None
    for name, c in was_conflict.items():
        if name == "deleted":  # an edit to a deleted row, or a delete of an edited one
            value: Any = e.op == "delete"
        elif name in fields:
            value = fields[name]
        else:
            continue
        skipped = True  # the server kept its value then: it keeps it now
        if c.open and w.s.get(Conflict, c.conflict_id) is None:
            again.append(
                _conflict(
                    w, row, e, (name, base.get(name), current.get(name), value), conflict_id=c.conflict_id
                )
            )
    rest = {k: v for k, v in fields.items() if k not in was_conflict}
    if was_conflict:
        if "deleted" in was_conflict:
            code = ResultCode.EDITED if e.op == "delete" else ResultCode.DELETED
            rest = {}  # an edit/delete conflict then: nothing of it was applied
        else:
            code = ResultCode.FIELDS
    if rest and row.deleted and rest.get("deleted") is not True and order.get("deleted") == REPLAY_CONCURRENT:
        code = ResultCode.DELETED  # deleted after the restore by someone else: a conflict, as always
        found.append(("deleted", base.get("deleted", False), True, False))
        for name, value in rest.items():
            if name != "deleted" and current.get(name) != value:
                found.append((name, base.get(name), current.get(name), value))
    elif (
        rest
        and e.op == "delete"
        and not row.deleted
        and any(v == REPLAY_CONCURRENT for k, v in order.items() if k != "deleted")
    ):
        code = ResultCode.EDITED
        found.append(("deleted", base.get("deleted", False), False, True))
    else:
        for name, value in rest.items():
            server_value = current.get(name)
            if server_value == value:
                continue
            how = order.get(name, REPLAY_APPLY)
            if how == REPLAY_SKIP:
                skipped = True
            elif how == REPLAY_CONCURRENT and server_value != base.get(name) and spec.name != "note":
                code = ResultCode.FIELDS
                found.append((name, base.get(name), server_value, value))
            else:
                changes[name] = value
    if spec.name == "client":
        new_scope = {k: changes.get(k, current.get(k)) for k in SCOPE_FIELDS}
        w.check_scope(new_scope["home_municipality"], new_scope["assigned_counsellor"])
    conflicts = again + [_conflict(w, row, e, c) for c in found]
    if changes or (conflicts and not row.needs_review):
        _commit_change(w, row, e, changes, bool(conflicts))
    if conflicts:
        status: Status = "conflict"
    elif skipped or any(r.device_id != w.device.id for r in setters.values()):
        status = "merged"  # the device's copy may differ from the server's row: it pulls it
    else:
        status = "applied"
    return PushResult(
        seq=e.seq,
        mutation_id=e.mutation_id,
        status=status,
        code=code if conflicts else None,
        version=row.version,
        server_seq=row.server_seq if (changes or conflicts) else w.state.last_seq,
        conflicts=conflicts,
    )


def _commit_change(w: Writer, row: RowState, e: PushEntry, changes: dict[str, Any], conflict: bool) -> None:
    old_scope = (row.data.get("home_municipality"), row.data.get("assigned_counsellor"))
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


def _restore_snapshots(w: Writer, e: PushEntry) -> None:
    """A re-send after a server restore: put back the rows the server lost, parents first."""
    origin = w.origin
    for snap in [*e.ancestors, *([e.snapshot] if e.snapshot else [])]:
        spec = specs().get(snap.entity)
        if spec is None or w.row(snap.entity, snap.row_id) is not None:
            continue
        if not _is_row_id(snap.row_id):
            raise Rejected(ResultCode.INVALID)
        fields = _validate(spec, snap.fields, lenient=True, insert=True)
        # An ancestor's copy stands nowhere in particular in the lost epoch's order: any re-send
        # of a change to it is taken over it (``_replay_order``).
        w.origin = origin if snap is e.snapshot else (origin[0], None, None)
        try:
            w.create(spec, snap.row_id, fields, e, "restore")
        finally:
            w.origin = origin


def _with_server_copy(w: Writer, e: PushEntry, result: PushResult) -> PushResult:
    """A conflict or a rejection leaves the device's copy different from the server's: send the
    server's row along (if the user may see it), or tell the device to drop its copy."""
    if result.status not in ("conflict", "rejected"):
        return result
    row = w.row(e.entity, e.row_id)
    cs = w.client_scope(row.client_id) if row is not None else None
    if row is None or cs is None or not w.scope.sees(cs.municipality, cs.assigned_counsellor):
        result.gone = True
    else:
        result.row = pull_item(row)
    return result


def apply_entry(w: Writer, e: PushEntry) -> PushResult:
    w.origin = _origin(w, e)
    try:
        return _with_server_copy(w, e, _apply_entry(w, e))
    finally:
        w.origin = (None, None, None)


def _is_row_id(value: str) -> bool:
    """Row ids are UUIDs made by the laptops; anything else (an injected string) is refused."""
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _apply_entry(w: Writer, e: PushEntry) -> PushResult:
    spec = specs().get(e.entity)
    try:
        if spec is None or not _is_row_id(e.row_id):
            raise Rejected(ResultCode.INVALID)
        fields = _validate(spec, e.fields, insert=e.op == "insert")
        if e.op == "delete" and fields != {"deleted": True}:
            raise Rejected(ResultCode.INVALID)
        row = w.row(e.entity, e.row_id)
        if row is None and (e.ancestors or e.snapshot):
            try:
                with w.s.begin_nested():
                    _restore_snapshots(w, e)
            except Rejected:
                w.forget()  # the savepoint took back what the cache may still name
                raise
            row = w.row(e.entity, e.row_id)
            if row is not None and e.snapshot is not None:
                # Made from the device's own copy, which already holds this change.
                if w.origin[0] is not None and w.origin[1] is None and e.op != "insert":
                    # A change first sent now, on a row put back from the device's copy: recorded as a
                    # change of its own, so re-sends of older changes do not take its fields back.
                    _commit_change(w, row, e, dict(fields), False)
                return PushResult(
                    seq=e.seq,
                    mutation_id=e.mutation_id,
                    status="applied",
                    version=row.version,
                    server_seq=row.server_seq,
                )
        if row is None:
            if e.op != "insert":
                raise Rejected(ResultCode.ROW_MISSING)
            # Every refusal is decided before anything is written: no savepoint needed.
            row = w.create(spec, e.row_id, fields, e, "insert")
            return PushResult(
                seq=e.seq,
                mutation_id=e.mutation_id,
                status="applied",
                version=row.version,
                server_seq=row.server_seq,
            )
        return _merge(w, spec, row, e, fields)
    except Rejected as rej:
        return PushResult(
            seq=e.seq,
            mutation_id=e.mutation_id,
            status="rejected",
            code=rej.code,
            server_seq=w.state.last_seq,
        )


def _resolve(w: Writer, conflict_ids: list[str]) -> list[str]:
    done: list[str] = []
    touched: set[tuple[str, str]] = set()
    for cid in conflict_ids:
        c = w.s.get(Conflict, cid)
        if c is not None and c.device_id == w.device.id and c.resolved_at is None:
            c.resolved_at = w.at
            c.resolved_by = w.scope.username
            touched.add((c.entity, c.row_id))
        done.append(cid)
    w.s.flush()
    for entity, row_id in sorted(touched):
        row = w.row(entity, row_id)
        open_count = w.s.scalar(
            select(func.count())
            .select_from(Conflict)
            .where(Conflict.entity == entity, Conflict.row_id == row_id, Conflict.resolved_at.is_(None))
        )
        if row is not None and row.needs_review and not open_count:
            row.needs_review = False
            row.version += 1
            row.server_seq = w.next_seq()
            w.s.flush()
            w.revision(row, "review", [], None)
    return done


# Words in ``access_log.flags``: what the server noticed about an entry it stored anyway.
FLAG_OUTSIDE_SCOPE = "outside_scope"  # its client is not, and never was, in the user's caseload
FLAG_USER_CLAIM = "user_claim_differs"  # the device named another user (kept in ``claimed_user``)


def _ever_visible(w: Writer, client_id: str) -> bool:
    """The client is in the user's caseload now, or was before a move (``scope_change``): a device
    may report a view it logged before the client moved away."""
    cs = w.client_scope(client_id)
    if cs is None:
        return False  # unknown, or never pushed: answered exactly like an out-of-scope client
    if w.scope.sees(cs.municipality, cs.assigned_counsellor):
        return True
    with w.s.no_autoflush:
        earlier = w.s.execute(
            select(ScopeChange.old_municipality, ScopeChange.old_assigned).where(
                ScopeChange.client_id == client_id
            )
        ).all()
    return any(w.scope.sees(m, a) for m, a in earlier)


def _access_flags(w: Writer, item: AccessLogItem) -> str | None:
    flags: list[str] = []
    clients = {item.client_id} if item.client_id else set()
    if item.record_id and item.entity in specs():
        row = w.row(item.entity, item.record_id)
        if row is not None:
            clients.add(row.client_id)
    if not all(_ever_visible(w, cid) for cid in sorted(clients)):
        flags.append(FLAG_OUTSIDE_SCOPE)
    if item.user != w.scope.username:
        flags.append(FLAG_USER_CLAIM)
    return " ".join(flags) or None


def _prefetch_access(w: Writer, items: list[AccessLogItem]) -> None:
    """Read the rows and client scopes a batch of access-log entries names, in a few queries (the
    writer section stays short with 500 entries)."""
    wanted: dict[str, set[str]] = {}
    for item in items:
        if item.record_id and item.entity in specs():
            wanted.setdefault(item.entity, set()).add(item.record_id)
    clients = {item.client_id for item in items if item.client_id}
    with w.s.no_autoflush:
        for entity, ids in wanted.items():
            values = sorted(ids - {rid for (ent, rid) in w._rows if ent == entity})
            for i in range(0, len(values), 500):
                chunk = values[i : i + 500]
                found = {
                    r.row_id: r
                    for r in w.s.scalars(
                        select(RowState).where(RowState.entity == entity, RowState.row_id.in_(chunk))
                    )
                }
                for rid in chunk:
                    w._rows[(entity, rid)] = found.get(rid)
        clients |= {r.client_id for (ent, rid), r in w._rows.items() if r is not None and ent in wanted}
        values = sorted(clients - set(w._scopes))
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            found_scopes = {
                cs.client_id: cs
                for cs in w.s.scalars(select(ClientScope).where(ClientScope.client_id.in_(chunk)))
            }
            for cid in chunk:
                w._scopes[cid] = found_scopes.get(cid)


def _store_access_log(w: Writer, items: list[AccessLogItem]) -> None:
    """Every entry is stored once per (device, seq), stamped with the token's user and device; the
    device's ``user`` is only a claim, and an entry about a client outside the user's reach is kept
    and flagged, never dropped or answered differently (the answer must not tell whether such a
    client exists). See docs/sync-protocol.md, "What the server trusts from a device"."""
    _prefetch_access(w, [i for i in items if i.seq > w.device.access_log_seq])
    for item in sorted(items, key=lambda i: i.seq):
        if item.seq <= w.device.access_log_seq or w.s.get(AccessLog, (w.device.id, item.seq)) is not None:
            continue
        w.s.add(
            AccessLog(
                device_id=w.device.id,
                seq=item.seq,
                id=item.id,
                at=item.at,
                user=w.scope.username,
                action=item.action,
                client_id=item.client_id,
                entity=item.entity,
                record_id=item.record_id,
                detail=item.detail,
                received_at=w.at,
                flags=_access_flags(w, item),
                claimed_user=item.user if item.user != w.scope.username else None,
            )
        )
        w.device.access_log_seq = max(w.device.access_log_seq, item.seq)


def process_push(w: Writer, req: PushRequest) -> PushResponse:
    results: list[PushResult] = []
    gap: Gap | None = None
    w.prefetch([e for e in req.entries if e.seq > w.device.last_seq])
    for e in req.entries:
        if e.seq <= w.device.last_seq:
            stored = w.s.get(MutationResult, (w.device.id, e.seq))
            if stored is not None:
                results.append(PushResult.model_validate(stored.result))
            continue
        if e.seq != w.device.last_seq + 1:
            gap = Gap(expected=w.device.last_seq + 1)
            break
        result = apply_entry(w, e)
        w.s.add(
            MutationResult(
                device_id=w.device.id,
                seq=e.seq,
                mutation_id=e.mutation_id,
                result=result.model_dump(mode="json"),
                received_at=w.at,
            )
        )
        w.device.last_seq = e.seq
        results.append(result)
    resolved = _resolve(w, req.resolutions)
    _store_access_log(w, req.access_log)
    return PushResponse(
        epoch=w.state.epoch,
        results=results,
        device_last_seq=w.device.last_seq,
        gap=gap,
        access_log_through=w.device.access_log_seq,
        resolved=resolved,
    )


__all__ = ["Rejected", "Snapshot", "Writer", "apply_entry", "process_push"]
