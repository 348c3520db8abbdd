"""Dates and hours as candidates: every one printed on the page, with what
speaks for it (its label, "on" before it, the end of a range) and against it
(an issue or expiry label, classroom hours, a figure past three days of class).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING

from server.ocr import labels as L
from server.ocr.dates import DateMatch, day_first, find_dates, find_yearless, printed_years
from server.ocr.hours import MAX_HOURS, MIN_HOURS, find_hours, parse_number

if TYPE_CHECKING:
    from server.ocr.candidates import Candidate, Page
    from server.ocr.models import Line


def dates(page: Page, kind: str) -> list[Candidate]:
    from server.ocr.candidates import Candidate, kind_features, wrapped_line

    out = []
    texts = [line.text for line in page.lines]
    dmy = day_first(texts)
    found = [(i, m) for i, line in enumerate(page.lines) for m in find_dates(line.text, dmy)]
    # A date in words wraps in a running sentence: "on the fifth day of / March,
    # 2026", "the twenty- / seventh day of February". The next line's own
    # reading of its part ("seventh day of February") is no date of its own.
    # So does a range ("from September 9, 2025 to September 12," / "2025"):
    # its first date, read whole on the first line, is its start, not a date
    # of its own.
    covered: dict[int, int] = {}
    starts: dict[int, int] = {}
    for i in range(len(page.lines)):
        if (j := wrapped_line(page, i) or _year_under(page, i)) is not None:
            text, more = page.lines[i].text, page.lines[j].text
            joined = f"{text}{more}" if _HYPHENATED.search(text) else f"{text} {more}"
            for m in find_dates(joined, dmy):
                if m.start < len(text) < m.end:
                    found.append((i, m))
                    covered[j] = max(covered.get(j, 0), m.end - (len(joined) - len(more)))
                    starts[i] = min(starts.get(i, len(text)), m.start)
    found = [
        (i, m)
        for i, m in found
        if (i not in covered or m.start >= covered[i])
        and not (i in starts and m.start >= starts[i] and m.end <= len(page.lines[i].text))
    ]
    # The years the page prints: its dates' (also "3/4/26"), and any other.
    years = {m.value.year for _, m in found} | printed_years(texts)
    found += [
        (i, m)
        for i, line in enumerate(page.lines)
        for m in find_yearless(line.text, years)
        if i not in covered
    ]
    # A date decades before the page's others is a birthday or a founding
    # ("DOB: 04/08/1981" on a 2020 certificate), never the day a course ended.
    # Measured from the middle of its dates, as a far expiry ("Valid through
    # 2099") must not make the course's own date look old.
    if found:
        middle = sorted(m.value.year for _, m in found)[(len(found) - 1) // 2]
        found = [(i, m) for i, m in found if middle - m.value.year <= OLDEST_YEARS]
    found = [(i, m) for i, m in found if not _birthday(page, i, m)]
    values = sorted({m.value for _, m in found})
    cues = [_cue(page, i, m, kind) for i, m in found]
    # Several days under named completion labels (a learning platform's
    # lessons, each "Completed" on its day, then the course): the course
    # ended on the last of them; the earlier ones are its parts' days. A bare
    # "Date" is no such label: the days signed stand under it too. Nor are two
    # dates on one line, which one label nearby seems to name both of.
    per_line = Counter(i for i, _ in found)
    named = [
        m.value
        for (i, m), (k, _) in zip(found, cues, strict=True)
        if k == "cue" and per_line[i] == 1
    ]
    last = max(named, default=None)
    # The days a class ran, printed as a range under "Class dates": it ended
    # on the range's last day, and any other day in it is a day of the class
    # (a row of its log), not the day it was completed.
    spans = [
        (m.range_start, m.value)
        for (_, m), (_, hit) in zip(found, cues, strict=True)
        if m.range_start is not None and hit is not None and _CLASS_DAYS.search(_said(page, hit))
    ]
    if kind == "course" and page.credit_rows is None:
        spans += _day_log(page, found)
    for (i, match), (cue_kind, hit) in zip(found, cues, strict=True):
        line = page.lines[i]
        role = hit.role if hit else None
        before = line.text[: match.start].rstrip().lower()
        named_here = cue_kind == "cue" and (per_line[i] > 1 or match.value == last)
        f = {
            **page.layout(i),
            **kind_features(page, kind),
            "cue": hit.weight if named_here else 0.0,
            "date_word": float(cue_kind == "date_word"),
            # A day the page says the course was completed on is that, though
            # the class ran on ("Course Dates: March 2-4", "Completed on March 3").
            "class_day": float(any(a <= match.value < b for a, b in spans) and not named_here),
            "class_end": float(any(match.value == b for _, b in spans)),
            "other_cue": float(role in ("date_other", "number_other", "contact_other")),
            "range_cue": float(role == "date_range"),
            "range": float(match.range_start is not None),
            "on": float(_ON.search(before) is not None),
            "latest": float(match.value == values[-1]),
            "earliest": float(match.value == values[0] and len(values) > 1),
            "alone": float(len(values) == 1),
            "agree": float(any(m.value == match.value for m in find_dates(line.alt, dmy))),
            "dateline": float(_dateline(page, i, match)),
        }
        out.append(Candidate("completion_date", match.value.isoformat(), i, f))
    if kind not in ("booth", "session"):
        return _on_credited_row(page, out)
    # The show's days under their own label ("Show dates  13-15 February 2024").
    labelled = [
        (m.range_start, m.value)
        for (_, m), (_, hit) in zip(found, cues, strict=True)
        if m.range_start is not None and hit is not None and _shows_days(page, hit)
    ]
    days = _show_days([m for _, m in found], labelled)
    if days is not None:
        # One candidate per date found, in the same order. The one day of the
        # show printed on its own ("on the thirty-first day of May") is the
        # visit or the session; the show's last day is no more than where it
        # ended. Several such days are a log of the show's days, which ran on
        # to its last.
        inside = [(c, m) for c, (_, m) in zip(out, found, strict=True) if m.value in days]
        one_day = len({m.value for _, m in inside if m.range_start is None}) == 1
        out = [c for c, m in inside if not (one_day and m.range_start is not None)]
    return _on_credited_row(page, out)


def _on_credited_row(page: Page, found: list[Candidate]) -> list[Candidate]:
    """Where a table's credit column shows one row with credit among rows
    without ("0", "—", "n/a"), and that row prints a date, the other rows'
    dates are other activities' (the expo floor's admission, a session
    without an exit scan, an in-house training)."""
    rows = page.credit_rows
    if rows is None or not any(c.line in rows.credited for c in found):
        return found
    return [c for c in found if c.line not in rows.others]


# The longest run of days a course's log of days spans.
LOG_DAYS = 14


def _day_log(page: Page, found: list[tuple[int, DateMatch]]) -> list[tuple[date, date]]:
    """A course's log of its days: a run of dates down a column, each alone
    in its cell ("Sep 28, 2021" over "Sep 28, 2021" over "Sep 29, 2021",
    beside each module), all within two weeks. The course ended on the last
    of them; the others are days it ran on, not the day it was completed.
    Dates further apart are a transcript's courses, each its own."""
    cells = sorted(
        (
            (i, m)
            for i, m in found
            if m.range_start is None
            and _WEEKDAY_ONLY.fullmatch(
                f"{page.lines[i].text[: m.start]} {page.lines[i].text[m.end :]}"
            )
        ),
        key=lambda im: page.lines[im[0]].top,
    )
    spans = []
    used: set[int] = set()
    for i, _ in cells:
        if i in used:
            continue
        line, run, bottom = page.lines[i], [], page.lines[i].top
        for j, m in cells:
            other = page.lines[j]
            if abs(other.left - line.left) >= 2 * line.size or other.top < line.top:
                continue
            if other.top - bottom > LOG_GAP * line.size:
                break
            run.append((j, m))
            bottom = other.bottom
        used.update(j for j, _ in run)
        days = sorted({m.value for _, m in run})
        if len(run) >= 3 and len(days) >= 2 and (days[-1] - days[0]).days <= LOG_DAYS:
            spans.append((days[0], days[-1]))
    return spans


