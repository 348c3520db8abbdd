"""The real server (tests/server_process.py) kept on one port across kills and restarts."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import httpx

from tests.server_process import free_port, start_server, stop_server


class LocalServer:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.process = start_server(self.data_dir, self.port)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, like a power cut to the process."""
        if self.process is not None:
            stop_server(self.process, signal.SIGKILL)

    def stop(self) -> None:
        if self.process is not None:
            stop_server(self.process)

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
