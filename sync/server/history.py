"""Reading a row's revisions: the base a pushed change was made on, what others changed since, and
where a change re-sent after a server restore stands in the lost epoch's order.
"""

from __future__ import annotations

from typing import Any

from sync.protocol import PushEntry
from sync.server.revisions import Rev
from sync.server.tables import RowState
from sync.server.writer import Writer


def base_revision(w: Writer, row: RowState, e: PushEntry) -> tuple[dict[str, Any], int]:
    """The revision the device's change was made on (its data with ``deleted``), and its version."""
    rev: Rev | None = None
    if e.op == "insert":
        return {}, 0  # an insert meeting an existing row (a re-send after a restore): no common base
    if e.base_epoch is None or e.base_epoch == w.state.epoch:
        if e.base_version > 0:
            revs = w.revisions.since(row.entity, row.row_id, e.base_version)
            rev = revs[0] if revs and revs[0].version == e.base_version else None
    else:
        # Made before a restore: the newest revision that survived it is the common ancestor.
        survived = [
            r
            for r in w.revisions.since(row.entity, row.row_id, 0)
            if r.version <= e.base_version and r.epoch_no < w.state.epoch_no
        ]
        rev = survived[-1] if survived else None
    if rev is None:
        return {}, 0
    return {**rev.data, "deleted": rev.deleted}, rev.version


def changed_by_others(w: Writer, row: RowState, after_version: int, e: PushEntry | None = None) -> set[str]:
    out: set[str] = set()
    for r in w.revisions.since(row.entity, row.row_id, after_version + 1):
        if r.device_id == w.device.id or (e is not None and _seen_before_restore(w, e, r)):
            continue
        out.update(r.changed)
    return out


def _seen_before_restore(w: Writer, e: PushEntry, r: Rev) -> bool:
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


def is_replay(w: Writer, e: PushEntry) -> bool:
    """A re-send, after a restore, of an entry the server answered before it (and then lost)."""
    return (
        e.replay is not None
        and e.replay.epoch != w.state.epoch
        and e.base_epoch is not None
        and e.base_epoch != w.state.epoch
    )


def origin_of(w: Writer, e: PushEntry) -> tuple[str | None, int | None, int | None]:
    if is_replay(w, e):
        assert e.replay is not None
        return e.replay.epoch, e.replay.server_seq, e.replay.version
    if e.base_epoch is not None and e.base_epoch != w.state.epoch:
        return e.base_epoch, None, e.base_version
    return None, None, None


def field_setters(w: Writer, row: RowState) -> dict[str, Rev]:
    """For each field, the newest revision since the restore (this epoch) that wrote it."""
    out: dict[str, Rev] = {}
    for r in w.revisions.since(row.entity, row.row_id, 0):
        if r.epoch_no == w.state.epoch_no:
            for name in r.changed:
                out[name] = r
    return out


REPLAY_APPLY, REPLAY_SKIP, REPLAY_CONCURRENT = "apply", "skip", "concurrent"


def replay_order(w: Writer, e: PushEntry, setter: Rev | None) -> str:
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
