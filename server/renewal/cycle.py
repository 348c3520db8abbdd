"""Renewal cycles: which stretch of dates a technician's CEC hours count toward."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import msgspec

from server.accounts.models import Certification, RenewalRules


class Cycle(msgspec.Struct, kw_only=True):
    code: str | None
    kind: str
    starts_on: date
    ends_on: date
    required_hours: float
    years: int


def add_months(d: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the end of a shorter month."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last_day))


def _cycle_start(anchor: date, years: int, number: int) -> date:
    # Always counted from the anchor, never from the previous start, so a Feb 29
    # anchor comes back to Feb 29 in leap years instead of drifting to Feb 28.
    return add_months(anchor, 12 * years * number)


def _current_cycle_number(anchor: date, years: int, today: date) -> int:
    if today < anchor:
        return 0
    number = (today.year - anchor.year) // years
    # The year-based guess is off by at most one near the anniversary.
    while _cycle_start(anchor, years, number) > today:
        number -= 1
    while _cycle_start(anchor, years, number + 1) <= today:
        number += 1
    return number


def _rule_for(kind: str, rules: RenewalRules) -> tuple[float, int]:
    if kind == "technician":
        return rules.technician_hours, rules.technician_years
    return rules.master_hours, rules.master_years


def current_cycle(
    code: str | None, kind: str, anchor: date, rules: RenewalRules, today: date
) -> Cycle:
    """The cycle of this kind, repeating from `anchor`, that contains `today`."""
    hours, years = _rule_for(kind, rules)
    number = _current_cycle_number(anchor, years, today)
    starts_on = _cycle_start(anchor, years, number)
    ends_on = _cycle_start(anchor, years, number + 1) - timedelta(days=1)
    return Cycle(
        code=code,
        kind=kind,
        starts_on=starts_on,
        ends_on=ends_on,
        required_hours=hours,
        years=years,
    )


def certification_cycles(
    certifications: list[Certification],
    cycle_starts_on: date | None,
    rules: RenewalRules,
    today: date,
    fallback_start: date,
) -> list[Cycle]:
    """One current cycle per certification, or one technician cycle when there are none."""
    if not certifications:
        anchor = cycle_starts_on or fallback_start
        return [current_cycle(None, "technician", anchor, rules, today)]
    return [
        current_cycle(
            cert.code,
            cert.kind,
            cycle_starts_on or cert.certified_on or fallback_start,
            rules,
            today,
        )
        for cert in certifications
    ]


def strictest_cycle(cycles: list[Cycle]) -> Cycle:
    """The cycle whose deadline comes first: the one the technician must work toward."""
    if not cycles:
        raise ValueError("no cycles to choose from")
    return min(cycles, key=lambda c: (c.ends_on, -c.required_hours, c.ends_on - c.starts_on))


def days_left(cycle: Cycle, today: date) -> int:
    return (cycle.ends_on - today).days


def reinstatement_due(cycle: Cycle, today: date, rules: RenewalRules) -> bool:
    """Past the grace period, the IICRC asks for reinstatement instead of renewal."""
    return today > add_months(cycle.ends_on, rules.reinstatement_months)


def in_cycle(d: date | None, cycle: Cycle) -> bool:
    return d is not None and cycle.starts_on <= d <= cycle.ends_on
