"""The words ceclog writes to the IICRC: subjects, bodies, tables and portal values.

Pure functions over entries and the profile, so every wording is tested as text.
"""

from __future__ import annotations

import html
from datetime import date
from urllib.parse import quote

import msgspec

from server.accounts.models import RenewalRules
from server.entries.models import Entry
from server.renewal.hours import credited_hours
from server.submissions.models import Message, PortalValues

# The guide's address for CEC submissions and follow-ups; named here only.
RENEWALS_EMAIL = "renewals@iicrcnet.org"


class CourseRow(msgspec.Struct, kw_only=True):
    completion_date: str
    course: str
    provider: str
    hours: str
    file_name: str


def hours_text(hours: float | None) -> str:
    if hours is None:
        return ""
    return f"{round(hours, 2):.2f}".rstrip("0").rstrip(".")


def course_rows(
    entries: list[Entry], file_names: list[str], rules: RenewalRules
) -> list[CourseRow]:
    return [
        CourseRow(
            completion_date=e.completion_date.isoformat() if e.completion_date else "",
            course=e.course_title or "",
            provider=e.provider or "",
            hours=hours_text(
                None if e.hours is None else credited_hours(e.hours, e.hours_unit, rules)
            ),
            file_name=name,
        )
        for e, name in zip(entries, file_names, strict=True)
    ]


def _who(full_name: str, iicrc_id: str) -> str:
    return f"{full_name}, IICRC ID {iicrc_id}"


def package_subject(full_name: str, iicrc_id: str) -> str:
    return f"CEC submission: {_who(full_name, iicrc_id)}"


_HEADERS = ("Date", "Course", "Provider", "Hours", "Attachment")


def _cells(row: CourseRow) -> tuple[str, ...]:
    return (row.completion_date, row.course, row.provider, row.hours, row.file_name)


def text_table(rows: list[CourseRow]) -> str:
    table = [_HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(_HEADERS))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in table
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def html_table(rows: list[CourseRow]) -> str:
    head = "".join(f'<th align="left">{h}</th>' for h in _HEADERS)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in _cells(r)) + "</tr>" for r in rows
    )
    return (
        '<table border="1" cellpadding="4" cellspacing="0">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _total(rows: list[CourseRow]) -> str:
    return hours_text(sum(float(r.hours) for r in rows if r.hours))


def package_text(full_name: str, iicrc_id: str, rows: list[CourseRow]) -> str:
    count = "certificate" if len(rows) == 1 else f"{len(rows)} certificates"
    return (
        "Dear IICRC renewals team,\n\n"
        f"Please record the continuing-education hours below for {_who(full_name, iicrc_id)}.\n"
        f"The {count} of completion {'is' if len(rows) == 1 else 'are'} attached as PDF.\n\n"
        f"{text_table(rows)}\n\n"
        f"Total: {_total(rows)} CEC hours\n\n"
        f"Thank you,\n{full_name}\nIICRC ID {iicrc_id}\n"
    )


def package_html(full_name: str, iicrc_id: str, rows: list[CourseRow]) -> str:
    who = html.escape(_who(full_name, iicrc_id))
    return (
        "<html><body><p>Dear IICRC renewals team,</p>"
        f"<p>Please record the continuing-education hours below for {who}. "
        "The certificates of completion are attached as PDF.</p>"
        f"{html_table(rows)}<p>Total: {_total(rows)} CEC hours</p>"
        f"<p>Thank you,<br>{html.escape(full_name)}<br>IICRC ID {html.escape(iicrc_id)}</p>"
        "</body></html>"
    )


def mailto(to: str, subject: str, body: str) -> str:
    return f"mailto:{to}?subject={quote(subject)}&body={quote(body)}"


def follow_up_message(
    full_name: str,
    iicrc_id: str | None,
    submitted: list[tuple[Entry, date | None]],
    rows: list[CourseRow],
) -> Message:
    """Asks the renewals team about hours sent but not yet showing in the profile."""
    who = _who(full_name, iicrc_id) if iicrc_id else full_name
    dates = sorted({d.isoformat() for _, d in submitted if d})
    when = f" on {', '.join(dates)}" if dates else ""
    subject = f"CEC follow-up: {who}"
    body = (
        "Dear IICRC renewals team,\n\n"
        f"I submitted the continuing-education hours below{when}, and they do not show in "
        "my IICRC profile yet. Could you please check that they were received and recorded?\n\n"
        f"{text_table(rows)}\n\n"
        f"Thank you,\n{full_name}\n" + (f"IICRC ID {iicrc_id}\n" if iicrc_id else "")
    )
    return Message(
        to=RENEWALS_EMAIL, subject=subject, body=body, mailto=mailto(RENEWALS_EMAIL, subject, body)
    )


PORTAL_FIELDS = (
    ("course_name", "course_title"),
    ("provider", "provider"),
    ("date", "completion_date"),
    ("hours", "hours"),
)


def portal_values(entry: Entry, rules: RenewalRules) -> PortalValues:
    """The four values of the profile's "Report CECs" form, exactly as to type them."""
    done = entry.completion_date
    hours = None if entry.hours is None else credited_hours(entry.hours, entry.hours_unit, rules)
    values = PortalValues(
        entry_id=entry.id,
        course_name=(entry.course_title or "").strip(),
        provider=(entry.provider or "").strip(),
        date=done.strftime("%m/%d/%Y") if done else "",
        date_iso=done.isoformat() if done else "",
        hours=hours_text(hours),
        missing=[],
    )
    values.missing = [name for name, _ in PORTAL_FIELDS if not getattr(values, name)]
    return values
