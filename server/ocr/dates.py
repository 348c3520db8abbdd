"""Dates as certificates print them, read into ISO dates.

An all-numeric date is US month/day: IICRC certificates come from US and
Canadian providers that mostly print 03/04/2026 for March 4. A page that
prints 19/02/2025 can only mean day/month, and then every numeric date on
it is read that way (`day_first`).
"""

from __future__ import annotations

import re
from datetime import date

import msgspec

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# A month's name, whole or cut short (lower case; match ignoring case).
MONTH_NAME = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH = r"(?P<{g}>" + MONTH_NAME + r")\.?"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_DASH = r"\s*(?:-|–|—|to|through|thru|and|&)\s*"
_ORDINALS = {
    word: n
    for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        start=1,
    )
}
_ORDINALS.update(
    {f"twenty{sep}{w}": 20 + n for w, n in list(_ORDINALS.items())[:9] for sep in "- "}
)
_ORDINALS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_ORDINAL = "|".join(sorted((re.escape(w) for w in _ORDINALS), key=len, reverse=True))
# "this fifth day of March, 2026", "the 5th day of March in the year 2026"
_WORDY = (
    rf"\b(?P<d>{_ORDINAL}|[0-3]?\d(?:st|nd|rd|th)?)\s+day\s+of\s+{_MONTH.format(g='m')}"
    rf",?\s+(?:in\s+the\s+year\s+(?:of\s+)?)?{_YEAR.format(g='y')}\b"
)

# Order matters: ranges before single dates, so "March 2-4, 2026" is one match.
_PATTERNS = [
    ("words", _WORDY),
    (
        "dmy_range",
        rf"\b{_DAY.format(g='d')}{_DASH}{_DAY.format(g='d2')}\s+{_MONTH.format(g='m')}"
        rf",?\s+{_YEAR.format(g='y')}\b",
    ),
    (
        "mdy_range",
        rf"\b{_MONTH.format(g='m')}\s+{_DAY.format(g='d')}{_DASH}"
        rf"(?:{_MONTH.format(g='m2')}\s+)?{_DAY.format(g='d2')}[,.]?\s+{_YEAR.format(g='y')}\b",
    ),
    # OCR splits a large day's two figures too ("June 1 5, 2023").
    (
        "mdy",
        rf"\b{_MONTH.format(g='m')}\s*(?P<d>[0-3] \d(?!\d)|[0-3]?\d)(?:st|nd|rd|th)?"
        rf"(?:\s*[,.]\s*|\s+){_YEAR.format(g='y')}\b",
    ),
    ("dmy", rf"\b{_DAY.format(g='d')}[\s\-]*{_MONTH.format(g='m')}[\s\-,]*{_YEAR.format(g='y')}\b"),
    ("iso", r"(?<![\d/.])\b(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)\b"),
    # A long month's name misread by a letter or two ("14 Febraary 2026",
    # "Septmber 9, 2024"): a word of letters between a day and a year is
    # taken for the month it nearly spells (_build checks how nearly).
    (
        "mdy_misread",
        rf"\b(?P<m>[a-z]{{6,10}})\.?\s+{_DAY.format(g='d')}(?:\s*[,.]\s*|\s+){_YEAR.format(g='y')}\b",
    ),
    ("dmy_misread", rf"\b{_DAY.format(g='d')}\s+(?P<m>[a-z]{{6,10}})[\s,]+{_YEAR.format(g='y')}\b"),
    # OCR splits a figure pair in a slashed date ("06/1 1/2026"): a space
    # between two digits of the month or day is not a separator there. The
    # first figure is the day where the page prints days first (22/12/2022).
    (
        "us",
        r"(?<![\d/.-])(?P<m>[0-3] ?\d|\d)[/.-](?P<d>[0-3] ?\d|\d)[/.-](?P<y>(?:19|20)?\d\d)(?![\d/])",
    ),
]
_REGEXES = [(name, re.compile(p, re.IGNORECASE)) for name, p in _PATTERNS]


_JOINED = re.compile(r"(?<=\d)[-–—](?=[0-3]?\d[/.][0-3]?\d[/.](?:19|20)?\d\d(?![\d/]))")


class DateMatch(msgspec.Struct, frozen=True):
    value: date
    start: int  # character offsets in the text searched
    end: int
    range_start: date | None = None  # set when the match is a range; value is its end


