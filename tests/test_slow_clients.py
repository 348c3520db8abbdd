"""A client that trickles its request headers or body is cut off, over real HTTP."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import httpx

from server.http.pace import GRACE_SECONDS
from server.http.slow_headers import HEADER_SECONDS
from tests.server_process import running_server


def test_a_body_sent_a_byte_a_second_is_cut_off_with_408(tmp_path: Path) -> None:
    with running_server(tmp_path / "data") as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(
                b"POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
            )
            started, answer = time.monotonic(), b""
            sock.settimeout(1)
            while time.monotonic() - started < GRACE_SECONDS + 15:
                try:
                    sock.sendall(b" ")
                    answer += sock.recv(4096)
                except TimeoutError:
                    continue
                except OSError:  # closed by the server
                    break
                if not answer or b"\r\n\r\n" in answer:
                    break
            took = time.monotonic() - started
            answer += _rest_of_answer(sock, answer)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"too slowly" in answer
    assert took < GRACE_SECONDS + 10


def _rest_of_answer(sock: socket.socket, answer: bytes) -> bytes:
    """The body that may arrive in later packets than the status line."""
    head, _, body = answer.partition(b"\r\n\r\n")
    length = next(
        (
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        ),
        0,
    )
    more, deadline = b"", time.monotonic() + 5
    while len(body) + len(more) < length and time.monotonic() < deadline:
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            continue
        except OSError:
            break
        if not chunk:
            break
        more += chunk
    return more


def test_headers_sent_a_byte_a_second_are_cut_off(tmp_path: Path) -> None:
    with running_server(tmp_path / "data") as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            started, closed = time.monotonic(), False
            sock.settimeout(1)
            while time.monotonic() - started < HEADER_SECONDS + 15 and not closed:
                try:
                    sock.sendall(b"a")
                    closed = sock.recv(4096) == b""
                except TimeoutError:
                    continue
                except OSError:
                    closed = True
            took = time.monotonic() - started
        # Meanwhile a well-behaved client is answered.
        assert httpx.get(f"{base}/api/health").status_code == 200
    assert closed and took < HEADER_SECONDS + 10, took
