"""Uploads: chunked and resumable, content-addressed, stored once, owned per user."""

from __future__ import annotations

from litestar.testing import TestClient

from tests.documents.helpers import (
    blob_files,
    files_left,
    pdf,
    photo,
    post_file,
    put_chunk,
    rows,
    sha,
    upload_chunked,
)

CHUNK = 64 * 1024


def test_chunked_upload_resumes_after_a_dropped_chunk(client: TestClient, settings, ana) -> None:
    data = photo()
    digest = sha(data)
    assert len(data) > 3 * CHUNK
    assert client.head(f"/api/blobs/{digest}", headers=ana).status_code == 404

    first = put_chunk(client, ana, data, 0, CHUNK - 1)
    assert first.status_code == 200, first.text
    assert first.json()["complete"] is False and first.headers["Upload-Offset"] == str(CHUNK)
    # The second chunk is lost on the way; the phone asks where to go on.
    state = client.head(f"/api/blobs/{digest}", headers=ana)
    assert state.status_code == 404 and state.headers["Upload-Offset"] == str(CHUNK)

    done = upload_chunked(client, ana, data, CHUNK, start=int(state.headers["Upload-Offset"]))
    assert done.status_code == 201, done.text
    assert done.json() == {
        "sha256": digest,
        "complete": True,
        "offset": len(data),
        "size": len(data),
        "media_type": "image/jpeg",
    }
    assert client.head(f"/api/blobs/{digest}", headers=ana).status_code == 200
    assert client.get(f"/api/documents/{digest}/file", headers=ana).content == data
    document = client.get(f"/api/documents/{digest}", headers=ana).json()
    assert document["size"] == len(data) and document["media_type"] == "image/jpeg"
    assert document["ocr"]["status"] == "queued"
    assert files_left(settings) == [f"blobs/{digest[:2]}/{digest}"]


def test_a_chunk_at_the_wrong_offset_is_refused_with_the_offset(client: TestClient, ana) -> None:
    data = photo()
    assert put_chunk(client, ana, data, 0, CHUNK - 1).status_code == 200
    ahead = put_chunk(client, ana, data, 2 * CHUNK, 3 * CHUNK - 1)
    assert ahead.status_code == 409
    assert ahead.headers["Upload-Offset"] == str(CHUNK)
    # Nothing refused was written: the upload still continues where it was.
    assert upload_chunked(client, ana, data, CHUNK, start=CHUNK).status_code == 201
    assert client.get(f"/api/documents/{sha(data)}/file", headers=ana).content == data


def test_a_wrong_hash_is_refused_and_leaves_nothing(client: TestClient, settings, ana) -> None:
    data = photo()
    claimed = sha(b"some other file")
    for first in range(0, len(data) - CHUNK, CHUNK):
        answer = put_chunk(client, ana, data, first, first + CHUNK - 1, digest=claimed)
        assert answer.status_code == 200
    last = put_chunk(client, ana, data, first + CHUNK, len(data) - 1, digest=claimed)
    assert last.status_code == 422
    assert sha(data) in last.json()["detail"]
    assert files_left(settings) == []
    assert rows(settings, "blobs") == rows(settings, "documents") == 0
    state = client.head(f"/api/blobs/{claimed}", headers=ana)
    assert state.status_code == 404 and "Upload-Offset" not in state.headers


def test_the_same_file_again_is_stored_once(client: TestClient, settings, ana) -> None:
    data = photo()
    assert upload_chunked(client, ana, data, CHUNK).status_code == 201
    again = upload_chunked(client, ana, data, CHUNK)
    assert again.status_code == 200 and again.json()["complete"] is True
    posted = post_file(client, ana, data)
    assert posted.status_code == 200 and posted.json()["sha256"] == sha(data)
    assert len(blob_files(settings)) == 1
    assert rows(settings, "documents") == rows(settings, "ocr_jobs") == 1


