"""A Hypothesis state machine over caseloads that change (issue 18): clients move between
municipalities and are reassigned (by the office, on its own laptop), an administrator changes the
counsellors' municipalities, closed cases are put aside on the server (``archive-closed``) and
fetched back by a counsellor or the office, fetched cases lie untouched until they leave again,
counsellors edit on their laptops (also while a sync runs) and sync. After every sync of a
counsellor's laptop:

- it holds no client outside what it should carry (its user's caseload less the closed cases put
  aside, plus those it fetched back), except one with a change typed during that sync and not sent
  yet (removed by a later sync); after a sync with nothing typed meanwhile it holds exactly that,
  row for row;
- no edit made on it is lost: each is on the server (a revision, or a conflict's value), or still in
  the laptop's outbox (unsent, or refused with its reason and what was typed).

Real encrypted profiles against the real server app (SQLite, or PostgreSQL when
POLKU_TEST_DATABASE_URL is set)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import update_client
from app.closed_cases import fetch_closed_case
from app.errors import NotFound
from app.meetings import add_note
from app.plans.lifecycle import create_plan, set_plan_state
from app.sync_service import SyncProblem
from models import OutboxEntry, SyncOutboxState
from models.enums import PlanKind, PlanState, ResponsibleParty
from sync.client import bookkeeping as local
from sync.server.archive import archive_closed
from sync.server.scope import Scope
from sync.server.tables import ClientScope, Conflict, DeviceRecall, RowRevision, User, now
from tests.support.sync import (
    PG_URL,
    Device,
    EditsDuringPull,
    Server,
    add_client,
    local_view,
    new_device,
    run_machine,
    server_database,
    server_view,
    set_municipalities,
)

MUNICIPALITIES = ("297", "204", "402", "857")
COUNSELLORS = ("anna", "ben")
CLIENTS = 5
VALUE = st.sampled_from(["A", "B", "C"])


class CaseloadMachine(RuleBasedStateMachine):
    folder: Path
    postgres: bool = False

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(dir=self.folder))
        self._db = server_database(self.tmp / "server", postgres=self.postgres)
        self.server = Server(self._db.__enter__())
        self.server.user("office", "office", MUNICIPALITIES)
        self.server.user("anna", "counsellor", ("297",))
        self.server.user("ben", "counsellor", ("204",))
        self.laptops: dict[str, Device] = {}
        self.office: Device | None = None
        self.clients: list[str] = []
        self.edits: list[tuple[str, str, str, str, Any]] = []  # (user, entity, row id, field, value)

    @initialize(
        homes=st.lists(st.sampled_from(MUNICIPALITIES), min_size=CLIENTS, max_size=CLIENTS),
        closed=st.lists(st.booleans(), min_size=CLIENTS, max_size=CLIENTS),
    )
    def start(self, homes: list[str], closed: list[bool]) -> None:
        self.office = new_device(self.server, self.tmp / "office", "office")
        for n, (home, plan_closed) in enumerate(zip(homes, closed, strict=True)):
            cid = add_client(self.office.ws, f"Demo-{n}", home)
            add_note(self.office.ws, client_id=cid, text="intake")
            if plan_closed:  # a closed case once idle long enough
                plan = create_plan(
                    self.office.ws,
                    client_id=cid,
                    kind=PlanKind.BASIC,
                    responsible_party=ResponsibleParty.MUNICIPALITY,
                    period_start=date(2025, 3, 10),
                    period_end=date(2026, 3, 1),
                )
                set_plan_state(self.office.ws, plan_id=plan.id, state=PlanState.CLOSED, on=date(2026, 3, 1))
            self.clients.append(cid)
        self.office.sync()
        for user in COUNSELLORS:
            self.laptops[user] = new_device(self.server, self.tmp / user, user)
            self.laptops[user].sync()

    # -- what changes on the server --------------------------------------------------------------

    def _office_changes(self, client: int, changes: dict[str, Any]) -> None:
        assert self.office is not None
        self.office.sync()  # the office's copy is current: its change is no conflict
        cid = self.clients[client]
        if ("client", cid) not in local_view(self.office.ws):  # a closed case put aside: fetched first
            fetch_closed_case(self.office.ws, cid, transport=self.server.transport())
        update_client(self.office.ws, client_id=cid, changes=changes)
        self.office.sync()

    @rule(client=st.integers(0, CLIENTS - 1), home=st.sampled_from(MUNICIPALITIES))
    def move(self, client: int, home: str) -> None:
        self._office_changes(client, {"home_municipality": home})

    @rule(client=st.integers(0, CLIENTS - 1), who=st.sampled_from([None, *COUNSELLORS]))
    def reassign(self, client: int, who: str | None) -> None:
        self._office_changes(client, {"assigned_counsellor": who})

    @rule(user=st.sampled_from(COUNSELLORS), pick=st.integers(0, CLIENTS))
    def move_away(self, user: str, pick: int) -> None:
        """The office moves a client this counsellor's laptop holds out of their caseload (the
        random moves above mostly move clients nobody's laptop holds)."""
        with Session(self.server.db.engine) as s:
            found = s.get(User, user)
            assert found is not None
            serves = set(found.municipality_list)
        elsewhere = [m for m in MUNICIPALITIES if m not in serves]
        held = [c for c in self._held(user) if c in self.clients]
        if held and elsewhere:
            target = held[pick % len(held)]
            changes = {"home_municipality": elsewhere[pick % len(elsewhere)], "assigned_counsellor": None}
            self._office_changes(self.clients.index(target), changes)

    @rule(
        user=st.sampled_from(COUNSELLORS),
        munis=st.lists(st.sampled_from(MUNICIPALITIES), max_size=2, unique=True),
    )
    def change_municipalities(self, user: str, munis: list[str]) -> None:
        set_municipalities(self.server, user, *munis)

    @rule()
    def put_aside_closed_cases(self) -> None:
        """A year on: every client with only closed plans is idle by then (fetched ones stay fetched)."""
        archive_closed(self.server.db, at=now() + timedelta(days=400), recall_days=10_000)

    @rule()
    def fetched_cases_lie_untouched(self) -> None:
        """Days on: every fetched case still untouched leaves its laptop again (nothing new is put aside)."""
        archive_closed(self.server.db, months=10_000, recall_days=1, at=now() + timedelta(days=2))

    @rule(user=st.sampled_from(COUNSELLORS), pick=st.integers(0, CLIENTS))
    def fetch_back(self, user: str, pick: int) -> None:
        """The counsellor, online, fetches a closed case of the caseload back onto the laptop."""
        with Session(self.server.db.engine) as s:
            found = s.get(User, user)
            assert found is not None
            aside = sorted(
                s.scalars(
                    select(ClientScope.client_id).where(
                        Scope.of(found).clause(), ClientScope.archived_at.is_not(None)
                    )
                )
            )
        if aside:
            try:
                fetch_closed_case(
                    self.laptops[user].ws, aside[pick % len(aside)], transport=self.server.transport()
                )
            except SyncProblem as exc:  # put aside, then reopened meanwhile: never, in one thread
                raise AssertionError("a closed case of the caseload could not be fetched") from exc

    # -- what the counsellors do -----------------------------------------------------------------

    def _held(self, user: str) -> list[str]:
        return sorted(row_id for entity, row_id in local_view(self.laptops[user].ws) if entity == "client")

    def _device_id(self, user: str) -> str:
        with Session(self.laptops[user].ws.engine) as s:
            return local.get(s, local.DEVICE_ID) or ""

    def _visible(self, user: str) -> set[str]:
        """The clients ``user``'s laptop should carry now, by the server's rule."""
        with Session(self.server.db.engine) as s:
            found = s.get(User, user)
            assert found is not None
            recalled = set(
                s.scalars(
                    select(DeviceRecall.client_id).where(DeviceRecall.device_id == self._device_id(user))
                )
            )
            return set(s.scalars(select(ClientScope.client_id).where(Scope.of(found).carried(recalled))))

    def _edit(self, user: str, pick: int, kind: str, value: str, *, leaving: bool = False) -> None:
        held = self._held(user)
        if leaving:  # a client that has left the caseload on the server, if the laptop has one
            held = sorted(set(held) - self._visible(user)) or held
        if not held:
            return
        cid = held[pick % len(held)]
        ws = self.laptops[user].ws
        try:
            if kind == "note":
                note = add_note(ws, client_id=cid, text=f"{user} {value}")
                self.edits.append((user, "note", note.id, "text", f"{user} {value}"))
            else:
                update_client(ws, client_id=cid, changes={kind: f"{user} {value}"})
                self.edits.append((user, "client", cid, kind, f"{user} {value}"))
        except NotFound:
            pass  # deleted meanwhile: nothing was changed

    @rule(
        user=st.sampled_from(COUNSELLORS),
        pick=st.integers(0, CLIENTS),
        kind=st.sampled_from(["phone", "address", "note"]),
        value=VALUE,
    )
    def edit(self, user: str, pick: int, kind: str, value: str) -> None:
        self._edit(user, pick, kind, value)

    @rule(user=st.sampled_from(COUNSELLORS))
    def sync(self, user: str) -> None:
        self.laptops[user].sync()
        self._check(user, typed_during_sync=False)

    @rule(
        user=st.sampled_from(COUNSELLORS),
        pick=st.integers(0, CLIENTS),
        kind=st.sampled_from(["phone", "note"]),
        value=VALUE,
        leaving=st.booleans(),
    )
    def sync_while_typing(self, user: str, pick: int, kind: str, value: str, leaving: bool) -> None:
        """A change typed while the sync runs (after its push, before its pull); ``leaving``: to a
        client that has left the caseload, so the pull cannot remove it yet."""
        laptop = self.laptops[user]
        laptop.transport = EditsDuringPull(
            self.server.transport(), lambda: self._edit(user, pick, kind, value, leaving=leaving)
        )
        try:
            laptop.sync()
        finally:
            laptop.transport = None
        self._check(user, typed_during_sync=True)

    # -- checks ----------------------------------------------------------------------------------

    def _check(self, user: str, *, typed_during_sync: bool) -> None:
        laptop = self.laptops[user]
        held = set(self._held(user))
        visible = self._visible(user)
        with Session(laptop.ws.engine) as s:
            unsent = {(e.entity, e.row_id) for e in local.unsent(s)}
        outside = held - visible
        if typed_during_sync:
            view = local_view(laptop.ws)
            waiting = {
                v.get("client_id", row_id) if entity != "client" else row_id
                for entity, row_id in unsent
                if (v := view.get((entity, row_id))) is not None
            }
            assert outside <= waiting, ("holds clients outside the caseload", user, sorted(outside - waiting))
        else:
            assert not unsent
            assert set(local_view(laptop.ws)) == set(server_view(self.server, user, self._device_id(user))), (
                user
            )
        self._check_no_edit_lost()

    def _check_no_edit_lost(self) -> None:
        """Every laptop edit is on the server (a revision of its row, or a conflict's value), or
        still in that laptop's outbox: unsent, or refused with its reason."""
        with Session(self.server.db.engine) as s:
            for user, entity, row_id, field, value in self.edits:
                revisions = s.scalars(
                    select(RowRevision.data).where(RowRevision.entity == entity, RowRevision.row_id == row_id)
                )
                conflicts = s.scalars(
                    select(Conflict.client_value).where(
                        Conflict.entity == entity, Conflict.row_id == row_id, Conflict.field == field
                    )
                )
                if value in {d.get(field) for d in revisions} | set(conflicts):
                    continue
                with Session(self.laptops[user].ws.engine) as ls:
                    kept = ls.execute(
                        select(OutboxEntry.fields, SyncOutboxState.status)
                        .outerjoin(SyncOutboxState, SyncOutboxState.seq == OutboxEntry.seq)
                        .where(OutboxEntry.entity == entity, OutboxEntry.row_id == row_id)
                    ).all()
                assert any(
                    json.loads(fields).get(field) == value and status in (None, "rejected")
                    for fields, status in kept
                ), ("an edit is neither on the server nor kept on the laptop", user, entity, field)

    def teardown(self) -> None:
        try:
            # Everyone syncs until nothing is typed: every laptop ends with exactly its caseload.
            for _round in range(2):
                for user in COUNSELLORS:
                    if user in self.laptops:
                        self.sync(user)
        finally:
            for d in [*self.laptops.values(), *([self.office] if self.office else [])]:
                d.close()
            self.server.close()
            self._db.__exit__(None, None, None)
            shutil.rmtree(self.tmp, ignore_errors=True)


def _run(tmp_path: Path, backend: str, examples: int, steps: int) -> None:
    if backend == "postgresql" and not PG_URL:
        pytest.skip("POLKU_TEST_DATABASE_URL is not set")
    run_machine(CaseloadMachine, tmp_path, backend == "postgresql", examples, steps)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_caseloads_that_change(tmp_path: Path, backend: str) -> None:
    _run(tmp_path, backend, int(os.environ.get("POLKU_CASELOAD_EXAMPLES", "5")), steps=15)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_caseloads_that_change_long(tmp_path: Path, backend: str) -> None:
    _run(tmp_path, backend, examples=40, steps=30)
