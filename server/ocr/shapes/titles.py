"""A course's title as a person would type it from the page, and what only
looks like one (a person, a show, a school, a place, a form's box, a
sentence)."""

from __future__ import annotations

import re

from server.ocr.dates import MONTH_NAME, find_dates
from server.ocr.given_names import is_given_name
from server.ocr.shapes.persons import is_persons_name
from server.ocr.shapes.words import (
    ADDRESSED,
    COURSE_WORDS,
    FORM_WORDS,
    NUMBER_LABEL_END,
    OFFICE_AT_END,
    OFFICE_ONLY,
    PAPER_WORDS,
    PERSON_ROLE,
    PLACE_ONLY,
    SCHOOL_END,
    SHOW_WORD,
    VENUE,
    is_address,
    letters,
    only_words,
    title_case_ratio,
    venue_in_town,
)
from server.ocr.text import clean_title
from server.ocr.wordlist import common_words

# A room or a hall of a venue: "Ballroom C", "Hall B", "Room 255".
_ROOM = re.compile(
    r"(?:ballroom|hall|room|salon|suite|theat(?:er|re))\s+[A-Z\d]{1,4}", re.IGNORECASE
)

_PRICE = re.compile(r"\$\s*\d|\d\.\d\d\s*\$|\b(?:USD|EUR|CAD)\s*\d")

_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s+(?=[A-Za-z])")


# The words that lead a title in: "the 7-hour online course", "session",
# "the seminar entitled".
_LEAD_IN = (
    r"(?:the\s+)?(?:(?:\d+(?:\.\d+)?|one|two|three|four|seven|fourteen)[\s-]+hours?\s+)?"
    r"(?:(?:online|live|in-person|classroom|virtual|on-demand|hands-on)\s+)?"
    r"(?:(?:training|educational|education)\s+)?"
    r"(?:course|class|program|programme|seminar|workshop|session|activity|module)"
    r"(?:\s+(?:of|on|in|entitled|titled|called))?\s*:?\s+"
)


# A sentence's words in lower case up to what was done or a preposition:
# "and received a passing grade in", "the continuing education activity".
_LEAD_TAIL = re.compile(
    r"(?:[a-z][a-z'-]*\s+){0,6}(?:course|class|program|programme|seminar|workshop|session|"
    r"activity|module|presentation|webinar|training|lecture|in|of|for|on|entitled|titled|called)"
)


def lead_in_only(text: str) -> bool:
    """Whether a sentence's words after its cue only lead the title in ("…
    the final assessment of the online course"): the title is on the next line."""
    text = text.strip(" ,:;")
    return (
        re.fullmatch(_LEAD_IN, text + " ", re.IGNORECASE) is not None
        or _LEAD_TAIL.fullmatch(text) is not None
    )


