"""Merging a pushed change into an existing row, field by field: the three-way merge against the
revision it was made on, and the ordered merge of a change re-sent after a server restore. Every
refusal is decided before anything is written.
"""

from __future__ import annotations

from typing import Any

from sync.entities import EntitySpec
from sync.protocol import PARENTS, FieldConflict, PushEntry, PushResult, ResultCode, Status
from sync.server.history import (
    REPLAY_APPLY,
    REPLAY_CONCURRENT,
    REPLAY_SKIP,
    base_revision,
    changed_by_others,
    field_setters,
    is_replay,
    replay_order,
)
from sync.server.tables import Conflict, RowState
from sync.server.writer import SCOPE_FIELDS, Rejected, Writer, commit_change, record_conflict


def _check_new_scope(w: Writer, current: dict[str, Any], changes: dict[str, Any]) -> None:
    """A client's home municipality and counsellor after the change: within the caller's reach.
    Checked when the change sets either; a client the device only still holds (``Writer.holds``)
    is otherwise out of reach already, and its other fields are still taken."""
    if any(k in changes for k in SCOPE_FIELDS):
        new_scope = {k: changes.get(k, current.get(k)) for k in SCOPE_FIELDS}
        w.check_scope(new_scope["home_municipality"], new_scope["assigned_counsellor"])


def merge(w: Writer, spec: EntitySpec, row: RowState, e: PushEntry, fields: dict[str, Any]) -> PushResult:
    """Three-way merge per field against the revision the change was made on. Every refusal is
    decided before anything is written."""
    w.check_visible(row.client_id)
    if spec.name in PARENTS:
        parent_field = PARENTS[spec.name][0]
        if parent_field in fields and fields[parent_field] != row.data.get(parent_field):
            raise Rejected(ResultCode.INVALID)  # a row never moves to another parent
    if is_replay(w, e):
        return replay_merge(w, spec, row, e, fields)
    current: dict[str, Any] = {**row.data, "deleted": row.deleted}
    base, base_version = base_revision(w, row, e)
    others = changed_by_others(w, row, base_version, e)
    # Changes by others the device had seen before a restore are no conflict, but its copy may still
    # differ from the server's row (another device's copy put back meanwhile): "merged", it pulls.
    changed_elsewhere = bool(others) or bool(changed_by_others(w, row, base_version))
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
        _check_new_scope(w, current, changes)
    conflicts = [record_conflict(w, row, e, c) for c in found]
    if changes or (conflicts and not row.needs_review):
        commit_change(w, row, e, changes, bool(conflicts))
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


def replay_merge(
    w: Writer, spec: EntitySpec, row: RowState, e: PushEntry, fields: dict[str, Any]
) -> PushResult:
    """Merge a re-sent change in the order the server first accepted it (``Replay``): a field written
    since the restore by a change that came later then keeps its value; re-sends are never conflicts
    against each other; a conflict the original push made is made again (same id), nothing more."""
    assert e.replay is not None
    current: dict[str, Any] = {**row.data, "deleted": row.deleted}
    base, _base_version = base_revision(w, row, e)
    setters = field_setters(w, row)
    order = {name: replay_order(w, e, setters.get(name)) for name in setters}
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
                record_conflict(
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
        _check_new_scope(w, current, changes)
    conflicts = again + [record_conflict(w, row, e, c) for c in found]
    if changes or (conflicts and not row.needs_review):
        commit_change(w, row, e, changes, bool(conflicts))
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
