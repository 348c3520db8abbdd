"""The real `ceclog` command: serve over HTTP, migrate, check, user add, user password."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import httpx

from tests.conftest import new_id
from tests.server_process import CECLOG, running_server, this_checkout


def ceclog(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CECLOG), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=this_checkout({"CECLOG_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"}),
        timeout=60,
    )


def test_serve_records_an_entry_over_real_http(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with running_server(data_dir) as base, httpx.Client(base_url=base) as http:
        page = http.get("/")
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        created = http.post(
            "/api/auth/register",
            json={
                "email": "tech@example.com",
                "password": "a long password",
                "full_name": "Tech One",
            },
        )
        assert created.status_code == 201
        headers = {"X-CSRFToken": http.cookies["csrftoken"]}
        entry_id = new_id()
        body = {
            "kind": "booth",
            "course_title": "IICRC booth registration",
            "hours": 2,
            "completion_date": "2026-03-10",
            "provider": "The Experience 2026",
        }
        assert http.put(f"/api/entries/{entry_id}", json=body, headers=headers).status_code == 201
        summary = http.get("/api/summary").json()
        assert summary["cycle"]["earned_hours"] == 2
    # The data outlives the process: a restart on the same directory sees the entry.
    with running_server(data_dir) as base, httpx.Client(base_url=base) as http:
        http.post(
            "/api/auth/login", json={"email": "tech@example.com", "password": "a long password"}
        )
        assert http.get(f"/api/entries/{entry_id}").json()["hours"] == 2
    check = sqlite3.connect(data_dir / "ceclog.db").execute("PRAGMA integrity_check").fetchone()
    assert check == ("ok",)


def test_migrate_check_and_user_add(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    before = ceclog(data_dir, "check")
    assert before.returncode == 1
    assert "ceclog migrate" in before.stdout
    migrated = ceclog(data_dir, "migrate")
    assert migrated.returncode == 0 and "applied 0001_foundation" in migrated.stdout
    assert "up to date" in ceclog(data_dir, "migrate").stdout
    after = ceclog(data_dir, "check")
    assert after.returncode == 0, after.stdout
    assert "ok    tesseract" in after.stdout and "ok    database" in after.stdout

    added = ceclog(
        data_dir,
        "user",
        "add",
        "owner@example.com",
        "--name",
        "Ana López",
        "--password-stdin",
        stdin="a long password\n",
    )
    assert added.returncode == 0, added.stderr
    again = ceclog(
        data_dir,
        "user",
        "add",
        "owner@example.com",
        "--name",
        "X",
        "--password-stdin",
        stdin="a long password\n",
    )
    assert again.returncode == 1 and "already exists" in again.stderr
    short = ceclog(
        data_dir, "user", "add", "b@example.com", "--name", "B", "--password-stdin", stdin="short\n"
    )
    assert short.returncode == 2 and "password" in short.stderr
    with running_server(data_dir) as base:
        login = httpx.post(
            f"{base}/api/auth/login",
            json={"email": "owner@example.com", "password": "a long password"},
        )
        assert login.status_code == 200 and login.json()["full_name"] == "Ana López"


def test_user_password_is_the_way_back_from_a_forgotten_password(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    ceclog(data_dir, "migrate")
    ceclog(
        data_dir,
        "user",
        "add",
        "ana@example.com",
        "--name",
        "Ana",
        "--password-stdin",
        stdin="the old password\n",
    )
    with running_server(data_dir) as base, httpx.Client(base_url=base) as phone:
        phone.post(
            "/api/auth/login", json={"email": "ana@example.com", "password": "the old password"}
        )
        assert phone.get("/api/me").status_code == 200

        reset = ceclog(
            data_dir,
            "user",
            "password",
            "ana@example.com",
            "--password-stdin",
            stdin="a new long password\n",
        )
        assert reset.returncode == 0, reset.stderr
        assert "session(s) signed out" in reset.stdout
        assert phone.get("/api/me").status_code == 401  # the old session ended
        old = httpx.post(
            f"{base}/api/auth/login",
            json={"email": "ana@example.com", "password": "the old password"},
        )
        assert old.status_code == 401
        new = httpx.post(
            f"{base}/api/auth/login",
            json={"email": "ana@example.com", "password": "a new long password"},
        )
        assert new.status_code == 200
    unknown = ceclog(
        data_dir,
        "user",
        "password",
        "nobody@example.com",
        "--password-stdin",
        stdin="a new long password\n",
    )
    assert unknown.returncode == 1 and "No account" in unknown.stderr
    short = ceclog(
        data_dir, "user", "password", "ana@example.com", "--password-stdin", stdin="short\n"
    )
    assert short.returncode == 2 and "password" in short.stderr


def test_concurrent_writes_never_see_a_locked_database(tmp_path: Path) -> None:
    """Many devices writing at once queue behind the one writer instead of failing."""
    import asyncio

    async def hammer(base: str) -> list[int]:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            await http.post(
                "/api/auth/register",
                json={
                    "email": "busy@example.com",
                    "password": "a long password",
                    "full_name": "Busy",
                },
            )
            headers = {"X-CSRFToken": http.cookies["csrftoken"]}
            body = {"kind": "course", "course_title": "Applied Structural Drying", "hours": 1}
            puts = [
                http.put(f"/api/entries/{new_id()}", json=body, headers=headers) for _ in range(60)
            ]
            reads = [http.get("/api/summary") for _ in range(20)]
            answers = await asyncio.gather(*puts, *reads)
            listed = await http.get("/api/entries")
            assert len(listed.json()) == 60
            return [a.status_code for a in answers]

    with running_server(tmp_path / "data") as base:
        codes = asyncio.run(hammer(base))
    assert codes.count(201) == 60 and codes.count(200) == 20