def title(text: str) -> str | None:
    """A course title as a person would type it from the page."""
    raw = re.sub(r"^(?:[+•·*»>■□▪-]|[eo](?=\s+[A-Z]))\s+", "", text.strip())
    # A letter's subject line, with the reference it quotes after a dash:
    # "Re: IICRC Booth Registration – Reg. no. 706222".
    raw = re.sub(r"^(?:re|subject|subj)\s*:\s*", "", raw, flags=re.IGNORECASE)
    # A form service's copy of an answered form: "Your response to IICRC Booth
    # Registration", "Thanks for filling out …", "Copy of …".
    raw = re.sub(
        r"^(?:your\s+response\s+to|thanks?(?:\s+you)?\s+for\s+filling\s+(?:out|in)|copy\s+of)\s+",
        "",
        raw,
        flags=re.IGNORECASE,
    )
    raw = re.sub(
        r"\s+[–—-]\s+(?:[\w.]+\s+){0,2}(?:no\.?|#|number|id)\s*:?\s*\d{4,}[\w-]*$",
        "",
        raw,
        flags=re.I,
    )
    # A quoted title ends at its closing quote: "'Mold Myths' facilitated by…",
    # also after the word that leads it in ("session “Mold Myths” at its …").
    quoted = re.match(
        rf"(?:{_LEAD_IN})?[\"'“‘]([^\"'”’]{{4,}})[\"'”’](?=[\s,.;:()]|$)", raw, re.IGNORECASE
    )
    value = clean_title(quoted.group(1) if quoted else raw)
    value = re.sub(rf"^{_LEAD_IN}", "", value, flags=re.IGNORECASE)
    # A diploma's "the prescribed studies of …", "the course of study in …".
    value = re.sub(
        r"^(?:the\s+)?(?:prescribed\s+)?(?:stud(?:y|ies)|(?:course|program|programme)\s+of\s+study)"
        r"\s+(?:of|in)\s+",
        "",
        value,
        flags=re.IGNORECASE,
    )
    # "… completed all classroom and hands-on requirements of Psychrometry for Restorers".
    value = re.sub(
        r"^(?:all|every|each|the)\s+(?:[\w-]+\s+){0,4}?requirements?\s+(?:of|for)\s+(?:the\s+)?",
        "",
        value,
        flags=re.IGNORECASE,
    )
    value = re.sub(r"^(?:the|in|of|on|for)\s+(?=[A-Z])", "", value)
    # A box's label read with its value: "Training: Commercial Drying Specialist".
    value = re.sub(
        r"^(?:course|class|session|program|programme|training|topic|seminar|workshop|module)"
        r"\s*:\s*(?=\S)",
        "",
        value,
        flags=re.IGNORECASE,
    )
    # A form's "Title" box read with no colon: "Title Safety Stand-Down for Restoration Crews".
    # (OCR may lose the space inside the label: "Sessiontitle Safety Stand-Down …".)
    value = re.sub(r"^(?i:(?:course|session|class)\s*)?(?i:title)\s+(?=[A-Z])", "", value)
    # A receipt's line: "1 x RCT - Rug Cleaning Technician", "… Techniques 89.00".
    value = re.sub(r"^\d{1,2}\s*[x×]\s+(?=[A-Z])|(?<=[a-z)])\s+\d{1,4}\.\d\d$", "", value)
    value = re.sub(r"\s+[A-Z]{1,6}[-#]?\d{2,}[\w-]*$", "", value)  # a code in the next cell
    # A table's head read with the row under it ("Code Title T80 Mold Myths …"),
    # and a session's code before the title.
    tokens = value.split()
    heads = next((i for i, w in enumerate(tokens) if w.lower() not in FORM_WORDS), len(tokens))
    if 2 <= heads < len(tokens):
        value = " ".join(tokens[heads:])
    # What the paper is, before what it was for: "TRAINING CERTIFICATE FIRE AND SMOKE …".
    tokens = value.split()
    heads = next((i for i, w in enumerate(tokens) if w.lower() not in PAPER_WORDS), len(tokens))
    if 2 <= heads <= len(tokens) - 2 and any(_PAPER_NOUN.fullmatch(w) for w in tokens[:heads]):
        value = " ".join(tokens[heads:])
    # A session's code before its title: "T8 Mold Myths", "C293 Drying …",
    # "70-15 Hydroxyl vs. Ozone"; never a standard's number ("S500 Update").
    # (Nor a range of days: "15-16 July 2019 …".)
    value = re.sub(
        rf"^(?![SR]\d{{3}}\b)(?:[A-Z]{{1,2}}-?\d{{1,4}}|\d{{1,3}}-\d{{1,3}})\s+"
        rf"(?=[A-Z][a-z])(?!(?i:{MONTH_NAME})\b)",
        "",
        value,
    )
    # A box's caption in capitals before it: "CODE Safety Stand-Down for Restoration Crews".
    value = re.sub(
        r"^([A-Z]{3,})\s+(?=[A-Z][a-z])",
        lambda m: "" if m.group(1).lower() in FORM_WORDS else m.group(0),
        value,
    )
    # What a receipt was for: "For IICRC Booth Registration".
    value = re.sub(r"^For:?\s+(?=[A-Z])", "", value)
    # The sheet after a dash: "IICRC Booth Registration — Sign-In Sheet".
    value = re.sub(
        r"(?<=\w)\s+[–—-]\s+(?i:sign[\s-]?(?:in|up)|(?:sign[\s-]?(?:in|up)|registration|"
        r"attendance|visitor)\s+(?:sheet|form|log|list|record|slip|card|roster))$",
        "",
        value,
    )
    # Who gives it and where, after the title: "… presented by Ana Ruiz", "… in Hall C".
    value = re.sub(
        r"\s+(?:(?:facilitated|presented|led|taught|moderated|delivered|hosted|instructed|given)"
        r"\s+by|(?:in|at)\s+(?:hall|room|ballroom|salon|suite|booth|theater|theatre)\s+\w+)\b.*$",
        "",
        value,
        flags=re.IGNORECASE,
    )
    # The room on the title's row: "… Comparison Hall C", "… Crews Hall 114".
    value = re.sub(r"\s+(?:Hall|Room|Salon|Ballroom)\s+[A-Z\d][\w-]{0,3}$", "", value)
    # Where in the show, after the title: "… (Track C)", "… (Hall B)"; the
    # show itself: "… at Cleaning & Restoration Summit 2022", "… (Water Loss
    # Conference 2025)".
    value = re.sub(
        r"\s*\((?:track|hall|room|ballroom|salon|suite|theat(?:er|re)|stage|booth)\s+[\w-]{1,4}\)$",
        "",
        value,
        flags=re.IGNORECASE,
    )
    # Who taught it, after "with": "… Textile Cleaning with Siobhán McAllister-Reyes",
    # "… with Northwind Training Institute"; never "Moisture Mapping with Thermal Imaging".
    taught = re.search(r"\s+with\s+(\S.*)$", value)
    if taught and (is_persons_name(taught.group(1)) or SCHOOL_END.search(taught.group(1))):
        value = value[: taught.start()]
    # One part of a series before it ("Part 4 of 4, Reading a Psychrometric Chart"),
    # and a sentence's "given" after it, its date on the next line.
    value = re.sub(r"^part\s+\d{1,2}\s+of\s+\d{1,2}\s*[,:–—-]?\s+(?=\S)", "", value, flags=re.I)
    value = re.sub(r"\s+given$", "", value, flags=re.IGNORECASE)
    value = re.sub(rf"\s+at\s+(?:the\s+)?[A-Z][\w&'’. -]*?\b(?:{SHOW_WORD})\b.*$", "", value)
    value = re.sub(rf"\s*\([^()]*\b(?:{SHOW_WORD})\b[^()]*\)$", "", value)
    # The word a sentence calls it by, after it: "… Applied Structural Drying course",
    # "… Drying Crawlspaces and Basements training".
    value = re.sub(
        r"(?:\s+(?:course|class|seminar|workshop|webinar|training|program))+$", "", value
    )
    # The day in the next cell, its year cut off: "… Tile Cleaning Aug 7", "… Registration
    # Aug", "… Case Studies Saturday, May 5"; not a label's day ("Date: Apr 5").
    value = re.sub(
        rf"(?<!:)(?:,?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)?\s+{_MONTH}\.?"
        rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s*[-–]\s*(?:{_MONTH}\.?\s+)?\d{{1,2}})?$",
        "",
        value,
    )
    value = re.sub(r"\s+[A-Z]{1,6}[-#]?\d{2,}[\w-]*$", "", value)  # its code before the day
    # A course's code and year before it: "FSRT-2024: Fire and Smoke Restoration".
    value = re.sub(r"^[A-Z]{2,6}-\d{2,4}:\s+(?=[A-Z])", "", value)
    # The sort of session before a dash: "Technical Session – Safety Stand-Down …".
    value = re.sub(
        r"^(?:[A-Z][\w-]*\s+){0,2}(?:session|seminar|workshop|track|lecture|panel)\s+[–—-]\s+"
        r"(?=[A-Z])",
        "",
        value,
        flags=re.IGNORECASE,
    )
    # A bracket the line cuts off: "IICRC Booth Registration (Booth".
    value = re.sub(r"\s*\([^()]*$", "", value)
    value = value.strip(" \"'“”‘’:;,.-–")
    value = re.sub(r"\s+on$", "", value)  # its date follows on the next line
    # The paper's name around the activity: "IICRC BOOTH REGISTRATION FORM".
    value = re.sub(
        r"\b(registration|attendance)\s+(?:form|slip|card|record|ticket)$", r"\1", value, flags=re.I
    )
    if re.match(r"[^\W\d_]", value) and value[0].islower() or ADDRESSED.match(value):
        return None  # a sentence's words ("all requirements of …", "We logged your visit …")
    if find_dates(value) or _DAY_OF_MONTH.fullmatch(value) or is_address(value):
        return None  # a date or a street: "Thursday, April 2, 2020", "December 10th"
    if PLACE_ONLY.fullmatch(
        re.sub(r"^(?:at|in|location|venue|where)\s*:\s*", "", value, flags=re.I)
    ):
        return None  # a town: "Orlando, FL", "At: Las Vegas, NV"
    # A form's column or box ("Location"), a table's head ("Code Title", "CODE SESSION"),
    # a number's label ("Certification No."), or what the paper calls itself
    # ("CERTIFICATION", "OF EXCELLENCE", "Wallet Card"): not what it holds.
    words = re.findall(r"[^\W\d_]+", value.lower())
    if only_words(value, FORM_WORDS, PAPER_WORDS, _DESK_WORDS) or _COPIES.search(value):
        return None
    if re.search(NUMBER_LABEL_END, value, re.IGNORECASE):
        return None
    if re.search(r"\s(?:and|of|for|in|the|to|with|&|a|an)$", value, re.IGNORECASE):
        return None  # wrapped: the rest is on the next line
    # A sentence: "This Certificate of completion hereby", "Partial attendance is …".
    if _TITLE_SENTENCE.search(value) or (
        len(value.split()) >= 8 and title_case_ratio(value) < 0.34
    ):
        return None
    last_first = _LAST_FIRST.fullmatch(value)
    if (
        is_persons_name(value)
        or _PERSONISH.search(value)
        or (last_first and last_first.group(1).casefold() not in common_words())
    ):
        return None  # a signer's or the holder's name: "Yusuf van der Berg", "ZOË KRUGER"
    if _SHOW_NAME.fullmatch(value):
        return None  # the show, not a session at it: "Water Loss Conference 2023"
    if SCHOOL_END.search(value) or VENUE.search(value) or _SCHOOL_OF.search(value):
        return None  # who gives the course or where: "… Restoration School", "Kansas City Marriott"
    if OFFICE_ONLY.fullmatch(value) or _OFFICE_LINE.search(value):
        return None  # a signer's office: "Training Manager", "President, Heartland Cleaning"
    # Someone's post: "IICRC Booth Representative", "BOOTH STAFF", "Series Moderator".
    if _ROLE_AT_END.search(value) and not re.search(r"\b(?:for|of|to|with|as)\b", value, re.I):
        return None
    role = OFFICE_AT_END.search(value)
    if role and is_persons_name(value[: role.start()]):
        return None  # a signer and their office: "Helene Pham Registrar"
    if _ROOM.fullmatch(value) or venue_in_town(value):
        return None  # where: "Ballroom C", "Music City Center, Nashville"
    # A ticket's line ("Technician (free) - 0.00 $"), a list's item ("4. Contents …").
    if _PRICE.search(value) or _LIST_ITEM.match(value):
        return None
    if re.fullmatch(r"IICRC(?:\s+Approved(?:\s+Activity)?)?", value, re.IGNORECASE):
        return None  # the body's stamp
    if len(words) == 1 and (_lone_word(words[0]) or PERSON_ROLE.fullmatch(words[0])):
        return None  # one word of a letter or a form: "Sincerely", "PARTICIPANT", "President"
    if len(value.split()) == 1 and is_given_name(value):
        return None  # a first name alone: "Agnieszka", "Chloé"
    if _after_who(value):
        return None  # "Booth staff Renée Dvořák", "Received by: Cody Nakamura CN"
    if len(value) < 4 or letters(value) < 0.6 or len(value.split()) > 16:
        return None
    return value


