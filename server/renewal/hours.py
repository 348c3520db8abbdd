"""CEC hours credited toward a cycle."""

from __future__ import annotations

from datetime import date

import msgspec

from server.accounts.models import RenewalRules
from server.entries.models import Entry
from server.renewal.cycle import Cycle

# Statuses under which the IICRC has been sent the entry.
SENT_STATUSES = ("submitted", "confirmed")


class Totals(msgspec.Struct, kw_only=True):
    required_hours: float
    earned_hours: float
    submitted_hours: float
    confirmed_hours: float
    remaining_hours: float


def credited_hours(hours: float | None, unit: str, rules: RenewalRules) -> float:
    """Hours as the IICRC counts them; the entry keeps what the certificate says."""
    if hours is None:
        return 0.0
    if unit == "legacy_cec":
        return round(hours * rules.legacy_cec_hours, 2)
    return round(hours, 2)


def in_cycle(d: date | None, cycle: Cycle) -> bool:
    return d is not None and cycle.starts_on <= d <= cycle.ends_on


def cycle_totals(entries: list[Entry], cycle: Cycle, rules: RenewalRules) -> Totals:
    earned = submitted = confirmed = 0.0
    for entry in entries:
        if entry.deleted or not in_cycle(entry.completion_date, cycle):
            continue
        credit = credited_hours(entry.hours, entry.hours_unit, rules)
        earned += credit
        # A rejected entry was still earned; it just has to be sent again.
        if entry.submission.status in SENT_STATUSES:
            submitted += credit
        if entry.submission.status == "confirmed":
            confirmed += credit
    # Rounded once at the end so float noise from many additions never shows.
    earned = round(earned, 2)
    return Totals(
        required_hours=cycle.required_hours,
        earned_hours=earned,
        submitted_hours=round(submitted, 2),
        confirmed_hours=round(confirmed, 2),
        remaining_hours=max(0.0, round(cycle.required_hours - earned, 2)),
    )
