"""`ceclog move`: a one-box install carried into PostgreSQL and an object store,
losing nothing, then served from there."""

from __future__ import annotations

import asyncio
import os
import subprocess
import uuid
from pathlib import Path

import httpx
from litestar.testing import TestClient

from server import move as move_module
from server.app import create_app
from server.settings import Settings
from tests.conftest import bearer_user
from tests.documents.helpers import photo, post_file
from tests.server_process import CECLOG, running_server, this_checkout
from tests.services import hosted
from tests.services.hosted import PASSWORD


def one_box(data_dir: Path) -> dict:
    """A used install: two technicians, entries, a certificate, a synced phone."""
    settings = Settings(data_dir=data_dir, signup="open", ocr_workers=0)
    made: dict = {"entries": {}}
    with TestClient(create_app(settings)) as client:
        for email in ("ana@example.com", "ben@example.com"):
            made[email] = bearer_user(client, email)
        ana = made["ana@example.com"]
        made["photo"] = photo()
        stored = post_file(client, ana, made["photo"])
        assert stored.status_code == 201, stored.text
        made["sha"] = stored.json()["sha256"]
        for n in range(3):
            entry_id = str(uuid.uuid4())
            body = {"kind": "course", "course_title": f"Course {n}", "hours": 2}
            if n == 0:
                body["document_sha256"] = made["sha"]
            assert client.put(f"/api/entries/{entry_id}", json=body, headers=ana).status_code in (
                200,
                201,
            )
            made["entries"][entry_id] = f"Course {n}"
        pulled = client.post(
            "/api/sync/pull", json={"client_id": str(uuid.uuid4())}, headers=ana
        ).json()
        made["cursor"] = pulled["cursor"]
    return made


def move(data_dir: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    environment = {**this_checkout(dict(os.environ)), "CECLOG_DATA_DIR": str(data_dir)}
    environment.pop("CECLOG_DATABASE_URL", None)
    environment.pop("CECLOG_STORAGE_URL", None)
    return subprocess.run(
        [
            str(CECLOG),
            "move",
            "--to-database",
            env["CECLOG_DATABASE_URL"],
            "--to-storage",
            env["CECLOG_STORAGE_URL"],
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_an_install_moved_to_hosted_mode_is_served_whole(tmp_path: Path):
    made = one_box(tmp_path / "box")
    with hosted.services("hosted", tmp_path / "hosted") as env:
        done = move(tmp_path / "box", env)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "every row and file is there" in done.stdout
        assert "MISSING" not in done.stdout

        with running_server(tmp_path / "web", **env) as base:
            ana = made["ana@example.com"]
            entries = httpx.get(f"{base}/api/entries", headers=ana).json()
            titles = {e["id"]: e["course_title"] for e in entries}
            assert titles == made["entries"]
            got = httpx.get(f"{base}/api/documents/{made['sha']}/file", headers=ana)
            assert got.status_code == 200 and got.content == made["photo"]
            # A phone's cursor from before the move pulls nothing it already has.
            body = {"client_id": str(uuid.uuid4()), "cursor": made["cursor"]}
            later = httpx.post(f"{base}/api/sync/pull", json=body, headers=ana).json()
            assert later["entries"] == []
            # Passwords still sign in; new accounts take new ids.
            login = httpx.post(
                f"{base}/api/auth/login",
                json={"email": "ben@example.com", "password": PASSWORD},
            )
            assert login.status_code == 200, login.text
            new = httpx.post(
                f"{base}/api/auth/register",
                json={"email": "cy@example.com", "password": PASSWORD, "full_name": "Cy Ng"},
            )
            assert new.status_code == 201, new.text

        again = move(tmp_path / "box", env)
        assert again.returncode == 1
        assert "already holds accounts" in again.stdout


def test_tables_are_copied_a_batch_at_a_time_with_nothing_left_out(tmp_path: Path, monkeypatch):
    one_box(tmp_path / "box")
    monkeypatch.setattr(move_module, "BATCH", 2)  # every table spans several batches
    with hosted.services("hosted", tmp_path / "hosted") as env:
        counts = asyncio.run(
            move_module.move_database(tmp_path / "box" / "ceclog.db", env["CECLOG_DATABASE_URL"])
        )
    by_table = {count.name: count for count in counts}
    assert all(count.source == count.target for count in counts), counts
    assert by_table["entries"].target == 3 and by_table["users"].target == 2
