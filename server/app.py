"""create_app(settings) -> Litestar: the API under /api and the web app at /."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar, get
from litestar.config.compression import CompressionConfig
from litestar.datastructures import State
from litestar.middleware import DefineMiddleware
from litestar.openapi import OpenAPIConfig
from litestar.static_files import create_static_files_router
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from server.accounts.routes import ROUTES as ACCOUNT_ROUTES
from server.calendar.routes import ROUTES as CALENDAR_ROUTES
from server.conflicts.routes import ROUTES as CONFLICT_ROUTES
from server.db.connection import Database
from server.documents.routes import document_router
from server.documents.service import documents_running
from server.entries.routes import ROUTES as ENTRY_ROUTES
from server.events.routes import ROUTES as EVENT_ROUTES
from server.exports.routes import ROUTES as EXPORT_ROUTES
from server.housekeeping import sweeping
from server.http.auth import AuthMiddleware, CSRFCookieMiddleware
from server.http.deps import DEPENDENCIES
from server.http.errors import EXCEPTION_HANDLERS
from server.http.headers import add_security_headers
from server.http.pace import BodyPaceMiddleware
from server.http.schema_page import SchemaPage
from server.renewal.routes import ROUTES as SUMMARY_ROUTES
from server.settings import Settings
from server.submissions.routes import ROUTES as SUBMISSION_ROUTES
from server.sync.routes import ROUTES as SYNC_ROUTES

JSON_BODY_LIMIT = 4 * 1024 * 1024
API_ROUTES = [
    *ACCOUNT_ROUTES,
    *ENTRY_ROUTES,
    *EVENT_ROUTES,
    *SUMMARY_ROUTES,
    *SUBMISSION_ROUTES,
    *EXPORT_ROUTES,
    *CALENDAR_ROUTES,
    *SYNC_ROUTES,
    *CONFLICT_ROUTES,
]


@get("/api/health", opt={"exclude_from_auth": True}, tags=["health"])
async def health() -> dict[str, str]:
    return {"status": "ok"}


def _proxy_headers(settings: Settings) -> list[DefineMiddleware]:
    """Behind a trusted proxy the client's address and scheme are the ones it forwards
    (the last address in X-Forwarded-For that is not one of the proxies); from
    anyone else those headers mean nothing."""
    if not settings.trusted_proxies:
        return []
    return [DefineMiddleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)]


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        app.state.db = await Database.open(settings.database)
        try:
            async with documents_running(app.state, settings), sweeping(settings):
                yield  # the OCR workers and the sweeper run meanwhile
        finally:
            await app.state.db.close()

    web = create_static_files_router(
        path="/",
        directories=[settings.web_dir],
        html_mode=True,
        opt={"exclude_from_auth": True},
        include_in_schema=False,
        name="web",
    )
    return Litestar(
        route_handlers=[health, *API_ROUTES, document_router(settings), web],
        lifespan=[lifespan],
        state=State({"settings": settings}),
        dependencies=DEPENDENCIES,
        exception_handlers=EXCEPTION_HANDLERS,  # type: ignore[arg-type]
        before_send=[add_security_headers],
        middleware=[
            *_proxy_headers(settings),
            DefineMiddleware(BodyPaceMiddleware),
            DefineMiddleware(CSRFCookieMiddleware, secure=settings.secure_cookies),
            DefineMiddleware(AuthMiddleware, exclude=["^/schema"]),
        ],
        openapi_config=OpenAPIConfig(
            title="ceclog",
            version="1",
            description="Keep proof of IICRC continuing-education hours and get it to the IICRC.",
            path="/schema",
            # A page of our own: the stock ones load their scripts from a CDN.
            render_plugins=[SchemaPage()],
        ),
        compression_config=CompressionConfig(
            backend="gzip", minimum_size=1024, exclude_opt_key="skip_compression"
        ),
        # JSON bodies stay small; the upload routes raise their own limit.
        request_max_body_size=JSON_BODY_LIMIT,
    )
