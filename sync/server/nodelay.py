"""uvicorn's HTTP/1.1 protocol with Nagle's algorithm switched off on every connection.

With ``--workers N`` uvicorn binds the listening socket itself without naming the protocol, so
asyncio does not recognise accepted connections as TCP and leaves Nagle on: every keep-alive request
after the first then waits ~40 ms for the client's delayed ACK (uvicorn issue #3149, open). A sync is
several requests on one connection, so this alone made a sync with nothing to do take 116 ms instead
of about 20. Setting TCP_NODELAY per connection fixes it whatever the listener looks like.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):  # a socket that cannot take the option keeps Nagle
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
