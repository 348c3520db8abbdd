"""Backup → wipe → restore gives the same entries and byte-identical documents; twice changes nothing."""

from __future__ import annotations

import csv
import io
import json
import time
import zipfile
from datetime import date
from pathlib import Path

from litestar.testing import TestClient

from server.app import create_app
from server.exports.backup_format import MAX_MEMBERS
from server.settings import Settings
from tests.conftest import bearer_user
from tests.documents.helpers import files_left, pdf, photo, post_file, rows, sha
from tests.submissions.helpers import add_entry

COMPUTED = ("version", "created_at", "updated_at", "problems")


def _records(client: TestClient, headers) -> tuple[list[dict], list[dict]]:
    def strip(items):
        return sorted(
            ({k: v for k, v in i.items() if k not in COMPUTED} for i in items),
            key=lambda i: i["id"],
        )

    return strip(client.get("/api/entries", headers=headers).json()), strip(
        client.get("/api/events", headers=headers).json()
    )


def _fill(client: TestClient, headers) -> dict[str, bytes]:
    client.patch(
        "/api/me",
        json={
            "iicrc_id": "IICRC-98765",
            "fee_due_on": "2026-09-01",
            "certifications": [{"code": "WRT", "kind": "technician", "certified_on": "2024-03-01"}],
        },
        headers=headers,
    )
    event_id = "3f0c8a5e-8d1b-4c1e-9a57-2f0b6f1d9c11"
    client.put(f"/api/events/{event_id}", json={"name": "The Experience 2026"}, headers=headers)
    files = {"photo": photo(900, 700), "pdf": pdf()}
    for data in files.values():
        assert post_file(client, headers, data).status_code == 201
    first = add_entry(
        client,
        headers,
        course_title="WRT CEC",
        completion_date="2026-04-02",
        hours=14,
        document_sha256=sha(files["photo"]),
        event_id=event_id,
        notes="Booth 12",
    )
    add_entry(
        client,
        headers,
        course_title="WRT CEC",
        completion_date="2026-04-20",
        hours=14,
        document_sha256=sha(files["pdf"]),
    )
    add_entry(client, headers, kind="booth", course_title=None, hours=2)
    client.post(
        "/api/entries/submit",
        json={"entry_ids": [first], "method": "portal", "submitted_on": "2026-04-03"},
        headers=headers,
    )
    return files


