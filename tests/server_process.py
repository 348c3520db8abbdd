"""Start the real `ceclog serve` as a subprocess on a free port, for end-to-end tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.services import postgres, s3

CECLOG = Path(sys.executable).with_name("ceclog")
ROOT = Path(__file__).resolve().parents[1]


def this_checkout(env: dict[str, str]) -> dict[str, str]:
    """`env` with this checkout first on the import path, so a `ceclog` started
    from the tests runs the code beside them, whichever checkout installed it."""
    paths = [str(ROOT), *filter(None, [env.get("PYTHONPATH")])]
    return {**env, "PYTHONPATH": os.pathsep.join(paths)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_dir: Path, port: int, wait: bool = True, **env: str) -> subprocess.Popen:
    """`ceclog serve` on `port`; with `wait`, once it answers."""
    services = services_env(data_dir)  # first: starting a service may set credentials
    environment = {
        **this_checkout(dict(os.environ)),
        "CECLOG_DATA_DIR": str(data_dir),
        "CECLOG_SIGNUP": "open",
        "CECLOG_OCR_WORKERS": "0",
        **services,
        **env,
    }
    log = open(data_dir.parent / f"server-{port}.log", "ab")  # noqa: SIM115 - the process owns it
    process = subprocess.Popen(
        [str(CECLOG), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    if wait:
        wait_until_up(f"http://127.0.0.1:{port}", process)
    return process


def services_env(data_dir: Path) -> dict[str, str]:
    """What the switches ask for: with CECLOG_TEST_DATABASE=postgresql the PostgreSQL
    database of this data directory, with CECLOG_TEST_STORAGE=s3 its bucket; the
    same ones for every process started on the directory, and after a restart."""
    env = {}
    if postgres.wanted():
        env["CECLOG_DATABASE_URL"] = postgres.cluster().database_for(data_dir)
    if s3.wanted():
        env["CECLOG_STORAGE_URL"] = s3.storage_url_for(data_dir)
    return env


def wait_until_up(base_url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"ceclog serve exited with {process.returncode}")
        try:
            if httpx.get(f"{base_url}/api/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"ceclog serve did not answer on {base_url} within {seconds} s")


def stop_server(process: subprocess.Popen, sig: int = signal.SIGTERM) -> int:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


@contextmanager
def running_server(data_dir: Path, **env: str) -> Iterator[str]:
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    process = start_server(data_dir, port, **env)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server(process)
