"""Every reading of the page that could be a field's value, with what speaks
for and against it.

Every line is a candidate for every field; so is every value a cue points at
(a label's value beside or under it, the words after "this certifies that" or
"presented by" in a running sentence). Each candidate carries features that
hold on any layout: the cue before it, how large and where it is printed,
what the value looks like, and whether a signer's role, an issue date's label
or another distractor sits beside it. `fields.py` weighs them.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass, field

from server.ocr import figures, shapes
from server.ocr import labels as L
from server.ocr.credit_rows import credit_rows
from server.ocr.dates import MONTH_NAME, find_dates
from server.ocr.hours import find_hours
from server.ocr.kinds import page_evidence
from server.ocr.models import Line
from server.ocr.text import PARTICLES, STATES
from server.ocr.wordlist import mend, name_words, spelling

TEXT_FIELDS = ("holder_name", "course_title", "provider", "approval_number")
# What names a provider: a label for it, an event's label, a school, company
# or show named in a sentence ("… presented at the Restoration Industry Expo
# 2024", "… with Pureflo Chemical Company on …").
PROVIDER_ROLES = ("provider", "event", "provider_said")
# Cues the field models were never fitted with: their values are offered in
# review but never filled, until a refit weighs them (the "unfitted" feature
# marks them for it). A show named in a sentence would borrow the weight of an
# "Event:" label, yet may only be where a school taught the course.
UNFITTED = {"provider_said"}
# How surely a preposition before an organisation's name in a sentence says it
# gave the course.
SAID_CUE = 0.6
DISTRACTORS = {
    "holder_name": ("person_other", "contact_other", "number_other"),
    "completion_date": ("date_other",),
    "hours": ("hours_other",),
    "approval_number": ("number_other", "contact_other"),
}
_MONTH = f"(?i:{MONTH_NAME})"
# Words that end a value inside a running sentence.
_STOPS = {
    "holder_name": r"\s+(?:has|have|had|who|attended|completed|participated|successfully|is|was|"
    r"for|in\s+recognition|took|did|earned|on\s+\w+\s+\d|,\s*(?:has|who))\b|"
    # What a sentence or a form's row puts after the name: "… (MAT7781)",
    # "… <emoreau@comcast.net>", "… · Lic. # PE.47876", "… | tvillasenor@…",
    # "… from Tri-City Water Cleanup", "…, you have been credited", ", certification
    # number …"; not ", Jr." nor ", CR".
    r"\s*[(<]|\s*[·•|]\s*|\s+from\s|,\s+(?!(?:jr|sr)\b)[a-z]",
    "course_title": r"\s+(?:on\s+(?=[A-Z][a-z]{2,}\.?\s+\d|\d|the\s+\d|"
    r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b)|held|presented|offered|given|passing\s+the|"
    r"sponsored|provided|conducted|hosted|delivered|at\s+the|through|with\s+(?:a|an|\d)|"
    r"for\s+(?:a\s+total|\d)|totall?ing|and\s+(?:is|has|earned)|earning|worth|comprising|"
    r"in\s+the\s+amount|(?:course|class|seminar|workshop|program|training|lecture|session|"
    r"webinar)(?=\s*(?:[,.(]|$)))\b|"
    r"\s*[(,;]\s*(?:\d|held|on\b)|(?<!\b[Vv]s)(?<!\bVS)\.\s|\s+\d+(?:\.\d+)?\s*(?:CEC|CE|hours?)\b|"
    r",\s+an?\s+(?:course|class|program)|\s+on\s+the\s+(?=[A-Z])|"
    r"\s+(?:on|in|at)\s+the(?:\s+[\w-]+\s+day\b|\s*$)|"
    r"\s+(?:breakout|general|keynote|education(?:al)?)\s+session\b|(?<=[A-Z]{2})\s+at\s+(?=[A-Z])|"
    # "… Cleaning is approved", "… Technician on Oct / 5", "… Control (One and
    # one-half", "… Imaging, two hours", "… Control · 7 CECs", "… Technician - 3.5 hrs",
    # ", for which"; not the full stop of "Hydroxyl vs. Ozone".
    rf"\s+is\b|\s+on\s+(?={_MONTH}\.?(?:\s|$))|"
    r"\s*[(,]\s*(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|sixteen)\b|"
    r"\s*[·•|]\s|\s*[·•|]\s*(?=\d)|\s+[-–—]\s+\d|,\s+(?:(?:for|in)\s+)?which\b|"
    # "… Technicians and passed the exam", "…, with the final module on …"
    r"\s+and\s+(?:passed|successfully|satisfactorily|met|attended|achieved|received)\b|"
    r",\s+with\s+the\b|"
    r",\s*(?:broadcast|streamed|aired|recorded)\b|"
    # "…, part of the Drying Science Symposium 2025 Online Education Series"
    r",\s+part\s+of\b|"
    r",?\s+in\s+(?:its|their)\s+entirety\b|"
    # "… Technician (CCT) at Hydrotherm Drying": a school's name after the title.
    r"\s+at\s+(?=[A-Z][\w&'.-]*\s+[A-Z])|"
    # "…, including the written examination", "… with us", "… over Sep 16-17".
    rf",\s+[a-z]+ing\b|\s+with\s+us\b|\s+over\s+(?={_MONTH}|\d)",
    # "… Bellwether Restoration School at the Cleaning & Restoration Summit": where it taught.
    "provider": r"\s+(?:on|at\s+\d|at\s+(?:the\s+)?(?=[A-Z])|for|with|and\s+(?:is|has|was)|learning|"
    r"is|are|was|were|has|held|located|during|"
    # "The Coastal Restoration Forum 2020 certifies this session for …"
    r"certif(?:y|ies)|awards|presents|confirms|recogni[sz]es|acknowledges)\b|"
    r"\s+in\s+[A-Z][a-z]+(?:,|\s+(?:during|from|on)\b)|"
    r"\s*[·|•]\s|(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bCorp)\.\s|"
    r",\s*(?:\d|held|on\b)|"
    # "…Council, approved for", "…Products — Fourteen (14) hours"
    r",\s*(?:approved|accredited|an?|which|who|whose|this)\b|\s+[—–]\s+|"
    # "… Academy, earning 0.5 CEUs"
    r",\s+[a-z]+ing\b|"
    r"\s+in\s+(?:cooperation|partnership|association|collaboration)\s+with\b|"
    # "… Restoration Summit" / "March 14, 2026": a date on the next line.
    rf"\s+{_MONTH}\.?\s+\d|"
    # "Coastal Restoration Forum 2023, Music City Center, Nashville": the hall.
    r",\s+(?=(?:[A-Z][\w'’.-]*\s+){1,4}(?:Cent(?:er|re)|Hall|Hotel|Resort)\b)",
}
_APPROVAL = re.compile(r"\b[A-Z0-9][A-Z0-9\-./]*\d[A-Z0-9\-./]*\b", re.IGNORECASE)


@dataclass
class Candidate:
    field: str
    value: str | float
    line: int
    features: dict[str, float] = field(default_factory=dict)


class Page:
    """The lines and what every field's features need to know about them."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.hits = L.find_hits(lines)
        self.by_line: dict[int, list[L.Hit]] = {}
        for hit in self.hits:
            self.by_line.setdefault(hit.line, []).append(hit)
        self.label_only = {i for i, ln in enumerate(lines) if L.is_label_only(ln.text)}
        # The lines a label standing alone on their row names, to their right: a
        # form's values ("INSTRUCTOR  José Luis Rourke").
        self.label_values = {L.right_of(lines, k) for k in self.label_only} - {None}
        self.credit_rows = credit_rows(lines)
        self.median = statistics.median(ln.size for ln in lines) if lines else 1.0
        # The size of the running text: the smaller half's middle.
        sizes = sorted(ln.size for ln in lines)
        self.body = statistics.median(sizes[: max(1, len(sizes) // 2)]) if lines else 1.0
        self.left = min((ln.left for ln in lines), default=0)
        self.right = max((ln.right for ln in lines), default=1)
        self.top = min((ln.top for ln in lines), default=0)
        self.bottom = max((ln.bottom for ln in lines), default=1)
        sizes = sorted({round(ln.size) for ln in lines if not shapes.is_boilerplate(ln.text)})
        self.big = sizes[-2] if len(sizes) > 1 else (sizes[-1] if sizes else 0)
        self.texts = [_norm(ln.text) for ln in lines]
        # The second reader's text of each line, as read and with its slips put right.
        self.alts = [(_norm(ln.alt), _norm(mend(ln.alt))) for ln in lines]
        self.evidence = page_evidence(" ".join(ln.text for ln in lines).lower())
        # How much of the page OCR doubts: the share of its lines read unsurely.
        self.doubt = sum(ln.conf < 0.8 for ln in lines) / len(lines) if lines else 0.0

    def free_text(self, i: int) -> str:
        hits = self.by_line.get(i)
        return self.lines[i].text[: hits[0].start] if hits else self.lines[i].text

    def layout(self, i: int) -> dict[str, float]:
        """Where and how large a line is printed, as features."""
        line = self.lines[i]
        width = max(1, self.right - self.left)
        height = max(1, self.bottom - self.top)
        middle = (self.left + self.right) / 2
        return {
            "size": math.log2(max(0.3, line.size / max(1.0, self.median))),
            "big": float(round(line.size) >= self.big),
            "centred": float(abs(line.center_x - middle) < 0.04 * width),
            "y": (line.top - self.top) / height,
            "ocr": line.conf,
            "ocr_min": min((w.conf for w in line.words), default=line.conf),
            "boiler": float(shapes.is_boilerplate(line.text)),
            "labelled": float(i in self.by_line),
        }

    def near(self, i: int, test) -> float:
        """Whether a line just above, below or beside this one passes `test`."""
        found = [
            L.below(self.lines, i, 1.5),
            L.above(self.lines, i, 1.5),
            L.right_of(self.lines, i),
        ]
        left = [j for j, ln in enumerate(self.lines) if L.right_of(self.lines, j) == i]
        return float(any(j is not None and test(self.lines[j].text) for j in found + left))

    def read_alike(self, value: str, i: int) -> bool:
        """Whether the other reader read the same value on line `i` (its slips
        put right as the value's were)."""
        needle = _norm(value)
        if not needle:
            return False
        if any(needle in alt for alt in self.alts[i]):
            return True
        # A value joined across wrapped lines: the other reader's lines joined alike.
        for j in (i - 1, i + 1, i + 2):
            if 0 <= j < len(self.alts):
                up, down = sorted((i, j))
                if any(needle in f"{a} {b}" for a in self.alts[up] for b in self.alts[down]):
                    return True
        return False

    def repeats(self, value: str, i: int) -> float:
        needle = _norm(value)
        return float(
            len(needle) > 4 and any(needle in t for j, t in enumerate(self.texts) if j != i)
        )


def cue_spans(page: Page) -> list[tuple[str, float, str, int, float]]:
    """(role, weight, value text, line, distance) for every cue on the page:
    the text after it on its line, else the line beside or under it."""
    out = []
    for hit in page.hits:
        # "… of the online course" at a line's end: the title is under it
        # (and read on from the sentence, as any cue's value).
        lead_in = hit.role == "course_title" and shapes.lead_in_only(hit.value)
        if hit.value:
            out.append((hit.role, hit.weight, hit.value, hit.line, 0.0))
            if not lead_in:
                continue
        if not lead_in and hit.end < len(page.lines[hit.line].text.rstrip(" :#")) - 1:
            continue  # another label follows at once
        for finder, distance in ((L.right_of, 0.5), (L.below, 1.0)):
            j = finder(page.lines, hit.line)
            if j is not None and j not in page.label_only and page.free_text(j).strip():
                out.append((hit.role, hit.weight, page.free_text(j), j, distance))
    said = [
        ("provider_said", SAID_CUE, name, i, 0.0)
        for i, line in enumerate(page.lines)
        for name in shapes.named_in_sentence(line.text)
    ]
    return out + _initialled(page) + said


# How surely a logo's initials beside a name say it is the issuer's own.
LOGO_CUE = 0.8


def _initialled(page: Page) -> list[tuple[str, float, str, int, float]]:
    """A logo's initials over or before the name they stand for ("HDP" /
    "HYDROTHERM DRYING PRODUCTS", "[CRS]" / "Cleaning & Restoration Summit
    2025"): the wordmark of whoever issued the page. Not the IICRC's own."""
    out = []
    for i, line in enumerate(page.lines):
        mark = line.text.strip(" []()")
        if mark == "IICRC" or not re.fullmatch(r"[A-Z]{2,5}", mark):
            continue
        for finder, distance in ((L.right_of, 0.5), (L.below, 1.0)):
            j = finder(page.lines, i)
            if j is not None and shapes.logo_initials(mark, page.lines[j].text):
                out.append(("provider", LOGO_CUE, page.free_text(j), j, distance))
                break
    return out


# What sets a row's parts apart: a middle dot, a bullet or a bar between spaces.
_ROW_PARTS = re.compile(r"\s+[·•|]\s+")


def cut(field_name: str, text: str) -> str:
    """A value ends where the sentence around it goes on."""
    pattern = _STOPS.get(field_name)
    if pattern:
        match = re.search(pattern, text)
        if match and match.start() > 0:
            text = text[: match.start()]
    return text


def _cut_any_case(field_name: str, text: str) -> str:
    """`cut`, also where the sentence is set in capitals ("… REMEDIATION IS
    AWARDED THIS CERTIFICATE"), whose words the stops know in lower case."""
    if not text.isupper() or len(text.lower()) != len(text):
        return cut(field_name, text)
    return text[: len(cut(field_name, text.lower()))]


def gather(page: Page, kind: str) -> dict[str, list[Candidate]]:
    """Every candidate for every field."""
    out: dict[str, list[Candidate]] = {f: [] for f in (*TEXT_FIELDS, "completion_date", "hours")}
    spans = cue_spans(page)
    sponsors = _sponsor_lines(page)
    companies = _company_cells(page)
    employers = _company_cells(page, _EMPLOYER_HEAD)
    tracks = _track_heads(page)
    addressed = _inside_address_companies(page)
    cued: dict[tuple[str, int], list[tuple[float, float, str]]] = {}
    distracted: dict[tuple[str, int], float] = {}
    for role, weight, text, line, distance in spans:
        cued.setdefault((role, line), []).append((weight, distance, text))
        for name, roles in DISTRACTORS.items():
            if role in roles:
                distracted[(name, line)] = 1.0
    for name in TEXT_FIELDS:
        roles = PROVIDER_ROLES if name == "provider" else (name,)
        seen: set[tuple[str, int]] = set()
        heads: set[int] = set()
        tails: set[int] = set()
        halves: set[tuple[str, int]] = set()
        carried_on: dict[int, str] = {}  # the words a title runs on with, by line
        school_lines: set[int] = set()  # either half of a school's name stacked in two
        half_lines: set[int] = set()  # a provider's line alone is half a stacked name
        stack_middles: set[int] = set()
        for role, weight, text, line, distance in spans:
            if role in roles:
                cue = {
                    "cue": weight,
                    "cue_far": distance,
                    "event_cue": float(role == "event"),
                    "unfitted": float(role in UNFITTED),
                }
                value = cut(name, text)
                if name == "course_title" and (runs := _runs_on(page, text, value, line)):
                    # Either line's part alone is half the title.
                    carried, below = runs
                    halves.add((_norm(shapes.title(value) or value), line))
                    carried_on[below] = _norm(carried)
                _add_text(out, page, kind, name, value, line, seen, cue)
                for joined in _joined(page, name, text, value, line, distance):
                    _add_text(out, page, kind, name, joined, line, seen, cue | {"joined": 1.0})
        for i in range(len(page.lines)):
            free = page.free_text(i)
            _add_text(out, page, kind, name, free, i, seen, {})
            if (shorter := cut(name, free)) != free:
                _add_text(out, page, kind, name, shorter, i, seen, {"cut": 1.0})
            if name == "provider":
                # A row of parts set apart by dots or bars: each part alone
                # ("Education session · Cleaning & Restoration Summit 2019").
                for part in _ROW_PARTS.split(free)[1:]:
                    _add_text(out, page, kind, name, cut(name, part), i, seen, {"cut": 1.0})
            if name == "course_title":
                for quoted in _quoted(page, i):
                    _add_text(out, page, kind, name, quoted, i, seen, {"quoted": 1.0})
            # Only onto a line that goes on with a capital or a show's year: not in
            # lower case ("… Cleaning and Restoration" / "at Northwest Restoration
            # Institute"): the sentence moved on; nor with another figure ("1.5 CEC
            # hours"): the next field.
            if (
                name == "provider"
                and (free[:1].isupper() or _YEAR_FIRST.match(free))
                and (head := _capitalised_tail(page, i))
            ):
                _add_text(
                    out, page, kind, name, cut(name, f"{head} {free}"), i, seen, {"joined": 1.0}
                )
                if _logo_top(head, free):
                    half_lines.add(i)  # "… at Southeastern" / "Carpet Cleaners Guild."
            if (
                name in ("course_title", "provider")
                # A show's name ends on its year: "DRYING SCIENCE SYMPOSIUM 2020" over "EDUCATION".
                and not (name == "provider" and _SHOW_YEAR_END.search(free))
                and (continued := _continued(page, i, name == "course_title"))
                and continued[1] not in sponsors  # "Peak Drying Academy" / "OUR SPONSORS"
            ):
                joined, below = continued
                _add_text(out, page, kind, name, cut(name, joined), i, seen, {"joined": 1.0})
                heads.add(i)
                tails.add(below)
                if name == "course_title" and shapes.ends_as_school(joined):
                    # A logo's name stacked in two: "Evergreen Certification" / "Academy".
                    school_lines.update((i, below))
                if name == "provider":
                    # A logo's name stacked a word or two a line runs on to a third.
                    more = _continued(page, below) if len(joined.split()) <= 4 else None
                    if more:
                        whole = cut(name, f"{page.lines[i].text} {more[0]}")
                        _add_text(out, page, kind, name, whole, i, seen, {"joined": 1.0})
                        tails.add(more[1])
                    if _org_suffix(page.lines[below].text):
                        half_lines.add(i)  # "Ridgeline Training" over "Group, Inc."
                    if _logo_top(page.lines[i].text, more[0] if more else page.lines[below].text):
                        half_lines.add(below)
                        if more:  # "Restoration College" under "Three Rivers" is half too
                            half_lines.add(more[1])
                            stack_middles.add(below)

        if name == "course_title":
            # A display title that runs on to the next line is not whole without it.
            runs_on = {
                c.line
                for c in out[name]
                if c.features.get("joined") and page.lines[c.line].size >= 1.5 * page.body
            }
            out[name] = [c for c in out[name] if c.line not in runs_on or c.features.get("joined")]
            # A track's name set as a heading over the session's own title.
            out[name] = [c for c in out[name] if c.line not in tracks or c.features.get("joined")]
            # Either half of a school's name stacked in two is no title.
            out[name] = [c for c in out[name] if c.line not in school_lines]
            # So is a title a running sentence wraps in two, read to its first line's
            # end; and the line it runs on to starts mid-sentence: no title begins there.
            out[name] = [
                c
                for c in out[name]
                if c.features.get("joined")
                or (
                    (_norm(c.value), c.line) not in halves
                    and not f"{_norm(c.value)} ".startswith(f"{carried_on.get(c.line, '@')} ")
                )
            ]
        if name == "holder_name":
            # A badge's name stacked in two: "BRIANNA" over "A. LINDQVIST".
            for i in range(len(page.lines)):
                if stacked := _stacked_name(page, i):
                    whole, below = stacked
                    _add_text(out, page, kind, name, whole, i, seen, {"joined": 1.0})
                    half_lines.update((i, below))
            out[name] = [
                c for c in out[name] if c.line not in half_lines or c.features.get("joined")
            ]
        if name == "provider":
            # A line of a stacked name, taken alone, is half of it: "Restoration
            # College" under "Three Rivers", "Ridgeline Training" over "Group, Inc.".
            out[name] = [
                c
                for c in out[name]
                if c.line not in stack_middles
                and (c.line not in half_lines or c.features.get("joined"))
            ]
            out[name] = [c for c in out[name] if c.line not in sponsors | employers | addressed]
        if name == "course_title":
            # What a company's row head names is never the course.
            out[name] = [c for c in out[name] if c.line not in companies]
        support: dict[str, set[int]] = {}
        for cand in out[name]:
            support.setdefault(_norm(cand.value), set()).add(cand.line)
        for cand in out[name]:
            cand.features["support"] = float(len(support[_norm(cand.value)]) > 1)
            cand.features["distracted"] = distracted.get((name, cand.line), 0.0)
            # Either line of a title or a name that wraps, taken alone: half a value.
            alone = not cand.features.get("joined")
            cand.features["head"] = float(cand.line in heads and alone)
            cand.features["tail"] = float(cand.line in tails and alone)
            cand.features["other_cue"] = float(
                any((r, cand.line) in cued for r in _OTHER_ROLES[name])
                and not cand.features.get("cue")
            )
    out["completion_date"] = figures.dates(page, kind)
    out["hours"] = figures.hours(page, kind)
    return out


_OTHER_ROLES = {
    "holder_name": (
        "course_title",
        "provider",
        "event",
        "provider_said",
        "completion_date",
        "hours",
    ),
    "course_title": (
        "holder_name",
        "provider",
        "event",
        "provider_said",
        "completion_date",
        "hours",
        "person_other",
    ),
    "provider": ("holder_name", "course_title", "completion_date", "hours", "person_other"),
    "approval_number": ("hours", "completion_date"),
}


def _joined(page: Page, name: str, text: str, value: str, line: int, distance: float):
    """The cued value joined with what a wrapped sentence puts around it: the line's
    wrapped head before it, the next line a label's value goes on to, the tail
    of a sentence wrapped after it."""
    before = _wrapped_tail(page, line, name)
    if before is not None and text == page.free_text(line).strip():
        yield cut(name, f"{before} {text}")
    if distance and (continued := _continued(page, line, name == "course_title")):
        yield continued[0]
    if (
        value == text
        and (ending := _line_end(page, line, name, text))  # the sentence wraps after it
        and (j := wrapped_line(page, line)) is not None
        and not _label_led(page, j)
        and j not in page.label_values  # a form's next field, not this one's next line
        and (ending == text or page.lines[j].text.lstrip()[:1].isupper())
    ):
        yield cut(name, f"{ending} {page.lines[j].text}")


def _line_end(page: Page, line: int, name: str, text: str) -> str | None:
    """The cued text as it ends its line, if it does: a title's with the
    colon before a subtitle, or the comma inside it, where the next line
    goes on with a capital ("… sessions of Category 3 Water:" / "Sewage
    Backflow Response, which …", "… course Stone," / "Masonry and Ceramic
    Tile Cleaning (SMT) through …")."""
    end = page.lines[line].text.rstrip()
    if end.endswith(text):
        return text
    if name == "course_title" and end[-1:] in ":," and end[:-1].rstrip().endswith(text):
        return text + end[-1]
    return None


def _label_led(page: Page, j: int) -> bool:
    """Whether a line starts with a label ("IICRC CECs: 16", "Date completed",
    "Employer: …", "COURSE TRACKING #"), or with the colon after a label set
    apart in a column of its own (": ANSI/IICRC S300, …" beside "Standard"):
    the next row of a table, not the value's next line."""
    text = page.lines[j].text
    return any(h.start == 0 for h in page.by_line.get(j, [])) or bool(
        re.search(r"[:#]\s*$", text) or re.match(r"\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*)?:\s", text)
    )


def _runs_on(page: Page, text: str, value: str, line: int) -> tuple[str, int] | None:
    """The words the sentence carries a cued title on with, and the line it
    carries them on to, if it runs to its line's end ("… the course of
    instruction in Fire and Smoke Restoration" / "Technician, for which …"
    carries "Technician"): the line stops on no mark, the next starts on a
    capital, and the value joined with it is longer."""
    if value != text or re.search(r"[.,;:!?)\]\"”]\s*$", text):
        return None
    # A sentence leads in to it ("has completed the course", "HAS COMPLETED THE
    # PRESCRIBED STUDIES OF"), not a label ("Course:").
    whole = page.lines[line].text
    ending = _line_end(page, line, "course_title", text)
    if ending is None:
        return None  # "… the session The Science of Evaporation in Room" / "255 at …"
    lead = whole[: max(0, whole.rfind(text))]
    if not re.search(r"\b[a-z]{2,}\b", lead) and not (
        lead.isupper() and len(lead.split()) >= 3 and ":" not in lead
    ):
        return None
    below = wrapped_line(page, line)
    more = None if below is None else page.lines[below].text
    if not more or not re.match(r"[A-Z0-9(]", more.lstrip()):
        return None
    # Longer than the title as taken from this line alone ("course Confined Space"
    # is "Confined Space"; with "Awareness, with …" it is three words), and
    # no label's among the words it takes on ("Technician on … Instructor: …"
    # takes "Technician"; "Date: …" takes nothing).
    joined = shapes.title(_cut_any_case("course_title", f"{ending} {more}"))
    alone = shapes.title(value) or value
    if joined is None or len(joined.split()) <= len(alone.split()):
        return None
    carried = " ".join(joined.split()[len(alone.split()) :])
    return None if ":" in carried else (carried, below)


def _add_text(out, page: Page, kind: str, name: str, text: str, line: int, seen, cue: dict) -> None:
    value = _shape(name, text)
    if value is None:
        return
    mended = 0.0
    if name in ("course_title", "provider") and (fixed := mend(value)) != value:
        value, mended = fixed, 1.0
    key = (_norm(value), line)
    if key in seen and not cue:
        return
    seen.add(key)
    features = {**page.layout(line), **cue, **kind_features(page, kind)}
    features.update(_value_features(page, name, value, line, text))
    features["mended"] = mended
    out[name].append(Candidate(name, value, line, features))


def _shape(name: str, text: str) -> str | None:
    if name == "holder_name":
        return shapes.person_name(text)
    if name == "course_title":
        return shapes.title(text)
    if name == "provider":
        return shapes.organisation(text)
    match = _APPROVAL.search(text)
    if match and 3 <= len(match.group()) <= 24 and not find_dates(text):
        return match.group().strip(".-/")
    return None


def _value_features(page: Page, name: str, value: str, line: int, raw: str) -> dict[str, float]:
    words = len(value.split())
    f = {
        "words": min(words, 12) / 12,
        "digits": float(any(c.isdigit() for c in value)),
        "repeats": page.repeats(value, line),
        "whole": float(_norm(value) == _norm(page.lines[line].text)),
        "value_boiler": float(shapes.is_boilerplate(value)),
        "org": shapes.org_score(value),
        "event": float(bool(shapes.EVENT_WORDS.search(value))),
        "course": shapes.course_score(value),
        "program": float(bool(shapes.PROGRAM_END.search(value))),
        "iicrc": float(bool(re.search(r"\bIICRC\b", value))),
        "booth": float(bool(re.search(r"\bbooth\b", value, re.IGNORECASE))),
        "titlecase": shapes.title_case_ratio(value),
        "odd_case": shapes.odd_case(value),
        "rare": shapes.rare_letters(value),
    }
    f["unknown"], f["slip_word"] = spelling(value)
    f["value_ocr"] = _value_conf(page.lines[line], value)
    f["agree"] = float(page.read_alike(value, line))
    if name == "holder_name":
        f["name_unknown"], f["name_common"] = name_words(value)
        f["role_near"] = page.near(line, shapes.has_person_role)
        f["role_same"] = float(shapes.has_person_role(page.lines[line].text))
        f["address_next"] = page.near(line, shapes.is_address)
        f["upper"] = float(value.isupper() or page.lines[line].text.isupper())
    if name == "provider":
        f["role_same"] = float(shapes.has_person_role(page.lines[line].text))
        f["address_next"] = page.near(line, shapes.is_address)
        f["top"] = float(
            f["org"] > 0 and (page.lines[line].top - page.top) < 0.2 * (page.bottom - page.top)
        )
    return f


def _value_conf(line: Line, value: str) -> float:
    """OCR's confidence in the least sure word of the value (not of its label)."""
    tokens = set(_norm(value).split())
    confs = [w.conf for w in line.words if set(_norm(w.text).split()) & tokens]
    return min(confs, default=line.conf)


def kind_features(page: Page, kind: str) -> dict[str, float]:
    """What the whole page is: its kind, and how surely it reads like a record
    of someone's completion (kinds.evidence)."""
    signs = page.evidence
    return {
        "slip": float(kind in ("booth", "session")),
        "other_kind": float(kind == "other"),
        "no_statement": 1.0 - signs["statement"],
        "no_certifying": 1.0 - signs["certifies"],
        "not_record": min(3.0, signs["not_record"]) / 3,
        "page_doubt": page.doubt,
        "clock": signs["clock"],
        "money": signs["money"],
        "blanks": signs["blanks"],
    }


def _logo_top(above: str, below: str) -> bool:
    """Whether a line stacked over an organisation's name is the start of that
    name ("THREE RIVERS" over "RESTORATION COLLEGE"), not the person, role or
    office printed above it ("Dolores Moreau", "Training Manager")."""
    words = above.split()
    return (
        0 < len(words) <= 4
        and bool(shapes.ORG_WORDS.search(below))
        and not re.search(r"[\d:@/|+#]", above)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w == "&" for w in words)
        and not above.endswith((".", ","))
        # "Three Rivers" passes for a name too, but a person's is not all common words.
        and (shapes.person_name(above) is None or name_words(above)[1] == 1.0)
        and not shapes.PERSON_ROLE.search(above)
        and not shapes.DEPARTMENT.search(above)
        and not shapes.is_boilerplate(above)
    )


# A form's row head for a company ("Organization  Rapid Dry Restoration"): on
# a record of attendance most often the holder's employer, sometimes the
# school; never the course. Not a label: alone on a line it is as often the
# last word of a logo's stacked name ("PUREFLO CHEMICAL" / "COMPANY").
_COMPANY_HEAD = re.compile(
    r"(?:company|organi[sz]ation|employer|firm|agency)(?:\s+name)?\s*:?", re.IGNORECASE
)


# A form's row head that names the holder's employer outright ("EMPLOYER",
# "Employed by", "COMPANY / BRANCH"): whoever it names gave no course.
_EMPLOYER_HEAD = re.compile(
    r"(?:employer|employed\s+(?:by|at)|(?:company|employer)\s*/\s*(?:branch|location|office))"
    r"\s*:?",
    re.IGNORECASE,
)


def _company_cells(page: Page, heads: re.Pattern[str] = _COMPANY_HEAD) -> set[int]:
    """The lines a company's row head names: its own after a colon
    ("Employer: Apex Water & Fire"), the line right of it or under it."""
    out: set[int] = set()
    for i, line in enumerate(page.lines):
        head = heads.match(line.text.strip())
        if head is None:
            continue
        rest = line.text.strip()[head.end() :]
        if rest.strip() and head.group().endswith(":"):
            out.add(i)
        elif not rest.strip():
            out.update(j for f in (L.right_of, L.below) if (j := f(page.lines, i)) is not None)
    return out


# A letter's inside address: the addressee, the company, the town ("Atlanta,
# GA 30341"), then the subject line or the greeting. The company there is
# the holder's employer, the letter's sender is in its letterhead.
_TOWN_LINE = re.compile(
    rf"(?:[A-Z][a-z]+\.?\s+){{0,2}}[A-Z][a-z]+,\s*(?i:{STATES})(?:\s+\d{{5}}(?:-\d{{4}})?)?\.?"
)
_LETTER_OPENS = re.compile(r"(?:re|subject)\s*:|dear\b|to\s+(?:the|whom|our)\b", re.IGNORECASE)


def _inside_address_companies(page: Page) -> set[int]:
    """The company line of a letter's inside address."""
    lines = page.lines
    out: set[int] = set()
    for i in range(1, len(lines) - 2):
        if not _TOWN_LINE.fullmatch(lines[i + 1].text.strip()):
            continue
        if shapes.person_name(lines[i - 1].text) is None:
            continue
        if any(_LETTER_OPENS.match(line.text.strip()) for line in lines[i + 2 : i + 4]):
            out.add(i)
    return out


# A track or series named in capitals as a heading ("MOLD & INDOOR AIR TRACK",
# "STANDARDS UPDATE SERIES · SESSION 1 OF 3"). Over the title of the session
# itself it is no title; a record that credits the whole track names it on
# its own ("Structural Drying Deep-Dive Track" over a sentence).
_TRACK_HEAD = re.compile(
    r"(?:[A-Z0-9&/,'.-]+\s+)+(?:TRACK|SERIES)(?:\s*[·|:–-]\s*SESSION\s+\d+\s+OF\s+\d+)?"
)


def _track_heads(page: Page) -> set[int]:
    """The lines that name a track over a session's title right under them."""
    out: set[int] = set()
    for i, line in enumerate(page.lines):
        if not _TRACK_HEAD.fullmatch(line.text.strip()):
            continue
        j = L.below(page.lines, i, 1.5)
        under = page.lines[j].text.strip() if j is not None else ""
        if under and not under.isupper() and shapes.title(under) == under:
            out.add(i)
    return out


# A caption that calls the names beside it sponsors: "Webinar sponsor" under a
# company's name, "CLASS SPONSORS" or "Thank you to our event sponsors" before
# a row of them. A bare "Sponsor" may head the provider's own box on a form,
# so it needs a qualifier or a plural.
_SPONSOR_CAPTION = re.compile(
    r"(?:(?:thank\s+you|thanks|with\s+thanks)\s+to\s+)?(?:our\s+)?"
    r"(?:(?:class|course|session|webinar|education(?:al)?|event|show|booth|gold|silver|bronze|"
    r"platinum|diamond|title|media|official|presenting|our|conference|convention|summit|expo|"
    r"symposium)\s+sponsors?|sponsors)"
    r"(?:\s+(?:and|&)\s+partners)?\s*:?",
    re.IGNORECASE,
)


def _sponsor_lines(page: Page) -> set[int]:
    """A sponsor caption's line and the lines it names: the names on its row
    after it; under a caption for one sponsor the name right above it, under a
    plural caption the row right below (the name above a list's heading is
    someone else's)."""
    out: set[int] = set()
    for i, line in enumerate(page.lines):
        text = line.text.strip()
        if not _SPONSOR_CAPTION.fullmatch(text):
            continue
        out.add(i)
        mid = (line.top + line.bottom) / 2
        out.update(
            j
            for j, other in enumerate(page.lines)
            if other.left >= line.right - 2
            and other.top - line.size <= mid <= other.bottom + line.size
        )
        if not re.search(r"sponsors\b", text, re.IGNORECASE):
            if (j := L.above(page.lines, i, 1.0)) is not None:
                out.add(j)
        elif (j := L.below(page.lines, i, 1.5)) is not None:
            below = page.lines[j]
            out.update(
                k
                for k, other in enumerate(page.lines)
                if abs((other.top + other.bottom) - (below.top + below.bottom)) < below.size
            )
    return out


_GIVEN = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?")
_SURNAME = re.compile(r"(?:[A-Z]\.\s*)?[\w'’-]+(?:\s+[\w'’.-]+){0,2}")


def _stacked_name(page: Page, i: int) -> tuple[str, int] | None:
    """A person's name printed over two lines, given names above the rest,
    and the line below: "BRIANNA" / "A. LINDQVIST", "Mary Ellen" / "Svensson".
    Neither line is a label, a role or a whole name alone."""
    j = L.below(page.lines, i, 0.8)
    if j is None or page.by_line.get(i) or page.by_line.get(j):
        return None
    top, low = page.lines[i], page.lines[j]
    if abs(top.center_x - low.center_x) > top.size and abs(top.left - low.left) > top.size:
        return None
    upper, lower = top.text.strip(), low.text.strip()
    if not (_GIVEN.fullmatch(upper) and _SURNAME.fullmatch(lower)) or re.search(r"\d", lower):
        return None
    if shapes.PERSON_ROLE.search(lower) or shapes.DEPARTMENT.search(lower):
        return None
    # The line below is the rest of a name, not a whole one: a surname alone
    # (no common word: not "Independent"), or one after an initial or a
    # particle. "Ngozi" over "Ngozi Delgado", "Licensee" over "Marisol W.
    # Villaseñor" are a name under a word.
    if " " in lower:
        if not re.match(
            r"(?:[A-Z]\.|(?i:de|da|del|della|di|du|van|von|le|la|st\.?|mc|o')\s)", lower
        ):
            return None
    elif name_words(lower)[1]:
        return None
    whole = shapes.person_name(f"{upper} {lower}")
    return (f"{upper} {lower}", j) if whole and len(whole.split()) >= 2 else None


def _org_suffix(text: str) -> bool:
    """A line that only ends an organisation's name: "Center", "Group, Inc."."""
    words = re.findall(r"[^\W\d_]+", text)
    return 0 < len(words) <= 2 and all(shapes.ORG_WORDS.fullmatch(w) for w in words)


def _continued(page: Page, i: int, short_tail: bool = False) -> tuple[str, int] | None:
    """A title wrapped onto the next line (same size, aligned, no label): the
    two lines' text joined, and the line it wraps onto. With `short_tail`, a
    last word or two on a line of their own may stand taller: a line finder's
    box round a short word is taller than the text ("Reading a Psychrometric
    Chart in Five" / "Minutes")."""
    j = L.below(page.lines, i, 1.2)
    if j is None or j in page.by_line or i in page.by_line:
        return None
    a, b = page.lines[i], page.lines[j]
    aligned = abs(a.left - b.left) < a.size or abs(a.center_x - b.center_x) < a.size * 1.5
    # A logo's name stacks in capitals of two sizes: "LAKESHORE RESTORATION / EDUCATION CENTER".
    stacked = a.text.isupper() and b.text.isupper() and 0.4 < b.size / max(1.0, a.size) < 2.5
    # Or a word or two a line, each a little bigger or smaller: "Three Rivers / Restoration / College".
    stacked = stacked or (
        len(a.text.split()) <= 2
        and len(b.text.split()) <= 2
        and 0.7 < b.size / max(1.0, a.size) < 1.45
    )
    tail = (
        short_tail
        and len(b.text.split()) <= 2
        and len(a.text.split()) >= 3
        and 0.85 < b.size / max(1.0, a.size) < 2.0
    )
    if not aligned or not (0.85 < b.size / max(1.0, a.size) < 1.18 or stacked or tail):
        return None
    if find_dates(b.text) or find_hours(b.text) or shapes.is_boilerplate(b.text):
        return None
    # Nor a form's next field: "SESSION  Reading a Psychrometric Chart" over
    # "INSTRUCTOR  José Luis Rourke".
    if _label_led(page, j) or j in page.label_values:
        return None
    return f"{a.text} {b.text}", j


_QUOTED = re.compile(r"[\"“„«]\s*([^\"“”„«»]{3,}?)\s*[\"”»]")


def _quoted(page: Page, i: int) -> list[str]:
    """Words set in quotes on a line ('the course "Odor Control" (OCT)'), also
    when the sentence wraps before the closing quote."""
    text = page.lines[i].text
    found = _QUOTED.findall(text)
    if len(_QUOTED.sub("", text)) != len(text) or not re.search(r"[\"“„«]", text):
        return found
    more = wrapped(page, i)
    return _QUOTED.findall(f"{text} {more}") if more else found


def wrapped(page: Page, i: int) -> str | None:
    """The next line of a running sentence that wraps: same size, same left edge."""
    j = wrapped_line(page, i)
    return None if j is None else page.lines[j].text


# How far below a line of a running sentence its next line may start, in the
# line's glyph heights: double-spaced sentences leave a line's height between,
# more when set loose ("… the course of instruction in Fire and Smoke
# Restoration" / "Technician, for which …"). A line of a few words, or one
# with others beside it, is a table's cell as often as a sentence's line
# ("Date of Participation" over "Credit Awarded", a course's row over "Total").
WRAP_REACH = 1.6
SENTENCE_REACH = 2.0
SENTENCE_WORDS = 6
LOOSE_SIZE = 0.75


def wrapped_line(page: Page, i: int) -> int | None:
    """Which line, if any, line `i`'s running sentence wraps onto."""
    loose = len(page.lines[i].text.split()) >= SENTENCE_WORDS and _alone_on_row(page, i)
    j = L.below(page.lines, i, SENTENCE_REACH if loose else WRAP_REACH)
    if j is None:
        return None
    a, b = page.lines[i], page.lines[j]
    aligned = abs(a.left - b.left) < a.size or abs(a.center_x - b.center_x) < 1.5 * a.size
    # Figures stand as tall as capitals: a line of them alone reads larger.
    largest = 1.45 if re.fullmatch(r"[\d\s.,:;/-]+", b.text) else 1.18
    smallest = 0.85
    if loose and abs(a.left - b.left) < 0.5 * a.size:
        # A paragraph's lines, flush on the left: one line's box can stand taller
        # than the type by a capital, an ampersand or a comma's tail.
        smallest, largest = LOOSE_SIZE, max(largest, 1 / LOOSE_SIZE)
    if not aligned or not smallest < b.size / max(1.0, a.size) < largest:
        return None
    return j


def _alone_on_row(page: Page, i: int) -> bool:
    line = page.lines[i]
    mid = (line.top + line.bottom) / 2
    return not any(
        j != i and other.top <= mid <= other.bottom for j, other in enumerate(page.lines)
    )


def _wrapped_onto(page: Page, j: int) -> int | None:
    """The line above whose running sentence wraps onto line `j`, if any."""
    i = L.above(page.lines, j, SENTENCE_REACH)
    return i if i is not None and wrapped(page, i) == page.lines[j].text else None


def _wrapped_tail(page: Page, j: int, name: str) -> str | None:
    """The words a cue left at the end of the line above ("offered through
    Keystone" / "Indoor Environmental Institute on ...")."""
    i = _wrapped_onto(page, j)
    if i is None:
        return None
    roles = PROVIDER_ROLES if name == "provider" else (name,)
    hits = [h for h in page.by_line.get(i, []) if h.role in roles and h.value]
    return hits[-1].value if hits else None


_CAPITALISED = re.compile(r"[A-Z][\w&'’.-]*|&")
_SENTENCE_WORD = re.compile(r"[a-z][\w'’-]*:?")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\b")
_SHOW_YEAR_END = re.compile(rf"\b(?i:{shapes.SHOW_WORD})\s+(?:19|20)\d\d\s*$")


def _capitalised_tail(page: Page, j: int) -> str | None:
    """The capitalised words a wrapped sentence leaves at the end of the line
    above ("… held on 7 March at Blue" / "Heron Technical Training.")."""
    i = _wrapped_onto(page, j)
    # A heading is no sentence: "Certificate of Appreciation" over the show's name.
    if i is None or _heading(page.lines[i].text):
        return None
    words = page.lines[i].text.split()
    tail: list[str] = []
    while words and len(tail) < 4 and _CAPITALISED.fullmatch(words[-1]):
        tail.insert(0, words.pop())
    # The sentence's own word before it ("at", "by:"), or it is no sentence's tail:
    # "Castañeda, Cody" over "Copperfield Training Solutions" is a name inverted,
    # and "… Bo E. da Silva" a surname with its particle.
    said = words and _SENTENCE_WORD.fullmatch(words[-1]) and words[-1] not in PARTICLES
    return " ".join(tail) if tail and said else None


def _heading(text: str) -> bool:
    """A paper's few words of heading: "Certificate of Appreciation"."""
    return len(text.split()) <= 5 and shapes.is_boilerplate(text)


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", str(text).casefold()).strip()
