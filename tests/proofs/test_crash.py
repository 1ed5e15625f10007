"""Crash proofs: SIGKILL at random moments, again and again, and nothing committed is lost.

1. A worker process (``tests/support/crash_worker.py``) saves edits through the app services and says each
   one right after its commit returned; it is killed at a random moment. The profile must open, pass
   SQLCipher's and SQLite's integrity checks, hold every edit it reported (and the one in flight
   either whole, with its outbox entry and access-log row, or not at all), and keep a gap-free outbox
   that replays to exactly the stored rows. At the end a sync makes the server equal to the laptop.
2. ``sync`` on one of two laptops is killed at random points of push and pull against a real
   ``polku-server serve``, with edits on both laptops between kills; at the end both converge.
3. The server process is killed while a laptop pushes (and another pulls) and restarted on the same
   database: no change is applied twice or lost, and the devices converge.

Kills per test: 5 by default, 50 in the ``slow`` variants, ``POLKU_CRASH_KILLS`` overrides both.
The random delays come from a seed printed at the start of each test (``-s`` shows it), and
``POLKU_CRASH_SEED`` replays one. The server runs on SQLite, or on PostgreSQL when
``POLKU_TEST_DATABASE_URL`` is set.
"""

from __future__ import annotations

import json
import os
import random
import threading
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from app.sync_service import enroll_device, sync_now, transport_for
from app.workspace import create_workspace, open_workspace
from sync.client.engine import SyncOptions
from sync.server.db import Database, make_engine
from tests.conftest import FAST_KDF
from tests.support.crash import (
    PASS,
    PASSWORD,
    PHASES,
    Edit,
    Watched,
    check_edits,
    check_outbox,
    check_replay,
    check_server,
    converge,
    edit_round,
    in_flight,
    kill_after_ready,
    marks,
    new_laptop,
    open_checked,
    outbox_values,
    running_server,
    sync_in_thread,
    worker,
    worker_stderr,
)
from tests.support.crash_worker import setup_targets
from tests.support.sync import local_view, server_view

# -- the tests: each runs one scenario below ------------------------------------------------------


def test_killing_the_app_while_saving_loses_nothing(tmp_path: Path) -> None:
    crash_while_saving(tmp_path, _kills(5), _seed(11))


@pytest.mark.slow
def test_killing_the_app_while_saving_50_times_loses_nothing(tmp_path: Path) -> None:
    crash_while_saving(tmp_path, _kills(50), _seed(12))


def test_killing_sync_at_random_points_loses_nothing(tmp_path: Path) -> None:
    crash_while_syncing(tmp_path, _kills(5), _seed(21), clients=(8, 4), per_round=15)


@pytest.mark.slow
def test_killing_sync_50_times_loses_nothing(tmp_path: Path) -> None:
    crash_while_syncing(tmp_path, _kills(50), _seed(22), clients=(60, 30), per_round=25)


def test_killing_the_server_during_push_loses_nothing(tmp_path: Path) -> None:
    crash_server_during_push(tmp_path, _kills(5), _seed(31), clients=20, per_round=20)


@pytest.mark.slow
def test_killing_the_server_50_times_during_push_loses_nothing(tmp_path: Path) -> None:
    crash_server_during_push(tmp_path, _kills(50), _seed(32), clients=150, per_round=60)


# -- 1. killed while saving ----------------------------------------------------------------------


