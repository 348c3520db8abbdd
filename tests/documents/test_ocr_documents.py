"""Real tesseract behind the API: uploaded certificates fill entries, workers resume after a stop."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from litestar.testing import TestClient
from PIL import Image

from server.app import create_app
from server.settings import Settings
from tests.conftest import bearer_user, new_id
from tests.documents.helpers import sha, upload_chunked
from tests.services.sql import query

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from make_samples import make_sample  # noqa: E402

TYPED_NAME = "Ana María López"


@pytest.fixture(scope="module")
def certificate() -> tuple[bytes, dict]:
    """A phone photo of a course certificate, with what it says."""
    return make_sample(7, "classic", "photo", megapixels=3)


@pytest.fixture(scope="module")
def slip() -> tuple[bytes, dict]:
    return make_sample(7, "booth", "photo", megapixels=3)


def wait_for(check: Callable[[], object], seconds: float = 60) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.1)
    raise AssertionError(f"still waiting after {seconds} s")


def ocr_done(client: TestClient, headers: dict, digest: str) -> Callable[[], dict | None]:
    def check() -> dict | None:
        document = client.get(f"/api/documents/{digest}", headers=headers).json()
        return document if document["ocr"]["status"] in ("done", "failed") else None

    return check


def test_ocr_fills_the_empty_fields_of_an_entry(tmp_path, certificate) -> None:
    data, truth = certificate
    digest = sha(data)
    settings = Settings(data_dir=tmp_path / "data", signup="open", ocr_workers=1)
    with TestClient(create_app(settings)) as client:
        ana = bearer_user(client, "ana@example.com", TYPED_NAME)
        # Snapped offline: the entry syncs before its photo, with a name the user typed.
        entry_id = new_id()
        typed = {
            "kind": "course",
            "holder_name": TYPED_NAME,
            "document_sha256": digest,
            "notes": "Booth 12",
        }
        assert client.put(f"/api/entries/{entry_id}", json=typed, headers=ana).status_code == 201
        assert upload_chunked(client, ana, data, 256 * 1024).status_code == 201

        document = wait_for(ocr_done(client, ana, digest))
        assert document["ocr"]["status"] == "done", document["ocr"]["error"]
        read = {name: field["value"] for name, field in document["ocr"]["fields"].items()}
        assert read["hours"] == truth["fields"]["hours"]
        assert read["completion_date"] == truth["fields"]["completion_date"]
        assert "Water Losses" in document["ocr"]["text"]

        entry = wait_for(
            lambda: (
                (e := client.get(f"/api/entries/{entry_id}", headers=ana).json())["version"] > 1
                and e
            )
        )
        assert entry["version"] == 2 and entry["needs_review"] is True
        assert entry["holder_name"] == TYPED_NAME and entry["notes"] == "Booth 12"
        assert entry["course_title"] == read.get("course_title")
        assert entry["hours"] == truth["fields"]["hours"]
        assert entry["completion_date"] == truth["fields"]["completion_date"]
        assert entry["provider"] == read.get("provider")

        # An entry arriving after OCR finished is filled in the same request.
        later_id = new_id()
        later = client.put(
            f"/api/entries/{later_id}",
            json={"course_title": "My own title", "document_sha256": digest},
            headers=ana,
        ).json()
        assert later["course_title"] == "My own title"
        assert later["hours"] == truth["fields"]["hours"] and later["needs_review"] is True
        # A field cleared after the fill stays cleared.
        cleared = client.patch(f"/api/entries/{later_id}", json={"provider": None}, headers=ana)
        assert cleared.json()["provider"] is None

        thumbnail = client.get(f"/api/documents/{digest}/thumbnail", headers=ana)
        assert thumbnail.headers["content-type"] == "image/jpeg"
        assert max(Image.open(io.BytesIO(thumbnail.content)).size) <= 480
        searchable = client.get(f"/api/documents/{digest}/pdf", headers=ana)
        assert searchable.headers["content-type"] == "application/pdf"
        assert searchable.content.startswith(b"%PDF")
        cached = sorted(p.name for p in (settings.data_dir / "derived").rglob("*") if p.is_file())
        assert cached == [f"{digest}.page.jpg", f"{digest}.pdf", f"{digest}.thumb.jpg"]

        # What the review screen draws: each line's box on /page, and the line
        # each field was read from.
        ocr = document["ocr"]
        page = client.get(f"/api/documents/{digest}/page", headers=ana)
        assert page.headers["content-type"] == "image/jpeg"
        image = Image.open(io.BytesIO(page.content))
        assert image.size == (ocr["page"]["width"], ocr["page"]["height"])
        assert image.width > image.height  # the landscape certificate, upright
        for line in ocr["lines"]:
            x0, y0, x1, y1 = line["box"]
            assert 0 <= x0 < x1 <= image.width and 0 <= y0 < y1 <= image.height
        done_on = ocr["fields"]["completion_date"]
        day = str(int(truth["fields"]["completion_date"][-2:]))
        assert day in ocr["lines"][done_on["line"]]["text"]  # the line the date was read from
        hours_line = ocr["lines"][ocr["fields"]["hours"]["line"]]["text"]
        assert f"{truth['fields']['hours']:g}" in hours_line
        # What the reader found but is not sure enough of is offered, never filled:
        # here the title and provider, each with the line it is on.
        for name in ("course_title", "provider"):
            found = ocr["fields"].get(name) or ocr["suggestions"][name]
            assert found["value"] == truth["fields"][name]
            assert truth["fields"][name].split()[0] in ocr["lines"][found["line"]]["text"]
        assert not set(ocr["suggestions"]) & set(ocr["fields"])
        assert all(entry[name] in (None, TYPED_NAME) for name in ocr["suggestions"])
        again = client.get(
            f"/api/documents/{digest}/page", headers={**ana, "If-None-Match": page.headers["etag"]}
        )
        assert again.status_code == 304

        # Another user with the same photo: their entry does not see Ana's reading
        # until they upload the bytes themselves, then takes it without a second OCR.
        ben = bearer_user(client, "ben@example.com", "Ben Okafor")
        bens_id = new_id()
        client.put(f"/api/entries/{bens_id}", json={"document_sha256": digest}, headers=ben)
        assert client.get(f"/api/entries/{bens_id}", headers=ben).json()["hours"] is None
        assert upload_chunked(client, ben, data, 1024 * 1024).status_code == 201
        bens = client.get(f"/api/entries/{bens_id}", headers=ben).json()
        assert bens["hours"] == truth["fields"]["hours"] and bens["version"] == 2
        assert bens["holder_name"] != "Ben Okafor"  # his name is not on the page

        # The holder's own account: their profile name is printed on the page, so
        # their entry takes it, spelled as their profile spells it.
        holder = truth["fields"]["holder_name"]
        profile_name = f"{holder.split()[-1].upper()}, {holder.split()[0]}"
        own = bearer_user(client, "holder@example.com", profile_name)
        own_id = new_id()
        client.put(f"/api/entries/{own_id}", json={"document_sha256": digest}, headers=own)
        assert upload_chunked(client, own, data, 1024 * 1024).status_code == 201
        owns = client.get(f"/api/entries/{own_id}", headers=own).json()
        assert owns["holder_name"] == profile_name and owns["needs_review"] is True


def test_a_restart_resumes_queued_and_abandoned_jobs(tmp_path, certificate, slip) -> None:
    settings = Settings(data_dir=tmp_path / "data", signup="open", ocr_workers=0)
    files = {"certificate": certificate[0], "slip": slip[0]}
    entries = {}
    with TestClient(create_app(settings)) as client:
        ana = bearer_user(client, "ana@example.com", TYPED_NAME)
        for name, data in files.items():
            assert upload_chunked(client, ana, data, 1024 * 1024).status_code == 201
            entries[name] = new_id()
            body = {"document_sha256": sha(data)}
            client.put(f"/api/entries/{entries[name]}", json=body, headers=ana)
        token = ana
    # As if the server had been killed while reading the slip: its lease ran out.
    query(
        settings,
        "UPDATE ocr_jobs SET status = 'running', attempts = 1, lease_owner = 'gone:1:0',"
        " lease_until = '2000-01-01T00:00:00.000000Z' WHERE sha256 = ?",
        (sha(files["slip"]),),
    )

    # A web process without workers leaves both alone.
    with TestClient(create_app(settings)) as client:
        time.sleep(1.5)
        statuses = [
            client.get(f"/api/documents/{sha(data)}", headers=token).json()["ocr"]["status"]
            for data in files.values()
        ]
        assert statuses == ["queued", "running"]

    with TestClient(create_app(Settings(**{**_fields(settings), "ocr_workers": 2}))) as client:
        for name, data in files.items():
            document = wait_for(ocr_done(client, token, sha(data)))
            assert document["ocr"]["status"] == "done", document["ocr"]["error"]
            entry = client.get(f"/api/entries/{entries[name]}", headers=token).json()
            assert entry["needs_review"] is True and entry["version"] == 2
            assert entry["hours"] == (14.0 if name == "certificate" else 2.0)


def _fields(settings: Settings) -> dict:
    return {name: getattr(settings, name) for name in settings.__struct_fields__}


def test_ceclog_extract_prints_one_line_per_file(tmp_path) -> None:
    pdf, truth = make_sample(3, "classic", "text_pdf")
    (tmp_path / "certificate.pdf").write_bytes(pdf)
    (tmp_path / "notes.txt").write_text("not a certificate")
    ceclog = Path(sys.executable).parent / "ceclog"
    done = subprocess.run(
        [ceclog, "extract", "certificate.pdf", "notes.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["file"] for line in lines] == ["certificate.pdf", "notes.txt"]
    assert lines[0]["fields"]["hours"]["value"] == truth["fields"]["hours"]
    assert "error" in lines[1] and done.returncode == 1
