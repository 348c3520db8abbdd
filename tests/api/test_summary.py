"""GET /api/summary: hours against the cycle, attention list and checklist."""

from __future__ import annotations

from datetime import date, timedelta

from litestar.testing import TestClient

from tests.conftest import new_id


def put(client: TestClient, headers: dict, **fields) -> str:
    entry_id = new_id()
    body = {
        "kind": "course",
        "course_title": "Applied Microbial Remediation",
        "provider": "Restoration Academy",
        "holder_name": "Ana Lopez",
        "hours": 7,
        "document_sha256": "b" * 64,
        "approval_verified": True,
        **fields,
    }
    answer = client.put(f"/api/entries/{entry_id}", json=body, headers=headers)
    assert answer.status_code == 201, answer.text
    return entry_id


def test_totals_follow_the_cycle_and_the_units(client: TestClient, ana) -> None:
    today = date.today()
    client.patch(
        "/api/me",
        json={
            "iicrc_id": "555123",
            "certifications": [
                {
                    "code": "WRT",
                    "kind": "technician",
                    "certified_on": (today - timedelta(days=400)).isoformat(),
                }
            ],
            "fee_due_on": (today + timedelta(days=30)).isoformat(),
        },
        headers=ana,
    )
    recent = (today - timedelta(days=20)).isoformat()
    put(
        client,
        ana,
        course_title="WRT refresher",
        completion_date=recent,
        hours=3,
        submission={
            "status": "confirmed",
            "method": "portal",
            "submitted_on": recent,
            "confirmed_on": recent,
        },
    )
    put(
        client,
        ana,
        course_title="Legacy mold course",
        completion_date=recent,
        hours=1,
        hours_unit="legacy_cec",
        submission={"status": "submitted", "method": "email", "submitted_on": recent},
    )
    put(
        client,
        ana,
        course_title="Before the cycle",
        completion_date=(today - timedelta(days=900)).isoformat(),
        hours=5,
    )
    deleted = put(client, ana, course_title="Deleted one", completion_date=recent, hours=4)
    client.delete(f"/api/entries/{deleted}", headers=ana)

    summary = client.get("/api/summary", headers=ana).json()
    cycle = summary["cycle"]
    assert cycle["required_hours"] == 14
    assert cycle["earned_hours"] == 10  # 3 + 1 legacy CEC (7 h); not the old or deleted ones
    assert cycle["submitted_hours"] == 10
    assert cycle["confirmed_hours"] == 3
    assert cycle["remaining_hours"] == 4
    assert cycle["starts_on"] == (today - timedelta(days=400)).isoformat()
    assert cycle["days_left"] == (date.fromisoformat(cycle["ends_on"]) - today).days
    assert summary["fee_due_on"] == (today + timedelta(days=30)).isoformat()
    assert [c["code"] for c in summary["certifications"]] == ["WRT"]


def test_master_cycle_is_stricter(client: TestClient, ana) -> None:
    today = date.today()
    certified = (today - timedelta(days=100)).isoformat()
    client.patch(
        "/api/me",
        json={
            "certifications": [
                {"code": "WRT", "kind": "technician", "certified_on": certified},
                {"code": "MWR", "kind": "master", "certified_on": certified},
            ]
        },
        headers=ana,
    )
    summary = client.get("/api/summary", headers=ana).json()
    assert summary["cycle"]["code"] == "MWR"
    ends = date.fromisoformat(summary["cycle"]["ends_on"])
    assert 365 * 2 - 100 - 3 <= (ends - today).days <= 365 * 2 - 100 + 1
    assert len(summary["certifications"]) == 2


