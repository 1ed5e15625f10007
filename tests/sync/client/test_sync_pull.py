"""The initial pull when a laptop would get records pages before their client: after the client was
edited, its newest change comes after its records. The server sends such a page's parents (clients,
plans, assessments) ahead of their turn, so every page arrives whole. Where they do not come (a server
that does not send them), each record waits on the laptop (``sync_pull_stash``) until its client
arrives, and records under records (goals under plans, participants under assessments) wait for those
in turn. Either way everything must arrive, and nothing may be left waiting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.demo import generate_demo_data
from app.sync_service import sync_now
from models import SYNCED_MODELS, Client, IntegrationPlan
from sync.client import bookkeeping as local
from sync.client.engine import SyncOptions, SyncReport
from sync.client.transport import Reply, Transport
from sync.entities import specs
from tests.support.sync import Device, Server, local_view, new_device, server_database, server_view

MUNICIPALITIES = ("297", "857", "402", "204", "778", "686")
SMALL_PAGES = SyncOptions(push_batch=50, pull_limit=7, pull_limit_max=7, attempts=1, retry_delay=0.0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        for name in ("anna", "ben"):
            srv.user(name, municipalities=MUNICIPALITIES)
        yield srv
        srv.close()


def _edit_every_client_after_its_records(anna: Device) -> None:
    generate_demo_data(anna.ws, clients=8, seed=5)
    anna.sync()
    with anna.ws.session() as s:
        for n, client in enumerate(s.scalars(select(Client).order_by(Client.id))):
            client.phone = f"+358 40 {n:07d}"
        for plan in s.scalars(select(IntegrationPlan)):  # and every plan after its goals
            plan.summary = f"{plan.summary or ''} (checked)"
    anna.sync()


class WithoutParentsAhead:
    """Pages as a server sends them that does not send parents ahead: only the rows up to the cursor."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.dropped = 0

    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        reply = self.inner.request(method, path, **kwargs)
        if not path.endswith("/pull") or reply.status != 200:
            return reply
        page = dict(reply.body)
        items = [i for i in page["items"] if i["server_seq"] <= page["cursor"]]
        self.dropped += len(page["items"]) - len(items)
        return Reply(reply.status, {**page, "items": items}, reply.headers)


def _pull_watching_the_stash(ben: Device, transport: Transport) -> tuple[list[int], SyncReport]:
    waiting: list[int] = []

    def after_page(_phase: str, _done: int, _total: int) -> None:
        with Session(ben.ws.engine) as s:
            waiting.append(local.stash_count(s))

    report = sync_now(ben.ws, transport=transport, options=SMALL_PAGES, progress=after_page)
    return waiting, report


def test_every_page_arrives_whole_though_clients_and_plans_changed_after_their_records(
    server: Server, tmp_path: Path
) -> None:
    """A counsellor's new laptop, pulling the caseload in pages, never holds a record it cannot show
    yet: each page brings the client and plan its records belong to, and a client sent ahead is
    not written twice when its turn comes."""
    anna = new_device(server, tmp_path / "anna", "anna")
    ben = new_device(server, tmp_path / "ben", "ben")
    try:
        _edit_every_client_after_its_records(anna)
        clients_written: list[int] = []

        @event.listens_for(ben.ws.engine, "before_cursor_execute")
        def count(_conn: Any, _cursor: Any, statement: str, params: Any, *_args: Any) -> None:
            if statement.startswith(("INSERT INTO client ", "UPDATE client ")):
                clients_written.append(len(params) if isinstance(params, list) else 1)

        waiting, report = _pull_watching_the_stash(ben, server.transport())

        assert len(waiting) > 5 and max(waiting) == 0 and report.waiting_for_parent == 0
        assert sum(clients_written) == 8
        assert local_view(ben.ws) == server_view(server, "ben")
        assert report.pulled == len(server_view(server, "ben"))  # a client sent ahead counted once
        assert sync_now(ben.ws, transport=server.transport(), options=SMALL_PAGES).pulled == 0
    finally:
        anna.close()
        ben.close()


