"""The FastAPI application of the central sync server."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import API, PROTOCOL_VERSION
from sync.server.admin import seed_reference
from sync.server.api.deps import ApiError, api_error_handler, error_responses, validation_error_handler
from sync.server.api.guard import (
    BodyGuard,
    http_error_handler,
    quiet_uvicorn_tracebacks,
    unexpected_error_handler,
)
from sync.server.api.observe import Observe, metrics_endpoint, route_templates
from sync.server.api.routes import admin, closed, sync
from sync.server.api.timing import ServerTiming
from sync.server.db import Database, check_schema, make_engine, migrate
from sync.server.restore import Proofs, load_or_create_key
from sync.server.security import Throttle
from sync.server.settings import ServerSettings


def create_app(settings: ServerSettings | None = None, *, database: Database | None = None) -> FastAPI:
    """The server app; migrates its database, or with ``migrate_on_start`` off checks that it is
    current, and publishes the bundled reference data first."""
    settings = settings or ServerSettings()
    db = database or Database(make_engine(settings.url()))
    if settings.migrate_on_start:
        migrate(db.engine)
    else:
        check_schema(db.engine)
    seed_reference(db)
    app = FastAPI(
        title="Polku sync server",
        version=str(PROTOCOL_VERSION),
        description="Central sync for Polku laptops. Protocol: docs/sync-protocol.md.",
    )
    app.state.db = db
    app.state.settings = settings
    app.state.proofs = Proofs(load_or_create_key(settings.key_file()))
    app.state.throttle = Throttle(
        free_attempts=settings.throttle_free_attempts,
        base_seconds=settings.throttle_base_seconds,
        max_seconds=settings.throttle_max_seconds,
    )
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(Exception, unexpected_error_handler)
    app.add_middleware(BodyGuard, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(ServerTiming)  # the whole of the server's work
    templates = route_templates(API, sync.router, closed.router, admin.router)
    app.add_middleware(Observe, templates=templates)  # outermost
    quiet_uvicorn_tracebacks()
    app.include_router(sync.router, prefix=API)
    app.include_router(closed.router, prefix=API)
    app.include_router(admin.router, prefix=API)

    @app.get("/healthz", tags=["ops"], responses=error_responses(include_version=False))
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    # Not in the OpenAPI document: an operator's endpoint, off until POLKU_SERVER_METRICS_ALLOW is set.
    app.add_api_route("/metrics", metrics_endpoint, methods=["GET"], include_in_schema=False)

    return app
