"""Authorization matrix: no role reads or writes outside its scope, on push or on pull.

Counsellors see their municipalities' clients and clients assigned to them; office staff see the
municipalities they serve (an assignment does not widen it); an administrator syncs no client data.
Child rows follow their client.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.client.transport import HttpTransport, Reply, Transport
from sync.protocol import ResultCode
from sync.server.tables import AccessLog, RowRevision
from tests.support.sync import PASSWORD, Server, add_client, local_view, new_device, server_database

USERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "c297": ("counsellor", ("297",)),
    "c204": ("counsellor", ("204",)),
    "c_assigned": ("counsellor", ()),
    "office297": ("office", ("297",)),
    "office_all": ("office", ("297", "204", "402", "857")),
    "root": ("admin", ()),
}
# Clients: name -> (municipality, assigned counsellor)
CLIENTS = {
    "K297": ("297", None),
    "K204": ("204", None),
    "K204_assigned": ("204", "c_assigned"),
    "K204_office": ("204", "office297"),  # an office user is never "assigned"
    "K402": ("402", None),
}
SEES = {
    "c297": {"K297"},
    "c204": {"K204", "K204_assigned", "K204_office"},
    "c_assigned": {"K204_assigned"},
    "office297": {"K297"},
    "office_all": set(CLIENTS),
    "root": set(),
}


class Raw:
    """A device speaking the protocol directly, to try what the real client would never send
    (through the in-process app, or any ``Transport``, e.g. to a ``polku-server serve`` process)."""

    def __init__(self, server: Server | None, username: str, transport: Transport | None = None) -> None:
        self.server = server
        self.transport = transport or (server.transport() if server else HttpTransport())
        reply = self.transport.request(
            "POST",
            "/api/v1/enroll",
            body={"username": username, "password": PASSWORD, "device_id": str(uuid.uuid4())},
        )
        assert reply.status == 200, reply.body
        self.token = reply.body["token"]
        self.epoch = reply.body["epoch"]
        self.device_id = reply.body["device_id"]
        self.seq = 0
        self.access_seq = 0
        self.last_push: dict[str, Any] = {}

    def push(
        self, entity: str, row_id: str, op: str, fields: dict[str, Any], claimed_user: str = "x"
    ) -> dict[str, Any]:
        self.seq += 1
        entry = {
            "seq": self.seq,
            "mutation_id": str(uuid.uuid4()),
            "entity": entity,
            "row_id": row_id,
            "op": op,
            "base_version": 1 if op != "insert" else 0,
            "fields": fields,
            "device_time": "2026-01-01T10:00:00",
            "user": claimed_user,
        }
        reply = self.transport.request(
            "POST", "/api/v1/push", body={"epoch": self.epoch, "entries": [entry]}, token=self.token
        )
        assert reply.status == 200, reply.body
        self.last_push = dict(reply.body)
        [result] = reply.body["results"]
        return dict(result)

    def access(self, client_id: str | None, claimed_user: str, **extra: Any) -> dict[str, Any]:
        """One access-log entry (a view of a client), claimed as ``claimed_user``."""
        self.access_seq += 1
        return {
            "seq": self.access_seq,
            "id": str(uuid.uuid4()),
            "at": "2026-01-01T10:00:00",
            "user": claimed_user,
            "action": "view",
            "client_id": client_id,
            "entity": "client",
            "record_id": client_id,
            **extra,
        }

    def push_access(self, items: list[dict[str, Any]]) -> Reply:
        return self.transport.request(
            "POST", "/api/v1/push", body={"epoch": self.epoch, "access_log": items}, token=self.token
        )

    def hello(self, **params: Any) -> dict[str, Any]:
        reply = self.transport.request("GET", "/api/v1/hello", params=params, token=self.token)
        assert reply.status == 200, reply.body
        return dict(reply.body)

    def pull_all(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor = 0
        while True:
            reply = self.transport.request(
                "GET", "/api/v1/pull", params={"epoch": self.epoch, "cursor": cursor}, token=self.token
            )
            assert reply.status == 200
            items += reply.body["items"]
            cursor = reply.body["cursor"]
            if not reply.body["has_more"]:
                return items


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Server, dict[str, str]]]:
    with server_database(tmp_path / "server") as url:
        server = Server(url)
        for name, (role, munis) in USERS.items():
            server.user(name, role, munis)
        maker = new_device(server, tmp_path / "maker", "office_all")
        ids = {
            name: add_client(maker.ws, last_name=name, municipality=muni, assigned_counsellor=who)
            for name, (muni, who) in CLIENTS.items()
        }
        from app.meetings import add_note

        for cid in ids.values():
            add_note(maker.ws, client_id=cid, text="a note")
        maker.sync()
        maker.close()
        yield server, ids
        server.close()


@pytest.mark.parametrize("user", sorted(USERS))
def test_pull_gives_exactly_the_caseload(
    world: tuple[Server, dict[str, str]], user: str, tmp_path: Path
) -> None:
    server, ids = world
    names = {v: k for k, v in ids.items()}
    items = Raw(server, user).pull_all()
    clients = {names[i["row_id"]] for i in items if i["entity"] == "client"}
    notes_of = {names[i["fields"]["client_id"]] for i in items if i["entity"] == "note"}
    assert clients == SEES[user]
    assert notes_of == SEES[user]  # child rows follow their client
    # The real client stores exactly that.
    device = new_device(server, tmp_path / f"dev-{user}", user)
    device.sync()
    local = {names[k[1]] for k in local_view(device.ws) if k[0] == "client"}
    device.close()
    assert local == SEES[user]


@pytest.mark.parametrize("user", sorted(USERS))
def test_push_is_refused_outside_the_caseload(world: tuple[Server, dict[str, str]], user: str) -> None:
    server, ids = world
    raw = Raw(server, user)
    for name, cid in ids.items():
        visible = name in SEES[user]
        edit = raw.push("client", cid, "update", {"phone": f"by {user}"})
        note = raw.push(
            "note",
            str(uuid.uuid4()),
            "insert",
            {"client_id": cid, "written_at": "2026-01-01T10:00:00", "author": user, "text": "x"},
        )
        delete = raw.push("note", str(uuid.uuid4()), "delete", {"deleted": True})
        for result in (edit, note):
            if visible:
                assert result["status"] in ("applied", "merged"), (user, name, result)
            else:
                assert (result["status"], result["code"]) == ("rejected", ResultCode.FORBIDDEN), (user, name)
                assert result["row"] is None and result["gone"]  # nothing about the row leaks
        assert delete["status"] == "rejected"
        phone = server.rows("client")[("client", cid)].data["phone"]
        assert (phone == f"by {user}") == visible
    # Creating clients: only in one's own municipalities; and no moving a client out of reach.
    for muni in ("297", "204", "402", "857"):
        result = raw.push(
            "client",
            str(uuid.uuid4()),
            "insert",
            {"first_names": "A", "last_name": "B", "home_municipality": muni},
        )
        allowed = muni in USERS[user][1]
        assert (result["status"] == "applied") == allowed, (user, muni, result)
    for name in SEES[user]:
        result = raw.push(
            "client", ids[name], "update", {"home_municipality": "686", "assigned_counsellor": None}
        )
        assert (result["status"], result["code"]) == ("rejected", ResultCode.FORBIDDEN)


def test_a_client_moved_out_of_a_caseload_leaves_the_device(
    world: tuple[Server, dict[str, str]], tmp_path: Path
) -> None:
    server, ids = world
    c204 = new_device(server, tmp_path / "c204", "c204")
    office = new_device(server, tmp_path / "office", "office_all")
    c204.sync()
    office.sync()
    from app.clients import update_client

    update_client(office.ws, client_id=ids["K204"], changes={"home_municipality": "297"})
    update_client(office.ws, client_id=ids["K297"], changes={"home_municipality": "204"})
    office.sync()
    report = c204.sync()
    assert report.evicted == 1
    names = {v: k for k, v in ids.items()}
    view = local_view(c204.ws)
    local = {names[k[1]] for k in view if k[0] == "client"}
    notes = {names[v["client_id"]] for k, v in view.items() if k[0] == "note"}
    assert local == notes == {"K297", "K204_assigned", "K204_office"}  # K297 came with its note; K204 left
    c204.close()
    office.close()


# -- what the server stamps itself: the author and the access log's user (issue 13) -------------


def someone_else(user: str) -> str:
    return "c204" if user != "c204" else "c297"


def access_rows(server: Server, device_id: str) -> list[AccessLog]:
    with Session(server.db.engine) as s:
        return list(
            s.scalars(select(AccessLog).where(AccessLog.device_id == device_id).order_by(AccessLog.seq))
        )


@pytest.mark.parametrize("user", sorted(USERS))
def test_the_author_is_the_token_s_user_whatever_the_device_claims(
    world: tuple[Server, dict[str, str]], user: str, tmp_path: Path
) -> None:
    """A push naming another user as the author (``"user"`` in the entry) is applied, but the row,
    its revision and what every other laptop pulls name the device's own user and device."""
    server, ids = world
    raw = Raw(server, user)
    other = someone_else(user)
    made: dict[str, str] = {}  # row id -> client name
    for name, cid in ids.items():
        edit = raw.push("client", cid, "update", {"phone": f"by {user}"}, claimed_user=other)
        note_id = str(uuid.uuid4())
        note = raw.push(
            "note",
            note_id,
            "insert",
            {"client_id": cid, "written_at": "2026-01-01T10:00:00", "author": user, "text": "x"},
            claimed_user=other,
        )
        if name in SEES[user]:
            assert edit["status"] in ("applied", "merged") and note["status"] == "applied"  # not lost
            made[cid] = name
            made[note_id] = name
        else:
            assert (edit["status"], note["status"]) == ("rejected", "rejected")
    rows = {k[1]: r for k, r in server.rows().items() if k[1] in made}
    assert set(rows) == set(made)
    for row in rows.values():
        assert (row.changed_by, row.changed_device) == (user, raw.device_id)
    with Session(server.db.engine) as s:
        revs = s.scalars(select(RowRevision).where(RowRevision.device_id == raw.device_id)).all()
        assert {r.username for r in revs} <= {user}
    # Everyone who sees the rows gets the true author: the administrator's office colleague.
    puller = Raw(server, "office_all")
    pulled = {i["row_id"]: i for i in puller.pull_all() if i["row_id"] in made}
    assert set(pulled) == set(made)
    assert {(i["changed_by"], i["changed_device"]) for i in pulled.values()} <= {(user, raw.device_id)}


