"""Both stores keep the same promises: the file store under the data directory and
the S3 store in a bucket of a real S3-compatible server (tests/services/s3.py)."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from server.documents.storage import BlobStore, blob_name, derived_name, open_store
from server.settings import Settings
from tests.services import s3

DATA = bytes(range(256)) * 40  # 10 KiB, in chunks of 4 KiB
SHA = hashlib.sha256(DATA).hexdigest()
CHUNK = 4096
USER = 7


def settings_for(kind: str, tmp_path: Path) -> Settings:
    storage_url = s3.storage_url() if kind == "s3" else None
    return Settings(data_dir=tmp_path / "data", storage_url=storage_url)


@pytest.fixture(params=["files", "s3"])
def store(request, tmp_path: Path) -> Iterator[BlobStore]:
    files = open_store(settings_for(request.param, tmp_path))
    files.prepare()
    yield files


def send(store: BlobStore, data: bytes, start: int = 0, end: int | None = None) -> int:
    offset = start
    for first in range(start, end if end is not None else len(data), CHUNK):
        offset = store.append(USER, SHA, len(data), first, data[first : first + CHUNK])
    return offset


def test_a_blob_is_written_once_and_read_whole_or_in_pieces(store: BlobStore) -> None:
    assert not store.has_blob(SHA) and store.stat(blob_name(SHA)) is None
    store.write_blob(SHA, DATA)
    store.write_blob(SHA, DATA)  # the same bytes again: nothing changes
    assert store.has_blob(SHA) and store.read_blob(SHA) == DATA
    stored = store.stat(blob_name(SHA))
    assert stored is not None and stored.size == len(DATA)
    with store.open(blob_name(SHA)) as file:
        pieces = iter(lambda: file.read(1000), b"")
        assert b"".join(pieces) == DATA
    assert list(store.names("blobs")) == [blob_name(SHA)]


def test_a_missing_file_is_not_found(store: BlobStore) -> None:
    with pytest.raises(FileNotFoundError):
        store.read_blob(SHA)
    with pytest.raises(FileNotFoundError):
        store.open(blob_name(SHA)).read()
    store.delete(blob_name(SHA))  # deleting what is not there is no error


def test_a_derived_file_is_replaced_whole_and_its_version_changes(store: BlobStore) -> None:
    first = store.write_derived(SHA, "thumb.jpg", b"small")
    assert (first.name, first.size) == (derived_name(SHA, "thumb.jpg"), 5)
    assert store.read(first.name) == b"small"
    time.sleep(0.01)
    second = store.write_derived(SHA, "thumb.jpg", b"better page")
    assert store.read(second.name) == b"better page" and second.version != first.version
    assert store.stat(second.name) == second


def test_a_chunked_upload_resumes_where_it_stopped(store: BlobStore) -> None:
    assert store.partial(USER, SHA) is None
    assert send(store, DATA, 0, 2 * CHUNK) == 2 * CHUNK
    # Asked again later (by any process): the same offset and total.
    partial = store.partial(USER, SHA)
    assert (partial.offset, partial.total) == (2 * CHUNK, len(DATA))
    assert send(store, DATA, 2 * CHUNK) == len(DATA)
    whole = store.partial(USER, SHA)
    assert whole.offset == len(DATA) and store.read_partial(whole) == DATA


def test_a_chunk_at_zero_or_for_another_total_starts_over(store: BlobStore) -> None:
    send(store, DATA, 0, 2 * CHUNK)
    assert store.append(USER, SHA, len(DATA), 0, b"new start") == len(b"new start")
    partial = store.partial(USER, SHA)
    assert partial.offset == 9 and store.read_partial(partial) == b"new start"
    store.append(USER, SHA, len(DATA), 9, b"-more")
    assert store.append(USER, SHA, 50, 0, b"other file") == 10
    partial = store.partial(USER, SHA)
    assert (partial.offset, partial.total, store.read_partial(partial)) == (10, 50, b"other file")


def test_a_committed_upload_becomes_the_blob_and_leaves_nothing(store: BlobStore) -> None:
    send(store, DATA)
    partial = store.partial(USER, SHA)
    data = store.read_partial(partial)
    assert hashlib.sha256(data).hexdigest() == SHA  # the caller's check
    store.commit_partial(USER, partial, SHA, data)
    assert store.read_blob(SHA) == DATA
    assert store.partial(USER, SHA) is None and store.count_partials(USER) == 0
    # The same file uploaded again by someone else: its upload is dropped, the blob kept.
    store.append(USER + 1, SHA, len(DATA), 0, DATA)
    store.commit_partial(USER + 1, store.partial(USER + 1, SHA), SHA, DATA)
    assert store.partial(USER + 1, SHA) is None and list(store.names("blobs")) == [blob_name(SHA)]


def test_uploads_are_counted_per_user_and_discarded(store: BlobStore) -> None:
    other = hashlib.sha256(b"other").hexdigest()
    send(store, DATA, 0, 2 * CHUNK)
    store.append(USER, other, 100, 0, b"x" * 10)
    store.append(USER + 1, other, 100, 0, b"y" * 10)
    assert (store.count_partials(USER), store.count_partials(USER + 1)) == (2, 1)
    store.discard_partial(USER, SHA)
    assert store.partial(USER, SHA) is None and store.count_partials(USER) == 1
    assert store.read_partial(store.partial(USER + 1, other)) == b"y" * 10
    assert not store.has_blob(SHA)


def test_uploads_untouched_too_long_are_swept(store: BlobStore) -> None:
    """By the store's own clock for each upload's last chunk (an object store's
    times are whole seconds, hence the wait)."""
    other = hashlib.sha256(b"other").hexdigest()
    send(store, DATA, 0, 2 * CHUNK)
    time.sleep(3)
    store.append(USER, other, 100, 0, b"x" * 10)
    assert store.sweep(upload_age_seconds=2, temp_age_seconds=3600) == 1
    assert store.partial(USER, SHA) is None
    assert store.partial(USER, other).offset == 10


def test_parts_beyond_a_gap_are_not_counted_and_are_removed(tmp_path: Path) -> None:
    """In the bucket each chunk is an object; one left after a gap (its earlier part
    dropped by a restart elsewhere) is not part of the upload."""
    url = s3.storage_url()
    store = open_store(Settings(data_dir=tmp_path / "data", storage_url=url))
    send(store, DATA, 0, CHUNK)
    bucket = url.split("/")[2]
    stray = f"ceclog/uploads/{USER}/{SHA}.{len(DATA)}/{3 * CHUNK:012d}"
    s3.client().put_object(Bucket=bucket, Key=stray, Body=b"z" * CHUNK)
    assert store.partial(USER, SHA).offset == CHUNK
    send(store, DATA, CHUNK, 2 * CHUNK)
    keys = [o["Key"] for o in s3.client().list_objects_v2(Bucket=bucket)["Contents"]]
    assert stray not in keys and len(keys) == 2
    assert send(store, DATA, 2 * CHUNK) == len(DATA)
    assert store.read_partial(store.partial(USER, SHA)) == DATA


def test_in_the_object_store_the_data_directory_keeps_no_file(tmp_path: Path) -> None:
    settings = settings_for("s3", tmp_path)
    store = open_store(settings)
    store.prepare()
    send(store, DATA, 0, 2 * CHUNK)
    store.write_blob(SHA, DATA)
    store.write_derived(SHA, "pdf", b"%PDF-")
    assert store.count_partials(USER) == 1
    assert [p for p in settings.data_dir.rglob("*") if p.is_file()] == []
