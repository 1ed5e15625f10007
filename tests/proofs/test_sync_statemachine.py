"""A Hypothesis state machine: 3-6 devices with real encrypted profiles, each with its own wrong
clock, against the real server app (SQLite, or PostgreSQL when POLKU_TEST_DATABASE_URL is set).
Random creates, edits, child-list adds and removes, notes, deletes, caseload moves, offline periods,
syncs, re-sent pushes and conflict resolutions; the invariants of shared/docs/sync.md are checked
after every step, and convergence at the end."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clients import delete_client, update_client
from app.errors import NotFound
from app.meetings import add_note
from app.sync_service import list_conflicts, resolve_conflict
from models import ClientLanguage, OutboxEntry, SyncConflict, SyncOutboxState, utcnow
from models.enums import LanguageLevel
from sync.client import bookkeeping as local
from sync.server import admin
from sync.server.tables import (
    Conflict,
    MutationResult,
    RowRevision,
    RowState,
    ServerState,
)
from sync.server.tables import (
    Device as ServerDevice,
)
from tests.support.sync import (
    Device,
    RecordingTransport,
    Server,
    add_client,
    local_view,
    new_device,
    run_machine,
    server_database,
    server_view,
)

USERS = [
    ("anna", "counsellor", ("297",)),
    ("ben", "counsellor", ("297",)),
    ("carl", "office", ("297", "204")),
    ("dana", "counsellor", ("204",)),
]
SCOPE = {u: set(m) for u, _r, m in USERS}
TEXT = st.sampled_from(["A", "B", "C", "D"])
MAX_RESTORES = 2  # per example: each costs a database copy and a sync of every laptop


@contextmanager
def skewed(days: int) -> Iterator[None]:
    """The device's clock is ``days`` off: it must change nothing but displayed times."""
    shifted = lambda: utcnow() + timedelta(days=days)  # noqa: E731
    with mock.patch("app.changes.utcnow", shifted), mock.patch("app.audit.utcnow", shifted):
        yield


