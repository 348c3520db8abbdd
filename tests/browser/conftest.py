"""Real-browser tests: the real server (`ceclog serve`) on a free port with its
own data directory, and Debian's chromium driven by Playwright for Python.

Devices are persistent contexts (their own profile directory), so the service
worker, its caches and IndexedDB behave as on a phone.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, expect, sync_playwright

from tests.browser.certificate import certificate_photo
from tests.server_process import this_checkout

CHROMIUM = "/usr/bin/chromium"
# The network here is closed: without these flags chromium keeps dialling out.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
PASSWORD = "correct horse battery"
NAME = "Ana María López"
SYNC_TIMEOUT_MS = 30_000

expect.set_options(timeout=10_000)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ceclog_command() -> list[str]:
    script = Path(sys.executable).with_name("ceclog")
    return [str(script)] if script.exists() else [sys.executable, "-m", "server.cli"]


@dataclass
class Server:
    base_url: str
    data_dir: Path
    process: subprocess.Popen
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(
    data_dir: Path, *, ocr_workers: int = 1, web_dir: Path | None = None, signup: str = "open"
) -> Server:
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **this_checkout(dict(os.environ)),
        "CECLOG_DATA_DIR": str(data_dir),
        "CECLOG_SIGNUP": signup,
        "CECLOG_OCR_WORKERS": str(ocr_workers),
    }
    if web_dir is None:
        command = [*ceclog_command(), "serve", "--port", str(port)]
    else:
        # The update test serves a copy of web/ it can change; same app, other directory.
        code = (
            "import sys, uvicorn; from pathlib import Path;"
            "from server.app import create_app; from server.db.connection import migrate;"
            "from server.settings import Settings;"
            "s = Settings.from_env(web_dir=Path(sys.argv[1])); migrate(s.db_path);"
            "uvicorn.run(create_app(s), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')"
        )
        command = [sys.executable, "-c", code, str(web_dir), str(port)]
    log = data_dir / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", data_dir, process, log)
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{server.base_url}/api/health", timeout=2) as answer:
                if answer.status == 200:
                    break
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"ceclog serve did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.1)
    return server


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(tmp_path_factory.mktemp("ceclog-browser"))
    yield running
    running.stop()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """A server of the test's own, for tests that stop it or change its files."""
    started: list[Server] = []

    def start(**options) -> Server:
        started.append(start_server(tmp_path / f"server{len(started)}", **options))
        return started[-1]

    yield start
    for running in started:
        running.stop()


# Per module, not per session: Playwright's sync API keeps an event loop
# running in this thread, which would break the asyncio.run() of later tests.
@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: sudo apt-get install -y chromium")
    with sync_playwright() as driver:
        yield driver