# What may stand beside a date in a log's cell: its weekday, or nothing.
_WEEKDAY_ONLY = re.compile(
    r"[\s,.;:|()-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?[\s,.;:|()-]*", re.IGNORECASE
)
# How far below the row above a log's next date may be, in line heights.
LOG_GAP = 4.0


# The longest run of days a show's dates span ("June 23 to 26, 2019").
SHOW_DAYS = 10


def _show_days(found: list[DateMatch], labelled: list[tuple[date, date]]) -> set[date] | None:
    """The days of the show a show's paper prints as a span ("June 23 to
    26, 2019") with some other date of the page inside it, or under a label
    that names them the show's (`labelled`): a booth visit or a session took
    place on one of them, not on the day one registered, the day a summary
    was printed, a deadline or an earlier credit's day. A span nothing else
    falls in and no label names (next year's show, "save the date") says
    nothing. None when no span does."""
    spans = [
        (m.range_start, m.value)
        for m in found
        if m.range_start is not None and 0 < (m.value - m.range_start).days <= SHOW_DAYS
    ]
    spans = [
        (a, b)
        for a, b in spans
        if (a, b) in labelled or any(m.range_start is None and a <= m.value <= b for m in found)
    ]
    if not spans:
        return None
    return {a + timedelta(days=k) for a, b in spans for k in range((b - a).days + 1)}