# A desk's, a portal's or a mailer's words, beside the form's and the paper's
# own (words.FORM_WORDS, PAPER_WORDS), none of them what was taught: "OFFICE
# USE ONLY", "Back to My Credits", "VIRTUAL SESSION", "DETACH HERE".
_DESK_WORDS = {
    "use", "only", "designation", "area", "licensure", "type", "approved", "virtual", "floor",
    "map", "scans", "schedule", "back", "my", "passport", "modules", "covered", "service",
    "requested", "cut", "and", "exhibit", "hall", "attendant", "checklist", "competency", "detach",
    "here", "remove", "pass", "earned", "pdh", "factory", "delivery", "face", "ticket",
    "registered", "no", "renewals", "department", "specialist", "continuing", "education", "with",
    "records", "submit", "a", "admission", "check", "daily", "automatic", "updates", "stub",
    "professional", "development", "pre", "assessment", "home", "pay", "growth", "benefits",
    "documents", "serial", "requirement", "met", "where", "information", "length", "min", "part",
    "entry", "exit", "times", "live", "event", "online", "reading", "thanks", "stopping", "host",
    "exhibitors", "log", "registrant", "services", "lead", "division", "crew", "technical", "for",
    "b", "c", "privacy", "terms", "accessibility", "allow", "notifications", "topics", "allotted",
    "detail", "e", "mailed", "next", "year", "file", "urgent", "x", "review", "method", "recorded",
    "practical", "station", "arrival", "departure", "equipment", "used", "class", "test", "passing",
    "how", "becomes", "counting", "minutes", "door", "monitor", "theater", "yes", "by", "attempt",
    "day", "last", "leave", "viewed", "number", "plan", "taught", "level", "standard", "dotted",
    "line", "along", "partial", "glance", "at", "received", "see", "pending", "missing", "awaiting",
    "not", "yet", "credited", "wi", "fi", "main", "entrance", "board", "chair", "form",
    "appearance", "sign", "off", "sheet", "catalog", "support", "help", "search", "courses",
    "message", "hello",
}  # fmt: skip

