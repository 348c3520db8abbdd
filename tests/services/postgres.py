"""A real PostgreSQL 15 for the tests: one throwaway cluster per test run.

The cluster lives in a temporary directory, listens on 127.0.0.1 on a free
port, runs with fsync off, and is removed at the end. Each caller gets a fresh
database copied from a migrated template, which takes milliseconds.
`CECLOG_TEST_DATABASE=postgresql` runs the shared fixtures on it; without the
PostgreSQL binaries that switch fails loudly instead of skipping.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

import psycopg

from server.db.postgres import migrate_postgres


def _binaries() -> Path:
    """The newest PostgreSQL Debian installed (postgresql-15 on Debian 12)."""
    if "CECLOG_TEST_PG_BIN" in os.environ:
        return Path(os.environ["CECLOG_TEST_PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


BIN = _binaries()
SWITCH = "CECLOG_TEST_DATABASE"
TEMPLATE = "ceclog_template"


def wanted() -> bool:
    """Whether this test run keeps its data on PostgreSQL."""
    return os.environ.get(SWITCH, "").strip().lower() in ("postgresql", "postgres")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    def __init__(self) -> None:
        if not (BIN / "initdb").exists():
            raise RuntimeError(
                f"PostgreSQL binaries not found in {BIN}: install postgresql"
                " (apt-get install -y postgresql) or set CECLOG_TEST_PG_BIN"
            )
        self.root = Path(tempfile.mkdtemp(prefix="ceclog-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_root = os.geteuid() == 0
        self._names = itertools.count(1)
        self._by_dir: dict[str, str] = {}
        self._lock = threading.Lock()
        if self._as_root:  # initdb refuses root: the cluster belongs to postgres
            shutil.chown(self.root, "postgres", "postgres")
        self._run(
            "initdb", "-D", self.data, "-U", "ceclog", "--auth=trust", "--locale=C",
            "--encoding=UTF8",
        )  # fmt: skip
        self._run(
            "pg_ctl", "-D", self.data, "-l", self.root / "server.log", "-w", "-t", "60",
            "-o", f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            " -c max_connections=300",
            "start",
        )  # fmt: skip
        self.admin(f"CREATE DATABASE {TEMPLATE}")
        migrate_postgres(self.url(TEMPLATE))

    def _run(self, program: str, *args: object) -> None:
        command = [str(BIN / program), *map(str, args)]
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.root)

    def url(self, database: str) -> str:
        return f"postgresql://ceclog@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self) -> str:
        """A fresh, migrated database of its own; returns its URL."""
        with self._lock:
            name = f"ceclog_{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def empty_database(self) -> str:
        """A database nothing has migrated yet; returns its URL."""
        with self._lock:
            name = f"ceclog_{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def database_for(self, data_dir: Path) -> str:
        """The database that belongs with a data directory: a server restarted on
        the same directory finds its data again, as it would with SQLite."""
        key = str(data_dir.resolve())
        with self._lock:
            found = self._by_dir.get(key)
        if found is None:
            found = self.new_database()
            with self._lock:
                self._by_dir[key] = found
        return found

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


_cluster: Cluster | None = None
_start = threading.Lock()


def cluster() -> Cluster:
    """The run's one cluster, started on first use and stopped when the run ends."""
    global _cluster
    with _start:
        if _cluster is None:
            _cluster = Cluster()
            atexit.register(stop)
        return _cluster


def stop() -> None:
    global _cluster
    with _start:
        if _cluster is not None:
            _cluster.stop()
            _cluster = None


def database_url_for(data_dir: Path) -> str | None:
    """What a test's own Settings take as `database_url`: None on the SQLite default."""
    return cluster().database_for(data_dir) if wanted() else None
