"""A server stopped while it checked the last chunk: the phone's upload must not stay stuck.

What such a stop leaves behind is a partial upload holding every byte. The next
HEAD or PUT checks it and either completes it or discards it; HEAD never
answers an Upload-Offset equal to the total, and a chunk at offset 0 always
starts over.
"""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from tests.documents.helpers import (
    files_left,
    photo,
    put_chunk,
    rows,
    sha,
    store,
    upload_chunked,
)

CHUNK = 64 * 1024


def left_whole(client: TestClient, settings, headers: dict, data: bytes, digest: str) -> None:
    """Every byte written as a partial upload, as a stop during the final check leaves it."""
    user_id = client.get("/api/me", headers=headers).json()["id"]
    files = store(settings)
    for first in range(0, len(data), CHUNK):
        files.append(user_id, digest, len(data), first, data[first : first + CHUNK])
    assert files.partial(user_id, digest).offset == len(data)


def test_head_completes_a_partial_that_holds_every_byte(client: TestClient, settings, ana):
    data = photo()
    left_whole(client, settings, ana, data, sha(data))
    state = client.head(f"/api/blobs/{sha(data)}", headers=ana)
    assert state.status_code == 200 and "Upload-Offset" not in state.headers
    assert client.get(f"/api/documents/{sha(data)}/file", headers=ana).content == data
    assert files_left(settings) == [f"blobs/{sha(data)[:2]}/{sha(data)}"]


def test_head_discards_a_whole_partial_that_is_not_the_file(client: TestClient, settings, ana):
    data, claimed = photo(), sha(b"another photo")
    left_whole(client, settings, ana, data, claimed)
    state = client.head(f"/api/blobs/{claimed}", headers=ana)
    assert state.status_code == 404 and "Upload-Offset" not in state.headers
    assert files_left(settings) == [] and rows(settings, "documents") == 0


@pytest.mark.parametrize("same_bytes", [True, False])
def test_a_chunk_after_a_whole_partial_is_not_refused(
    client: TestClient, settings, ana, same_bytes: bool
) -> None:
    data = photo()
    left_whole(client, settings, ana, data if same_bytes else data[::-1], sha(data))
    # The phone never asks first: it sends its first chunk again.
    first = put_chunk(client, ana, data, 0, CHUNK - 1)
    assert first.status_code == 200, first.text
    if same_bytes:
        assert first.json()["complete"] is True
    else:
        assert (first.json()["complete"], first.json()["offset"]) == (False, CHUNK)
        assert upload_chunked(client, ana, data, CHUNK, start=CHUNK).status_code == 201
    assert client.get(f"/api/documents/{sha(data)}/file", headers=ana).content == data


def test_a_chunk_at_offset_zero_starts_the_upload_over(client: TestClient, settings, ana):
    data = photo()
    for first in range(0, 3 * CHUNK, CHUNK):
        assert put_chunk(client, ana, data, first, first + CHUNK - 1).status_code == 200
    again = put_chunk(client, ana, data, 0, CHUNK - 1)
    assert again.status_code == 200 and again.headers["Upload-Offset"] == str(CHUNK)
    state = client.head(f"/api/blobs/{sha(data)}", headers=ana)
    assert state.headers["Upload-Offset"] == str(CHUNK)
    assert upload_chunked(client, ana, data, CHUNK, start=CHUNK).status_code == 201
    assert client.get(f"/api/documents/{sha(data)}/file", headers=ana).content == data
