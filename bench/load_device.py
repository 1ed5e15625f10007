"""The simulated devices of the load test (``bench.load``): each one really enrolled, speaking the
sync protocol (``docs/sync-protocol.md``) directly over HTTP from one asyncio loop, keeping its rows
as (version, deleted, digest) so the run can check it converged with the server.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
import uuid
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from bench.load_setup import HEADERS, PASSWORD
from sync.protocol import API


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    retried: Counter[str] = field(default_factory=Counter)  # requests sent again after a connection error
    rows: int = 0

    def add(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)

    def count(self, kind: str) -> int:
        return len(self.latencies.get(kind, []))


class RequestFailed(Exception):
    pass


def digest(fields: dict[str, Any]) -> int:
    """A cheap fingerprint of a row's fields (within this process)."""
    try:
        return hash(tuple(sorted(fields.items())))
    except TypeError:  # a nested value
        return zlib.crc32(json.dumps(fields, sort_keys=True).encode())


CLIENT_VERSION = re.compile(rb'"entity":"client","row_id":"([^"]+)","version":(\d+)')


def page_without_items(raw: bytes) -> dict[str, Any]:
    """A pull page's cursor, flags and client lists without decoding its rows (for throughput runs:
    decoding a 1,000-row page costs the generator about as much CPU as the server spends making it)."""
    end = raw.rfind(b'],"evict":')
    if not raw.startswith(b'{"epoch":') or end < 0:
        page: dict[str, Any] = json.loads(raw)
        page["count"] = len(page["items"])
        page["items"] = []
        return page
    page = json.loads(b"{" + raw[end + 2 :])
    page["count"] = raw.count(b'"row_id":')
    page["items"] = []
    return page


