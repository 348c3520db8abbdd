"""Trade-show slips: IICRC booth registration and session attendance.

For a slip, the provider is the event in the header and the title is the
activity or session, which is what the technician reports.
"""

from __future__ import annotations

import random

from sample_layout import Page, Rule, Text
from sample_templates import Content, fmt_date, fmt_hours, pick_fonts, truth


def booth(rng: random.Random, c: Content) -> tuple[Page, dict]:
    f = pick_fonts(rng)
    p = Page(540, 360)
    d, x = c.date_style, 40
    p.items += [
        Text(270, 30, c.event, 16, f.sans_bold, "center", "Helvetica-Bold"),
        Text(270, 56, "IICRC Booth Registration Slip", 13, f.sans, "center", "Helvetica"),
        Rule(x, 80, 500, 80, 1),
        Text(x, 100, f"Name: {c.name}", 13, f.sans, "left", "Helvetica"),
        Text(
            x,
            126,
            f"IICRC Certification #: {rng.randrange(100000, 999999)}",
            11,
            f.sans,
            "left",
            "Helvetica",
        ),
        Text(x, 150, f"Activity: {c.title}", 12, f.sans, "left", "Helvetica"),
        Text(x, 174, f"Date: {fmt_date(c.completed, d)}", 12, f.sans, "left", "Helvetica"),
        Text(x, 198, f"CEC Hours: {fmt_hours(c.hours)}", 12, f.sans, "left", "Helvetica"),
        Text(
            x,
            222,
            f"Booth #{rng.randrange(100, 2999)}  ·  Hall {rng.choice('ABCD')}",
            11,
            f.sans,
            "left",
            "Helvetica",
        ),
        Text(
            x,
            300,
            "Keep this slip and submit it with your renewal.",
            9,
            f.sans,
            "left",
            "Helvetica",
        ),
    ]
    return p, truth(c, "booth", provider=c.event)


def session(rng: random.Random, c: Content) -> tuple[Page, dict]:
    f = pick_fonts(rng)
    p = Page(540, 396)
    d, x = c.date_style, 40
    hour = rng.choice([8, 9, 10, 13, 14])
    p.items += [
        Text(270, 30, c.event, 16, f.sans_bold, "center", "Helvetica-Bold"),
        Text(270, 56, "Session Attendance Verification", 13, f.sans, "center", "Helvetica"),
        Rule(x, 80, 500, 80, 1),
        Text(x, 100, f"Attendee Name: {c.name}", 12, f.sans, "left", "Helvetica"),
        Text(x, 124, f"Session: {c.title}", 12, f.sans, "left", "Helvetica"),
        Text(x, 148, f"Speaker: {c.staff}", 11, f.sans, "left", "Helvetica"),
        Text(x, 172, f"Date Attended: {fmt_date(c.completed, d)}", 12, f.sans, "left", "Helvetica"),
        Text(
            x,
            196,
            f"Time: {hour}:00 - {hour + 1}:30   Room {rng.randrange(100, 400)}",
            11,
            f.sans,
            "left",
            "Helvetica",
        ),
        Text(x, 220, f"CEC Credit: {fmt_hours(c.hours)} hrs", 12, f.sans, "left", "Helvetica"),
        Text(x, 330, f"Questions? Call {c.phone}", 9, f.sans, "left", "Helvetica"),
    ]
    if c.approval:
        p.items.append(
            Text(x, 244, f"IICRC Approval #: {c.approval}", 11, f.sans, "left", "Helvetica")
        )
    return p, truth(c, "session", provider=c.event)