def _year_under(page: Page, i: int) -> int | None:
    """The line a table's narrow cell wraps a date's year onto: "Jan 25," over
    "2024", the two boxes overlapping as a line finder draws short words."""
    line = page.lines[i]
    if not _DAY_WITHOUT_YEAR.search(line.text):
        return None
    for j, other in enumerate(page.lines):
        if (
            j != i
            and _YEAR.fullmatch(other.text.strip())
            and abs(other.left - line.left) < line.size
            and line.top + 0.3 * line.size < other.top < line.bottom + line.size
        ):
            return j
    return None


# A month and day with no year after them, ending a line: "Jan 25,", "March 3".
_DAY_WITHOUT_YEAR = re.compile(r"\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d")


# A label over the days a class ran: "CLASS DATES", "Course dates".
_CLASS_DAYS = re.compile(r"\b(?:course|class|training)\s+dates\b", re.IGNORECASE)
# A label naming the show's own days; not next year's ("Next show dates").
_SHOW_DATES = re.compile(
    r"\b(?:show|event|conference|convention|expo|summit|symposium)\s+(?:dates?|days?)\b",
    re.IGNORECASE,
)
_NEXT = re.compile(r"\b(?:next|upcoming|future|coming|save\s+the)\b", re.IGNORECASE)


def _shows_days(page: Page, hit: L.Hit) -> bool:
    """Whether a label names the days of the show the paper is from."""
    said = page.lines[hit.line].text[: hit.end]
    return bool(_SHOW_DATES.search(said)) and not _NEXT.search(said)


def _said(page: Page, hit: L.Hit) -> str:
    """A label's own words."""
    return page.lines[hit.line].text[hit.start : hit.end]


# A label that names the holder's birthday.
_BIRTH = re.compile(r"birth|\bdob\b|\bborn\b", re.IGNORECASE)
# How many years before a page's other dates a completion can be: a renewal
# cycle is two or four years, and a certificate kept well past it is still proof.
OLDEST_YEARS = 12
# A word broken at the end of a line ("twenty-"), not a dash between words.
_HYPHENATED = re.compile(r"\w-$")
# "held on 5 March", and a date in words after its article: "presented on
# the twenty-seventh day of May", "awarded on this 3rd day of June".
_ON = re.compile(r"(?:^|\s)on(?:\s+(?:the|this))?$")
# The greeting that opens a letter's body.
SALUTATION = re.compile(r"\s*(?:dear|to whom it may concern|hello|greetings)\b", re.I)


