"""Watching the server: ``/metrics`` in the Prometheus text format counts what a sync does, by route
template and reason code, with no personal data in any label; it is served only to the addresses
``POLKU_SERVER_METRICS_ALLOW`` names and never through a proxy; and with several workers every
scrape shows the figures of all of them. On SQLite, or PostgreSQL with ``POLKU_TEST_DATABASE_URL``."""

from __future__ import annotations

import concurrent.futures
import os
import re
import time
import warnings
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from app.clients import update_client
from app.sync_service import SyncProblem, device_identity
from sync.client.transport import HttpTransport
from sync.server import admin
from sync.server.cli import main as server_main
from sync.server.tables import AccessLog, now
from sync.server.tables import Device as ServerDevice
from tests.support.server import serving
from tests.support.sync import PG_URL, Server, add_client, new_device, server_database

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

Figures = dict[tuple[str, frozenset[tuple[str, str]]], float]


def figures(exposition: str) -> Figures:
    """Every sample of a scrape by name and labels."""
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(exposition)
        for s in family.samples
    }


def value(figs: Figures, name: str, **labels: str) -> float:
    return figs.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url, metrics_allow="127.0.0.1, 10.20.0.0/24")
        srv.user("anna")
        srv.user("ben")
        yield srv
        srv.close()


def scraper(server: Server, address: str = "127.0.0.1") -> TestClient:
    return TestClient(server.app, base_url="http://testserver", client=(address, 40000))


def scrape(server: Server) -> Figures:
    reply = scraper(server).get("/metrics")
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/plain; version=0.0.4")
    return figures(reply.text)


def test_a_sync_is_counted_by_route_and_reason_without_personal_data(server: Server, tmp_path: Path) -> None:
    # The in-memory figures are the test process's: each check is a difference.
    before = scrape(server)
    anna = new_device(server, tmp_path / "a", "anna")
    ben = new_device(server, tmp_path / "b", "ben")
    client = add_client(anna.ws, "Demo-Metrics")
    anna.sync()
    ben.sync()
    update_client(anna.ws, client_id=client, changes={"first_names": "Alina"})
    update_client(ben.ws, client_id=client, changes={"first_names": "Oksana"})
    anna.sync()
    outside = add_client(ben.ws, "Demo-Elsewhere", municipality="857")  # not in ben's caseload
    ben.sync()
    reply = scraper(server).get("/metrics")
    after = figures(reply.text)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    # Anna twice; Ben's first sync had nothing to send, his last pushed twice: his changes, then the
    # access-log entry recording that the client the server refused left his laptop.
    assert grew("polku_pushes_total") == 4
    with Session(server.db.engine) as s:
        removed = s.scalars(select(AccessLog.action).where(AccessLog.client_id == outside)).all()
    assert "remove" in removed
    assert grew("polku_pulls_total") >= 4
    assert grew("polku_conflicts_total") == 1
    assert grew("polku_pushed_changes_total", result="conflict") == 1
    assert grew("polku_refused_changes_total", code="forbidden") == 1
    assert grew("polku_pushed_changes_total", result="rejected") == 1
    push = {"method": "POST", "route": "/api/v1/push", "status": "2xx"}
    assert grew("polku_http_requests_total", **push) == 4
    assert grew("polku_http_request_duration_seconds_count", **push) == 4
    assert grew("polku_http_requests_total", method="POST", route="/api/v1/enroll", status="2xx") == 2
    assert value(after, "polku_devices_seen_last_day") == 2 == value(after, "polku_devices_enrolled")
    # A route with an id in its path is counted by its template; an unknown path as unmatched.
    scraper(server).get("/api/v1/reference/not-a-data-set")
    scraper(server).get(f"/api/v1/{client}")
    again = scrape(server)
    assert value(
        again, "polku_http_requests_total", method="GET", route="/api/v1/reference/{name}", status="4xx"
    )
    assert value(again, "polku_http_requests_total", method="GET", route="(unmatched)", status="4xx")
    # No label anywhere holds a user, a device, a client or anything the client record holds.
    devices = [device_identity(d.ws)[0] for d in (anna, ben)]  # type: ignore[index]
    personal = ["anna", "ben", client, outside, "Demo-", "Alina", "Oksana", "Olena", *devices]
    assert not [p for p in personal if p in reply.text]
    anna.close()
    ben.close()


def test_devices_seen_in_the_last_day_are_counted_at_each_scrape(server: Server, tmp_path: Path) -> None:
    anna = new_device(server, tmp_path / "a", "anna")
    ben = new_device(server, tmp_path / "b", "ben")
    figs = scrape(server)
    assert value(figs, "polku_devices_seen_last_day") == 2 == value(figs, "polku_devices_enrolled")
    ben_id = device_identity(ben.ws)[0]  # type: ignore[index]
    with server.db.engine.begin() as conn:
        conn.execute(
            update(ServerDevice)
            .where(ServerDevice.id == ben_id)
            .values(last_contact=now() - timedelta(hours=25))
        )
    figs = scrape(server)
    assert value(figs, "polku_devices_seen_last_day") == 1 and value(figs, "polku_devices_enrolled") == 2
    admin.revoke_device(server.db, device_id=device_identity(anna.ws)[0])  # type: ignore[index]
    figs = scrape(server)
    assert value(figs, "polku_devices_seen_last_day") == 0 and value(figs, "polku_devices_enrolled") == 1
    anna.close()
    ben.close()


