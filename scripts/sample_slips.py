"""Trade-show slips: IICRC booth registration and session attendance.

For a slip, the provider is the event in the header and the title is the
activity or session, which is what the technician reports.
"""

from __future__ import annotations

import random

from sample_layout import Page, Rule, Text
from sample_templates import Content, fmt_date, fmt_hours, pick_fonts, truth


def _header(f, event: str, subtitle: str) -> list:
    return [
        Text(270, 30, event, 16, f.sans_bold, "center", "Helvetica-Bold"),
        Text(270, 56, subtitle, 13, f.sans, "center", "Helvetica"),
        Rule(40, 80, 500, 80, 1),
    ]


def _rows(f, rows: list[tuple[float, str, float]]) -> list[Text]:
    """Left-aligned lines of a slip: (y, text, size)."""
    return [Text(40, y, text, size, f.sans, "left", "Helvetica") for y, text, size in rows]


def booth(rng: random.Random, c: Content) -> tuple[Page, dict]:
    f = pick_fonts(rng)
    p = Page(540, 360)
    d = c.date_style
    member = rng.randrange(100000, 999999)
    booth_no, hall = rng.randrange(100, 2999), rng.choice("ABCD")
    p.items += _header(f, c.event, "IICRC Booth Registration Slip") + _rows(
        f,
        [
            (100, f"Name: {c.name}", 13),
            (126, f"IICRC Certification #: {member}", 11),
            (150, f"Activity: {c.title}", 12),
            (174, f"Date: {fmt_date(c.completed, d)}", 12),
            (198, f"CEC Hours: {fmt_hours(c.hours)}", 12),
            (222, f"Booth #{booth_no}  ·  Hall {hall}", 11),
            (300, "Keep this slip and submit it with your renewal.", 9),
        ],
    )
    return p, truth(c, "booth", provider=c.event)


def session(rng: random.Random, c: Content) -> tuple[Page, dict]:
    f = pick_fonts(rng)
    p = Page(540, 396)
    d = c.date_style
    hour = rng.choice([8, 9, 10, 13, 14])
    room = rng.randrange(100, 400)
    p.items += _header(f, c.event, "Session Attendance Verification") + _rows(
        f,
        [
            (100, f"Attendee Name: {c.name}", 12),
            (124, f"Session: {c.title}", 12),
            (148, f"Speaker: {c.staff}", 11),
            (172, f"Date Attended: {fmt_date(c.completed, d)}", 12),
            (196, f"Time: {hour}:00 - {hour + 1}:30   Room {room}", 11),
            (220, f"CEC Credit: {fmt_hours(c.hours)} hrs", 12),
            (330, f"Questions? Call {c.phone}", 9),
        ],
    )
    if c.approval:
        p.items += _rows(f, [(244, f"IICRC Approval #: {c.approval}", 11)])
    return p, truth(c, "session", provider=c.event)
