"""Watching the server: every request counted and timed (``Observe``), and ``GET /metrics``.

Who may read ``/metrics``: nobody, until an operator names who may. ``POLKU_SERVER_METRICS_ALLOW``
lists the addresses or networks of the monitoring system (``127.0.0.1``, ``10.20.0.0/24``, comma
separated). A request from anywhere else, and any request that came through a proxy (it carries
``X-Forwarded-For``, ``Forwarded`` or ``X-Real-IP``: the proxy is the door to the internet, a
scraper talks to the server directly), gets the same 404 as an address with no route, so the
endpoint cannot be found from outside. Why both: the figures hold no personal data, but they tell
how busy the service is and how it fails, which is nobody's business on the internet; and a proxy
on the same host that does not send ``X-Forwarded-For`` would make every internet request look like
127.0.0.1. ``/healthz`` stays open (the proxy and load balancers need it; it says only "ok").
"""

from __future__ import annotations

import ipaddress
import time

from fastapi import APIRouter, Request, Response
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from sqlalchemy.exc import SQLAlchemyError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import ErrorCode
from sync.server import metrics
from sync.server.api.deps import ApiError
from sync.server.settings import ServerSettings

PROXY_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")
UNMATCHED = "(unmatched)"


def route_templates(prefix: str, *routers: APIRouter) -> dict[int, str]:
    """Each route of routers included under ``prefix``, by the route object's id, with its full
    template. FastAPI puts the router's own route object in the scope, whose path lacks the prefix."""
    return {
        id(route): prefix + path for router in routers for route in router.routes if (path := _path(route))
    }


def _path(route: object) -> str:
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else ""


def route_template(scope: Scope, templates: dict[int, str]) -> str:
    """The route the request matched, as written in the code (``/api/v1/reference/{name}``)."""
    route = scope.get("route")
    path = _path(route)
    return templates.get(id(route), path) if path else UNMATCHED


class Observe:
    """ASGI middleware: each request's route template, status class and duration, and the database
    errors that end requests. ``templates``: ``route_templates`` of the included routers."""

    def __init__(self, app: ASGIApp, templates: dict[int, str]) -> None:
        self.app = app
        self.templates = templates

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # an exception before any answer: the server's error handler answers 500

        async def observed_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, observed_send)
        except SQLAlchemyError as exc:
            metrics.record_database_error(exc)
            raise
        finally:
            elapsed = time.perf_counter() - started
            metrics.record_request(
                scope.get("method", ""), route_template(scope, self.templates), status, elapsed
            )


def may_read_metrics(request: Request, settings: ServerSettings) -> bool:
    networks = settings.metrics_networks()
    if not networks or any(h in request.headers for h in PROXY_HEADERS):
        return False
    try:
        address = ipaddress.ip_address(request.client.host if request.client else "")
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1 on a dual-stack socket
    return any(a in net for net in networks for a in (address, mapped) if a is not None)


def metrics_endpoint(request: Request) -> Response:
    """The Prometheus text format, to the addresses ``POLKU_SERVER_METRICS_ALLOW`` names."""
    if not may_read_metrics(request, request.app.state.settings):
        raise ApiError(404, ErrorCode.NOT_FOUND, "Not Found")
    return Response(metrics.exposition(request.app.state.db), media_type=CONTENT_TYPE_PLAIN_0_0_4)
