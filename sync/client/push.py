"""Pushing the outbox: entries in batches (with snapshots when re-sending after a server restore),
the access log with the last batch, and the server's answers stored in one transaction each."""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from models import AccessLogEntry, OutboxEntry, SyncConflict, SyncOutboxState, utcnow
from sync.client import bookkeeping as local
from sync.client.apply import PageApplier
from sync.client.calls import Connection
from sync.client.errors import ProtocolError
from sync.client.options import SyncReport
from sync.client.pulled import from_model
from sync.client.rows import record_own_versions
from sync.protocol import AccessLogItem, PushEntry, PushRequest, PushResponse, Replay, ReplayConflict


class Push(Connection):
    def _entry(
        self,
        s: Session,
        e: OutboxEntry,
        epoch: str,
        replay_upto: int,
        replay_epoch: str | None,
        origin: dict[int, tuple[str, int, int | None]],
    ) -> PushEntry:
        fields = json.loads(e.fields)
        known = self.options.known_fields.get(e.entity) if self.options.known_fields else None
        if known is not None:
            fields = {k: v for k, v in fields.items() if k in known or k == "deleted"}
        entry = PushEntry(
            seq=e.seq,
            mutation_id=e.mutation_id,
            entity=e.entity,
            row_id=e.row_id,
            op=e.op,  # type: ignore[arg-type]
            base_version=e.base_version,
            base_epoch=epoch,
            fields=fields,
            device_time=e.device_time.isoformat(),
            user=e.user,
        )
        if e.seq <= replay_upto and replay_epoch:
            entry.base_epoch = replay_epoch
            snap, ancestors = local.snapshots(s, e.entity, e.row_id)
            if known is not None and snap is not None:
                snap.fields = {k: v for k, v in snap.fields.items() if k in known or k == "deleted"}
            entry.snapshot, entry.ancestors = snap, ancestors
            if e.seq in origin:
                was_epoch, server_seq, version = origin[e.seq]
                conflicts = s.scalars(select(SyncConflict).where(SyncConflict.outbox_seq == e.seq))
                entry.replay = Replay(
                    epoch=was_epoch,
                    server_seq=server_seq,
                    version=version,
                    conflicts=[
                        ReplayConflict(conflict_id=c.id, field=c.field, open=c.resolved_at is None)
                        for c in conflicts
                    ],
                )
        return entry

    def _access_items(self, s: Session) -> list[AccessLogItem]:
        after = local.get_int(s, local.ACCESS_PUSHED)
        rows = s.scalars(
            select(AccessLogEntry)
            .where(AccessLogEntry.seq > after)
            .order_by(AccessLogEntry.seq)
            .limit(self.options.access_log_batch)
        )
        return [
            AccessLogItem(
                seq=r.seq,
                id=r.id,
                at=r.at.isoformat(),
                user=r.user,
                action=r.action.value,
                client_id=r.client_id,
                entity=r.entity,
                record_id=r.record_id,
                detail=r.detail,
            )
            for r in rows
        ]

    def _push_all(self, report: SyncReport) -> None:
        with Session(self.engine) as s:
            total = local.unsent_count(s)
        done = 0
        after = 0  # everything up to here was answered in this run
        self.progress("push", 0, total)
        for _guard in range(100_000):
            self._check_cancel()
            with Session(self.engine) as s:
                epoch = local.get(s, local.EPOCH) or ""
                replay_upto = local.get_int(s, local.REPLAY_UPTO)
                replay_epoch = local.get(s, local.REPLAY_EPOCH)
                origin = local.replay_origin(s)
                entries = [
                    self._entry(s, e, epoch, replay_upto, replay_epoch, origin)
                    for e in local.unsent(s, self.options.push_batch, after)
                ]
                resolutions = list(
                    s.scalars(
                        select(SyncConflict.id).where(
                            SyncConflict.resolved_at.is_not(None), SyncConflict.resolution_sent.is_(False)
                        )
                    )
                )
                # Access-log entries go with the last batch of changes: a client made offline is on
                # the server by then, so the server does not flag its views as outside the caseload.
                access = self._access_items(s) if len(entries) < self.options.push_batch else []
            if not entries and not resolutions and not access:
                return
            req = PushRequest(epoch=epoch, entries=entries, resolutions=resolutions, access_log=access)
            resp = self._call("POST", "/push", PushResponse, body=req.model_dump(mode="json"))
            sent = {e.seq: e for e in entries}
            if resp.gap is not None and entries and entries[0].seq > resp.gap.expected:
                with Session(self.engine) as s:
                    answered = s.scalar(
                        select(func.count())
                        .select_from(SyncOutboxState)
                        .where(SyncOutboxState.seq >= resp.gap.expected)
                    )
                if not answered:
                    raise ProtocolError(
                        "The server is missing changes this device no longer keeps (restored from a backup "
                        "older than its durable mark). Ask the administrator."
                    )
            self._record(resp, sent, report)
            after = 0 if resp.gap is not None else max([after, *(r.seq for r in resp.results)])
            done += len(resp.results)
            self.progress("push", done, total)
            if resp.gap is None and len(resp.results) < len(entries):
                raise ProtocolError("the server answered only part of a push")

    def _record(self, resp: PushResponse, sent: dict[int, PushEntry], report: SyncReport) -> None:
        """Store the server's answers (and new conflicts) in one transaction."""
        now = utcnow()
        with self._session() as s, s.begin():
            seqs = [r.seq for r in resp.results]
            answered = set(s.scalars(select(SyncOutboxState.seq).where(SyncOutboxState.seq.in_(seqs))))
            known_conflicts = set(
                s.scalars(
                    select(SyncConflict.id).where(
                        SyncConflict.id.in_([c.conflict_id for r in resp.results for c in r.conflicts])
                    )
                )
            )
            states: list[dict[str, Any]] = []
            for r in resp.results:
                if r.seq not in answered:
                    answered.add(r.seq)
                    states.append(
                        {
                            "seq": r.seq,
                            "status": r.status,
                            "code": r.code,
                            "version": r.version,
                            "server_seq": r.server_seq,
                            "epoch": resp.epoch,
                            "answered_at": now,
                        }
                    )
                    report.pushed += 1
                    report.results[r.status] = report.results.get(r.status, 0) + 1
                entry = sent.get(r.seq)
                for c in r.conflicts:
                    if c.conflict_id in known_conflicts or entry is None:
                        continue
                    known_conflicts.add(c.conflict_id)
                    report.touch("sync_conflict", entry.row_id)
                    s.add(
                        SyncConflict(
                            id=c.conflict_id,
                            entity=entry.entity,
                            row_id=entry.row_id,
                            field=c.field,
                            code=r.code,
                            base_value=json.dumps(c.base, ensure_ascii=False),
                            server_value=json.dumps(c.server, ensure_ascii=False),
                            local_value=json.dumps(c.client, ensure_ascii=False),
                            outbox_seq=r.seq,
                            created_at=now,
                        )
                    )
                    report.conflicts += 1
            if states:  # one statement for the batch (ORM objects cost more than the insert itself)
                s.execute(insert(cast(Table, SyncOutboxState.__table__)), states)
            s.flush()
            own: dict[tuple[str, str], tuple[int, int]] = {}
            differs: set[tuple[str, str]] = set()  # the device's copy holds a value the server refused
            for r in resp.results:
                entry = sent.get(r.seq)
                if entry is None:
                    continue
                key = (entry.entity, entry.row_id)
                if r.status == "applied" and r.version is not None:
                    own[key] = max(own.get(key, (0, 0)), (r.version, r.server_seq))
                elif r.status in ("conflict", "rejected"):
                    differs.add(key)
            record_own_versions(s, {k: v for k, v in own.items() if k not in differs})
            if any(r.row is not None or r.gone for r in resp.results):
                applier = PageApplier(s, self.options.known_fields)
                applier.apply_newer([from_model(r.row) for r in resp.results if r.row is not None])
                for r in resp.results:
                    if r.row is not None:
                        report.touch(r.row.entity, r.row.row_id)
                    entry = sent.get(r.seq)
                    if r.gone and entry is not None:
                        applier.drop(entry.entity, entry.row_id)
                        report.touch(entry.entity, entry.row_id)
                report.evicted_clients += applier.evicted
            if resp.gap is not None:
                # The server lost answers it once gave (restored without a new epoch): send again.
                s.execute(delete(SyncOutboxState).where(SyncOutboxState.seq >= resp.gap.expected))
            for cid in resp.resolved:
                conflict = s.get(SyncConflict, cid)
                if conflict is not None:
                    conflict.resolution_sent = True
            local.put(s, local.ACCESS_PUSHED, resp.access_log_through)
            if resp.acked_proof is not None and resp.epoch == local.get(s, local.EPOCH):
                local.put(s, local.ACKED_PROOF, resp.acked_proof)