def test_attention_and_checklist_speak_of_what_is_missing(client: TestClient, ana) -> None:
    today = date.today().isoformat()
    incomplete = put(client, ana, completion_date=today, document_sha256=None, provider=None)
    summary = client.get("/api/summary", headers=ana).json()
    problems = {a["problem"] for a in summary["attention"] if a["entry_id"] == incomplete}
    assert problems == {"missing:provider", "missing:document"}
    items = {i["item"]: i for i in summary["checklist"]}
    assert items["certificates_saved"]["done"] is False
    assert "1 of 1" in items["certificates_saved"]["detail"]
    assert items["backup_recent"]["done"] is False
    assert items["profile_complete"]["done"] is False
    client.patch("/api/me", json={"last_backup_on": today, "iicrc_id": "42"}, headers=ana)
    items = {i["item"]: i for i in client.get("/api/summary", headers=ana).json()["checklist"]}
    assert items["backup_recent"]["done"] is True
    assert items["profile_complete"]["done"] is True


def test_new_user_cycle_is_assumed_from_the_oldest_record(client: TestClient, ana) -> None:
    old = (date.today() - timedelta(days=300)).isoformat()
    entry_id = put(client, ana, completion_date=old)
    summary = client.get("/api/summary", headers=ana).json()
    assert summary["cycle"]["assumed"] is True
    assert summary["cycle"]["starts_on"] == old
    assert summary["cycle"]["earned_hours"] == 7
    assert (
        "outside_cycle"
        not in client.get(f"/api/entries/{entry_id}", headers=ana).json()["problems"]
    )


def test_cycle_filter_on_the_list(client: TestClient, ana) -> None:
    today = date.today()
    client.patch(
        "/api/me", json={"cycle_starts_on": (today - timedelta(days=30)).isoformat()}, headers=ana
    )
    inside = put(client, ana, completion_date=today.isoformat())
    outside = put(client, ana, completion_date=(today - timedelta(days=60)).isoformat())
    undated = put(client, ana, completion_date=None)
    current = {e["id"] for e in client.get("/api/entries?cycle=current", headers=ana).json()}
    assert current == {inside, undated}
    everything = {e["id"] for e in client.get("/api/entries", headers=ana).json()}
    assert everything == {inside, outside, undated}
    assert "outside_cycle" in client.get(f"/api/entries/{outside}", headers=ana).json()["problems"]


def test_headline_counts_documented_hours_only(client: TestClient, ana) -> None:
    """End of a show day: OCR still to review, a misread name, a booth, a typed-in course."""
    today = date.today().isoformat()
    read = put(client, ana, completion_date=today, hours=7, needs_review=True)
    put(client, ana, completion_date=today, hours=3, holder_name="Maria Gomez")  # misread name
    put(client, ana, completion_date=today, hours=1.5, document_sha256=None)  # no proof yet
    booth = {"kind": "booth", "course_title": "IICRC booth", "provider": "IICRC", "hours": 2}
    put(client, ana, completion_date=today, document_sha256=None, **booth)
    put(client, ana, completion_date=today, document_sha256=None, **booth)  # a double tap

    def cycle() -> dict:
        return client.get("/api/summary", headers=ana).json()["cycle"]

    before = cycle()
    assert before["earned_hours"] == 15.5
    assert before["documented_hours"] == 2  # the booth, once
    assert before["needs_review_hours"] == 7
    assert before["remaining_hours"] == 12

    # Checking the fields OCR read makes their hours count.
    answer = client.patch(f"/api/entries/{read}", json={"needs_review": False}, headers=ana)
    assert answer.status_code == 200
    after = cycle()
    assert (after["documented_hours"], after["needs_review_hours"]) == (9, 0)
    assert after["remaining_hours"] == 5


def test_booth_and_known_courses_are_not_flagged_for_photo_or_approval(
    client: TestClient, ana
) -> None:
    booth = put(client, ana, kind="booth", document_sha256=None, approval_verified=False, hours=2)
    numbered = put(client, ana, approval_verified=False, approval_number="IICRC-77")
    unknown = put(client, ana, approval_verified=False)

    def problems(entry_id: str) -> list[str]:
        return client.get(f"/api/entries/{entry_id}", headers=ana).json()["problems"]

    assert "missing:document" not in problems(booth)
    assert "approval_unverified" not in problems(booth)
    assert "approval_unverified" not in problems(numbered)
    assert "approval_unverified" in problems(unknown)
