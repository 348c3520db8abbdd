"""The IICRC documentation guide's steps, ticked off against a technician's records."""

from __future__ import annotations

from datetime import date

import msgspec

from server.entries.models import Entry
from server.renewal.cycle import Cycle, add_months
from server.renewal.hours import SENT_STATUSES, in_cycle
from server.renewal.problems import is_blank

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


def _of(missing: int, total: int, noun: str, singular_verb: str, plural_verb: str) -> str:
    """Reads as: 2 of 5 certificates have …, 1 of 5 certificates has …"""
    return f"{missing} of {total} {noun} {singular_verb if missing == 1 else plural_verb}"


def _all(n: int, noun: str, plural: str) -> str:
    """Reads as: All 5 certificates …, The one certificate …"""
    return f"All {n} {plural}" if n > 1 else f"The one {noun}"


def _in_this_cycle(entry: Entry, cycle: Cycle) -> bool:
    # An undated entry is a fresh snap not read yet: it belongs to the work at hand.
    return entry.completion_date is None or in_cycle(entry.completion_date, cycle)


def _certificates_saved(entries: list[Entry]) -> ChecklistItem:
    missing = sum(is_blank(e.document_sha256) for e in entries)
    if missing:
        detail = _of(missing, len(entries), "certificates", "has", "have") + " no photo or PDF"
    else:
        detail = _all(len(entries), "certificate", "certificates") + " saved"
    return ChecklistItem(item="certificates_saved", done=not missing, detail=detail)


def _files_named(entries: list[Entry]) -> ChecklistItem:
    missing = sum(
        is_blank(e.course_title) or e.completion_date is None or e.hours is None for e in entries
    )
    if missing:
        detail = (
            _of(missing, len(entries), "certificates", "lacks", "lack")
            + " the course, date or hours their file name is made from"
        )
    else:
        detail = _all(len(entries), "file name", "file names") + " can be made"
    return ChecklistItem(item="files_named", done=not missing, detail=detail)


def _logged(entries: list[Entry], problems: dict[str, list[str]]) -> ChecklistItem:
    missing = sum(
        any(code.startswith("missing:") for code in problems.get(e.id, ())) for e in entries
    )
    if missing:
        detail = _of(missing, len(entries), "entries", "is", "are") + " missing a field"
    else:
        detail = _all(len(entries), "entry", "entries") + " complete in the log"
    return ChecklistItem(item="logged", done=not missing, detail=detail)


def _submitted(entries: list[Entry]) -> ChecklistItem:
    waiting = sum(e.submission.status not in SENT_STATUSES for e in entries)
    if waiting:
        detail = f"{waiting} of {len(entries)} not submitted yet"
    else:
        detail = f"All {len(entries)} submitted" if len(entries) > 1 else "The one entry submitted"
    return ChecklistItem(item="submitted", done=not waiting, detail=detail)


def _profile_checked(entries: list[Entry], problems: dict[str, list[str]]) -> ChecklistItem:
    sent = [e for e in entries if e.submission.status in SENT_STATUSES]
    unconfirmed = [e for e in sent if e.submission.status == "submitted"]
    if not sent:
        detail = "Nothing submitted yet"
    elif unconfirmed:
        detail = (
            _of(len(unconfirmed), len(sent), "submitted entries", "is", "are")
            + " not yet confirmed in the IICRC profile"
        )
        overdue = sum("follow_up" in problems.get(e.id, ()) for e in unconfirmed)
        if overdue:
            detail += f"; follow up on {overdue}"
    else:
        detail = (
            _all(len(sent), "submitted entry", "submitted entries")
            + " confirmed in the IICRC profile"
        )
    return ChecklistItem(item="profile_checked", done=not unconfirmed, detail=detail)


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
        record_items = [
            _certificates_saved(live),
            _files_named(live),
            _logged(live, problems),
            _submitted(live),
            _profile_checked(live, problems),
        ]
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
