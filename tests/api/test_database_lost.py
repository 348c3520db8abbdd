"""PostgreSQL going away answers 503 with a reason, and the server recovers by itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from litestar.testing import TestClient

from server.app import create_app
from server.settings import Settings
from tests.conftest import bearer_user
from tests.services import postgres


@pytest.fixture
def hosted(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[TestClient, str]]:
    if not postgres.wanted() and not (postgres.BIN / "initdb").exists():
        pytest.skip(f"no PostgreSQL binaries in {postgres.BIN}")
    url = request.getfixturevalue("postgres").new_database()
    settings = Settings(data_dir=tmp_path / "data", signup="open", ocr_workers=0, database_url=url)
    with TestClient(create_app(settings)) as client:
        yield client, url


def _cut_connections(url: str) -> int:
    """What a database restart or failover does to the server's open connections."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    return len(rows)


def test_lost_connections_answer_503_then_the_server_reconnects(hosted) -> None:
    client, url = hosted
    ana = bearer_user(client, "ana@example.com")
    assert client.get("/api/entries", headers=ana).status_code == 200
    assert _cut_connections(url) >= 1
    answers = [client.get("/api/entries", headers=ana) for _ in range(12)]
    lost = answers[0]
    assert lost.status_code == 503, lost.text
    assert "cannot reach its database" in lost.json()["detail"]
    assert lost.headers["Retry-After"] == "60"
    assert answers[-1].status_code == 200, "a broken connection is replaced, not kept"
