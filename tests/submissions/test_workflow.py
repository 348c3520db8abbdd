"""Submit, confirm and reject many entries at once, all or none; the follow-up list."""

from __future__ import annotations

from datetime import date, timedelta

from litestar.testing import TestClient

from server.renewal.business_days import add_business_days, business_days_between
from tests.conftest import new_id
from tests.submissions.helpers import add_entry

TODAY = date.today()


def _submit(client, headers, ids, method="email", on=None):
    body = {"entry_ids": ids, "method": method}
    if on:
        body["submitted_on"] = on
    return client.post("/api/entries/submit", json=body, headers=headers)


def test_submit_many_then_confirm(client: TestClient, ana) -> None:
    first = add_entry(client, ana, document_sha256="b" * 64)
    second = add_entry(client, ana, course_title="ASD", document_sha256="b" * 64)
    answer = _submit(client, ana, [first, second], "portal", "2026-01-05")
    assert answer.status_code == 200, answer.text
    assert [e["id"] for e in answer.json()] == [first, second]
    for entry in answer.json():
        assert entry["submission"] == {
            "status": "submitted",
            "method": "portal",
            "submitted_on": "2026-01-05",
            "confirmed_on": None,
            "reason": None,
        }
        assert entry["version"] == 2
    confirmed = client.post(
        "/api/entries/confirm",
        json={"entry_ids": [second], "confirmed_on": "2026-01-09"},
        headers=ana,
    ).json()
    assert confirmed[0]["submission"]["status"] == "confirmed"
    assert confirmed[0]["submission"]["method"] == "portal"
    assert confirmed[0]["submission"]["confirmed_on"] == "2026-01-09"
    stored = client.get(f"/api/entries/{first}", headers=ana).json()
    assert stored["submission"]["status"] == "submitted"
    summary = client.get("/api/summary", headers=ana).json()["cycle"]
    assert summary["submitted_hours"] == 14.0 and summary["confirmed_hours"] == 7.0


def test_submitted_on_defaults_to_today(client: TestClient, ana) -> None:
    entry_id = add_entry(client, ana)
    entry = _submit(client, ana, [entry_id], "booth_roster").json()[0]
    assert date.fromisoformat(entry["submission"]["submitted_on"]) >= TODAY - timedelta(days=1)


def test_one_foreign_id_changes_nothing(client: TestClient, ana, ben) -> None:
    mine = add_entry(client, ana)
    theirs = add_entry(client, ben)
    answer = _submit(client, ana, [mine, theirs])
    assert answer.status_code == 404
    assert theirs in answer.json()["detail"]
    assert client.get(f"/api/entries/{mine}", headers=ana).json()["version"] == 1
    assert _submit(client, ana, [mine, new_id()]).status_code == 404
    assert client.get(f"/api/entries/{mine}", headers=ana).json()["submission"]["status"] == (
        "not_submitted"
    )
    gone = add_entry(client, ana)
    client.delete(f"/api/entries/{gone}", headers=ana)
    assert _submit(client, ana, [mine, gone]).status_code == 404


def test_bad_requests_are_clear(client: TestClient, ana) -> None:
    entry_id = add_entry(client, ana)
    future = (TODAY + timedelta(days=5)).isoformat()
    cases = [
        ({"entry_ids": [entry_id], "method": "fax"}, 422),
        ({"entry_ids": [], "method": "email"}, 422),
        ({"entry_ids": ["nope"], "method": "email"}, 422),
        ({"entry_ids": [entry_id], "method": "email", "submitted_on": future}, 422),
        ({"entry_ids": [entry_id], "method": "email", "extra": 1}, 422),
    ]
    for body, status in cases:
        answer = client.post("/api/entries/submit", json=body, headers=ana)
        assert answer.status_code == status, (body, answer.text)
        assert answer.json()["detail"]
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json()["version"] == 1


def test_confirm_before_submit_date_is_refused(client: TestClient, ana) -> None:
    entry_id = add_entry(client, ana)
    _submit(client, ana, [entry_id], "email", "2026-01-05")
    answer = client.post(
        "/api/entries/confirm",
        json={"entry_ids": [entry_id], "confirmed_on": "2026-01-01"},
        headers=ana,
    )
    assert answer.status_code == 422 and "before" in answer.json()["detail"]


