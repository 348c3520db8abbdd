"""`ceclog move`: carry a one-box install (SQLite and files) into hosted mode.

Every table is copied row for row, ids and all, so sessions, API tokens, sync
cursors and change numbers keep working: a phone with changes waiting pushes
them to the new servers as if nothing happened. Every stored file and
derivative is copied to the target store. The target database must hold no
accounts yet; the copy is one transaction, so a failed move leaves it empty.
At the end both sides are counted, table by table and file by file.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import msgspec
import psycopg

from server.db.connection import Connection, Database, Row, fetch_one, migrate
from server.db.dialect import dialect_of
from server.documents.storage import BlobStore, open_store
from server.errors import Unavailable
from server.settings import Settings

BATCH = 500
_ROWID = "_move_rowid"
SKIPPED = {"schema_migrations"}  # each side keeps its own record of the ladder


class Count(msgspec.Struct, frozen=True):
    name: str
    source: int
    target: int


class MoveReport(msgspec.Struct, frozen=True):
    tables: list[Count]
    files: list[Count]

    @property
    def matches(self) -> bool:
        return all(c.source == c.target for c in [*self.tables, *self.files])


class TargetNotEmpty(Exception):
    pass


def table_order(sqlite_path: Path) -> list[str]:
    """The source's tables, each after every table its foreign keys point at."""
    conn = sqlite3.connect(sqlite_path)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        parents = {
            name: {row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{name}")')}
            for name in names
        }
    finally:
        conn.close()
    return [name for name in _topological(parents) if name not in SKIPPED]


def _topological(parents: dict[str, set[str]]) -> list[str]:
    done: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for parent in sorted(parents.get(name, ())):
            if parent != name and parent in parents:
                visit(parent)
        done.append(name)

    for name in sorted(parents):
        visit(name)
    return done


async def copy_tables(source: Database, target: Database, tables: list[str]) -> None:
    """Every row of `tables` into the target, in one transaction."""

    async with target.transaction() as tx:
        users = await fetch_one(tx, "SELECT count(*) FROM users")
        if users and int(users[0]) > 0:
            raise TargetNotEmpty(
                "The target database already holds accounts; move into an empty one."
            )
        for table in reversed(tables):  # rows the migrations seeded (the counters)
            await tx.execute(f'DELETE FROM "{table}"')
        async with source.snapshot() as conn:  # one moment of the source throughout
            for table in tables:
                async for rows in _batches(conn, table):
                    columns = [c for c in rows[0].keys() if c != _ROWID]
                    quoted = ", ".join(f'"{c}"' for c in columns)
                    marks = ", ".join("?" for _ in columns)
                    await tx.executemany(
                        f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
                        [tuple(row[c] for c in columns) for row in rows],
                    )
        if target.dialect == "postgresql":
            from server.db.postgres import continue_identities

            await continue_identities(tx, tables)


async def _batches(conn: Connection, table: str) -> AsyncIterator[list[Row]]:
    """The table's rows, BATCH at a time in rowid order, so a big table is never
    held in memory whole."""
    last = 0
    while True:
        rows = await conn.execute_fetchall(
            f'SELECT rowid AS "{_ROWID}", * FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?',
            (last, BATCH),
        )
        if not rows:
            return
        yield list(rows)
        last = rows[-1][_ROWID]


async def count_tables(db: Database, tables: list[str]) -> dict[str, int]:
    counts = {}
    async with db.reader() as conn:
        for table in tables:
            row = await fetch_one(conn, f'SELECT count(*) FROM "{table}"')
            counts[table] = int(row[0]) if row else 0
    return counts


def copy_files(source: BlobStore, target: BlobStore) -> list[Count]:
    """Every kept file and derivative into the target store (already there: skipped)."""
    counts = []
    for folder in ("blobs", "derived"):
        names = list(source.names(folder))
        for name in names:
            if target.stat(name) is None:
                _write(target, name, source.read(name))
        there = set(target.names(folder))
        counts.append(Count(folder, len(names), sum(1 for n in names if n in there)))
    return counts


def _write(target: BlobStore, name: str, data: bytes) -> None:
    folder, _, file_name = name.split("/", 2)
    if folder == "blobs":
        target.write_blob(file_name, data)
    else:
        sha256, _, kind = file_name.partition(".")
        target.write_derived(sha256, kind, data)


async def move_database(source_path: Path, target_url: str) -> list[Count]:
    if dialect_of(target_url) != "postgresql":
        raise ValueError("--to-database takes a postgresql:// URL")
    migrate(source_path)
    migrate(target_url)
    tables = table_order(source_path)
    source = await Database.open(source_path)
    target = await Database.open(target_url)
    try:
        await copy_tables(source, target, tables)
        before, after = await asyncio.gather(
            count_tables(source, tables), count_tables(target, tables)
        )
    finally:
        await source.close()
        await target.close()
    return [Count(t, before[t], after[t]) for t in tables]


def lines(report: MoveReport) -> Iterator[str]:
    yield f"{'':<24} {'here':>9} {'there':>9}"
    for count in [*report.tables, *report.files]:
        mark = "ok" if count.source == count.target else "MISSING"
        yield f"{count.name:<24} {count.source:>9} {count.target:>9}  {mark}"


def run_move(settings: Settings, to_database: str | None, to_storage: str | None) -> int:
    """The `ceclog move` command: 0 when every count matches."""
    if not to_database and not to_storage:
        print("ceclog move: say where to: --to-database URL and/or --to-storage URL")
        return 2
    if settings.database_url or settings.storage_url:
        print(
            "ceclog move: the source is the one-box install; unset CECLOG_DATABASE_URL"
            " and CECLOG_STORAGE_URL (the targets are the --to-… URLs)"
        )
        return 2
    if not settings.db_path.is_file():
        print(f"ceclog move: no database at {settings.db_path} (CECLOG_DATA_DIR)")
        return 2
    try:
        target_store = (
            open_store(msgspec.structs.replace(settings, storage_url=to_storage))
            if to_storage
            else None
        )
        if target_store is not None:
            target_store.describe()  # reachable, before anything is copied
        tables = asyncio.run(move_database(settings.db_path, to_database)) if to_database else []
        files = copy_files(open_store(settings), target_store) if target_store else []
    except (TargetNotEmpty, ValueError, Unavailable, OSError, psycopg.Error) as exc:
        print(f"ceclog move: {exc}")
        return 1
    report = MoveReport(tables=tables, files=files)
    for line in lines(report):
        print(line)
    print(
        "ceclog move: every row and file is there"
        if report.matches
        else "ceclog move: some rows or files are missing on the target (above)"
    )
    return 0 if report.matches else 1
