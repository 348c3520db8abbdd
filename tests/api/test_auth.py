"""Accounts: registration modes, login, cookies and CSRF, API tokens."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from server.app import create_app
from server.settings import Settings
from tests.conftest import csrf, register


def test_register_signs_in_and_me_shows_the_profile(client: TestClient) -> None:
    user = register(client)
    assert user["full_name"] == "Ana María López"
    assert user["booth_hours"] == 2.0
    assert "password" not in str(user).lower()
    me = client.get("/api/me")
    assert me.status_code == 200
    assert me.json()["email"] == "ana@example.com"


def test_session_cookie_is_httponly_and_samesite(client: TestClient) -> None:
    answer = client.post(
        "/api/auth/register",
        json={"email": "a@example.com", "password": "long enough pw", "full_name": "A B"},
    )
    cookies = answer.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith("ceclog_session="))
    assert "HttpOnly" in session and "SameSite=lax" in session.replace("Lax", "lax")
    token = next(c for c in cookies if c.startswith("csrftoken="))
    assert "HttpOnly" not in token


def test_login_with_wrong_password_is_401_and_right_one_works(client: TestClient) -> None:
    register(client)
    client.cookies.clear()
    wrong = client.post(
        "/api/auth/login", json={"email": "ana@example.com", "password": "nope nope"}
    )
    assert wrong.status_code == 401
    assert wrong.json()["detail"] == "The email or password is wrong."
    unknown = client.post(
        "/api/auth/login", json={"email": "x@example.com", "password": "nope nope"}
    )
    assert unknown.status_code == 401
    assert client.get("/api/me").status_code == 401
    ok = client.post(
        "/api/auth/login", json={"email": "ANA@example.com", "password": "correct horse battery"}
    )
    assert ok.status_code == 200
    assert client.get("/api/me").json()["full_name"] == "Ana María López"


def test_unsafe_cookie_request_needs_the_csrf_header(client: TestClient) -> None:
    register(client)
    blocked = client.patch("/api/me", json={"iicrc_id": "123456"})
    assert blocked.status_code == 403
    assert "X-CSRFToken" in blocked.json()["detail"]
    forged = client.patch("/api/me", json={"iicrc_id": "123456"}, headers={"X-CSRFToken": "forged"})
    assert forged.status_code == 403
    assert client.get("/api/me").json()["iicrc_id"] is None
    allowed = client.patch("/api/me", json={"iicrc_id": "123456"}, headers=csrf(client))
    assert allowed.status_code == 200
    assert allowed.json()["iicrc_id"] == "123456"


def test_safe_requests_set_the_csrf_cookie(client: TestClient) -> None:
    answer = client.get("/api/health")
    assert any(c.startswith("csrftoken=") for c in answer.headers.get_list("set-cookie"))
    first = client.cookies["csrftoken"]
    client.get("/api/health")
    assert client.cookies["csrftoken"] == first, "a valid token is kept, not rotated"


def test_logout_ends_the_session(client: TestClient) -> None:
    register(client)
    assert client.post("/api/auth/logout", headers=csrf(client)).status_code == 204
    assert client.get("/api/me").status_code == 401


def test_api_token_works_without_csrf_and_can_be_revoked(client: TestClient) -> None:
    register(client)
    made = client.post("/api/auth/tokens", json={"name": "laptop script"}, headers=csrf(client))
    assert made.status_code == 201
    token, token_id = made.json()["token"], made.json()["id"]
    listed = client.get("/api/auth/tokens").json()
    assert [t["name"] for t in listed] == ["laptop script"]
    assert "token" not in listed[0], "a token is shown once, never listed"
    client.cookies.clear()
    auth = {"Authorization": f"Bearer {token}"}
    assert client.patch("/api/me", json={"iicrc_id": "777"}, headers=auth).status_code == 200
    assert client.delete(f"/api/auth/tokens/{token_id}", headers=auth).status_code == 204
    revoked = client.get("/api/me", headers=auth)
    assert revoked.status_code == 401
    assert "not valid" in revoked.json()["detail"]


def test_no_credentials_is_401(client: TestClient) -> None:
    for method, url in [("GET", "/api/me"), ("GET", "/api/entries"), ("GET", "/api/summary")]:
        answer = client.request(method, url)
        assert answer.status_code == 401, url
        assert answer.json()["detail"]


@pytest.mark.parametrize(
    ("mode", "first", "second"), [("first", 201, 403), ("open", 201, 201), ("closed", 403, 403)]
)
def test_signup_modes(tmp_path, mode: str, first: int, second: int) -> None:
    settings = Settings(data_dir=tmp_path / "d", signup=mode, ocr_workers=0)
    with TestClient(create_app(settings)) as client:
        before = client.get("/api/auth/signup").json()
        assert before == {"mode": mode, "open": first == 201, "has_owner": mode == "closed"}
        body = {"email": "one@example.com", "password": "long enough pw", "full_name": "One"}
        assert client.post("/api/auth/register", json=body).status_code == first
        client.cookies.clear()
        assert client.get("/api/auth/signup").json()["open"] is (second == 201)
        client.cookies.clear()
        body = {**body, "email": "two@example.com"}
        answer = client.post("/api/auth/register", json=body)
        assert answer.status_code == second
        if second == 403:
            assert "closed" in answer.json()["detail"]


def test_duplicate_email_is_409(client: TestClient) -> None:
    register(client)
    client.cookies.clear()
    again = client.post(
        "/api/auth/register",
        json={"email": "Ana@Example.com", "password": "another password", "full_name": "Other"},
    )
    assert again.status_code == 409


def test_profile_patch_round_trips(client: TestClient) -> None:
    register(client)
    body = {
        "iicrc_id": "1234567",
        "certifications": [
            {"code": "WRT", "kind": "technician", "certified_on": "2024-03-01"},
            {"code": "MWR", "kind": "master", "certified_on": "2025-06-15"},
        ],
        "cycle_starts_on": None,
        "fee_due_on": "2027-03-01",
        "booth_hours": 2.5,
    }
    answer = client.patch("/api/me", json=body, headers=csrf(client))
    assert answer.status_code == 200, answer.text
    me = client.get("/api/me").json()
    assert me["certifications"][1] == {
        "code": "MWR",
        "kind": "master",
        "certified_on": "2025-06-15",
    }
    assert me["fee_due_on"] == "2027-03-01" and me["booth_hours"] == 2.5
    assert me["version"] == 2
    bad = client.patch("/api/me", json={"booth_hours": -1}, headers=csrf(client))
    assert bad.status_code == 422
    assert client.get("/api/me").json()["booth_hours"] == 2.5
