"""``make bench`` figures of the sync server and the laptop's sync, over loopback HTTP.

One real ``polku-server serve`` subprocess (PostgreSQL with 2 workers when PostgreSQL answers at
``POLKU_LOAD_PG`` / ``POLKU_TEST_DATABASE_URL`` / 127.0.0.1, else SQLite with 1 worker) whose caseload
grows from 1,000 to 5,000 to 20,000 demo clients, uploaded by a real encrypted laptop. Laptops are
real encrypted profiles (SQLCipher; a fast Argon2id for their unlock, which is not measured) using
the app's own sync (``app.sync_service.sync_now``, default options). Figures:

- initial pull of 5,000 clients into the encrypted store (rows/s), and against the limit: the same
  rows inserted straight into a fresh encrypted profile (SQLAlchemy core, one transaction);
- pull time and per-row cost at 1k, 5k and 20k clients (growth of the per-row cost 20k/1k);
- push of 1,000 queued changes, against sending the same pushes again (answered from the stored
  results: the HTTP, JSON and lookup cost without merging or writing);
- a sync with nothing to do, against a bare HTTP round trip to the same server;
- (PostgreSQL only) pull pages per second with 50 simulated devices at once (``bench.load``),
  against one device alone.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, select

from bench import load, load_setup
from bench.harness import Figure, Results

PASSPHRASE = "benchmark passphrase"


def _rows(ws: Any) -> int:
    from models import SYNCED_MODELS

    with ws.engine.connect() as conn:
        return sum(
            int(conn.exec_driver_sql(f"SELECT count(*) FROM {m.__tablename__}").scalar() or 0)  # type: ignore[attr-defined]
            for m in SYNCED_MODELS
        )


class Timed:
    """A transport that adds up how long the requests of each path waited for the server."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seconds: dict[str, float] = {}

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return self.inner.request(method, path, **kwargs)
        finally:
            key = path.rsplit("/", 1)[-1]
            self.seconds[key] = self.seconds.get(key, 0.0) + time.perf_counter() - started


