"""The IICRC documentation guide's steps, ticked off against a technician's records."""

from __future__ import annotations

from datetime import date

import msgspec

from server.entries.models import Entry
from server.renewal.cycle import Cycle, add_months
from server.renewal.hours import SENT_STATUSES, in_cycle
from server.renewal.problems import REQUIRED_FIELDS, is_blank, needs_document

# How fresh the guide wants these to be; each lives here only.
EMAIL_CHECK_MONTHS = 12
BACKUP_MAX_AGE_DAYS = 30

RECORD_ITEMS = ("certificates_saved", "files_named", "logged", "submitted", "profile_checked")


class ChecklistItem(msgspec.Struct, kw_only=True):
    item: str
    done: bool
    detail: str


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def _all(n: int, singular: str, plural: str) -> str:
    """Reads as: All 5 certificates …, The one certificate …"""
    return f"All {n} {plural}" if n > 1 else f"The one {singular}"


def _tally(
    item: str,
    total: int,
    failing: int,
    noun: tuple[str, str],
    verb: tuple[str, str],
    fault: str,
    fine: str,
) -> ChecklistItem:
    """Reads as: 2 of 5 certificates have no photo or PDF, or: All 5 certificates saved."""
    if failing:
        detail = f"{failing} of {total} {noun[1]} {verb[0] if failing == 1 else verb[1]} {fault}"
    else:
        detail = f"{_all(total, *noun)} {fine}"
    return ChecklistItem(item=item, done=not failing, detail=detail)


def _in_this_cycle(entry: Entry, cycle: Cycle) -> bool:
    # An undated entry is a fresh snap not read yet: it belongs to the work at hand.
    return entry.completion_date is None or in_cycle(entry.completion_date, cycle)


def _lacks_file_name_part(entry: Entry) -> bool:
    return is_blank(entry.course_title) or entry.completion_date is None or entry.hours is None


def _lacks_document(entry: Entry) -> bool:
    return is_blank(entry.document_sha256) and needs_document(entry)


def _lacks_a_field(entry: Entry) -> bool:
    fields = (f for _, f in REQUIRED_FIELDS if f != "document_sha256")
    return _lacks_document(entry) or any(is_blank(getattr(entry, f)) for f in fields)


def _record_items(entries: list[Entry], problems: dict[str, list[str]]) -> list[ChecklistItem]:
    total = len(entries)
    certificate = ("certificate", "certificates")
    sent = [e for e in entries if e.submission.status in SENT_STATUSES]
    unconfirmed = [e for e in sent if e.submission.status == "submitted"]
    return [
        _tally(
            "certificates_saved",
            total,
            sum(_lacks_document(e) for e in entries),
            certificate,
            ("has", "have"),
            "no photo or PDF",
            "saved",
        ),
        _tally(
            "files_named",
            total,
            sum(_lacks_file_name_part(e) for e in entries),
            certificate,
            ("lacks", "lack"),
            "the course, date or hours their file name is made from",
            "named",
        ),
        _tally(
            "logged",
            total,
            sum(_lacks_a_field(e) for e in entries),
            ("entry", "entries"),
            ("is", "are"),
            "missing a field",
            "complete in the log",
        ),
        _submitted(total, total - len(sent)),
        _profile_checked(len(sent), unconfirmed, problems),
    ]


def _submitted(total: int, waiting: int) -> ChecklistItem:
    if waiting:
        detail = f"{waiting} of {total} not submitted yet"
    else:
        detail = f"All {total} submitted" if total > 1 else "The one entry submitted"
    return ChecklistItem(item="submitted", done=not waiting, detail=detail)


def _profile_checked(
    sent: int, unconfirmed: list[Entry], problems: dict[str, list[str]]
) -> ChecklistItem:
    if not sent:
        return ChecklistItem(item="profile_checked", done=True, detail="Nothing submitted yet")
    result = _tally(
        "profile_checked",
        sent,
        len(unconfirmed),
        ("submitted entry", "submitted entries"),
        ("is", "are"),
        "not yet confirmed in the IICRC profile",
        "confirmed in the IICRC profile",
    )
    overdue = sum("follow_up" in problems.get(e.id, ()) for e in unconfirmed)
    if overdue:
        result.detail += f"; follow up on {overdue}"
    return result


def _days_ago(days: int) -> str:
    return "today" if days <= 0 else f"{_count(days, 'day', 'days')} ago"


def _contact_email_checked(checked_on: date | None, today: date) -> ChecklistItem:
    if checked_on is None:
        return ChecklistItem(
            item="contact_email_checked",
            done=False,
            detail="Email on the IICRC profile never checked",
        )
    done = checked_on >= add_months(today, -EMAIL_CHECK_MONTHS)
    detail = f"Email on the IICRC profile last checked {_days_ago((today - checked_on).days)}"
    return ChecklistItem(item="contact_email_checked", done=done, detail=detail)


def _backup_recent(last_backup_on: date | None, today: date) -> ChecklistItem:
    if last_backup_on is None:
        return ChecklistItem(item="backup_recent", done=False, detail="Never backed up")
    age = (today - last_backup_on).days
    return ChecklistItem(
        item="backup_recent",
        done=age <= BACKUP_MAX_AGE_DAYS,
        detail=f"Last backup {_days_ago(age)}",
    )


def _profile_complete(has_profile: bool) -> ChecklistItem:
    detail = (
        "Full name and IICRC ID set"
        if has_profile
        else "Add your full name and IICRC ID to your profile"
    )
    return ChecklistItem(item="profile_complete", done=has_profile, detail=detail)


def checklist(
    entries: list[Entry],
    *,
    problems: dict[str, list[str]],
    cycle: Cycle,
    today: date,
    profile_email_checked_on: date | None,
    last_backup_on: date | None,
    has_profile: bool,
) -> list[ChecklistItem]:
    live = [e for e in entries if not e.deleted and _in_this_cycle(e, cycle)]
    if live:
        record_items = _record_items(live, problems)
    else:
        # Nothing recorded means nothing left undone on the records themselves.
        record_items = [
            ChecklistItem(item=item, done=True, detail="No entries in this cycle yet")
            for item in RECORD_ITEMS
        ]
    return [
        *record_items,
        _contact_email_checked(profile_email_checked_on, today),
        _backup_recent(last_backup_on, today),
        _profile_complete(has_profile),
    ]
