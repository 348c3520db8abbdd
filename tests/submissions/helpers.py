"""Entries for the submission and export tests."""

from __future__ import annotations

from datetime import date, timedelta

from litestar.testing import TestClient

from tests.conftest import new_id


def entry_body(**overrides) -> dict:
    body = {
        "kind": "course",
        "course_title": "Water Damage Restoration Technician",
        "provider": "Restoration Academy",
        "holder_name": "Ana M. Lopez",
        "completion_date": (date.today() - timedelta(days=10)).isoformat(),
        "hours": 7.0,
        "approval_verified": True,
    }
    return {**body, **overrides}


def add_entry(client: TestClient, headers: dict[str, str], **overrides) -> str:
    entry_id = new_id()
    answer = client.put(f"/api/entries/{entry_id}", json=entry_body(**overrides), headers=headers)
    assert answer.status_code == 201, answer.text
    return entry_id