def _cue(page: Page, i: int, match, kind: str) -> tuple[str | None, L.Hit | None]:
    """The label a date stands under, and which kind of completion label it
    is: a named one ("cue"), a bare "Date" ("date_word"), or none. The days
    a class was "held" are a course's; a session's paper says so of the show
    around it as often (on the calibration part, "held" taken on every kind
    filled 26 more course dates, all right, and 2 more session dates, both
    wrong)."""
    hit = _label_of(page, i, match, held=kind not in ("booth", "session"))
    if hit is not None and hit.role == "date_held":
        return "cue", hit
    if hit is None or hit.role != "completion_date":
        return None, hit
    return ("date_word" if L.is_bare_date(hit) else "cue"), hit


def _label_of(page: Page, i: int, match, held: bool) -> L.Hit | None:
    """The label over a date: the one it stands in, else one beside or over
    its line, else a column's head. Without `held`, as if no "held" were said."""
    finders = (
        lambda: _covering(page, i, match.start),
        lambda: _label_near(page, i),
        lambda: _date_head(page, i, match),
    )
    for find in finders:  # each only if the ones before found nothing
        hit = find()
        if hit is not None and (held or hit.role != "date_held"):
            return hit
    return None


def _birthday(page: Page, i: int, match) -> bool:
    """Whether a date is labelled as the holder's birthday ("DOB: 04/08/1981")."""
    hit = _covering(page, i, match.start)
    return hit is not None and bool(_BIRTH.search(_said(page, hit)))


def _dateline(page: Page, i: int, match) -> bool:
    """The date a letter is written on: alone on its line (perhaps after the
    town it is written from) above the salutation. The course it confirms
    usually took place on another day, named in the body."""
    text = page.lines[i].text
    rest = f"{text[: match.start]} {text[match.end :]}".strip(" ,.;:")
    if len(rest.split()) > 3:
        return False
    return any(SALUTATION.match(line.text) for line in page.lines[i + 1 : i + 10])


def _stated_hours(page: Page):
    """(line, text, match) for every amount of hours, also where a running
    sentence wraps between the figure and its unit ("7.5 IICRC / CEC hours")."""
    from server.ocr.candidates import wrapped

    for i, line in enumerate(page.lines):
        for match in find_hours(line.text):
            yield i, line.text, match
        if (more := wrapped(page, i)) is not None:
            text = f"{line.text} {more}"
            for match in find_hours(text):
                if match.start < len(line.text) < match.end:
                    yield i, text, match


# A count said to be a total, in a sentence or after its label: "totalled 14
# classroom hours", "a total of 3.25 CEC hours", "Total CEC hours: 4",
# "consisted of 14 hours". A sign for the pick (fields.choose), not a
# feature the model weighs.
_SAID_TOTAL = re.compile(
    r"\b(?:total(?:s|led|ed|ling|ing)?|consist(?:s|ed|ing)?\s+of|compris(?:es|ed|ing))\b"
    r"(?:\W+[a-z]+){0,3}\W*$",
    re.IGNORECASE,
)


