"""Reading and changing a test server's database directly, on SQLite or PostgreSQL."""

from __future__ import annotations

import sqlite3
from typing import Any

import psycopg

from server.db.dialect import to_pg_params, to_pyformat
from server.settings import Settings


def query(settings: Settings, sql: str, params: tuple = ()) -> list[tuple[Any, ...]]:
    """Rows of one statement (committed, when it writes); `?` placeholders on both."""
    if settings.database_url:
        with psycopg.connect(settings.database_url, autocommit=True) as conn:
            cursor = conn.execute(to_pyformat(sql), to_pg_params(params))
            return cursor.fetchall() if cursor.description else []
    conn = sqlite3.connect(settings.db_path)
    try:
        with conn:
            return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def value(settings: Settings, sql: str, params: tuple = ()) -> Any:
    return query(settings, sql, params)[0][0]


def integrity(settings: Settings) -> str:
    """SQLite's own check of its file; PostgreSQL has no file a killed server could tear."""
    if settings.database_url:
        return value(settings, "SELECT 'ok'")
    return value(settings, "PRAGMA integrity_check")
