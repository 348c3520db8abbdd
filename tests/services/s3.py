"""A real S3-compatible server for the tests: moto's server mode, over HTTP.

Started on first use and stopped when the session ends (`stop`). Each caller
gets a bucket of its own. `CECLOG_TEST_STORAGE=s3` runs the app's tests on it:
the `settings` fixture and servers started by the tests then keep their files
in the object store instead of the data directory.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import boto3
import httpx

REGION = "us-east-1"
_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "ceclog-test", "AWS_SECRET_ACCESS_KEY": "ceclog-test-secret"}
_server: subprocess.Popen | None = None
_endpoint: str | None = None
_client = None


def wanted() -> bool:
    """Whether CECLOG_TEST_STORAGE asks for the app's tests to run on the object store."""
    choice = os.environ.get("CECLOG_TEST_STORAGE", "files").strip().lower() or "files"
    if choice not in ("files", "s3"):
        raise RuntimeError(f"CECLOG_TEST_STORAGE must be 'files' or 's3', not {choice!r}")
    return choice == "s3"


def endpoint() -> str:
    """The running server's URL, starting it if need be; fails loudly if it cannot start."""
    global _server, _endpoint
    if _endpoint is not None:
        return _endpoint
    os.environ.update(_CREDENTIALS)  # read by boto3 here and by every server the tests start
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"moto-{port}.log", "wb")  # noqa: SIM115
    _server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    atexit.register(stop)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if _server.poll() is not None:
            raise RuntimeError(f"the S3 test server (moto) exited with {_server.returncode}")
        try:
            httpx.get(url, timeout=1)
            _endpoint = url
            return url
        except httpx.HTTPError:
            time.sleep(0.1)
    stop()
    raise RuntimeError("the S3 test server (moto) did not answer within 30 s")


def stop() -> None:
    global _server, _endpoint, _client
    if _server is not None and _server.poll() is None:
        _server.terminate()
        try:
            _server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _server.kill()
            _server.wait()
    _server, _endpoint, _client = None, None, None


def client():
    global _client
    if _client is None:
        _client = boto3.session.Session().client("s3", endpoint_url=endpoint(), region_name=REGION)
    return _client


def storage_url(bucket: str | None = None, prefix: str = "ceclog") -> str:
    """CECLOG_STORAGE_URL for a bucket made now (a new one unless named)."""
    bucket = bucket or f"ceclog-{uuid.uuid4().hex[:20]}"
    s3 = client()
    try:
        s3.create_bucket(Bucket=bucket)
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass
    query = f"endpoint={quote(endpoint(), safe='')}&region={REGION}"
    return f"s3://{bucket}/{prefix}?{query}" if prefix else f"s3://{bucket}?{query}"


def storage_url_for(data_dir: Path) -> str:
    """The same bucket for the same data directory, so a restarted server finds its files."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:24]
    return storage_url(f"ceclog-{digest}")
