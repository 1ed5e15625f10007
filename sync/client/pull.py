"""Pulling pages: each applied with its cursor in one transaction, the next page fetched ahead."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager

from sqlalchemy.orm import Session

from sync.client import bookkeeping as local
from sync.client.apply import PageApplier
from sync.client.calls import Connection
from sync.client.errors import ProtocolError
from sync.client.options import SyncReport
from sync.client.pulled import PulledPage, read_page
from sync.client.stash import StashMemo


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
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


def apply_page(s: Session, page: PulledPage, applier: PageApplier) -> PageApplier:
    """One page into the local database, in the caller's transaction: the caseload it names, its
    evictions, its rows and its cursor (``bench.pull_split`` times exactly this)."""
    if applier.recheck_all:  # the first page of a pull: the push before it answered what they waited for
        applier.evict_deferred()
    if page.visible_clients is not None:
        applier.keep_only(page.visible_clients)
    for client_id in page.evict:
        applier.evict(client_id)
    applier.apply(page.items)
    applier.forget_deferred(page.items)
    local.put(s, local.CURSOR, page.cursor)
    if page.cursor_proof is not None:
        local.put(s, local.CURSOR_PROOF, page.cursor_proof)
    return applier


class Pull(Connection):
    def _pull_all(self, report: SyncReport) -> None:
        with Session(self.engine) as s:
            cursor = local.get_int(s, local.CURSOR)
            epoch = local.get(s, local.EPOCH) or ""

        def fetch(after: int, limit: int) -> PulledPage:
            params = {"epoch": epoch, "cursor": after, "limit": limit}
            return self._exchange("GET", "/pull", read_page, params=params)

        limit = self.options.pull_limit
        most = max(limit, self.options.pull_limit_max)

        # While a page is applied, the next one is already on its way (one request ahead, never
        # more), so the server's work and the network overlap with the local writes. Pages are still
        # applied one at a time, in order, each with its cursor in one transaction; when applying
        # fails (or the sync is cancelled) the page fetched ahead is dropped unread.
        pulled = 0
        memo = StashMemo()  # the stash as this pull left it, from page to page
        first = True
        ahead: Future[PulledPage] | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="polku-pull") as worker:
            for _guard in range(1_000_000):
                self._check_cancel()
                page = ahead.result() if ahead is not None else fetch(cursor, limit)
                limit = min(limit * 2, most) if page.has_more else limit
                ahead = None
                if not page.reset and (page.cursor < cursor or (page.has_more and page.cursor == cursor)):
                    # A server that sends the device back, or says "more" without moving on, would
                    # make it pull the same pages forever.
                    raise ProtocolError(f"The pull cursor did not advance ({cursor} -> {page.cursor}).")
                if self.options.prefetch and page.has_more and not page.reset:
                    ahead = worker.submit(fetch, page.cursor, limit)
                with cyclic_gc_paused(), self._session() as s, s.begin():
                    if page.reset:
                        local.put(s, local.CURSOR, 0)
                        cursor = 0
                        continue
                    applier = apply_page(
                        s, page, PageApplier(s, self.options.known_fields, memo, recheck_all=first)
                    )
                    for client_id in applier.evicted:
                        report.touch("client", client_id)
                    for item in page.items:
                        report.touch(item.entity, item.row_id)
                first = False
                cursor = page.cursor
                # Parent rows sent ahead of their turn (after the cursor) are counted when they come.
                own = sum(1 for item in page.items if item.server_seq <= cursor)
                pulled += own
                report.pulled += own
                report.evicted += applier.counts.evicted
                report.evicted_clients += applier.evicted
                report.waiting_for_parent = applier.counts.stashed
                self.progress("pull", pulled, 0)
                if not page.has_more:
                    return
