"""A full disk answers 507 with a reason, never 500, and leaves nothing half-written."""

from __future__ import annotations

import errno
import zipfile

import pytest
from litestar.testing import TestClient

from tests.conftest import new_id
from tests.documents.helpers import files_left, photo, post_file, put_chunk, sha


def cap_database(client: TestClient, extra_pages: int) -> None:
    """The database may grow by only a few more pages, as on a disk about to fill."""
    db = client.app.state.db

    async def cap(tx) -> None:
        pages = (await tx.execute_fetchall("PRAGMA page_count"))[0][0]
        await tx.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    async def cap_postgres(tx) -> None:
        # PostgreSQL's own disk-full error (SQLSTATE 53100), raised once the
        # entries table has grown by `extra_pages` rows.
        count = (await tx.execute_fetchall("SELECT count(*) FROM entries"))[0][0]
        await tx.execute(POSTGRES_FULL.replace("LIMIT", str(count + extra_pages)))

    client.blocking_portal.call(db.write, cap_postgres if db.dialect == "postgresql" else cap)


POSTGRES_FULL = """
CREATE OR REPLACE FUNCTION disk_fills() RETURNS trigger AS $$
BEGIN
    IF (SELECT count(*) FROM entries) >= LIMIT THEN
        RAISE EXCEPTION 'could not extend file: No space left on device'
            USING ERRCODE = 'disk_full';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS disk_fills ON entries;
CREATE TRIGGER disk_fills BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION disk_fills();
"""


def no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_database_answers_507_and_keeps_nothing_half_done(client: TestClient, ana):
    cap_database(client, 2)
    answers, last = [], None
    for _ in range(100):
        last = new_id()
        body = {"kind": "course", "course_title": "WRT", "notes": "n" * 10_000}
        answers.append(client.put(f"/api/entries/{last}", json=body, headers=ana))
        if answers[-1].status_code != 201:
            break
    full = answers[-1]
    assert full.status_code == 507, full.text
    assert "disk" in full.json()["detail"] and "full" in full.json()["detail"]
    assert client.get(f"/api/entries/{last}", headers=ana).status_code == 404
    assert len(client.get("/api/entries", headers=ana).json()) == len(answers) - 1
    cap_database(client, 10_000)  # space was freed
    assert (
        client.put(f"/api/entries/{last}", json={"kind": "course"}, headers=ana).status_code == 201
    )


def store_class(client: TestClient) -> type:
    return type(client.app.state.documents.store)


@pytest.mark.parametrize("where", ["_put", "append"])
def test_a_full_disk_refuses_uploads_with_507(
    client: TestClient, settings, ana, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    monkeypatch.setattr(store_class(client), where, no_space)
    data = photo()
    if where == "append":  # the first chunk of a chunked upload
        refused = put_chunk(client, ana, data, 0, 64 * 1024 - 1)
    else:  # a whole file at once
        refused = post_file(client, ana, data)
    assert refused.status_code == 507, refused.text
    assert "disk" in refused.json()["detail"]
    assert client.head(f"/api/blobs/{sha(data)}", headers=ana).status_code == 404
    assert files_left(settings) == []


def test_a_full_disk_refuses_files_made_on_demand_with_507(
    client: TestClient, ana, monkeypatch: pytest.MonkeyPatch
) -> None:
    digest = post_file(client, ana, photo(400, 300)).json()["sha256"]
    monkeypatch.setattr(store_class(client), "write_derived", no_space)
    for kind in ("thumbnail", "pdf"):
        answer = client.get(f"/api/documents/{digest}/{kind}", headers=ana)
        assert answer.status_code == 507, answer.text


def test_a_full_disk_refuses_a_backup_with_507(
    client: TestClient, ana, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zipfile.ZipFile, "writestr", no_space)
    answer = client.get("/api/export/backup.zip", headers=ana)
    assert answer.status_code == 507, answer.text
