"""The rig of the sync figures (``bench.sync_figures``): the server's database (PostgreSQL or an
SQLite file), encrypted laptops enrolled with the server, transports that time or record requests,
the caseload grown fast by copying rows, and the straight-insert baseline of the initial pull.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from bench import load_setup

PASSPHRASE = "benchmark passphrase"


def rows_of(ws: Any) -> int:
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
    def __init__(self, server: load_setup.ServerProcess, database_url: str, folder: Path) -> None:
        from sync.server import admin
        from sync.server.db import Database, make_engine

        self.server = server
        self.folder = folder
        self.n = 0
        db = Database(make_engine(database_url))
        try:
            admin.create_user(
                db, username="reader", password=load_setup.PASSWORD, role="office",
                municipalities=list(load_setup.MUNICIPALITIES),
            )  # fmt: skip
        finally:
            db.close()
        self.seeder = load_setup.Seeder(server.url, database_url, folder / "seeder")

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
        enroll(ws.engine, t, server_url=self.server.url, username="reader", password=load_setup.PASSWORD)
        return ws, t

    def initial_pull(self) -> tuple[float, int, Any, float]:
        """A new laptop pulls the whole caseload: (seconds, rows, its workspace, seconds in /pull)."""
        from app.sync_service import sync_now

        ws, t = self.laptop()
        timed = Timed(t)
        report = sync_now(ws, transport=timed)
        return report.seconds, rows_of(ws), ws, timed.seconds.get("pull", 0.0)


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
            span = _time_span(rows)
            for copy in copies:
                space = uuid.UUID(int=copy)

                def new_id(old: str, space: uuid.UUID = space, later: int = copy * span) -> str:
                    return _copied_id(old, space, later)

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
        _settle(db.engine)
        return added
    finally:
        db.close()


def _time_span(rows: list[dict[str, Any]]) -> int:
    """Milliseconds from the first to the last time-ordered (version 7) row id, plus one."""
    stamps = [uuid.UUID(r["row_id"]).int >> 80 for r in rows if uuid.UUID(r["row_id"]).version == 7]
    return max(stamps) - min(stamps) + 1 if stamps else 0


def _copied_id(old: str, space: uuid.UUID, later_ms: int) -> str:
    """A copy's id for ``old``: unique to the copy (``space``) and, as the app's own ids are
    (``models.base.new_uuid``), time-ordered: made ``later_ms`` after the original, so a copied
    caseload looks like one made later. Other ids (not version 7) map to random ones."""
    mapped = uuid.uuid5(space, old)
    original = uuid.UUID(old)
    if original.version != 7:
        return str(mapped)
    stamp = (original.int >> 80) + later_ms
    return str(uuid.UUID(int=stamp << 80 | (mapped.int & ((1 << 80) - 1)) & ~(0xF << 76) | 0x7 << 76))


def _settle(engine: Any) -> None:
    """PostgreSQL: what autovacuum and the checkpointer do within minutes of a bulk load, done now,
    so the pulls measured next meet a server in its steady state. Otherwise the first reads of the
    new rows set their hint bits (writing the pages again) and vacuum and the checkpoint run during
    the measured pulls, competing with the laptop for this machine's two cores."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("CHECKPOINT")


def straight_insert(source: Any, folder: Path) -> float:
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


class server_database:
    """PostgreSQL (a database of its own) or an SQLite file."""

    def __init__(self, postgres: bool, folder: Path) -> None:
        self.postgres = postgres
        self.folder = folder
        self._pg: Any = None

    def __enter__(self) -> str:
        if self.postgres:
            self._pg = load_setup.postgres_database()
            return str(self._pg.__enter__())
        self.folder.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{self.folder / 'server.db'}"

    def __exit__(self, *exc: object) -> None:
        if self._pg is not None:
            self._pg.__exit__(*exc)
