"""Which clients' data each device was sent: recorded on every pull, read for a lost laptop
(``polku-server device-clients``).

The record is what the server *sent*: a device holds a client's rows from the pull page that
carried them until the server tells it to drop the client (``evicted_at``). The server cannot know
about clients entered on the laptop and never synced.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from models.enums import AccessAction
from sync.server.admin import AdminError
from sync.server.db import Database
from sync.server.pull import PulledPage
from sync.server.scope import Scope
from sync.server.tables import AccessLog, ClientScope, Device, DeviceClient, RowRevision, RowState, User

log = logging.getLogger("polku.server")
_CHUNK = 500  # rows per statement: well inside SQLite's and PostgreSQL's parameter limits


# What a pull page gave a device, as one statement of a fixed shape whatever the number of clients:
# the page's client ids travel as one JSON array. (A statement per client cost a third of a pull's
# server time on PostgreSQL; a multi-row VALUES list is compiled anew for every length.) An upsert,
# safe against a second pull of the same device at the same moment. (``WHERE true``: SQLite reads
# ``ON CONFLICT`` after ``INSERT … SELECT … FROM`` as a join's ``ON`` without it.)
_UPSERT = """
    INSERT INTO device_client (device_id, client_id, first_pulled_at, last_pulled_at)
    SELECT :device_id, ids.value, :at, :at FROM {ids} WHERE true
    ON CONFLICT (device_id, client_id)
    DO UPDATE SET last_pulled_at = excluded.last_pulled_at, evicted_at = NULL
