"""The parts of a deployment, started for real on 127.0.0.1: for the two-process
tests and scripts/bench_hosted.py.

`services("hosted", data_dir)` gives the environment every process of one
deployment shares: a fresh PostgreSQL database and a fresh bucket on the
S3-compatible test server. `services("default", data_dir)` gives the one-box
setup: SQLite and files in the data directory (which processes share then).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

from tests.server_process import CECLOG, this_checkout
from tests.services import postgres, s3


@contextlib.contextmanager
def services(mode: str, data_dir: Path, fresh: bool = False) -> Iterator[dict[str, str]]:
    """The shared environment; `fresh`: a database never migrated (hosted only)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if mode == "default":
        yield {"CECLOG_DATA_DIR": str(data_dir)}
        return
    cluster = postgres.cluster()
    env = {
        "CECLOG_DATABASE_URL": cluster.empty_database() if fresh else cluster.new_database(),
        "CECLOG_STORAGE_URL": s3.storage_url(),
    }
    yield env  # the cluster and the S3 server stop when the test run ends


PASSWORD = "correct horse battery"


def start_worker(data_dir: Path, env: dict[str, str], concurrency: int = 1) -> subprocess.Popen:
    """`ceclog worker` as its own process; its output goes to `<data_dir>.log` beside it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    # One box: `env` names the shared data directory. Hosted: the worker's own
    # directory holds only temporary files.
    environment = {**this_checkout(dict(os.environ)), "CECLOG_DATA_DIR": str(data_dir), **env}
    log = open(data_dir.parent / f"{data_dir.name}.log", "ab")  # noqa: SIM115 - the process owns it
    return subprocess.Popen(
        [str(CECLOG), "worker", "--concurrency", str(concurrency)],
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def database_bytes(mode: str, data_dir: Path, env: dict[str, str]) -> int:
    """The size of the deployment's database now."""
    if mode == "default":
        folder = Path(env["CECLOG_DATA_DIR"])
        return sum(p.stat().st_size for p in folder.glob("ceclog.db*"))
    import psycopg

    with psycopg.connect(env["CECLOG_DATABASE_URL"]) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return int(row[0])
