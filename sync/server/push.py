"""A device's push, as the route runs it: answers to entries already seen (dedupe), the gap check,
each new entry applied in order (``sync.server.entry``), the conflicts the user resolved, then the
access log (``sync.server.access_log``).

Runs inside the single-writer section (``Database.write``): the entries of a batch, their results,
their revisions and the device's progress marker commit together or not at all.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, func, insert, select

from sync.protocol import Gap, PushRequest, PushResponse, PushResult
from sync.server.access_log import store_access_log
from sync.server.entry import apply_entry
from sync.server.tables import Conflict, MutationResult
from sync.server.writer import Writer


def process_push(w: Writer, req: PushRequest) -> PushResponse:
    results: list[PushResult] = []
    gap: Gap | None = None
    new: list[dict[str, Any]] = []
    w.prefetch([e for e in req.entries if e.seq > w.device.last_seq])
    stored = _stored_results(w, [e.seq for e in req.entries if e.seq <= w.device.last_seq])
    for e in req.entries:
        if e.seq <= w.device.last_seq:
            answer = stored.get(e.seq)
            if answer is not None:
                results.append(PushResult.model_validate(answer))
            continue
        if e.seq != w.device.last_seq + 1:
            gap = Gap(expected=w.device.last_seq + 1)
            break
        result = apply_entry(w, e)
        stored[e.seq] = result.model_dump(mode="json")
        new.append(
            {
                "device_id": w.device.id,
                "seq": e.seq,
                "mutation_id": e.mutation_id,
                "result": stored[e.seq],
                "received_at": w.at,
            }
        )
        w.device.last_seq = e.seq
        results.append(result)
    resolved = _resolve(w, req.resolutions)
    store_access_log(w, req.access_log)
    # The batch's revisions and answers, one statement each (not an ORM flush per change), in the
    # push's transaction.
    w.revisions.write()
    if new:
        w.s.execute(insert(cast(Table, MutationResult.__table__)), new)
    return PushResponse(
        epoch=w.state.epoch,
        results=results,
        device_last_seq=w.device.last_seq,
        gap=gap,
        access_log_through=w.device.access_log_seq,
        resolved=resolved,
    )


def _stored_results(w: Writer, seqs: list[int]) -> dict[int, Any]:
    """The stored answers to entries sent before (a re-send gets exactly these back), in a few queries."""
    out: dict[int, Any] = {}
    for i in range(0, len(seqs), 500):
        chunk = seqs[i : i + 500]
        rows = w.s.execute(
            select(MutationResult.seq, MutationResult.result).where(
                MutationResult.device_id == w.device.id, MutationResult.seq.in_(chunk)
            )
        )
        out.update({seq: result for seq, result in rows})
    return out


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