# Who did what, and their name after it: "Booth staff Renée Dvořák", "Received by:
# Cody Nakamura CN", "Booth staff member who checked you in Travis Gallagher".
_WHO_THEN_NAME = re.compile(
    r"\b(?:staff|attendant|by|registrant|verified|received|monitor|checked\s+you\s+in)\s*:?$",
    re.IGNORECASE,
)

# A carbon set's copies, each colour for whom: "White: registrant · Yellow: IICRC".
_COPIES = re.compile(r"(?:\b(?:white|yellow|pink|canary|gold|green)\s*[:–—-].*){2}", re.IGNORECASE)


def _after_who(value: str) -> bool:
    """Whether a line names someone after what they did or were ("Booth
    attendant: Ngozi da Silva NS"): the name, with its initials after it."""
    words = re.sub(r"\s+[A-Z]{2,4}$", "", value).split()
    return any(
        _WHO_THEN_NAME.search(" ".join(words[:k])) and is_persons_name(" ".join(words[k:]))
        for k in range(1, len(words) - 1)
    )


def _lone_word(word: str) -> bool:
    """A common word on a line of its own that is no trade word: "Sincerely",
    "Valid". A trade word alone ("Remediation") may be a title's last word
    wrapped onto its own line, and is left to the model."""
    return word in common_words() and not COURSE_WORDS.fullmatch(word)


