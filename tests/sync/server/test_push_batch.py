"""A push's revisions are read for the whole batch and written together at its end
(``sync.server.revisions``): within one push a row changed twice sees its own earlier revision,
a change made on an older version sees what others changed since, and a restore snapshot refused
after its ancestors were put back leaves none of their rows or revisions behind. Raw pushes over
the real app (SQLite, or PostgreSQL with ``POLKU_TEST_DATABASE_URL``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import API, HEADER_PROTOCOL, HEADER_SCHEMA, PROTOCOL_VERSION, SCHEMA_VERSION
from sync.server.tables import MutationResult, RowRevision, RowState
from tests.support.sync import PASSWORD, Server, counsellors_server

VERSIONS = {HEADER_PROTOCOL: str(PROTOCOL_VERSION), HEADER_SCHEMA: str(SCHEMA_VERSION)}


class Pusher:
    """One enrolled device sending hand-made pushes."""

    def __init__(self, server: Server, username: str) -> None:
        self.server = server
        reply = server.client.post(
            API + "/enroll",
            json={"username": username, "password": PASSWORD, "device_id": str(uuid.uuid4())},
            headers=VERSIONS,
        )
        assert reply.status_code == 200, reply.text
        self.token = reply.json()["token"]
        self.epoch = reply.json()["epoch"]
        self.seq = 0

    def push(self, *entries: dict[str, Any]) -> list[dict[str, Any]]:
        for e in entries:
            self.seq += 1
            e["seq"] = self.seq
        reply = self.server.client.post(
            API + "/push",
            json={"epoch": self.epoch, "entries": list(entries)},
            headers={**VERSIONS, "Authorization": f"Bearer {self.token}"},
        )
        assert reply.status_code == 200, reply.text
        results: list[dict[str, Any]] = reply.json()["results"]
        assert [r["seq"] for r in results] == [e["seq"] for e in entries]
        return results


def change(entity: str, row_id: str, op: str, base: int, **fields: Any) -> dict[str, Any]:
    return {
        "mutation_id": str(uuid.uuid4()),
        "entity": entity,
        "row_id": row_id,
        "op": op,
        "base_version": base,
        "fields": fields,
        "device_time": "2026-01-01T10:00:00",
        "user": "anna",
    }


def new_client(row_id: str, **fields: Any) -> dict[str, Any]:
    return change(
        "client",
        row_id,
        "insert",
        0,
        first_names="Olena",
        last_name="Demo",
        home_municipality="297",
        **fields,
    )


def revisions(server: Server, row_id: str) -> list[tuple[int, str, list[str]]]:
    with Session(server.db.engine) as s:
        q = select(RowRevision).where(RowRevision.row_id == row_id).order_by(RowRevision.version)
        return [(r.version, r.op, r.changed) for r in s.scalars(q)]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with counsellors_server(tmp_path / "server", "anna", "ben") as srv:
        yield srv


def test_a_row_changed_twice_in_one_push_sees_its_own_earlier_revision(server: Server) -> None:
    anna = Pusher(server, "anna")
    cid = str(uuid.uuid4())
    # Made, then changed twice on the version the device knew (none yet, then still none): never
    # a conflict with itself.
    results = anna.push(
        new_client(cid),
        change("client", cid, "update", 0, phone="1"),
        change("client", cid, "update", 0, phone="2", last_name="Other"),
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    assert [r["version"] for r in results] == [1, 2, 3]
    assert [(v, op) for v, op, _changed in revisions(server, cid)] == [
        (1, "insert"),
        (2, "update"),
        (3, "update"),
    ]
    assert [changed for _v, _op, changed in revisions(server, cid)][1:] == [["phone"], ["last_name", "phone"]]
    row = server.rows("client")[("client", cid)]
    assert (row.version, row.data["phone"], row.data["last_name"]) == (3, "2", "Other")


def test_a_change_on_an_older_version_meets_what_others_changed_since_in_the_same_push(
    server: Server,
) -> None:
    anna, ben = Pusher(server, "anna"), Pusher(server, "ben")
    cid = str(uuid.uuid4())
    anna.push(new_client(cid, phone="0"))
    ben.push(change("client", cid, "update", 1, phone="ben"))  # version 2, by another device
    results = anna.push(
        change("client", cid, "update", 1, last_name="Anna"),  # made on version 1: merged
        change("client", cid, "update", 1, phone="anna"),  # ben changed it since: a conflict
    )
    assert [r["status"] for r in results] == ["merged", "conflict"]
    assert [c["field"] for c in results[1]["conflicts"]] == ["phone"]
    row = server.rows("client")[("client", cid)]
    assert (row.data["phone"], row.data["last_name"], row.needs_review) == ("ben", "Anna", True)
    assert [v for v, _op, _ch in revisions(server, cid)] == [1, 2, 3, 4]


def test_a_refused_snapshot_leaves_none_of_its_ancestors_behind(server: Server) -> None:
    anna = Pusher(server, "anna")
    cid, lang, other = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    ancestor = {
        "entity": "client",
        "row_id": cid,
        "fields": {"first_names": "Olena", "last_name": "Demo", "home_municipality": "297"},
    }
    bad = {"entity": "client_language", "row_id": lang, "fields": {"client_id": cid, "language": 5}}
    resent = change("client_language", lang, "update", 1, level="B1")
    resent.update(snapshot=bad, ancestors=[ancestor])
    results = anna.push(resent, new_client(other))
    assert [r["status"] for r in results] == ["rejected", "applied"]
    rows = server.rows()
    assert ("client", cid) not in rows and ("client_language", lang) not in rows
    assert revisions(server, cid) == [] and revisions(server, lang) == []
    assert [op for _v, op, _ch in revisions(server, other)] == ["insert"]
    with Session(server.db.engine) as s:
        assert len(s.scalars(select(MutationResult)).all()) == 2
        assert s.get(RowState, ("client", other)) is not None


def test_a_re_sent_push_gets_the_stored_answers_back(server: Server) -> None:
    anna = Pusher(server, "anna")
    ids = [str(uuid.uuid4()) for _ in range(3)]
    first = anna.push(*[new_client(i) for i in ids])
    anna.seq = 0  # the same entries again (the answer was lost on the way)
    again = anna.push(*[new_client(i) for i in ids])
    assert again == first
    assert all(len(revisions(server, i)) == 1 for i in ids)
