"""CEC hours as certificates state them, told apart from classroom hours."""

from __future__ import annotations

import re

import msgspec

# What certificates award: at least a quarter hour, at most a long course
# (IICRC courses run up to five days). Anything else is a misread or a number
# that is not hours at all.
MIN_HOURS = 0.25
MAX_HOURS = 60.0

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "eighteen": 18,
    "twenty": 20,
    "twenty-one": 21,
    "twenty one": 21,
    "twenty-eight": 28,
    "thirty": 30,
    "thirty-five": 35,
}
_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
# "1.5", "1,5", "1½", "1 1/2", "1-1/2", "½", "1/2".
_NUM = r"\d{1,2}(?:[.,]\d{1,2})?(?:\s*[½¼¾]|[\s-]+[13]/[24](?![\d/]))?|[½¼¾]|[13]/[24](?![\d/])"
# "Two (2)", "2", "2.0", "two": the figure in brackets wins over the word.
# "Two and one-half (2.5)", "(3.5)" where the words wrapped onto the line above.
_FRACTION = r"(?:\s+and)?(?:\s+an?)?[\s-]+(?:one[\s-]+)?(?:half|quarter|three[\s-]+quarters?)"
# The figure in brackets after the words, misread: "Ten (1o.o)". The words say it.
_MISREAD_FIGURE = r"\((?=[^()]*[oOIl|!])[\doOIl|!.,]{1,5}\)"
_AMOUNT = (
    rf"(?:(?:(?P<word>{_WORD})(?:{_FRACTION})?\s*|(?<=[\s-])(?:one[\s-]+)?half\s*)?"
    rf"\(\s*(?P<paren>{_NUM})\s*\)|(?P<num>{_NUM})(?![\s-]*(?:min|mins|minutes?)\b)"
    rf"|(?P<bare>{_WORD})(?P<part>{_FRACTION})?(?:\s*{_MISREAD_FIGURE})?)"
)
# "3 hours 30 minutes"
_HOURS_MINUTES = re.compile(
    r"(?<![\d.])(?P<h>\d{1,2})\s*(?:hours?|hrs?\.?)\s*(?:and\s+)?(?P<m>[0-5]?\d)\s*(?:min|minutes|mins)\b",
    re.IGNORECASE,
)
_CEC_UNIT = (
    r"(?:IICRC\s+)?(?:CEC|CE|CEU)s?\.?(?:\s*(?:hours?|hrs?\.?|credits?|units?))?|"
    r"continuing[\s-]+education\s+(?:credits?|hours?|units?)(?:\s+hours?)?|"
    r"credit\s+hours?|credits?"
)
_PLAIN_UNIT = r"hours?|hrs?\.?"
# Hours that are time in the room, not credit.
_CONTACT = r"(?:classroom|contact|clock|instructional|lecture|seat|lab|class|course\s+length)"

# Not a date's last part ("Course date 2025-01-28" over "Hours"), nor the
# hours an OSHA outreach course is named by ("OSHA 10-Hour Construction"),
# nor a figure before the unit that names a paper ("1 CEC tracker – …": a
# spreadsheet's row number before its title).
_AFTER = re.compile(
    rf"(?<![\w.])(?<!\d[-/])(?<!osha\s){_AMOUNT}\s*(?:-\s*)?(?P<unit>(?:{_CONTACT}\s+)?(?:{_CEC_UNIT}|{_PLAIN_UNIT}))"
    rf"(?P<of>\s+of\s+(?:IICRC\s+)?(?:continuing[\s-]+education|CEC))?\b"
    r"(?!\s+(?:tracker|log|ledger|summary|statement|transcript|report)\b)",
    re.IGNORECASE,
)
# A stray full stop between label and figure ("CEC. Hours:.2") is print dust.
# A hyphen with no space either side is a code ("Form CE-12"), not a label.
# A figure followed by a dash and another is a span or a misread decimal
# ("CEC Hours: 3-5" printed as 3.5): neither figure is the amount.
_LABELLED = re.compile(
    rf"(?<![\w-])(?P<unit>{_CEC_UNIT}|{_PLAIN_UNIT}|duration)(?:\s+(?:awarded|earned|approved|granted))?"
    rf"(?:\s*[:;=#]{{1,2}}\s*[._]?|\s*-{{1,2}}\s+|\s+-{{1,2}}\s*|\s+)\s*{_AMOUNT}(?:\s*(?:{_PLAIN_UNIT})\b)?(?![\d/:]|\s*[-–]\s*\d)",
    re.IGNORECASE,
)


