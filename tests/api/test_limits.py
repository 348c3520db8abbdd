"""What one account may have under way: entries, unfinished uploads, documents waiting
to be read; and abandoned files swept while the server runs."""

from __future__ import annotations

import os
import time
from pathlib import Path

import msgspec
from litestar.testing import TestClient

from server import housekeeping
from server.app import create_app
from server.documents import service as documents
from server.documents.storage_files import FileStore
from server.entries import service as entries
from tests.conftest import new_id
from tests.documents.helpers import photo, post_file, put_chunk, sha, upload_chunked
from tests.sync.helpers import mutation, push

CHUNK = 64 * 1024


def test_entries_stop_at_the_account_limit(client: TestClient, ana, monkeypatch) -> None:
    monkeypatch.setattr(entries, "MAX_ENTRIES", 3)
    ids = [new_id() for _ in range(4)]
    answers = [client.put(f"/api/entries/{i}", json={"kind": "course"}, headers=ana) for i in ids]
    assert [a.status_code for a in answers] == [201, 201, 201, 409]
    assert "3 entries, the most one account may" in answers[-1].json()["detail"]
    # What the account holds can still change; a device's push is told why.
    assert (
        client.put(f"/api/entries/{ids[0]}", json={"kind": "booth"}, headers=ana).status_code == 200
    )
    args = {"id": ids[3], "kind": "course"}
    answer = push(client, ana, new_id(), mutation(1, "entry.put", args)).json()
    assert answer["rejected"][0]["reason"].startswith("This account holds 3 entries")


def test_unfinished_uploads_are_limited(client: TestClient, ana, monkeypatch) -> None:
    monkeypatch.setattr(documents, "MAX_UNFINISHED_UPLOADS", 2)
    photos = [photo(640 + n, 480) for n in range(3)]
    for data in photos[:2]:
        assert put_chunk(client, ana, data, 0, CHUNK - 1).status_code == 200
    refused = put_chunk(client, ana, photos[2], 0, CHUNK - 1)
    assert refused.status_code == 429 and "Retry-After" in refused.headers
    assert "unfinished" in refused.json()["detail"]
    # Starting one of them again is no new upload; finishing one makes room.
    assert put_chunk(client, ana, photos[0], 0, CHUNK - 1).status_code == 200
    assert upload_chunked(client, ana, photos[0], CHUNK, start=CHUNK).status_code == 201
    assert upload_chunked(client, ana, photos[2], CHUNK).status_code == 201


def test_documents_waiting_to_be_read_are_limited(client: TestClient, ana, ben, monkeypatch):
    monkeypatch.setattr(documents, "MAX_WAITING_OCR", 2)  # no OCR workers here: all wait
    assert [post_file(client, ana, photo(300 + n, 200)).status_code for n in range(2)] == [201] * 2
    refused = post_file(client, ana, photo(400, 200))
    assert refused.status_code == 429 and "waiting to be read" in refused.json()["detail"]
    chunked = put_chunk(client, ana, photo(640, 480), 0, CHUNK - 1)
    assert chunked.status_code == 429
    assert post_file(client, ben, photo(400, 200)).status_code == 201  # others are not held up


def test_abandoned_files_are_swept_while_the_server_runs(settings, monkeypatch) -> None:
    # Files on disk, which can be made to look old; the object store's sweep of
    # uploads by age is in tests/documents/test_storage_contract.py.
    settings = msgspec.structs.replace(settings, storage_url=None)
    monkeypatch.setattr(housekeeping, "SWEEP_SECONDS", 0.05)
    store = FileStore(settings.data_dir)
    store.prepare()
    old, fresh = sha(b"old"), sha(b"fresh")
    store.append(1, old, 10, 0, b"12345")
    store.append(1, fresh, 10, 0, b"12345")
    stray = store.tmp / "abcdef.123"
    stray.write_bytes(b"half a file")
    three_days, two_hours = time.time() - 3 * 86400, time.time() - 7200
    os.utime(Path(store.partial(1, old).parts[0]), (three_days, three_days))
    os.utime(stray, (two_hours, two_hours))
    with TestClient(create_app(settings)) as client:
        deadline = time.monotonic() + 10
        # One sweep removes the partial, then the stray: wait for the whole sweep.
        while (store.partial(1, old) is not None or stray.exists()) and (
            time.monotonic() < deadline
        ):
            client.get("/api/health")
            time.sleep(0.05)
        # Swept without a restart; the upload still being sent stays.
        assert store.partial(1, old) is None and not stray.exists()
        assert store.partial(1, fresh) is not None
        time.sleep(0.2)
        assert store.partial(1, fresh) is not None
