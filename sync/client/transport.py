"""How the client reaches the server: a small interface, and its HTTPS implementation.

Certificates are always verified: against the system's trust store, or against a CA bundle IT
configures. There is no switch to turn verification off.
"""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

import httpx

from sync.client.errors import TransportFailed
from sync.protocol import HEADER_PROTOCOL, HEADER_SCHEMA, PROTOCOL_VERSION, SCHEMA_VERSION

_UNREAD: Any = object()


class Reply:
    """An answer: status, headers and JSON body. An answer read off the wire keeps its bytes and parses
    them when ``body`` is first read, so ``calls.call`` can parse a pull page (over a megabyte) in one
    pass straight into its model: ``json.loads`` and then validating the objects took three times as
    long, holding the interpreter lock while the page before was being written."""

    __slots__ = ("_body", "headers", "raw", "status")

    def __init__(
        self,
        status: int,
        body: Any = _UNREAD,
        headers: Mapping[str, str] | None = None,
        *,
        raw: bytes | None = None,
    ) -> None:
        self.status = status
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.raw = raw if body is _UNREAD else None  # None: the body was given, not read
        self._body = None if body is _UNREAD and not raw else body

    @property
    def body(self) -> Any:
        if self._body is _UNREAD:
            assert self.raw is not None
            try:
                self._body = json.loads(self.raw)
            except ValueError:
                cut = f"the answer was cut short or is not JSON (HTTP {self.status})"
                raise TransportFailed(cut) from None
        return self._body


class Transport(Protocol):
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        token: str | None = None,
    ) -> Reply: ...


def tls_context(ca_bundle: str | Path | None = None) -> ssl.SSLContext:
    """Verification against the system store, or only against IT's CA bundle when one is given."""
    if ca_bundle:
        return ssl.create_default_context(cafile=str(ca_bundle))
    return ssl.create_default_context()


# No answer of the protocol comes near this (a pull page of 1000 rows is about 1 MB): a larger one is
# a wrong server or a broken proxy, and is not read into memory.
MAX_ANSWER_BYTES = 64 * 1024 * 1024


class HttpTransport:
    """JSON over HTTP(S) with httpx. ``client`` may be given (tests pass an in-process ASGI client).

    ``timeout`` bounds each connect and each read; ``deadline`` bounds a whole answer, so a server
    that trickles bytes slowly (each read in time) cannot hold a sync forever.
    """

    def __init__(
        self,
        base_url: str = "",
        *,
        ca_bundle: str | Path | None = None,
        timeout: float = 30.0,
        deadline: float = 300.0,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        client: httpx.Client | None = None,
        protocol: int = PROTOCOL_VERSION,
        schema: int = SCHEMA_VERSION,
    ) -> None:
        self.protocol = protocol
        self.schema = schema
        self.deadline = deadline
        self.max_answer_bytes = max_answer_bytes
        self._client = client or httpx.Client(
            base_url=base_url.rstrip("/"), verify=tls_context(ca_bundle), timeout=timeout
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        token: str | None = None,
    ) -> Reply:
        headers = {HEADER_PROTOCOL: str(self.protocol), HEADER_SCHEMA: str(self.schema)}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        ends = time.monotonic() + self.deadline
        try:
            with self._client.stream(method, path, params=params, json=body, headers=headers) as resp:
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_answer_bytes:
                        raise TransportFailed(f"the answer is too large (over {self.max_answer_bytes} bytes)")
                    if time.monotonic() > ends:
                        raise TransportFailed(f"the answer took longer than {self.deadline:.0f} s")
                    chunks.append(chunk)
        except httpx.HTTPError as exc:
            raise TransportFailed(_in_words(exc)) from None
        return parse_reply(resp.status_code, b"".join(chunks), resp.headers)

    def close(self) -> None:
        self._client.close()


def _in_words(exc: httpx.HTTPError) -> str:
    """What went wrong with the connection, in words for the command line and the log (not the name
    of an httpx class)."""
    if isinstance(exc, httpx.TimeoutException):
        return "the server did not answer in time"
    if isinstance(exc, httpx.ConnectError):
        return "could not connect to the server (no network, or a wrong address)"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server closed the connection"
    return "the connection to the server was interrupted"


def parse_reply(status: int, raw: bytes, headers: Mapping[str, str]) -> Reply:
    """The answer as read; its JSON is parsed when first needed (``Reply.body``, ``calls.call``)."""
    return Reply(status, headers=dict(headers), raw=raw)