"""
_RECORD_PULL = {
    name: text(_UPSERT.format(ids=ids)).bindparams(bindparam("at", type_=DateTime))
    for name, ids in (
        ("postgresql", "json_array_elements_text(CAST(:client_ids AS json)) AS ids(value)"),
        ("sqlite", "json_each(:client_ids) AS ids"),
    )
}


def record_pull(s: Session, device: Device, page: PulledPage, at: datetime) -> None:
    """Remember what one pull page gave ``device`` and what it told it to drop."""
    if page.clients:
        s.connection().execute(
            _RECORD_PULL[s.get_bind().dialect.name],
            {"device_id": device.id, "at": at, "client_ids": json.dumps(sorted(page.clients))},
        )
    dropped = set(page.evicted)
    if page.visible is not None:
        # A pull from the beginning: the device keeps only the clients visible now.
        held = s.scalars(
            select(DeviceClient.client_id).where(
                DeviceClient.device_id == device.id, DeviceClient.evicted_at.is_(None)
            )
        )
        dropped |= set(held) - page.visible
        device.clients_recorded = True
    gone = sorted(dropped - page.clients)
    for start in range(0, len(gone), _CHUNK):
        s.execute(
            update(DeviceClient)
            .where(
                DeviceClient.device_id == device.id,
                DeviceClient.evicted_at.is_(None),
                DeviceClient.client_id.in_(gone[start : start + _CHUNK]),
            )
            .values(evicted_at=at)
        )


def record_fetch(s: Session, device: Device, client_id: str, at: datetime) -> None:
    """A closed case fetched back onto ``device`` (``sync.server.archive.recall``)."""
    s.connection().execute(
        _RECORD_PULL[s.get_bind().dialect.name],
        {"device_id": device.id, "at": at, "client_ids": json.dumps([client_id])},
    )


@dataclass(frozen=True)
class HeldClient:
    client_id: str
    municipality: str  # the client's home municipality now ("" if the server has no such client)
    name: str | None  # "Last, First" when asked for, else None
    first_pulled: datetime | None  # None: not recorded (see ``Holdings.recorded``)
    last_pulled: datetime | None
    evicted: datetime | None  # the server told the device to drop this client then
    last_opened: str | None  # the newest access log entry of this device for the client
    changed_here: bool  # the device sent changes of this client's rows (it entered or edited them)


@dataclass(frozen=True)
class Holdings:
    device_id: str
    device_name: str
    username: str
    revoked: datetime | None
    last_contact: datetime | None
    # False: the device pulled before the server recorded this; ``clients`` are then the user's
    # caseload now (plus anything recorded since), and the device may hold fewer or others.
    recorded: bool
    clients: list[HeldClient]


def find_device(s: Session, key: str) -> Device:
    """A device by its id, or by its name when exactly one device has it."""
    device = s.get(Device, key)
    if device is not None:
        return device
    named = list(s.scalars(select(Device).where(Device.name == key).order_by(Device.enrolled_at)))
    if len(named) == 1:
        return named[0]
    if named:
        ids = ", ".join(d.id for d in named)
        raise AdminError(f"{len(named)} devices are named {key!r}: give the device id ({ids})")
    raise AdminError(f"no device with the id or name {key!r} (see polku-server list-devices)")


def device_clients(db: Database, key: str, *, names: bool = False) -> Holdings:
    """The clients whose data ``key`` (a device id or name) was sent, newest pull first."""
    with db.read() as s:
        device = find_device(s, key)
        recorded = {
            r.client_id: r for r in s.scalars(select(DeviceClient).where(DeviceClient.device_id == device.id))
        }
        # Clients whose rows this device sent itself: on it even if no pull brought them back yet
        # (a sync that pushed and then lost its connection).
        pushed = set(
            s.scalars(
                select(RowState.client_id)
                .join(
                    RowRevision,
                    (RowRevision.entity == RowState.entity) & (RowRevision.row_id == RowState.row_id),
                )
                .where(RowRevision.device_id == device.id)
                .distinct()
            )
        )
        ids = set(recorded) | pushed
        user = s.get(User, device.username)
        if not device.clients_recorded and user is not None:
            ids |= set(s.scalars(select(ClientScope.client_id).where(Scope.of(user).clause())))
        scopes = _by_id(s, ClientScope.client_id, ClientScope.municipality, ids)
        shown = _names(s, ids) if names else {}
        opened = _last_opened(s, device.id, ids)
        held = [
            HeldClient(
                client_id=c,
                municipality=scopes.get(c, ""),
                name=shown.get(c, "") if names else None,
                first_pulled=recorded[c].first_pulled_at if c in recorded else None,
                last_pulled=recorded[c].last_pulled_at if c in recorded else None,
                evicted=recorded[c].evicted_at if c in recorded else None,
                last_opened=opened.get(c),
                changed_here=c in pushed,
            )
            for c in ids
        ]
    held.sort(key=lambda h: (h.evicted is not None, h.municipality, h.name or "", h.client_id))
    # Who looked at what, without the clients themselves (no personal data in the server's log).
    log.info(
        "device-clients: device %s of %s looked up, %d clients listed, names %s",
        device.id,
        device.username,
        len(held),
        "shown" if names else "not shown",
    )
    return Holdings(
        device_id=device.id,
        device_name=device.name,
        username=device.username,
        revoked=device.revoked_at,
        last_contact=device.last_contact,
        recorded=device.clients_recorded,
        clients=held,
    )


def _by_id(s: Session, key: Any, value: Any, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    chunk = sorted(ids)
    for at in range(0, len(chunk), _CHUNK):  # bounded IN lists
        out.update({k: v for k, v in s.execute(select(key, value).where(key.in_(chunk[at : at + _CHUNK])))})
    return out


def _names(s: Session, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    chunk = sorted(ids)
    for at in range(0, len(chunk), _CHUNK):
        rows = s.execute(
            select(RowState.row_id, RowState.data).where(
                RowState.entity == "client", RowState.row_id.in_(chunk[at : at + _CHUNK])
            )
        )
        for row_id, data in rows:
            out[row_id] = f"{data.get('last_name', '')}, {data.get('first_names', '')}"
    return out


def _last_opened(s: Session, device_id: str, ids: set[str]) -> dict[str, str]:
    # A ``remove`` entry is the laptop deleting the client's data on the server's word, not a person
    # opening it: it would hide when the data was last used.
    rows = s.execute(
        select(AccessLog.client_id, func.max(AccessLog.at))
        .where(
            AccessLog.device_id == device_id,
            AccessLog.client_id.is_not(None),
            AccessLog.action != AccessAction.REMOVE.value,
        )
        .group_by(AccessLog.client_id)
    )
    return {c: at for c, at in rows if c in ids}
