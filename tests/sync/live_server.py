"""The real server (tests/server_process.py) kept on one port across kills and restarts.

With CECLOG_TEST_DATABASE=postgresql it is two `ceclog serve` processes on the
shared database (and bucket) behind a round-robin balancer on that port, as a
hosted deployment runs: a kill stops both, a start brings both back.
"""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import httpx

from tests.server_process import free_port, start_server, stop_server, wait_until_up
from tests.services import postgres
from tests.services.balancer import Balancer


class LocalServer:
    def __init__(self, data_dir: Path, processes: int | None = None, **env: str):
        self.data_dir = data_dir
        self.env = env
        count = processes or (2 if postgres.wanted() else 1)
        self.ports = [free_port() for _ in range(count)]
        self.balancer = Balancer(self.ports) if len(self.ports) > 1 else None
        self.port = self.balancer.port if self.balancer else self.ports[0]
        self.url = f"http://127.0.0.1:{self.port}"
        self.processes: list[subprocess.Popen] = []

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.processes = [
            start_server(self.data_dir, port, wait=False, **self.env) for port in self.ports
        ]
        for port, process in zip(self.ports, self.processes, strict=True):
            wait_until_up(f"http://127.0.0.1:{port}", process)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, like a power cut to the process(es)."""
        for process in self.processes:
            stop_server(process, signal.SIGKILL)

    def stop(self) -> None:
        for process in self.processes:
            stop_server(process)
        if self.balancer is not None:
            self.balancer.close()

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