def test_desk_upload_of_a_pdf(client: TestClient, ana) -> None:
    data = pdf()
    answer = post_file(client, ana, data, "2026-04-WRT-CEC-14hrs.pdf")
    assert answer.status_code == 201, answer.text
    assert answer.json()["sha256"] == sha(data)
    document = client.get(f"/api/documents/{sha(data)}", headers=ana).json()
    assert document["media_type"] == "application/pdf"
    file = client.get(f"/api/documents/{sha(data)}/file", headers=ana)
    assert file.headers["content-type"] == "application/pdf" and file.content == data


def test_two_users_with_the_same_bytes_each_see_only_their_own(
    client: TestClient, settings, ana, ben
) -> None:
    data = photo()
    digest = sha(data)
    assert upload_chunked(client, ana, data, CHUNK).status_code == 201
    # Knowing the hash is not having the file.
    assert client.head(f"/api/blobs/{digest}", headers=ben).status_code == 404
    for suffix in ("", "/file", "/thumbnail", "/pdf"):
        assert client.get(f"/api/documents/{digest}{suffix}", headers=ben).status_code == 404

    assert upload_chunked(client, ben, data, CHUNK).status_code == 201
    assert client.get(f"/api/documents/{digest}/file", headers=ben).content == data
    assert len(blob_files(settings)) == 1
    assert rows(settings, "documents") == 2 and rows(settings, "ocr_jobs") == 1


def test_a_partial_upload_is_private_to_its_user(client: TestClient, ana, ben) -> None:
    data = photo()
    assert put_chunk(client, ana, data, 0, CHUNK - 1).status_code == 200
    state = client.head(f"/api/blobs/{sha(data)}", headers=ben)
    assert state.status_code == 404 and "Upload-Offset" not in state.headers
    assert put_chunk(client, ben, data, CHUNK, 2 * CHUNK - 1).status_code == 409


def test_files_are_private_and_revalidate(client: TestClient, ana) -> None:
    data = photo(200, 100)
    digest = post_file(client, ana, data).json()["sha256"]
    file = client.get(f"/api/documents/{digest}/file", headers=ana)
    # Never kept for reuse without asking: a signed-out browser must not show it.
    assert file.headers["cache-control"] == "private, no-cache"
    again = client.get(
        f"/api/documents/{digest}/file", headers={**ana, "If-None-Match": file.headers["etag"]}
    )
    assert again.status_code == 304 and again.content == b""


def test_bad_requests_say_what_is_wrong(client: TestClient, settings, ana) -> None:
    data = photo(200, 100)
    digest = sha(data)
    cases = [
        ({"Content-Range": "bytes=0-10"}, data[:11], 400, "Content-Range"),
        ({"Content-Range": f"bytes 0-99/{len(data)}"}, data[:50], 400, "50 bytes"),
        ({"Content-Range": f"bytes 10-5/{len(data)}"}, data[:6], 400, "not a range"),
    ]
    for extra, body, status, words in cases:
        answer = client.put(f"/api/blobs/{digest}", content=body, headers={**ana, **extra})
        assert answer.status_code == status, answer.text
        assert words in answer.json()["detail"]
    bad_sha = client.put("/api/blobs/not-a-hash", content=data, headers=ana)
    assert bad_sha.status_code == 422 and "SHA-256" in bad_sha.json()["detail"]
    no_field = client.post("/api/documents", files={"photo": ("a.jpg", data)}, headers=ana)
    assert no_field.status_code == 400 and "'file'" in no_field.json()["detail"]
    assert client.get("/api/documents/not-a-hash", headers=ana).status_code == 404
    assert files_left(settings) == []


def test_uploads_need_a_login(client: TestClient) -> None:
    data = photo(100, 100)
    assert client.put(f"/api/blobs/{sha(data)}", content=data).status_code == 401
    assert client.head(f"/api/blobs/{sha(data)}").status_code == 401
    assert post_file(client, {}, data).status_code == 401
