"""Dependencies every controller may ask for by name."""

from __future__ import annotations

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.handlers.base import BaseRouteHandler

from server.db.connection import Database
from server.errors import NotAuthenticated, UnsupportedMedia
from server.settings import Settings


def provide_db(state: State) -> Database:
    return state.db


def provide_settings(state: State) -> Settings:
    return state.settings


def provide_user_id(request: Request) -> int:
    principal = request.scope.get("user")
    if principal is None:
        raise NotAuthenticated("Log in first.")
    return principal.user_id


def provide_client_address(request: Request) -> str:
    """The socket's peer; behind a proxy in CECLOG_TRUSTED_PROXIES, the client it
    names in X-Forwarded-For (`create_app` puts that in the scope)."""
    return request.client.host if request.client else "unknown"


def json_only(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """A guard: a form or text/plain body, which any web page can make a browser
    send, is refused (login CSRF)."""
    media_type = connection.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise UnsupportedMedia("Send this as JSON, with 'Content-Type: application/json'.")


DEPENDENCIES = {
    "db": Provide(provide_db, sync_to_thread=False),
    "settings": Provide(provide_settings, sync_to_thread=False),
    "user_id": Provide(provide_user_id, sync_to_thread=False),
    "client_address": Provide(provide_client_address, sync_to_thread=False),
}

# Explicit markers for controller parameters (inferred ones go away in Litestar 3).
DB = NamedDependency[Database]
UserId = NamedDependency[int]
AppSettings = NamedDependency[Settings]
ClientAddress = NamedDependency[str]
