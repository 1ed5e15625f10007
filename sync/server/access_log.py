"""Storing the access log a device pushes: once per (device, seq), stamped with the token's user,
flagged (never dropped) when it names a client outside the user's caseload or another user.
"""

from __future__ import annotations

from sqlalchemy import select

from sync.entities import specs
from sync.protocol import AccessLogItem
from sync.server.tables import AccessLog, ClientScope, DeviceClient, RowState, ScopeChange
from sync.server.writer import Writer

# Words in ``access_log.flags``: what the server noticed about an entry it stored anyway.
FLAG_OUTSIDE_SCOPE = "outside_scope"  # its client never was in the user's caseload, nor sent to the device
FLAG_USER_CLAIM = "user_claim_differs"  # the device named another user (kept in ``claimed_user``)


def _ever_visible(w: Writer, client_id: str) -> bool:
    """The client is in the user's caseload now, or was before a move (``scope_change``), or the
    server sent it to this device (``device_client``, kept after the device was told to drop it): a
    device may report a view it logged before the client moved away or the user's municipalities
    changed, and reports the removal itself (``remove``) only after the client left."""
    cs = w.client_scope(client_id)
    if cs is None:
        return False  # unknown, or never pushed: answered exactly like an out-of-scope client
    if w.scope.sees(cs.municipality, cs.assigned_counsellor):
        return True
    with w.s.no_autoflush:
        if w.s.get(DeviceClient, (w.device.id, client_id)) is not None:
            return True
        earlier = w.s.execute(
            select(ScopeChange.old_municipality, ScopeChange.old_assigned).where(
                ScopeChange.client_id == client_id
            )
        ).all()
    return any(w.scope.sees(m, a) for m, a in earlier)


def _access_flags(w: Writer, item: AccessLogItem) -> str | None:
    flags: list[str] = []
    clients = {item.client_id} if item.client_id else set()
    if item.record_id and item.entity in specs():
        row = w.row(item.entity, item.record_id)
        if row is not None:
            clients.add(row.client_id)
    if not all(_ever_visible(w, cid) for cid in sorted(clients)):
        flags.append(FLAG_OUTSIDE_SCOPE)
    if item.user != w.scope.username:
        flags.append(FLAG_USER_CLAIM)
    return " ".join(flags) or None


def _prefetch_access(w: Writer, items: list[AccessLogItem]) -> None:
    """Read the rows and client scopes a batch of access-log entries names, in a few queries (the
    writer section stays short with 500 entries)."""
    wanted: dict[str, set[str]] = {}
    for item in items:
        if item.record_id and item.entity in specs():
            wanted.setdefault(item.entity, set()).add(item.record_id)
    clients = {item.client_id for item in items if item.client_id}
    with w.s.no_autoflush:
        for entity, ids in wanted.items():
            values = sorted(ids - {rid for (ent, rid) in w._rows if ent == entity})
            for i in range(0, len(values), 500):
                chunk = values[i : i + 500]
                found = {
                    r.row_id: r
                    for r in w.s.scalars(
                        select(RowState).where(RowState.entity == entity, RowState.row_id.in_(chunk))
                    )
                }
                for rid in chunk:
                    w._rows[(entity, rid)] = found.get(rid)
        clients |= {r.client_id for (ent, rid), r in w._rows.items() if r is not None and ent in wanted}
        values = sorted(clients - set(w._scopes))
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            found_scopes = {
                cs.client_id: cs
                for cs in w.s.scalars(select(ClientScope).where(ClientScope.client_id.in_(chunk)))
            }
            for cid in chunk:
                w._scopes[cid] = found_scopes.get(cid)


def store_access_log(w: Writer, items: list[AccessLogItem]) -> None:
    """Every entry is stored once per (device, seq), stamped with the token's user and device; the
    device's ``user`` is only a claim, and an entry about a client outside the user's reach is kept
    and flagged, never dropped or answered differently (the answer must not tell whether such a
    client exists). See docs/sync-protocol.md, "What the server trusts from a device"."""
    _prefetch_access(w, [i for i in items if i.seq > w.device.access_log_seq])
    for item in sorted(items, key=lambda i: i.seq):
        if item.seq <= w.device.access_log_seq or w.s.get(AccessLog, (w.device.id, item.seq)) is not None:
            continue
        w.s.add(
            AccessLog(
                device_id=w.device.id,
                seq=item.seq,
                id=item.id,
                at=item.at,
                user=w.scope.username,
                action=item.action,
                client_id=item.client_id,
                entity=item.entity,
                record_id=item.record_id,
                detail=item.detail,
                received_at=w.at,
                flags=_access_flags(w, item),
                claimed_user=item.user if item.user != w.scope.username else None,
            )
        )
        w.device.access_log_seq = max(w.device.access_log_seq, item.seq)
