"""``Server-Timing`` on every answer: how long the server worked on the request, from its arrival to
the start of the answer (routing, authentication, the database and building the body).

A client (or a proxy's access log) can then tell the server's share of a slow request from the
network's: ``make bench`` splits the cost of a pull this way. Only a duration: nothing of the request.
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = b"server-timing"


class ServerTiming:
    """ASGI middleware: ``Server-Timing: app;dur=<milliseconds>``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                elapsed = (time.perf_counter() - started) * 1000
                headers = [*message.get("headers", []), (HEADER, f"app;dur={elapsed:.2f}".encode())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, timed_send)


def server_milliseconds(value: str | None) -> float | None:
    """The duration in a ``Server-Timing`` header as this server writes it (None if there is none)."""
    if not value or "dur=" not in value:
        return None
    try:
        return float(value.split("dur=", 1)[1].split(";", 1)[0].split(",", 1)[0])
    except ValueError:
        return None