def hours(page: Page, kind: str) -> list[Candidate]:
    from server.ocr.candidates import Candidate, kind_features

    out = []
    for i, text, match in _stated_hours(page):
        hit = _covering(page, i, match.start)
        if hit and re.search(r"\d\s*$", page.lines[i].text[: hit.start]):
            # "2.5 contact hours / 1.5 CECs": that label is the unit of the
            # figure before it, not a label over this one.
            hit = None
        # "4 hrs" over its own "LAB TIME" label is time spent, not credit; so
        # is "5 hrs" in a table's "HANDS-ON LAB" column.
        near = hit or _label_near(page, i)
        spent = (near is not None and near.role == "hours_other") or (
            near is None and _time_column(page, i)
        )
        f = {
            **page.layout(i),
            **kind_features(page, kind),
            "credit": float(match.credit),
            "contact": float(match.contact or spent),
            "cue": hit.weight if hit and hit.role == "hours" else 0.0,
            "half": float((match.value * 4) % 1 == 0),
            # Past three days of class: more often "3.5" with its point lost.
            "long": float(match.value > 24),
            "ceu": float(bool(re.search(r"\bCEUs?\b", text[match.start : match.end + 8]))),
            "cec": float(bool(re.search(r"\bCECs?\b", text[match.start : match.end]))),
            "agree": _hours_alike(match.value, page.lines[i].alt),
            "said_total": float(bool(_SAID_TOTAL.search(text[: match.start]))),
        }
        out.append(Candidate("hours", match.value, i, f))
    for i, line in enumerate(page.lines):
        # A form's box may set its value after the colon of aligned labels: "CECs   : 14".
        if re.fullmatch(
            r"\s*:?\s*\d{1,2}(?:[.,]\d{1,2})?\s*(?:hours?|hrs?\.?)?\s*", line.text, re.I
        ):
            value = parse_number(re.sub(r"[^\d.,]", "", line.text))
            if not value or not MIN_HOURS <= value <= MAX_HOURS:
                continue
            hit = _label_near(page, i)
            head = _hours_head(page, i)
            if hit and hit.role in ("hours", "hours_other"):
                # A label of time spent cues no credit, as in a sentence.
                contact = hit.role == "hours_other"
                cue = 0.0 if contact else hit.weight
                label = _said(page, hit)
            elif head is not None:
                cue, contact = 1.0, bool(re.search(_CONTACT_HEAD, head, re.IGNORECASE))
                label = head
            else:
                continue
            f = {
                **page.layout(i),
                **kind_features(page, kind),
                "credit": float(not contact),
                "cue": cue,
                "contact": float(contact),
                "half": float((value * 4) % 1 == 0),
                "bare": 1.0,
                # The unit its label names is the figure's: "CEC Hours  14", "CEUs  1.4".
                "cec": float(bool(re.search(r"\bCECs?\b", label, re.IGNORECASE))),
                "ceu": float(bool(re.search(r"\bCEUs?\b", label, re.IGNORECASE))),
                "agree": _hours_alike(value, line.alt),
                "column": float(head is not None),
                "total": float(
                    bool(head and re.match(r"total", head, re.IGNORECASE))
                    or _row_says_total(page, i)
                ),
            }
            out.append(Candidate("hours", value, i, f))
    # Time in class is told from credit only where the page could state credit
    # too: "Contact hours awarded: 21" on a page that names no credit at all
    # is the hours it proves. Not so a part of the course's time ("Hands-on
    # hours 6"), nor time beside credit whose figure went unread ("22 contact
    # hours / ?? CECs").
    if out and all(c.features.get("contact") for c in out):
        if not any(_CREDIT_OR_PART.search(line.text) for line in page.lines):
            for c in out:
                c.features["contact"] = 0.0
    return _weigh_bodies(page, out)


_CREDIT_OR_PART = re.compile(
    r"\b(?:CECs?|CEUs?|credits?)\b|\b(?:lab|hands[\s-]?on|practical|field)\s+(?:hours|hrs|time)\b",
    re.IGNORECASE,
)


# Credit units of other bodies (architects, accountants, engineers, designers,
# medicine, nursing, law): their figures sit beside the IICRC one.
_OTHER_BODY = re.compile(
    r"\b(?:CPE|LUs?|AIA|HSW|IDCEC|GBCI|PDHs?|NASBA|CMEs?|CNEs?|CLEs?|ASID|NCIDQ|AMA|ANCC)\b"
)