def crash_while_saving(tmp: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    folder = tmp / "anna"
    ws = create_workspace(folder, PASS, user="anna", kdf=FAST_KDF)
    setup_targets(ws, tmp, "297")
    ws.close()
    edits: list[Edit] = []
    new_clients: set[str] = set()
    landed: Counter[str] = Counter()
    started = time.monotonic()
    for run in range(kills):
        proc, lines = worker(tmp, "edit", "--profile", str(folder), "--targets", str(tmp / "targets.json"),
                             "--seed", str(seed * 1000 + run))  # fmt: skip
        killed, _ = kill_after_ready(proc, lines, rng.uniform(0.0, 0.4))
        assert killed, f"the worker stopped by itself: {worker_stderr(tmp)}"
        said = [x for x in lines.items if x["t"] == "done"]
        edits += [(x["entity"], x["id"], x["field"], x["value"]) for x in said]
        new_clients |= {x["id"] for x in said if x["kind"] == "new_client"}
        last = lines.last()
        before = lines.last("done", "ready")
        assert last is not None and before is not None, "killed before it was ready"
        ws = open_checked(folder)
        try:
            now = marks(ws)
            expected = {"outbox": before["outbox"], "access": before["access"]}
            if last["t"] == "about":  # killed inside a save: all of it or none of it
                done = in_flight(ws, last)
                carried = {v for (_e, _i, _f, v) in outbox_values(ws)}
                if done is None:
                    landed["inside a save, rolled back"] += 1
                    assert json.dumps(last["value"]) not in carried, "an outbox entry without its change"
                    assert now == expected, "a half transaction: outbox or access log grew alone"
                else:
                    landed["inside a save, committed before the report"] += 1
                    edits.append(done)
                    if last["kind"] == "new_client":
                        new_clients.add(done[1])
                    assert now["outbox"] > expected["outbox"] and now["access"] == expected["access"] + 1
            else:
                landed["between saves"] += 1
                assert now == expected
            check_outbox(ws, statuses=frozenset())
            check_edits(ws, edits)
            check_replay(ws)
            with ws.engine.connect() as conn:  # a new client and its two languages: one transaction
                query = "SELECT client_id, count(*) FROM client_language GROUP BY client_id"
                counts: dict[str, int] = {r[0]: r[1] for r in conn.exec_driver_sql(query)}
            assert all(counts.get(c) == 2 for c in new_clients)
        finally:
            ws.close()
    print(
        f"saving: {kills} kills, {len(edits)} committed edits, {dict(landed)}, "
        f"{time.monotonic() - started:.0f} s"
    )
    # The next sync carries everything: the server then holds exactly what the laptop holds.
    with running_server(tmp) as server:
        ws = open_workspace(folder, PASS)
        try:
            enroll_device(ws, server_url=server.url, username="anna", password=PASSWORD)
            report = sync_now(ws, options=SyncOptions(attempts=1))
            assert report.results.keys() <= {"applied"}
            check_outbox(ws, statuses=frozenset({"applied"}))
            with ws.session() as s:
                assert s.execute(text("SELECT count(*) FROM outbox")).scalar() == report.pushed
            db = Database(make_engine(server.database_url))
            try:
                mine = local_view(ws)
                assert server_view(SimpleNamespace(db=db), "anna") == mine  # type: ignore[arg-type]
                newest = {(e, i, f): v for e, i, f, v in edits}
                assert all(mine[(e, i)][f] == v for (e, i, f), v in newest.items())
                check_server(server.database_url, {"anna": ws})
            finally:
                db.close()
        finally:
            ws.close()


# -- 2. killed while syncing -----------------------------------------------------------------------


def crash_while_syncing(
    tmp: Path, kills: int, seed: int, *, clients: tuple[int, int], per_round: int
) -> None:
    rng = random.Random(seed)
    landed: Counter[str] = Counter()
    started = time.monotonic()
    with running_server(tmp) as server:
        folders = {
            user: new_laptop(tmp, user, server.url, clients=n, seed=seed + i)
            for i, (user, n) in enumerate(zip(("anna", "ben"), clients, strict=True))
        }
        edits: dict[str, list[Edit]] = {"anna": [], "ben": []}
        window, runs, killed = 1.5, 0, 0
        while killed < kills:
            assert runs < 4 * kills + 10, "the syncs keep finishing before the kill: more data needed"
            for user, folder in folders.items():  # edits on both laptops between kills
                ws = open_checked(folder)
                try:
                    edits[user] += edit_round(ws, user, rng, per_round, f"{runs}")
                finally:
                    ws.close()
            user = ("anna", "ben")[runs % 2]
            runs += 1
            proc, lines = worker(tmp, "sync", "--profile", str(folders[user]), "--push-batch", "5",
                                 "--pull-limit", "10")  # fmt: skip
            was_killed, ran = kill_after_ready(proc, lines, rng.uniform(0.0, window))
            last = lines.last()
            assert last is not None
            if was_killed:
                killed += 1
                landed[PHASES.get(last["t"], last["t"])] += 1
                window *= 1.1
            else:
                assert proc.returncode == 0 and last["t"] == "done", (
                    proc.returncode,
                    last,
                    worker_stderr(tmp),
                )
                landed["finished before the kill"] += 1
                window = max(0.2, 0.9 * ran)
            ws = open_checked(folders[user])
            try:
                check_outbox(ws)
                check_edits(ws, edits[user])
            finally:
                ws.close()
        print(f"syncing: {killed} kills in {runs} runs, {dict(landed)}, {time.monotonic() - started:.0f} s")
        converge(server, folders, edits)


# -- 3. the server killed during push --------------------------------------------------------------


def crash_server_during_push(tmp: Path, kills: int, seed: int, *, clients: int, per_round: int) -> None:
    rng = random.Random(seed)
    landed: Counter[str] = Counter()
    started = time.monotonic()
    with running_server(tmp) as server:
        folders = {
            "anna": new_laptop(tmp, "anna", server.url, clients=clients, seed=seed),
            "ben": new_laptop(tmp, "ben", server.url, clients=max(1, clients // 10), seed=seed + 1),
        }
        laptops = {user: open_workspace(folder, PASS) for user, folder in folders.items()}
        edits: dict[str, list[Edit]] = {"anna": [], "ben": []}
        options = SyncOptions(push_batch=10, pull_limit=25, pull_limit_max=25, attempts=1, retry_delay=0.0)
        window, rounds, killed = 1.0, 0, 0
        try:
            while killed < kills:
                assert rounds < 4 * kills + 10, "the syncs keep finishing before the kill: more data needed"
                rounds += 1
                edits["anna"] += edit_round(laptops["anna"], "anna", rng, per_round, f"{rounds}")
                edits["ben"] += edit_round(laptops["ben"], "ben", rng, max(1, per_round // 5), f"{rounds}")
                pushing = threading.Event()
                watched = {u: Watched(transport_for(ws), pushing if u == "anna" else threading.Event())
                           for u, ws in laptops.items()}  # fmt: skip
                outcome: dict[str, str] = {}

                threads = [
                    threading.Thread(target=sync_in_thread, args=(ws, watched[u], options, outcome, u))
                    for u, ws in laptops.items()
                ]
                for t in threads:
                    t.start()
                pushing.wait(60)
                pushed_at = time.monotonic()
                time.sleep(rng.uniform(0.0, window))  # the random moment of the crash
                if any(t.is_alive() for t in threads):
                    during = {
                        u: watched[u].last if t.is_alive() else "finished"
                        for u, t in zip(laptops, threads, strict=True)
                    }
                    server.kill()
                    killed += 1
                    landed[f"anna {during['anna']}, ben {during['ben']}"] += 1
                    window *= 1.1
                else:
                    landed["finished before the kill"] += 1
                    ended = [float(v) for k, v in outcome.items() if k.endswith(" ended")]
                    window = max(0.1, 0.8 * (max(ended, default=pushed_at + window) - pushed_at))
                for t in threads:
                    t.join(120)
                for w in watched.values():
                    w.inner.close()
                assert not [o for o in outcome.values() if o.startswith("error")], outcome
                print(f"round {rounds}: {killed} kills", end="\r")
                if server.proc is None:
                    server.start()  # the same database, the same port
                for user, ws in laptops.items():
                    check_outbox(ws)
                    check_edits(ws, edits[user])
            print(
                f"server kills: {killed} in {rounds} rounds, {time.monotonic() - started:.0f} s, "
                f"{dict(sorted(landed.items(), key=lambda kv: -kv[1]))}"
            )
        finally:
            for ws in laptops.values():
                ws.close()
        converge(server, folders, edits)


# -- knobs ---------------------------------------------------------------------------------------


def _kills(default: int) -> int:
    return int(os.environ.get("POLKU_CRASH_KILLS") or default)


def _seed(base: int) -> int:
    seed = int(os.environ.get("POLKU_CRASH_SEED") or base)
    print(f"crash test seed {seed} (POLKU_CRASH_SEED={seed} replays it)")
    return seed
