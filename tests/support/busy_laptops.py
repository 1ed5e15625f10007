"""Laptops that keep working (no tests here): real encrypted profiles with demo clients, enrolled with
a real ``polku-server serve`` process, editing through the app's services and syncing over HTTP,
each on its own thread; and what must hold when they stop (nothing lost, everyone equal to the
server). Used by the restore drill (``tests/support/restore_drill.py``) and the scale-out test
(``tests/sync/server/test_scale_out.py``)."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sync_service import SyncProblem, sync_now
from app.workspace import Workspace, open_workspace
from models import Client
from sync.client.engine import SyncOptions, SyncReport
from sync.client.transport import HttpTransport
from sync.server import admin
from sync.server.db import Database, make_engine, migrate
from tests.support.crash import PASS, PASSWORD, Edit, edit_round, new_laptop
from tests.support.server import MUNICIPALITIES
from tests.support.sync import local_view, server_view

OPTIONS = SyncOptions(attempts=1)


class StepFailed(Exception):
    """A step did not complete (a command exited non-zero, the laptops did not get their syncs done)."""


@dataclass
class Laptop:
    user: str
    ws: Workspace
    own: list[str]  # the clients it made: only it changes their phones, so nothing conflicts
    rng: random.Random
    # Several servers (one database): each sync goes to one of them at random (its own generator, so
    # the sequence does not depend on timing); none: the server the laptop enrolled with.
    servers: list[str] = field(default_factory=list)
    switch: random.Random = field(default_factory=random.Random)
    edits: list[tuple[str, Edit]] = field(default_factory=list)  # (phase, edit)
    synced: Counter[str] = field(default_factory=Counter)  # syncs that started in a phase and ended well
    served_by: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)
    reports: list[SyncReport] = field(default_factory=list)
    spans: list[tuple[float, float]] = field(default_factory=list)  # (start, end) of every sync

    def edit(self, count: int, phase: str) -> None:
        tag = f"{phase}{len(self.edits)}"
        self.edits += [(phase, e) for e in edit_round(self.ws, self.user, self.rng, count, tag, own=self.own)]

    def sync(self) -> SyncReport:
        url = self.switch.choice(self.servers) if self.servers else None
        transport = HttpTransport(url) if url else None
        started = time.monotonic()
        try:
            report = sync_now(self.ws, transport=transport, options=OPTIONS)
        finally:
            self.spans.append((started, time.monotonic()))
            if transport is not None:
                transport.close()
        self.served_by[url or "enrolled"] += 1
        self.reports.append(report)
        return report


def counsellors(url: str, names: list[str]) -> None:
    """Counsellors who each see every municipality, so every laptop holds every row."""
    db = Database(make_engine(url))
    try:
        migrate(db.engine)
        for name in names:
            admin.create_user(
                db, username=name, password=PASSWORD, role="counsellor", municipalities=MUNICIPALITIES
            )
    finally:
        db.close()


def new_laptops(
    folder: Path, database_url: str, server_url: str, count: int, clients: int, *, prefix: str = "drill"
) -> list[Laptop]:
    """``count`` counsellors, each with a laptop holding ``clients`` demo clients of its own, enrolled
    with the server at ``server_url``. The caller closes the laptops (``ws.close``)."""
    names = [f"{prefix}{i + 1:02d}" for i in range(count)]
    counsellors(database_url, names)
    out = []
    for i, name in enumerate(names):
        laptop = new_laptop(folder, name, server_url, clients=clients, seed=100 + i)
        ws = open_workspace(laptop, PASS)
        with ws.engine.connect() as conn:
            own = list(conn.execute(select(Client.id).order_by(Client.id)).scalars())
        out.append(Laptop(name, ws, own, random.Random(i), switch=random.Random(1000 + i)))
    return out


class Busy:
    """Every laptop edits and syncs in a loop, each on its own thread, until ``stop``. ``phase``
    names the moment (before the backup, during it, after it); each edit and sync is counted in the
    phase it started in."""

    def __init__(self, laptops: list[Laptop], *, edits: int = 2, pause: float = 0.3) -> None:
        self.laptops = laptops
        self.edits = edits
        self.pause = pause
        self.phase = "before"
        self.halt = threading.Event()
        self.errors: list[str] = []
        self.threads = [threading.Thread(target=self._loop, args=(lap,), daemon=True) for lap in laptops]

    def __enter__(self) -> Busy:
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.halt.set()
        for t in self.threads:
            t.join(300)

    def _loop(self, lap: Laptop) -> None:
        try:
            while not self.halt.is_set():
                phase = self.phase
                lap.edit(self.edits, phase)
                try:
                    lap.sync()
                    lap.synced[phase] += 1
                except SyncProblem as exc:  # counted; the checks at the end say whether it mattered
                    lap.failed.append(f"{phase}: {exc.code}")
                self.halt.wait(lap.rng.uniform(0, self.pause))
        except BaseException as exc:  # anything else fails the drill, on the caller's thread
            self.errors.append(f"{lap.user}: {type(exc).__name__}: {exc}")

    def wait(self, phase: str, syncs: int, timeout: float = 600) -> None:
        """Until every laptop finished ``syncs`` syncs that started in ``phase``."""
        deadline = time.monotonic() + timeout
        while any(lap.synced[phase] < syncs for lap in self.laptops):
            if self.errors:
                raise StepFailed("; ".join(self.errors))
            if time.monotonic() > deadline:
                raise StepFailed(f"the laptops did not finish {syncs} syncs in phase {phase!r}")
            time.sleep(0.1)


def newest(laptops: list[Laptop], phases: set[str] | None = None) -> dict[tuple[str, str, str], Any]:
    """The newest value of every (entity, row, field) the laptops edited (each field has one writer)."""
    return {
        (e, i, f): v for lap in laptops for phase, (e, i, f, v) in lap.edits if not phases or phase in phases
    }


def missing_on_server(url: str, values: dict[tuple[str, str, str], Any]) -> list[tuple[str, str, str]]:
    """The edits whose value the server's row does not hold."""
    from sync.server.tables import RowState

    db = Database(make_engine(url))
    try:
        with Session(db.engine) as s:
            rows = {(r.entity, r.row_id): r.data for r in s.scalars(select(RowState))}
    finally:
        db.close()
    return [key for key, value in values.items() if rows.get(key[:2], {}).get(key[2]) != value]