def test_reject_needs_a_submitted_entry_and_a_reason(client: TestClient, ana) -> None:
    sent, unsent = add_entry(client, ana), add_entry(client, ana, course_title="OCT")
    _submit(client, ana, [sent], "email", "2026-01-05")
    both = client.post(
        "/api/entries/reject",
        json={"entry_ids": [sent, unsent], "reason": "Not approved"},
        headers=ana,
    )
    assert both.status_code == 409
    assert client.get(f"/api/entries/{sent}", headers=ana).json()["submission"]["status"] == (
        "submitted"
    )
    blank = client.post(
        "/api/entries/reject", json={"entry_ids": [sent], "reason": " "}, headers=ana
    )
    assert blank.status_code == 422
    rejected = client.post(
        "/api/entries/reject",
        json={"entry_ids": [sent], "reason": "Course not IICRC-approved"},
        headers=ana,
    ).json()[0]
    assert rejected["submission"]["status"] == "rejected"
    assert rejected["submission"]["reason"] == "Course not IICRC-approved"
    assert rejected["submission"]["submitted_on"] == "2026-01-05"
    again = _submit(client, ana, [sent], "portal").json()[0]
    assert again["submission"]["status"] == "submitted" and again["submission"]["reason"] is None


def test_follow_ups_list_overdue_and_provider_entries(client: TestClient, ana) -> None:
    client.patch("/api/me", json={"iicrc_id": "12345"}, headers=ana)
    overdue, recent, provider, confirmed = (
        add_entry(client, ana, course_title=title) for title in ("WRT", "ASD", "AMRT", "FSRT")
    )
    # Six weekdays ago counted as the follow-up counts them: on a weekend,
    # six weekdays before today is only five weekdays ago.
    long_ago = next(
        day
        for day in (TODAY - timedelta(days=k) for k in range(1, 15))
        if business_days_between(day, TODAY) == 6
    ).isoformat()
    _submit(client, ana, [overdue, confirmed], "email", long_ago)
    _submit(client, ana, [recent], "email", add_business_days(TODAY, -2).isoformat())
    _submit(client, ana, [provider], "provider", TODAY.isoformat())
    client.post("/api/entries/confirm", json={"entry_ids": [confirmed]}, headers=ana)

    answer = client.get("/api/submissions/follow-ups", headers=ana).json()
    assert answer["renewals_email"] == "renewals@iicrcnet.org"
    by_id = {item["entry"]["id"]: item for item in answer["items"]}
    assert set(by_id) == {overdue, recent, provider}
    assert by_id[overdue]["due"] is True and by_id[overdue]["business_days"] == 6
    assert "follow_up" in by_id[overdue]["entry"]["problems"]
    assert by_id[recent]["due"] is False
    assert "IICRC profile" in by_id[provider]["advice"]
    message = answer["message"]
    assert message["to"] == "renewals@iicrcnet.org"
    assert "Ana María López" in message["subject"] and "12345" in message["subject"]
    assert "WRT" in message["body"] and "ASD" not in message["body"]
    assert message["mailto"].startswith("mailto:renewals@iicrcnet.org?subject=")


def test_portal_values_are_ready_to_type(client: TestClient, ana) -> None:
    entry_id = add_entry(
        client,
        ana,
        course_title="Odor Control",
        completion_date="2026-03-04",
        hours=2,
        hours_unit="legacy_cec",
    )
    undated = add_entry(client, ana, completion_date=None)
    values = {v["entry_id"]: v for v in client.get("/api/submissions/portal", headers=ana).json()}
    assert values[entry_id] == {
        "entry_id": entry_id,
        "course_name": "Odor Control",
        "provider": "Restoration Academy",
        "date": "03/04/2026",
        "date_iso": "2026-03-04",
        "hours": "14",
        "missing": [],
    }
    assert values[undated]["missing"] == ["date"]
    _submit(client, ana, [entry_id], "portal")
    client.post("/api/entries/confirm", json={"entry_ids": [entry_id]}, headers=ana)
    remaining = [v["entry_id"] for v in client.get("/api/submissions/portal", headers=ana).json()]
    assert remaining == [undated]
