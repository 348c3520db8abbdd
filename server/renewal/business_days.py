"""Business days (Monday to Friday) for the follow-up after a submission.

Public holidays are not counted out: the IICRC guide speaks of "a few business
days", so a day's difference around a holiday does not change the advice.
"""

from __future__ import annotations

from datetime import date, timedelta

from server.accounts.models import RenewalRules
from server.entries.models import Submission

_SATURDAY = 5


def _is_weekday(d: date) -> bool:
    return d.weekday() < _SATURDAY


def add_business_days(start: date, n: int) -> date:
    """The weekday `n` weekdays after `start` (before it when `n` is negative)."""
    step = timedelta(days=1 if n >= 0 else -1)
    current, remaining = start, abs(n)
    while remaining:
        current += step
        if _is_weekday(current):
            remaining -= 1
    return current


def business_days_between(start: date, end: date) -> int:
    """Weekdays after `start` up to and including `end`; 0 when `end` is not later."""
    if end <= start:
        return 0
    weeks, extra = divmod((end - start).days, 7)
    # Whole weeks hold five weekdays each; only the last partial week is walked.
    tail = sum(_is_weekday(start + timedelta(days=weeks * 7 + i)) for i in range(1, extra + 1))
    return weeks * 5 + tail


def needs_follow_up(submission: Submission, today: date, rules: RenewalRules) -> bool:
    """Sent, and still not showing on the profile after the usual wait."""
    return (
        submission.status == "submitted"
        and submission.submitted_on is not None
        and business_days_between(submission.submitted_on, today) > rules.follow_up_business_days
    )
