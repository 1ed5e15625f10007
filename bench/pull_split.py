"""Where the time of an initial pull goes, per row: the server's own work, the transfer, the laptop's
parsing and the laptop's writing, each measured on its own, one after another.

The app's pull overlaps them (the next page is fetched while one is written), so the whole pull costs
less than their sum; the split shows which of them bounds it. The server's share is what it reports
in ``Server-Timing`` (``sync.server.api.timing``); the transfer is the rest of each request's time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from sync.client import bookkeeping as local
from sync.client.apply import PageApplier
from sync.client.options import SyncOptions
from sync.client.pull import apply_page, cyclic_gc_paused
from sync.client.pulled import decode_page
from sync.client.stash import StashMemo
from sync.protocol import API
from sync.server.api.timing import server_milliseconds


@dataclass(frozen=True)
class Split:
    rows: int  # the pages' own rows (up to each page's cursor), as many as the laptop ends with
    server: float  # seconds, summed over the pages
    transfer: float
    parse: float
    write: float
    commit: float  # of ``write``: the commits (SQLCipher encrypting and writing the changed pages)
    ahead: int = 0  # parent rows the pages carried ahead of their turn (``sync.server.pull``)

    def per_row(self) -> dict[str, float]:
        """Microseconds per row of each part (``commit`` is a part of ``write``)."""
        parts = {"server": self.server, "transfer": self.transfer, "parse": self.parse, "write": self.write}
        return {name: seconds / self.rows * 1e6 for name, seconds in parts.items()}

    def commit_per_row(self) -> float:
        return self.commit / self.rows * 1e6


def measure(ws: Any, transport: Any) -> Split:
    """A whole initial pull by the enrolled, empty laptop ``ws``, page by page: fetched (timed), parsed
    (timed), written as the app writes it (timed): a transaction per page with its cursor, the cyclic
    garbage collector paused meanwhile (and while parsing: in the app the parse overlaps the writing
    of the page before, during which the collector is paused). Pages grow as in the app
    (``SyncOptions``). Nothing overlaps, and no page is kept once written (holding them all made the
    collector walk them again and again)."""
    options = SyncOptions()
    limit, most = options.pull_limit, options.pull_limit_max
    with Session(ws.engine) as s:
        token, epoch = local.get(s, local.TOKEN), local.get(s, local.EPOCH) or ""
    server = transfer = parse = write = commit = 0.0
    memo = StashMemo()
    cursor, more, rows, ahead, first = 0, True, 0, 0, True
    while more:
        started = time.perf_counter()
        reply = transport.request(
            "GET", API + "/pull", params={"epoch": epoch, "cursor": cursor, "limit": limit}, token=token
        )
        took = time.perf_counter() - started
        assert reply.status == 200 and reply.raw is not None, reply.status
        own = (server_milliseconds(reply.headers.get("server-timing")) or 0.0) / 1000
        server += own
        transfer += max(0.0, took - own)
        started = time.perf_counter()
        with cyclic_gc_paused():  # as in the app, where it is paused while the page before is written
            page = decode_page(reply.raw)
        parse += time.perf_counter() - started
        started = time.perf_counter()
        with cyclic_gc_paused(), Session(ws.engine) as s:
            s.begin()
            s.info["applying_remote"] = True
            apply_page(s, page, PageApplier(s, None, memo, recheck_all=first))
            committing = time.perf_counter()
            s.commit()
            commit += time.perf_counter() - committing
        write += time.perf_counter() - started
        cursor, more, first = page.cursor, page.has_more, False
        limit = min(limit * 2, most)
        early = sum(1 for item in page.items if item.server_seq > page.cursor)
        rows, ahead = rows + len(page.items) - early, ahead + early
    return Split(rows, server, transfer, parse, write, commit, ahead)
