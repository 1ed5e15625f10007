"""Load test of the sync server: many simulated devices syncing at once against ``polku-server serve``.

    .venv/bin/python -m bench.load --devices 100 --workers 2            # one run, PostgreSQL
    .venv/bin/python -m bench.load --limit --levels 10,25,50,100,200 --workers 1,2

The server is a real ``polku-server serve --workers W`` subprocess on a PostgreSQL database this
script creates and drops (``POLKU_LOAD_PG`` or ``POLKU_TEST_DATABASE_URL`` names the server to use;
default ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``). Its caseload is uploaded by a
real encrypted laptop (demo data, ``sync_now``). Then N simulated devices, each really enrolled
(username and password, its own token), speak the protocol of ``docs/sync-protocol.md`` directly
over HTTP from one asyncio loop (httpx): an initial pull of their own caseload page by page from
cursor 0, then rounds of hello, a push of outbox entries (client edits, new notes, access-log
entries) and an incremental pull. At the end every device pulls once more and its rows (version,
deleted flag, a digest of the fields) are compared with what the server holds for its scope.

Reports requests, errors, latency percentiles per request kind, pull pages/s and rows/s, syncs/s,
and the CPU used by the load generator, the server processes and their PostgreSQL backends (the
generator must not be the bottleneck). ``--limit`` repeats this at rising concurrency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from bench.load_device import RequestFailed, SimDevice, Stats, digest, enroll_all, http_client, new_devices
from bench.load_setup import (
    Seeder,
    ServerProcess,
    cpu_of,
    create_users,
    pg_admin_url,
    pg_backends,
    pg_reachable,
    postgres_database,
    self_cpu,
)
from tests.support.server import start_together


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) in milliseconds."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1] * 1000


@dataclass
class Phase:
    name: str
    devices: int
    seconds: float
    stats: Stats
    cpu_generator: float
    cpu_server: float
    cpu_postgres: float

    @property
    def requests(self) -> int:
        return sum(len(v) for k, v in self.stats.latencies.items() if k != "sync")

    @property
    def errors(self) -> int:
        return sum(self.stats.errors.values())

    def pulls(self) -> int:
        return self.stats.count("pull (initial)") + self.stats.count("pull")

    def per_second(self, n: float) -> float:
        return n / self.seconds if self.seconds else 0.0

    def summary(self) -> dict[str, Any]:
        lat = {
            kind: {"n": len(v), "p50_ms": pct(v, 50), "p95_ms": pct(v, 95), "p99_ms": pct(v, 99),
                   "max_ms": max(v) * 1000}
            for kind, v in sorted(self.stats.latencies.items())
        }  # fmt: skip
        return {
            "phase": self.name,
            "devices": self.devices,
            "seconds": round(self.seconds, 2),
            "requests": self.requests,
            "errors": self.errors,
            "error_kinds": dict(self.stats.errors),
            "retried": dict(self.stats.retried),
            "push_results": dict(self.stats.statuses),
            "pull_requests_per_s": round(self.per_second(self.pulls()), 1),
            "rows_per_s": round(self.per_second(self.stats.rows), 0),
            "syncs_per_s": round(self.per_second(self.stats.count("sync")), 1),
            "latency": lat,
            "cpu_seconds": {
                "generator": round(self.cpu_generator, 1),
                "server": round(self.cpu_server, 1),
                "postgres": round(self.cpu_postgres, 1),
            },
        }

    def line(self) -> str:
        pulls = self.stats.latencies.get("pull (initial)") or self.stats.latencies.get("pull") or []
        push = self.stats.latencies.get("push", [])
        syncs = self.stats.latencies.get("sync", [])
        return (
            f"{self.name:8s} devices {self.devices:4d}: {self.seconds:6.1f} s, {self.requests} requests, "
            f"{self.errors} errors; pull page p50/p95/p99 {pct(pulls, 50):.0f}/{pct(pulls, 95):.0f}/"
            f"{pct(pulls, 99):.0f} ms; push p50/p95 {pct(push, 50):.0f}/{pct(push, 95):.0f} ms; "
            f"sync p50/p95 {pct(syncs, 50):.0f}/{pct(syncs, 95):.0f} ms; "
            f"conflicts {self.stats.statuses['conflict']}; retried {self.stats.retried.total()}; "
            f"{self.per_second(self.pulls()):.1f} pulls/s, {self.per_second(self.stats.rows):,.0f} rows/s, "
            f"{self.per_second(self.stats.count('sync')):.1f} syncs/s; CPU s generator "
            f"{self.cpu_generator:.1f} / server {self.cpu_server:.1f} / postgres {self.cpu_postgres:.1f}"
        )


class Load:
    """Devices enrolled with one server; phases run them all at once. With several server processes
    (one database), each sync of each device goes to one of them at random."""

    def __init__(
        self, servers: list[ServerProcess], devices: list[SimDevice], *, limit: int = 1000, seed: int = 1
    ):
        self.servers = servers
        self.devices = devices
        self.limit = limit
        self.rng = random.Random(seed)

    async def _run(
        self, devices: list[SimDevice], stats: Stats, what: str, rounds: int, changes: int
    ) -> None:
        urls = [s.url for s in self.servers]
        async with http_client(len(devices) + 4) as http:
            http.base_url = httpx.URL(urls[0])

            async def one(d: SimDevice, rng: random.Random) -> None:
                try:
                    if what == "initial":
                        started = time.perf_counter()
                        d.base = rng.choice(urls) if len(urls) > 1 else ""
                        await d.hello(http, stats)
                        await d.pull(http, stats, limit=self.limit, from_zero=True)
                        stats.add("sync", time.perf_counter() - started)
                    else:
                        for _ in range(rounds):
                            d.base = rng.choice(urls) if len(urls) > 1 else ""
                            await d.sync(http, stats, rng, changes=changes, limit=self.limit)
                except RequestFailed:
                    pass  # counted in stats.errors

            await asyncio.gather(*(one(d, random.Random(self.rng.random())) for d in devices))

    def phase(
        self, name: str, what: str, count: int | None = None, *, rounds: int = 1, changes: int = 0
    ) -> Phase:
        devices = self.devices[: count or len(self.devices)]
        stats = Stats()
        server_pids = [pid for s in self.servers for pid in s.pids()]
        database = self.servers[0].url_of_database
        pg_pids = pg_backends(database)
        before = cpu_of(server_pids), cpu_of(pg_pids), self_cpu()
        started = time.perf_counter()
        asyncio.run(self._run(devices, stats, what, rounds, changes))
        seconds = time.perf_counter() - started
        pg_pids = sorted(set(pg_pids) | set(pg_backends(database)))
        server_after, pg_after, self_after = cpu_of(server_pids), cpu_of(pg_pids), self_cpu()
        server_cpu = sum(v - before[0].get(p, 0.0) for p, v in server_after.items())
        pg_cpu = sum(v - before[1].get(p, 0.0) for p, v in pg_after.items())
        return Phase(name, len(devices), seconds, stats, self_after - before[2], server_cpu, pg_cpu)


def server_view(database_url: str, municipality: str) -> dict[tuple[str, str], tuple[int, bool, int]]:
    """What the server holds for a counsellor of ``municipality``, as a device keeps it."""
    from sync.server.tables import ClientScope, RowState

    engine = create_engine(database_url)
    try:
        with Session(engine) as s:
            rows = s.scalars(
                select(RowState)
                .join(ClientScope, ClientScope.client_id == RowState.client_id)
                .where(ClientScope.municipality == municipality)
            )
            return {(r.entity, r.row_id): (r.version, r.deleted, digest(dict(r.data))) for r in rows}
    finally:
        engine.dispose()


def divergence(database_url: str, devices: list[SimDevice]) -> list[str]:
    """Devices whose rows differ from the server's rows of their scope (empty: all converged)."""
    views: dict[str, dict[tuple[str, str], tuple[int, bool, int]]] = {}
    problems = []
    for d in devices:
        if d.municipality not in views:
            views[d.municipality] = server_view(database_url, d.municipality)
        want = views[d.municipality]
        have = d.rows
        if not d.verify:  # such a device keeps only its clients' versions
            have = {k: (v[0], False, 0) for k, v in d.rows.items() if k[0] == "client"}
            want = {k: (v[0], False, 0) for k, v in want.items() if k[0] == "client"}
        if have != want:
            missing = len(want.keys() - have.keys())
            extra = len(have.keys() - want.keys())
            stale = sum(1 for k in want.keys() & have.keys() if want[k] != have[k])
            problems.append(f"device {d.device_id[:8]}: {missing} missing, {extra} extra, {stale} differ")
    return problems


