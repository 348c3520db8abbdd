"""The embedded database: one SQLite file in the data directory.

Writes go through a single connection owned by one thread of its own, each in
a `BEGIN IMMEDIATE` transaction behind an asyncio lock, so concurrent requests
queue instead of failing with "database is locked". `write(work)` runs the
whole transaction in one trip to that thread. Reads use a small pool of
aiosqlite connections; WAL lets them run while a write is in progress.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from server.db.connection import Connection, Database, Params
from server.db.migrations import apply_migrations

BUSY_TIMEOUT_MS = 10_000
T = TypeVar("T")


def _configure(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _connect_writer(path: Path) -> sqlite3.Connection:
    # Used on the writer's thread only; not checking lets `total_changes` be read anywhere.
    return _configure(sqlite3.connect(path, isolation_level=None, check_same_thread=False))


async def _connect_reader(path: Path) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    await conn.execute("PRAGMA foreign_keys = ON")
    await conn.execute("PRAGMA query_only = ON")
    return conn


class SqliteDatabase(Database):
    dialect = "sqlite"

    def __init__(
        self,
        writer: sqlite3.Connection,
        thread: ThreadPoolExecutor,
        readers: list[aiosqlite.Connection],
    ):
        self._writer = writer
        self._thread = thread
        self._write_lock = asyncio.Lock()
        self._readers: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()
        for conn in readers:
            self._readers.put_nowait(conn)
        self._reader_conns = readers

    @classmethod
    async def open(cls, path: Path, readers: int = 3) -> SqliteDatabase:
        path.parent.mkdir(parents=True, exist_ok=True)
        migrate_sqlite(path)
        thread = ThreadPoolExecutor(1, thread_name_prefix="sqlite-writer")
        writer = await asyncio.get_running_loop().run_in_executor(thread, _connect_writer, path)
        pool = [await _connect_reader(path) for _ in range(readers)]
        return cls(writer, thread, pool)

    async def close(self) -> None:
        for conn in self._reader_conns:
            await conn.close()
        await asyncio.get_running_loop().run_in_executor(self._thread, self._writer.close)
        self._thread.shutdown(wait=True)

    @asynccontextmanager
    async def transaction(self, user_id: int | None = None) -> AsyncIterator[Connection]:
        # One writer at a time: every user is locked, whichever is named.
        async with self._write_lock:
            tx = _ViaWriterThread(self._writer, self._thread)
            await tx.execute("BEGIN IMMEDIATE")
            try:
                yield tx
            except BaseException:
                if self._writer.in_transaction:  # SQLite ends it itself on some errors
                    await tx.execute("ROLLBACK")
                raise
            else:
                await tx.execute("COMMIT")

    async def write(
        self, work: Callable[[Connection], Awaitable[T]], user_id: int | None = None
    ) -> T:
        """Runs the statements `work` sends at once on the writer's own thread
        instead of each taking a trip there and back, which is most of the time
        a write of many rows would hold the lock."""
        async with self._write_lock:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._thread, _run_transaction, self._writer, work)

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[Connection]:
        conn = await self._readers.get()
        try:
            yield _Reader(conn)
        finally:
            self._readers.put_nowait(conn)

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[Connection]:
        async with self.reader() as conn:
            await conn.execute("BEGIN")  # a WAL read transaction: one moment throughout
            try:
                yield conn
            finally:
                await conn.execute("COMMIT")


class _Reader:
    """An aiosqlite reader seen as a `Connection`."""

    dialect = "sqlite"

    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    @property
    def total_changes(self) -> int:
        return 0  # readers are query_only

    async def execute(self, sql: str, params: Params = ()) -> Any:
        return await self._conn.execute(sql, params)

    async def executemany(self, sql: str, params: Iterable[Params]) -> Any:
        return await self._conn.executemany(sql, params)

    async def execute_fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return list(await self._conn.execute_fetchall(sql, params))


class _Done:
    """What a statement run on the writer's thread reports back."""

    __slots__ = ("rowcount",)

    def __init__(self, rowcount: int):
        self.rowcount = rowcount


class _ViaWriterThread:
    """The writer for a `transaction()` block: each statement a trip to its thread."""

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection, thread: ThreadPoolExecutor):
        self._conn = conn
        self._thread = thread

    @property
    def total_changes(self) -> int:
        return self._conn.total_changes

    async def _run(self, call: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._thread, call)

    async def execute(self, sql: str, params: Params = ()) -> _Done:
        return await self._run(lambda: _Done(self._conn.execute(sql, params).rowcount))

    async def executemany(self, sql: str, params: Iterable[Params]) -> _Done:
        return await self._run(lambda: _Done(self._conn.executemany(sql, params).rowcount))

    async def execute_fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return await self._run(lambda: self._conn.execute(sql, params).fetchall())


class _OnWriterThread:
    """The writer for `write(work)`, used on its own thread: every call answers at once."""

    dialect = "sqlite"

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


def migrate_sqlite(path: Path) -> list[str]:
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
