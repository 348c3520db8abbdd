"""Dependencies every controller may ask for by name."""

from __future__ import annotations

from litestar import Request
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide

from server.db.connection import Database
from server.errors import NotAuthenticated
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


DEPENDENCIES = {
    "db": Provide(provide_db, sync_to_thread=False),
    "settings": Provide(provide_settings, sync_to_thread=False),
    "user_id": Provide(provide_user_id, sync_to_thread=False),
}

# Explicit markers for controller parameters (inferred ones go away in Litestar 3).
DB = NamedDependency[Database]
UserId = NamedDependency[int]
AppSettings = NamedDependency[Settings]
