"""`ceclog migrate`, `check` and `serve` against a real PostgreSQL (DESIGN §3, Hosted mode)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import httpx
import psycopg
import pytest

from server.db.migrations import MIGRATIONS_DIR, POSTGRES_MIGRATIONS_DIR, migration_files
from tests.server_process import CECLOG, free_port, stop_server, this_checkout, wait_until_up
from tests.services import postgres


@pytest.fixture
def empty_database(request: pytest.FixtureRequest) -> str:
    """A database with no tables at all, as an operator creates it."""
    if not postgres.wanted() and not (postgres.BIN / "initdb").exists():
        pytest.skip(f"no PostgreSQL binaries in {postgres.BIN}")
    cluster = request.getfixturevalue("postgres")
    name = f"empty_{os.getpid()}_{free_port()}"
    cluster.admin(f"CREATE DATABASE {name}")
    return cluster.url(name)


def _env(tmp_path: Path, url: str) -> dict[str, str]:
    return this_checkout(
        {
            "CECLOG_DATA_DIR": str(tmp_path / "data"),
            "CECLOG_DATABASE_URL": url,
            "CECLOG_SIGNUP": "open",
            "CECLOG_OCR_WORKERS": "0",
            "PATH": "/usr/bin:/bin",
        }
    )


def ceclog(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CECLOG), *args], env=_env(tmp_path, url), capture_output=True, text=True, timeout=120
    )


def test_both_ladders_have_the_same_steps() -> None:
    sqlite = [(n, name) for n, name, _ in migration_files(MIGRATIONS_DIR)]
    assert [(n, name) for n, name, _ in migration_files(POSTGRES_MIGRATIONS_DIR)] == sqlite


def test_check_then_migrate_then_check(tmp_path: Path, empty_database: str) -> None:
    url = empty_database.replace("postgresql://", "postgres://")  # both spellings work
    before = ceclog(tmp_path, url, "check")
    assert "FAIL  database" in before.stdout and "ceclog migrate" in before.stdout
    migrated = ceclog(tmp_path, url, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    assert "applied 0001_foundation" in migrated.stdout and "0011_user_change_counters" in (
        migrated.stdout
    )
    again = ceclog(tmp_path, url, "migrate")
    assert again.returncode == 0 and "up to date" in again.stdout
    after = ceclog(tmp_path, url, "check")
    assert "ok    database:" in after.stdout and "PostgreSQL" in after.stdout


def test_check_names_an_unreachable_database(tmp_path: Path) -> None:
    url = f"postgresql://nobody:secret@127.0.0.1:{free_port()}/none?connect_timeout=2"
    done = ceclog(tmp_path, url, "check")
    assert done.returncode == 1
    assert "FAIL  database: cannot reach" in done.stdout and "secret" not in done.stdout


def test_many_servers_starting_at_once_migrate_once(tmp_path: Path, empty_database: str) -> None:
    ports = [free_port() for _ in range(3)]
    processes = []
    try:
        for n, port in enumerate(ports):
            env = _env(tmp_path / str(n), empty_database)
            processes.append(
                subprocess.Popen(
                    [str(CECLOG), "serve", "--port", str(port)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        for port, process in zip(ports, processes, strict=True):
            wait_until_up(f"http://127.0.0.1:{port}", process)
        # An account made on one is known to the others.
        made = httpx.post(
            f"http://127.0.0.1:{ports[0]}/api/auth/register",
            json={
                "email": "ana@example.com",
                "password": "correct horse battery",
                "full_name": "A",
            },
        )
        assert made.status_code == 201, made.text
        for port in ports[1:]:
            login = httpx.post(
                f"http://127.0.0.1:{port}/api/auth/login",
                json={"email": "ANA@example.com", "password": "correct horse battery"},
            )
            assert login.status_code == 200, login.text
    finally:
        for process in processes:
            stop_server(process)
    with psycopg.connect(empty_database) as conn:
        steps = conn.execute("SELECT number FROM schema_migrations ORDER BY number").fetchall()
    assert [n for (n,) in steps] == [n for n, _, _ in migration_files(POSTGRES_MIGRATIONS_DIR)]