@pytest.mark.parametrize("user", sorted(USERS))
def test_the_access_log_is_stamped_with_the_device_s_user_and_flags_other_clients(
    world: tuple[Server, dict[str, str]], user: str
) -> None:
    """Access-log entries claimed as another user, about every client and about one that does not
    exist: every entry is stored once, under the device's own user and device (the claim kept aside),
    those outside the user's caseload flagged ``outside_scope``; the device's progress covers them
    all; a re-send changes nothing."""
    server, ids = world
    raw = Raw(server, user)
    other = someone_else(user)
    unknown = str(uuid.uuid4())
    targets = [*ids.items(), ("unknown", unknown), ("none", None)]
    items = [raw.access(cid, other if i % 2 == 0 else user) for i, (_n, cid) in enumerate(targets)]
    reply = raw.push_access(items)
    assert reply.status == 200, reply.body
    assert reply.body["access_log_through"] == len(items)  # nothing blocks the rest
    again = raw.push_access(items)  # the answer was lost: the device sends the same again
    assert again.status == 200 and again.body == reply.body
    rows = access_rows(server, raw.device_id)
    assert [r.seq for r in rows] == [i["seq"] for i in items]  # once each
    for (name, cid), item, row in zip(targets, items, rows, strict=True):
        assert row.user == user and row.device_id == raw.device_id and row.client_id == cid
        assert row.claimed_user == (item["user"] if item["user"] != user else None)
        flags = set((row.flags or "").split())
        outside = name not in SEES[user] and name != "none"
        assert ("outside_scope" in flags) == outside, (user, name)
        assert ("user_claim_differs" in flags) == (item["user"] != user)
    hello = raw.transport.request("GET", "/api/v1/hello", params={"epoch": raw.epoch}, token=raw.token)
    assert hello.body["access_log_through"] == len(items)