# A rate between units, not an amount awarded: "One CEU equals ten contact
# hours", "10 contact hours = 1 CEU", "one CEC is one hour of instruction".
# Nothing inside one is an amount.
_SAYS_EQUAL = r"(?:=|equals?|(?:is\s+)?(?:equal|equivalent)\s+to)"
_EQUALS = rf"(?:{_SAYS_EQUAL}|is)"
_ONE_UNIT = (
    r"(?:one|1(?:\.0)?|a|each)\s+(?:(?:ceu|cec|credit|unit)s?(?:\s+hours?)?|hour\s+of\s+credit)"
)
_COUNT = rf"(?:{_WORD}|\d{{1,2}}(?:\.\d)?)"
_TIME = rf"{_COUNT}\s+(?:{_CONTACT}\s+)?(?:hours?|hrs?\.?)"
# Or credit by the hour: "One CEC is awarded per hour of instruction",
# "1 CEC for each full hour attended", "One CEC hour per 60 minutes of
# hands-on instruction", "One hour of credit per sixty minutes attended".
_PER = (
    r"(?:\s+(?:is|are|will\s+be)?\s*(?:awarded|given|granted|earned|issued|credited))?"
    r"\s+(?:per|for\s+(?:each|every))\s+(?:full\s+)?"
    r"(?:hour|(?:\d{2}|sixty|fifty|forty-five|thirty)\s+minutes|half[\s-]hour)"
)
_RATE = re.compile(
    rf"\b{_ONE_UNIT}\s*{_EQUALS}\s*{_TIME}|\b{_TIME}\s*{_EQUALS}\s*{_ONE_UNIT}\b"
    rf"|\b{_ONE_UNIT}{_PER}\b"
    # A rate its line cuts short: "… to receive credit. *One CEU equals ten" /
    # "contact hours; this course carries 14 IICRC CECs."
    rf"|\b{_ONE_UNIT}\s*{_SAYS_EQUAL}(?:\s*{_COUNT})?\s*$"
    # Minutes to the hour of credit: "Sixty minutes of instruction equal one" /
    # "hour of credit", "sixty minutes to one continuing education hour".
    rf"|\b(?:sixty|fifty|60|50)\s+minutes\b[^.;]{{0,40}}?\b(?:equals?|=|to|makes?)\s+"
    rf"(?:one|1|an?)\b(?:\s+[\w-]+){{0,3}}?\s+hours?\b"
    # How credit is rounded: "… rounded down to the nearest one-half credit".
    rf"|\bnearest\s+(?:(?:{_WORD})(?:{_FRACTION})?|{_NUM})\s+\w+"
    # What a renewal asks for in a period: "2 CECs a year", "14 hours / cycle",
    # "8 CECs per 4-year cycle", "14 hours every 4 years".
    rf"|\b{_COUNT}\s+(?:{_CEC_UNIT}|{_PLAIN_UNIT})\s*(?:an?|per|each|every|/)\s*"
    rf"(?:(?:\d|{_WORD})[\s-]+years?(?:\s+(?:renewal\s+)?(?:cycle|period))?|years?|yr|"
    rf"(?:renewal\s+)?(?:cycle|period))\b",
    re.IGNORECASE,
)


class HoursMatch(msgspec.Struct, frozen=True):
    value: float
    start: int
    end: int
    credit: bool  # named as CEC / CE / credit hours, not just "hours"
    contact: bool  # classroom or contact hours: time spent, not credit awarded


def find_hours(text: str) -> list[HoursMatch]:
    """Every stated amount of hours in `text`, credit or contact."""
    found: dict[int, HoursMatch] = {}
    rates = [(r.start(), r.end()) for r in _RATE.finditer(text)]
    for m in _HOURS_MINUTES.finditer(text):
        value = int(m.group("h")) + int(m.group("m")) / 60
        if MIN_HOURS <= value <= MAX_HOURS:
            found[m.start()] = HoursMatch(round(value, 2), m.start(), m.end(), False, False)
    for regex in (_LABELLED, _AFTER):
        for m in regex.finditer(text):
            value = _amount(m)
            if (
                value is None
                or any(a < m.end() and m.start() < b for a, b in rates)
                or any(m.start() < h.end and h.start < m.end() for h in found.values())
            ):
                continue
            unit = m.group("unit").lower()
            credit = bool(m.groupdict().get("of")) or not re.fullmatch(
                rf"{_PLAIN_UNIT}|duration", unit, re.IGNORECASE
            )
            before = text[max(0, m.start() - 24) : m.start()]
            # "Credit awarded: 2.5 contact hours": the unit after a labelled figure is its own.
            after = text[m.end() : m.end() + 24]
            contact = (
                bool(re.search(rf"{_CONTACT}\W*$", before, re.IGNORECASE))
                or bool(re.match(_CONTACT, unit))
                or bool(re.match(rf"\s*{_CONTACT}\s+(?:hours?|hrs?)\b", after, re.IGNORECASE))
            )
            found[m.start()] = HoursMatch(
                value=value,
                start=m.start(),
                end=m.end(),
                credit=credit and not contact,
                contact=contact,
            )
    return [found[k] for k in sorted(found)]


def _with_part(whole: float, part: str) -> float:
    """ "one and a half" is 1.5, "two and three quarters" 2.75; without "and",
    the word counts the parts: "one-half" is 0.5, "three quarters" 0.75."""
    unit = 0.5 if "half" in part else 0.25
    if re.search(r"\band\b", part):
        return whole + (0.75 if "three" in part else unit)
    return whole * unit


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "1/2": 0.5, "1/4": 0.25, "3/4": 0.75}


def parse_number(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    for part, value in _VULGAR.items():
        if text.endswith(part):
            head = text[: -len(part)].strip(" -")
            return (float(head) if head else 0.0) + value
    text = text.replace(" ", "")
    try:
        return float(text)
    except ValueError:
        return None


def _amount(m: re.Match[str]) -> float | None:
    if m.group("paren"):
        value = parse_number(m.group("paren"))
    elif m.group("num"):
        value = parse_number(m.group("num"))
    else:
        value = float(NUMBER_WORDS[m.group("bare").lower().replace("  ", " ")])
        if part := m.group("part"):
            value = _with_part(value, part.lower())
    if value is None or not MIN_HOURS <= value <= MAX_HOURS:
        return None
    return value
