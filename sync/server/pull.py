"""Pages of changed rows, in server order, limited to the user's caseload.

Each row appears once, with its newest state, at the sequence number of its newest change. Writers
commit in sequence order (``Database.write``) and a pull reads one snapshot, so the page's cursor
never passes a change that is still to commit.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import PullResponse
from sync.server.scope import Scope
from sync.server.serialize import pull_item
from sync.server.tables import ClientScope, Device, RowState, ScopeChange, ServerState


def pull_page(
    s: Session, state: ServerState, device: Device, scope: Scope, cursor: int, limit: int
) -> PullResponse:
    if cursor > 0 and device.scope_signature not in ("", scope.signature()):
        # The user's caseload changed (municipalities or role): start over from the beginning.
        return PullResponse(epoch=state.epoch, items=[], cursor=0, has_more=True, reset=True)
    high = state.last_seq
    rows = s.scalars(
        select(RowState)
        .join(ClientScope, ClientScope.client_id == RowState.client_id)
        .where(RowState.server_seq > cursor, scope.clause())
        .order_by(RowState.server_seq)
        .limit(limit + 1)
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    new_cursor = rows[-1].server_seq if has_more else max(high, rows[-1].server_seq if rows else cursor)
    evict: set[str] = set()
    for change in s.scalars(
        select(ScopeChange).where(ScopeChange.server_seq > cursor, ScopeChange.server_seq <= new_cursor)
    ):
        if scope.sees(change.old_municipality, change.old_assigned):
            now = s.get(ClientScope, change.client_id)
            if now is None or not scope.sees(now.municipality, now.assigned_counsellor):
                evict.add(change.client_id)
    visible: list[str] | None = None
    if cursor == 0:
        visible = sorted(s.scalars(select(ClientScope.client_id).where(scope.clause())))
    return PullResponse(
        epoch=state.epoch,
        items=[pull_item(r) for r in rows],
        evict=sorted(evict),
        cursor=max(new_cursor, cursor),
        has_more=has_more,
        visible_clients=visible,
    )
