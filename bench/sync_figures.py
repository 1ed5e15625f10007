"""``make bench`` figures of the sync server and the laptop's sync, over loopback HTTP.

One real ``polku-server serve`` subprocess per kind of database (PostgreSQL with 2 workers, when
PostgreSQL answers at ``POLKU_LOAD_PG`` / ``POLKU_TEST_DATABASE_URL`` / 127.0.0.1; SQLite, the
default, with 1 worker) whose caseload
grows from 1,000 to 5,000 to 20,000 demo clients, uploaded by a real encrypted laptop. Laptops are
real encrypted profiles (SQLCipher; a fast Argon2id for their unlock, which is not measured) using
the app's own sync (``app.sync_service.sync_now``, default options). Figures:

- initial pull of 5,000 clients into the encrypted store (rows/s), and against the limit: the same
  rows inserted straight into a fresh encrypted profile (SQLAlchemy core, one transaction);
- pull time and per-row cost at 1k, 5k and 20k clients (growth of the per-row cost 20k/1k), and that
  cost split into the server, the transfer, the laptop's parsing and writing (``bench.pull_split``);
- a sync that pushes 1,000 queued changes, against sending the same pushes again (answered from the stored
  results: the HTTP, JSON and lookup cost without merging or writing);
- a sync with nothing to do, against a bare HTTP round trip to the same server;
- (PostgreSQL only) pull pages per second with 50 simulated devices at once (``bench.load``),
  against one device alone.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from bench import load, load_device, load_setup, pull_split
from bench.harness import Figure, Results, Table
from bench.sync_rig import Bench, Recording, Timed, replicate, server_database, straight_insert


def _spread(values: list[float], fmt: str = "{:.2f}") -> str:
    return "runs " + ", ".join(fmt.format(v) for v in values)


def _median_of(fn: Callable[[], float], repeat: int) -> tuple[float, list[float]]:
    runs = [fn() for _ in range(repeat)]
    return statistics.median(runs), runs


BACKENDS = ("postgresql", "sqlite")


def add_all(results: Results, tmp: Path, *, quick: bool = False, backend: str = "postgresql") -> None:
    """Every sync figure against one kind of server database (``BACKENDS``); about 5 minutes on a
    2-core machine (``quick``: smaller, for a look)."""
    postgres = backend == "postgresql"
    if postgres and not load_setup.pg_reachable():
        print(f"sync figures: PostgreSQL not reachable at {load_setup.pg_admin_url()}: none on PostgreSQL")
        return
    where = "PostgreSQL" if postgres else "SQLite"
    sizes = (200, 1000, 4000) if quick else (1000, 5000, 20000)
    folder = tmp / f"sync-figures-{backend}"
    began = time.perf_counter()

    def step(what: str) -> None:
        print(f"  [{time.perf_counter() - began:5.0f} s] {what}", flush=True)

    with (
        server_database(postgres, folder) as url,
        load_setup.ServerProcess(url, folder / "server", workers=2 if postgres else 1) as server,
    ):
        kind = "PostgreSQL, 2 workers" if postgres else "SQLite, 1 worker"
        bench = Bench(server, url, folder)
        per_row: dict[int, float] = {}
        splits: dict[int, pull_split.Split] = {}
        server_row: dict[int, float] = {}  # of which waiting for the server's pages
        seeded = 0  # clients on the server
        last_pull = 0.0
        for size in sizes:
            if size == sizes[0]:
                step(f"uploading {size:,} clients")
                added = bench.seeder.add(size)
                upload = bench.seeder.upload_seconds
                results.add(Figure(
                    f"upload of {added:,} rows by one laptop ({size:,} clients), {where}", added / upload,
                    "rows/s",
                    note=f"{kind}; the sync that uploads demo data made on the laptop; {upload:.1f} s",
                ))  # fmt: skip
            else:
                step(f"copying the caseload up to {size:,} clients")
                done = seeded // sizes[0]
                added = replicate(url, sizes[0], range(done, size // sizes[0]))
            seeded_before, seeded = seeded, size
            step(f"pulling {size:,} clients")
            # three runs (two for the largest), one when a run takes minutes
            expected = last_pull * size / max(seeded_before, 1)
            repeat = 1 if expected > 30 else (2 if size == sizes[-1] else 3)
            rows_seen: list[int] = []
            kept: list[Any] = []
            waits: list[float] = []

            def once(
                rows_seen: list[int] = rows_seen, kept: list[Any] = kept, waits: list[float] = waits
            ) -> float:
                seconds, rows, ws, waited = bench.initial_pull()
                rows_seen.append(rows)
                waits.append(waited)
                if kept:
                    ws.close()
                else:
                    kept.append(ws)
                return seconds

            seconds, runs = _median_of(once, repeat)
            last_pull = seconds
            rows = rows_seen[0]
            per_row[size] = seconds / rows
            server_row[size] = statistics.median(waits) / rows
            results.add(Figure(
                f"initial pull, {size:,} clients ({rows:,} rows) into the encrypted store, {where}", seconds,
                "s",
                note=f"{kind}; {rows / seconds:,.0f} rows/s; {_spread(runs)} s; of which waiting for "
                f"the server's pages {_spread(waits)} s",
            ))  # fmt: skip
            if size == sizes[0] and postgres:
                step("50 devices at once")
                _many_devices(results, server, url, folder, size)
            if size == sizes[1]:
                step("straight insert, push of 1,000, no-op sync")
                _initial_pull_figures(results, bench, kept[0], seconds, rows, folder, kind, where)
                _push_and_noop(results, bench, kept[0], server, kind, where)
            for ws in kept:
                ws.close()
            step(f"the cost split of pulling {size:,} clients")
            ws, transport = bench.laptop()
            splits[size] = pull_split.measure(ws, transport)
            ws.close()
        small, big = sizes[0], sizes[-1]
        growth = per_row[big] / per_row[small]
        results.add(Figure(
            f"pull cost per row at {big:,} clients, {where}", per_row[big] * 1e6, "µs",
            per_row[small] * 1e6, f"per row at {small:,} clients", "grows ≤ 1.2x (linear or better)",
            growth <= 1.2,
            note=f"{kind}; per row: "
            + ", ".join(
                f"{s:,} clients {per_row[s] * 1e6:.0f} µs (server {server_row[s] * 1e6:.0f})" for s in sizes
            ),
        ))  # fmt: skip
        results.tables.append(_split_table(where, kind, per_row, splits))
        bench.seeder.close()
        step("sync figures done")


def _split_table(
    where: str, kind: str, per_row: dict[int, float], splits: dict[int, pull_split.Split]
) -> Table:
    rows = []
    for size, split in splits.items():
        parts = split.per_row()
        rows.append([
            f"{size:,} ({split.rows:,} rows; {split.ahead:,} sent ahead)", f"{per_row[size] * 1e6:.0f}",
            f"{parts['server']:.1f}",
            f"{parts['transfer']:.1f}", f"{parts['parse']:.1f}", f"{parts['write']:.1f}",
            f"{split.commit_per_row():.1f}", f"{sum(parts.values()):.0f}",
        ])  # fmt: skip
    return Table(
        f"Initial pull, cost per row in µs ({where} server)",
        f"{kind}. The pull as the app runs it (pages fetched one ahead while one is written), then its "
        "parts measured one after another by a second new laptop: the server's own time (its "
        "Server-Timing), the transfer (the rest of each request: HTTP over loopback), the laptop's "
        "parsing of the pages and its writing of them (a transaction per page with its cursor, into "
        "the encrypted store). The pull overlaps the server and transfer with the writing. Sent ahead: "
        "parent rows a page carried before their turn (they come again, and are skipped); the costs "
        "are per row the laptop ends with.",
        [
            "clients",
            "whole pull",
            "server",
            "transfer",
            "laptop parse",
            "laptop write",
            "of which commits",
            "sum of parts",
        ],
        rows,
    )


def _initial_pull_figures(
    results: Results,
    bench: Bench,
    pulled: Any,
    seconds: float,
    rows: int,
    folder: Path,
    kind: str,
    where: str,
) -> None:
    limit, runs = _median_of(lambda: straight_insert(pulled, folder / f"straight{time.perf_counter_ns()}"), 3)
    rate = rows / seconds
    results.add(Figure(
        f"initial pull rate, {rows:,} rows over loopback HTTP, {where}", rate, "rows/s",
        goal="≥ 20,000 rows/s", met=rate >= 20_000, note=kind,
    ))  # fmt: skip
    results.add(Figure(
        f"initial pull against inserting the same rows, {where}", seconds, "s", limit,
        "the same rows inserted straight into a fresh encrypted profile, one transaction",
        "≤ 2.5x", seconds / limit <= 2.5,
        note=f"{kind}; straight insert {rows / limit:,.0f} rows/s ({_spread(runs)} s)",
    ))  # fmt: skip


def _push_and_noop(
    results: Results, bench: Bench, ws: Any, server: load_setup.ServerProcess, kind: str, where: str
) -> None:
    from app.sync_service import sync_now
    from models import Client
    from sync.client.transport import HttpTransport

    pushes: list[float] = []
    replays: list[float] = []
    whole: list[float] = []
    for run in range(3):
        with ws.session() as s:
            for n, client in enumerate(s.scalars(select(Client).order_by(Client.id).limit(1000))):
                client.phone = f"+358 40 {run}{n:06d}"
        rec = Recording(HttpTransport(server.url, timeout=300))
        report = sync_now(ws, transport=rec)
        assert report.pushed == 1000, report
        whole.append(report.seconds)
        pushes.append(rec.push_seconds)
        started = time.perf_counter()
        for path, kwargs in rec.pushes:  # already answered: the stored results come back
            reply = rec.inner.request("POST", path, **kwargs)
            assert reply.status == 200
        replays.append(time.perf_counter() - started)
    sync_seconds = statistics.median(whole)
    results.add(Figure(
        f"sync that pushes 1,000 queued changes, {where}", sync_seconds, "s", statistics.median(replays),
        "the same pushes sent again (answered from stored results)", "≤ 1.5 s", sync_seconds <= 1.5,
        note=f"{kind}; the whole sync (hello, push, pull back): {_spread(whole)} s; of which the pushes "
        f"{_spread(pushes)} s",
    ))  # fmt: skip

    t = Timed(HttpTransport(server.url, timeout=60))
    samples = []
    for _ in range(21):
        started = time.perf_counter()
        sync_now(ws, transport=t)
        samples.append(time.perf_counter() - started)
    samples = samples[1:]
    waited = ", ".join(f"{path} {seconds / 21 * 1000:.0f}" for path, seconds in sorted(t.seconds.items()))
    bare = []
    with httpx.Client(base_url=server.url) as http:
        http.get("/healthz")
        for _ in range(20):
            started = time.perf_counter()
            http.get("/healthz")
            bare.append(time.perf_counter() - started)
    noop = statistics.median(samples) * 1000
    results.add(Figure(
        f"sync with nothing to do, {where}", noop, "ms", statistics.median(bare) * 1000,
        "a bare HTTP round trip to the same server (/healthz)", "< 100 ms", noop < 100,
        note=f"{kind}; n=20, max {max(samples) * 1000:.0f} ms; waiting for the server per sync (ms): "
        f"{waited}",
    ))  # fmt: skip


def _many_devices(
    results: Results, server: load_setup.ServerProcess, url: str, folder: Path, clients: int
) -> None:
    devices = 50
    users = load_setup.create_users(url, 10)
    sims = load_device.new_devices(users, devices, verify=False)
    load_device.enroll_all(server.url, sims)
    runner = load.Load([server], sims)
    alone = runner.phase("alone", "initial", 1)
    phases = [runner.phase("initial", "initial") for _ in range(2)]
    phases.sort(key=lambda p: p.per_second(p.pulls()))
    rates = [p.per_second(p.pulls()) for p in phases]
    mid = phases[0]  # the slower run's latencies and CPU
    pulls = mid.stats.latencies["pull (initial)"]
    rounds = runner.phase("rounds", "rounds", rounds=1, changes=10)
    errors = sum(p.errors for p in [*phases, rounds])
    cpu = mid.cpu_generator, mid.cpu_server, mid.cpu_postgres
    results.add(Figure(
        f"pull pages per second, {devices} devices at once", statistics.median(rates), "pages/s",
        alone.per_second(alone.pulls()), "one device alone",
        goal="no errors", met=errors == 0,
        note=(
            f"PostgreSQL, 2 workers, {os.cpu_count()} cores shared with the load generator; {clients:,} "
            f"clients, each device pulls its municipality's clients in 1,000-row pages: "
            f"{mid.per_second(mid.stats.rows):,.0f} rows/s, page p50/p95/p99 "
            f"{load.pct(pulls, 50):.0f}/{load.pct(pulls, 95):.0f}/{load.pct(pulls, 99):.0f} ms; "
            f"runs {', '.join(f'{r:.1f}' for r in rates)} pages/s; then one sync each (push 10, pull): "
            f"{rounds.per_second(rounds.stats.count('sync')):.1f} syncs/s, push p95 "
            f"{load.pct(rounds.stats.latencies.get('push', []), 95):.0f} ms; errors {errors}; CPU s "
            f"generator/server/PostgreSQL {cpu[0]:.1f}/{cpu[1]:.1f}/{cpu[2]:.1f}"
        ),
    ))  # fmt: skip