@pytest.mark.parametrize("user", sorted(USERS))
def test_an_access_log_entry_about_an_unknown_client_is_answered_like_one_out_of_reach(
    world: tuple[Server, dict[str, str]], user: str
) -> None:
    """The answer does not tell whether a client outside the caseload exists: the same status and
    the same bytes for an existing client out of reach and for an id the server never saw."""
    server, ids = world
    server.user("office091", "office", ("091",))
    far = Raw(server, "office091")  # a client in a municipality no one in the matrix serves
    far_id = str(uuid.uuid4())
    made = far.push(
        "client", far_id, "insert", {"first_names": "A", "last_name": "B", "home_municipality": "091"}
    )
    assert made["status"] == "applied"
    hidden = [cid for name, cid in ids.items() if name not in SEES[user]] + [far_id]
    answers = []
    for cid in (hidden[0], str(uuid.uuid4())):
        raw = Raw(server, user)  # fresh devices: the same seq, so the same answer is expected
        reply = raw.push_access([raw.access(cid, someone_else(user))])
        body = dict(reply.body)
        body.pop("acked_proof", None)  # signed for each device; the rest must not differ
        answers.append((reply.status, body))
    assert answers[0] == answers[1]
    assert answers[0][0] == 200 and answers[0][1]["access_log_through"] == 1


