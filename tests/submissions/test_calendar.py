"""The ICS feed: parses as iCalendar, carries the reminders, lives at a secret that can be revoked."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import icalendar
from litestar.testing import TestClient

from server.calendar.ics import calendar_ics, fold
from server.renewal.business_days import add_business_days
from server.renewal.reminders import Reminder
from tests.submissions.helpers import add_entry


def _feed_path(client: TestClient, headers) -> str:
    answer = client.post("/api/calendar/rotate", headers=headers)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["enabled"] is True and body["url"].endswith(body["path"])
    assert body["webcal_url"].startswith("webcal://")
    return body["path"]


def _events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_feed_has_the_reminder_dates(client: TestClient, ana) -> None:
    fee = date.today() + timedelta(days=40)
    start = date.today() - timedelta(days=365)
    client.patch(
        "/api/me",
        json={
            "fee_due_on": fee.isoformat(),
            "cycle_starts_on": start.isoformat(),
            "certifications": [{"code": "WRT", "kind": "technician"}],
            "last_backup_on": date.today().isoformat(),
            "profile_email_checked_on": date.today().isoformat(),
        },
        headers=ana,
    )
    entry_id = add_entry(client, ana, document_sha256="b" * 64)
    submitted_on = add_business_days(date.today(), -2)
    client.post(
        "/api/entries/submit",
        json={"entry_ids": [entry_id], "method": "email", "submitted_on": submitted_on.isoformat()},
        headers=ana,
    )
    path = _feed_path(client, ana)
    client.cookies.clear()
    answer = client.get(path)  # no login: the secret is the credential
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    events = _events(answer.content)
    cycle_end = events["WRT renewal cycle ends"]
    assert cycle_end["DTSTART"].dt == date(start.year + 4, start.month, start.day) - timedelta(
        days=1
    )
    assert "7 of 14 CEC hours still needed" in str(cycle_end["DESCRIPTION"])
    fee_event = events["Annual IICRC renewal fee due"]
    assert fee_event["DTSTART"].dt == fee and fee_event["RRULE"]["FREQ"] == ["YEARLY"]
    assert [a["TRIGGER"].dt for a in fee_event.walk("VALARM")] == [timedelta(days=-7)]
    check = events["Check your IICRC profile"]
    assert check["DTSTART"].dt == add_business_days(submitted_on, 6)
    assert events["Back up your records"]["DTSTART"].dt == date.today() + timedelta(days=30)
    assert "Check the email address on your IICRC profile" in events
    uids = [str(e["UID"]) for e in events.values()]
    assert len(set(uids)) == len(uids)


def test_rotate_and_revoke(client: TestClient, ana) -> None:
    assert client.get("/api/calendar", headers=ana).json() == {
        "enabled": False,
        "created_at": None,
        "path": None,
        "url": None,
        "webcal_url": None,
    }
    old = _feed_path(client, ana)
    new = _feed_path(client, ana)
    assert old != new
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    status = client.get("/api/calendar", headers=ana).json()
    assert status["enabled"] is True and status["path"] is None
    assert client.delete("/api/calendar", headers=ana).status_code == 204
    assert client.get(new).status_code == 404
    assert client.get("/api/calendar", headers=ana).json()["enabled"] is False


def test_wrong_secrets_are_404_and_rotating_needs_login(client: TestClient, ana) -> None:
    path = _feed_path(client, ana)
    secret = path.removeprefix("/api/calendar/").removesuffix(".ics")
    for wrong in (
        f"/api/calendar/{secret}",
        f"/api/calendar/{secret[:-1]}x.ics",
        "/api/calendar/short.ics",
        "/api/calendar/%2e%2e%2fetc.ics",
    ):
        assert client.get(wrong).status_code == 404, wrong
    client.cookies.clear()
    assert client.post("/api/calendar/rotate").status_code == 401
    assert client.get("/api/calendar").status_code == 401


def test_ics_text_is_escaped_and_folded() -> None:
    reminder = Reminder(
        kind="backup",
        due_on=date(2026, 5, 1),
        title="Back up; now, please",
        detail="Línea uno\nsegunda línea " + "é" * 80,
        urgent=True,
    )
    data = calendar_ics([reminder], owner="u1", now=datetime(2026, 1, 1, 12, 0))
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Back up; now, please"
    assert str(event["DESCRIPTION"]) == reminder.detail
    assert fold("x" * 200).replace("\r\n ", "") == "x" * 200