def server_device_seqs(database_url: str) -> dict[str, int]:
    from sync.server.tables import Device

    engine = create_engine(database_url)
    try:
        with Session(engine) as s:
            return {d.id: d.last_seq for d in s.scalars(select(Device))}
    finally:
        engine.dispose()


@dataclass
class RunResult:
    workers: int
    clients: int
    rows: int
    phases: list[Phase]
    diverged: list[str]
    unsaved: int  # devices whose pushed seq the server does not hold

    @property
    def errors(self) -> int:
        return sum(p.errors for p in self.phases) + len(self.diverged) + self.unsaved


def run(
    *,
    devices: int,
    workers: int,
    clients: int,
    rounds: int = 3,
    changes: int = 10,
    limit: int = 1000,
    users: int | None = None,
    folder: Path,
    verify: bool = True,
    quiet: bool = False,
    servers: int = 1,
) -> RunResult:
    """One load run on a fresh PostgreSQL database: seed, enroll, initial pull, rounds, check.
    ``servers``: how many ``polku-server serve`` processes (each with ``workers``) share the database,
    started at once; the devices' syncs go to one of them at random."""
    say = (lambda *_a: None) if quiet else (lambda *a: print(*a, flush=True))
    with postgres_database() as url, ExitStack() as stack:
        # One data folder for all: they share the restore-detection key, as a server guide's hosts do.
        processes = [
            ServerProcess(url, folder / "server", workers=workers, start=False) for _ in range(servers)
        ]
        for p in processes:
            stack.callback(p.stop)
        start_together(processes)
        server = processes[0]
        started = time.perf_counter()
        seeder = Seeder(server.url, url, folder / "seeder")
        rows = seeder.add(clients)
        seeder.close()
        say(
            f"caseload: {clients} clients, {rows} rows on PostgreSQL; {servers} server process(es) with "
            f"{workers} worker(s) each "
            f"(set-up {time.perf_counter() - started:.1f} s)"
        )
        started = time.perf_counter()
        people = create_users(url, users or min(devices, 40))
        sims = new_devices(people, devices, verify=verify)
        enroll_all(server.url, sims)
        say(f"{len(people)} users, {devices} devices enrolled in {time.perf_counter() - started:.1f} s")
        load = Load(processes, sims, limit=limit)
        phases = [load.phase("initial", "initial")]
        say(phases[-1].line())
        phases.append(load.phase("rounds", "rounds", rounds=rounds, changes=changes))
        say(phases[-1].line())
        phases.append(load.phase("final", "rounds", rounds=1, changes=0))
        say(phases[-1].line())
        if any(p.errors for p in phases):
            for p in processes:
                say(f"server {p.url} log (tail):\n" + p.log_tail())
        diverged = divergence(url, sims)
        held = server_device_seqs(url)
        unsaved = sum(1 for d in sims if held.get(d.device_id) != d.seq)
    return RunResult(workers, clients, rows, phases, diverged, unsaved)


