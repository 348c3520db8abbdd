"""What is wrong with an entry, as the codes DESIGN §4 lists."""

from __future__ import annotations

import re
from datetime import date

from server.accounts.models import RenewalRules
from server.entries.models import Entry
from server.renewal.business_days import needs_follow_up
from server.renewal.cycle import Cycle, in_cycle
from server.renewal.names import fold, names_match

PROBLEM_CODES = (
    "missing:course_title",
    "missing:provider",
    "missing:completion_date",
    "missing:hours",
    "missing:holder_name",
    "missing:document",
    "name_mismatch",
    "date_in_future",
    "outside_cycle",
    "follow_up",
    "duplicate",
    "approval_unverified",
)

# The field each missing:* code is about, in the order of PROBLEM_CODES.
REQUIRED_FIELDS = (
    ("missing:course_title", "course_title"),
    ("missing:provider", "provider"),
    ("missing:completion_date", "completion_date"),
    ("missing:hours", "hours"),
    ("missing:holder_name", "holder_name"),
    ("missing:document", "document_sha256"),
)

_NOT_WORD = re.compile(r"[\W_]+")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _title_key(title: str) -> str:
    # "WRT - Water Restoration" and "wrt water restoration" are one course.
    return _NOT_WORD.sub("", fold(title))


DuplicateKey = tuple[str, date, float, str]


def duplicate_key(entry: Entry) -> DuplicateKey | None:
    """What two records of the same certificate share; None when too little is known."""
    if entry.deleted or entry.completion_date is None or entry.hours is None:
        return None
    if is_blank(entry.course_title):
        return None
    # Hours compared as stated with their unit: the same certificate is typed the same way.
    return (
        _title_key(entry.course_title),
        entry.completion_date,
        round(entry.hours, 2),
        entry.hours_unit,
    )


def duplicate_ids(entries: list[Entry]) -> set[str]:
    """Live entries that look like the same certificate recorded twice."""
    by_key: dict[DuplicateKey, list[str]] = {}
    for entry in entries:
        if (key := duplicate_key(entry)) is not None:
            by_key.setdefault(key, []).append(entry.id)
    return {entry_id for ids in by_key.values() if len(ids) > 1 for entry_id in ids}


def needs_document(entry: Entry) -> bool:
    """A booth registration is proven by the IICRC's own roster; a photo of the badge is optional."""
    return entry.kind != "booth"


def approval_in_doubt(entry: Entry) -> bool:
    """Worth checking the IICRC approval: not ticked as verified, no approval or course
    number on record, and not the IICRC's own booth."""
    return not entry.approval_verified and is_blank(entry.approval_number) and entry.kind != "booth"


def entry_problems(
    entry: Entry,
    *,
    full_name: str | None,
    cycle: Cycle,
    today: date,
    rules: RenewalRules,
    duplicates: set[str],
) -> list[str]:
    if entry.deleted:
        return []
    problems = [
        code
        for code, field in REQUIRED_FIELDS
        if is_blank(getattr(entry, field)) and (field != "document_sha256" or needs_document(entry))
    ]
    if (
        not is_blank(entry.holder_name)
        and not is_blank(full_name)
        and not names_match(entry.holder_name, full_name)
    ):
        problems.append("name_mismatch")
    if entry.completion_date is not None:
        if entry.completion_date > today:
            problems.append("date_in_future")
        if not in_cycle(entry.completion_date, cycle):
            problems.append("outside_cycle")
    if needs_follow_up(entry.submission, today, rules):
        problems.append("follow_up")
    if entry.id in duplicates:
        problems.append("duplicate")
    if approval_in_doubt(entry):
        problems.append("approval_unverified")
    return problems
