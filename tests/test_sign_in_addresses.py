"""Failed sign-ins counted per address over real HTTP: the socket's peer, or
X-Forwarded-For only when the peer is in CECLOG_TRUSTED_PROXIES."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.server_process import running_server

PASSWORD = "a long password"


def sign_in(base: str, email: str, password: str, forwarded_for: str | None = None) -> int:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    body = {"email": email, "password": password}
    return httpx.post(f"{base}/api/auth/login", json=body, headers=headers).status_code


def register(base: str, email: str) -> None:
    body = {"email": email, "password": PASSWORD, "full_name": "Tech One"}
    assert httpx.post(f"{base}/api/auth/register", json=body).status_code == 201


def test_behind_a_trusted_proxy_each_client_address_counts_apart(tmp_path: Path) -> None:
    with running_server(tmp_path / "data", CECLOG_TRUSTED_PROXIES="127.0.0.1") as base:
        register(base, "ana@example.com")
        register(base, "ben@example.com")
        # Guesses at unknown emails from one address: that address waits, others do not.
        for n in range(5):
            assert sign_in(base, f"guess{n}@example.com", "x" * 8, "203.0.113.9") == 401
        assert sign_in(base, "ben@example.com", PASSWORD, "203.0.113.9") == 429
        assert sign_in(base, "ben@example.com", PASSWORD, "198.51.100.7") == 200
        # Guesses at one account from many addresses: the account waits, from anywhere.
        for n in range(5):
            assert sign_in(base, "ana@example.com", "x" * 8, f"192.0.2.{n + 1}") == 401
        assert sign_in(base, "ana@example.com", PASSWORD, "192.0.2.200") == 429
        # A client cannot pose as another by adding its own X-Forwarded-For.
        assert sign_in(base, "ben@example.com", PASSWORD, "203.0.113.9, 198.51.100.8") == 200


def test_without_trusted_proxies_x_forwarded_for_is_ignored(tmp_path: Path) -> None:
    with running_server(tmp_path / "data") as base:
        register(base, "ana@example.com")
        for n in range(5):
            assert sign_in(base, f"guess{n}@example.com", "x" * 8, f"192.0.2.{n + 1}") == 401
        assert sign_in(base, "ana@example.com", PASSWORD, "198.51.100.7") == 429
