"""The client's sync run: hello, push the outbox in batches, pull pages, prune. No Qt; any thread.

Every answer from the server is applied in one local transaction together with the progress it
represents (answers with their outbox states, a pulled page with the cursor), so a crash or a lost
connection at any point leaves a consistent database and the next run resumes where this one
stopped. ``cancel`` is checked between batches. Pushing lives in ``sync.client.push``, pulling in
``sync.client.pull``, requests and enrolment in ``sync.client.calls``.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from models import OutboxEntry, SyncConflict, SyncOutboxState
from sync.client import bookkeeping as local
from sync.client.calls import call, enroll
from sync.client.errors import EpochChanged
from sync.client.options import Progress, SyncOptions, SyncReport
from sync.client.pull import Pull
from sync.client.push import Push
from sync.client.reference import apply_documents, local_versions
from sync.protocol import HelloResponse, RefDocument

# What callers import from here (the app, the tests, the bench).
__all__ = ["Progress", "SyncEngine", "SyncOptions", "SyncReport", "call", "enroll"]

log = logging.getLogger(__name__)


class SyncEngine(Push, Pull):
    # -- the run -------------------------------------------------------------------------------

    def sync(self) -> SyncReport:
        started = time.perf_counter()
        report = SyncReport()
        for attempt in range(3):
            try:
                self._run(report)
                break
            except EpochChanged:
                if attempt == 2:
                    raise
                # the next hello sees the new epoch and recovers
        report.seconds = time.perf_counter() - started
        log.info(
            "sync: pushed %d, pulled %d, conflicts %d, evicted %d, %.2f s",
            report.pushed,
            report.pulled,
            report.conflicts,
            report.evicted,
            report.seconds,
        )
        return report

    def _run(self, report: SyncReport) -> None:
        self._check_cancel()
        hello = self._hello(report)
        self._reference(hello, report)
        self._push_all(report)
        self._pull_all(report)
        self._prune(hello, report)

    def _hello(self, report: SyncReport) -> HelloResponse:
        with Session(self.engine) as s:
            epoch = local.get(s, local.EPOCH) or ""
            cursor = local.get_int(s, local.CURSOR)
            acked = s.scalar(select(func.max(SyncOutboxState.seq)).where(SyncOutboxState.epoch == epoch)) or 0
            params: dict[str, Any] = {"epoch": epoch, "cursor": cursor, "acked": acked}
            for name, key in (("cursor_proof", local.CURSOR_PROOF), ("acked_proof", local.ACKED_PROOF)):
                proof = local.get(s, key)
                if proof:
                    params[name] = proof
        hello = self._call("GET", "/hello", HelloResponse, params=params)
        if epoch and hello.epoch != epoch:
            self._recover(hello, epoch)
            report.epoch_changed = True
        elif not epoch:
            with self._session() as s, s.begin():
                local.put(s, local.EPOCH, hello.epoch)
        return hello

    def _recover(self, hello: HelloResponse, old_epoch: str) -> None:
        """The server was restored: re-send what it lost, pull everything again, keep the outbox."""
        log.warning("sync: the server's epoch changed; re-sending and pulling again")
        with self._session() as s, s.begin():
            # Where the server first put each change it lost: the re-sends say so (``Replay``), and
            # the server merges them in that order. Entries still waiting to be re-sent after an
            # earlier restore keep their older origin.
            origin = {
                seq: where
                for seq, where in local.replay_origin(s).items()
                if s.get(SyncOutboxState, seq) is None and s.get(OutboxEntry, seq) is not None
            }
            for state in s.scalars(
                select(SyncOutboxState).where(SyncOutboxState.seq > hello.device_last_seq)
            ):
                origin[state.seq] = (state.epoch, state.server_seq, state.version)
            local.put(
                s, local.REPLAY_ORIGIN, json.dumps({str(k): list(v) for k, v in sorted(origin.items())})
            )
            local.put(s, local.CURSOR_PROOF, "")
            local.put(s, local.ACKED_PROOF, "")
            s.execute(delete(SyncOutboxState).where(SyncOutboxState.seq > hello.device_last_seq))
            # The server may have lost resolutions too (its conflict is open again): say them again.
            s.execute(
                update(SyncConflict)
                .where(SyncConflict.resolved_at.is_not(None))
                .values(resolution_sent=False)
            )
            # What the server still has came back with the backup: nothing of it needs re-sending.
            for state in s.scalars(select(SyncOutboxState)):
                state.epoch, state.server_seq = hello.epoch, 0
            local.put(s, local.REPLAY_UPTO, local.max_outbox_seq(s))
            local.put(s, local.REPLAY_EPOCH, old_epoch)
            local.put(s, local.EPOCH, hello.epoch)
            local.put(s, local.CURSOR, 0)
            local.put(
                s, local.ACCESS_PUSHED, min(local.get_int(s, local.ACCESS_PUSHED), hello.access_log_through)
            )
            local.reset_versions(s)

    def _reference(self, hello: HelloResponse, report: SyncReport) -> None:
        with Session(self.engine) as s:
            have = local_versions(s)
        newer = [r for r in hello.reference if r.version > have.get(r.name, 0)]
        if not newer:
            return
        docs = {}
        for ref in newer:
            doc = self._call("GET", f"/reference/{ref.name}", RefDocument)
            docs[doc.name] = (doc.version, doc.content)
        with self._session() as s, s.begin():
            report.reference_updated += apply_documents(s, docs)

    # -- prune ---------------------------------------------------------------------------------

    def _prune(self, hello: HelloResponse, report: SyncReport) -> None:
        """Forget answered entries whose change a server backup now holds (rejected ones stay)."""
        with self._session() as s, s.begin():
            seqs = list(
                s.scalars(
                    select(SyncOutboxState.seq).where(
                        SyncOutboxState.epoch == hello.epoch,
                        SyncOutboxState.server_seq <= hello.durable_seq,
                        SyncOutboxState.status != "rejected",
                    )
                )
            )
            for i in range(0, len(seqs), 500):
                chunk = seqs[i : i + 500]
                s.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_(chunk)))
                s.execute(delete(SyncOutboxState).where(SyncOutboxState.seq.in_(chunk)))
            report.pruned += len(seqs)