def _backup(client: TestClient, headers) -> bytes:
    answer = client.get("/api/export/backup.zip", headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/zip"
    return answer.content


def _restore(client: TestClient, headers, data: bytes, name="backup.zip"):
    return client.post(
        "/api/import/backup", files={"file": (name, data, "application/zip")}, headers=headers
    )


def test_backup_holds_named_pdfs_originals_log_and_data(client: TestClient, ana) -> None:
    files = _fill(client, ana)
    before = client.get("/api/me", headers=ana).json()
    assert before["last_backup_on"] is None
    data = _backup(client, ana)
    # A GET changes nothing; the app records the backup once the file is saved.
    assert client.get("/api/me", headers=ana).json() == before
    today = date.today().isoformat()
    assert client.patch("/api/me", json={"last_backup_on": today}, headers=ana).status_code == 200
    assert client.get("/api/summary", headers=ana).json()["reminders"][0]["kind"] != "backup"
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    assert {"data.json", "log.csv"} <= names
    # The photo as taken and as its certificate PDF; the uploaded PDF once, by its name.
    assert names == {
        "data.json",
        "log.csv",
        f"originals/{sha(files['photo'])}.jpg",
        "certificates/2026-04-WRT-CEC-14hrs.pdf",
        "certificates/2026-04-WRT-CEC-14hrs-2.pdf",
    }
    assert archive.read(f"originals/{sha(files['photo'])}.jpg") == files["photo"]
    assert archive.read("certificates/2026-04-WRT-CEC-14hrs-2.pdf") == files["pdf"]
    assert archive.read("certificates/2026-04-WRT-CEC-14hrs.pdf").startswith(b"%PDF-")
    manifest = json.loads(archive.read("data.json"))
    assert manifest["format"] == "ceclog-backup" and manifest["schema_version"] == 1
    assert manifest["profile"]["iicrc_id"] == "IICRC-98765"
    assert len(manifest["entries"]) == 3
    log = list(csv.DictReader(io.StringIO(archive.read("log.csv").decode("utf-8-sig"))))
    assert {r["File name"] for r in log} == {
        "2026-04-WRT-CEC-14hrs.pdf",
        "2026-04-WRT-CEC-14hrs-2.pdf",
        "",
    }


def test_a_file_under_many_entries_is_backed_up_once(client: TestClient, ana) -> None:
    certificate = photo(900, 700)
    assert post_file(client, ana, certificate).status_code == 201
    for day in range(1, 31):
        add_entry(
            client,
            ana,
            course_title="Trade show sessions",
            completion_date=f"2026-04-{day:02d}",
            hours=1,
            document_sha256=sha(certificate),
        )
    archive = zipfile.ZipFile(io.BytesIO(_backup(client, ana)))
    members = set(archive.namelist()) - {"data.json", "log.csv"}
    assert members == {
        f"originals/{sha(certificate)}.jpg",
        "certificates/2026-04-Trade-show-sessions-1hrs.pdf",
    }
    [document] = json.loads(archive.read("data.json"))["documents"]
    assert document["certificates"] == ["certificates/2026-04-Trade-show-sessions-1hrs.pdf"]
    log = list(csv.DictReader(io.StringIO(archive.read("log.csv").decode("utf-8-sig"))))
    assert {r["File name"] for r in log} == {"2026-04-Trade-show-sessions-1hrs.pdf"}


def test_backup_wipe_restore_gives_identical_records(
    client: TestClient, ana, tmp_path: Path
) -> None:
    files = _fill(client, ana)
    entries, events = _records(client, ana)
    data = _backup(client, ana)

    # A wiped server: a new, empty data directory and the same person signing up again.
    fresh = Settings(data_dir=tmp_path / "fresh", signup="open", ocr_workers=0)
    with TestClient(create_app(fresh)) as other:
        again = bearer_user(other, "ana@example.com")
        answer = _restore(other, again, data)
        assert answer.status_code == 200, answer.text
        assert answer.json() == {
            "entries_added": 3,
            "entries_updated": 0,
            "documents_added": 2,
            "skipped": 0,
        }
        assert _records(other, again) == (entries, events)
        for content in files.values():
            stored = other.get(f"/api/documents/{sha(content)}/file", headers=again)
            assert stored.content == content
        profile = other.get("/api/me", headers=again).json()
        assert profile["iicrc_id"] == "IICRC-98765" and profile["fee_due_on"] == "2026-09-01"
        assert profile["certifications"][0]["code"] == "WRT"

        before = files_left(fresh)
        second = _restore(other, again, data).json()
        assert second == {
            "entries_added": 0,
            "entries_updated": 0,
            "documents_added": 0,
            "skipped": 5,
        }
        assert [e["version"] for e in other.get("/api/entries", headers=again).json()] == [1, 1, 1]
        assert files_left(fresh) == before


def test_restore_brings_back_deleted_entries_and_keeps_later_edits(client: TestClient, ana) -> None:
    _fill(client, ana)
    entries, _ = _records(client, ana)
    data = _backup(client, ana)
    client.delete(f"/api/entries/{entries[0]['id']}", headers=ana)
    client.patch(
        f"/api/entries/{entries[1]['id']}", json={"hours": 1, "notes": "later note"}, headers=ana
    )
    result = _restore(client, ana, data).json()
    assert result == {"entries_added": 0, "entries_updated": 1, "documents_added": 0, "skipped": 4}
    restored = {e["id"]: e for e in _records(client, ana)[0]}
    assert restored[entries[0]["id"]] == entries[0], "the deleted entry is back as it was"
    kept = restored[entries[1]["id"]]
    assert (kept["hours"], kept["notes"]) == (1, "later note"), "a later edit is never undone"
    assert _restore(client, ana, data).json()["entries_updated"] == 0


def test_an_entry_whose_event_was_deleted_since_points_at_nothing(client: TestClient, ana) -> None:
    event_id = "3f0c8a5e-8d1b-4c1e-9a57-2f0b6f1d9c11"
    client.put(f"/api/events/{event_id}", json={"name": "The Experience 2026"}, headers=ana)
    entry_id = add_entry(client, ana, event_id=event_id)
    data = _backup(client, ana)
    client.delete(f"/api/entries/{entry_id}", headers=ana)
    client.delete(f"/api/events/{event_id}", headers=ana)
    _restore(client, ana, data)
    assert client.get(f"/api/events/{event_id}", headers=ana).status_code == 404
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json()["event_id"] is None


def test_another_account_gets_its_own_copies(client: TestClient, ana, ben) -> None:
    _fill(client, ana)
    data = _backup(client, ana)
    first = _restore(client, ben, data).json()
    assert first["entries_added"] == 3 and first["documents_added"] == 2
    assert _restore(client, ben, data).json()["entries_added"] == 0
    mine = {e["id"] for e in client.get("/api/entries", headers=ana).json()}
    theirs = client.get("/api/entries", headers=ben).json()
    assert len(theirs) == 3 and not mine & {e["id"] for e in theirs}
    [event] = client.get("/api/events", headers=ben).json()
    assert {e["event_id"] for e in theirs} == {event["id"], None}


def test_bad_backups_are_refused_and_nothing_is_written(client: TestClient, ana, settings) -> None:
    _fill(client, ana)
    data = _backup(client, ana)
    entries = client.get("/api/entries", headers=ana).json()
    for entry in entries:
        client.delete(f"/api/entries/{entry['id']}", headers=ana)
    before = (files_left(settings), rows(settings, "entries"), rows(settings, "documents"))

    def tampered(extra_name: str, content: bytes = b"x") -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
            for info in src.infolist():
                dst.writestr(info, src.read(info))
            dst.writestr(extra_name, content, compress_type=zipfile.ZIP_DEFLATED)
        return out.getvalue()

    crowd = io.BytesIO()
    with zipfile.ZipFile(crowd, "w") as archive:
        for n in range(MAX_MEMBERS + 1):
            archive.writestr(f"certificates/c{n}.pdf", b"")
    cases = [
        (crowd.getvalue(), f"at most {MAX_MEMBERS}"),
        (tampered("../../evil.txt"), "unsafe path"),
        (tampered("/etc/cron.d/evil"), "unsafe path"),
        (tampered("notes.txt"), "not a ceclog backup"),
        (tampered("certificates/bomb.pdf", b"\0" * (20 * 1024 * 1024)), "zip bomb"),
        (b"%PDF-1.7 not a zip", "not a ZIP"),
    ]
    for content, reason in cases:
        answer = _restore(client, ana, content)
        assert answer.status_code == 422, answer.text
        assert reason in answer.json()["detail"]
    assert _restore(client, ana, b"").status_code in (400, 422)
    missing = client.post("/api/import/backup", files={"other": ("x", b"y")}, headers=ana)
    assert missing.status_code == 400 and "'file'" in missing.json()["detail"]
    after = (files_left(settings), rows(settings, "entries"), rows(settings, "documents"))
    assert after == before
    assert client.get("/api/entries", headers=ana).json() == []


def test_an_unacceptable_original_is_refused_before_anything_is_stored(
    client: TestClient, ana, settings
) -> None:
    fake = b"MZ this is a program, not a photo"
    digest = sha(fake)
    manifest = {
        "format": "ceclog-backup",
        "schema_version": 1,
        "created_at": "2026-05-01T00:00:00Z",
        "profile": {"full_name": "Ana"},
        "entries": [
            {
                "id": "3f0c8a5e-8d1b-4c1e-9a57-2f0b6f1d9c11",
                "kind": "course",
                "document_sha256": digest,
            }
        ],
        "documents": [
            {
                "sha256": digest,
                "media_type": "image/jpeg",
                "size": len(fake),
                "original": f"originals/{digest}.jpg",
            }
        ],
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("data.json", json.dumps(manifest))
        archive.writestr(f"originals/{digest}.jpg", fake)
    answer = _restore(client, ana, out.getvalue())
    assert answer.status_code == 422 and "not a certificate file" in answer.json()["detail"]
    assert rows(settings, "entries") == 0 and rows(settings, "documents") == 0


def test_restored_entries_keep_their_blanks_when_ocr_reads_the_photo(
    client: TestClient, ana, tmp_path: Path
) -> None:
    from tests.submissions.helpers import text_photo

    image = text_photo(
        [
            "Certificate of Completion",
            "Course: Water Damage Restoration",
            "Awarded to: Ana Maria Lopez",
            "Date of completion: April 2, 2026",
            "CEC hours: 7",
        ]
    )
    post_file(client, ana, image)
    # The technician left the title and name blank on purpose; OCR never ran here.
    entry_id = add_entry(
        client, ana, course_title=None, holder_name=None, document_sha256=sha(image)
    )
    data = _backup(client, ana)

    fresh = Settings(data_dir=tmp_path / "fresh", signup="open", ocr_workers=1)
    with TestClient(create_app(fresh)) as other:
        again = bearer_user(other, "ana@example.com")
        assert _restore(other, again, data).json()["entries_added"] == 1
        deadline = time.monotonic() + 90
        while (
            other.get(f"/api/documents/{sha(image)}", headers=again).json()["ocr"]["status"]
            != "done"
        ):
            assert time.monotonic() < deadline, "OCR did not finish"
            time.sleep(0.25)
        read = other.get(f"/api/documents/{sha(image)}", headers=again).json()["ocr"]["fields"]
        # OCR did read one of them; the restored blanks still stand.
        assert {"course_title", "holder_name"} & set(read)
        entry = other.get(f"/api/entries/{entry_id}", headers=again).json()
        assert entry["course_title"] is None and entry["holder_name"] is None
        assert entry["needs_review"] is False
        assert entry["version"] == 1
