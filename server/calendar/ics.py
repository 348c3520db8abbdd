"""Reminders as an iCalendar (RFC 5545) document: all-day events a calendar app subscribes to.

Written by hand: the format needed is small (VEVENT, VALARM, one RRULE), and
the tests read it back with the `icalendar` package.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from server.renewal.reminders import Reminder

PRODID = "-//ceclog//CEC reminders//EN"
# Days before the date that a calendar app alerts, per kind of reminder.
ALARM_DAYS = {"cycle_end": 30, "fee_due": 7}


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        # Never split a UTF-8 sequence: back up to the start of a character.
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines spend one octet on the leading space
    return "\r\n ".join(parts)


def _day(d: date) -> str:
    return d.strftime("%Y%m%d")


def _event(reminder: Reminder, uid: str, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(reminder.due_on)}",
        f"DTEND;VALUE=DATE:{_day(reminder.due_on + timedelta(days=1))}",
        f"SUMMARY:{escape_text(reminder.title)}",
        f"DESCRIPTION:{escape_text(reminder.detail)}",
        "TRANSP:TRANSPARENT",
    ]
    if reminder.kind == "fee_due":
        lines.append("RRULE:FREQ=YEARLY")
    if reminder.kind in ALARM_DAYS:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(reminder.title)}",
            f"TRIGGER:-P{ALARM_DAYS[reminder.kind]}D",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def event_uid(reminder: Reminder, owner: str) -> str:
    """Stable while the reminder means the same thing, so calendars update instead of duplicating."""
    key = {
        "cycle_end": reminder.code or "cycle",
        "follow_up": reminder.due_on.isoformat(),
    }.get(reminder.kind, "")
    return f"{reminder.kind}-{key}-{owner}@ceclog".replace("--", "-")


def calendar_ics(reminders: list[Reminder], owner: str, now: datetime) -> bytes:
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:CEC reminders",
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
        "X-PUBLISHED-TTL:PT12H",
    ]
    for reminder in reminders:
        lines += _event(reminder, event_uid(reminder, owner), stamp)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
