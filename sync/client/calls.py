"""Talking to the sync server: one request with retries and errors in their own types, enrolment,
and the connection a sync run holds (device token, options, cancel)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from sync.client import bookkeeping as local
from sync.client.errors import (
    Cancelled,
    DeviceRevoked,
    EpochChanged,
    NotEnrolled,
    NotFound,
    ProtocolError,
    SyncAuthError,
    SyncError,
    Throttled,
    TransportFailed,
    UpdateRequired,
    UserDeactivated,
)
from sync.client.options import Progress, SyncOptions
from sync.client.transport import Reply, Transport
from sync.protocol import API, EnrollRequest, EnrollResponse, ErrorBody, ErrorCode

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


def _error(reply: Reply) -> SyncError:
    try:
        body = ErrorBody.model_validate(reply.body)
        code, message = body.code, body.message
    except ValidationError:
        code, message = "", f"HTTP {reply.status}"
    if reply.status == 426 or code == ErrorCode.UPDATE_REQUIRED:
        return UpdateRequired(message)
    if code == ErrorCode.DEVICE_REVOKED:
        return DeviceRevoked(message)
    if code == ErrorCode.USER_DEACTIVATED:
        return UserDeactivated(message)
    if code == ErrorCode.EPOCH_CHANGED:
        return EpochChanged(message)
    if reply.status == 429:
        retry = int(reply.headers.get("retry-after", reply.headers.get("Retry-After", "1")) or 1)
        return Throttled(message, retry)
    if code == ErrorCode.NOT_FOUND:
        return NotFound(message)
    if reply.status in (401, 403):
        return SyncAuthError(message)
    if reply.status >= 500:
        return TransportFailed(f"server error (HTTP {reply.status})")
    return ProtocolError(f"{message} (HTTP {reply.status})")


def call(
    transport: Transport,
    method: str,
    path: str,
    model: type[M],
    *,
    token: str | None = None,
    params: dict[str, Any] | None = None,
    body: Any = None,
    options: SyncOptions | None = None,
) -> M:
    """One request with retries on transport failures; the answer parsed as ``model``."""

    def parse(reply: Reply) -> M:
        try:
            if reply.raw is not None:
                return model.model_validate_json(reply.raw)
            return model.model_validate(reply.body)
        except ValidationError:
            raise TransportFailed("the answer does not match the protocol (cut short?)") from None

    return exchange(transport, method, path, parse, token=token, params=params, body=body, options=options)


def exchange(
    transport: Transport,
    method: str,
    path: str,
    parse: Callable[[Reply], T],
    *,
    token: str | None = None,
    params: dict[str, Any] | None = None,
    body: Any = None,
    options: SyncOptions | None = None,
) -> T:
    """One request with retries on transport failures (``parse`` raising ``TransportFailed`` for an
    answer cut short counts as one); the answer as ``parse`` reads it."""
    opts = options or SyncOptions()
    delay = opts.retry_delay
    for attempt in range(1, opts.attempts + 1):
        try:
            reply = transport.request(method, API + path, params=params, body=body, token=token)
            if reply.status >= 400:
                raise _error(reply)
            return parse(reply)
        except TransportFailed:
            if attempt == opts.attempts:
                raise
            time.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover


def enroll(
    engine: Engine,
    transport: Transport,
    *,
    server_url: str,
    username: str,
    password: str,
    device_name: str = "",
) -> EnrollResponse:
    """Enroll this profile's device with the server; the token is kept in the encrypted database."""
    with Session(engine) as s:
        device_id = local.get(s, local.DEVICE_ID)
    if device_id is None:
        raise ProtocolError("profile has no device id")
    req = EnrollRequest(username=username, password=password, device_id=device_id, device_name=device_name)
    resp = call(transport, "POST", "/enroll", EnrollResponse, body=req.model_dump(mode="json"))
    with Session(engine) as s, s.begin():
        local.put(s, local.SERVER_URL, server_url)
        local.put(s, local.TOKEN, resp.token)
        local.put(s, local.USERNAME, resp.user.username)
        local.put(s, local.ROLE, resp.user.role)
        local.put(s, local.MUNICIPALITIES, " ".join(resp.user.municipalities))
        local.put(s, local.DEVICE_NAME, req.device_name)
        if local.get(s, local.EPOCH) is None:
            local.put(s, local.EPOCH, resp.epoch)
    return resp


class Connection:
    """What every step of a sync run uses: the local database, the server, the device's token."""

    def __init__(
        self,
        engine: Engine,
        transport: Transport,
        *,
        options: SyncOptions | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.engine = engine
        self.transport = transport
        self.options = options or SyncOptions()
        self.progress = progress or (lambda _phase, _done, _total: None)
        self.cancel = cancel or threading.Event()
        with Session(engine) as s:
            token = local.get(s, local.TOKEN)
            self.device_id = local.get(s, local.DEVICE_ID) or ""
        if not token:
            raise NotEnrolled("This device is not enrolled with a sync server.")
        self.token: str = token

    # -- plumbing ------------------------------------------------------------------------------

    def _session(self) -> Session:
        s = Session(self.engine)
        s.info["applying_remote"] = True
        return s

    def _call(self, method: str, path: str, model: type[M], **kwargs: Any) -> M:
        return call(self.transport, method, path, model, token=self.token, options=self.options, **kwargs)

    def _exchange(self, method: str, path: str, parse: Callable[[Reply], T], **kwargs: Any) -> T:
        return exchange(self.transport, method, path, parse, token=self.token, options=self.options, **kwargs)

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled("sync cancelled")
