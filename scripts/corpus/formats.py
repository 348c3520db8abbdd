"""How certificates print dates and hours: every form a technician meets."""

from __future__ import annotations

import calendar
import random
from datetime import date

MONTHS = list(calendar.month_name)[1:]
ORDINAL_WORDS = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
]
NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "twenty-one",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def suffix(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# Each style is what some real certificate prints. "dmy_numeric" is only used
# when the day cannot be read as a month, as a person would need that too.
DATE_STYLES = {
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "long_upper": lambda d: f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year}",
    "short_month": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    "short_month_dot": lambda d: f"{MONTHS[d.month - 1][:3]}. {d.day:02d}, {d.year}",
    "dmy_long": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "ordinal": lambda d: f"{MONTHS[d.month - 1]} {d.day}{suffix(d.day)}, {d.year}",
    "ordinal_dmy": lambda d: f"{d.day}{suffix(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "us_numeric": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "us_short": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "us_dash": lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}",
    "iso": lambda d: d.isoformat(),
    "dd_mon_yyyy": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
    "weekday": lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    "words": lambda d: f"the {ORDINAL_WORDS[d.day]} day of {MONTHS[d.month - 1]}, {d.year}",
    "dmy_numeric": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
}
COMMON = [
    "long",
    "long",
    "short_month",
    "ordinal",
    "us_numeric",
    "us_numeric",
    "dmy_long",
    "us_short",
    "iso",
    "short_month_dot",
    "dd_mon_yyyy",
    "weekday",
    "long_upper",
]


def fmt_date(d: date, style: str) -> str:
    if style == "dmy_numeric" and d.day <= 12:
        style = "dmy_long"
    return DATE_STYLES[style](d)


def fmt_range(start: date, end: date, rng: random.Random) -> str:
    """A span of days as programs print it; the completion date is `end`."""
    m0, m1 = MONTHS[start.month - 1], MONTHS[end.month - 1]
    dash = rng.choice(["-", "–", " - ", " – ", " to "])
    if start.month == end.month and start.year == end.year:
        return rng.choice(
            [
                f"{m0} {start.day}{dash}{end.day}, {end.year}",
                f"{start.day}{dash}{end.day} {m0} {end.year}",
                f"{m0[:3]}. {start.day}{dash}{end.day}, {end.year}",
            ]
        )
    if start.year == end.year:
        return f"{m0} {start.day}{dash}{m1} {end.day}, {end.year}"
    return f"{fmt_date(start, 'long')}{dash}{fmt_date(end, 'long')}"


def fmt_number(value: float, rng: random.Random, decimals_ok: bool = True) -> str:
    if value == int(value):
        return f"{int(value)}.0" if decimals_ok and rng.random() < 0.2 else str(int(value))
    return f"{value:g}"


def number_words(value: float) -> str:
    whole = int(value)
    text = NUMBER_WORDS[whole] if whole < len(NUMBER_WORDS) else str(whole)
    if value != whole:
        text += " and one-half" if abs(value - whole - 0.5) < 1e-9 else ""
    return text


# Hours phrases: (template, needs whole number). `{n}` is the number, `{w}` in
# words, `{ceu}` the same credit in CEUs (one CEU is ten contact hours).
HOURS_STYLES = {
    "cec_hours": "{n} CEC hours",
    "cecs": "{n} CECs",
    "cecs_colon": "CECs: {n}",
    "credit_hours": "Credit Hours: {n}",
    "words": "{w} ({n}) hours",
    "words_cec": "{w} ({n}) Continuing Education Credits",
    "hrs": "{n} hrs",
    "hours_title": "{n} Hours",
    "ceu_and_cec": "{ceu} CEUs ({n} IICRC CEC hours)",
    "iicrc_cec": "IICRC CECs: {n}",
    "contact_and_cec": "{c} contact hours / {n} CECs",
}


def fmt_hours(value: float, style: str, rng: random.Random) -> str:
    n = fmt_number(value, rng)
    contact = value + rng.choice([0.5, 1, 1]) if style == "contact_and_cec" else value
    return HOURS_STYLES[style].format(
        n=n, w=number_words(value).capitalize(), ceu=f"{value / 10:g}", c=f"{contact:g}"
    )