def test_a_request_that_fails_on_the_database_is_counted(server: Server, tmp_path: Path) -> None:
    anna = new_device(server, tmp_path / "a", "anna")
    # As over the network: a server error is an answer (500), not an exception in this process.
    anna.transport = HttpTransport(client=TestClient(server.app, raise_server_exceptions=False))
    before = scrape(server)
    with server.db.engine.begin() as conn:  # hello reads the reference data versions
        conn.execute(text("ALTER TABLE ref_data RENAME TO ref_data_away"))
    try:
        with pytest.raises(SyncProblem):
            anna.sync()
        after = scrape(server)
    finally:
        with server.db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE ref_data_away RENAME TO ref_data"))
    errors = {
        dict(labels)["error"]: n - before.get((name, labels), 0)
        for (name, labels), n in after.items()
        if name == "polku_database_errors_total"
    }
    assert sum(errors.values()) == 1 and set(errors) <= {"OperationalError", "ProgrammingError"}
    hello = {"method": "GET", "route": "/api/v1/hello", "status": "5xx"}
    assert (
        value(after, "polku_http_requests_total", **hello)
        - value(before, "polku_http_requests_total", **hello)
        == 1
    )
    anna.sync()  # the table is back: the next sync goes through
    anna.close()


def test_metrics_are_served_only_to_the_allowed_addresses_and_never_through_a_proxy(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    not_found = scraper(server).get("/no-such-address")
    assert scraper(server).get("/metrics").status_code == 200
    assert scraper(server, "10.20.0.77").get("/metrics").status_code == 200  # the allowed network
    for refused in (
        scraper(server, "10.20.1.5").get("/metrics"),  # outside it
        scraper(server, "203.0.113.9").get("/metrics"),
        scraper(server).get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"}),  # via the proxy
        scraper(server).get("/metrics", headers={"Forwarded": "for=203.0.113.9"}),
        server.client.get("/metrics"),  # the test client's address is no address at all
    ):
        assert (refused.status_code, refused.content) == (404, not_found.content)
    # Not set (the default): not served to anyone, not even this computer.
    closed = Server(server.url)
    assert scraper(closed).get("/metrics").status_code == 404
    assert scraper(closed).get("/healthz").json() == {"status": "ok"}
    closed.close()
    # A value that is not an address: the server says so and does not start.
    monkeypatch.setenv("POLKU_SERVER_METRICS_ALLOW", "127.0.0.1, intranet")
    assert server_main(["--database-url", server.url, "migrate"]) == 2
    err = capsys.readouterr().err
    assert "METRICS_ALLOW" in err and "'intranet' is not an address" in err and "Traceback" not in err


def test_several_workers_show_the_same_figures_whichever_answers(tmp_path: Path) -> None:
    """``serve --workers 2`` (PostgreSQL; one worker on SQLite): requests spread over the workers,
    and every scrape, whichever worker answers it, counts all of them. The workers' folder is new
    and private, and gone when the server stops."""
    workers = 2 if PG_URL else 1
    env = {**os.environ, "POLKU_SERVER_METRICS_ALLOW": "127.0.0.1"}
    with server_database(tmp_path / "db") as url, serving(
        tmp_path / "server-output.txt", "--workers", str(workers), database_url=url,
        data_dir=tmp_path / "data", env=env,
    ) as srv:  # fmt: skip
        match = re.search(r"metrics in (\S+)", srv.printed())
        assert match is not None
        folder = Path(match.group(1))
        assert folder.stat().st_mode & 0o077 == 0  # private to the server's user
        route = {"method": "GET", "route": "/healthz", "status": "2xx"}
        start = value(figures(httpx.get(f"{srv.url}/metrics").text), "polku_http_requests_total", **route)

        def healthz(_: int) -> int:
            with httpx.Client() as fresh:  # a new connection each time: any worker may take it
                return fresh.get(f"{srv.url}/healthz").status_code

        # Until every worker has answered requests (a worker writes its histogram file at its first
        # one; a busy machine may start the second worker seconds after the first answers).
        sent = 0
        deadline = time.monotonic() + 90
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            while sent == 0 or len(list(folder.glob("histogram_*.db"))) < workers:
                assert time.monotonic() < deadline, "not every worker answered"
                assert set(pool.map(healthz, range(20))) == {200}
                sent += 20
        for _ in range(8):
            with httpx.Client() as fresh:
                seen = value(
                    figures(fresh.get(f"{srv.url}/metrics").text), "polku_http_requests_total", **route
                )
            assert seen == start + sent
    assert not folder.exists()