def _weigh_bodies(page: Page, found: list[Candidate]) -> list[Candidate]:
    """Which body a figure is credit with: IICRC named on its line, its table
    row or its column; another body's unit there instead; or IICRC named beside
    some other figure on the page and not beside this one."""
    contexts = [
        " ".join(
            [page.lines[c.line].text, _column_head(page, c.line) or ""]
            + [page.lines[j].text for j in _left_on_row(page, c.line)]
        )
        for c in found
    ]
    named = [bool(re.search(r"\bIICRC\b", text, re.IGNORECASE)) for text in contexts]
    for c, text, iicrc in zip(found, contexts, named, strict=True):
        c.features["iicrc"] = float(iicrc)
        c.features["other_body"] = float(bool(_OTHER_BODY.search(text)))
        c.features["iicrc_elsewhere"] = float(
            not iicrc and any(n and o.value != c.value for o, n in zip(found, named, strict=True))
        )
    return found


# A table's column head that names credit hours: "CECs", "Credit Hours", "LU Hours".
_HOURS_HEAD = re.compile(
    # "CECs", "Total credit hours", "Number of credit hours", "Hours of CE".
    r"(?:total\s+|(?:number|no\.?|#)\s+of\s+)?(?:iicrc\s+)?"
    r"(?:cecs?|ceus?|ce\s+(?:hours?|credits?)|credits?(?:\s+hours?)?|"
    r"(?:lu|contact|clock|cec|credit|cpd|pd)\s+hours?|pdhs?|hours?|hrs\.?)(?:\s+(?:earned|awarded|approved))?"
    r"(?:\s+of\s+(?:ce|cec|continuing\s+education|instruction|training))?\s*:?",
    re.IGNORECASE,
)
_CONTACT_HEAD = r"contact|clock"


def _hours_head(page: Page, i: int) -> str | None:
    """What names a bare figure as hours: the run just left of it on its row
    ("CECs  7.5"), else the head of the table column it stands in."""
    text = _row_label(page, i)
    if text is not None and _HOURS_HEAD.fullmatch(text):
        return text
    return _column_head(page, i)


def _row_label(page: Page, i: int) -> str | None:
    """The run just left of a figure on its row ("CECs  7.5"), not the head of
    the column beside it."""
    line = page.lines[i]
    left = [
        j
        for j in _left_on_row(page, i)
        if line.left - page.lines[j].right < 8 * line.size and _level(line, page.lines[j])
    ]
    if not left:
        return None
    return page.lines[max(left, key=lambda j: page.lines[j].right)].text.strip()


def _level(a, b) -> bool:
    """Whether two runs share a row: their heights overlap by a quarter of the
    smaller one, or at all when they stand close ("CECs" with "7.5" written
    in just above its line). The head of the next column, a row higher and
    across a gap, does not."""
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    gap = max(a.left, b.left) - min(a.right, b.right)
    size = max(a.size, b.size)
    return overlap >= 0.25 * min(a.bottom - a.top, b.bottom - b.top) or (
        overlap > 0 and gap < 3 * size
    )


def _row_says_total(page: Page, i: int) -> bool:
    """Whether a table row's first cell calls the figure a total ("Total ... 10")."""
    return any(
        re.match(r"(?:grand\s+)?total\b", page.lines[j].text.strip(), re.IGNORECASE)
        for j in _left_on_row(page, i)
    )


def _left_on_row(page: Page, i: int) -> list[int]:
    line = page.lines[i]
    return [
        j
        for j, other in enumerate(page.lines)
        if other.right <= line.left + 2
        # Same row: a figure written in by hand sits higher or lower than its label.
        and abs((line.top + line.bottom) - (other.top + other.bottom)) / 2
        < max(line.bottom - line.top, other.bottom - other.top)
    ]


