"""The machinery of the crash proofs (``tests/proofs/test_crash.py``), no tests here: the worker
processes that get killed, the server they sync with, and what must hold after every crash (the
profile opens and passes the integrity checks, every reported edit is there, the outbox is gap-free and
replays to the stored rows, the server holds exactly what the laptops hold)."""

from __future__ import annotations

import json
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

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import update_client
from app.demo import generate_demo_data
from app.meetings import add_note
from app.store.engine import integrity_problems
from app.sync_service import SyncProblem, enroll_device, sync_now
from app.workspace import Workspace, create_workspace, open_workspace
from models import Client
from sync.client.bookkeeping import TABLES
from sync.client.engine import SyncOptions
from sync.client.transport import HttpTransport, Reply, Transport
from sync.entities import specs, to_wire
from sync.server import admin
from sync.server.db import Database, make_engine, migrate
from tests.conftest import FAST_KDF
from tests.support.server import MUNICIPALITIES, REPO, ServerProcess, cli_env
from tests.support.sync import local_view, server_database, server_view

PASS = "crash test passphrase"
PASSWORD = "crash test server password"
Edit = tuple[str, str, str, Any]  # entity, row id, field, value


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


def worker_stderr(tmp: Path) -> str:
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


# -- killed while saving ------------------------------------------------------------------------

WHERE = {  # worker kind -> (entity, field) holding its value
    "address": ("client", "address"),
    "new_client": ("client", "last_name"),
    "note": ("note", "text"),
    "assessment": ("assessment", "outcome_notes"),
    "goal_text": ("plan_goal", "text"),
    "new_goal": ("plan_goal", "text"),
    "meeting": ("meeting", "place"),
}


def in_flight(ws: Workspace, about: dict[str, Any]) -> Edit | None:
    """The edit the worker was saving when killed, if its transaction committed."""
    entity, name = WHERE[about["kind"]]
    table = TABLES[entity]
    with ws.engine.connect() as conn:
        ids = list(conn.execute(select(table.c.id).where(table.c[name] == about["value"])).scalars())
    assert len(ids) <= 1
    return (entity, ids[0], name, about["value"]) if ids else None


# -- shared by the sync crash tests ----------------------------------------------------------------


def edit_round(
    ws: Workspace,
    user: str,
    rng: random.Random,
    count: int,
    tag: str,
    *,
    own: list[str] | None = None,
) -> list[Edit]:
    """Edits through the services between syncs: anna changes phones, ben addresses (never the same
    field, so nothing conflicts), both write notes. With ``own`` (more laptops than two): the laptop
    changes the phones of those clients only (its own: again nothing conflicts), notes go anywhere."""
    with ws.engine.connect() as conn:
        ids = list(
            conn.execute(select(Client.id).where(Client.deleted.is_(False)).order_by(Client.id)).scalars()
        )
    out: list[Edit] = []
    for i in range(count):
        client, value = rng.choice(ids), f"{user} {tag}-{i}"
        if rng.random() < 0.75:
            name = "phone" if user == "anna" or own is not None else "address"
            client = rng.choice(own) if own is not None else client
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


def sync_in_thread(
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
