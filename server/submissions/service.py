"""Marking entries submitted, confirmed or rejected, and the follow-up list.

Each action takes many entries and changes all of them or none: one unknown or
foreign id answers 404 and the transaction rolls back. The changes go through
the entries service's `patch_entry`, the one door every write to an entry uses,
so versions, change numbers and sync see them like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from server.db.connection import Connection, Database
from server.entries import repo as entries_repo
from server.entries.models import Entry, Submission, SubmissionMethod
from server.entries.service import owned_row, patch_entry
from server.errors import Conflict, Invalid
from server.fields import today as utc_today
from server.naming import entry_file_names
from server.renewal.business_days import business_days_between, needs_follow_up
from server.renewal.service import RenewalView, load_view, with_problems
from server.submissions.messages import (
    RENEWALS_EMAIL,
    course_rows,
    follow_up_message,
    portal_values,
)
from server.submissions.models import FollowUp, FollowUps, PortalValues

Change = Callable[[Submission], Submission]


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _not_in_future(day: date, field: str) -> None:
    # A day of slack: the server counts days in UTC, the technician in local time.
    if day > utc_today() + timedelta(days=1):
        raise Invalid(f"{field} {day.isoformat()} is in the future.", field=field)


async def apply_to_entries(
    tx: Connection, user_id: int, entry_ids: list[str], change: Change
) -> list[Entry]:
    """Apply `change` to each entry's submission inside the caller's transaction."""
    ids = _unique(entry_ids)
    # Every id is checked before anything is written, so the 404 names the first bad one.
    rows = [await owned_row(tx, user_id, entry_id, live=True) for entry_id in ids]
    changed = []
    for row in rows:
        current = entries_repo.entry_from_row(row)
        changed.append(
            await patch_entry(tx, user_id, row["id"], {"submission": change(current.submission)})
        )
    return changed


def submitted(method: SubmissionMethod, on: date) -> Change:
    def change(_: Submission) -> Submission:
        return Submission(status="submitted", method=method, submitted_on=on)

    return change


def confirmed(on: date) -> Change:
    def change(current: Submission) -> Submission:
        if current.submitted_on and on < current.submitted_on:
            raise Invalid(
                f"confirmed_on {on.isoformat()} is before the entry was submitted"
                f" ({current.submitted_on.isoformat()}).",
                field="confirmed_on",
            )
        return Submission(
            status="confirmed",
            method=current.method,
            submitted_on=current.submitted_on,
            confirmed_on=on,
        )

    return change


def rejected(reason: str) -> Change:
    def change(current: Submission) -> Submission:
        if current.status == "not_submitted":
            raise Conflict("Only a submitted entry can be rejected; this one was never submitted.")
        return Submission(
            status="rejected",
            method=current.method,
            submitted_on=current.submitted_on,
            reason=reason,
        )

    return change


async def _act(db: Database, user_id: int, entry_ids: list[str], change: Change) -> list[Entry]:
    async with db.transaction(user_id) as tx:
        entries = await apply_to_entries(tx, user_id, entry_ids, change)
    async with db.reader() as conn:
        view = await load_view(conn, user_id)
    return with_problems(entries, view)


async def submit_entries(
    db: Database, user_id: int, entry_ids: list[str], method: SubmissionMethod, on: date | None
) -> list[Entry]:
    on = on or utc_today()
    _not_in_future(on, "submitted_on")
    return await _act(db, user_id, entry_ids, submitted(method, on))


async def confirm_entries(
    db: Database, user_id: int, entry_ids: list[str], on: date | None
) -> list[Entry]:
    on = on or utc_today()
    _not_in_future(on, "confirmed_on")
    return await _act(db, user_id, entry_ids, confirmed(on))


async def reject_entries(
    db: Database, user_id: int, entry_ids: list[str], reason: str
) -> list[Entry]:
    reason = reason.strip()
    if not reason:
        raise Invalid("Say why the IICRC rejected it.", field="reason")
    return await _act(db, user_id, entry_ids, rejected(reason))


def _advice(entry: Entry, days: int, due: bool, wait: int) -> str:
    if due:
        return f"Submitted {days} business days ago and not confirmed: write to {RENEWALS_EMAIL}."
    if entry.submission.method == "provider":
        return (
            "Your provider submits this for you: check that the hours show in your IICRC profile."
        )
    left = wait - days + 1
    return (
        "Check your IICRC profile; if the hours do not show, follow up in"
        f" {left} business day{'s' if left != 1 else ''}."
    )


def follow_up_list(view: RenewalView) -> FollowUps:
    """Submitted entries not yet confirmed, oldest first, and a message for the overdue ones."""
    rules = view.profile.renewal_rules
    wait = rules.follow_up_business_days
    waiting = [e for e in view.entries if e.submission.status == "submitted"]
    waiting.sort(key=lambda e: (e.submission.submitted_on or view.today, e.id))
    items = []
    for entry in with_problems(waiting, view):
        since = entry.submission.submitted_on
        days = business_days_between(since, view.today) if since else 0
        due = needs_follow_up(entry.submission, view.today, rules)
        items.append(
            FollowUp(
                entry=entry, business_days=days, due=due, advice=_advice(entry, days, due, wait)
            )
        )
    overdue = [i.entry for i in items if i.due]
    message = None
    if overdue:
        rows = course_rows(overdue, entry_file_names(overdue, rules), rules)
        message = follow_up_message(
            view.profile.full_name,
            view.profile.iicrc_id,
            [(e, e.submission.submitted_on) for e in overdue],
            rows,
        )
    return FollowUps(
        renewals_email=RENEWALS_EMAIL, follow_up_business_days=wait, items=items, message=message
    )


async def get_follow_ups(db: Database, user_id: int) -> FollowUps:
    async with db.reader() as conn:
        view = await load_view(conn, user_id)
    return follow_up_list(view)


async def get_portal_values(db: Database, user_id: int) -> list[PortalValues]:
    """The "Report CECs" values of every entry the profile does not show as confirmed yet."""
    async with db.reader() as conn:
        view = await load_view(conn, user_id)
    rules = view.profile.renewal_rules
    return [portal_values(e, rules) for e in view.entries if e.submission.status != "confirmed"]
