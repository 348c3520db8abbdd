"""Reminders: cycle end, fee, follow-ups, backup and the profile email, as pure rules and in /api/summary."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from litestar.testing import TestClient

from server.accounts.models import RenewalRules
from server.entries.models import Entry, Submission
from server.renewal.cycle import Cycle
from server.renewal.reminders import (
    backup_reminder,
    cycle_end_reminder,
    fee_reminder,
    follow_up_reminders,
    next_fee_date,
    profile_email_reminder,
    reminders,
)
from tests.submissions.helpers import add_entry

D = date.fromisoformat
RULES = RenewalRules()
CYCLE = Cycle(
    code="WRT",
    kind="technician",
    starts_on=D("2024-03-01"),
    ends_on=D("2028-02-29"),
    required_hours=14,
    years=4,
)


def _entry(hours=7.0, status="not_submitted", submitted_on=None, on="2025-05-05", entry_id="e1"):
    return Entry(
        id=entry_id,
        kind="course",
        completion_date=D(on),
        hours=hours,
        submission=Submission(
            status=status, submitted_on=D(submitted_on) if submitted_on else None
        ),
    )


@pytest.mark.parametrize(
    ("today", "entries", "urgent", "detail"),
    [
        ("2025-06-01", [_entry()], False, "7 of 14 CEC hours still needed; 1003 days left."),
        ("2027-12-01", [_entry()], True, "7 of 14 CEC hours still needed; 90 days left."),
        ("2027-11-30", [_entry()], False, "7 of 14 CEC hours still needed; 91 days left."),
        ("2028-02-29", [_entry()], True, "7 of 14 CEC hours still needed; ends today."),
        ("2028-03-02", [_entry()], True, "7 of 14 CEC hours still needed; ended 2 days ago."),
        (
            "2028-01-01",
            [_entry(14, "submitted", "2025-06-01")],
            True,
            "All 14 hours documented; 59 days left.",
        ),
        (
            "2028-01-01",
            [_entry(14)],
            True,
            "All 14 hours documented; 14 not submitted yet; 59 days left.",
        ),
        (
            "2028-01-01",
            [_entry(14, "confirmed", "2025-06-01")],
            False,
            "All 14 hours documented; 59 days left.",
        ),
    ],
)
def test_cycle_end(today, entries, urgent, detail):
    reminder = cycle_end_reminder(CYCLE, entries, RULES, D(today), {})
    assert reminder.due_on == D("2028-02-29") and reminder.title == "WRT renewal cycle ends"
    assert (reminder.urgent, reminder.detail) == (urgent, detail)


@pytest.mark.parametrize(
    ("review", "problems", "detail"),
    [
        (True, [], "14 of 14 CEC hours still needed; 59 days left."),
        (False, ["name_mismatch"], "14 of 14 CEC hours still needed; 59 days left."),
        (
            False,
            ["approval_unverified"],
            "All 14 hours documented; 14 not submitted yet; 59 days left.",
        ),
    ],
)
def test_cycle_end_counts_proven_hours_only(review, problems, detail):
    entry = Entry(
        id="e1", kind="course", completion_date=D("2025-05-05"), hours=14.0, needs_review=review
    )
    reminder = cycle_end_reminder(CYCLE, [entry], RULES, D("2028-01-01"), {"e1": problems})
    assert reminder.detail == detail


@pytest.mark.parametrize(
    ("stored", "today", "due", "urgent"),
    [
        ("2026-05-01", "2026-01-01", "2026-05-01", False),
        ("2026-05-01", "2026-04-01", "2026-05-01", True),
        ("2026-05-01", "2026-05-01", "2026-05-01", True),
        ("2026-05-01", "2026-05-02", "2027-05-01", False),
        ("2020-02-29", "2026-03-01", "2027-02-28", False),
        ("2020-02-29", "2028-02-01", "2028-02-29", True),
    ],
)
def test_fee_rolls_to_next_anniversary(stored, today, due, urgent):
    assert next_fee_date(D(stored), D(today)) == D(due)
    assert fee_reminder(D(stored), D(today)).urgent is urgent


def test_follow_ups_group_by_due_day():
    # 2024-06-03 is a Monday; more than 5 business days later is Tuesday the 11th.
    entries = [
        _entry(status="submitted", submitted_on="2024-06-03", entry_id="a"),
        _entry(status="submitted", submitted_on="2024-06-03", entry_id="b"),
        _entry(status="submitted", submitted_on="2024-06-10", entry_id="c"),
        _entry(status="confirmed", submitted_on="2024-06-03", entry_id="d"),
        _entry(status="not_submitted", entry_id="e"),
    ]
    found = follow_up_reminders(entries, RULES, D("2024-06-10"))
    assert [(r.due_on, r.entry_ids, r.urgent) for r in found] == [
        (D("2024-06-11"), ["a", "b"], False),
        (D("2024-06-18"), ["c"], False),
    ]
    later = follow_up_reminders(entries, RULES, D("2024-06-14"))
    assert [(r.due_on, r.urgent, r.title) for r in later][0] == (
        D("2024-06-11"),
        True,
        "Follow up with the IICRC",
    )


@pytest.mark.parametrize(
    ("last", "today", "due", "urgent"),
    [
        (None, "2026-01-10", "2026-01-10", True),
        ("2026-01-01", "2026-01-10", "2026-01-31", False),
        ("2026-01-01", "2026-01-31", "2026-01-31", False),
        ("2026-01-01", "2026-02-01", "2026-01-31", True),
    ],
)
def test_backup(last, today, due, urgent):
    reminder = backup_reminder(D(last) if last else None, D(today))
    assert (reminder.due_on, reminder.urgent) == (D(due), urgent)


@pytest.mark.parametrize(
    ("checked", "today", "due", "urgent"),
    [
        (None, "2026-01-10", "2026-01-10", True),
        ("2025-01-10", "2026-01-10", "2026-01-10", False),
        ("2025-01-09", "2026-01-10", "2026-01-09", True),
    ],
)
def test_profile_email(checked, today, due, urgent):
    reminder = profile_email_reminder(D(checked) if checked else None, D(today))
    assert (reminder.due_on, reminder.urgent) == (D(due), urgent)


def test_urgent_ones_come_first():
    found = reminders(
        cycles=[CYCLE],
        entries=[],
        problems={},
        rules=RULES,
        fee_due_on=D("2026-12-01"),
        last_backup_on=D("2026-01-01"),
        profile_email_checked_on=None,
        today=D("2026-01-10"),
    )
    assert [r.kind for r in found] == ["profile_email", "backup", "fee_due", "cycle_end"]


def test_summary_carries_reminders(client: TestClient, ana) -> None:
    fee = date.today() + timedelta(days=10)
    client.patch(
        "/api/me",
        json={"fee_due_on": fee.isoformat(), "profile_email_checked_on": date.today().isoformat()},
        headers=ana,
    )
    add_entry(client, ana)
    reminders_ = client.get("/api/summary", headers=ana).json()["reminders"]
    by_kind = {r["kind"]: r for r in reminders_}
    assert set(by_kind) == {"cycle_end", "fee_due", "backup", "profile_email"}
    assert by_kind["fee_due"]["due_on"] == fee.isoformat() and by_kind["fee_due"]["urgent"]
    assert by_kind["backup"]["urgent"] is True
    assert by_kind["profile_email"]["urgent"] is False
    assert [r["urgent"] for r in reminders_] == sorted(
        (r["urgent"] for r in reminders_), reverse=True
    )