def test_records_that_come_before_their_client_wait_for_it_and_all_arrive(
    server: Server, tmp_path: Path
) -> None:
    anna = new_device(server, tmp_path / "anna", "anna")
    ben = new_device(server, tmp_path / "ben", "ben")
    try:
        _edit_every_client_after_its_records(anna)
        older = WithoutParentsAhead(server.transport())

        waiting, report = _pull_watching_the_stash(ben, older)

        assert older.dropped > 0 and max(waiting) > 0, "records came before their clients and waited"
        assert waiting[-1] == 0 and report.waiting_for_parent == 0
        assert local_view(ben.ws) == server_view(server, "ben")
        # A second sync changes nothing: every row is there at the server's version.
        assert sync_now(ben.ws, transport=server.transport(), options=SMALL_PAGES).pulled == 0
    finally:
        anna.close()
        ben.close()


def _stored(ws: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced row's content as SQLite stores it: each value with its storage class (text, integer,
    null), so a date or a time written as different text, or a flag as text, would show."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with ws.engine.connect() as conn:
        for model in SYNCED_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            names = ["id", "deleted", *specs()[table.name].columns]
            if table.name == "client":
                names.append("search_key")
            select_list = ", ".join(f'"{n}", typeof("{n}")' for n in names)
            out[table.name] = sorted(conn.exec_driver_sql(f"SELECT {select_list} FROM {table.name}").all())
    return out


def test_a_pulled_record_is_stored_exactly_as_on_the_laptop_that_made_it(
    server: Server, tmp_path: Path
) -> None:
    """The pull writes rows straight to the driver (``sync.client.rows.InsertPlan``): what it stores must
    be what the app itself stores for the same record, or search, dates and filters would differ
    between the laptop that made a record and the one that pulled it."""
    anna = new_device(server, tmp_path / "anna", "anna")
    ben = new_device(server, tmp_path / "ben", "ben")
    try:
        generate_demo_data(anna.ws, clients=12, seed=11)
        anna.sync()
        report = sync_now(ben.ws, transport=server.transport(), options=SMALL_PAGES)
        assert report.pulled > 12 * 5
        made, pulled = _stored(anna.ws), _stored(ben.ws)
        assert {t: len(rows) for t, rows in pulled.items()} == {t: len(rows) for t, rows in made.items()}
        assert all(made[t] for t in ("client", "assessment", "integration_plan", "plan_goal", "meeting"))
        assert pulled == made
    finally:
        anna.close()
        ben.close()


def test_pull_pages_grow_on_a_large_pull_and_everything_arrives(server: Server, tmp_path: Path) -> None:
    """Pages start small (the first arrives quickly) and double up to the most asked for: fewer
    commits on a large initial pull. Each still commits with its cursor."""
    anna = new_device(server, tmp_path / "anna", "anna")
    ben = new_device(server, tmp_path / "ben", "ben")
    try:
        generate_demo_data(anna.ws, clients=12, seed=3)
        anna.sync()
        sizes: list[int] = []
        cursors: list[int] = []

        def after_page(phase: str, done: int, _total: int) -> None:
            if phase == "pull":
                sizes.append(done - sum(sizes))
                with Session(ben.ws.engine) as s:
                    cursors.append(local.get_int(s, local.CURSOR))

        options = SyncOptions(push_batch=50, pull_limit=10, pull_limit_max=40, attempts=1, retry_delay=0.0)
        report = sync_now(ben.ws, transport=server.transport(), options=options, progress=after_page)
        assert sizes[:3] == [10, 20, 40] and max(sizes) == 40 and len(sizes) > 4
        assert cursors == sorted(cursors) and len(set(cursors)) == len(cursors)  # committed page by page
        assert report.pulled == sum(sizes)
        assert local_view(ben.ws) == server_view(server, "ben")
    finally:
        anna.close()
        ben.close()
