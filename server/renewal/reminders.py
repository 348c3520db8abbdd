"""Dates a technician must not miss, for the home screen and the calendar feed.

Cycle end, the annual fee, follow-ups with the renewals team, the backup and
the yearly check of the profile's email address. Each reminder has the day it
falls due; `urgent` says it wants doing now (or soon), the rest are ahead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Literal

import msgspec

from server.accounts.models import RenewalRules
from server.entries.models import Entry
from server.renewal.business_days import add_business_days
from server.renewal.checklist import BACKUP_MAX_AGE_DAYS, EMAIL_CHECK_MONTHS
from server.renewal.cycle import Cycle, add_months
from server.renewal.hours import cycle_totals

ReminderKind = Literal["cycle_end", "fee_due", "follow_up", "backup", "profile_email"]

# How far ahead a deadline starts to press.
CYCLE_END_WARNING_DAYS = 90
FEE_WARNING_DAYS = 30


class Reminder(msgspec.Struct, kw_only=True):
    kind: ReminderKind
    due_on: date
    title: str
    detail: str
    urgent: bool
    code: str | None = None  # the certification a cycle end belongs to
    entry_ids: list[str] = []


def _hours(value: float) -> str:
    return f"{round(value, 2):.2f}".rstrip("0").rstrip(".")


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def cycle_end_reminder(
    cycle: Cycle,
    entries: list[Entry],
    rules: RenewalRules,
    today: date,
    problems: Mapping[str, Sequence[str]],
) -> Reminder:
    totals = cycle_totals(entries, cycle, rules, problems)
    left = (cycle.ends_on - today).days
    label = f"{cycle.code} renewal cycle ends" if cycle.code else "Renewal cycle ends"
    if totals.remaining_hours > 0:
        need = f"{_hours(totals.remaining_hours)} of {_hours(totals.required_hours)} CEC hours still needed"
    else:
        unsent = round(totals.documented_hours - totals.submitted_hours, 2)
        need = f"All {_hours(totals.required_hours)} hours documented" + (
            f"; {_hours(unsent)} not submitted yet" if unsent > 0 else ""
        )
    when = (
        f"ended {_days(-left)} ago"
        if left < 0
        else "ends today"
        if left == 0
        else f"{_days(left)} left"
    )
    pending = totals.remaining_hours > 0 or totals.confirmed_hours < totals.required_hours
    return Reminder(
        kind="cycle_end",
        due_on=cycle.ends_on,
        title=label,
        detail=f"{need}; {when}.",
        urgent=pending and left <= CYCLE_END_WARNING_DAYS,
        code=cycle.code,
    )


def next_fee_date(fee_due_on: date, today: date) -> date:
    """The annual fee's next due date: the stored one, or its next anniversary once it is past."""
    due, years = fee_due_on, 0
    while due < today:
        years += 1
        due = add_months(fee_due_on, 12 * years)
    return due


def fee_reminder(fee_due_on: date, today: date) -> Reminder:
    due = next_fee_date(fee_due_on, today)
    left = (due - today).days
    return Reminder(
        kind="fee_due",
        due_on=due,
        title="Annual IICRC renewal fee due",
        detail="Due today." if left == 0 else f"Due in {_days(left)}.",
        urgent=left <= FEE_WARNING_DAYS,
    )


def follow_up_reminders(entries: list[Entry], rules: RenewalRules, today: date) -> list[Reminder]:
    """One reminder per day on which submitted entries become due for a follow-up."""
    by_day: dict[date, list[str]] = {}
    for entry in entries:
        s = entry.submission
        if s.status != "submitted" or s.submitted_on is None:
            continue
        # The first day `needs_follow_up` holds: more than the allowed business days later.
        due = add_business_days(s.submitted_on, rules.follow_up_business_days + 1)
        by_day.setdefault(due, []).append(entry.id)
    reminders = []
    for due, ids in sorted(by_day.items()):
        count = f"{len(ids)} submitted entr{'y' if len(ids) == 1 else 'ies'}"
        overdue = due <= today
        reminders.append(
            Reminder(
                kind="follow_up",
                due_on=due,
                title="Follow up with the IICRC" if overdue else "Check your IICRC profile",
                detail=(
                    f"{count} not confirmed in the profile yet: write to the renewals team."
                    if overdue
                    else f"{count} should show in the profile by then; if not, follow up."
                ),
                urgent=overdue,
                entry_ids=ids,
            )
        )
    return reminders


def backup_reminder(last_backup_on: date | None, today: date) -> Reminder:
    if last_backup_on is None:
        return Reminder(
            kind="backup",
            due_on=today,
            title="Back up your records",
            detail="Never backed up: download a backup so no record lives on one device alone.",
            urgent=True,
        )
    due = last_backup_on + timedelta(days=BACKUP_MAX_AGE_DAYS)
    age = (today - last_backup_on).days
    return Reminder(
        kind="backup",
        due_on=due,
        title="Back up your records",
        detail=f"Last backup {_days(age)} ago." if age else "Last backup today.",
        urgent=age > BACKUP_MAX_AGE_DAYS,
    )


def profile_email_reminder(checked_on: date | None, today: date) -> Reminder:
    title = "Check the email address on your IICRC profile"
    if checked_on is None:
        return Reminder(
            kind="profile_email",
            due_on=today,
            title=title,
            detail="Never checked: renewal notices go to that address.",
            urgent=True,
        )
    due = add_months(checked_on, EMAIL_CHECK_MONTHS)
    return Reminder(
        kind="profile_email",
        due_on=due,
        title=title,
        detail=f"Last checked {checked_on.isoformat()}.",
        urgent=due < today,
    )


def reminders(
    *,
    cycles: list[Cycle],
    entries: list[Entry],
    problems: Mapping[str, Sequence[str]],
    rules: RenewalRules,
    fee_due_on: date | None,
    last_backup_on: date | None,
    profile_email_checked_on: date | None,
    today: date,
) -> list[Reminder]:
    """Every reminder, urgent ones first, then by date."""
    found = [cycle_end_reminder(c, entries, rules, today, problems) for c in cycles]
    if fee_due_on is not None:
        found.append(fee_reminder(fee_due_on, today))
    found += follow_up_reminders(entries, rules, today)
    found.append(backup_reminder(last_backup_on, today))
    found.append(profile_email_reminder(profile_email_checked_on, today))
    return sorted(found, key=lambda r: (not r.urgent, r.due_on, r.kind))
