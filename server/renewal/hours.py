"""CEC hours credited toward a cycle, and which of them are proven.

The headline counts documented hours only (DESIGN §4): hours read by OCR and
not yet checked, or hours without complete proof, are shown beside it and
never added to it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import msgspec

from server.accounts.models import RenewalRules
from server.entries.models import Entry
from server.renewal.cycle import Cycle, in_cycle
from server.renewal.problems import duplicate_key

# Statuses under which the IICRC has been sent the entry.
SENT_STATUSES = ("submitted", "confirmed")

Proof = Literal["documented", "needs_review", "missing_proof"]

# What each state is called wherever a person reads it (CSV, transcript).
PROOF_WORDS: dict[Proof, str] = {
    "documented": "Documented",
    "needs_review": "Waiting for review",
    "missing_proof": "Missing proof",
}


class Totals(msgspec.Struct, kw_only=True):
    required_hours: float
    earned_hours: float
    documented_hours: float
    needs_review_hours: float
    missing_proof_hours: float
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


def proof_of(entry: Entry, problems: Sequence[str]) -> Proof:
    """Whether an entry's hours are proven: still to review, missing something, or documented.

    Documented means a certificate file (a booth registration needs none),
    course title, provider, date, hours and a holder name matching the
    profile, confirmed by the technician, and not rejected by the IICRC.
    """
    if entry.needs_review:
        return "needs_review"
    if entry.submission.status == "rejected":
        return "missing_proof"
    if any(p.startswith("missing:") or p == "name_mismatch" for p in problems):
        return "missing_proof"
    return "documented"


def proof_states(
    entries: Sequence[Entry], problems: Mapping[str, Sequence[str]]
) -> dict[str, Proof]:
    """Each live entry's proof; of the same certificate logged twice only the first counts."""
    counted: set[tuple] = set()
    states: dict[str, Proof] = {}
    for entry in sorted(entries, key=lambda e: (e.created_at, e.id)):
        if entry.deleted:
            continue
        state = proof_of(entry, problems.get(entry.id, ()))
        key = duplicate_key(entry)
        if state == "documented" and key is not None:
            if key in counted:
                state = "missing_proof"
            counted.add(key)
        states[entry.id] = state
    return states


def cycle_totals(
    entries: Sequence[Entry],
    cycle: Cycle,
    rules: RenewalRules,
    problems: Mapping[str, Sequence[str]],
) -> Totals:
    states = proof_states(entries, problems)
    sums = dict.fromkeys(("earned", *PROOF_WORDS, "submitted", "confirmed"), 0.0)
    for entry in entries:
        if entry.deleted or not in_cycle(entry.completion_date, cycle):
            continue
        credit = credited_hours(entry.hours, entry.hours_unit, rules)
        state = states[entry.id]
        sums["earned"] += credit
        sums[state] += credit
        # Only proven hours count as sent: a rejected entry has to be sent again.
        if state == "documented" and entry.submission.status in SENT_STATUSES:
            sums["submitted"] += credit
            if entry.submission.status == "confirmed":
                sums["confirmed"] += credit
    # Rounded once at the end so float noise from many additions never shows.
    r = {name: round(value, 2) for name, value in sums.items()}
    return Totals(
        required_hours=cycle.required_hours,
        earned_hours=r["earned"],
        documented_hours=r["documented"],
        needs_review_hours=r["needs_review"],
        missing_proof_hours=r["missing_proof"],
        submitted_hours=r["submitted"],
        confirmed_hours=r["confirmed"],
        remaining_hours=max(0.0, round(cycle.required_hours - r["documented"], 2)),
    )
