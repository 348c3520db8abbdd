"""The one owner of every SQLite connection.

Writes go through a single connection behind an asyncio lock, each in a
`BEGIN IMMEDIATE` transaction, so concurrent requests queue instead of failing
with "database is locked". Reads use a small pool of their own connections;
WAL lets them run while a write is in progress.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from server.db.migrations import apply_migrations

BUSY_TIMEOUT_MS = 10_000
Params = Iterable[Any] | dict[str, Any]
T = TypeVar("T")


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
                if conn.in_transaction:  # SQLite ends it itself on some errors (a full disk)
                    await conn.execute("ROLLBACK")
                raise
            else:
                await conn.execute("COMMIT")

    async def write(self, work: Callable[[aiosqlite.Connection], Awaitable[T]]) -> T:
        """`work(tx)` as one write transaction, run in one trip to the writer's thread.

        Like `transaction()`, but the statements `work` sends run at once on
        the writer's own thread instead of each taking a trip there and back,
        which is most of the time a write of many rows holds the lock. `work`
        may await only the connection it is given (it must not wait for
        anything else: that would stall every writer).
        """
        async with self._write_lock:
            writer = self._writer
            return await writer._execute(_run_transaction, writer._conn, work)

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[aiosqlite.Connection]:
        conn = await self._readers.get()
        try:
            yield conn
        finally:
            self._readers.put_nowait(conn)


class _OnWriterThread:
    """The writer seen through the aiosqlite methods the repos use, answering at once."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    @property
    def total_changes(self) -> int:
        return self._conn.total_changes

    async def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    async def executemany(self, sql: str, params: Iterable[Params]) -> sqlite3.Cursor:
        return self._conn.executemany(sql, params)

    async def execute_fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, params).fetchall()


def _run_transaction(conn: sqlite3.Connection, work: Callable[[Any], Awaitable[T]]) -> T:
    """On the writer's thread: BEGIN IMMEDIATE, run `work` to its end, commit or roll back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = _run_now(work(_OnWriterThread(conn)))
    except BaseException:
        if conn.in_transaction:  # SQLite ends it itself on some errors (a full disk)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return result


def _run_now(coroutine: Any) -> Any:
    """Run a coroutine that never waits (its awaits all answer at once) to its end."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
    coroutine.close()
    raise RuntimeError("A write run on the writer's thread waited for something else.")


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
