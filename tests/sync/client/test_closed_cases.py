"""Closed cases leave the laptops (issue 18): a client whose plans are all closed and who has not
changed for 12 months is put aside by ``polku-server archive-closed``; every laptop drops it at
its next sync (after sending what it has unsent for it), the server keeps it, and a counsellor
online fetches it back when the client returns.

Real encrypted profiles against the real server app (SQLite, or PostgreSQL when
POLKU_TEST_DATABASE_URL is set). Time passing is the ``at`` given to ``archive_closed``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clients import update_client
from app.closed_cases import fetch_closed_case, search_closed_cases
from app.meetings import add_note
from app.plans.lifecycle import create_plan, set_plan_state
from app.sync_service import SyncProblem
from models import AccessLogEntry
from models.enums import AccessAction, PlanKind, PlanState, ResponsibleParty
from sync.client import bookkeeping as local
from sync.server.archive import archive_closed, months_before
from sync.server.cli import main as server_main
from sync.server.tables import ClientScope, now
from tests.support.sync import (
    Device,
    Server,
    add_client,
    local_view,
    new_device,
    server_database,
    server_view,
)

USERS = {"anna": ("counsellor", ("297",)), "ben": ("counsellor", ("297",)), "office": ("office", ("297",))}
LATER = now() + timedelta(days=400)  # 13 months on: past the 12 idle months


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        for name, (role, munis) in USERS.items():
            srv.user(name, role, munis)
        yield srv
        srv.close()


def closed_case(d: Device, last_name: str) -> str:
    """A client with a note and one plan, closed."""
    client_id = add_client(d.ws, last_name, "297")
    add_note(d.ws, client_id=client_id, text="final meeting")
    plan = create_plan(
        d.ws,
        client_id=client_id,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2025, 3, 10),
        period_end=date(2026, 3, 1),
    )
    set_plan_state(d.ws, plan_id=plan.id, state=PlanState.CLOSED, on=date(2026, 3, 1))
    return client_id


def clients_on(d: Device) -> set[str]:
    return {row_id for entity, row_id in local_view(d.ws) if entity == "client"}


def rows_of(view: dict[tuple[str, str], dict[str, object]], client_id: str) -> set[tuple[str, str]]:
    return {k for k, v in view.items() if k == ("client", client_id) or v.get("client_id") == client_id}


def device_id(d: Device) -> str:
    with Session(d.ws.engine) as s:
        return local.get(s, local.DEVICE_ID) or ""


def assert_carries_exactly(d: Device) -> None:
    mine = set(local_view(d.ws))
    theirs = set(server_view(d.server, d.username, device_id(d)))
    assert mine == theirs, (sorted(mine - theirs), sorted(theirs - mine))


def test_a_closed_case_leaves_the_laptops_stays_on_the_server_and_comes_back_on_request(
    server: Server, tmp_path: Path
) -> None:
    anna = new_device(server, tmp_path / "anna", "anna")
    ben = new_device(server, tmp_path / "ben", "ben")
    closed = closed_case(anna, "Demo-Closed")
    open_id = add_client(anna.ws, "Demo-Open", "297")  # no plan: never put aside
    anna.sync()
    ben.sync()
    assert clients_on(ben) == {closed, open_id}
    closed_rows = rows_of(local_view(anna.ws), closed)
    assert len(closed_rows) == 3  # the client, the note, the plan

    # A year later, nothing has changed for it: put aside on the server.
    assert archive_closed(server.db, at=now() + timedelta(days=330)).archived == 0  # 12 months not yet over
    assert archive_closed(server.db, at=LATER).archived == 1
    for d in (anna, ben):
        report = d.sync()
        assert report.evicted == 1
        assert clients_on(d) == {open_id}
        assert_carries_exactly(d)
    assert rows_of({k: r.data for k, r in server.rows().items()}, closed) == closed_rows  # kept

    # The client comes back to the office: Anna, online, finds the case and fetches it.
    found = search_closed_cases(anna.ws, "demo-closed", transport=server.transport())
    assert [(i.client_id, i.name, i.closed_on) for i in found.items] == [
        (closed, "Demo-Closed, Olena", date(2026, 3, 1))
    ]
    assert not found.more
    assert search_closed_cases(anna.ws, "nobody", transport=server.transport()).items == []
    assert fetch_closed_case(anna.ws, closed, transport=server.transport()) == 3
    assert rows_of(local_view(anna.ws), closed) == closed_rows
    assert_carries_exactly(anna)
    # Listing and fetching were logged; the list only named what it showed.
    with Session(anna.ws.engine) as s:
        logged = {
            (e.action, e.detail)
            for e in s.scalars(select(AccessLogEntry).where(AccessLogEntry.client_id == closed))
        }
    assert {
        (AccessAction.REMOVE, "left-caseload"),  # when it left the laptop a year on
        (AccessAction.LIST, "closed-cases"),
        (AccessAction.VIEW, "fetched"),
    } <= logged
    # Her next syncs keep it; Ben's laptop still does not have it.
    assert anna.sync().evicted == 0 and closed in clients_on(anna)
    ben.sync()
    assert closed not in clients_on(ben)

    # Untouched for 30 days after the fetch, it leaves Anna's laptop again.
    assert archive_closed(server.db, at=now() + timedelta(days=31)).recalls_ended == 1
    assert anna.sync().evicted == 1 and closed not in clients_on(anna)
    assert_carries_exactly(anna)
    for d in (anna, ben):
        d.close()


def test_a_change_to_a_fetched_back_case_reopens_it_on_every_laptop(server: Server, tmp_path: Path) -> None:
    anna = new_device(server, tmp_path / "anna", "anna")
    ben = new_device(server, tmp_path / "ben", "ben")
    closed = closed_case(anna, "Demo-Returning")
    anna.sync()
    ben.sync()
    archive_closed(server.db, at=LATER)
    anna.sync()
    ben.sync()
    assert closed not in clients_on(ben)

    fetch_closed_case(anna.ws, closed, transport=server.transport())
    note = add_note(anna.ws, client_id=closed, text="came back: new permit")
    anna.sync()

    with Session(server.db.engine) as s:
        scope = s.get(ClientScope, closed)
        assert scope is not None and scope.archived_at is None  # an open case again
    ben.sync()
    assert rows_of(local_view(ben.ws), closed) == rows_of(local_view(anna.ws), closed)
    assert ("note", note.id) in local_view(ben.ws)
    # Open again, it is not put aside by the next run: it changed today.
    assert archive_closed(server.db, at=now() + timedelta(days=31)).archived == 0
    for d in (anna, ben):
        assert_carries_exactly(d)
        d.close()


def test_an_unsent_edit_to_a_case_being_put_aside_reaches_the_server_and_reopens_it(
    server: Server, tmp_path: Path
) -> None:
    """Anna edits the client offline on the day the server puts the case aside: her sync sends the
    edit first, which makes it an open case again, and nothing leaves her laptop."""
    anna = new_device(server, tmp_path / "anna", "anna")
    closed = closed_case(anna, "Demo-Edited")
    anna.sync()
    update_client(anna.ws, client_id=closed, changes={"phone": "+358 40 0000002"})
    archive_closed(server.db, at=LATER)

    report = anna.sync()

    assert report.evicted == 0 and closed in clients_on(anna)
    assert server.rows()[("client", closed)].data["phone"] == "+358 40 0000002"
    with Session(anna.ws.engine) as s:
        assert local.unsent_count(s) == 0
    assert_carries_exactly(anna)
    anna.close()


def test_a_case_that_is_no_longer_closed_cannot_be_fetched_and_says_why(
    server: Server, tmp_path: Path
) -> None:
    anna = new_device(server, tmp_path / "anna", "anna")
    open_id = add_client(anna.ws, "Demo-Open", "297")
    anna.sync()
    with pytest.raises(SyncProblem) as caught:
        fetch_closed_case(anna.ws, open_id, transport=server.transport())
    assert caught.value.code == "not_found"
    with pytest.raises(SyncProblem):
        fetch_closed_case(anna.ws, "not-a-client", transport=server.transport())
    anna.close()


def test_archive_closed_command_counts_and_dry_runs(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = new_device(server, tmp_path / "anna", "anna")
    closed_case(anna, "Demo-Command")
    anna.sync()
    where = ["--database-url", server.url]
    # Idle only since today: nothing to put aside yet with the default 12 months.
    assert server_main([*where, "archive-closed", "--dry-run"]) == 0
    assert "0 closed case(s) idle for 12 months would leave the laptops" in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:
        server_main([*where, "archive-closed", "--months", "0"])
    assert refused.value.code == 2 and "must be 1 or more" in capsys.readouterr().err
    # As if a year had passed: the dry run counts it and changes nothing; the real run puts it aside.
    assert archive_closed(server.db, at=LATER, dry_run=True).archived == 1
    assert archive_closed(server.db, at=LATER).archived == 1
    assert archive_closed(server.db, at=LATER).archived == 0  # once
    anna.close()


@pytest.mark.parametrize(
    ("at", "months", "expected"),
    [
        (datetime(2027, 3, 31, 9), 1, datetime(2027, 2, 28, 9)),  # a shorter month: its last day
        (datetime(2028, 3, 31, 9), 1, datetime(2028, 2, 29, 9)),  # a leap year
        (datetime(2027, 1, 15), 12, datetime(2026, 1, 15)),
        (datetime(2027, 1, 15), 13, datetime(2025, 12, 15)),
    ],
)
def test_the_idle_period_counts_calendar_months(at: datetime, months: int, expected: datetime) -> None:
    assert months_before(at, months) == expected
