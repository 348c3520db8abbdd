"""The one owner of every database connection, on SQLite or PostgreSQL.

Repos and services see a connection or a transaction only through
`Connection`: `execute` (its result's `rowcount`), `execute_fetchall`,
`executemany`, `total_changes` and `dialect`, plus the helpers below. Which
database sits behind it is chosen once, by `Database.open`.

Every write transaction that touches a user's data names that user
(`transaction(user_id=...)`, `write(work, user_id=...)`) and takes the user's
change-counter lock before it reads anything: one user's writers then run
one after another on any number of processes, as SQLite's single writer
makes them anyway, and that user's change numbers commit in order.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any, Protocol, TypeVar

from server.db.dialect import Dialect, dialect_of

Params = Iterable[Any] | dict[str, Any]
T = TypeVar("T")


class Row(Protocol):
    """A row read by index (`row[0]`) or by column name (`row["id"]`), like sqlite3.Row."""

    def __getitem__(self, key: int | str) -> Any: ...
    def keys(self) -> list[str]: ...


class Result(Protocol):
    @property
    def rowcount(self) -> int: ...


class Connection(Protocol):
    dialect: Dialect

    @property
    def total_changes(self) -> int:
        """Rows changed so far on this connection: a difference tells a statement wrote."""
        ...

    async def execute(self, sql: str, params: Params = ()) -> Result: ...
    async def executemany(self, sql: str, params: Iterable[Params]) -> Result: ...
    async def execute_fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]: ...


class Database:
    """What services hold: `server.db.sqlite` and `server.db.postgres` fill it in."""

    dialect: Dialect

    @staticmethod
    async def open(target: Path | str, readers: int = 3) -> Database:
        """A path opens SQLite; a postgresql:// or postgres:// URL opens PostgreSQL."""
        if isinstance(target, Path):
            from server.db.sqlite import SqliteDatabase

            return await SqliteDatabase.open(target, readers)
        from server.db.postgres import PostgresDatabase

        return await PostgresDatabase.open(target, readers)

    async def close(self) -> None:
        raise NotImplementedError

    def transaction(self, user_id: int | None = None) -> AbstractAsyncContextManager[Connection]:
        """One write transaction; committed when the block ends, rolled back on error."""
        raise NotImplementedError

    async def write(
        self, work: Callable[[Connection], Awaitable[T]], user_id: int | None = None
    ) -> T:
        """`work(tx)` as one write transaction. `work` may await only the
        connection it is given (on SQLite it runs on the writer's own thread)."""
        raise NotImplementedError

    def reader(self) -> AbstractAsyncContextManager[Connection]:
        raise NotImplementedError

    def snapshot(self) -> AbstractAsyncContextManager[Connection]:
        """A reader whose every read sees the database as of one moment."""
        raise NotImplementedError


def migrate(target: Path | str) -> list[str]:
    """Bring the database up to date; returns the steps applied."""
    if isinstance(target, Path):
        from server.db.sqlite import migrate_sqlite

        return migrate_sqlite(target)
    from server.db.postgres import migrate_postgres

    return migrate_postgres(target)


def describe(target: Path | str) -> str:
    """The database as an operator would name it, without a password."""
    if isinstance(target, Path):
        return str(target)
    assert dialect_of(target) == "postgresql"
    from server.db.postgres import redacted

    return redacted(target)


async def fetch_one(conn: Connection, sql: str, params: Params = ()) -> Any | None:
    rows = await conn.execute_fetchall(sql, params)
    return next(iter(rows), None)


async def fetch_all(conn: Connection, sql: str, params: Params = ()) -> list[Any]:
    return list(await conn.execute_fetchall(sql, params))


async def execute(conn: Connection, sql: str, params: Params = ()) -> int:
    """Run one statement; returns the number of rows it changed."""
    cursor = await conn.execute(sql, params)
    return cursor.rowcount
