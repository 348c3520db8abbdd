"""Shared fixtures: an in-process app over a fresh database per test.

SQLite in the test's data directory; with CECLOG_TEST_DATABASE=postgresql, a
fresh database on a real PostgreSQL started for the run (tests/services/postgres.py);
with CECLOG_TEST_STORAGE=s3, the test's files in a fresh bucket of a real
S3-compatible server (tests/services/s3.py) instead of its data directory.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from litestar.testing import TestClient

from server.app import create_app
from server.settings import Settings
from tests.services import postgres as postgres_service
from tests.services import s3


@pytest.fixture(scope="session", autouse=True)
def _services() -> Iterator[None]:
    """Stops the PostgreSQL cluster and the S3 test server, if tests started them."""
    yield
    s3.stop()
    postgres_service.stop()


@pytest.fixture(scope="session")
def postgres() -> Iterator[postgres_service.Cluster]:
    yield postgres_service.cluster()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    data_dir = tmp_path / "data"
    database_url = (
        postgres_service.cluster().database_for(data_dir) if postgres_service.wanted() else None
    )
    storage_url = s3.storage_url() if s3.wanted() else None
    return Settings(
        data_dir=data_dir,
        signup="open",
        ocr_workers=0,
        database_url=database_url,
        storage_url=storage_url,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def register(
    client: TestClient,
    email: str = "ana@example.com",
    name: str = "Ana María López",
    password: str = "correct horse battery",
) -> dict:
    answer = client.post(
        "/api/auth/register", json={"email": email, "password": password, "full_name": name}
    )
    assert answer.status_code == 201, answer.text
    return answer.json()


def csrf(client: TestClient) -> dict[str, str]:
    if "csrftoken" not in client.cookies:
        client.get("/api/health")
    return {"X-CSRFToken": client.cookies["csrftoken"]}


def bearer_user(client: TestClient, email: str, name: str = "Ana María López") -> dict[str, str]:
    """Registers a user and returns headers with an API token for them, leaving no cookies."""
    client.cookies.clear()
    register(client, email, name)
    answer = client.post("/api/auth/tokens", json={"name": "tests"}, headers=csrf(client))
    assert answer.status_code == 201, answer.text
    client.cookies.clear()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def new_id() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def ana(client: TestClient) -> dict[str, str]:
    return bearer_user(client, "ana@example.com", "Ana María López")


@pytest.fixture
def ben(client: TestClient) -> dict[str, str]:
    return bearer_user(client, "ben@example.com", "Ben Okafor")
