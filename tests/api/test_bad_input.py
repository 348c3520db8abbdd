"""Bad input gets a 4xx that says what is wrong, and nothing is stored."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from tests.conftest import new_id


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        ({"kind": "course", "hours": -2}, 422, "hours"),
        ({"kind": "course", "hours": "seven"}, 422, "hours"),
        ({"kind": "course", "completion_date": "2026-02-30"}, 422, "completion_date"),
        ({"kind": "course", "completion_date": "04/03/2026"}, 422, "completion_date"),
        ({"kind": "course", "completion_date": "9999-12-31"}, 422, "completion_date"),
        (
            {"kind": "course", "submission": {"status": "submitted", "submitted_on": "9999-12-31"}},
            422,
            "submitted_on",
        ),
        ({"kind": "session", "attended_from": "0001-01-01T10:00:00Z"}, 422, "attended_from"),
        ({"kind": "webinar"}, 422, "kind"),
        ({"kind": "course", "course_title": "x" * 5_000_000}, 413, "large"),
        ({"kind": "course", "course_title": "x" * 301}, 422, "course_title"),
        ({"kind": "course", "notes": "n" * 10_001}, 422, "notes"),
        ({"kind": "course", "hours_unit": "days"}, 422, "hours_unit"),
        ({"kind": "course", "document_sha256": "not-a-hash"}, 422, "document_sha256"),
        ({"kind": "course", "submission": {"status": "lost"}}, 422, "status"),
        (
            {
                "kind": "session",
                "attended_from": "2026-03-10T10:00:00Z",
                "attended_until": "2026-03-10T09:00:00Z",
            },
            422,
            "attended_until",
        ),
        ({"kind": "course", "id": "3f0c8a5e-8d1b-4c1e-9a57-2f0b6f1d9c11"}, 422, "id"),
    ],
)
def test_bad_entry_bodies(client: TestClient, ana, body: dict, status: int, says: str) -> None:
    entry_id = new_id()
    answer = client.put(f"/api/entries/{entry_id}", json=body, headers=ana)
    assert answer.status_code == status, answer.text
    error = answer.json()
    assert error["status_code"] == status
    assert says in error["detail"].lower() or says in str(error["extra"]).lower()
    assert client.get(f"/api/entries/{entry_id}", headers=ana).status_code == 404


def test_malformed_json_is_400(client: TestClient, ana) -> None:
    headers = {**ana, "Content-Type": "application/json"}
    answer = client.put(f"/api/entries/{new_id()}", content=b'{"kind": "course",', headers=headers)
    assert answer.status_code == 400
    assert "JSON" in answer.json()["detail"]


def test_entry_id_must_be_a_uuid(client: TestClient, ana) -> None:
    answer = client.put("/api/entries/not-a-uuid", json={"kind": "course"}, headers=ana)
    assert answer.status_code == 422
    assert "UUID" in answer.json()["detail"]


def test_unknown_patch_field_is_refused(client: TestClient, ana) -> None:
    entry_id = new_id()
    client.put(f"/api/entries/{entry_id}", json={"kind": "course"}, headers=ana)
    answer = client.patch(f"/api/entries/{entry_id}", json={"version": 99}, headers=ana)
    assert answer.status_code == 422
    assert "version" in answer.text
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json()["version"] == 1


def test_openapi_describes_the_api(client: TestClient) -> None:
    schema = client.get("/schema/openapi.json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    for path in [
        "/api/entries/{entry_id}",
        "/api/summary",
        "/api/auth/login",
        "/api/me",
        "/api/events",
    ]:
        assert path in paths, path
    assert "Entry" in schema.json()["components"]["schemas"]


@pytest.mark.parametrize(
    "body",
    [
        {"cycle_starts_on": "9999-12-31"},
        {"fee_due_on": "9999-12-31"},
        {"certifications": [{"code": "WRT", "kind": "technician", "certified_on": "9999-12-31"}]},
    ],
)
def test_far_future_profile_dates_are_refused_and_reads_keep_working(
    client: TestClient, ana, body
) -> None:
    answer = client.patch("/api/me", json=body, headers=ana)
    assert answer.status_code == 422, answer.text
    assert "between 1900-01-01 and 2200-12-31" in answer.json()["detail"]
    for path in ["/api/summary", "/api/entries", "/api/export/log.csv"]:
        assert client.get(path, headers=ana).status_code == 200, path


def test_a_far_future_date_through_sync_is_a_rejected_mutation(client: TestClient, ana) -> None:
    client_id = new_id()
    push = {
        "client_id": client_id,
        "schema_version": 1,
        "mutations": [
            {
                "id": 1,
                "name": "entry.put",
                "args": {"id": new_id(), "kind": "course", "completion_date": "9999-12-31"},
                "ts": 1,
            },
            {
                "id": 2,
                "name": "profile.patch",
                "args": {"set": {"fee_due_on": "9999-12-31"}},
                "ts": 2,
            },
        ],
    }
    answer = client.post("/api/sync/push", json=push, headers=ana)
    assert answer.status_code == 200, answer.text
    assert answer.json()["last_mutation_id"] == 2
    assert [r["id"] for r in answer.json()["rejected"]] == [1, 2]
    pulled = client.post(
        "/api/sync/pull", json={"client_id": client_id, "cursor": None}, headers=ana
    )
    assert pulled.status_code == 200 and pulled.json()["entries"] == []
    assert client.get("/api/summary", headers=ana).status_code == 200


def test_a_multipart_upload_without_a_boundary_says_so(client: TestClient, ana) -> None:
    headers = {**ana, "Content-Type": "multipart/form-data"}
    answer = client.post("/api/documents", content=b"--x\r\n", headers=headers)
    assert answer.status_code == 400
    assert "multipart" in answer.json()["detail"] and "JSON" not in answer.json()["detail"]
