"""Enrolment and the sync endpoints: hello, push, pull, reference data."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import (
    INT64_MAX,
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    EnrollRequest,
    EnrollResponse,
    ErrorCode,
    HelloResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RefDocument,
    RefVersion,
    UserInfo,
)
from sync.server import metrics
from sync.server.admin import new_epoch
from sync.server.api.deps import (
    ApiError,
    Caller,
    CallerDep,
    DatabaseDep,
    SenderDep,
    SettingsDep,
    ThrottleDep,
    check_versions,
    error_responses,
)
from sync.server.holdings import record_pull
from sync.server.pull import pull_page
from sync.server.push import process_push
from sync.server.restore import PROOF_MAX, Proofs, get_proofs
from sync.server.scope import Scope
from sync.server.security import new_token, token_hash, verify_password
from sync.server.settings import ServerSettings
from sync.server.tables import Device, RefData, ServerState, User, now
from sync.server.writer import Writer

router = APIRouter(tags=["sync"])
log = logging.getLogger(__name__)
ProofsDep = Annotated[Proofs, Depends(get_proofs)]

# Every database transaction of a route opens and ends inside the route's own function, never in a
# dependency: FastAPI runs a sync dependency's start, the route and its end as separate thread-pool
# calls, so a request holding the writer lock (or a pooled connection) would need a free thread to
# commit. With many devices at once every thread could be waiting for that lock or connection and
# nothing would move until the pool's 30 s timeout (found by bench/load.py at 100 devices).


def _user_info(scope: Scope) -> UserInfo:
    role = scope.role if scope.role in ("counsellor", "office", "admin") else "office"
    return UserInfo(username=scope.username, role=role, municipalities=sorted(scope.municipalities))  # type: ignore[arg-type]


def _refuse_if_throttled(wait: int) -> None:
    if wait > 0:
        raise ApiError(
            429,
            ErrorCode.TOO_MANY_ATTEMPTS,
            f"Too many failed logins. Try again in {wait} seconds.",
            headers={"Retry-After": str(wait)},
            retry_after=wait,
        )


@router.post(
    "/enroll",
    response_model=EnrollResponse,
    responses=error_responses(401, 403, 422, 429),
    dependencies=[Depends(check_versions)],
)
def enroll(body: EnrollRequest, request: Request, db: DatabaseDep, throttle: ThrottleDep) -> EnrollResponse:
    """Username and password enroll a device; the answer holds the device token (shown once)."""
    address = request.client.host if request.client else "unknown"
    # Casefolding may lengthen a name (ﬃ -> ffi): cut to fit the throttle's key column.
    keys = [f"user:{body.username.casefold()[:150]}", f"addr:{address[:150]}"]
    at = now()
    with db.read() as s:
        _refuse_if_throttled(throttle.wait_seconds(s, keys, at))
        user = s.get(User, body.username)
        password_hash = user.password_hash if user else None
    # Argon2id takes a good fraction of a second by design: checked before the single-writer
    # section, so a wave of sign-ins never holds up other devices' syncs.
    password_ok = verify_password(password_hash, body.password) and user is not None
    with db.write() as (s, state):
        _refuse_if_throttled(throttle.wait_seconds(s, keys, at))  # failures meanwhile count too
        user = s.get(User, body.username) if password_ok else None
        if user is None:
            throttle.failed(s, keys, at)
            s.commit()  # the failure counts even though the request fails
            raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "Wrong username or password.")
        if user.deactivated_at is not None:  # said only to whoever knows the password
            raise ApiError(
                403, ErrorCode.USER_DEACTIVATED, "This user account was deactivated on the server. Ask IT."
            )
        throttle.succeeded(s, keys[:1])
        device = s.get(Device, body.device_id)
        if device is not None and device.revoked_at is not None:
            raise ApiError(
                403, ErrorCode.DEVICE_REVOKED, "This device was revoked. Its local data must be wiped."
            )
        if device is not None and device.username != user.username:
            raise ApiError(403, ErrorCode.FORBIDDEN, "This device is enrolled for another user.")
        token = new_token()
        if device is None:
            device = Device(id=body.device_id, username=user.username, enrolled_at=at, last_seq=0)
            s.add(device)
        device.token_hash = token_hash(token)
        device.name = body.device_name
        device.last_contact = at
        return EnrollResponse(
            device_id=device.id, token=token, epoch=state.epoch, user=_user_info(Scope.of(user))
        )


@router.get("/hello", response_model=HelloResponse, responses=error_responses(401, 403))
def hello(
    caller: SenderDep,
    db: DatabaseDep,
    settings: SettingsDep,
    proofs: ProofsDep,
    epoch: Annotated[str, Query(max_length=36)] = "",
    cursor: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0,
    acked: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0,
    cursor_proof: Annotated[str, Query(max_length=PROOF_MAX)] = "",
    acked_proof: Annotated[str, Query(max_length=PROOF_MAX)] = "",
) -> HelloResponse:
    """The server's epoch, high-water marks and reference data versions; first call of a sync.

    A device that *proves* it knows more than the server (a pull cursor past the newest change, or
    answers to changes the server no longer has, each signed by this server when it handed them out)
    shows the server was restored from a backup without a new epoch: the server starts a new epoch
    itself, so every device re-sends and re-pulls. The bare numbers ``cursor`` and ``acked`` prove
    nothing (any device could claim any number) and never start an epoch.
    """
    # Read-only unless the device proves a restore: the single-writer section is for pushes.
    with db.read() as s:
        state = s.get(ServerState, 1)
        device = s.get(Device, caller.device_id)
        assert state is not None and device is not None
        if not _restored_without_new_epoch(proofs, state, device, epoch, cursor_proof, acked_proof):
            if epoch == state.epoch and (cursor > state.last_seq or acked > device.last_seq):
                log.warning(
                    "hello: a device claims more than the server holds, without a valid proof; "
                    "if this server was restored from a backup, run polku-server new-epoch"
                )
            return _hello_answer(s, settings, caller, state, device)
    with db.write() as (s, state):
        device = s.get(Device, caller.device_id)
        assert device is not None
        if _restored_without_new_epoch(proofs, state, device, epoch, cursor_proof, acked_proof):
            log.warning("hello: a device proved the server was restored from a backup: new epoch")
            new_epoch(s, state)
        return _hello_answer(s, settings, caller, state, device)


def _restored_without_new_epoch(
    proofs: Proofs, state: ServerState, device: Device, epoch: str, cursor_proof: str, acked_proof: str
) -> bool:
    """Only numbers this server signed for this device in this epoch count (sync/server/restore.py):
    the server reached them once, and is below them now, so it went back to a backup."""
    if epoch != state.epoch:
        return False
    seen = proofs.proven("cursor", epoch, device.id, cursor_proof) if cursor_proof else None
    acked = proofs.proven("acked", epoch, device.id, acked_proof) if acked_proof else None
    return (seen is not None and seen > state.last_seq) or (acked is not None and acked > device.last_seq)


def _hello_answer(
    s: Session, settings: ServerSettings, caller: Caller, state: ServerState, device: Device
) -> HelloResponse:
    refs = [
        RefVersion(name=r.name, version=r.version) for r in s.scalars(select(RefData).order_by(RefData.name))
    ]
    return HelloResponse(
        protocol=PROTOCOL_VERSION,
        min_protocol=settings.min_protocol,
        schema_version=SCHEMA_VERSION,
        epoch=state.epoch,
        last_seq=state.last_seq,
        durable_seq=state.durable_seq,
        device_last_seq=device.last_seq,
        access_log_through=device.access_log_seq,
        reference=refs,
        user=_user_info(caller.scope),
    )


def _check_epoch(state: ServerState, epoch: str, device_last_seq: int) -> None:
    if epoch != state.epoch:
        raise ApiError(
            409,
            ErrorCode.EPOCH_CHANGED,
            "The server was restored from a backup: re-send unsynced changes and pull again.",
            epoch=state.epoch,
            device_last_seq=device_last_seq,
        )


@router.post("/push", response_model=PushResponse, responses=error_responses(401, 403, 409, 422))
def push(
    body: PushRequest, caller: SenderDep, db: DatabaseDep, settings: SettingsDep, proofs: ProofsDep
) -> PushResponse:
    """Apply outbox entries in the device's order; a re-sent entry gets its stored result."""
    with db.write() as (s, state):
        device = s.get(Device, caller.device_id)
        assert device is not None
        _check_epoch(state, body.epoch, device.last_seq)
        if len(body.entries) > settings.push_batch_max:
            raise ApiError(422, ErrorCode.INVALID, f"At most {settings.push_batch_max} entries per push.")
        before = device.last_seq
        answer = process_push(Writer(s, state, device, caller.scope), body)
        answer.acked_proof = proofs.make("acked", state.epoch, device.id, answer.device_last_seq)
    # Counted once committed; entries at or below ``before`` were answered from their stored results.
    metrics.record_push([r for r in answer.results if r.seq > before])
    return answer


