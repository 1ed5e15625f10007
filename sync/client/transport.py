"""How the client reaches the server: a small interface, and its HTTPS implementation.

Certificates are always verified: against the system's trust store, or against a CA bundle IT
configures. There is no switch to turn verification off.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx

from sync.client.errors import TransportFailed
from sync.protocol import HEADER_PROTOCOL, HEADER_SCHEMA, PROTOCOL_VERSION, SCHEMA_VERSION


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)


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


class HttpTransport:
    """JSON over HTTP(S) with httpx. ``client`` may be given (tests pass an in-process ASGI client)."""

    def __init__(
        self,
        base_url: str = "",
        *,
        ca_bundle: str | Path | None = None,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        protocol: int = PROTOCOL_VERSION,
        schema: int = SCHEMA_VERSION,
    ) -> None:
        self.protocol = protocol
        self.schema = schema
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
        try:
            resp = self._client.request(method, path, params=params, json=body, headers=headers)
            raw = resp.content
        except httpx.HTTPError as exc:
            raise TransportFailed(f"request failed ({type(exc).__name__})") from None
        return parse_reply(resp.status_code, raw, resp.headers)

    def close(self) -> None:
        self._client.close()


def parse_reply(status: int, raw: bytes, headers: Mapping[str, str]) -> Reply:
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        raise TransportFailed(f"the answer was cut short or is not JSON (HTTP {status})") from None
    return Reply(status, body, dict(headers))
