"""What the sync server counts for monitoring, read at ``GET /metrics`` in the Prometheus text format
(``prometheus-client``).

Metrics (no label ever holds a username, a client, row or device id, or anything a request carried):

- ``polku_http_requests_total{method,route,status}`` and ``polku_http_request_duration_seconds``
  (a histogram, same labels): every request by its route *template* (``/api/v1/admin/devices/
  {device_id}/revoke``, never the path itself, which holds ids; ``(unmatched)`` for no route) and
  its status class (``2xx`` ... ``5xx``).
- ``polku_pushes_total``, ``polku_pulls_total``: push requests committed, pull pages served.
- ``polku_pushed_changes_total{result}``: outbox entries applied by those pushes (``applied``,
  ``merged``, ``conflict``, ``rejected``); a re-sent entry answered from the stored result is not
  counted again.
- ``polku_conflicts_total``: field conflicts the pushes created (each waits for a person).
- ``polku_refused_changes_total{code}``: pushed changes the server refused, by the reason code of
  the protocol (``forbidden``, ``invalid``, ``parent_missing``, ``row_missing``, ...).
- ``polku_devices_seen_last_day`` and ``polku_devices_enrolled`` (gauges, counted in the database
  at each scrape, one query over the device table): devices not revoked that contacted the server in
  the last 24 hours, and all devices not revoked.
- ``polku_database_errors_total{error}``: requests (and scrapes) that failed on a database error,
  by the SQLAlchemy exception class (``OperationalError``, ...); never its message, which may quote
  a row.

Several workers (``polku-server serve --workers N``): each worker is its own process with its own
counters. ``serve`` therefore points ``PROMETHEUS_MULTIPROC_DIR`` at a new private folder (made
empty, mode 0700, removed when it stops) before the workers start; each worker writes its figures
there and a scrape, whichever worker answers it, adds up all of them (``prometheus-client``'s
multiprocess mode). An app made in a process without that variable (the tests) keeps its figures
in memory.

Who may read it: ``api/observe.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest, values
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import case, func, select
from sqlalchemy.exc import SQLAlchemyError

from sync.protocol import PushResult, ResultCode
from sync.server.db import Database
from sync.server.tables import Device, now

# prometheus-client chose per-process files or memory when it was imported (this module imports it).
MULTIPROCESS = values.ValueClass is not values.MutexValue

REQUESTS = Counter(
    "polku_http_requests", "HTTP requests by route template and status class", ["method", "route", "status"]
)
LATENCY = Histogram(
    "polku_http_request_duration_seconds",
    "Time from a request's arrival to the end of its answer",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
PUSHES = Counter("polku_pushes", "Push requests committed")
PULLS = Counter("polku_pulls", "Pull pages served")
PUSHED_CHANGES = Counter("polku_pushed_changes", "Outbox entries applied by pushes, by result", ["result"])
CONFLICTS = Counter("polku_conflicts", "Field conflicts created by pushes")
REFUSED = Counter("polku_refused_changes", "Pushed changes the server refused, by reason code", ["code"])
DATABASE_ERRORS = Counter(
    "polku_database_errors", "Requests that failed on a database error, by exception class", ["error"]
)

METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
RESULTS = frozenset({"applied", "merged", "conflict", "rejected"})
REFUSAL_CODES = frozenset(v for k, v in vars(ResultCode).items() if k.isupper() and isinstance(v, str))


def _known(value: str | None, known: frozenset[str]) -> str:
    """A label value from a fixed set: anything else (a hostile method name) becomes ``other``."""
    return value if value in known else "other"


def record_request(method: str, route: str, status: int, seconds: float) -> None:
    labels = (_known(method, METHODS), route, f"{min(max(status // 100, 1), 5)}xx")
    REQUESTS.labels(*labels).inc()
    LATENCY.labels(*labels).observe(seconds)


def record_database_error(exc: SQLAlchemyError) -> None:
    DATABASE_ERRORS.labels(type(exc).__name__).inc()


def record_push(results: Sequence[PushResult]) -> None:
    """A committed push; ``results``: the answers to the entries this push applied for the first time."""
    PUSHES.inc()
    for r in results:
        PUSHED_CHANGES.labels(_known(r.status, RESULTS)).inc()
        if r.conflicts:
            CONFLICTS.inc(len(r.conflicts))
        if r.status == "rejected":
            REFUSED.labels(_known(r.code, REFUSAL_CODES)).inc()


class DeviceGauges(Collector):
    """Counted in the database at each scrape (a few hundred device rows: one cheap query)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def collect(self) -> Iterable[Metric]:
        since = now() - timedelta(days=1)
        try:
            with self.db.read() as s:
                enrolled, seen = s.execute(
                    select(func.count(), func.sum(case((Device.last_contact >= since, 1), else_=0))).where(
                        Device.revoked_at.is_(None)
                    )
                ).one()
        except SQLAlchemyError as exc:  # the scrape still shows the other figures (and this error)
            record_database_error(exc)
            return []
        return [
            GaugeMetricFamily(
                "polku_devices_seen_last_day",
                "Devices (not revoked) that contacted the server in the last 24 hours",
                value=int(seen or 0),
            ),
            GaugeMetricFamily("polku_devices_enrolled", "Devices enrolled and not revoked", value=enrolled),
        ]


def exposition(db: Database) -> bytes:
    """The whole text of a scrape: every worker's figures (or this process's) and the device gauges."""
    scrape = CollectorRegistry()
    scrape.register(DeviceGauges(db))
    if MULTIPROCESS:
        MultiProcessCollector(scrape)  # type: ignore[no-untyped-call]  # PROMETHEUS_MULTIPROC_DIR
        return generate_latest(scrape)
    return generate_latest(REGISTRY) + generate_latest(scrape)