@router.get("/pull", response_model=PullResponse, responses=error_responses(401, 403, 409))
def pull(
    caller: CallerDep,
    db: DatabaseDep,
    settings: SettingsDep,
    proofs: ProofsDep,
    epoch: Annotated[str, Query(max_length=36)],
    cursor: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0,
    limit: Annotated[int, Query(ge=1, le=INT64_MAX)] = 1000,
) -> Response:
    """The next page of changes in the caller's caseload after ``cursor``."""
    with db.read() as s:
        state = s.get(ServerState, 1)
        device = s.get(Device, caller.device_id)
        assert state is not None and device is not None
        _check_epoch(state, epoch, device.last_seq)
        page = pull_page(
            s,
            state,
            device,
            caller.scope,
            cursor,
            min(limit, settings.pull_page_max),
            sign=lambda seq: proofs.make("cursor", state.epoch, caller.device_id, seq),
        )
    # The read has given its connection back before the write takes one: a request that held one
    # while waiting for another could, with many pulls at once, leave the pool empty (30 s, HTTP 500).
    with db.touch() as t:
        d = t.get(Device, caller.device_id)
        # Nothing on a reset page: its answer may be lost, and the device must then be told again
        # (with the new signature stored, its next pull went on from its old cursor, keeping the
        # clients that had left and never getting the new ones).
        if d is not None and not page.reset:
            d.scope_signature = caller.scope.signature()
            d.last_pull_seq = page.cursor
            record_pull(t, d, page, now())
    metrics.PULLS.inc()
    return Response(page.body, media_type="application/json")  # already the PullResponse's JSON


@router.get("/reference/{name}", response_model=RefDocument, responses=error_responses(401, 403, 404))
def reference(name: str, _caller: SenderDep, db: DatabaseDep) -> RefDocument:
    """One reference data set or the rules file, at the version the server publishes."""
    with db.read() as s:
        row = s.get(RefData, name)
        if row is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "No such reference data set.")
        return RefDocument(name=row.name, version=row.version, content=row.content)