class Recording:
    """A transport that keeps the push requests it sent and how long each took."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.pushes: list[tuple[str, dict[str, Any]]] = []
        self.push_seconds = 0.0

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        started = time.perf_counter()
        reply = self.inner.request(method, path, **kwargs)
        if path.endswith("/push"):
            self.push_seconds += time.perf_counter() - started
            self.pushes.append((path, kwargs))
        return reply


class Bench:
    def __init__(self, server: load.ServerProcess, database_url: str, folder: Path) -> None:
        from sync.server import admin
        from sync.server.db import Database, make_engine

        self.server = server
        self.folder = folder
        self.n = 0
        db = Database(make_engine(database_url))
        try:
            admin.create_user(
                db, username="reader", password=load.PASSWORD, role="office",
                municipalities=list(load_setup.MUNICIPALITIES),
            )  # fmt: skip
        finally:
            db.close()
        self.seeder = load.Seeder(server.url, database_url, folder / "seeder")

    def laptop(self) -> Any:
        from app.store.keyfile import KdfParams
        from app.workspace import create_workspace
        from sync.client.engine import enroll
        from sync.client.transport import HttpTransport

        self.n += 1
        ws = create_workspace(
            self.folder / f"laptop{self.n}", PASSPHRASE, user="reader", kdf=KdfParams.fast_for_tests(),
            recovery_public_key=None,
        )  # fmt: skip
        t = HttpTransport(self.server.url, timeout=300)
        enroll(ws.engine, t, server_url=self.server.url, username="reader", password=load.PASSWORD)
        return ws, t

    def initial_pull(self) -> tuple[float, int, Any, float]:
        """A new laptop pulls the whole caseload: (seconds, rows, its workspace, seconds in /pull)."""
        from app.sync_service import sync_now

        ws, t = self.laptop()
        timed = Timed(t)
        report = sync_now(ws, transport=timed)
        return report.seconds, _rows(ws), ws, timed.seconds.get("pull", 0.0)


UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def replicate(database_url: str, clients: int, copies: range) -> int:
    """Grow the server's caseload fast: copies of the first ``clients`` clients and their rows, every
    id (and every id inside the rows) mapped to a new one, at new sequence numbers, written under
    the writer lock. Uploading through pushes costs minutes per 10,000 clients on this machine; only
    pulls read these rows (they have no revision history). Returns the rows added."""
    from sync.server.db import Database, make_engine, refresh_statistics
    from sync.server.tables import ClientScope, RowState

    db = Database(make_engine(database_url))
    try:
        with db.write() as (s, state):
            first = sorted(s.scalars(select(ClientScope.client_id)))[:clients]
            scopes = [dict(r._mapping) for r in s.execute(select(ClientScope.__table__).where(
                ClientScope.client_id.in_(first)))]  # fmt: skip
            rows = [dict(r._mapping) for r in s.execute(
                select(RowState.__table__).where(RowState.client_id.in_(first)).order_by(RowState.server_seq)
            )]  # fmt: skip
            added = 0
            for copy in copies:
                space = uuid.UUID(int=copy)

                def new_id(old: str, space: uuid.UUID = space) -> str:
                    return str(uuid.uuid5(space, old))

                new_scopes = [{**c, "client_id": new_id(c["client_id"])} for c in scopes]
                s.execute(insert(ClientScope.__table__), new_scopes)
                batch = []
                for r in rows:
                    state.last_seq += 1
                    text = UUID_TEXT.sub(lambda m: new_id(m.group()), json.dumps(r["data"]))
                    batch.append({**r, "row_id": new_id(r["row_id"]), "client_id": new_id(r["client_id"]),
                                  "server_seq": state.last_seq, "data": json.loads(text)})  # fmt: skip
                s.execute(insert(RowState.__table__), batch)
                added += len(batch)
        # What autovacuum would do within a minute of such a load: without statistics PostgreSQL
        # plans the page query as a full scan and sort (see sync.server.db.refresh_statistics).
        refresh_statistics(db.engine)
        return added
    finally:
        db.close()


def _spread(values: list[float], fmt: str = "{:.2f}") -> str:
    return "runs " + ", ".join(fmt.format(v) for v in values)


def _straight_insert(source: Any, folder: Path) -> float:
    """Seconds to insert every synced row of ``source`` into a fresh encrypted profile, one transaction."""
    from app.store.keyfile import KdfParams
    from app.workspace import create_workspace
    from models import SYNCED_MODELS

    tables = [m.__table__ for m in SYNCED_MODELS]  # type: ignore[attr-defined]
    with source.engine.connect() as conn:
        data = [(t, [dict(r) for r in conn.execute(select(t)).mappings()]) for t in tables]
    target = create_workspace(
        folder, PASSPHRASE, user="reader", kdf=KdfParams.fast_for_tests(), recovery_public_key=None
    )
    try:
        started = time.perf_counter()
        with target.engine.begin() as conn:
            for table, rows in data:
                if rows:
                    conn.execute(table.insert(), rows)
        return time.perf_counter() - started
    finally:
        target.close()


def _median_of(fn: Callable[[], float], repeat: int) -> tuple[float, list[float]]:
    runs = [fn() for _ in range(repeat)]
    return statistics.median(runs), runs


def add_all(results: Results, tmp: Path, *, quick: bool = False) -> None:
    """Every sync figure; about 5 minutes on a 2-core machine (``quick``: smaller, for a look)."""
    postgres = load.pg_reachable()
    if not postgres:
        print(f"sync figures: PostgreSQL not reachable at {load.pg_admin_url()}: SQLite server, "
              "and no 50-device figure")  # fmt: skip
    sizes = (200, 1000, 4000) if quick else (1000, 5000, 20000)
    folder = tmp / "sync-figures"
    began = time.perf_counter()

    def step(what: str) -> None:
        print(f"  [{time.perf_counter() - began:5.0f} s] {what}", flush=True)

    with _database(postgres, folder) as url, load.ServerProcess(
        url, folder / "server", workers=2 if postgres else 1
    ) as server:
        kind = "PostgreSQL, 2 workers" if postgres else "SQLite, 1 worker"
        bench = Bench(server, url, folder)
        per_row: dict[int, float] = {}
        server_row: dict[int, float] = {}  # of which waiting for the server's pages
        seeded = 0  # clients on the server
        last_pull = 0.0
        for size in sizes:
            if size == sizes[0]:
                step(f"uploading {size:,} clients")
                added = bench.seeder.add(size)
                upload = bench.seeder.upload_seconds
                results.add(Figure(
                    f"upload of {added:,} rows by one laptop ({size:,} clients)", added / upload, "rows/s",
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
                f"initial pull, {size:,} clients ({rows:,} rows) into the encrypted store", seconds, "s",
                note=f"{kind}; {rows / seconds:,.0f} rows/s; {_spread(runs)} s; of which waiting for "
                f"the server's pages {_spread(waits)} s",
            ))  # fmt: skip
            if size == sizes[0] and postgres:
                step("50 devices at once")
                _many_devices(results, server, url, folder, size)
            if size == sizes[1]:
                step("straight insert, push of 1,000, no-op sync")
                _initial_pull_figures(results, bench, kept[0], seconds, rows, folder, kind)
                _push_and_noop(results, bench, kept[0], server, kind)
            for ws in kept:
                ws.close()
        small, big = sizes[0], sizes[-1]
        growth = per_row[big] / per_row[small]
        results.add(Figure(
            f"pull cost per row at {big:,} clients", per_row[big] * 1e6, "µs",
            per_row[small] * 1e6, f"per row at {small:,} clients", "grows ≤ 1.2x (linear or better)",
            growth <= 1.2,
            note=f"{kind}; per row: "
            + ", ".join(
                f"{s:,} clients {per_row[s] * 1e6:.0f} µs (server {server_row[s] * 1e6:.0f})" for s in sizes
            ),
        ))  # fmt: skip
        bench.seeder.close()
        step("sync figures done")


def _initial_pull_figures(
    results: Results, bench: Bench, pulled: Any, seconds: float, rows: int, folder: Path, kind: str
) -> None:
    limit, runs = _median_of(
        lambda: _straight_insert(pulled, folder / f"straight{time.perf_counter_ns()}"), 3
    )
    rate = rows / seconds
    results.add(Figure(
        f"initial pull rate, {rows:,} rows over loopback HTTP", rate, "rows/s",
        goal="≥ 20,000 rows/s", met=rate >= 20_000, note=kind,
    ))  # fmt: skip
    results.add(Figure(
        "initial pull against inserting the same rows", seconds, "s", limit,
        "the same rows inserted straight into a fresh encrypted profile, one transaction",
        "≤ 3x", seconds / limit <= 3,
        note=f"{kind}; straight insert {rows / limit:,.0f} rows/s ({_spread(runs)} s)",
    ))  # fmt: skip


def _push_and_noop(results: Results, bench: Bench, ws: Any, server: load.ServerProcess, kind: str) -> None:
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
    results.add(Figure(
        "push of 1,000 queued changes", statistics.median(pushes), "s", statistics.median(replays),
        "the same pushes sent again (answered from stored results)",
        note=f"{kind}; the whole sync (hello, push, pull back) median {statistics.median(whole):.2f} s; "
        f"push {_spread(pushes)} s",
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
        "sync with nothing to do", noop, "ms", statistics.median(bare) * 1000,
        "a bare HTTP round trip to the same server (/healthz)", "< 100 ms", noop < 100,
        note=f"{kind}; n=20, max {max(samples) * 1000:.0f} ms; waiting for the server per sync (ms): "
        f"{waited}",
    ))  # fmt: skip


def _many_devices(
    results: Results, server: load.ServerProcess, url: str, folder: Path, clients: int
) -> None:
    devices = 50
    users = load.create_users(url, 10)
    sims = load.new_devices(users, devices, verify=False)
    load.enroll_all(server.url, sims)
    runner = load.Load(server, sims)
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


class _database:
    """PostgreSQL (a database of its own) or an SQLite file."""

    def __init__(self, postgres: bool, folder: Path) -> None:
        self.postgres = postgres
        self.folder = folder
        self._pg: Any = None

    def __enter__(self) -> str:
        if self.postgres:
            self._pg = load.postgres_database()
            return str(self._pg.__enter__())
        self.folder.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{self.folder / 'server.db'}"

    def __exit__(self, *exc: object) -> None:
        if self._pg is not None:
            self._pg.__exit__(*exc)
