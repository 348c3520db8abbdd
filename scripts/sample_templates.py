"""Certificate and slip templates: random content laid out the way providers print it.

Each template returns the page and the ground truth a technician would type.
Distractors are deliberate: certificate numbers, phone numbers, addresses,
issue and expiry dates, course date ranges, classroom hours beside CEC hours,
instructor and speaker names.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import sample_words as words
from sample_layout import SANS, SCRIPT, SERIF, Page, Rule, Text, available, text_width

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBER_WORDS = {
    1: "One",
    2: "Two",
    3: "Three",
    4: "Four",
    6: "Six",
    7: "Seven",
    8: "Eight",
    12: "Twelve",
    14: "Fourteen",
    16: "Sixteen",
    21: "Twenty-one",
}


def fmt_date(d: date, style: str) -> str:
    match style:
        case "long":
            return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        case "us":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        case "iso":
            return d.isoformat()
        case "dmy":
            return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
        case "short":
            return f"{d.month}/{d.day}/{d.year % 100:02d}"
    raise ValueError(style)


def fmt_hours(h: float) -> str:
    return f"{h:g}" if h != int(h) else str(int(h))


@dataclass
class Fonts:
    regular: str
    bold: str
    italic: str
    sans: str
    sans_bold: str
    script: str


def pick_fonts(rng: random.Random) -> Fonts:
    serif = rng.choice([f for f in SERIF if available(list(f)) == list(f)] or [SERIF[1]])
    sans = rng.choice([f for f in SANS if available(list(f)) == list(f)] or [SANS[1]])
    script = rng.choice(available(SCRIPT) or [serif[2]])
    return Fonts(serif[0], serif[1], serif[2], sans[0], sans[1], script)


@dataclass
class Content:
    first: str
    last: str
    title: str
    provider: str
    completed: date
    hours: float
    approval: str | None
    date_style: str
    staff: str
    cert_no: str
    phone: str
    address: tuple[str, str]
    event: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def random_content(rng: random.Random, kind: str) -> Content:
    completed = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 900))
    if kind == "course":
        hours = rng.choice([7, 14, 14, 21, 3, 7.0, 2, 16, 8, 1.5])
        title = rng.choice(words.COURSES)
        approval = rng.choice(
            [
                None,
                f"{rng.randrange(10000, 99999)}",
                f"{rng.choice(words.COURSE_CODES)}-{rng.randrange(1000, 9999)}",
                f"C{rng.randrange(100, 999)}-{rng.randrange(10, 99)}",
            ]
        )
    elif kind == "booth":
        hours, title, approval = 2, "IICRC Booth Registration", None
    else:
        hours = rng.choice([1, 1.5, 2, 0.5, 3])
        title = rng.choice(words.SESSIONS)
        approval = rng.choice(
            [None, f"S-{rng.randrange(100, 999)}", f"{rng.randrange(10000, 99999)}"]
        )
    return Content(
        first=rng.choice(words.FIRST),
        last=rng.choice(words.LAST),
        title=title,
        provider=rng.choice(words.PROVIDERS),
        completed=completed,
        hours=hours,
        approval=approval,
        date_style=rng.choice(["long", "us", "iso", "dmy", "short"]),
        staff=rng.choice(words.STAFF),
        cert_no=f"{completed.year}-{rng.randrange(10000, 99999)}",
        phone=f"({rng.randrange(200, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}",
        address=rng.choice(words.CITIES),
        event=rng.choice(words.EVENTS),
    )


def truth(c: Content, kind: str, title: str | None = None, provider: str | None = None) -> dict:
    fields = {
        "holder_name": c.name,
        "course_title": title or c.title,
        "provider": provider or c.provider,
        "completion_date": c.completed.isoformat(),
        "hours": float(c.hours),
    }
    if c.approval:
        fields["approval_number"] = c.approval
    return {"kind": kind, "fields": fields}


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    if text_width(font, size, text) <= width:
        return [text]
    cut = text.rfind(" ", 0, len(text) // 2 + 8)
    return [text[:cut], text[cut + 1 :]]


def classic(rng: random.Random, c: Content) -> tuple[Page, dict]:
    f = pick_fonts(rng)
    p = Page(792, 612, border=True)
    mid, d = 396, c.date_style
    p.items += [
        Text(mid, 58, c.provider, 20, f.bold, "center", "Times-Bold"),
        Text(mid, 98, "Certificate of Completion", 34, f.italic, "center", "Times-Italic"),
        Text(
            mid,
            160,
            rng.choice(["This certifies that", "This is to certify that"]),
            14,
            f.regular,
            "center",
            "Times-Roman",
        ),
        Text(mid, 184, c.name, 34, f.script, "center", "Times-Italic"),
        Rule(200, 228, 592, 228, 0.8),
        Text(mid, 240, "has successfully completed", 14, f.regular, "center", "Times-Roman"),
    ]
    y = 266
    for line in _wrap(c.title, f.bold, 24, 600):
        p.items.append(Text(mid, y, line, 24, f.bold, "center", "Times-Bold"))
        y += 30
    if rng.random() < 0.5:
        credit = f"for {fmt_hours(c.hours)} IICRC CEC Hours"
    else:
        word = NUMBER_WORDS.get(int(c.hours)) if c.hours == int(c.hours) else None
        credit = (
            f"{word} ({fmt_hours(c.hours)}) CEC hours"
            if word
            else f"{fmt_hours(c.hours)} Continuing Education Credits"
        )
    p.items += [
        Text(mid, y + 10, credit, 14, f.regular, "center", "Times-Roman"),
        Text(
            mid,
            y + 34,
            f"Completed on {fmt_date(c.completed, d)}",
            14,
            f.regular,
            "center",
            "Times-Roman",
        ),
        Rule(90, 500, 300, 500, 0.8),
        Text(195, 506, f"{c.staff}, Instructor", 11, f.regular, "center", "Times-Roman"),
        Text(
            600,
            488,
            f"Issued {fmt_date(c.completed + timedelta(days=rng.randrange(1, 12)), d)}",
            11,
            f.regular,
            "center",
            "Times-Roman",
        ),
        Text(600, 506, f"Certificate No. {c.cert_no}", 11, f.regular, "center", "Times-Roman"),
        Text(
            mid,
            556,
            f"{c.address[0]}, {c.address[1]}  ·  {c.phone}",
            9,
            f.regular,
            "center",
            "Times-Roman",
        ),
    ]
    if c.approval:
        p.items.append(
            Text(
                mid, 526, f"IICRC Approval #: {c.approval}", 11, f.regular, "center", "Times-Roman"
            )
        )
    return p, truth(c, "course")


def form(rng: random.Random, c: Content) -> tuple[Page, dict]:
    f = pick_fonts(rng)
    p = Page(612, 792)
    d, x, vx = c.date_style, 60, 250
    start = c.completed - timedelta(days=rng.randrange(1, 4))
    classroom = c.hours * 1.5
    rows = [
        ("Training Provider:", c.provider),
        ("Name (Last, First):", f"{c.last}, {c.first}"),
        ("Course Title:", c.title),
        ("Course Dates:", f"{fmt_date(start, d)} - {fmt_date(c.completed, d)}"),
        ("Date of Completion:", fmt_date(c.completed, d)),
        ("Classroom Hours:", fmt_hours(classroom)),
        ("CEC Hours:", fmt_hours(c.hours)),
        ("Instructor:", c.staff),
        ("Certificate No.:", c.cert_no),
        ("Print Date:", fmt_date(c.completed + timedelta(days=rng.randrange(2, 30)), d)),
        (
            "Expires:",
            fmt_date(
                c.completed.replace(year=c.completed.year + 4) - timedelta(days=1)
                if c.completed.month != 2 or c.completed.day != 29
                else c.completed + timedelta(days=1460),
                d,
            ),
        ),
    ]
    if c.approval:
        rows.insert(7, ("Course Approval No.:", c.approval))
    p.items += [
        Text(306, 60, "CERTIFICATE OF COMPLETION", 24, f.sans_bold, "center", "Helvetica-Bold"),
        Text(306, 96, "Continuing Education Record", 13, f.sans, "center", "Helvetica"),
        Rule(60, 124, 552, 124, 1.2),
    ]
    y = 150
    for label, value in rows:
        if label == "Course Title:":
            lines = _wrap(value, f.sans_bold, 12, 300)
        else:
            lines = [value]
        p.items.append(Text(x, y, label, 12, f.sans_bold, "left", "Helvetica-Bold"))
        for line in lines:
            p.items.append(Text(vx, y, line, 12, f.sans, "left", "Helvetica"))
            y += 18
        y += 14
    p.items += [
        Rule(60, y + 20, 552, y + 20, 0.6),
        Text(
            60,
            y + 30,
            f"{c.provider}  ·  {c.address[0]}, {c.address[1]}",
            9,
            f.sans,
            "left",
            "Helvetica",
        ),
        Text(60, y + 44, f"Phone {c.phone}", 9, f.sans, "left", "Helvetica"),
    ]
    return p, truth(c, "course")


def awarded(rng: random.Random, c: Content) -> tuple[Page, dict]:
    f = pick_fonts(rng)
    p = Page(792, 612, border=rng.random() < 0.5)
    mid, d = 396, c.date_style
    p.items += [
        Text(mid, 70, "CERTIFICATE", 40, f.bold, "center", "Times-Bold"),
        Text(mid, 118, "OF ACHIEVEMENT", 16, f.regular, "center", "Times-Roman"),
        Text(mid, 160, "Presented to", 14, f.italic, "center", "Times-Italic"),
        Text(mid, 182, c.name, 32, rng.choice([f.script, f.bold]), "center", "Times-Bold"),
        Text(mid, 236, "for successfully completing", 14, f.regular, "center", "Times-Roman"),
    ]
    y = 260
    for line in _wrap(c.title, f.bold, 22, 560):
        p.items.append(Text(mid, y, line, 22, f.bold, "center", "Times-Bold"))
        y += 28
    p.items += [
        Text(mid, y + 8, f"Presented by {c.provider}", 13, f.regular, "center", "Times-Roman"),
        Text(
            mid,
            y + 32,
            f"Continuing Education Credits: {c.hours:.1f}   ·   "
            f"Contact Hours: {fmt_hours(c.hours + rng.choice([1, 3, 7]))}",
            12,
            f.regular,
            "center",
            "Times-Roman",
        ),
        Text(160, 470, fmt_date(c.completed, d), 13, f.regular, "center", "Times-Roman"),
        Rule(80, 490, 240, 490, 0.8),
        Text(160, 496, "Date of Completion", 11, f.italic, "center", "Times-Italic"),
        Text(632, 470, c.staff, 13, f.italic, "center", "Times-Italic"),
        Rule(552, 490, 712, 490, 0.8),
        Text(632, 496, "Lead Instructor", 11, f.italic, "center", "Times-Italic"),
        Text(
            mid,
            540,
            f"Valid through {fmt_date(c.completed + timedelta(days=730), d)}   ·   "
            f"Certificate ID {c.cert_no}",
            10,
            f.regular,
            "center",
            "Times-Roman",
        ),
    ]
    if c.approval:
        p.items.append(
            Text(mid, 470, f"IICRC Course # {c.approval}", 11, f.regular, "center", "Times-Roman")
        )
    return p, truth(c, "course")


def modern(rng: random.Random, c: Content) -> tuple[Page, dict]:
    f = pick_fonts(rng)
    p = Page(792, 612)
    d, x = c.date_style, 70
    p.items += [
        Text(x, 60, c.provider.upper(), 13, f.sans_bold, "left", "Helvetica-Bold"),
        Text(x, 80, f"{c.address[0]} | {c.address[1]} | {c.phone}", 9, f.sans, "left", "Helvetica"),
        Rule(x, 100, 722, 100, 2),
        Text(x, 130, "Certificate of Completion", 30, f.sans_bold, "left", "Helvetica-Bold"),
        Text(x, 190, f"Awarded to {c.name}", 20, f.sans, "left", "Helvetica"),
        Text(x, 236, "for completing the course", 12, f.sans, "left", "Helvetica"),
    ]
    y = 256
    for line in _wrap(c.title, f.sans_bold, 20, 620):
        p.items.append(Text(x, y, line, 20, f.sans_bold, "left", "Helvetica-Bold"))
        y += 26
    p.items += [
        Text(
            x,
            y + 24,
            f"Date completed: {fmt_date(c.completed, d)}",
            12,
            f.sans,
            "left",
            "Helvetica",
        ),
        Text(x, y + 44, f"CECs: {fmt_hours(c.hours)}", 12, f.sans, "left", "Helvetica"),
        Text(x, y + 64, f"Sponsored by {c.provider}", 12, f.sans, "left", "Helvetica"),
        Text(x, 520, f"Instructor: {c.staff}", 10, f.sans, "left", "Helvetica"),
        Text(722, 520, f"Cert. #{c.cert_no}", 10, f.sans, "right", "Helvetica"),
        Text(
            722,
            536,
            f"Issue date: {fmt_date(c.completed + timedelta(days=3), d)}",
            10,
            f.sans,
            "right",
            "Helvetica",
        ),
    ]
    if c.approval:
        p.items.append(
            Text(x, 536, f"IICRC Approval Number: {c.approval}", 10, f.sans, "left", "Helvetica")
        )
    return p, truth(c, "course")
