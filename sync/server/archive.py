"""Closed cases leave the laptops and stay on the server; a counsellor fetches one back on demand.

``polku-server archive-closed`` (daily, from a timer) puts aside every client whose integration
plans are all closed (at least one) and none of whose rows has changed for ``months`` months
(default 12). Putting aside is a scope change (``scope_change``, a new sequence number): each
device that carries the client is told to drop it at its next pull, after sending what it has
unsent for it, exactly as when a client moves away (``sync.server.pull``).

A counsellor online can list the closed cases of their caseload and fetch one back onto their
laptop (``device_recall``): it then syncs there like any client until it changes, which makes it an
open case again everywhere (``Writer.reopen``), or lies untouched for ``recall_days`` (default 30),
when the next ``archive-closed`` takes it off that laptop again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from models.enums import PlanState
from models.search import client_search_key, fold
from sync.entities import specs
from sync.protocol import ClosedCase, PullItem
from sync.server.db import Database
from sync.server.scope import Scope
from sync.server.serialize import pull_item
from sync.server.tables import ClientScope, Device, DeviceRecall, RowRevision, RowState, ScopeChange, now

MONTHS = 12  # a closed case with no change for this long leaves the laptops
RECALL_DAYS = 30  # a fetched-back closed case with no change for this long leaves its laptop again
LIST_MAX = 50  # closed cases listed per search: a name narrows it
_CHUNK = 500


@dataclass(frozen=True)
class ArchiveResult:
    archived: int  # closed cases put aside now
    recalls_ended: int  # fetched-back cases taken off their device again


def months_before(at: datetime, months: int) -> datetime:
    """The same day ``months`` calendar months earlier (the month's last day when it is shorter)."""
    total = at.year * 12 + at.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - timedelta(days=1)).day
    return at.replace(year=year, month=month, day=min(at.day, last_day))


def _idle_clients(s: Session, cutoff: datetime) -> list[str]:
    """Open cases none of whose rows has changed since ``cutoff``."""
    last_change = (
        select(RowState.client_id)
        .join(RowRevision, and_(RowRevision.entity == RowState.entity, RowRevision.row_id == RowState.row_id))
        .join(ClientScope, ClientScope.client_id == RowState.client_id)
        .where(ClientScope.archived_at.is_(None))
        .group_by(RowState.client_id)
        .having(func.max(RowRevision.at) < cutoff)
    )
    return sorted(s.scalars(last_change))


def _all_plans_closed(s: Session, clients: list[str]) -> list[str]:
    """Of ``clients``, those with at least one plan and every plan closed (deleted plans aside)."""
    states: dict[str, set[Any]] = {}
    for i in range(0, len(clients), _CHUNK):
        rows = s.execute(
            select(RowState.client_id, RowState.data).where(
                RowState.entity == "integration_plan",
                RowState.deleted.is_(False),
                RowState.client_id.in_(clients[i : i + _CHUNK]),
            )
        )
        for client_id, data in rows:
            states.setdefault(client_id, set()).add(data.get("state"))
    return sorted(c for c, found in states.items() if found == {PlanState.CLOSED.value})


def _leave(s: Session, cs: ClientScope, seq: int) -> None:
    """The scope change that tells each device carrying the client to drop it at its next pull."""
    s.add(
        ScopeChange(
            server_seq=seq,
            client_id=cs.client_id,
            old_municipality=cs.municipality,
            old_assigned=cs.assigned_counsellor,
        )
    )


