"""The app with its files in a real S3-compatible server (CECLOG_STORAGE_URL),
whatever CECLOG_TEST_STORAGE says: chunks may reach any process, the data
directory keeps no document, and an outage loses nothing already stored."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import msgspec
import pytest
from botocore.exceptions import ClientError, NoCredentialsError
from litestar.testing import TestClient

from server.app import create_app
from server.documents.storage import open_store
from server.documents.storage_s3 import reaching
from server.errors import Unavailable
from server.settings import Settings
from tests.conftest import bearer_user
from tests.documents.helpers import photo, put_chunk, sha, upload_chunked
from tests.server_process import CECLOG, free_port, this_checkout
from tests.services import s3

CHUNK = 64 * 1024


@pytest.fixture
def hosted(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data", signup="open", ocr_workers=0, storage_url=s3.storage_url()
    )


def kept_on_disk(settings: Settings) -> list[str]:
    """Files in the data directory other than the database (and its journal)."""
    return sorted(
        p.name
        for p in settings.data_dir.rglob("*")
        if p.is_file() and not p.name.startswith("ceclog.db")
    )


def test_chunks_may_reach_either_process_and_nothing_is_kept_on_disk(hosted: Settings):
    data = photo(900, 700)
    with TestClient(create_app(hosted)) as one, TestClient(create_app(hosted)) as two:
        ana = bearer_user(one, "ana@example.com")
        processes = [one, two]
        for n, first in enumerate(range(0, len(data), CHUNK)):
            last = min(len(data), first + CHUNK) - 1
            answer = put_chunk(processes[n % 2], ana, data, first, last)
            assert answer.status_code in (200, 201), answer.text
            if last + 1 < len(data):
                # The other process knows where the upload stands.
                state = processes[(n + 1) % 2].head(f"/api/blobs/{sha(data)}", headers=ana)
                assert state.headers["Upload-Offset"] == str(last + 1)
        assert answer.status_code == 201
        assert two.get(f"/api/documents/{sha(data)}/file", headers=ana).content == data
        for kind in ("thumbnail", "page", "pdf"):
            made = one.get(f"/api/documents/{sha(data)}/{kind}", headers=ana)
            assert made.status_code == 200 and len(made.content) > 1000
            assert two.get(f"/api/documents/{sha(data)}/{kind}", headers=ana).content == (
                made.content
            )
        assert kept_on_disk(hosted) == []
    store = open_store(hosted)
    assert list(store.names("blobs")) == [f"blobs/{sha(data)[:2]}/{sha(data)}"]
    assert len(list(store.names("derived"))) == 3
    assert list(store.names("uploads")) == []


def test_a_store_outage_answers_503_and_loses_no_chunk(hosted: Settings) -> None:
    data = photo()
    unreachable = msgspec.structs.replace(
        hosted,
        storage_url=f"s3://nowhere/x?endpoint=http%3A%2F%2F127.0.0.1%3A{free_port()}",
    )
    with TestClient(create_app(hosted)) as client:
        ana = bearer_user(client, "ana@example.com")
        put_chunk(client, ana, data, 0, CHUNK - 1)
        put_chunk(client, ana, data, CHUNK, 2 * CHUNK - 1)
        documents = client.app.state.documents
        working, documents.store = documents.store, open_store(unreachable)
        try:
            refused = put_chunk(client, ana, data, 2 * CHUNK, 3 * CHUNK - 1)
        finally:
            documents.store = working
        assert refused.status_code == 503, refused.text
        assert refused.json()["detail"] == "The certificate store is not reachable; try again."
        assert "Retry-After" in refused.headers
        state = client.head(f"/api/blobs/{sha(data)}", headers=ana)
        assert state.headers["Upload-Offset"] == str(2 * CHUNK)
        assert upload_chunked(client, ana, data, CHUNK, start=2 * CHUNK).status_code == 201
        assert client.get(f"/api/documents/{sha(data)}/file", headers=ana).content == data


def run_check(settings: Settings, storage_url: str, **env_changes: str | None) -> str:
    env = {
        **this_checkout(dict(os.environ)),
        "CECLOG_DATA_DIR": str(settings.data_dir),
        "CECLOG_STORAGE_URL": storage_url,
    }
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    done = subprocess.run(
        [str(CECLOG), "check"], env=env, capture_output=True, text=True, timeout=120
    )
    return done.stdout + done.stderr


def test_check_says_whether_the_bucket_is_reachable(hosted: Settings) -> None:
    reachable = run_check(hosted, hosted.storage_url)
    bucket = hosted.storage_url.split("/")[2]
    assert f"ok    certificate files: s3://{bucket}/ceclog/" in reachable
    assert "(reachable)" in reachable
    dead = f"s3://{bucket}?endpoint=http%3A%2F%2F127.0.0.1%3A{free_port()}"
    unreachable = run_check(hosted, dead)
    assert "FAIL  certificate files:" in unreachable and "not reachable" in unreachable
    missing = hosted.storage_url.replace(bucket, "ceclog-no-such-bucket")
    assert "the bucket does not exist" in run_check(hosted, missing)


def test_check_names_missing_credentials(hosted: Settings) -> None:
    # No keys anywhere boto3 looks: environment, files, instance metadata.
    bare = {
        "AWS_ACCESS_KEY_ID": None,
        "AWS_SECRET_ACCESS_KEY": None,
        "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
        "AWS_CONFIG_FILE": "/nonexistent",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    said = run_check(hosted, hosted.storage_url, **bare)
    assert "FAIL  certificate files:" in said
    assert "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY" in said


def test_a_store_that_refuses_the_server_answers_503_not_500() -> None:
    for refusal in (
        NoCredentialsError(),
        ClientError({"Error": {"Code": "InvalidAccessKeyId"}}, "PutObject"),
    ):
        with pytest.raises(Unavailable) as raised, reaching():
            raise refusal
        assert raised.value.status_code == 503
        assert "not reachable; try again" in str(raised.value)
