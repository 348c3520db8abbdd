"""The real server (`ceclog serve`) as a subprocess on a free port, for crash tests and benchmarks."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

CECLOG = Path(sys.executable).with_name("ceclog")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalServer:
    def __init__(self, data_dir: Path, port: int | None = None):
        self.data_dir = data_dir
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log = data_dir.parent / f"{data_dir.name}-server.log"

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start(self, timeout: float = 30.0) -> None:
        env = {
            **os.environ,
            "CECLOG_DATA_DIR": str(self.data_dir),
            "CECLOG_SIGNUP": "open",
            "CECLOG_OCR_WORKERS": "0",
        }
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [str(CECLOG), "serve", "--port", str(self.port)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ceclog serve exited; see {self.log}")
            try:
                if httpx.get(f"{self.url}/api/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError(f"ceclog serve did not answer within {timeout} s; see {self.log}")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, like a power cut to the process."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def client(self, token: str | None = None, timeout: float = 30.0) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=timeout)

    def token(self, email: str, name: str = "Ana María López") -> str:
        """Registers an account and returns an API token for it."""
        with self.client() as http:
            answer = http.post(
                "/api/auth/register",
                json={"email": email, "password": "correct horse battery", "full_name": name},
            )
            answer.raise_for_status()
            http.get("/api/health")
            made = http.post(
                "/api/auth/tokens",
                json={"name": "sync"},
                headers={"X-CSRFToken": http.cookies["csrftoken"]},
            )
            made.raise_for_status()
            return made.json()["token"]