# -- what must hold at the end -------------------------------------------------------------------


@dataclass
class Outcome:
    """What the laptops and the server hold after the last sync."""

    missing: list[tuple[str, str, str]]  # edits whose newest value the server lacks
    diverged: list[str]  # laptops whose rows differ from the server's
    not_union: int  # rows the server has that no laptop has, or the other way round
    unanswered: dict[str, int]  # laptop -> outbox entries with no answer
    statuses: Counter[str]  # the answers every laptop holds
    open_conflicts: int

    @property
    def lost_nothing(self) -> bool:
        return not (self.missing or self.diverged or self.not_union or any(self.unanswered.values())) and set(
            self.statuses
        ) <= {"applied", "merged"}


def outcome(url: str, laptops: list[Laptop]) -> Outcome:
    from sync.server.tables import Conflict, RowState

    db = Database(make_engine(url))
    try:
        views = {lap.user: local_view(lap.ws) for lap in laptops}
        diverged = [
            lap.user
            for lap in laptops
            if views[lap.user] != server_view(SimpleNamespace(db=db), lap.user)  # type: ignore[arg-type]
        ]
        with Session(db.engine) as s:
            on_server = {(r.entity, r.row_id) for r in s.scalars(select(RowState))}
            conflicts = len(list(s.scalars(select(Conflict.id).where(Conflict.resolved_at.is_(None)))))
    finally:
        db.close()
    union = {key for view in views.values() for key in view}
    unanswered, statuses = {}, Counter[str]()
    for lap in laptops:
        with lap.ws.engine.connect() as conn:
            unanswered[lap.user] = int(
                conn.exec_driver_sql(
                    "SELECT count(*) FROM outbox LEFT JOIN sync_outbox_state s ON s.seq = outbox.seq "
                    "WHERE s.seq IS NULL"
                ).scalar()
                or 0
            )
            statuses.update(r[0] for r in conn.exec_driver_sql("SELECT status FROM sync_outbox_state"))
    return Outcome(
        missing_on_server(url, newest(laptops)),
        diverged,
        len(on_server ^ union),
        unanswered,
        statuses,
        conflicts,
    )


def sync_all(laptops: list[Laptop], rounds: int = 2) -> None:
    """Every laptop syncs, in a random order, ``rounds`` times over (the later rounds bring each
    laptop what the others re-sent after it)."""
    order = list(laptops)
    for _ in range(rounds):
        random.shuffle(order)
        for lap in order:
            lap.sync()
