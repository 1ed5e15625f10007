"""Sync for the app: enroll, sync now, conflicts to review, and what a revoked device must do.

Plain functions taking a Workspace first, like every app service; they run on any thread (the GUI
runs ``sync_now`` on its network worker). The engine itself lives in ``sync.client`` (no Qt).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import sync_bookkeeping as books
from app.errors import InsecureServerAddress, PolkuError
from app.op_changes import CONFLICT, NOTHING, OpChanges
from app.printing.tempfiles import FILES
from app.settings import ALLOW_PLAIN_HTTP, CA_BUNDLE, Settings
from app.status import record_success
from app.sync_review import (
    ConflictView,
    RefusedChange,
    client_id,
    list_conflicts,
    list_refused,
    resolve_conflict,
)
from app.sync_wipe import UnsyncedWork, unsynced_work, wipe_profile
from app.workspace import Workspace
from models import SYNCED_MODELS, SyncConflict
from sync.client.engine import Progress, SyncEngine, SyncOptions, SyncReport, enroll
from sync.client.errors import SyncError
from sync.client.transport import HttpTransport, Transport
from sync.protocol import EnrollResponse

# The app's one door to sync: what the window, ``polku sync`` and the tests import from here. The
# conflicts and refused changes to review live in app.sync_review, wiping a device in app.sync_wipe.
__all__ = [
    "ConflictView",
    "RefusedChange",
    "SyncProblem",
    "UnsyncedWork",
    "changes_of",
    "check_server_address",
    "default_device_name",
    "device_identity",
    "enroll_device",
    "list_conflicts",
    "list_refused",
    "resolve_conflict",
    "sync_now",
    "transport_for",
    "unsynced_work",
    "wipe_profile",
]

MODELS = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]


class SyncProblem(PolkuError):
    """A sync failure in a person's words; ``code`` says which (``device_revoked``, ...)."""

    def __init__(self, error: SyncError) -> None:
        retry = getattr(error, "retry_after", None)
        super().__init__(
            str(error) or "sync failed", code=error.code, params={} if retry is None else {"seconds": retry}
        )
        self.error = error


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
    if report.evicted_clients:
        # Documents of clients that left the caseload, handed to a viewer this session, go with them.
        FILES.remove_client(set(report.evicted_clients))
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
        # A client row is its own client: no look-up (a sync that sent 1,000 edited clients spent a
        # quarter of a second here, after the sync, reading each row back).
        clients = {row_id if entity == "client" else client_id(s, entity, row_id) for entity, row_id in rows}
    return OpChanges(
        frozenset({entity for entity, _ in rows} | ({CONFLICT} if conflicted or refused else set())),
        frozenset(c for c in clients if c is not None),
    )