@dataclass
class SimDevice:
    """One enrolled device speaking the protocol directly; keeps its rows as (version, deleted, digest)."""

    username: str
    municipality: str
    device_id: str
    token: str = ""
    epoch: str = ""
    cursor: int = 0
    seq: int = 0  # the outbox seq of the last entry pushed
    access_seq: int = 0
    rows: dict[tuple[str, str], tuple[int, bool, int]] = field(default_factory=dict)
    clients: list[str] = field(default_factory=list)
    verify: bool = True
    base: str = ""  # the server this sync goes to, when there are several (else the client's base URL)

    def headers(self) -> dict[str, str]:
        return {**HEADERS, "Authorization": f"Bearer {self.token}"} if self.token else HEADERS

    async def _request(
        self, http: httpx.AsyncClient, stats: Stats, kind: str, method: str, path: str, **kwargs: Any
    ) -> Any:
        started = time.perf_counter()
        for attempt in (1, 2):
            try:
                resp = await http.request(method, self.base + API + path, headers=self.headers(), **kwargs)
                break
            except httpx.TransportError as exc:
                # Sent again once, as the laptop's client does (sync.client.calls; every request is
                # safe to repeat): a kept-alive connection the server closed as the request went out
                # is reset (ReadError) when the generator, starved of CPU, reuses it late. Counted.
                if attempt == 2:
                    stats.errors[f"{kind}: {type(exc).__name__}"] += 1
                    raise RequestFailed(kind) from None
                stats.retried[f"{kind}: {type(exc).__name__}"] += 1
            except httpx.HTTPError as exc:
                stats.errors[f"{kind}: {type(exc).__name__}"] += 1
                raise RequestFailed(kind) from None
        stats.add(kind, time.perf_counter() - started)
        if resp.status_code != 200:
            try:
                code = str(resp.json().get("code", ""))
            except ValueError:
                code = ""
            stats.errors[f"{kind}: HTTP {resp.status_code} {code}".rstrip()] += 1
            raise RequestFailed(kind)
        return resp.content

    # Bodies are read with json.loads (the protocol's shapes, sync.protocol), not pydantic: the
    # generator shares the machine with the server and must stay light.

    async def enroll(self, http: httpx.AsyncClient, stats: Stats) -> None:
        body = {"username": self.username, "password": PASSWORD, "device_id": self.device_id,
                "device_name": "load test"}  # fmt: skip
        resp = json.loads(await self._request(http, stats, "enroll", "POST", "/enroll", json=body))
        self.token, self.epoch = resp["token"], resp["epoch"]

    async def hello(self, http: httpx.AsyncClient, stats: Stats) -> None:
        params = {"epoch": self.epoch, "cursor": self.cursor, "acked": self.seq}
        hello = json.loads(await self._request(http, stats, "hello", "GET", "/hello", params=params))
        if hello["epoch"] != self.epoch or hello["device_last_seq"] != self.seq:
            stats.errors["hello: unexpected epoch or device_last_seq"] += 1

    async def pull(
        self, http: httpx.AsyncClient, stats: Stats, *, limit: int, from_zero: bool = False
    ) -> None:
        if from_zero:
            self.cursor = 0
            self.rows.clear()
        kind = "pull (initial)" if self.cursor == 0 else "pull"
        while True:
            params = {"epoch": self.epoch, "cursor": self.cursor, "limit": limit}
            raw = await self._request(http, stats, kind, "GET", "/pull", params=params)
            page = json.loads(raw) if self.verify else page_without_items(raw)
            if page.get("reset") or page.get("evict"):
                stats.errors["pull: unexpected reset or eviction"] += 1
            if page.get("visible_clients") is not None:
                self.clients = page["visible_clients"]
            items = page["items"]
            for item in items:
                key = (item["entity"], item["row_id"])
                self.rows[key] = (item["version"], item["deleted"], digest(item["fields"]))
            if not self.verify:  # only the versions of clients, which the pushes edit
                for row_id, version in CLIENT_VERSION.findall(raw):
                    self.rows[("client", row_id.decode())] = (int(version), False, 0)
            stats.rows += len(items) if self.verify else page["count"]
            if items and page["cursor"] < items[-1]["server_seq"]:
                stats.errors["pull: cursor behind its own page"] += 1
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return

    async def push(self, http: httpx.AsyncClient, stats: Stats, rng: random.Random, changes: int) -> None:
        """``changes`` outbox entries: edits of a client's phone and new notes, plus access-log entries."""
        at = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
        entries, access = [], []
        for n in range(changes):
            client_id = rng.choice(self.clients)
            self.seq += 1
            if n % 2 == 0:
                version = self.rows.get(("client", client_id), (0, False, 0))[0]
                entries.append({
                    "seq": self.seq, "mutation_id": str(uuid.uuid4()), "entity": "client",
                    "row_id": client_id, "op": "update", "base_version": version, "base_epoch": self.epoch,
                    "fields": {"phone": f"+358 40 {rng.randrange(10**7):07d}"}, "device_time": at,
                    "user": self.username,
                })  # fmt: skip
            else:
                entries.append({
                    "seq": self.seq, "mutation_id": str(uuid.uuid4()), "entity": "note",
                    "row_id": str(uuid.uuid4()), "op": "insert", "base_version": 0, "base_epoch": self.epoch,
                    "fields": {"client_id": client_id, "written_at": at, "author": self.username,
                               "text": "Synthetic load-test note."},
                    "device_time": at, "user": self.username,
                })  # fmt: skip
            self.access_seq += 1
            access.append({
                "seq": self.access_seq, "id": str(uuid.uuid4()), "at": at, "user": self.username,
                "action": "view", "client_id": client_id, "entity": "client", "record_id": client_id,
                "detail": "record",
            })  # fmt: skip
        body = {"epoch": self.epoch, "entries": entries, "resolutions": [], "access_log": access}
        resp = json.loads(await self._request(http, stats, "push", "POST", "/push", json=body))
        stats.statuses.update(r["status"] for r in resp["results"])
        taken = resp["device_last_seq"] == self.seq and resp["access_log_through"] == self.access_seq
        if resp.get("gap") is not None or not taken:
            stats.errors["push: not all entries taken"] += 1

    async def sync(
        self, http: httpx.AsyncClient, stats: Stats, rng: random.Random, *, changes: int, limit: int
    ) -> None:
        """One sync as the laptop does it: hello, push the outbox, pull what is new."""
        started = time.perf_counter()
        await self.hello(http, stats)
        if changes and self.clients:
            await self.push(http, stats, rng, changes)
        await self.pull(http, stats, limit=limit)
        stats.add("sync", time.perf_counter() - started)


def new_devices(users: list[tuple[str, str]], count: int, *, verify: bool = True) -> list[SimDevice]:
    return [
        SimDevice(users[i % len(users)][0], users[i % len(users)][1], str(uuid.uuid4()), verify=verify)
        for i in range(count)
    ]


def http_client(connections: int) -> httpx.AsyncClient:
    # Idle connections are dropped before uvicorn's 5 s keep-alive ends, or a request could go out
    # on a connection the server is closing (httpx.RemoteProtocolError: a client-side artefact).
    limits = httpx.Limits(
        max_connections=connections, max_keepalive_connections=connections, keepalive_expiry=2.0
    )
    return httpx.AsyncClient(timeout=300, limits=limits)


async def _enroll_all(url: str, devices: list[SimDevice], stats: Stats) -> None:
    gate = asyncio.Semaphore(4)  # enrolment is serialised on the server anyway (Argon2id)

    async def one(d: SimDevice) -> None:
        async with gate:
            await d.enroll(http, stats)

    async with http_client(8) as http:
        http.base_url = httpx.URL(url)
        await asyncio.gather(*(one(d) for d in devices))


def enroll_all(url: str, devices: list[SimDevice]) -> Stats:
    stats = Stats()
    asyncio.run(_enroll_all(url, devices, stats))
    if stats.errors:
        raise RuntimeError(f"enrolment failed: {dict(stats.errors)}")
    return stats


# -- a load run ----------------------------------------------------------------------------------