@pytest.mark.parametrize("user", sorted(USERS))
def test_no_role_can_force_a_new_epoch(
    world: tuple[Server, dict[str, str]], user: str, tmp_path: Path
) -> None:
    """A device claiming to know more than the server (issue 13, item 3) starts no epoch and costs
    the other devices nothing: only a number the server itself signed, and no longer holds, counts."""
    server, _ids = world
    bystander = new_device(server, tmp_path / "bystander", "office_all")
    bystander.sync()
    raw = Raw(server, user)
    raw.pull_all()
    first = raw.hello(epoch=raw.epoch)
    epoch, last_seq = first["epoch"], first["last_seq"]
    ahead, big = last_seq + 1, 2**40
    claims: list[dict[str, Any]] = [  # bare numbers: what the tester sent
        {"cursor": ahead},
        {"acked": big},
        {"cursor": ahead, "acked": big},
        {"cursor": ahead, "cursor_proof": f"{ahead}.{'0' * 32}"},  # made-up signatures
        {"acked": big, "acked_proof": f"{big}.{'f' * 32}"},
        {"cursor_proof": "not a proof"},
        {"cursor_proof": f"{'9' * 19}.{'a' * 32}"},
    ]
    for claim in claims:
        assert raw.hello(epoch=epoch, **claim)["epoch"] == epoch, claim
    # Real proofs from the server, for what it really holds.
    reply = raw.transport.request(
        "GET", "/api/v1/pull", params={"epoch": epoch, "cursor": ahead + 5}, token=raw.token
    )
    assert reply.status == 200
    laundered = reply.body["cursor_proof"]  # asked from beyond the end: signs only what the server has
    assert laundered.split(".")[0] == str(last_seq)
    pushed = raw.push("client", str(uuid.uuid4()), "update", {"phone": "x"})  # rejected, but answered
    assert pushed["status"] == "rejected"
    claims = [
        {"cursor": ahead + 5, "cursor_proof": laundered},
        {"cursor_proof": laundered.replace(str(last_seq), str(ahead), 1)},  # the number changed
        {"acked_proof": laundered},  # a cursor proof shown as an acked one
        {"acked": big, "acked_proof": raw.last_push["acked_proof"]},
    ]
    for claim in claims:
        assert raw.hello(epoch=epoch, **claim)["epoch"] == epoch, claim
    report = bystander.sync()
    assert not report.epoch_changed and report.pulled == 0 and report.pushed == 0
    bystander.close()
