"""Every answer carries the security headers; API JSON is never cached; files are
private and revalidated; PDFs download; /schema loads nothing from elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from litestar.testing import TestClient

from server.app import create_app
from server.settings import Settings
from tests.documents.helpers import pdf, photo, post_file

REQUIRED = ("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'")
PATHS = (
    "/",
    "/js/app.js",
    "/api/health",
    "/api/me",
    "/api/nowhere",
    "/schema",
    "/schema/openapi.json",
)


def policy_of(answer) -> list[str]:
    return [part.strip() for part in answer.headers["content-security-policy"].split(";")]


@pytest.mark.parametrize("path", PATHS)
def test_every_answer_carries_the_security_headers(client: TestClient, path: str) -> None:
    answer = client.get(path)
    policy = policy_of(answer)
    assert all(rule in policy for rule in REQUIRED), policy
    assert "script-src 'self'" in policy and "http" not in answer.headers["content-security-policy"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert "strict-transport-security" not in answer.headers
    if path.startswith("/api/"):
        assert answer.headers["cache-control"] == "no-store"


def test_https_deployments_add_hsts(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", ocr_workers=0, secure_cookies=True)
    with TestClient(create_app(settings)) as client:
        for path in PATHS:
            assert client.get(path).headers["strict-transport-security"].startswith("max-age=")


def test_the_schema_page_loads_no_script(client: TestClient) -> None:
    page = client.get("/schema")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "<script" not in page.text.lower() and "<style" not in page.text.lower()
    assert 'href="/schema/openapi.json"' in page.text and "/api/entries/{entry_id}" in page.text
    assert client.get("/schema/openapi.json").json()["info"]["title"] == "ceclog"


def test_files_revalidate_and_pdfs_download(client: TestClient, ana) -> None:
    image = post_file(client, ana, photo(200, 100)).json()["sha256"]
    document = post_file(client, ana, pdf(), "certificate.pdf").json()["sha256"]
    shown = client.get(f"/api/documents/{image}/file", headers=ana)
    assert shown.headers["content-disposition"].startswith("inline")
    downloaded = client.get(f"/api/documents/{document}/file", headers=ana)
    assert downloaded.headers["content-disposition"].startswith("attachment")
    for answer in (shown, downloaded):
        assert answer.headers["cache-control"] == "private, no-cache"
        assert "immutable" not in answer.headers["cache-control"]
        assert answer.headers["x-content-type-options"] == "nosniff"
