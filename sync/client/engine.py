"""The client's sync run: hello, push the outbox in batches, pull pages, prune. No Qt; any thread.

Every answer from the server is applied in one local transaction together with the progress it
represents (answers with their outbox states, a pulled page with the cursor), so a crash or a lost
connection at any point leaves a consistent database and the next run resumes where this one
stopped. ``cancel`` is checked between batches.
"""

from __future__ import annotations

import gc
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from models import AccessLogEntry, OutboxEntry, SyncConflict, SyncOutboxState, utcnow
from sync.client import bookkeeping as local
from sync.client.apply import PageApplier, StashMemo, record_own_versions
from sync.client.errors import (
    Cancelled,
    DeviceRevoked,
    EpochChanged,
    NotEnrolled,
    ProtocolError,
    SyncAuthError,
    SyncError,
    Throttled,
    TransportFailed,
    UpdateRequired,
)
from sync.client.reference import apply_documents, local_versions
from sync.client.transport import Reply, Transport
from sync.protocol import (
    API,
    AccessLogItem,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    ErrorCode,
    HelloResponse,
    PullResponse,
    PushEntry,
    PushRequest,
    PushResponse,
    RefDocument,
    Replay,
    ReplayConflict,
)

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)
Progress = Callable[[str, int, int], None]  # (phase, done, total); total 0 when unknown


@dataclass
class SyncOptions:
    push_batch: int = 200
    pull_limit: int = 1000
    access_log_batch: int = 500
    attempts: int = 3  # per request, for transport failures and 5xx
    retry_delay: float = 0.5  # doubled after each failed attempt
    # Tests emulate an older build: only these fields per entity are sent and applied.
    known_fields: dict[str, frozenset[str]] | None = None
    # Ask for the next pull page while the current one is being applied.
    prefetch: bool = True


TOUCHED_MAX = 2000


@dataclass
class SyncReport:
    pushed: int = 0
    results: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    evicted: int = 0
    waiting_for_parent: int = 0
    conflicts: int = 0
    pruned: int = 0
    epoch_changed: bool = False
    reference_updated: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # Which local rows this sync changed (entity, row id), so open views refresh only when they show
    # one of them; past TOUCHED_MAX rows (an initial pull) only ``touched_many`` is kept.
    touched: set[tuple[str, str]] = field(default_factory=set)
    touched_many: bool = False

    def touch(self, entity: str, row_id: str) -> None:
        if not self.touched_many:
            self.touched.add((entity, row_id))
            if len(self.touched) > TOUCHED_MAX:
                self.touched_many, self.touched = True, set()


def _error(reply: Reply) -> SyncError:
    try:
        body = ErrorBody.model_validate(reply.body)
        code, message = body.code, body.message
    except ValidationError:
        code, message = "", f"HTTP {reply.status}"
    if reply.status == 426 or code == ErrorCode.UPDATE_REQUIRED:
        return UpdateRequired(message)
    if code == ErrorCode.DEVICE_REVOKED:
        return DeviceRevoked(message)
    if code == ErrorCode.EPOCH_CHANGED:
        return EpochChanged(message)
    if reply.status == 429:
        retry = int(reply.headers.get("retry-after", reply.headers.get("Retry-After", "1")) or 1)
        return Throttled(message, retry)
    if reply.status in (401, 403):
        return SyncAuthError(message)
    if reply.status >= 500:
        return TransportFailed(f"server error (HTTP {reply.status})")
    return ProtocolError(f"{message} (HTTP {reply.status})")


def call(
    transport: Transport,
    method: str,
    path: str,
    model: type[M],
    *,
    token: str | None = None,
    params: dict[str, Any] | None = None,
    body: Any = None,
    options: SyncOptions | None = None,
) -> M:
    """One request with retries on transport failures; the answer parsed as ``model``."""
    opts = options or SyncOptions()
    delay = opts.retry_delay
    for attempt in range(1, opts.attempts + 1):
        try:
            reply = transport.request(method, API + path, params=params, body=body, token=token)
            if reply.status >= 400:
                raise _error(reply)
            try:
                return model.model_validate(reply.body)
            except ValidationError:
                raise TransportFailed("the answer does not match the protocol (cut short?)") from None
        except TransportFailed:
            if attempt == opts.attempts:
                raise
            time.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover


