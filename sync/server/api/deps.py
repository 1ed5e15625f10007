"""Dependencies of the API routes: the database, settings, the calling device, version checks.

No dependency opens a transaction: each route opens and ends its own (why: api/routes/sync.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import select

from sync.protocol import HEADER_PROTOCOL, HEADER_SCHEMA, PROTOCOL_VERSION, ErrorBody, ErrorCode
from sync.server.db import Database
from sync.server.scope import Scope
from sync.server.security import Throttle, token_hash
from sync.server.settings import ServerSettings
from sync.server.tables import Device, User, now

log = logging.getLogger("polku.server")


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None, **details: Any
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = ErrorBody(code=code, message=message, details=details)
        self.headers = headers or {}


async def api_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body.model_dump(mode="json"), status_code=exc.status, headers=exc.headers)


async def validation_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    """Body errors as an ``ErrorBody``; only where and what, never the values sent (personal data)."""
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()
    ]
    body = ErrorBody(
        code=ErrorCode.INVALID,
        message="The request does not match the protocol.",
        details={"problems": problems},
    )
    return JSONResponse(body.model_dump(mode="json"), status_code=422)


def error_responses(*statuses: int, include_version: bool = True) -> dict[int | str, dict[str, Any]]:
    """OpenAPI: the error bodies a route may answer with (besides those every route may give)."""
    text = {
        400: "The body is not strict JSON (not UTF-8, too deep, a key twice, NaN, a number over 64 bits, "
        "a NUL character), or the address holds a NUL character",
        401: "No valid device token, or wrong username or password",
        403: "Device revoked (code device_revoked; also a deactivated user's device, at its pull), role not "
        "allowed (code forbidden), or the user deactivated (code user_deactivated, at enrolment)",
        404: "Not found",
        409: "The server's epoch changed (restore from backup), or an admin conflict",
        422: "The body does not match the protocol",
        426: "Client too old: update required (the outbox is kept)",
        413: "The body is larger than the server's limit (POLKU_SERVER_MAX_BODY_BYTES)",
        415: "The body is not application/json",
        429: "Too many failed logins; see Retry-After",
        500: "An unexpected server error (logged without data); the client retries later",
    }
    common = (400, 413, 415, 500, *((426,) if include_version else ()))
    return {s: {"model": ErrorBody, "description": text[s]} for s in sorted({*common, *statuses})}


def get_database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


def get_throttle(request: Request) -> Throttle:
    throttle: Throttle = request.app.state.throttle
    return throttle


DatabaseDep = Annotated[Database, Depends(get_database)]
SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
ThrottleDep = Annotated[Throttle, Depends(get_throttle)]


def check_versions(
    settings: SettingsDep,
    protocol: Annotated[int | None, Header(alias=HEADER_PROTOCOL)] = None,
    schema: Annotated[int | None, Header(alias=HEADER_SCHEMA)] = None,
) -> None:
    """Every request names its protocol and schema; a too-old client is told to update."""
    if protocol is None or schema is None:
        raise ApiError(422, ErrorCode.INVALID, f"Send {HEADER_PROTOCOL} and {HEADER_SCHEMA} headers.")
    if protocol < settings.min_protocol:
        raise ApiError(
            426,
            ErrorCode.UPDATE_REQUIRED,
            "This version of Polku is too old for the server. Install the update; nothing unsynced is lost.",
            min_protocol=settings.min_protocol,
            protocol=PROTOCOL_VERSION,
        )
    if protocol > PROTOCOL_VERSION:
        raise ApiError(422, ErrorCode.INVALID, "The client speaks a newer protocol than this server.")


CONTACT_PRECISION = timedelta(minutes=1)


@dataclass(frozen=True)
class Caller:
    device_id: str
    scope: Scope
    deactivated: bool = False  # the user was deactivated: only the last sync's sending is let through


def _bearer(request: Request) -> str:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, ErrorCode.UNAUTHORIZED, "A device token is needed: enroll this device.")
    return token.strip()


def get_caller(
    request: Request, db: DatabaseDep, _versions: Annotated[None, Depends(check_versions)]
) -> Caller:
    """The calling device, at a pull; a device of a deactivated user is revoked now and refused (its
    sync has pushed what it held: ``get_sender``)."""
    return _caller(request, db, last_sync=False)


def get_sender(
    request: Request, db: DatabaseDep, _versions: Annotated[None, Depends(check_versions)]
) -> Caller:
    """The calling device, on the routes a sync runs before its pull (hello, reference data, push).

    A device of a deactivated user is let through here, so its last sync sends the unsynced changes
    and access-log entries it holds; its pull, the next step of that sync, is refused with
    ``device_revoked`` (``get_caller``), and the laptop wipes itself as a revoked one does. The order
    is the client's (hello, reference, push, pull: sync/client/engine.py); a device that stops
    before pulling is refused at the pull of a later sync. Administration is refused to a
    deactivated user (``get_admin``) without revoking the device, whose sync is still to come. To
    accept nothing more from a device, revoke it.
    """
    return _caller(request, db, last_sync=True)


def _caller(request: Request, db: Database, *, last_sync: bool) -> Caller:
    hashed = token_hash(_bearer(request))
    with db.touch() as s:
        device = s.scalars(select(Device).where(Device.token_hash == hashed)).one_or_none()
        if device is None:
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "Unknown device token: enroll this device again.")
        if device.revoked_at is not None:
            raise ApiError(
                403, ErrorCode.DEVICE_REVOKED, "This device was revoked. Its local data must be wiped."
            )
        user = s.get(User, device.username)
        if user is None:
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "The device's user no longer exists.")
        at = now()
        if user.deactivated_at is not None and not last_sync:
            device.revoked_at = at
            device.last_contact = at
            s.commit()  # revoked even though the request fails: from now on it is refused everywhere
            log.info("a device of a deactivated user was revoked at its sync")
            raise ApiError(
                403,
                ErrorCode.DEVICE_REVOKED,
                "This user was deactivated. The device's unsynced work was received; its local data "
                "must be wiped.",
            )
        # A minute's precision is plenty for "last contact"; writing it on every request made each
        # request a commit (an fsync on PostgreSQL), a third of a sync with nothing to do.
        if device.last_contact is None or at - device.last_contact >= CONTACT_PRECISION:
            device.last_contact = at
        return Caller(device.id, Scope.of(user), deactivated=user.deactivated_at is not None)


CallerDep = Annotated[Caller, Depends(get_caller)]
SenderDep = Annotated[Caller, Depends(get_sender)]


def get_admin(caller: SenderDep) -> Caller:
    if caller.deactivated:
        raise ApiError(403, ErrorCode.FORBIDDEN, "This user was deactivated.")
    if caller.scope.role != "admin":
        raise ApiError(403, ErrorCode.FORBIDDEN, "Administrators only.")
    return caller


AdminDep = Annotated[Caller, Depends(get_admin)]
