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
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.clients import update_client
from app.demo import generate_demo_data
from app.meetings import add_note
from app.store.engine import integrity_problems
from app.sync_service import SyncProblem, enroll_device, sync_now, transport_for
from app.workspace import Workspace, create_workspace, open_workspace
from models import Client
from sync.client.engine import SyncOptions
from sync.client.local import TABLES
from sync.client.transport import HttpTransport, Reply, Transport
from sync.entities import specs, to_wire
from sync.server import admin
from sync.server.db import Database, make_engine, migrate
from tests.conftest import FAST_KDF
from tests.support.crash_worker import setup_targets
from tests.support.server import MUNICIPALITIES, REPO, ServerProcess, cli_env
from tests.support.sync import local_view, server_database, server_view

PASS = "crash test passphrase"
PASSWORD = "crash test server password"
Edit = tuple[str, str, str, Any]  # entity, row id, field, value


def _kills(default: int) -> int:
    return int(os.environ.get("POLKU_CRASH_KILLS") or default)


def _seed(base: int) -> int:
    seed = int(os.environ.get("POLKU_CRASH_SEED") or base)
    print(f"crash test seed {seed} (POLKU_CRASH_SEED={seed} replays it)")
    return seed


# -- processes -----------------------------------------------------------------------------------


class Lines:
    """Reads a worker's JSON lines on a thread (the pipe never fills); ``ready`` is set when seen."""

    def __init__(self, stream: IO[str]) -> None:
        self.items: list[dict[str, Any]] = []
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            if not line.endswith("\n"):
                break  # cut short by the kill: never said
            self.items.append(json.loads(line))
            if self.items[-1]["t"] == "ready":
                self.ready.set()
        self.ready.set()  # the process ended (or died) before it was ready

    def last(self, *kinds: str) -> dict[str, Any] | None:
        return next((x for x in reversed(self.items) if not kinds or x["t"] in kinds), None)


def worker(tmp: Path, *args: str) -> tuple[subprocess.Popen[str], Lines]:
    errors = (tmp / "worker-stderr.txt").open("a")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_worker", *args],
        cwd=REPO,
        env=cli_env(tmp, POLKU_PASSPHRASE=PASS),
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
    )
    errors.close()
    assert proc.stdout is not None
    return proc, Lines(proc.stdout)


def _stderr(tmp: Path) -> str:
    return (tmp / "worker-stderr.txt").read_text("utf-8", "replace")[-3000:]


def kill_after_ready(proc: subprocess.Popen[str], lines: Lines, delay: float) -> tuple[bool, float]:
    """SIGKILL ``delay`` seconds after the worker said ``ready``; (killed, seconds it ran after ready).
    False when it had already finished by itself."""
    assert lines.ready.wait(120), "the worker never became ready"
    started = time.monotonic()
    time.sleep(delay)  # the random moment of the crash, not a synchronisation
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    lines.thread.join(30)
    return killed, time.monotonic() - started


@contextmanager
def running_server(tmp: Path) -> Iterator[ServerProcess]:
    """A server database (SQLite, or PostgreSQL with ``POLKU_TEST_DATABASE_URL``) with users anna and
    ben, served by a real ``polku-server serve`` process."""
    with server_database(tmp / "srvdb") as url:
        db = Database(make_engine(url))
        migrate(db.engine)
        for user in ("anna", "ben"):
            admin.create_user(
                db, username=user, password=PASSWORD, role="counsellor", municipalities=MUNICIPALITIES
            )
        db.close()
        server = ServerProcess(tmp / "server-log.txt", url, None, ("--log-level", "warning"), cli_env(tmp))
        server.start()
        try:
            yield server
        finally:
            server.stop()


def new_laptop(tmp: Path, user: str, server_url: str, *, clients: int, seed: int) -> Path:
    folder = tmp / user
    ws = create_workspace(folder, PASS, user=user, kdf=FAST_KDF)
    try:
        if clients:
            generate_demo_data(ws, clients=clients, seed=seed)
        enroll_device(ws, server_url=server_url, username=user, password=PASSWORD)
    finally:
        ws.close()
    return folder


# -- what must hold after every crash --------------------------------------------------------------


