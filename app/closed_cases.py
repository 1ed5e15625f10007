"""Closed cases that left this laptop: search them on the server and fetch one back (online).

The server puts a client aside when every plan is closed and nothing changed for 12 months
(``polku-server archive-closed``); the laptop then drops it at its next sync. Here the counsellor
lists those of their caseload and fetches one back; it then syncs to this laptop until it changes
(an open case again, on every laptop of its caseload) or lies untouched for 30 days.

Plain functions taking a Workspace, like every app service; they talk to the server, so the window
runs them on its network worker, after or before a sync, never beside one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.audit import record_access
from app.op_changes import OpChanges
from app.sync_service import SyncProblem, transport_for
from app.workspace import Workspace
from models.enums import AccessAction
from sync.client.closed import ClosedCases
from sync.client.errors import SyncError
from sync.client.transport import Transport

ENTITY = "client"


@dataclass(frozen=True)
class ClosedCaseItem:
    client_id: str
    name: str  # "Last, First"
    date_of_birth: date | None
    municipality: str
    closed_on: date | None
    archived_on: date


@dataclass(frozen=True)
class ClosedCaseList:
    items: list[ClosedCaseItem]
    more: bool  # more matched than are listed: narrow the search


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def search_closed_cases(ws: Workspace, query: str, *, transport: Transport | None = None) -> ClosedCaseList:
    """The closed cases of this user's caseload on the server whose name or birth date matches
    every word of ``query``. The names shown are logged like any list of clients."""
    try:
        answer = ClosedCases(ws.engine, transport or transport_for(ws)).search(query.strip())
    except SyncError as exc:
        raise SyncProblem(exc) from None
    items = [
        ClosedCaseItem(
            client_id=c.client_id,
            name=f"{c.last_name}, {c.first_names}",
            date_of_birth=_day(c.date_of_birth),
            municipality=c.municipality,
            closed_on=_day(c.closed_on),
            archived_on=_day(c.archived_on) or date.min,
        )
        for c in answer.items
    ]
    if items:
        with ws.session() as s:
            shown = [i.client_id for i in items]
            record_access(
                s, ws.actor, AccessAction.LIST, entity=ENTITY, client_ids=shown, detail="closed-cases"
            )
    return ClosedCaseList(items, answer.more)


def fetch_closed_case(ws: Workspace, client_id: str, *, transport: Transport | None = None) -> int:
    """Bring a closed case back onto this laptop with all its records; the number of rows. Raises
    ``SyncProblem`` (code ``not_found``) when it is no closed case any more: reopened meanwhile,
    it comes with the next sync."""
    try:
        fetched = ClosedCases(ws.engine, transport or transport_for(ws)).fetch(client_id)
    except SyncError as exc:
        raise SyncProblem(exc) from None
    with ws.session() as s:
        record_access(s, ws.actor, AccessAction.VIEW, entity=ENTITY, client_ids=[client_id], detail="fetched")
    ws.publish(OpChanges(frozenset({ENTITY}), frozenset({client_id})))
    return fetched.rows
