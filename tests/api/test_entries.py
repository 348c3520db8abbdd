"""Entries over HTTP: create-or-replace, patch, tombstones, isolation, problems."""

from __future__ import annotations

from datetime import date, timedelta

from litestar.testing import TestClient

from tests.conftest import new_id

SHA = "a" * 64


def course(**overrides) -> dict:
    body = {
        "kind": "course",
        "course_title": "Water Damage Restoration Technician",
        "provider": "Restoration Academy",
        "holder_name": "Ana M. Lopez",
        "completion_date": (date.today() - timedelta(days=10)).isoformat(),
        "hours": 7.0,
        "document_sha256": SHA,
        "approval_verified": True,
    }
    return {**body, **overrides}


def test_put_creates_then_replaces(client: TestClient, ana) -> None:
    entry_id = new_id()
    created = client.put(f"/api/entries/{entry_id}", json=course(), headers=ana)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["id"] == entry_id and body["version"] == 1 and body["problems"] == []
    assert body["submission"]["status"] == "not_submitted"
    replaced = client.put(f"/api/entries/{entry_id}", json=course(hours=14), headers=ana)
    assert replaced.status_code == 200
    assert replaced.json()["hours"] == 14 and replaced.json()["version"] == 2


def test_identical_put_changes_nothing(client: TestClient, ana) -> None:
    entry_id = new_id()
    first = client.put(f"/api/entries/{entry_id}", json=course(), headers=ana).json()
    again = client.put(f"/api/entries/{entry_id}", json=course(), headers=ana)
    assert again.status_code == 200
    assert again.json()["version"] == first["version"] == 1
    assert again.json()["updated_at"] == first["updated_at"]


def test_list_is_newest_completion_first_and_get_one(client: TestClient, ana) -> None:
    older, newer, undated = new_id(), new_id(), new_id()
    client.put(f"/api/entries/{older}", json=course(completion_date="2025-01-02"), headers=ana)
    client.put(f"/api/entries/{newer}", json=course(completion_date="2026-03-04"), headers=ana)
    client.put(f"/api/entries/{undated}", json={"kind": "course"}, headers=ana)
    listed = client.get("/api/entries", headers=ana).json()
    assert [e["id"] for e in listed] == [undated, newer, older]
    one = client.get(f"/api/entries/{newer}", headers=ana).json()
    assert one["completion_date"] == "2026-03-04"


def test_patch_changes_only_the_given_fields(client: TestClient, ana) -> None:
    entry_id = new_id()
    client.put(f"/api/entries/{entry_id}", json=course(), headers=ana)
    patched = client.patch(f"/api/entries/{entry_id}", json={"provider": "IICRC"}, headers=ana)
    assert patched.status_code == 200
    assert patched.json()["provider"] == "IICRC"
    assert patched.json()["course_title"] == "Water Damage Restoration Technician"
    assert patched.json()["version"] == 2


def test_delete_leaves_a_tombstone_and_restore_brings_it_back(client: TestClient, ana) -> None:
    entry_id = new_id()
    client.put(f"/api/entries/{entry_id}", json=course(), headers=ana)
    assert client.delete(f"/api/entries/{entry_id}", headers=ana).status_code == 204
    assert client.get(f"/api/entries/{entry_id}", headers=ana).status_code == 404
    assert client.get("/api/entries", headers=ana).json() == []
    assert (
        client.patch(f"/api/entries/{entry_id}", json={"notes": "x"}, headers=ana).status_code
        == 404
    )
    assert client.put(f"/api/entries/{entry_id}", json=course(), headers=ana).status_code == 404
    assert client.delete(f"/api/entries/{entry_id}", headers=ana).status_code == 204
    restored = client.post(f"/api/entries/{entry_id}/restore", headers=ana)
    assert restored.status_code == 200 and restored.json()["deleted"] is False
    assert restored.json()["course_title"] == "Water Damage Restoration Technician"


def test_another_users_entry_is_404_on_every_method(client: TestClient, ana, ben) -> None:
    entry_id = new_id()
    client.put(f"/api/entries/{entry_id}", json=course(), headers=ana)
    assert client.get(f"/api/entries/{entry_id}", headers=ben).status_code == 404
    assert (
        client.put(f"/api/entries/{entry_id}", json=course(hours=1), headers=ben).status_code == 404
    )
    assert (
        client.patch(f"/api/entries/{entry_id}", json={"hours": 1}, headers=ben).status_code == 404
    )
    assert client.delete(f"/api/entries/{entry_id}", headers=ben).status_code == 404
    assert client.post(f"/api/entries/{entry_id}/restore", headers=ben).status_code == 404
    assert client.get("/api/entries", headers=ben).json() == []
    mine = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    assert mine["hours"] == 7.0 and mine["version"] == 1


def test_problems_name_what_is_missing_or_wrong(client: TestClient, ana) -> None:
    entry_id = new_id()
    future = (date.today() + timedelta(days=3)).isoformat()
    body = {"kind": "course", "holder_name": "Maria Gonzalez", "completion_date": future}
    problems = client.put(f"/api/entries/{entry_id}", json=body, headers=ana).json()["problems"]
    assert problems == [
        "missing:course_title",
        "missing:provider",
        "missing:hours",
        "missing:document",
        "name_mismatch",
        "date_in_future",
        "approval_unverified",
    ]


def test_duplicates_are_flagged_on_both(client: TestClient, ana) -> None:
    first, second = new_id(), new_id()
    client.put(f"/api/entries/{first}", json=course(), headers=ana)
    client.put(
        f"/api/entries/{second}",
        json=course(course_title="water damage restoration technician"),
        headers=ana,
    )
    for entry_id in (first, second):
        assert "duplicate" in client.get(f"/api/entries/{entry_id}", headers=ana).json()["problems"]


def test_events_crud_and_isolation(client: TestClient, ana, ben) -> None:
    event_id = new_id()
    body = {
        "name": "The Experience 2026",
        "location": "Las Vegas",
        "starts_on": "2026-03-10",
        "ends_on": "2026-03-12",
    }
    assert client.put(f"/api/events/{event_id}", json=body, headers=ana).status_code == 201
    assert client.put(f"/api/events/{event_id}", json=body, headers=ana).json()["version"] == 1
    assert [e["name"] for e in client.get("/api/events", headers=ana).json()] == [
        "The Experience 2026"
    ]
    assert client.get(f"/api/events/{event_id}", headers=ben).status_code == 404
    assert client.put(f"/api/events/{event_id}", json=body, headers=ben).status_code == 404
    far = {**body, "ends_on": "9999-03-01"}
    assert client.put(f"/api/events/{new_id()}", json=far, headers=ana).status_code == 422
    backwards = {**body, "ends_on": "2026-03-01"}
    assert client.put(f"/api/events/{new_id()}", json=backwards, headers=ana).status_code == 422
    assert client.delete(f"/api/events/{event_id}", headers=ana).status_code == 204
    assert client.get("/api/events", headers=ana).json() == []