def open_checked(folder: Path) -> Workspace:
    """Open with the current code: no damage (SQLCipher page HMACs, SQLite's full integrity check)."""
    ws = open_workspace(folder, PASS)
    try:
        assert integrity_problems(ws.engine, full=True) == []
        with ws.engine.connect() as conn:
            assert [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")] == ["ok"]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    except BaseException:
        ws.close()
        raise
    return ws


def _rows(conn: Any, entity: str) -> dict[str, dict[str, Any]]:
    table = TABLES[entity]
    return {r["id"]: dict(r) for r in conn.execute(select(table)).mappings()}


def check_outbox(ws: Workspace, *, statuses: frozenset[str] = frozenset({"applied", "merged"})) -> None:
    """The outbox is whole: seq 1..N without a gap (and the AUTOINCREMENT counter at N, so no number
    was handed out by a transaction that half survived), answers only for a prefix of it, and every
    entry's row is there."""
    with ws.engine.connect() as conn:
        seqs = [r[0] for r in conn.exec_driver_sql("SELECT seq FROM outbox ORDER BY seq")]
        assert seqs == list(range(1, len(seqs) + 1)), "the outbox has a gap"
        counter = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").scalar()
        assert (counter or 0) == len(seqs)
        answered = [r[0] for r in conn.exec_driver_sql("SELECT seq FROM sync_outbox_state ORDER BY seq")]
        assert answered == seqs[: len(answered)], "answers are not a prefix of the outbox"
        found = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT status FROM sync_outbox_state")}
        assert found <= statuses, found
        missing = []
        for entity, row_id in conn.exec_driver_sql("SELECT DISTINCT entity, row_id FROM outbox"):
            table = TABLES[entity]
            if conn.execute(select(table.c.id).where(table.c.id == row_id)).first() is None:
                missing.append((entity, row_id))
        assert missing == [], f"outbox entries without their row: {missing[:5]}"


def outbox_values(ws: Workspace) -> set[tuple[str, str, str, str]]:
    """Every (entity, row id, field, value) some outbox entry carries (values as JSON text)."""
    out = set()
    with ws.engine.connect() as conn:
        for entity, row_id, fields in conn.exec_driver_sql("SELECT entity, row_id, fields FROM outbox"):
            for name, value in json.loads(fields).items():
                out.add((entity, row_id, name, json.dumps(value)))
    return out


def check_edits(ws: Workspace, edits: list[Edit]) -> None:
    """Every committed edit has its outbox entry, and the newest value of each field is stored."""
    carried = outbox_values(ws)
    lost = [e for e in edits if (e[0], e[1], e[2], json.dumps(e[3])) not in carried]
    assert lost == [], f"{len(lost)} committed edits have no outbox entry, e.g. {lost[:3]}"
    newest = {(e, i, f): v for e, i, f, v in edits}
    with ws.engine.connect() as conn:
        rows = {entity: _rows(conn, entity) for entity in {k[0] for k in newest}}
    wrong = [
        (key, value, to_wire(rows[key[0]][key[1]][key[2]]) if key[1] in rows[key[0]] else "missing")
        for key, value in newest.items()
        if key[1] not in rows[key[0]] or to_wire(rows[key[0]][key[1]][key[2]]) != value
    ]
    assert wrong == [], f"{len(wrong)} committed values are not stored, e.g. {wrong[:3]}"


def check_replay(ws: Workspace) -> None:
    """Before any sync: applying the outbox in order gives exactly the stored rows (so no change
    was committed without its entry, and no entry without its change)."""
    folded: dict[tuple[str, str], dict[str, Any]] = {}
    inserted: set[tuple[str, str]] = set()
    with ws.engine.connect() as conn:
        for entity, row_id, op, fields in conn.exec_driver_sql(
            "SELECT entity, row_id, op, fields FROM outbox ORDER BY seq"
        ):
            if op == "insert":
                assert (entity, row_id) not in inserted, "a row inserted twice"
                inserted.add((entity, row_id))
            folded.setdefault((entity, row_id), {}).update(json.loads(fields))
        differ = []
        for entity in TABLES:
            columns = specs()[entity].columns
            for row_id, row in _rows(conn, entity).items():
                assert (entity, row_id) in inserted, f"a {entity} row without its insert entry"
                values = folded[(entity, row_id)]
                for name, col in columns.items():
                    want = values.get(name)
                    if want is None and (name not in values or col.has_default):
                        continue  # the ORM filled a default after the hook ran
                    if to_wire(row[name]) != want:
                        differ.append((entity, name))
                if bool(row["deleted"]) != bool(values.get("deleted", False)):
                    differ.append((entity, "deleted"))
    assert differ == [], f"rows differ from their outbox: {differ[:5]}"


def marks(ws: Workspace) -> dict[str, int]:
    with ws.engine.connect() as conn:
        return {
            "outbox": int(conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM outbox").scalar() or 0),
            "access": int(conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM access_log").scalar() or 0),
        }


# -- 1. killed while saving ----------------------------------------------------------------------

WHERE = {  # worker kind -> (entity, field) holding its value
    "address": ("client", "address"),
    "new_client": ("client", "last_name"),
    "note": ("note", "text"),
    "assessment": ("assessment", "outcome_notes"),
    "goal_text": ("plan_goal", "text"),
    "new_goal": ("plan_goal", "text"),
    "meeting": ("meeting", "place"),
}


def _in_flight(ws: Workspace, about: dict[str, Any]) -> Edit | None:
    """The edit the worker was saving when killed, if its transaction committed."""
    entity, name = WHERE[about["kind"]]
    table = TABLES[entity]
    with ws.engine.connect() as conn:
        ids = list(conn.execute(select(table.c.id).where(table.c[name] == about["value"])).scalars())
    assert len(ids) <= 1
    return (entity, ids[0], name, about["value"]) if ids else None


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
        assert killed, f"the worker stopped by itself: {_stderr(tmp)}"
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
                done = _in_flight(ws, last)
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


def test_killing_the_app_while_saving_loses_nothing(tmp_path: Path) -> None:
    crash_while_saving(tmp_path, _kills(5), _seed(11))


@pytest.mark.slow
def test_killing_the_app_while_saving_50_times_loses_nothing(tmp_path: Path) -> None:
    crash_while_saving(tmp_path, _kills(50), _seed(12))


# -- shared by the sync crash tests ----------------------------------------------------------------


def edit_round(ws: Workspace, user: str, rng: random.Random, count: int, tag: str) -> list[Edit]:
    """Edits through the services between syncs: anna changes phones, ben addresses (never the same
    field, so nothing conflicts), both write notes."""
    with ws.engine.connect() as conn:
        ids = list(
            conn.execute(select(Client.id).where(Client.deleted.is_(False)).order_by(Client.id)).scalars()
        )
    out: list[Edit] = []
    for i in range(count):
        client, value = rng.choice(ids), f"{user} {tag}-{i}"
        if rng.random() < 0.75:
            name = "phone" if user == "anna" else "address"
            update_client(ws, client_id=client, changes={name: value})
            out.append(("client", client, name, value))
        else:
            out.append(("note", add_note(ws, client_id=client, text=value).id, "text", value))
    return out


def check_server(database_url: str, laptops: dict[str, Workspace]) -> None:
    """The server's global sequence has no duplicates, every pushed change was applied exactly once
    (one stored answer per device seq, one revision per applied answer), the access log is whole."""
    from sync.server.tables import AccessLog, Device, MutationResult, RowRevision, RowState, ServerState

    db = Database(make_engine(database_url))
    try:
        with Session(db.engine) as s:
            last = s.get(ServerState, 1).last_seq  # type: ignore[union-attr]
            seqs = list(s.scalars(select(RowRevision.server_seq)))
            assert len(seqs) == len(set(seqs)), "a sequence number was handed out twice"
            assert max(seqs, default=0) <= last
            assert max(s.scalars(select(RowState.server_seq)), default=0) <= last
            for ws in laptops.values():
                device_id = ws.actor.device_id
                device = s.get(Device, device_id)
                assert device is not None
                with ws.engine.connect() as conn:
                    rows = conn.exec_driver_sql("SELECT seq, mutation_id FROM outbox")
                    outbox: dict[int, str] = {r[0]: r[1] for r in rows}
                    logged = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM access_log").scalar()
                results = {
                    r.seq: r
                    for r in s.scalars(select(MutationResult).where(MutationResult.device_id == device_id))
                }
                assert sorted(results) == list(range(1, device.last_seq + 1)) == sorted(outbox)
                assert {q: r.mutation_id for q, r in results.items()} == outbox
                revisions = Counter(
                    s.scalars(select(RowRevision.device_seq).where(RowRevision.device_id == device_id))
                )
                applied = {q for q, r in results.items() if r.result["status"] in ("applied", "merged")}
                assert applied == set(results), Counter(r.result["status"] for r in results.values())
                assert revisions == Counter(applied), "a change applied twice, or not at all"
                stored = list(s.scalars(select(AccessLog.seq).where(AccessLog.device_id == device_id)))
                assert sorted(stored) == list(range(1, device.access_log_seq + 1))
                assert device.access_log_seq == logged
    finally:
        db.close()


def converge(server: ServerProcess, folders: dict[str, Path], edits: dict[str, list[Edit]]) -> None:
    """Clean syncs on both laptops, twice round: both equal the server, every edit is everywhere."""
    for user in ("anna", "ben", "anna", "ben"):
        ws = open_checked(folders[user])
        try:
            sync_now(ws, options=SyncOptions(attempts=1))
        finally:
            ws.close()
    laptops = {user: open_checked(folder) for user, folder in folders.items()}
    db = Database(make_engine(server.database_url))
    try:
        views = {user: local_view(ws) for user, ws in laptops.items()}
        for user, ws in laptops.items():
            check_outbox(ws)
            with ws.engine.connect() as conn:
                unanswered = conn.exec_driver_sql(
                    "SELECT count(*) FROM outbox LEFT JOIN sync_outbox_state s ON s.seq = outbox.seq "
                    "WHERE s.seq IS NULL"
                ).scalar()
            assert unanswered == 0
            assert server_view(SimpleNamespace(db=db), user) == views[user]  # type: ignore[arg-type]
        assert views["anna"] == views["ben"]
        newest = {(e, i, f): v for user_edits in edits.values() for e, i, f, v in user_edits}
        lost = [(k, v) for k, v in newest.items() if views["anna"].get(k[:2], {}).get(k[2]) != v]
        assert lost == [], f"{len(lost)} edits lost, e.g. {lost[:3]}"
        check_server(server.database_url, laptops)
    finally:
        db.close()
        for ws in laptops.values():
            ws.close()


# -- 2. killed while syncing -----------------------------------------------------------------------

PHASES = {
    "ready": "before the first request",
    ">hello": "hello",
    "<hello": "hello",
    ">push": "push sent, answer not yet in",
    "<push": "push answered, recording it",
    "=push": "between push batches",
    ">pull": "pull sent, page not yet in",
    "<pull": "pull page in, applying it",
    "=pull": "between pull pages",
    "done": "sync done, process exiting",
}


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
                assert proc.returncode == 0 and last["t"] == "done", (proc.returncode, last, _stderr(tmp))
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


def test_killing_sync_at_random_points_loses_nothing(tmp_path: Path) -> None:
    crash_while_syncing(tmp_path, _kills(5), _seed(21), clients=(8, 4), per_round=15)


@pytest.mark.slow
def test_killing_sync_50_times_loses_nothing(tmp_path: Path) -> None:
    crash_while_syncing(tmp_path, _kills(50), _seed(22), clients=(60, 30), per_round=25)


# -- 3. the server killed during push --------------------------------------------------------------


class Watched:
    """A laptop's transport that remembers the request in flight (for the report)."""

    def __init__(self, inner: HttpTransport, pushing: threading.Event) -> None:
        self.inner = inner
        self.pushing = pushing
        self.last = "start"

    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        name = path.rsplit("/", 1)[-1]
        self.last = ">" + name
        if name == "push":
            self.pushing.set()
        reply = self.inner.request(method, path, **kwargs)
        self.last = "<" + name
        return reply


def _sync_in_thread(
    ws: Workspace, transport: Transport, options: SyncOptions, outcome: dict[str, str], user: str
) -> None:
    try:
        sync_now(ws, transport=transport, options=options)
        outcome[user] = "done"
        outcome[f"{user} ended"] = str(time.monotonic())
    except SyncProblem as exc:  # the server went away: the sync stops, to resume next time
        outcome[user] = f"failed {exc.code}"
    except BaseException as exc:  # anything else fails the test (on the test's thread)
        outcome[user] = f"error {type(exc).__name__}: {exc}"


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
        options = SyncOptions(push_batch=10, pull_limit=25, attempts=1, retry_delay=0.0)
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
                    threading.Thread(target=_sync_in_thread, args=(ws, watched[u], options, outcome, u))
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


def test_killing_the_server_during_push_loses_nothing(tmp_path: Path) -> None:
    crash_server_during_push(tmp_path, _kills(5), _seed(31), clients=20, per_round=20)


@pytest.mark.slow
def test_killing_the_server_50_times_during_push_loses_nothing(tmp_path: Path) -> None:
    crash_server_during_push(tmp_path, _kills(50), _seed(32), clients=150, per_round=60)