# A person's post at the end of a line: the line names someone's job, not a
# course ("Safety Coordinator"); a course for people in a post says whom it is
# for ("Mold Awareness for Office Staff").
_ROLE_AT_END = re.compile(
    r"\b(?:representative|coordinator|staff|manager|director|supervisor|instructor|presenter|"
    r"speaker|moderator|proctor|registrar|organi[sz]er|volunteer|president|secretary|treasurer)$",
    re.IGNORECASE,
)

# An office beside a signer's name, or before the school they sign for:
# "Zoë Whitcomb, Program Coordinator", "Tomas da Silva · President".
_OFFICE_LINE = re.compile(
    r"[,·|]\s*(?:[\w-]+\s+)?"
    + PERSON_ROLE.pattern
    + r"(?:\s*[,·|].*)?$|^"
    + PERSON_ROLE.pattern
    + r"\s*,",
    re.IGNORECASE,
)

# A body named for what it does: "Institute of Inspection, Cleaning and …".
_SCHOOL_OF = re.compile(
    r"\b(?:institute|association|academy|college|university|council|society|school)"
    r"\s+(?:of|for)\b",
    re.IGNORECASE,
)

_PAPER_NOUN = re.compile(
    r"certificate|certification|diploma|record|card|transcript|receipt|letter", re.IGNORECASE
)

