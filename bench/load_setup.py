"""The set-up of the load test (``bench.load``): a PostgreSQL database made and dropped for it, the
``polku-server serve`` process, the caseload uploaded by a real encrypted laptop, the users, and CPU
accounting of the processes from Linux's /proc."""

from __future__ import annotations

import os
import resource
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from sync.protocol import HEADER_PROTOCOL, HEADER_SCHEMA, PROTOCOL_VERSION, SCHEMA_VERSION
from tests.support.server import ServerProcess as SharedLauncher
from tests.support.sync import free_port

PASSWORD = "load test password"
PASSPHRASE = "load test passphrase"
# The demo data's municipalities (app.demo: Kuopio 70 %, the partners 10 % each) and how the
# simulated counsellors are spread over them.
MUNICIPALITIES = ("297", "857", "402", "204")
COUNSELLOR_MUNICIPALITY = ("297",) * 7 + ("857", "402", "204")
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
HEADERS = {HEADER_PROTOCOL: str(PROTOCOL_VERSION), HEADER_SCHEMA: str(SCHEMA_VERSION)}
CLK_TCK = os.sysconf("SC_CLK_TCK")


# -- PostgreSQL ----------------------------------------------------------------------------------


def pg_admin_url() -> str:
    return os.environ.get("POLKU_LOAD_PG") or os.environ.get("POLKU_TEST_DATABASE_URL") or DEFAULT_PG


def pg_reachable(url: str | None = None) -> bool:
    engine = create_engine(url or pg_admin_url(), connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
    finally:
        engine.dispose()


@contextmanager
def postgres_database(admin_url: str | None = None, *, prefix: str = "polku_load") -> Iterator[str]:
    """A new PostgreSQL database for one server (a unique name), dropped afterwards."""
    admin_url = admin_url or pg_admin_url()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    root = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with root.connect() as conn:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name}
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        root.dispose()


# -- CPU accounting (Linux /proc) ----------------------------------------------------------------


def _proc_stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds) of a process, or None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()  # after "pid (comm) "
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / CLK_TCK


def descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            st = _proc_stat(int(entry.name))
            if st is not None:
                parents[int(entry.name)] = st[0]
    out, todo = [root], [root]
    while todo:
        pid = todo.pop()
        kids = [child for child, parent in parents.items() if parent == pid]
        out += kids
        todo += kids
    return out


def cpu_of(pids: list[int]) -> dict[int, float]:
    return {pid: st[1] for pid in pids if (st := _proc_stat(pid)) is not None}


def self_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


# -- the server process --------------------------------------------------------------------------


class ServerProcess(SharedLauncher):
    """The tests' launcher (``tests/support/server.py``: started, /healthz awaited, stopped) with what a
    benchmark adds: worker processes, no throttling, their pids for CPU figures, the log's tail; it
    starts when made and stops at the end of a ``with`` block."""

    def __init__(self, database_url: str, data_dir: Path, *, workers: int = 1, start: bool = True) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        port = free_port()
        super().__init__(
            log=data_dir / f"server-{port}.log",
            database_url=database_url,
            data_dir=data_dir,
            args=("--host", "127.0.0.1", "--workers", str(workers), "--log-level", "warning"),
            env={**os.environ, "POLKU_SERVER_THROTTLE_BASE_SECONDS": "0"},
            port=port,
        )
        self.workers = workers
        self.url_of_database = database_url  # always set here (the shared launcher's may be None)
        if start:  # else the caller starts it (several at once: tests.support.server.start_together)
            self.start()

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.printed().splitlines()[-lines:])

    def pids(self) -> list[int]:
        assert self.proc is not None
        return descendants(self.proc.pid)

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def pg_backends(database_url: str) -> list[int]:
    name = make_url(database_url).database
    engine = create_engine(pg_admin_url())
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT pid FROM pg_stat_activity WHERE datname = :n"), {"n": name})
            return [int(r[0]) for r in rows]
    finally:
        engine.dispose()


# -- the caseload: uploaded by a real encrypted laptop -------------------------------------------


class Seeder:
    """An office laptop that sees every municipality and uploads demo clients to the server."""

    def __init__(self, server_url: str, database_url: str, folder: Path) -> None:
        from app.store.keyfile import KdfParams
        from app.workspace import create_workspace
        from sync.client.engine import enroll
        from sync.client.transport import HttpTransport
        from sync.server import admin
        from sync.server.db import Database, make_engine

        db = Database(make_engine(database_url))
        try:
            admin.create_user(
                db, username="seeder", password=PASSWORD, role="office", municipalities=list(MUNICIPALITIES)
            )
        finally:
            db.close()
        self.url = server_url
        self.ws = create_workspace(folder, PASSPHRASE, user="seeder", kdf=KdfParams.fast_for_tests())
        self.transport = HttpTransport(server_url, timeout=300)
        enroll(self.ws.engine, self.transport, server_url=server_url, username="seeder", password=PASSWORD)
        self.clients = 0
        self.upload_seconds = 0.0

    def add(self, clients: int, seed: int | None = None) -> int:
        """Make ``clients`` more demo clients and upload them; returns the rows pushed (and keeps the
        seconds the upload took, without making the demo data, in ``upload_seconds``)."""
        from app.demo import generate_demo_data
        from app.sync_service import sync_now
        from sync.client.engine import SyncOptions

        generate_demo_data(self.ws, clients=clients, seed=seed if seed is not None else self.clients + 1)
        self.clients += clients
        options = SyncOptions(push_batch=500, pull_limit=2000)
        report = sync_now(self.ws, transport=self.transport, options=options)
        self.upload_seconds = report.seconds
        bad = {k: v for k, v in report.results.items() if k != "applied"}
        if bad:
            raise RuntimeError(f"the upload was not simply applied: {bad}")
        return report.pushed

    def close(self) -> None:
        self.transport.close()
        self.ws.close()


def create_users(database_url: str, count: int) -> list[tuple[str, str]]:
    """``count`` counsellors, spread over the municipalities like the caseload; (name, municipality)."""
    from concurrent.futures import ThreadPoolExecutor

    from sync.server import admin
    from sync.server.db import Database, make_engine

    db = Database(make_engine(database_url))
    spread = COUNSELLOR_MUNICIPALITY
    users = [(f"load{i:03d}", spread[i % len(spread)]) for i in range(count)]
    try:
        existing = {d for d in _usernames(db)}

        def make(user: tuple[str, str]) -> None:
            if user[0] not in existing:
                admin.create_user(
                    db, username=user[0], password=PASSWORD, role="counsellor", municipalities=[user[1]]
                )

        with ThreadPoolExecutor(2) as pool:  # Argon2id releases the GIL
            list(pool.map(make, users))
    finally:
        db.close()
    return users


def _usernames(db: Any) -> list[str]:
    from sync.server.tables import User

    with Session(db.engine) as s:
        return list(s.scalars(select(User.username)))
