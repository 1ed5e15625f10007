"""Applying one pushed entry: validation, rows put back from a device's copy after a server
restore, a new row or a merge, and the server's copy of the row sent back on a conflict or refusal.
"""

from __future__ import annotations

import uuid
from typing import Any

from sync.entities import BadValue, EntitySpec, check_value, specs
from sync.protocol import PushEntry, PushResult, ResultCode
from sync.server.history import origin_of
from sync.server.merge import merge
from sync.server.serialize import pull_item
from sync.server.writer import Rejected, Writer, commit_change


def validate(
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


def _restore_snapshots(w: Writer, e: PushEntry) -> None:
    """A re-send after a server restore: put back the rows the server lost, parents first."""
    origin = w.origin
    for snap in [*e.ancestors, *([e.snapshot] if e.snapshot else [])]:
        spec = specs().get(snap.entity)
        if spec is None or w.row(snap.entity, snap.row_id) is not None:
            continue
        if not _is_row_id(snap.row_id):
            raise Rejected(ResultCode.INVALID)
        fields = validate(spec, snap.fields, lenient=True, insert=True)
        # An ancestor's copy stands nowhere in particular in the lost epoch's order: any re-send
        # of a change to it is taken over it (``replay_order``).
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
    w.origin = origin_of(w, e)
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
        fields = validate(spec, e.fields, insert=e.op == "insert")
        if e.op == "delete" and fields != {"deleted": True}:
            raise Rejected(ResultCode.INVALID)
        row = w.row(e.entity, e.row_id)
        if row is None and (e.ancestors or e.snapshot):
            mark = w.revisions.mark()
            try:
                with w.s.begin_nested():
                    _restore_snapshots(w, e)
            except Rejected:
                w.forget(mark)  # the savepoint took back what the cache may still name
                raise
            row = w.row(e.entity, e.row_id)
            if row is not None and e.snapshot is not None:
                # Made from the device's own copy, which already holds this change.
                if w.origin[0] is not None and w.origin[1] is None and e.op != "insert":
                    # A change first sent now, on a row put back from the device's copy: recorded as a
                    # change of its own, so re-sends of older changes do not take its fields back.
                    commit_change(w, row, e, dict(fields), False)
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
        return merge(w, spec, row, e, fields)
    except Rejected as rej:
        return PushResult(
            seq=e.seq,
            mutation_id=e.mutation_id,
            status="rejected",
            code=rej.code,
            server_seq=w.state.last_seq,
        )