@dataclass
class Device:
    context: BrowserContext
    page: Page
    base_url: str
    errors: list[str]

    def goto(self, hash_route: str = "") -> None:
        self.page.goto(f"{self.base_url}/{hash_route}")

    def status(self):
        return self.page.get_by_role("status")

    def api(self, method: str, path: str, data: dict | None = None) -> dict | list | None:
        """The API as this device's signed-in user (its cookies, its CSRF token)."""
        cookies = {c["name"]: c["value"] for c in self.context.cookies()}
        headers = {"X-CSRFToken": cookies.get("csrftoken", "")}
        answer = self.context.request.fetch(
            f"{self.base_url}{path}", method=method, data=data, headers=headers
        )
        assert answer.ok, f"{method} {path}: {answer.status} {answer.text()}"
        return answer.json() if answer.status != 204 and answer.body() else None

    def upload(self, data: bytes, name: str = "certificate.jpg", mime: str = "image/jpeg") -> str:
        """A certificate file sent as a desk upload; its SHA-256."""
        cookies = {c["name"]: c["value"] for c in self.context.cookies()}
        answer = self.context.request.post(
            f"{self.base_url}/api/documents",
            multipart={"file": {"name": name, "mimeType": mime, "buffer": data}},
            headers={"X-CSRFToken": cookies.get("csrftoken", "")},
        )
        assert answer.ok, answer.text()
        return answer.json()["sha256"]

    def sign_up(self, email: str | None = None, name: str = NAME) -> str:
        email = email or f"tech-{uuid.uuid4().hex[:10]}@example.com"
        self.api("GET", "/api/health")
        self.api(
            "POST", "/api/auth/register", {"email": email, "password": PASSWORD, "full_name": name}
        )
        return email

    def log_in(self, email: str) -> None:
        self.log_in_with(email, PASSWORD)

    def log_in_with(self, email: str, password: str) -> None:
        self.api("GET", "/api/health")
        self.api("POST", "/api/auth/login", {"email": email, "password": password})

    def open_app(self) -> str:
        """A new account, signed in on this device, on the home screen."""
        email = self.sign_up()
        self.goto()
        expect(self.page.get_by_role("heading", name="Totals")).to_be_visible()
        # The first sync redraws home (the cycle dates arrive and the totals
        # card grows); a tap during that redraw can land on a button that moves,
        # so start from a settled screen.
        expect(self.page.get_by_text("Cycle dates appear after the first sync.")).to_have_count(
            0, timeout=30_000
        )
        return email

    def snap(self, photo: bytes | None = None) -> None:
        """Takes a certificate photo as the camera would hand it over."""
        self.page.get_by_label("Certificate photo").set_input_files(
            files=[
                {
                    "name": "certificate.jpg",
                    "mimeType": "image/jpeg",
                    "buffer": photo or certificate_photo(),
                }
            ]
        )
        expect(self.page.get_by_text("Saved", exact=True).first).to_be_visible()

    def local_photos(self) -> list[dict]:
        """The photos in this device's IndexedDB: hash, whether uploaded, whether bytes are kept."""
        return self.page.evaluate(
            """() => new Promise((resolve, reject) => {
                const open = indexedDB.open('ceclog');
                open.onerror = () => reject(open.error);
                open.onsuccess = () => {
                    const read = open.result.transaction('photos').objectStore('photos').getAll();
                    read.onsuccess = () => resolve(read.result.map((p) => ({
                        sha256: p.sha256, uploaded: p.uploaded, has_bytes: Boolean(p.bytes), size: p.size,
                    })));
                };
            })"""
        )

    def wait_until(self, condition: Callable[[], object], timeout_ms: int, what: str) -> None:
        """Polls `condition`, letting Playwright run route handlers meanwhile."""
        deadline = time.monotonic() + timeout_ms / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout_ms} ms waiting for {what}")
            self.page.wait_for_timeout(250)

    def wait_for_worker(self) -> None:
        """Until the service worker controls the page (so the shell is precached)."""
        self.page.evaluate("navigator.serviceWorker.ready")
        self.page.wait_for_function("navigator.serviceWorker.controller !== null")


@pytest.fixture
def devices(playwright: Playwright, tmp_path: Path) -> Iterator[Callable[..., Device]]:
    opened: list[Device] = []

    def open_device(
        base_url: str,
        viewport: dict = PHONE,
        name: str = "phone",
        *,
        worker: bool = True,
        user_agent: str | None = None,
    ) -> Device:
        # Without the service worker, page.route sees every request (it cannot
        # see those that pass through a worker); tests that intercept use that.
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / f"profile-{name}-{len(opened)}"),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport=viewport,
            service_workers="allow" if worker else "block",
            user_agent=user_agent,
        )
        page = context.pages[0] if context.pages else context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        # Whatever the content security policy blocks is a bug of the app's too.
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text and errors.append(message.text)
            ),
        )
        device = Device(context, page, base_url, errors)
        opened.append(device)
        return device

    yield open_device
    for device in opened:
        device.context.close()
    # An uncaught exception in the app is a bug even when the screen looked right.
    for device in opened:
        assert not device.errors, f"uncaught errors in the page: {device.errors}"


def copy_web(to: Path) -> Path:
    source = Path(__file__).resolve().parents[2] / "web"
    shutil.copytree(source, to)
    return to
