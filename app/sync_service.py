"""Sync for the app: enroll, sync now, conflicts to review, and what a revoked device must do.

Plain functions taking a Workspace first, like every app service; they run on any thread (the GUI
runs ``sync_now`` on its network worker). The engine itself lives in ``sync.client`` (no Qt).
"""

from __future__ import annotations

import ipaddress
import json
import shutil
import socket
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import sync_bookkeeping as books
from app.audit import record_access
from app.edits import STALE_EDIT, FieldClash, StaleEdit, same, wire
from app.errors import InsecureServerAddress, NotFound, PolkuError, ValidationError
from app.op_changes import CONFLICT, NOTHING, OpChanges
from app.review_items import client_of
from app.settings import ALLOW_PLAIN_HTTP, CA_BUNDLE, Settings
from app.status import record_success
from app.store.profile import ProfilePaths
from app.workspace import Workspace
from models import SYNCED_MODELS, AccessLogEntry, OutboxEntry, SyncConflict, SyncOutboxState, utcnow
from models.enums import AccessAction
from sync.client.engine import Progress, SyncEngine, SyncOptions, SyncReport, enroll
from sync.client.errors import SyncError
from sync.client.transport import HttpTransport, Transport
from sync.entities import typed_value
from sync.protocol import PARENTS, EnrollResponse

MODELS = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]


class SyncProblem(PolkuError):
    """A sync failure in a person's words; ``code`` says which (``device_revoked``, ...)."""

    def __init__(self, error: SyncError) -> None:
        retry = getattr(error, "retry_after", None)
        super().__init__(
            str(error) or "sync failed", code=error.code, params={} if retry is None else {"seconds": retry}
        )
        self.error = error


@dataclass(frozen=True)
class UnsyncedWork:
    """What wiping this device now would lose: changes not yet on the server, and more."""

    changes: int
    by_entity: dict[str, int]
    open_conflicts: int
    rejected: int
    access_log_entries: int

    @property
    def nothing_to_lose(self) -> bool:
        return not (self.changes or self.open_conflicts or self.rejected or self.access_log_entries)


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    row_id: str
    field: str
    code: str | None
    base: Any
    server: Any
    local: Any
    created_at: datetime
    client_id: str | None = None  # whose record it is (None: not found on this laptop)
    client_name: str | None = None


@dataclass(frozen=True)
class RefusedChange:
    """A change the server refused (``code``, see sync.protocol.ResultCode). Its outbox entry is
    kept for good, so what was typed can be read here and entered again: nothing disappears."""

    seq: int
    entity: str
    row_id: str
    op: str
    code: str | None
    fields: dict[str, Any]
    made_at: datetime
    still_on_this_laptop: bool  # False when the server said the device must drop its copy
    client_id: str | None = None
    client_name: str | None = None  # from this laptop's copy, or what the change itself carried


def _is_this_computer(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback  # 127.0.0.0/8 and ::1
    except ValueError:
        return False


def check_server_address(url: str, settings: Settings | None = None) -> None:
    """Refuse a server address that would send data unencrypted: ``https://`` always; ``http://``
    only to this computer (localhost, 127.0.0.0/8, ::1) or when IT set ``[sync] allow_plain_http``
    in the machine-wide polku.ini. Checked at enrolment and before every sync (read afresh, so a
    changed polku.ini counts from the next sync on)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        raise InsecureServerAddress("scheme") from None
    scheme = parts.scheme.lower()
    if scheme == "https" and host:
        return
    if scheme != "http" or not host:
        raise InsecureServerAddress("scheme")
    if _is_this_computer(host) or (settings or Settings()).machine_get(ALLOW_PLAIN_HTTP):
        return
    raise InsecureServerAddress("plain_http")


def transport_for(
    ws: Workspace, *, server_url: str | None = None, settings: Settings | None = None
) -> HttpTransport:
    """HTTPS to the enrolled server, verified against the system store or IT's CA bundle (plain
    HTTP only as ``check_server_address`` allows)."""
    with ws.session() as s:
        url = server_url or books.setting(s, books.SERVER_URL)
    if not url:
        raise PolkuError("This device is not enrolled with a sync server.", code="not_enrolled")
    settings = settings or Settings()
    check_server_address(url, settings)
    ca = settings.get(CA_BUNDLE)
    return HttpTransport(url, ca_bundle=ca or None)


def enroll_device(
    ws: Workspace,
    *,
    server_url: str,
    username: str,
    password: str,
    device_name: str | None = None,
    transport: Transport | None = None,
    settings: Settings | None = None,
) -> EnrollResponse:
    """``device_name`` None: the computer's name."""
    device_name = default_device_name() if device_name is None else device_name.strip()[:100]
    t = transport or transport_for(ws, server_url=server_url, settings=settings)
    try:
        return enroll(
            ws.engine, t, server_url=server_url, username=username, password=password, device_name=device_name
        )
    except SyncError as exc:
        raise SyncProblem(exc) from None


