"""Hosted mode's database: PostgreSQL behind CECLOG_DATABASE_URL (psycopg 3, pooled).

Connections run in autocommit; a write is one explicit transaction that first
locks the change counter of the user it writes for (see server.db.connection),
so several `ceclog serve` processes on one database keep SQLite's one-writer
guarantees per user while different users write in parallel.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg_pool import AsyncConnectionPool

from server.db.changes import lock_user
from server.db.connection import Connection, Database, Params
from server.db.dialect import lock_key, postgres_url, to_pg_params, to_pyformat
from server.db.migrations import POSTGRES_MIGRATIONS_DIR, migration_files
from server.fields import iso_now

T = TypeVar("T")
POOL_SIZE = 10


class PgRow:
    """A row read by index or by column name, like sqlite3.Row."""

    __slots__ = ("_values", "_index")

    def __init__(self, values: Sequence[Any], index: dict[str, int]):
        self._values = values
        self._index = index

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._index[key] if isinstance(key, str) else key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def keys(self) -> list[str]:
        return list(self._index)

    def __repr__(self) -> str:
        return f"PgRow({dict(zip(self._index, self._values, strict=True))!r})"


def _row_factory(cursor: psycopg.AsyncCursor[Any]) -> Callable[[Sequence[Any]], PgRow]:
    index = {column.name: n for n, column in enumerate(cursor.description or ())}
    return lambda values: PgRow(values, index)


_WRITES = ("INSERT", "UPDATE", "DELETE", "MERGE")


class PgConnection:
    """A pooled psycopg connection seen as a `Connection`: `?` becomes `%s` on the way."""

    dialect = "postgresql"

    def __init__(self, conn: psycopg.AsyncConnection[Any]):
        self._conn = conn
        self._changes = 0

    @property
    def total_changes(self) -> int:
        return self._changes

    async def _run(self, sql: str, params: Params) -> psycopg.AsyncCursor[PgRow]:
        cursor = self._conn.cursor(row_factory=_row_factory)
        params = list(params) if not isinstance(params, dict) else params
        if params:
            await cursor.execute(to_pyformat(sql), to_pg_params(params))
        else:
            await cursor.execute(sql)  # not parsed for placeholders: a `%` stays as written
        self._count(cursor)
        return cursor

    def _count(self, cursor: psycopg.AsyncCursor[Any]) -> None:
        status = cursor.statusmessage or ""
        if status.startswith(_WRITES) and cursor.rowcount > 0:
            self._changes += cursor.rowcount

    async def execute(self, sql: str, params: Params = ()) -> psycopg.AsyncCursor[PgRow]:
        return await self._run(sql, params)

    async def executemany(self, sql: str, params: Iterable[Params]) -> psycopg.AsyncCursor[Any]:
        cursor = self._conn.cursor()
        await cursor.executemany(to_pyformat(sql), [to_pg_params(p) for p in params])
        self._count(cursor)
        return cursor

    async def execute_fetchall(self, sql: str, params: Params = ()) -> list[PgRow]:
        cursor = await self._run(sql, params)
        return await cursor.fetchall() if cursor.description else []


class PostgresDatabase(Database):
    dialect = "postgresql"

    def __init__(self, pool: AsyncConnectionPool):
        self._pool = pool

    @classmethod
    async def open(cls, url: str, readers: int = 3) -> PostgresDatabase:
        migrate_postgres(url)
        pool = AsyncConnectionPool(
            postgres_url(url),
            min_size=1,
            max_size=max(POOL_SIZE, readers + 1),
            kwargs={"autocommit": True},
            open=False,
            name="ceclog",
        )
        await pool.open(wait=True, timeout=30)
        return cls(pool)

    async def close(self) -> None:
        await self._pool.close()

    @asynccontextmanager
    async def transaction(self, user_id: int | None = None) -> AsyncIterator[Connection]:
        async with self._pool.connection() as conn, conn.transaction():
            tx = PgConnection(conn)
            if user_id is not None:
                await lock_user(tx, user_id)
            yield tx

    async def write(
        self, work: Callable[[Connection], Awaitable[T]], user_id: int | None = None
    ) -> T:
        async with self.transaction(user_id) as tx:
            return await work(tx)

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[Connection]:
        async with self._pool.connection() as conn:
            yield PgConnection(conn)

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[Connection]:
        async with self._pool.connection() as conn, conn.transaction():
            await conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield PgConnection(conn)


def migrate_postgres(url: str) -> list[str]:
    """Bring the database up to date under an advisory lock, so that any number
    of processes starting at once apply each step exactly once."""
    applied: list[str] = []
    with psycopg.connect(postgres_url(url), autocommit=True) as conn:
        key = lock_key("ceclog migrations")
        conn.execute("SELECT pg_advisory_lock(%s)", (key,))
        try:
            done = _applied(conn)
            for number, name, path in migration_files(POSTGRES_MIGRATIONS_DIR):
                if number in done:
                    continue
                with conn.transaction():  # a step and its record commit together
                    conn.execute(path.read_text(encoding="utf-8"))
                    conn.execute(
                        "INSERT INTO schema_migrations (number, name, applied_at)"
                        " VALUES (%s, %s, %s)",
                        (number, name, iso_now()),
                    )
                applied.append(name)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
    return applied


def pending_postgres(url: str) -> list[str]:
    with psycopg.connect(postgres_url(url), autocommit=True) as conn:
        done = _applied(conn)
    return [name for n, name, _ in migration_files(POSTGRES_MIGRATIONS_DIR) if n not in done]


def _applied(conn: psycopg.Connection[Any]) -> set[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return {row[0] for row in conn.execute("SELECT number FROM schema_migrations")}


def redacted(url: str) -> str:
    """The URL without its password, fit for a log line."""
    parts = urlsplit(postgres_url(url))
    if parts.password is None:
        return urlunsplit(parts)
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


async def continue_identities(tx: Connection, tables: list[str]) -> None:
    """After rows were copied in with their ids: each table's id sequence
    continues past the highest id, so the next insert takes a new one."""
    rows = await tx.execute_fetchall(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema()"
        " AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')"
    )
    for row in rows:
        table, column = row[0], row[1]
        if table not in tables:
            continue
        await tx.execute(
            f"SELECT setval(pg_get_serial_sequence(?, ?),"
            f' COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)',
            (f'"{table}"', column),
        )