def limit_curve(
    *, levels: list[int], workers: int, clients: int, folder: Path, changes: int = 10, limit: int = 1000
) -> list[tuple[Phase, Phase]]:
    """Throughput as concurrency rises, on one server: (initial pull, one sync round) per level."""
    out = []
    with (
        postgres_database() as url,
        ServerProcess(url, folder / f"server-w{workers}", workers=workers) as server,
    ):
        seeder = Seeder(server.url, url, folder / f"seeder-w{workers}")
        rows = seeder.add(clients)
        seeder.close()
        print(f"caseload: {clients} clients, {rows} rows; server workers {workers}", flush=True)
        people = create_users(url, min(max(levels), 40))
        sims = new_devices(people, max(levels), verify=False)
        enroll_all(server.url, sims)
        load = Load([server], sims, limit=limit)
        load.phase("warm-up", "initial", min(levels))
        for level in levels:
            initial = load.phase("initial", "initial", level)
            print(initial.line(), flush=True)
            rounds = load.phase("rounds", "rounds", level, rounds=2, changes=changes)
            print(rounds.line(), flush=True)
            out.append((initial, rounds))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--devices", type=int, default=100)
    parser.add_argument("--workers", default="2", help="worker processes; a comma list with --limit")
    parser.add_argument("--servers", type=int, default=1, help="polku-server serve processes, one database")
    parser.add_argument("--clients", type=int, default=1000, help="caseload size (about 10 rows each)")
    parser.add_argument("--rounds", type=int, default=3, help="syncs per device after the initial pull")
    parser.add_argument("--changes", type=int, default=10, help="outbox entries per push")
    parser.add_argument("--page", type=int, default=1000, help="pull page size (the laptop's default)")
    parser.add_argument("--limit", action="store_true", help="throughput at rising concurrency")
    parser.add_argument("--levels", default="10,25,50,100,200")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument(
        "--no-verify", action="store_true",
        help="do not decode pulled rows (lighter generator; no convergence check of the content)",
    )  # fmt: skip
    args = parser.parse_args()
    if not pg_reachable():
        sys.exit(f"PostgreSQL is not reachable at {make_url(pg_admin_url()).render_as_string()}")
    print(f"machine: {os.cpu_count()} cores; load generator, server and PostgreSQL share them")
    out: dict[str, Any] = {"cores": os.cpu_count(), "clients": args.clients}
    with tempfile.TemporaryDirectory(prefix="polku-load-") as tmp:
        if args.limit:
            for w in (int(x) for x in args.workers.split(",")):
                curve = limit_curve(
                    levels=[int(x) for x in args.levels.split(",")], workers=w, clients=args.clients,
                    folder=Path(tmp), changes=args.changes, limit=args.page,
                )  # fmt: skip
                out[f"workers_{w}"] = [{"initial": i.summary(), "rounds": r.summary()} for i, r in curve]
        else:
            result = run(
                devices=args.devices, workers=int(args.workers), clients=args.clients, rounds=args.rounds,
                changes=args.changes, limit=args.page, folder=Path(tmp), verify=not args.no_verify,
                servers=args.servers,
            )  # fmt: skip
            print(
                f"errors {result.errors}; diverged devices {len(result.diverged)}; "
                f"devices whose pushes the server lacks {result.unsaved}"
            )
            for problem in result.diverged[:10]:
                print("  " + problem)
            out["run"] = [p.summary() for p in result.phases]
            out["diverged"] = result.diverged
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
