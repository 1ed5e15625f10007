"""Sync benchmarks over loopback HTTP (issue: central sync server).

    .venv/bin/python -m bench.sync_bench [--clients 5000] [--database-url postgresql+psycopg://...]

Not a test (no pass/fail). A real server (uvicorn, SQLite in a temporary folder unless a
PostgreSQL URL is given) on 127.0.0.1, real encrypted profiles (SQLCipher; fast Argon2id only for
the unlock, which is not measured). Reports:
- upload: a demo laptop with N clients pushes its whole caseload (rows/s);
- initial pull: a new laptop pulls the caseload into its encrypted store (rows/s);
- push of 1,000 queued changes (and their pull by the first laptop);
- a sync with nothing to do (median ms).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from sqlalchemy import select

from app.demo import generate_demo_data
from app.store.keyfile import KdfParams
from app.sync_service import sync_now
from app.workspace import Workspace, create_workspace
from models import Client
from sync.client.engine import SyncOptions, enroll
from sync.client.transport import HttpTransport
from sync.server import admin
from sync.server.app import create_app
from sync.server.db import Database, make_engine
from sync.server.settings import ServerSettings

PASSPHRASE = "benchmark passphrase"
PASSWORD = "benchmark password"
MUNICIPALITIES = ["297", "857", "402", "204", "778", "686"]
OPTIONS = SyncOptions(push_batch=500, pull_limit=2000)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _laptop(folder: Path, user: str, url: str) -> Workspace:
    ws = create_workspace(folder, PASSPHRASE, user=user, kdf=KdfParams.fast_for_tests())
    enroll(ws.engine, HttpTransport(url), server_url=url, username=user, password=PASSWORD)
    return ws


def _rows(ws: Workspace) -> int:
    from models import SYNCED_MODELS

    total = 0
    with ws.engine.connect() as conn:
        for model in SYNCED_MODELS:
            total += int(conn.exec_driver_sql(f"SELECT count(*) FROM {model.__tablename__}").scalar() or 0)  # type: ignore[attr-defined]
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="polku-sync-bench-"))
    settings = ServerSettings(data_dir=tmp / "server", database_url=args.database_url)
    db = Database(make_engine(settings.url()))
    app = create_app(settings, database=db)
    for user in ("anna", "ben"):
        admin.create_user(
            db, username=user, password=PASSWORD, role="counsellor", municipalities=MUNICIPALITIES
        )
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    print(f"server: {settings.url().split(':')[0]} on {url}; {args.clients} clients")

    anna = _laptop(tmp / "anna", "anna", url)
    started = time.perf_counter()
    generate_demo_data(anna, clients=args.clients, seed=1)
    rows = _rows(anna)
    print(f"demo data: {rows} rows in {time.perf_counter() - started:.1f} s")

    report = sync_now(anna, transport=HttpTransport(url), options=OPTIONS)
    print(
        f"upload:       {report.pushed} changes in {report.seconds:.1f} s = "
        f"{report.pushed / report.seconds:,.0f} rows/s"
    )

    ben = _laptop(tmp / "ben", "ben", url)
    report = sync_now(ben, transport=HttpTransport(url), options=OPTIONS)
    got = _rows(ben)
    print(
        f"initial pull: {got} rows in {report.seconds:.1f} s = {got / report.seconds:,.0f} rows/s "
        "(encrypted store)"
    )

    with ben.session() as s:
        clients = list(s.scalars(select(Client).limit(1000)))
        for n, client in enumerate(clients):
            client.phone = f"+358 40 {n:07d}"
    t = HttpTransport(url)
    started = time.perf_counter()
    report = sync_now(ben, transport=t, options=OPTIONS)
    print(f"push 1,000:   {report.pushed} changes in {time.perf_counter() - started:.2f} s (whole sync)")
    report = sync_now(anna, transport=t, options=OPTIONS)
    print(f"pull 1,000:   {report.pulled} rows in {report.seconds:.2f} s")

    samples = []
    for _ in range(20):
        started = time.perf_counter()
        sync_now(ben, transport=t, options=OPTIONS)
        samples.append(time.perf_counter() - started)
    print(
        f"no-op sync:   median {statistics.median(samples) * 1000:.0f} ms, "
        f"max {max(samples) * 1000:.0f} ms (n=20)"
    )

    anna.close()
    ben.close()
    server.should_exit = True
    thread.join(timeout=10)
    db.close()


if __name__ == "__main__":
    main()