def archive_closed(
    db: Database,
    *,
    months: int = MONTHS,
    recall_days: int = RECALL_DAYS,
    at: datetime | None = None,
    dry_run: bool = False,
) -> ArchiveResult:
    """Put aside the closed cases idle for ``months``; end the recalls idle for ``recall_days``."""
    at = at or now()
    with db.write() as (s, state):
        due = _all_plans_closed(s, _idle_clients(s, months_before(at, months)))
        ended = s.execute(
            select(DeviceRecall.device_id, DeviceRecall.client_id)
            .join(ClientScope, ClientScope.client_id == DeviceRecall.client_id)
            .where(
                ClientScope.archived_at.is_not(None),
                DeviceRecall.recalled_at < at - timedelta(days=recall_days),
            )
        ).all()
        if dry_run:
            s.rollback()
            return ArchiveResult(len(due), len(ended))
        for client_id in due:
            cs = s.get(ClientScope, client_id)
            assert cs is not None
            cs.archived_at = at
            state.last_seq += 1
            _leave(s, cs, state.last_seq)
        for device_id, client_id in ended:
            s.execute(
                delete(DeviceRecall).where(
                    DeviceRecall.device_id == device_id, DeviceRecall.client_id == client_id
                )
            )
        for client_id in sorted({client_id for _device, client_id in ended}):
            cs = s.get(ClientScope, client_id)
            assert cs is not None
            state.last_seq += 1
            _leave(s, cs, state.last_seq)  # devices still holding a recall of it keep it
        return ArchiveResult(len(due), len(ended))


def _closed_on(s: Session, client_ids: list[str]) -> dict[str, str | None]:
    """Each client's latest plan closing date (ISO text), for the list."""
    latest: dict[str, str | None] = dict.fromkeys(client_ids)
    rows = s.execute(
        select(RowState.client_id, RowState.data).where(
            RowState.entity == "integration_plan", RowState.client_id.in_(client_ids)
        )
    )
    for client_id, data in rows:
        closed = data.get("closed_on")
        if isinstance(closed, str) and (latest[client_id] is None or closed > (latest[client_id] or "")):
            latest[client_id] = closed
    return latest


def closed_cases(s: Session, scope: Scope, query: str) -> tuple[list[ClosedCase], bool]:
    """The closed cases put aside in the user's caseload whose name or birth date matches every
    word of ``query`` (folded as the laptop's search folds them), at most ``LIST_MAX`` by name; and
    whether there were more."""
    words = fold(query).split()
    found: list[ClosedCase] = []
    rows = s.execute(
        select(RowState.row_id, RowState.data, ClientScope.municipality, ClientScope.archived_at)
        .join(ClientScope, ClientScope.client_id == RowState.row_id)
        .where(
            RowState.entity == "client",
            RowState.deleted.is_(False),
            ClientScope.archived_at.is_not(None),
            scope.clause(),
        )
    )
    for client_id, data, municipality, archived_at in rows:
        born = data.get("date_of_birth")
        key = client_search_key(
            data.get("first_names") or "",
            data.get("last_name") or "",
            data.get("name_latin"),
            date.fromisoformat(born) if isinstance(born, str) else None,
        )
        if all(word in key for word in words):
            found.append(
                ClosedCase(
                    client_id=client_id,
                    first_names=data.get("first_names") or "",
                    last_name=data.get("last_name") or "",
                    date_of_birth=born if isinstance(born, str) else None,
                    municipality=municipality,
                    archived_on=archived_at.date().isoformat(),
                )
            )
    found.sort(key=lambda c: (fold(c.last_name), fold(c.first_names), c.client_id))
    shown = found[:LIST_MAX]
    closed = _closed_on(s, [c.client_id for c in shown])
    return [c.model_copy(update={"closed_on": closed[c.client_id]}) for c in shown], len(found) > LIST_MAX


def recall(s: Session, device: Device, scope: Scope, client_id: str, at: datetime) -> list[PullItem] | None:
    """Fetch a closed case back onto ``device``: every row of the client, parents first (None when
    the user may not see it, or it is no closed case). From now on it syncs to the device."""
    cs = s.get(ClientScope, client_id)
    if cs is None or cs.archived_at is None or not scope.sees(cs.municipality, cs.assigned_counsellor):
        return None
    recalled = s.get(DeviceRecall, (device.id, client_id))
    if recalled is None:
        s.add(DeviceRecall(device_id=device.id, client_id=client_id, recalled_at=at))
    else:
        recalled.recalled_at = at
    order = {name: i for i, name in enumerate(specs())}
    rows = s.scalars(select(RowState).where(RowState.client_id == client_id)).all()
    return [pull_item(r) for r in sorted(rows, key=lambda r: (order.get(r.entity, len(order)), r.server_seq))]