def _column_head(page: Page, i: int) -> str | None:
    """The head of the table column a bare figure stands in, when it names hours:
    the nearest line above that spans the figure's middle, read through the
    other figures of the same column."""
    for j in _above_in_column(page, i):
        text = page.lines[j].text.strip()
        if re.fullmatch(r"[\d.,|\s]+", text):
            continue  # the figure of the row above
        return text if _HOURS_HEAD.fullmatch(text) else None
    return None


# A column head for time spent in class, not the credit it earns.
_TIME_HEAD = re.compile(
    r"\b(?:hands[\s-]?on|lab|classroom|contact|clock|lecture|seat|practical|field)\b", re.IGNORECASE
)


def _time_column(page: Page, i: int) -> bool:
    """Whether a figure stands right under a table head for time spent
    ("HANDS-ON LAB" over "8 hrs") that names no credit."""
    above = _above_in_column(page, i)
    if not above:
        return False
    line, head = page.lines[i], page.lines[above[0]]
    return (
        line.top - head.bottom < 2 * line.size
        and len(head.text.split()) <= 4
        and bool(_TIME_HEAD.search(head.text))
        and not re.search(r"\b(?:CEC|CEU|credit)s?\b", head.text, re.IGNORECASE)
    )


def _above_in_column(page: Page, i: int) -> list[int]:
    """The lines above line `i` that span its middle, nearest first."""
    line = page.lines[i]
    above = [
        j
        for j, other in enumerate(page.lines)
        if other.bottom <= line.top + 0.3 * line.size
        and other.left - line.size <= line.center_x <= other.right + line.size
        and j != i
    ]
    return sorted(above, key=lambda k: -page.lines[k].bottom)


def _date_head(page: Page, i: int, match) -> L.Hit | None:
    """The label heading the table column a date stands alone in: "DATE COMPLETED"
    over a row of values, read through the dates of the rows above."""
    line = page.lines[i]
    if len(f"{line.text[: match.start]} {line.text[match.end :]}".split()) > 1:
        return None
    for j in _above_in_column(page, i):
        if line.top - page.lines[j].bottom > 8 * line.size:
            return None
        if j in page.label_only:
            return page.by_line[j][0]
        if not find_dates(page.lines[j].text):
            return None
    return None


def _hours_alike(value: float, alt: str) -> float:
    """Whether the other reader read the same amount on the line."""
    found = [h.value for h in find_hours(alt)] + [
        v for v in map(parse_number, re.findall(r"\d{1,2}(?:[.,]\d{1,2})?", alt)) if v
    ]
    return float(any(abs(v - value) < 0.01 for v in found))


def _covering(page: Page, i: int, pos: int) -> L.Hit | None:
    found = None
    for hit in page.by_line.get(i, []):
        if hit.start <= pos:
            found = hit
    return found


def _on_row(label: Line, value: Line) -> bool:
    """Whether a label sits on a value's row: the value's middle within the
    label's height, or a small caption's middle within a big figure's
    ("IICRC CEC HOURS" in small capitals beside a large "14")."""
    if label.top <= (value.top + value.bottom) / 2 <= label.bottom:
        return True
    return value.top <= (label.top + label.bottom) / 2 <= value.bottom and (
        label.bottom - label.top
    ) < (value.bottom - value.top)


def _label_near(page: Page, i: int) -> L.Hit | None:
    """The label of a bare value: a label-only run to its left, else above or below."""
    line = page.lines[i]
    left = [
        j
        for j in page.label_only
        if page.lines[j].right <= line.left + 2 and _on_row(page.lines[j], line)
    ]
    if left:
        return page.by_line[max(left, key=lambda k: page.lines[k].right)][-1]
    near = [
        j
        for j in (L.above(page.lines, i, 1.6), L.below(page.lines, i, 1.6))
        if j is not None and j in page.label_only
    ]
    if near:
        # A form's head sits over its box: as near below as above, the head above names it.
        j = min(near, key=lambda k: abs(page.lines[k].top - line.top))
        return page.by_line[j][0]
    return None
