"""Where SQLite and PostgreSQL differ, in one place.

Repo SQL is written once, in the subset both understand, with `?`
placeholders; on PostgreSQL it is translated here before psycopg sees it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, Literal

Dialect = Literal["sqlite", "postgresql"]
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def dialect_of(database_url: str | None) -> Dialect:
    if not database_url:
        return "sqlite"
    if database_url.startswith(POSTGRES_SCHEMES):
        return "postgresql"
    raise ValueError("CECLOG_DATABASE_URL must start with postgresql:// or postgres://")


def postgres_url(database_url: str) -> str:
    """libpq reads both schemes; one spelling keeps logs and messages alike."""
    if database_url.startswith("postgres://"):
        return "postgresql://" + database_url.removeprefix("postgres://")
    return database_url


@lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """`?` placeholders as psycopg's `%s`; a literal `%` doubled so it stays one.

    Placeholders inside quoted strings are left alone, so a `'?'` in a literal
    stays a question mark.
    """
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
        elif char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


def to_pg_params(params: Iterable[Any] | Mapping[str, Any]) -> Any:
    """SQLite stores booleans as 0/1 in INTEGER columns, and so does our PostgreSQL schema."""
    if isinstance(params, Mapping):
        return {k: int(v) if isinstance(v, bool) else v for k, v in params.items()}
    return [int(v) if isinstance(v, bool) else v for v in params]


# Row locks held until commit. SQLite needs none: BEGIN IMMEDIATE already lets
# one writer in at a time.
LOCK_USER: dict[Dialect, str | None] = {
    "sqlite": None,
    "postgresql": "SELECT value FROM change_counters WHERE user_id = ? FOR UPDATE",
}
LOCK_NAME: dict[Dialect, str | None] = {
    "sqlite": None,
    "postgresql": "SELECT pg_advisory_xact_lock(?)",
}


def lock_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for `name` (hash() differs per process)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
