"""Signing in under attack: JSON only, failed attempts throttled, the password
changed, every session ended, sessions that slide (DESIGN §4 Auth)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from litestar.testing import TestClient

from server.accounts import sessions, signin, throttle
from server.fields import utc_now
from tests.conftest import csrf, register

EMAIL, PASSWORD = "ana@example.com", "correct horse battery"
LOGIN = "/api/auth/login"


def log_in(client: TestClient, password: str = PASSWORD, email: str = EMAIL):
    return client.post(LOGIN, json={"email": email, "password": password})


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch):
    """The server's clock for sign-ins and sessions, which the test moves on."""
    now = [utc_now()]
    monkeypatch.setattr(signin, "utc_now", lambda: now[0])
    monkeypatch.setattr(sessions, "utc_now", lambda: now[0])
    return now


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain", f'{{"email": "{EMAIL}", "password": "{PASSWORD}"}}'),
        ("application/x-www-form-urlencoded", f"email={EMAIL}&password={PASSWORD}"),
        (
            "multipart/form-data; boundary=x",
            f'--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n{EMAIL}\r\n--x--\r\n',
        ),
    ],
)
def test_login_and_register_take_only_json(client: TestClient, content_type: str, body: str):
    register(client)
    client.cookies.clear()
    for path in (LOGIN, "/api/auth/register"):
        answer = client.post(path, content=body, headers={"Content-Type": content_type})
        assert answer.status_code == 415, answer.text
        assert "application/json" in answer.json()["detail"]
        assert "ceclog_session" not in answer.headers.get("set-cookie", "")
    assert client.get("/api/me").status_code == 401


def test_after_five_failures_even_the_right_password_waits(client: TestClient, clock) -> None:
    register(client)
    client.cookies.clear()
    assert [log_in(client, "wrong password").status_code for _ in range(5)] == [401] * 5
    refused = log_in(client)
    assert refused.status_code == 429, refused.text
    assert 0 < int(refused.headers["Retry-After"]) <= 15 * 60
    assert "try again" in refused.json()["detail"]
    assert client.get("/api/me").status_code == 401
    # Refused attempts are not failures: the window is counted from the fifth failure.
    clock[0] += throttle.WINDOW + timedelta(seconds=1)
    assert log_in(client).status_code == 200


def test_failures_for_unknown_emails_count_for_the_address(client: TestClient, clock) -> None:
    register(client)
    client.cookies.clear()
    for n in range(5):
        assert log_in(client, email=f"guess{n}@example.com").status_code == 401
    assert log_in(client).status_code == 429
    clock[0] += timedelta(minutes=10)
    assert log_in(client).status_code == 429  # still inside the window
    clock[0] += timedelta(minutes=6)
    assert log_in(client).status_code == 200


def test_a_right_password_does_not_count_as_a_failure(client: TestClient) -> None:
    register(client)
    for _ in range(8):
        client.cookies.clear()
        assert log_in(client).status_code == 200


def test_changing_the_password_ends_every_other_session(client: TestClient) -> None:
    register(client)
    other = dict(client.cookies)  # the session made at registration: another device
    client.cookies.clear()
    assert log_in(client).status_code == 200
    token = client.post("/api/auth/tokens", json={"name": "script"}, headers=csrf(client))
    bearer = {"Authorization": f"Bearer {token.json()['token']}"}
    change = {"current_password": PASSWORD, "new_password": "a new long password"}
    answer = client.post("/api/auth/password", json=change, headers=csrf(client))
    assert answer.status_code == 204, answer.text
    assert client.get("/api/me").status_code == 200  # this session stays
    here = dict(client.cookies)
    client.cookies.clear()
    client.cookies.update(other)
    assert client.get("/api/me").status_code == 401  # the other one ended
    client.cookies.clear()
    assert client.get("/api/me", headers=bearer).status_code == 200  # tokens stay
    assert log_in(client).status_code == 401
    assert log_in(client, "a new long password").status_code == 200
    client.cookies.clear()
    client.cookies.update(here)
    assert client.get("/api/me").status_code == 200


def test_a_wrong_current_password_is_403_and_counts_as_a_failed_login(client: TestClient):
    register(client)
    change = {"current_password": "not my password", "new_password": "a new long password"}
    answers = [
        client.post("/api/auth/password", json=change, headers=csrf(client)).status_code
        for _ in range(5)
    ]
    assert answers == [403] * 5
    right = {**change, "current_password": PASSWORD}
    assert client.post("/api/auth/password", json=right, headers=csrf(client)).status_code == 429
    client.cookies.clear()
    assert log_in(client).status_code == 429
    assert log_in(client, "a new long password").status_code == 429


def test_signing_out_everywhere_ends_every_session_but_not_tokens(client: TestClient) -> None:
    register(client)
    first = dict(client.cookies)
    client.cookies.clear()
    assert log_in(client).status_code == 200
    token = client.post("/api/auth/tokens", json={"name": "script"}, headers=csrf(client))
    bearer = {"Authorization": f"Bearer {token.json()['token']}"}
    out = client.post("/api/auth/logout", json={"everywhere": True}, headers=csrf(client))
    assert out.status_code == 204
    assert client.get("/api/me").status_code == 401
    client.cookies.clear()
    client.cookies.update(first)
    assert client.get("/api/me").status_code == 401
    client.cookies.clear()
    assert client.get("/api/me", headers=bearer).status_code == 200


def test_signing_out_here_leaves_the_other_sessions(client: TestClient) -> None:
    register(client)
    first = dict(client.cookies)
    client.cookies.clear()
    assert log_in(client).status_code == 200
    assert client.post("/api/auth/logout", headers=csrf(client)).status_code == 204
    assert client.get("/api/me").status_code == 401
    client.cookies.clear()
    client.cookies.update(first)
    assert client.get("/api/me").status_code == 200


def test_a_session_lasts_thirty_days_after_its_last_use(client: TestClient, clock) -> None:
    register(client)
    cookie = next(c for c in log_in(client).headers.get_list("set-cookie") if "ceclog_session" in c)
    assert f"Max-Age={30 * 86400}" in cookie
    for _ in range(3):  # used every three weeks, it lives on
        clock[0] += timedelta(days=21)
        answer = client.get("/api/me")
        assert answer.status_code == 200
        renewed = [c for c in answer.headers.get_list("set-cookie") if "ceclog_session" in c]
        assert renewed and f"Max-Age={30 * 86400}" in renewed[0]
    assert "ceclog_session" not in client.get("/api/me").headers.get("set-cookie", "")
    clock[0] += timedelta(days=31)
    assert client.get("/api/me").status_code == 401
