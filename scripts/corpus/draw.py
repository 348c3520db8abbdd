"""One certificate's values, drawn from a seeded RNG, and the truth they make.

A family's `fill(d)` asks `d` for each printed field (`d.name()`,
`d.date()`, ...). Asking prints the value and records it as truth, so a
field the layout never prints stays null in truth.json, as a person typing
from the paper would leave it blank.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from corpus import formats as F
from corpus import values as V

FIELDS = ("holder_name", "course_title", "provider", "completion_date", "hours", "approval_number")

FONTS = {
    "serif": [
        "C059",
        "P052",
        "Nimbus Roman",
        "Liberation Serif",
        "DejaVu Serif",
        "EB Garamond",
        "Linux Libertine O",
        "Old Standard TT",
        "Quattrocento",
        "URW Bookman",
    ],
    "sans": [
        "Nimbus Sans",
        "Liberation Sans",
        "DejaVu Sans",
        "Open Sans",
        "Lato",
        "Roboto",
        "Cantarell",
        "URW Gothic",
        "League Spartan",
    ],
    "script": ["Dancing Script", "Z003", "Kaushan Script", "Kristi", "Lobster Two", "TypoScript"],
    "display": [
        "Linux Libertine Display O",
        "C059",
        "EB Garamond",
        "Old Standard TT",
        "League Spartan",
        "Roboto Slab",
        "P052",
    ],
    "cond": [
        "Roboto Condensed",
        "Nimbus Sans Narrow",
        "Liberation Sans Narrow",
        "Open Sans Condensed",
    ],
    "mono": ["Nimbus Mono PS", "Liberation Mono", "DejaVu Sans Mono"],
    "hand": ["Kristi", "Dancing Script", "Kaushan Script"],
}
GENERIC = {
    "serif": "serif",
    "display": "serif",
    "script": "cursive",
    "hand": "cursive",
    "mono": "monospace",
}
COLORS = {
    "dark": [
        "#1f3a5f",
        "#23395d",
        "#0b3d2e",
        "#4a1c40",
        "#2f2f2f",
        "#5b2333",
        "#123c69",
        "#3d2b1f",
        "#1b4332",
    ],
    "accent": ["#b8860b", "#a67c00", "#8b0000", "#1e6091", "#2d6a4f", "#6a4c93", "#9c6644"],
    "light": ["#f6f1e1", "#eef4f8", "#f3efe6", "#f0f5ef", "#fbf7ee", "#f5f5f5"],
}


class Draw:
    def __init__(self, rng: random.Random, kind: str) -> None:
        self.rng = rng
        self.kind = kind
        self.truth: dict[str, object] = {f: None for f in FIELDS}
        self.accept: dict[str, list[str]] = {}
        self.printed: dict[str, str] = {}
        self._draw_content()
        self.fonts = {k: self._stack(k) for k in FONTS}
        self.colors = {k: rng.choice(v) for k, v in COLORS.items()}

    # ---- the values behind one certificate -------------------------------------------
    def _draw_content(self) -> None:
        r = self.rng
        self.first, self.last = r.choice(V.FIRST), r.choice(V.LAST)
        self.middle = f"{r.choice(V.MIDDLE)}." if r.random() < 0.2 else ""
        self.suffix = r.choice(V.SUFFIXES) if r.random() < 0.05 else ""
        self.completed = date(2019, 1, 1) + timedelta(days=r.randrange(0, 2738))
        self.code = None
        if self.kind == "session":
            self.course = r.choice(V.SESSIONS)
            self.credit = r.choice([0.5, 1, 1, 1.5, 1.5, 2, 3])
        elif self.kind == "booth":
            self.course = "IICRC Booth Registration"
            self.credit = r.choice([2, 2, 2, 1])
        elif r.random() < 0.6:
            self.course, self.code = r.choice(V.IICRC_COURSES)
            self.credit = r.choice([7, 14, 14, 19, 21, 16, 21, 12.5, 3.5, 7.5])
        else:
            self.course = r.choice(V.CE_COURSES)
            self.credit = r.choice([0.5, 1, 1.5, 2, 3, 3.5, 4, 6, 7, 7, 8, 10, 2.5])
        if self.kind in ("session", "booth"):
            event = r.choice(V.EVENTS)
            self.org, self.org_alt = (f"{event} {self.completed.year}", event)
        else:
            pool = r.choice(["school", "school", "school", "association", "maker"])
            if pool == "association":
                self.org, self.org_alt = r.choice(V.ASSOCIATIONS), None
            else:
                self.org, self.org_alt = r.choice(
                    V.SCHOOLS if pool == "school" else V.MANUFACTURERS
                )
        self.approval_value = r.choice(
            [
                f"{r.randrange(10000, 99999)}",
                f"CEC-{self.completed.year}-{r.randrange(1000, 9999)}",
                f"{self.code or 'CE'}-{r.randrange(1000, 9999)}",
                f"A{r.randrange(1000, 9999)}-{r.randrange(100, 999)}",
            ]
        )

    @property
    def plain_name(self) -> str:
        return " ".join(p for p in [self.first, self.middle, self.last, self.suffix] if p)

    def _stack(self, kind: str) -> str:
        return f"'{self.rng.choice(FONTS[kind])}', {GENERIC.get(kind, 'sans-serif')}"

    def pick(self, options):
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ---- printed fields: each call records what a person would type ------------------
    def put(self, field: str, value, printed: str | None = None, accept=()) -> None:
        self.truth[field] = value
        if printed is not None:
            self.printed[field] = printed
        if accept:
            self.accept.setdefault(field, []).extend(a for a in accept if a != value)

    def name(self, style: str | None = None) -> str:
        style = style or self.pick(["plain"] * 5 + ["upper", "honorific"])
        full = self.plain_name
        short = f"{self.first} {self.last}"
        accept = [short] if short != full else []
        if self.suffix:
            accept.append(" ".join(p for p in [self.first, self.middle, self.last] if p))
        text = full
        if style == "upper":
            text = full.upper()
        elif style == "honorific":
            text = f"{self.pick(['Mr.', 'Ms.', 'Mx.'])} {full}"
        elif style == "last_first":
            text = f"{self.last}, {' '.join(p for p in [self.first, self.middle] if p)}"
            accept.append(text)
        self.put("holder_name", full, text, accept)
        return text

    def title(self, style: str | None = None) -> str:
        style = style or self.pick(["plain", "plain", "plain", "with_code", "code_first"])
        text, accept = self.course, []
        if self.code and style == "with_code":
            text = f"{self.course} ({self.code})"
            accept = [self.course]
        elif self.code and style == "code_first":
            text = f"{self.code} – {self.course}"
            accept = [self.course, f"{self.code} - {self.course}"]
        elif style == "upper":
            text = self.course.upper()
        self.put("course_title", text if style != "upper" else self.course, text, accept)
        return text

    def set_title(self, text: str, accept=()) -> str:
        self.put("course_title", text, text, accept)
        return text

    def provider(self, style: str | None = None) -> str:
        text = self.org.upper() if style == "upper" else self.org
        self.put("provider", self.org, text, [self.org_alt] if self.org_alt else [])
        return text

    def date(self, style: str | None = None) -> str:
        text = F.fmt_date(self.completed, style or self.pick(F.COMMON))
        self.put("completion_date", self.completed.isoformat(), text)
        return text

    def date_range(self, days: int | None = None) -> str:
        days = days if days is not None else self.pick([1, 1, 2])
        start = self.completed - timedelta(days=days)
        text = F.fmt_range(start, self.completed, self.rng)
        self.put("completion_date", self.completed.isoformat(), text)
        return text

    def hours(self, style: str | None = None) -> str:
        style = style or self.pick(list(F.HOURS_STYLES))
        text = F.fmt_hours(self.credit, style, self.rng)
        self.put("hours", float(self.credit), text)
        return text

    def hours_number(self) -> str:
        text = F.fmt_number(self.credit, self.rng)
        self.put("hours", float(self.credit), text)
        return text

    def approval(self) -> str:
        self.put("approval_number", self.approval_value, self.approval_value)
        return self.approval_value

    # ---- distractors: printed, never truth -------------------------------------------
    def person(self) -> str:
        middle = f" {self.pick(V.MIDDLE)}." if self.chance(0.3) else ""
        who = f"{self.pick(V.FIRST)}{middle} {self.pick(V.LAST)}"
        return who if who != self.plain_name else f"{who} {self.pick(V.SUFFIXES)}"

    def role(self) -> str:
        return self.pick(V.ROLES)

    def other_date(self, kind: str, style: str | None = None) -> str:
        offsets = {
            "issue": (1, 30),
            "expiry": (365, 1461),
            "print": (40, 400),
            "start": (-3, -1),
            "registered": (-60, -5),
        }
        lo, hi = offsets[kind]
        day = self.completed + timedelta(days=self.rng.randint(lo, hi))
        return F.fmt_date(day, style or self.pick(F.COMMON))

    def number(self, prefix: str = "") -> str:
        return prefix + self.pick(
            [
                f"{self.completed.year}-{self.rng.randrange(10000, 99999)}",
                f"{self.rng.randrange(100000, 999999)}",
                f"C{self.rng.randrange(1000000, 9999999)}",
            ]
        )

    def phone(self) -> str:
        r = self.rng
        return f"({r.randrange(201, 989)}) {r.randrange(200, 999)}-{r.randrange(1000, 9999)}"

    def address(self) -> tuple[str, str]:
        return self.pick(V.CITIES)

    def city(self) -> str:
        return self.pick(V.CITY_NAMES)

    def venue(self) -> str:
        return self.pick(V.VENUES)

    def web(self) -> str:
        slug = "".join(ch for ch in (self.org_alt or self.org).lower() if ch.isalnum())[:18]
        return f"www.{slug}.com"

    def finish(self) -> dict:
        """Truth as truth.json stores it; documents that are not certificates hold none."""
        if self.kind == "other":
            return {f: None for f in FIELDS} | {"accept": {}, "printed": {}}
        return dict(self.truth) | {"accept": self.accept, "printed": self.printed}
