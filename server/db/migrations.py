"""Numbered SQL steps in `migrations/NNNN_name.sql`, applied in order and recorded.

A released step is never edited: a change to the schema is a new step.
PostgreSQL has its own ladder in `migrations/postgresql/`, step for step the
same numbers and names: the same schema in its own DDL.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from server.fields import iso_now

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
POSTGRES_MIGRATIONS_DIR = MIGRATIONS_DIR / "postgresql"
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_files(directory: Path = MIGRATIONS_DIR) -> list[tuple[int, str, Path]]:
    steps = []
    for path in sorted(p for p in directory.iterdir() if p.is_file()):
        match = _NAME.match(path.name)
        if match:
            steps.append((int(match.group(1)), path.stem, path))
    numbers = [n for n, _, _ in steps]
    if len(numbers) != len(set(numbers)):
        raise RuntimeError(f"two migrations share a number in {directory}")
    return steps


def applied_migrations(conn: sqlite3.Connection) -> set[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return {row[0] for row in conn.execute("SELECT number FROM schema_migrations")}


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    done = applied_migrations(conn)
    return [name for number, name, _ in migration_files() if number not in done]


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    applied = []
    done = applied_migrations(conn)
    for number, name, path in migration_files():
        if number in done:
            continue
        # Each step and its record commit together, or not at all.
        script = path.read_text(encoding="utf-8")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                (number, name, iso_now()),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _statements(script: str) -> list[str]:
    """Split a script into complete statements (executescript would commit on its own)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not buffer.strip().startswith("--"):
        statements.append(buffer.strip())
    return statements
