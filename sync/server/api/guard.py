"""Hostile input stopped before any route runs, and errors that reach no route answered in the
protocol's error shape.

``BodyGuard`` reads the whole request body (at most ``max_body_bytes``: else 413) and accepts only
strict JSON (UTF-8, no duplicate keys, no NaN or Infinity, integers within 64 bits, at most
``MAX_JSON_DEPTH`` levels, no NUL characters or unpaired surrogates, which no database column can
store): else 400 ``invalid``. A body of another content type is answered with 415. Messages name the
problem, never the values sent (they may be personal data).

The handlers answer Starlette's own errors (404, 405, ...) and unexpected exceptions as ``ErrorBody``;
an unexpected exception is logged with its type, the route and the stack, but neither its message
nor the request (database errors may quote the values of a row).
"""

from __future__ import annotations

import email.message
import json
import logging
import math
import traceback
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import INT64_MAX, ErrorBody, ErrorCode

log = logging.getLogger("polku.server")

MAX_JSON_DEPTH = 32
INT64_MIN = -INT64_MAX - 1
_HTTP_CODES = {
    400: ErrorCode.INVALID,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    413: ErrorCode.TOO_LARGE,
    415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    422: ErrorCode.INVALID,
}


class Refused(ValueError):
    """A body the server will not read; the message names the problem, never a value."""


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = ErrorBody(code=code, message=message)
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def _refuse_constant(_name: str) -> Any:
    raise Refused("The body holds NaN or Infinity, which JSON does not allow.")


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > 19:  # checked before converting: 10**100000 would take long
        raise Refused("The body holds a number outside the 64-bit range.")
    value = int(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise Refused("The body holds a number outside the 64-bit range.")
    return value


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise Refused("The body holds a number outside the 64-bit range.")
    return value


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise Refused("The body names the same key twice in one object.")
    return out


def _storable(text: str) -> bool:
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # an unpaired surrogate (\ud800)
        return False
    return True


def parse_strict_json(raw: bytes) -> Any:
    """The body as JSON, or ``Refused`` saying why not."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("The body is not UTF-8 text.") from None
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object,
            parse_constant=_refuse_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except RecursionError:
        raise Refused(f"The body nests deeper than {MAX_JSON_DEPTH} levels.") from None
    except json.JSONDecodeError as exc:
        raise Refused(f"The body is not valid JSON (line {exc.lineno}, column {exc.colno}).") from None
    # Iteratively: depth, and text no database can store (keys and values alike).
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if not _storable(item):
                raise Refused("The body holds a NUL character or an unpaired surrogate.")
        elif isinstance(item, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise Refused(f"The body nests deeper than {MAX_JSON_DEPTH} levels.")
            if isinstance(item, dict):
                for key, child in item.items():
                    if not _storable(key):
                        raise Refused("The body holds a NUL character or an unpaired surrogate.")
                    stack.append((child, depth + 1))
            else:
                stack.extend((child, depth + 1) for child in item)
    return value


def _is_json(content_type: str | None) -> bool:
    if not content_type:
        return True  # FastAPI reads a body without a content type as JSON
    message = email.message.Message()
    message["content-type"] = content_type
    if message.get_content_maintype() != "application":
        return False
    subtype = message.get_content_subtype()
    return subtype == "json" or subtype.endswith("+json")


class BodyGuard:
    """ASGI middleware: the size limit, strict JSON, no NUL in the path or the query."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b""):
            await error_response(400, ErrorCode.INVALID, "The address holds a NUL character.")(
                scope, receive, send
            )
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        too_large = error_response(
            413,
            ErrorCode.TOO_LARGE,
            f"The body is larger than the server's limit of {self.max_body_bytes} bytes.",
        )
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client went away: nothing to answer
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await too_large(scope, receive, send)
                return
            chunks.append(chunk)
            more = bool(message.get("more_body", False))
        body = b"".join(chunks)
        if body:
            refusal: JSONResponse | None = None
            if not _is_json(headers.get("content-type")):
                refusal = error_response(
                    415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json."
                )
            else:
                try:
                    parse_strict_json(body)
                except Refused as exc:
                    refusal = error_response(400, ErrorCode.INVALID, str(exc))
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def http_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    """Starlette's and FastAPI's own errors (no route, wrong method, unreadable body) as ErrorBody."""
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(
        exc.status_code, ErrorCode.INVALID if exc.status_code < 500 else ErrorCode.INTERNAL
    )
    message = exc.detail if isinstance(exc.detail, str) else "The request was refused."
    return error_response(exc.status_code, code, message, dict(exc.headers or {}))


async def unexpected_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """A bug: JSON 500 without details; logged with type, route and stack, never message or body."""
    route = getattr(request.scope.get("route"), "path", "(no route)")
    stack = "".join(traceback.format_tb(exc.__traceback__))
    log.error(
        "unexpected %s in %s %s (message and request not logged)\n%s",
        type(exc).__name__,
        request.method,
        route,
        stack,
    )
    return error_response(
        500,
        ErrorCode.INTERNAL,
        "The server failed unexpectedly; the client retries later. Nothing was stored.",
    )


class DropAsgiTraceback(logging.Filter):
    """Uvicorn logs an exception again after our handler answered it, with its message (which may
    quote row values from the database): that second record is dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Exception in ASGI application")


def quiet_uvicorn_tracebacks() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, DropAsgiTraceback) for f in logger.filters):
        logger.addFilter(DropAsgiTraceback())
