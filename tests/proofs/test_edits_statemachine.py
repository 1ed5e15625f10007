"""A Hypothesis state machine that drives the service layer the way the screens do, on 2-4 laptops
with real encrypted profiles against the real server app (SQLite, or PostgreSQL when
POLKU_TEST_DATABASE_URL is set).

A laptop's screen loads a client record; syncs happen (or not); the person edits some fields and
saves with what the screen showed as the base (``app.edits``). When a field clashes, the person is
shown both values and chooses, or nobody is there (the laptop locked) and both are kept as a conflict.

After every step: no value anyone entered has disappeared unless someone was shown it and chose
over it (their screen showed it when they edited, or the prompt showed it), or it is kept in a
conflict. Every entered value is unique, so "disappeared" is exact.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import get_client, update_client
from app.edits import OnClash, StaleEdit
from app.sync_service import list_conflicts, resolve_conflict
from models import SyncConflict
from sync.server.tables import Conflict, RowState
from tests.support.sync import Device, Server, add_client, new_device, run_machine, server_database

FIELDS = ("phone", "address", "family_notes", "name_latin")
USERS = ("anna", "ben", "carl", "dana")


class ScreenMachine(RuleBasedStateMachine):
    folder: Path
    postgres: bool = False

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(dir=self.folder))
        self._db = server_database(self.tmp / "server", postgres=self.postgres)
        self.server = Server(self._db.__enter__())
        for name in USERS:
            self.server.user(name)
        self.devices: list[Device] = []
        self.client_id = ""
        self.screens: dict[int, dict[str, Any]] = {}  # device -> the values its open record shows
        self.entered: set[str] = set()  # every value any person typed
        self.seen_over: set[str] = set()  # values someone knowingly replaced (shown, then chose over)
        self.counter = itertools.count()

    @initialize(n=st.integers(2, 4))
    def make_laptops(self, n: int) -> None:
        for i in range(n):
            self.devices.append(new_device(self.server, self.tmp / f"laptop{i}", USERS[i]))
        self.client_id = add_client(self.devices[0].ws, "Demo-Screen")
        for d in self.devices:
            d.sync()

    # -- what people do ------------------------------------------------------------------------

    @rule(i=st.integers(0, 3))
    def open_record(self, i: int) -> None:
        i %= len(self.devices)
        data = get_client(self.devices[i].ws, client_id=self.client_id).data
        self.screens[i] = {f: getattr(data, f) for f in FIELDS}

    @rule(i=st.integers(0, 3))
    def sync(self, i: int) -> None:
        self.devices[i % len(self.devices)].sync()

    @rule(
        i=st.integers(0, 3),
        fields=st.sets(st.sampled_from(FIELDS), min_size=1, max_size=3),
        keep_mine=st.lists(st.booleans(), min_size=4, max_size=4),
        nobody_there=st.booleans(),
    )
    def edit_and_save(self, i: int, fields: set[str], keep_mine: list[bool], nobody_there: bool) -> None:
        i %= len(self.devices)
        screen = self.screens.get(i)
        if screen is None:
            return
        ws = self.devices[i].ws
        changes = {f: f"{f}-{next(self.counter)}" for f in sorted(fields)}
        self.entered.update(changes.values())
        base = {f: screen[f] for f in changes}
        on_clash = OnClash.KEEP_BOTH if nobody_there else OnClash.ASK
        try:
            update_client(ws, client_id=self.client_id, changes=changes, base=base, on_clash=on_clash)
        except StaleEdit as stale:
            # The person sees both values and chooses per field (the screen's ChooseValueDialog).
            for k, clash in enumerate(stale.clashes):
                if keep_mine[k % len(keep_mine)]:
                    base[clash.field] = clash.theirs
                    self._replaced(clash.theirs)
                else:
                    del changes[clash.field]
                    self._replaced(clash.mine)
            update_client(ws, client_id=self.client_id, changes=changes, base=base)
        for f, value in base.items():  # what the screen showed, and the person typed over
            if f in changes:
                self._replaced(value)
        data = get_client(ws, client_id=self.client_id).data
        self.screens[i] = {f: getattr(data, f) for f in FIELDS}  # the form shows the saved record

    @rule(i=st.integers(0, 3), keep=st.sampled_from(["server", "local"]))
    def resolve_a_conflict(self, i: int, keep: str) -> None:
        ws = self.devices[i % len(self.devices)].ws
        conflicts = list_conflicts(ws)
        if conflicts:
            c = conflicts[0]
            try:
                resolve_conflict(ws, conflict_id=c.id, keep=keep)  # type: ignore[arg-type]
            except StaleEdit:
                return  # changed again since: the page shows the newer value to choose from
            self._replaced(c.local if keep == "server" else c.server)  # shown both, chose one

    def _replaced(self, value: Any) -> None:
        if isinstance(value, str):
            self.seen_over.add(value)

    # -- the invariant -------------------------------------------------------------------------

    def _everywhere(self) -> set[str]:
        """Every value of the edited fields held anywhere: on a laptop, on the server, in a conflict."""
        held: set[str] = set()
        for d in self.devices:
            data = get_client(d.ws, client_id=self.client_id).data
            held |= {getattr(data, f) for f in FIELDS if getattr(data, f)}
            with Session(d.ws.engine) as s:
                for c in s.scalars(select(SyncConflict)):
                    held |= {json.loads(c.local_value), json.loads(c.server_value)} - {None}
        with Session(self.server.db.engine) as s:
            row = s.get(RowState, ("client", self.client_id))
            if row is not None:
                held |= {row.data.get(f) for f in FIELDS} - {None}
            for c in s.scalars(select(Conflict)):
                held |= {c.client_value, c.server_value} - {None}
        return {v for v in held if isinstance(v, str)}

    @invariant()
    def no_entered_value_disappears_unseen(self) -> None:
        if not self.devices:
            return
        missing = self.entered - self.seen_over - self._everywhere()
        assert not missing, f"lost without a conflict or a choice: {sorted(missing)}"

    def teardown(self) -> None:
        try:
            if self.devices:
                for _round in range(2):
                    for d in self.devices:
                        d.sync()
                self.no_entered_value_disappears_unseen()
        finally:
            for d in self.devices:
                d.close()
            self.server.close()
            self._db.__exit__(None, None, None)
            shutil.rmtree(self.tmp, ignore_errors=True)


def _run(folder: Path, postgres: bool, examples: int, steps: int) -> None:
    run_machine(ScreenMachine, folder, postgres, examples, steps)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_screen_edit_state_machine(tmp_path: Path, backend: str) -> None:
    from tests.support.sync import PG_URL

    if backend == "postgresql" and not PG_URL:
        pytest.skip("POLKU_TEST_DATABASE_URL is not set")
    _run(tmp_path, backend == "postgresql", examples=int(os.environ.get("POLKU_SM_EXAMPLES", "5")), steps=25)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_screen_edit_state_machine_long(tmp_path: Path, backend: str) -> None:
    from tests.support.sync import PG_URL

    if backend == "postgresql" and not PG_URL:
        pytest.skip("POLKU_TEST_DATABASE_URL is not set")
    _run(tmp_path, backend == "postgresql", examples=60, steps=60)