def find_dates(text: str, day_first: bool = False) -> list[DateMatch]:
    """Every date in `text`, left to right, none overlapping another; numeric
    ones read day first where the page prints them so."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    # "10/28/24-10/30/24": the dash that joins two numeric dates is no part
    # of the second (read with a space in its place, the same length).
    probe = _JOINED.sub(" ", text)
    for name, regex in _REGEXES:
        for m in regex.finditer(probe if name == "us" else text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            parsed = _build(name, m, day_first and name == "us")
            if parsed is None:
                continue
            found.append(parsed)
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return _join_numeric_ranges(text, found)


# "Tuesday, January 19" with its year lost to a wrapped table cell or a
# slip that prints none: the weekday says which of the page's years it is.
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_YEARLESS = re.compile(
    rf"\b(?P<w>{'|'.join(_WEEKDAYS)})[a-z]*\.?,?\s+"
    rf"(?:{_MONTH.format(g='m')}\s+{_DAY.format(g='d')}|{_DAY.format(g='d2')}\s+{_MONTH.format(g='m2')})"
    rf"(?![\d/-]|\.\d|[,.]?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)


def find_yearless(text: str, years: set[int]) -> list[DateMatch]:
    """Dates printed with their weekday but no year ("Tuesday, January 19"),
    in the one year among `years` on which that day is that weekday."""
    found = []
    for m in _YEARLESS.finditer(text):
        month = _month(m["m"] or m["m2"])
        weekday = _WEEKDAYS[m["w"].lower()]
        fits = []
        for year in years:
            try:
                day = date(year, month, int(m["d"] or m["d2"]))
            except (ValueError, TypeError):
                continue
            if day.weekday() == weekday:
                fits.append(day)
        if len(fits) == 1:
            found.append(DateMatch(value=fits[0], start=m.start(), end=m.end()))
    return found


def printed_years(texts: list[str]) -> set[int]:
    """Every year a page prints, in a date or not ("Summit 2024")."""
    return {int(y) for text in texts for y in re.findall(rf"\b{_YEAR.format(g='y')}\b", text)}


_NUMERIC = re.compile(r"(?<![\d/.-])([0-3]?\d)[/.-]([0-3]?\d)[/.-](?:19|20)?\d\d(?![\d/])")


def day_first(texts: list[str]) -> bool:
    """Whether a page prints its numeric dates day first: one of them can only
    be read so (19/02/2025) and none only month first (02/19/2025)."""
    pairs = [(int(a), int(b)) for text in texts for a, b in _NUMERIC.findall(text)]
    return any(a > 12 >= b >= 1 for a, b in pairs) and not any(b > 12 >= a >= 1 for a, b in pairs)


def parse_date(text: str) -> date | None:
    """The single date `text` holds (the end of a range), or None."""
    matches = find_dates(text)
    return matches[0].value if matches else None


def _build(name: str, m: re.Match[str], swap: bool = False) -> DateMatch | None:
    g = m.groupdict()
    if swap:
        g["m"], g["d"] = g["d"], g["m"]
    year = int(g["y"])
    if year < 100:
        year += 2000
    m_text, d_text = g["m"].replace(" ", ""), g["d"].replace(" ", "")
    month = int(m_text) if m_text.isdigit() else _month(m_text)
    if month is None:
        return None
    day = _ORDINALS.get(g["d"].lower()) or int(re.sub(r"\D", "", d_text))
    try:
        value = date(year, month, day)
        start = None
        if name == "dmy_range":
            start, value = date(year, month, int(g["d2"])), value
            start, value = value, start
            if value < start:
                return None
        if name == "mdy_range":
            start = value
            month2 = _month(g["m2"]) if g.get("m2") else month
            value = date(year, month2, int(g["d2"]))
            if value < start:
                return None
    except ValueError:
        return None
    return DateMatch(value=value, start=m.start(), end=m.end(), range_start=start)


def _month(name: str) -> int | None:
    """A month's number from its name, whole, cut short or misread."""
    name = name.rstrip(".").lower()
    if re.fullmatch(MONTH_NAME, name):
        return MONTHS[name[:3]]
    return misread_month(name)


# The months whose names are long enough to be told apart when misread.
_LONG_MONTHS = {
    "january": 1,
    "february": 2,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}


def misread_month(word: str) -> int | None:
    """The long month a word nearly spells: one letter changed, added or
    dropped in a name of up to seven letters, two in a longer one; None
    where it is no such month or could be two."""
    found = {
        n
        for name, n in _LONG_MONTHS.items()
        if _edits(word.lower(), name) <= (1 if len(name) <= 7 else 2)
    }
    return found.pop() if len(found) == 1 else None


def _edits(a: str, b: str) -> int:
    """Levenshtein distance between two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _join_numeric_ranges(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """`03/02/2026 - 03/04/2026` is one range ending on the 4th, not two dates."""
    out: list[DateMatch] = []
    for match in found:
        if (
            out
            and out[-1].range_start is None
            and re.fullmatch(_DASH, text[out[-1].end : match.start])
            and out[-1].value <= match.value
        ):
            first = out.pop()
            match = DateMatch(
                value=match.value, start=first.start, end=match.end, range_start=first.value
            )
        out.append(match)
    return out