def default_device_name() -> str:
    """The computer's name: what IT sees in ``polku-server list-devices`` unless the user types
    another (the server keeps at most 100 characters)."""
    return socket.gethostname().strip()[:100]


def device_identity(ws: Workspace) -> tuple[str, str] | None:
    """(device id, device name) of an enrolled profile, None before enrolment. The name is the one
    given at enrolment (a rename by IT on the server is not sent back to the laptop)."""
    with ws.session() as s:
        if not books.setting(s, books.TOKEN):
            return None
        return books.setting(s, books.DEVICE_ID) or "", books.setting(s, books.DEVICE_NAME) or ""


def sync_now(
    ws: Workspace,
    *,
    transport: Transport | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    options: SyncOptions | None = None,
) -> SyncReport:
    """One sync. A sync that ends well is recorded here, where the status bar reads it ("last
    synced"), for the window and ``polku sync`` alike; one that fails or is cancelled is not."""
    t = transport or transport_for(ws)
    try:
        report = SyncEngine(ws.engine, t, options=options, progress=progress, cancel=cancel).sync()
    except SyncError as exc:
        raise SyncProblem(exc) from None
    record_success(ws)
    ws.publish(changes_of(ws, report))
    return report


def changes_of(ws: Workspace, report: SyncReport) -> OpChanges:
    """What a sync changed on this laptop, by entity and client (nothing for an empty sync). Rows of
    an entity this version does not know were skipped by the pull and change nothing here."""
    if report.touched_many or report.epoch_changed or report.reference_updated:
        return OpChanges(frozenset({"client", CONFLICT}), every_client=True)
    rows = {(entity, row_id) for entity, row_id in report.touched if entity in MODELS}
    conflicted = [row_id for entity, row_id in report.touched if entity == CONFLICT]
    refused = bool(report.results.get("rejected"))  # the Conflicts page lists it, and counts it
    if not rows and not conflicted and not refused:
        return NOTHING
    with Session(ws.engine) as s:
        if conflicted:
            found = s.execute(
                select(SyncConflict.entity, SyncConflict.row_id).where(SyncConflict.row_id.in_(conflicted))
            )
            rows |= {(entity, row_id) for entity, row_id in found}
        clients = {_client_id(s, entity, row_id) for entity, row_id in rows}
    return OpChanges(
        frozenset({entity for entity, _ in rows} | ({CONFLICT} if conflicted or refused else set())),
        frozenset(c for c in clients if c is not None),
    )


def unsynced_work(ws: Workspace) -> UnsyncedWork:
    with ws.session() as s:
        pending = books.unsent(s)
        conflicts = s.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        rejected = s.scalar(
            select(func.count()).select_from(SyncOutboxState).where(SyncOutboxState.status == "rejected")
        )
        pushed = books.setting_int(s, books.ACCESS_PUSHED)
        access = s.scalar(select(func.count()).select_from(AccessLogEntry).where(AccessLogEntry.seq > pushed))
    return UnsyncedWork(
        changes=len(pending),
        by_entity=dict(Counter(e.entity for e in pending)),
        open_conflicts=int(conflicts or 0),
        rejected=int(rejected or 0),
        access_log_entries=int(access or 0),
    )


def wipe_profile(folder: Path) -> list[Path]:
    """Delete the local database, its WAL, backups and the key file (close the workspace first).

    The key file goes first: without it the encrypted database is unreadable even if a copy of the
    disk survives. Returns what was deleted.
    """
    paths = ProfilePaths(folder)
    targets = [
        paths.key_file,
        paths.database,
        Path(f"{paths.database}-wal"),
        Path(f"{paths.database}-shm"),
        Path(f"{paths.database}-journal"),
        paths.attempts,
        paths.creating_marker,
    ]
    deleted: list[Path] = []
    for target in targets:
        if target.exists():
            target.unlink()
            deleted.append(target)
    backups = folder / "backups"
    if backups.exists():
        deleted += sorted(backups.iterdir())
        shutil.rmtree(backups)
    return deleted


def list_conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictView]:
    with ws.session() as s:
        q = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
        if not include_resolved:
            q = q.where(SyncConflict.resolved_at.is_(None))
        out = [
            ConflictView(
                c.id,
                c.entity,
                c.row_id,
                c.field,
                c.code,
                json.loads(c.base_value),
                json.loads(c.server_value),
                json.loads(c.local_value),
                c.created_at,
                *client_of(s, c.entity, c.row_id),
            )
            for c in s.scalars(q)
        ]
        # The page names the clients: logged once per unlocked session, like the caseload's list.
        new = sorted({c.client_id for c in out if c.client_id is not None} - ws.listed)
        if new:
            record_access(s, ws.actor, AccessAction.LIST, entity="client", client_ids=new, detail="conflicts")
            ws.listed.update(new)
        return out


