"""The tracking log as CSV that Excel and LibreOffice open as they should.

UTF-8 with a byte-order mark (without it Excel reads "María" as "MarÃ­a"),
ISO dates (unambiguous in every locale), CRLF line ends, every field quoted
when it needs to be by the csv module.
"""

from __future__ import annotations

import csv
import io

from server.exports.records import Records
from server.renewal.hours import credited_hours, proof_states
from server.renewal.words import problems_text, proof_text
from server.submissions.messages import hours_text

# Words, not codes: the log is read in a spreadsheet by a person.
KIND_WORDS = {
    "course": "Course",
    "booth": "Booth registration",
    "session": "Session",
    "other": "Other",
}
UNIT_WORDS = {"hours": "hours", "legacy_cec": "legacy CEC"}
STATUS_WORDS = {
    "not_submitted": "Not submitted",
    "submitted": "Submitted",
    "confirmed": "Confirmed",
    "rejected": "Rejected",
}
METHOD_WORDS = {
    "email": "Email",
    "portal": "IICRC profile",
    "provider": "Provider",
    "booth_roster": "Booth roster",
}

COLUMNS = (
    "Completion date",
    "Course",
    "Provider",
    "CEC hours",
    "Proof",
    "Hours as stated",
    "Unit",
    "Kind",
    "Event",
    "Submission status",
    "Method",
    "Submitted on",
    "Confirmed on",
    "Rejection reason",
    "File name",
    "Name on certificate",
    "Approval number",
    "Approval verified",
    "Problems",
    "Notes",
    "Entry id",
)

# A cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str | None) -> str:
    """Text a spreadsheet shows as text: a leading apostrophe defuses a would-be formula."""
    text = value or ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _iso(value) -> str:
    return value.isoformat() if value else ""


def log_rows(records: Records) -> list[list[str]]:
    rules = records.view.profile.renewal_rules
    events = {e.id: e.name for e in records.events}
    proof = proof_states(records.entries, {e.id: e.problems for e in records.entries})
    rows = []
    for e in records.entries:
        s = e.submission
        credited = None if e.hours is None else credited_hours(e.hours, e.hours_unit, rules)
        rows.append(
            [
                _iso(e.completion_date),
                safe_text(e.course_title),
                safe_text(e.provider),
                hours_text(credited),
                proof_text(proof[e.id], e.problems, rejected=s.status == "rejected"),
                hours_text(e.hours),
                UNIT_WORDS[e.hours_unit],
                KIND_WORDS[e.kind],
                safe_text(events.get(e.event_id or "", "")),
                STATUS_WORDS[s.status],
                METHOD_WORDS.get(s.method or "", ""),
                _iso(s.submitted_on),
                _iso(s.confirmed_on),
                safe_text(s.reason),
                records.file_names.get(e.id, ""),
                safe_text(e.holder_name),
                safe_text(e.approval_number),
                "yes" if e.approval_verified else "no",
                problems_text(e.problems),
                safe_text(e.notes),
                e.id,
            ]
        )
    return rows


def log_csv(records: Records) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect="excel")
    writer.writerow(COLUMNS)
    writer.writerows(log_rows(records))
    return ("\ufeff" + out.getvalue()).encode("utf-8")
