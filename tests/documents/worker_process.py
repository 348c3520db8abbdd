"""Start the real `ceclog worker` as a subprocess beside a `ceclog serve`, for end-to-end tests."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from tests.server_process import CECLOG, services_env, this_checkout

READY = "ceclog: worker reading OCR jobs"


class Worker:
    """A running `ceclog worker` and the log it writes (stdout and stderr)."""

    def __init__(self, data_dir: Path, name: str, concurrency: int, env: dict[str, str]) -> None:
        self.log = data_dir.parent / f"worker-{name}.log"
        services = services_env(data_dir)  # first: starting a service may set credentials
        with open(self.log, "wb") as out:
            self.process = subprocess.Popen(
                [str(CECLOG), "worker", "--concurrency", str(concurrency)],
                env={
                    **this_checkout(dict(os.environ)),
                    "CECLOG_DATA_DIR": str(data_dir),
                    **services,
                    **env,
                },
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def read(self) -> list[str]:
        """The documents this worker finished reading (their hashes' first 12 digits), in order."""
        return [
            line.split("OCR of ")[1][:12]
            for line in self.text().splitlines()
            if " done in " in line
        ]

    def wait_until_ready(self, seconds: float = 30) -> Worker:
        deadline = time.monotonic() + seconds
        while READY not in self.text():
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"ceclog worker exited with {self.process.returncode}:\n{self.text()}"
                )
            if time.monotonic() > deadline:
                raise TimeoutError(f"ceclog worker not ready within {seconds} s")
            time.sleep(0.05)
        return self

    def stop(self, sig: int, seconds: float = 30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise


def start_worker(data_dir: Path, name: str, concurrency: int = 1, **env: str) -> Worker:
    return Worker(data_dir, name, concurrency, env).wait_until_ready()
