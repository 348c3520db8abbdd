"""What `GET /api/summary` answers."""

from __future__ import annotations

from datetime import date

import msgspec

from server.renewal.checklist import ChecklistItem
from server.renewal.reminders import Reminder


class CycleSummary(msgspec.Struct, kw_only=True):
    starts_on: date
    ends_on: date
    required_hours: float
    earned_hours: float  # dated in the cycle, proven or not
    documented_hours: float  # proof complete: what the headline counts
    needs_review_hours: float  # read by OCR, not checked yet
    submitted_hours: float
    confirmed_hours: float
    remaining_hours: float
    days_left: int
    code: str | None = None
    kind: str = "technician"
    reinstatement: bool = False
    assumed: bool = False  # the profile has no dates yet; the cycle is a guess


class Attention(msgspec.Struct, kw_only=True):
    entry_id: str
    problem: str


class Summary(msgspec.Struct, kw_only=True):
    cycle: CycleSummary
    certifications: list[CycleSummary]
    fee_due_on: date | None
    attention: list[Attention]
    checklist: list[ChecklistItem]
    reminders: list[Reminder] = []  # dates not to miss, urgent ones first
