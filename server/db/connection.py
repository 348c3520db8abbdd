"""The one owner of every SQLite connection.

Writes go through a single connection behind an asyncio lock, each in a
`BEGIN IMMEDIATE` transaction, so concurrent requests queue instead of failing
with "database is locked". Reads use a small pool of their own connections;
WAL lets them run while a write is in progress.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from server.db.migrations import apply_migrations

BUSY_TIMEOUT_MS = 10_000
Params = Iterable[Any] | dict[str, Any]


async def _connect(path: Path) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    await conn.execute("PRAGMA foreign_keys = ON")
    await conn.execute("PRAGMA synchronous = NORMAL")
    return conn


class Database:
    def __init__(self, writer: aiosqlite.Connection, readers: list[aiosqlite.Connection]):
        self._writer = writer
        self._write_lock = asyncio.Lock()
        self._readers: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()
        for conn in readers:
            self._readers.put_nowait(conn)
        self._all = [writer, *readers]

    @classmethod
    async def open(cls, path: Path, readers: int = 3) -> Database:
        path.parent.mkdir(parents=True, exist_ok=True)
        migrate(path)
        writer = await _connect(path)
        pool = [await _connect(path) for _ in range(readers)]
        for conn in pool:
            await conn.execute("PRAGMA query_only = ON")
        return cls(writer, pool)

    async def close(self) -> None:
        for conn in self._all:
            await conn.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction; committed when the block ends, rolled back on error."""
        async with self._write_lock:
            conn = self._writer
            await conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                await conn.execute("ROLLBACK")
                raise
            else:
                await conn.execute("COMMIT")

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[aiosqlite.Connection]:
        conn = await self._readers.get()
        try:
            yield conn
        finally:
            self._readers.put_nowait(conn)


def migrate(path: Path) -> list[str]:
    """Bring the database file at `path` up to date; returns the steps applied."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        return apply_migrations(conn)
    finally:
        conn.close()


# One trip to the connection's thread per statement: aiosqlite's cursor calls
# (execute, fetch, close) would each take their own.


async def fetch_one(
    conn: aiosqlite.Connection, sql: str, params: Params = ()
) -> sqlite3.Row | None:
    rows = await conn.execute_fetchall(sql, params)
    return next(iter(rows), None)


async def fetch_all(conn: aiosqlite.Connection, sql: str, params: Params = ()) -> list[sqlite3.Row]:
    return list(await conn.execute_fetchall(sql, params))


async def execute(conn: aiosqlite.Connection, sql: str, params: Params = ()) -> int:
    """Run one statement; returns the number of rows it changed."""
    cursor = await conn.execute(sql, params)
    return cursor.rowcount