class SyncMachine(RuleBasedStateMachine):
    folder: Path
    postgres: bool = False

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(dir=self.folder))
        self._db = server_database(self.tmp / "server", postgres=self.postgres)
        self.server = Server(self._db.__enter__())
        for name, role, munis in USERS:
            self.server.user(name, role, munis)
        self.devices: list[Device] = []
        self.recorders: list[RecordingTransport] = []
        self.online: list[bool] = []
        self.skew: list[int] = []
        self.edits: list[tuple[int, str, str, str, Any]] = []  # (device, entity, row, field, value)
        self.verified: set[int] = set()  # edits found on the server right before a restore
        self.backup: Any = None  # the newest backup (taken right after ``mark-backup``)
        self.restores = 0
        self.edits_at_backup = 0
        self.edits_at_restore = 0

    @initialize(n=st.integers(3, 6), skews=st.lists(st.integers(-40, 40), min_size=6, max_size=6))
    def make_devices(self, n: int, skews: list[int]) -> None:
        for i in range(n):
            user = USERS[i % len(USERS)][0]
            device = new_device(self.server, self.tmp / f"dev{i}", user)
            recorder = RecordingTransport(self.server.transport())
            device.transport = recorder
            self.devices.append(device)
            self.recorders.append(recorder)
            self.online.append(True)
            self.skew.append(skews[i])
        self.take_backup()  # the first backup, of the empty server; ``take_backup`` makes newer ones

    # -- helpers -------------------------------------------------------------------------------

    def _clients(self, i: int) -> list[str]:
        with self.devices[i].ws.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT id FROM client WHERE deleted = 0 ORDER BY id").all()
        return [r[0] for r in rows]

    def _pick(self, i: int, k: int) -> str | None:
        clients = self._clients(i)
        return clients[k % len(clients)] if clients else None

    def _do(self, i: int, fn: Any) -> None:
        # NotFound: deleted meanwhile on this device, so nothing was changed.
        with skewed(self.skew[i]), suppress(NotFound):
            fn()

    # -- rules ---------------------------------------------------------------------------------

    @rule(data=st.data())
    def create_client(self, data: st.DataObject) -> None:
        i = data.draw(st.integers(0, len(self.devices) - 1))
        user = self.devices[i].username
        muni = data.draw(st.sampled_from(sorted(SCOPE[user])))
        name = data.draw(TEXT)

        def go() -> None:
            cid = add_client(self.devices[i].ws, last_name=name, municipality=muni)
            self.edits.append((i, "client", cid, "last_name", name))

        self._do(i, go)

    @rule(data=st.data(), field=st.sampled_from(["phone", "address", "last_name"]), value=TEXT)
    def edit_client(self, data: st.DataObject, field: str, value: str) -> None:
        i = data.draw(st.integers(0, len(self.devices) - 1))
        cid = self._pick(i, data.draw(st.integers(0, 50)))
        if cid is None:
            return

        def go() -> None:
            update_client(self.devices[i].ws, client_id=cid, changes={field: value})
            self.edits.append((i, "client", cid, field, value))

        self._do(i, go)

    @rule(
        data=st.data(),
        who=st.sampled_from([None, "dana", "anna"]),
        muni=st.sampled_from([None, "297", "204"]),
    )
    def move_client(self, data: st.DataObject, who: str | None, muni: str | None) -> None:
        """Caseload changes: assign to a counsellor, or move to another municipality."""
        i = data.draw(st.integers(0, len(self.devices) - 1))
        cid = self._pick(i, data.draw(st.integers(0, 50)))
        if cid is None:
            return
        changes: dict[str, Any] = {"assigned_counsellor": who}
        if muni is not None:
            changes["home_municipality"] = muni
        self._do(i, lambda: update_client(self.devices[i].ws, client_id=cid, changes=changes))

    @rule(data=st.data(), lang=st.sampled_from(["ar", "uk", "ru", "fa"]))
    def add_language(self, data: st.DataObject, lang: str) -> None:
        i = data.draw(st.integers(0, len(self.devices) - 1))
        cid = self._pick(i, data.draw(st.integers(0, 50)))
        if cid is None:
            return

        def go() -> None:
            with self.devices[i].ws.session() as s:
                row = ClientLanguage(client_id=cid, language=lang, level=LanguageLevel.A1_1)
                s.add(row)
                s.flush()
                self.edits.append((i, "client_language", row.id, "language", lang))

        self._do(i, go)

    @rule(data=st.data())
    def remove_language(self, data: st.DataObject) -> None:
        i = data.draw(st.integers(0, len(self.devices) - 1))

        def go() -> None:
            with self.devices[i].ws.session() as s:
                rows = list(s.scalars(select(ClientLanguage).where(ClientLanguage.deleted.is_(False))))
                if rows:
                    row = rows[data.draw(st.integers(0, len(rows) - 1))]
                    row.deleted = True
                    s.flush()
                    self.edits.append((i, "client_language", row.id, "deleted", True))

        self._do(i, go)

    @rule(data=st.data(), text=TEXT)
    def write_note(self, data: st.DataObject, text: str) -> None:
        i = data.draw(st.integers(0, len(self.devices) - 1))
        cid = self._pick(i, data.draw(st.integers(0, 50)))
        if cid is None:
            return

        def go() -> None:
            note = add_note(self.devices[i].ws, client_id=cid, text=text)
            self.edits.append((i, "note", note.id, "text", text))

        self._do(i, go)

    @rule(data=st.data())
    def delete_client(self, data: st.DataObject) -> None:
        i = data.draw(st.integers(0, len(self.devices) - 1))
        cid = self._pick(i, data.draw(st.integers(0, 50)))
        if cid is None:
            return

        def go() -> None:
            delete_client(self.devices[i].ws, client_id=cid)
            self.edits.append((i, "client", cid, "deleted", True))

        self._do(i, go)

    @rule(data=st.data())
    def toggle_offline(self, data: st.DataObject) -> None:
        i = data.draw(st.integers(0, len(self.devices) - 1))
        self.online[i] = not self.online[i]

    @rule(data=st.data())
    def sync(self, data: st.DataObject) -> None:
        i = data.draw(st.integers(0, len(self.devices) - 1))
        if not self.online[i]:
            return
        with skewed(self.skew[i]):
            self.devices[i].sync()
        self._check_device_converged(i)

    @rule(data=st.data())
    def replay_last_push(self, data: st.DataObject) -> None:
        """Invariant 3: the same push again changes nothing and gets the same answers."""
        i = data.draw(st.integers(0, len(self.devices) - 1))
        before = self._server_fingerprint()
        replay = self.recorders[i].replay_last_push()
        if replay is None:
            return
        first, again = replay
        assert again.status == 200
        assert again.body["results"] == first["results"]
        assert self._server_fingerprint() == before

    @rule(data=st.data(), field=st.sampled_from(["phone", "address"]), first=TEXT, second=TEXT)
    def hand_over_edit(self, data: st.DataObject, field: str, first: str, second: str) -> None:
        """One laptop changes a field and syncs; another pulls it, changes the same field and syncs:
        no conflict (the second saw the first), and a restore must keep that order."""
        i = data.draw(st.integers(0, len(self.devices) - 1))
        j = data.draw(st.integers(0, len(self.devices) - 1))
        cid = self._pick(i, data.draw(st.integers(0, 50)))
        if i == j or cid is None or not (self.online[i] and self.online[j]):
            return
        for k, value in ((i, first), (j, second)):
            with skewed(self.skew[k]):
                self.devices[k].sync()
            if cid not in self._clients(k):
                return  # not in this laptop's caseload (or deleted meanwhile)

            def go(k: int = k, value: str = value) -> None:
                update_client(self.devices[k].ws, client_id=cid, changes={field: value})
                self.edits.append((k, "client", cid, field, value))

            self._do(k, go)
            with skewed(self.skew[k]):
                self.devices[k].sync()

    @rule(data=st.data(), keep=st.sampled_from(["server", "local", "merged"]), value=TEXT)
    def resolve(self, data: st.DataObject, keep: str, value: str) -> None:
        i = data.draw(st.integers(0, len(self.devices) - 1))
        open_ = [c for c in list_conflicts(self.devices[i].ws) if c.field not in ("deleted",)]
        if not open_:
            return
        c = open_[0]
        chosen = value if keep == "merged" else None
        if c.field in ("home_municipality", "assigned_counsellor") and keep == "merged":
            keep, chosen = "server", None
        with skewed(self.skew[i]):
            resolve_conflict(self.devices[i].ws, conflict_id=c.id, keep=keep, value=chosen)  # type: ignore[arg-type]
        if keep != "server":
            self.edits.append((i, c.entity, c.row_id, c.field, chosen if keep == "merged" else c.local))

    @precondition(lambda self: self.restores < MAX_RESTORES)
    @rule()
    def take_backup(self) -> None:
        """``polku-server mark-backup``, then a copy of the database (restored later, or replaced)."""
        admin.mark_durable(self.server.db)
        if self.backup is not None:
            self.server.discard(self.backup)
        self.backup = self.server.snapshot(self.tmp)
        self.edits_at_backup = len(self.edits)

    @precondition(
        lambda self: (
            self.backup is not None
            and self.restores < MAX_RESTORES
            and len(self.edits) > self.edits_at_backup
        )
    )
    @rule(data=st.data(), admin_runs_new_epoch=st.booleans())
    def restore_backup(self, data: st.DataObject, admin_runs_new_epoch: bool) -> None:
        """The server goes back to the backup taken at an earlier step (with or without the
        administrator's ``new-epoch``); then every laptop syncs once, in a random order, re-sending
        what the server lost. Invariant 11 made exact: every field the laptops had no unsent change
        to is what it was right before the restore, and the open conflicts are the same ones."""
        self._restore(data.draw(st.permutations(range(len(self.devices)))), admin_runs_new_epoch)

    def _restore(self, order: list[int], admin_runs_new_epoch: bool) -> None:
        before_rows, before_conflicts = self._server_values()
        pending: set[tuple[str, str]] = set()  # rows with changes the server never saw
        unsent_resolutions: set[str] = set()
        for d in self.devices:
            with Session(d.ws.engine) as s:
                pending |= set(local.pending_fields(s))
                unsent_resolutions |= set(
                    s.scalars(
                        select(SyncConflict.id).where(
                            SyncConflict.resolved_at.is_not(None), SyncConflict.resolution_sent.is_(False)
                        )
                    )
                )
        with Session(self.server.db.engine) as s:
            self.verified |= {n for n, edit in enumerate(self.edits) if self._edit_kept(s, *edit)}
        self.server.restore(self.backup)
        self.edits_at_restore = len(self.edits)
        self.backup = None
        self.restores += 1
        if admin_runs_new_epoch:
            with self.server.db.write() as (s, state):
                admin.new_epoch(s, state)
        for recorder in self.recorders:
            recorder.last_push = None  # pushes to the old epoch are answered 409 now
        for i in order:
            with skewed(self.skew[i]):
                self.devices[i].sync()
        after_rows, after_conflicts = self._server_values()
        lost = {k: v for k, v in before_rows.items() if k not in pending and after_rows.get(k) != v}
        assert not lost, {k: (v, after_rows.get(k)) for k, v in lost.items()}

        def comparable(conflicts: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
            return {c for c in conflicts if (c[1], c[2]) not in pending and c[0] not in unsent_resolutions}

        assert comparable(after_conflicts) == comparable(before_conflicts)

    # -- invariants ----------------------------------------------------------------------------

    def _server_values(self) -> tuple[dict[tuple[str, str], Any], set[tuple[str, str, str, str]]]:
        """Every row's fields and ``deleted`` on the server; the open conflicts (id, entity, row, field)."""
        with Session(self.server.db.engine) as s:
            rows = {
                (r.entity, r.row_id): {**r.data, "deleted": r.deleted} for r in s.scalars(select(RowState))
            }
            conflicts = {
                (c.id, c.entity, c.row_id, c.field)
                for c in s.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)))
            }
        return rows, conflicts

    def _server_fingerprint(self) -> tuple[Any, ...]:
        with Session(self.server.db.engine) as s:
            state = s.get(ServerState, 1)
            assert state is not None
            rows = s.scalar(select(func.count()).select_from(RowRevision))
            return (state.last_seq, rows, s.scalar(select(func.count()).select_from(Conflict)))

    def _check_device_converged(self, i: int) -> None:
        """Right after a sync (nothing else ran meanwhile) the device holds exactly its view."""
        d = self.devices[i]
        with Session(d.ws.engine) as s:
            assert local.unsent_count(s) == 0
            assert local.stash_count(s) == 0
            cursor = local.get_int(s, local.CURSOR)
        mine, theirs = local_view(d.ws), server_view(self.server, d.username)
        diff: dict[Any, Any] = {}
        for k in set(mine) | set(theirs):
            a, b = mine.get(k), theirs.get(k)
            if a is None or b is None:
                diff[k] = (
                    "missing here" if a is None else "missing on server",
                    (a or b or {}).get("version"),
                )
            elif a != b:
                diff[k] = {f: (a.get(f), b.get(f)) for f in set(a) | set(b) if a.get(f) != b.get(f)}
        assert not diff, (d.username, diff)
        with Session(self.server.db.engine) as s:
            state = s.get(ServerState, 1)
            assert state is not None
            assert cursor == state.last_seq  # the cursor is exactly where the server is

    @invariant()
    def every_answer_is_kept(self) -> None:
        """No lost edit (2), conflicts preserved (8): every entry is unsent or has a stored answer;
        every conflict answer has its conflict rows with both values."""
        if not hasattr(self, "devices"):
            return
        for d in self.devices:
            with Session(d.ws.engine) as s:
                outbox = set(s.scalars(select(OutboxEntry.seq)))
                states = {st.seq: st for st in s.scalars(select(SyncOutboxState))}
                assert set(states) <= outbox
                for seq, state in states.items():
                    if state.status == "conflict":
                        assert s.scalar(
                            select(func.count())
                            .select_from(SyncConflict)
                            .where(SyncConflict.outbox_seq == seq)
                        )

    @invariant()
    def server_order_and_atomicity(self) -> None:
        """Per-device order with no gaps (4); every row's version has its revision (5); one global
        sequence: row sequence numbers are unique and never above the counter (6)."""
        if not hasattr(self, "server"):
            return
        with Session(self.server.db.engine) as s:
            state = s.get(ServerState, 1)
            assert state is not None
            for dev in s.scalars(select(ServerDevice)):
                seqs = sorted(s.scalars(select(MutationResult.seq).where(MutationResult.device_id == dev.id)))
                assert seqs == list(range(1, dev.last_seq + 1))
            rows = s.scalars(select(RowState)).all()
            assert all(r.server_seq <= state.last_seq for r in rows)
            assert len({r.server_seq for r in rows}) == len(rows)
            for r in rows:
                versions = s.scalars(
                    select(RowRevision.version).where(
                        RowRevision.entity == r.entity, RowRevision.row_id == r.row_id
                    )
                ).all()
                assert sorted(versions) == list(range(1, r.version + 1))

    def teardown(self) -> None:
        try:
            if self.devices and self.restores == 0 and len(self.edits) > self.edits_at_backup:
                # Every run meets a restore: here, if no rule did one, from the newest backup.
                self._restore(list(reversed(range(len(self.devices)))), len(self.edits) % 2 == 0)
            if self.devices:
                self._converge()
        finally:
            for d in self.devices:
                d.close()
            if self.backup is not None:
                self.server.discard(self.backup)
            self.server.close()
            self._db.__exit__(None, None, None)
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _converge(self) -> None:
        """Everyone online, two rounds of syncs: every device equals its view of the server (1), and
        every edit made anywhere is on the server, kept as a conflict, or rejected with a reason (2)."""
        for _round in range(2):
            for i, d in enumerate(self.devices):
                with skewed(self.skew[i]):
                    d.sync()
        for i in range(len(self.devices)):
            self._check_device_converged(i)
        with Session(self.server.db.engine) as s:
            for n, edit in enumerate(self.edits):
                if n in self.verified or self._edit_kept(s, *edit):
                    # ``verified``: the server had it right before a restore, and the restore check
                    # covered it (a re-sent change that a later one had replaced is not written again).
                    continue
                # Unsent at a restore, and replaced by the same device's own later change before it
                # was sent: the row went to the server as the device had it then (its snapshot).
                replaced = n < self.edits_at_restore and any(e[:4] == edit[:4] for e in self.edits[n + 1 :])
                assert replaced, edit

    def _edit_kept(self, s: Session, i: int, entity: str, row_id: str, field: str, value: Any) -> bool:
        """The edit is in the row's history, kept as a conflict, or rejected with a reason."""
        revisions = s.scalars(
            select(RowRevision).where(RowRevision.entity == entity, RowRevision.row_id == row_id)
        ).all()
        seen = {json.dumps(r.deleted if field == "deleted" else r.data.get(field)) for r in revisions}
        conflicts = s.scalars(
            select(Conflict).where(
                Conflict.entity == entity, Conflict.row_id == row_id, Conflict.field == field
            )
        ).all()
        seen |= {json.dumps(c.client_value) for c in conflicts}
        with Session(self.devices[i].ws.engine) as ds:
            rejected = set(
                ds.scalars(
                    select(SyncOutboxState.code)
                    .join(OutboxEntry, OutboxEntry.seq == SyncOutboxState.seq)
                    .where(OutboxEntry.row_id == row_id, SyncOutboxState.status == "rejected")
                )
            )
        # Rejected only for the caseload rule (the client moved away meanwhile), with the reason.
        ok_rejection = bool(rejected) and rejected <= {"forbidden", "parent_missing", "row_missing"}
        return json.dumps(value) in seen or ok_rejection


def _run(folder: Path, postgres: bool, examples: int, steps: int) -> None:
    run_machine(SyncMachine, folder, postgres, examples, steps)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_sync_state_machine(tmp_path: Path, backend: str) -> None:
    from tests.support.sync import PG_URL

    if backend == "postgresql" and not PG_URL:
        pytest.skip("POLKU_TEST_DATABASE_URL is not set")
    _run(tmp_path, backend == "postgresql", examples=int(os.environ.get("POLKU_SM_EXAMPLES", "6")), steps=25)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_sync_state_machine_long(tmp_path: Path, backend: str) -> None:
    from tests.support.sync import PG_URL

    if backend == "postgresql" and not PG_URL:
        pytest.skip("POLKU_TEST_DATABASE_URL is not set")
    _run(tmp_path, backend == "postgresql", examples=60, steps=60)
