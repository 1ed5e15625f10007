"""The initial pull when a laptop gets records pages before their client: after the client was edited,
its newest change comes after its records, so each record waits on the laptop (``sync_pull_stash``)
until the client arrives, and records under records (goals under plans, participants under
assessments) wait for those in turn. Everything must arrive, and nothing may be left waiting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo import generate_demo_data
from app.sync_service import sync_now
from models import Client
from sync.client import bookkeeping as local
from sync.client.engine import SyncOptions
from tests.support.sync import Server, local_view, new_device, server_database, server_view

MUNICIPALITIES = ("297", "857", "402", "204", "778", "686")
SMALL_PAGES = SyncOptions(push_batch=50, pull_limit=7, attempts=1, retry_delay=0.0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        for name in ("anna", "ben"):
            srv.user(name, municipalities=MUNICIPALITIES)
        yield srv
        srv.close()


def test_records_that_come_before_their_client_wait_for_it_and_all_arrive(
    server: Server, tmp_path: Path
) -> None:
    anna = new_device(server, tmp_path / "anna", "anna")
    ben = new_device(server, tmp_path / "ben", "ben")
    try:
        generate_demo_data(anna.ws, clients=8, seed=5)
        anna.sync()
        with anna.ws.session() as s:  # every client changes after its records
            for n, client in enumerate(s.scalars(select(Client).order_by(Client.id))):
                client.phone = f"+358 40 {n:07d}"
        anna.sync()

        waiting: list[int] = []

        def after_page(_phase: str, _done: int, _total: int) -> None:
            with Session(ben.ws.engine) as s:
                waiting.append(local.stash_count(s))

        report = sync_now(ben.ws, transport=server.transport(), options=SMALL_PAGES, progress=after_page)

        assert max(waiting) > 0, "records came before their clients and waited"
        assert waiting[-1] == 0 and report.waiting_for_parent == 0
        assert local_view(ben.ws) == server_view(server, "ben")
        # A second sync changes nothing: every row is there at the server's version.
        assert sync_now(ben.ws, transport=server.transport(), options=SMALL_PAGES).pulled == 0
    finally:
        anna.close()
        ben.close()
