"""An entry that arrives by push pointing at a certificate already read is filled, as by REST."""

from __future__ import annotations

import json

from litestar.testing import TestClient

from server.settings import Settings
from tests.conftest import new_id
from tests.documents.helpers import png, post_file, sha
from tests.services.sql import query
from tests.sync.helpers import mutation, now_ms, pull, push

READ = {
    "course_title": {"value": "Applied Microbial Remediation", "confidence": 0.93},
    "provider": {"value": "Restoration Academy", "confidence": 0.9},
    "hours": {"value": 7.0, "confidence": 0.88},
}


def ocr_finished(settings: Settings, digest: str) -> None:
    """The OCR worker's result, as it records it (the reading itself is tested with tesseract)."""
    query(
        settings,
        "UPDATE ocr_jobs SET status = 'done', kind = 'course', fields = ? WHERE sha256 = ?",
        (json.dumps(READ), digest),
    )


def test_a_pushed_entry_takes_empty_fields_and_keeps_typed_ones(
    client: TestClient, ana, settings: Settings
) -> None:
    image = png()
    assert post_file(client, ana, image, "slip.png").status_code == 201
    ocr_finished(settings, sha(image))
    device, entry_id = new_id(), new_id()
    typed = {"id": entry_id, "kind": "course", "provider": "IICRC", "document_sha256": sha(image)}
    assert push(client, ana, device, mutation(1, "entry.put", typed)).status_code == 200
    [row] = pull(client, ana, device)["entries"]
    assert (row["course_title"], row["hours"], row["provider"]) == (
        "Applied Microbial Remediation",
        7.0,
        "IICRC",  # what the technician typed stays
    )
    assert row["needs_review"] is True and row["version"] == 2
    # The phone, not having pulled yet, clears nothing it never saw filled.
    stale = mutation(2, "entry.patch", {"id": entry_id, "set": {"course_title": None}}, now_ms())
    push(client, ana, device, stale)
    stored = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    assert stored["course_title"] == "Applied Microbial Remediation"
    # Having seen it, clearing it is a choice, and it stays cleared.
    seen = {"id": entry_id, "set": {"course_title": None}, "base_version": 2}
    push(client, ana, device, mutation(3, "entry.patch", seen))
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json()["course_title"] is None