def enroll(
    engine: Engine,
    transport: Transport,
    *,
    server_url: str,
    username: str,
    password: str,
    device_name: str = "",
) -> EnrollResponse:
    """Enroll this profile's device with the server; the token is kept in the encrypted database."""
    with Session(engine) as s:
        device_id = local.get(s, local.DEVICE_ID)
    if device_id is None:
        raise ProtocolError("profile has no device id")
    req = EnrollRequest(username=username, password=password, device_id=device_id, device_name=device_name)
    resp = call(transport, "POST", "/enroll", EnrollResponse, body=req.model_dump(mode="json"))
    with Session(engine) as s, s.begin():
        local.put(s, local.SERVER_URL, server_url)
        local.put(s, local.TOKEN, resp.token)
        local.put(s, local.USERNAME, resp.user.username)
        local.put(s, local.ROLE, resp.user.role)
        local.put(s, local.MUNICIPALITIES, " ".join(resp.user.municipalities))
        local.put(s, local.DEVICE_NAME, req.device_name)
        if local.get(s, local.EPOCH) is None:
            local.put(s, local.EPOCH, resp.epoch)
    return resp


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Applying a page makes tens of thousands of short-lived, acyclic objects (freed by reference
    counting); the cyclic collector, triggered by their number, meanwhile walked the whole heap again
    and again: 15-20 % of an initial pull. Paused for one page at a time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class SyncEngine:
    def __init__(
        self,
        engine: Engine,
        transport: Transport,
        *,
        options: SyncOptions | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.engine = engine
        self.transport = transport
        self.options = options or SyncOptions()
        self.progress = progress or (lambda _phase, _done, _total: None)
        self.cancel = cancel or threading.Event()
        with Session(engine) as s:
            token = local.get(s, local.TOKEN)
            self.device_id = local.get(s, local.DEVICE_ID) or ""
        if not token:
            raise NotEnrolled("This device is not enrolled with a sync server.")
        self.token: str = token

    # -- plumbing ------------------------------------------------------------------------------

    def _session(self) -> Session:
        s = Session(self.engine)
        s.info["applying_remote"] = True
        return s

    def _call(self, method: str, path: str, model: type[M], **kwargs: Any) -> M:
        return call(self.transport, method, path, model, token=self.token, options=self.options, **kwargs)

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled("sync cancelled")

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

    # -- push ----------------------------------------------------------------------------------

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
            for r in resp.results:
                if r.seq not in answered:
                    answered.add(r.seq)
                    s.add(
                        SyncOutboxState(
                            seq=r.seq,
                            status=r.status,
                            code=r.code,
                            version=r.version,
                            server_seq=r.server_seq,
                            epoch=resp.epoch,
                            answered_at=now,
                        )
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
                applier.apply_newer([r.row for r in resp.results if r.row is not None])
                for r in resp.results:
                    if r.row is not None:
                        report.touch(r.row.entity, r.row.row_id)
                    entry = sent.get(r.seq)
                    if r.gone and entry is not None:
                        applier.drop(entry.entity, entry.row_id)
                        report.touch(entry.entity, entry.row_id)
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

    # -- pull ----------------------------------------------------------------------------------

    def _pull_all(self, report: SyncReport) -> None:
        with Session(self.engine) as s:
            cursor = local.get_int(s, local.CURSOR)
            epoch = local.get(s, local.EPOCH) or ""

        def fetch(after: int) -> PullResponse:
            params = {"epoch": epoch, "cursor": after, "limit": self.options.pull_limit}
            return self._call("GET", "/pull", PullResponse, params=params)

        # While a page is applied, the next one is already on its way (one request ahead, never
        # more), so the server's work and the network overlap with the local writes. Pages are still
        # applied one at a time, in order, each with its cursor in one transaction; when applying
        # fails (or the sync is cancelled) the page fetched ahead is dropped unread.
        pulled = 0
        memo = StashMemo()  # the stash as this pull left it, from page to page
        first = True
        ahead: Future[PullResponse] | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="polku-pull") as worker:
            for _guard in range(1_000_000):
                self._check_cancel()
                page = ahead.result() if ahead is not None else fetch(cursor)
                ahead = None
                if not page.reset and (page.cursor < cursor or (page.has_more and page.cursor == cursor)):
                    # A server that sends the device back, or says "more" without moving on, would
                    # make it pull the same pages forever.
                    raise ProtocolError(f"The pull cursor did not advance ({cursor} -> {page.cursor}).")
                if self.options.prefetch and page.has_more and not page.reset:
                    ahead = worker.submit(fetch, page.cursor)
                with _cyclic_gc_paused(), self._session() as s, s.begin():
                    if page.reset:
                        local.put(s, local.CURSOR, 0)
                        cursor = 0
                        continue
                    applier = PageApplier(s, self.options.known_fields, memo, recheck_all=first)
                    if page.visible_clients is not None:
                        applier.keep_only(page.visible_clients)
                    for client_id in page.evict:
                        applier.evict(client_id)
                        report.touch("client", client_id)
                    applier.apply(page.items)
                    for item in page.items:
                        report.touch(item.entity, item.row_id)
                    local.put(s, local.CURSOR, page.cursor)
                    if page.cursor_proof is not None:
                        local.put(s, local.CURSOR_PROOF, page.cursor_proof)
                first = False
                cursor = page.cursor
                pulled += len(page.items)
                report.pulled += len(page.items)
                report.evicted += applier.counts.evicted
                report.waiting_for_parent = applier.counts.stashed
                self.progress("pull", pulled, 0)
                if not page.has_more:
                    return

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