# A month's name as a date prints it, with its capital ("Aug", "September"; not "may").
_MONTH = rf"(?=[A-Z][a-z])(?i:{MONTH_NAME})"

# A show's name: capitalised words ending on a show's word, with its year.
_SHOW_NAME = re.compile(
    rf"(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w'’.-]*\s+|&\s+){{1,5}}(?i:{SHOW_WORD})(?:\s+(?:19|20)\d\d)?"
)

# A person's name in a shape no title takes: an initial and a surname ("C.
# Haugen"), a surname and a credential or a first name after a comma
# ("Gallagher, CIH", "Jiménez, Kateryna"), with an employer or a stamp after
# it, or with a street's address.
_PERSONISH = re.compile(
    r"^[A-Z]\.\s*[A-Z][\w'’-]+$|(?i:\bemployed\s+by\b|,\s*IICRC\s+approved)|"
    r"\b\d+\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:st|street|ave|avenue|rd|road|dr|drive|blvd|ln|lane|"
    r"way|ct|court|pl|place)\.?$"
)

_LAST_FIRST = re.compile(r"([A-Z](?:[^\W\d_]|['’-])+),\s*(?:[A-Z]{2,5}|[A-Z][a-z]+)")

# A sentence's start or its cut end, not a title's: "This certificate …",
# "Part of the … Series", "Replacement cards are".
_TITLE_SENTENCE = re.compile(
    r"^(?:this|these|part\s+of)\b|\s(?:is|are|was|were|has|have|had|hereby|will|must)$",
    re.IGNORECASE,
)

# A day of a month, its year left for the line's end or the page's head.
_DAY_OF_MONTH = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?:{MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAME})\.?)",
    re.IGNORECASE,
)


# Words a title's second line never starts on: how or where it was given ("Live",
# "Online", "Event"), or a paper's or a form's own words ("Classroom", "Total Hours").
_NOT_CARRIED = {"live", "online", "virtual", "in-person", "on-demand", "event", "events"}
# Small words a title keeps inside it, never at a line's start: "Five Minutes and More".
_INNER = {"and", "of", "for", "in", "the", "with", "to", "on", "a", "an", "vs", "vs.", "&", "or"}


def carried_on(head: str, whole: str) -> bool:
    """Whether `whole`, a title's first line `head` joined with the next, is
    the title the first line began: the words it adds are a title's, in the
    first line's case ("Reading a Psychrometric Chart in Five" / "Minutes",
    "HYDROXYL VS. OZONE: A FIELD" / "COMPARISON"), not a date, a person, a
    room, a form's head or words in lower case that say how it was given
    ("Live online", "Session code", "Total Hours", "Ballroom C", "BRIANNA J")."""
    words, joined = head.split(), whole.split()
    added = joined[len(words) :]
    if joined[: len(words)] != words or not 1 <= len(added) <= 4:
        return False
    first = added[0].casefold()
    if first in PAPER_WORDS | FORM_WORDS | _NOT_CARRIED or added[-1].endswith(":"):
        return False
    if any(re.search(r"\d", w) for w in added):
        return False  # a day, a year, a room's number: "December 3", "Booth 2917"
    if any(re.fullmatch(rf"(?:{MONTH_NAME})\.?,?", w, re.IGNORECASE) for w in added):
        return False
    if not all(
        w[:1].isupper() or w[:1] == "(" or (i and w.casefold() in _INNER)
        for i, w in enumerate(added)
    ):
        return False
    # In the first line's case: a heading in capitals runs on in capitals.
    plain = " ".join(w for w in added if not w.startswith("(") and w.casefold() not in _INNER)
    if plain and (plain.isupper() != head.isupper()):
        return False
    tail = " ".join(added)
    return not (_ROOM.fullmatch(tail) or is_persons_name(tail.title() if tail.isupper() else tail))