def list_refused(ws: Workspace) -> list[RefusedChange]:
    """Refused changes, newest first; reading them is logged as a view of the clients they name."""
    with ws.session() as s:
        rows = s.execute(
            select(OutboxEntry, SyncOutboxState.code)
            .join(SyncOutboxState, SyncOutboxState.seq == OutboxEntry.seq)
            .where(SyncOutboxState.status == "rejected")
            .order_by(OutboxEntry.seq.desc())
        ).all()
        out = []
        for e, code in rows:
            fields = json.loads(e.fields)
            out.append(
                RefusedChange(
                    e.seq,
                    e.entity,
                    e.row_id,
                    e.op,
                    code,
                    fields,
                    e.device_time,
                    books.row_fields(s, e.entity, e.row_id) is not None,
                    *client_of(s, e.entity, e.row_id, fields),
                )
            )
        clients = sorted({c for r in out if (c := _client_id(s, r.entity, r.row_id)) is not None})
        if clients:
            record_access(
                s, ws.actor, AccessAction.VIEW, entity="client", client_ids=clients, detail="refused"
            )
        return out


def _client_id(s: Session, entity: str, row_id: str) -> str | None:
    current, fields = entity, books.row_fields(s, entity, row_id)
    while fields is not None and current in PARENTS:
        parent_field, parent_entity = PARENTS[current]
        parent_id = fields.get(parent_field)
        if not isinstance(parent_id, str):
            return None
        current, row_id, fields = parent_entity, parent_id, books.row_fields(s, parent_entity, parent_id)
    return row_id if current == "client" else None


def _open_conflicts(s: Session, conflict: SyncConflict) -> list[SyncConflict]:
    """The open conflicts of the same field of the same record (resolved together)."""
    return list(
        s.scalars(
            select(SyncConflict).where(
                SyncConflict.entity == conflict.entity,
                SyncConflict.row_id == conflict.row_id,
                SyncConflict.field == conflict.field,
                SyncConflict.resolved_at.is_(None),
            )
        )
    )


def resolve_conflict(
    ws: Workspace,
    *,
    conflict_id: str,
    keep: Literal["server", "local", "merged"],
    value: Any = None,
) -> None:
    """Settle a conflict. The chosen value becomes a normal local change (it syncs to every device);
    the server is told the conflict is settled, which clears the record's "needs review" flag.
    Raises ``StaleEdit`` (and changes nothing but the conflict's shown value) when the field changed
    again since the conflict was recorded: the person chooses again, seeing the newer value."""
    with ws.session() as s:
        stale = _resolve(ws, s, conflict_id, keep, value)
    if stale is not None:  # raised after the commit: the conflict now shows the newer value
        raise stale


def _resolve(
    ws: Workspace, s: Session, conflict_id: str, keep: Literal["server", "local", "merged"], value: Any
) -> StaleEdit | None:
    conflict = s.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFound("conflict", conflict_id)
    if keep == "server":
        chosen = json.loads(conflict.server_value)
    elif keep == "local":
        chosen = json.loads(conflict.local_value)
    else:
        chosen = value
    model = MODELS[conflict.entity]
    row = s.get(model, conflict.row_id)
    if row is None:
        raise NotFound(conflict.entity, conflict.row_id)
    current = row.deleted if conflict.field == "deleted" else getattr(row, conflict.field)
    shown = json.loads(conflict.server_value)
    if not same(current, shown) and not same(current, chosen):
        # The field changed again since the conflict was shown (a later sync or edit): choosing now
        # would overwrite a value nobody saw. The conflict shows the new value; the person chooses again.
        for c in _open_conflicts(s, conflict):
            c.server_value = json.dumps(wire(current), ensure_ascii=False)
        return StaleEdit(
            conflict.entity, conflict.row_id, (FieldClash(conflict.field, shown, current, chosen),)
        )
    if conflict.field == "deleted":
        if not isinstance(chosen, bool):
            raise ValidationError("value", "not_true_false")
        row.deleted = chosen
    else:
        setattr(row, conflict.field, typed_value(conflict.entity, conflict.field, chosen))
    now = utcnow()
    for c in _open_conflicts(s, conflict):
        c.resolved_at = now
        c.resolution = keep
        c.resolved_value = json.dumps(chosen, ensure_ascii=False)
        c.resolution_sent = c.code == STALE_EDIT  # made on this laptop: nothing to tell the server
    s.flush()
    record_access(
        s,
        ws.actor,
        AccessAction.CHANGE,
        entity=conflict.entity,
        client_ids=[_client_id(s, conflict.entity, conflict.row_id)],
        record_id=conflict.row_id,
        detail="sync conflict resolved",
    )
    return None
