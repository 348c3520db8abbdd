"""An organisation's name: the school, company or show that gives a course,
as printed, and what only looks like one (a heading, a form's box, a signer,
a venue, a sentence's edge)."""

from __future__ import annotations

import re

from server.ocr.dates import MONTH_NAME, find_dates
from server.ocr.given_names import is_given_name
from server.ocr.shapes.persons import name_as_printed, person_name
from server.ocr.shapes.words import (
    ADDRESSED,
    COURSE_WORDS,
    DEPARTMENT,
    FORM_WORDS,
    NAME_AND_INITIAL,
    NEXT_LABEL,
    NUMBER_LABEL_END,
    OFFICE_AT_END,
    OFFICE_ONLY,
    ORG_WORDS,
    PAPER_WORDS,
    PERSON_ROLE,
    PLACE_ONLY,
    SHOW_WORD,
    VENUE,
    letters,
    only_words,
    title_case_ratio,
    venue_in_town,
)
from server.ocr.text import CREDENTIALS, clean_provider, squash
from server.ocr.wordlist import common_words

_EVENT_OFFICE = re.compile(
    rf"\b((?:{SHOW_WORD}|EXPO)"
    r"(?:\s+(?:19|20)\d\d)?)\s+(?:Organi[sz]ing|Program(?:me)?|Education|Host|Steering|"
    r"Management|Registration|Event)\s+(?:Committee|Office|Desk|Team|Secretariat)$"
)


# What a school's department is called, printed small over its name: "Training
# Centre", "Continuing Education Division", "School of Restoration".
_DEPARTMENT_CAPTION = (
    r"(?:(?:continuing\s+)?education|training|learning|professional\s+development)\s+"
    r"(?:centre|center|division|department|office|unit)"
)
_CAPTION_ONLY = re.compile(rf"{_DEPARTMENT_CAPTION}|school\s+of\s+[a-z]+", re.IGNORECASE)


def organisation(text: str) -> str | None:
    """An organisation's name as printed, without the address or phone after it."""
    # A sentence's words before a show's name on a line that goes on from the
    # one above, where they name a part of what it holds ("webinar of the
    # Drying Science Symposium 2022 Virtual …"; not "pre-show class of the …",
    # which another school may give).
    text = re.sub(
        r"^\W*(?:[a-z][\w'-]*\s+){0,2}(?:webinars?|sessions?|part|series)\s+of\s+(?=the\s+[A-Z])",
        "",
        text,
    )
    # A sentence's article before the name ("… of" / "the Cleaning & Restoration
    # Summit"), before the first letter is made a capital.
    name = clean_provider(re.sub(r"^\W*the\s+(?=[A-Z0-9])", "", text))
    head, comma, tail = name.partition(", ")
    if comma and (PERSON_ROLE.search(head) or DEPARTMENT.search(head)) and ORG_WORDS.search(tail):
        name = tail  # "Education Committee Chair, Three Rivers College"
    # A show's own office signs for it: the show is who gives the credit
    # ("Southwest Cleaning Show Management Office").
    name = _EVENT_OFFICE.sub(r"\1", name)
    label = NEXT_LABEL.search(name)
    if label and len(name[: label.start()].split()) >= 2:
        name = name[: label.start()]  # "Desert Sun Training  Training Site: Music City Center"
    # "…School 796": a number run in from the column beside (a year stays).
    name = re.sub(r"(?<=[^\W\d])\s+\d{1,3}$", "", name)
    # A register's number or a ticket's beside it: "…School 9907949", "… FORUM 2026 #275".
    name = re.sub(r"(?<=\w)\s+(?:#\s*\d+|\d{5,})$", "", name)
    # "…Education 305 W": an address's number and way cut off after the name.
    name = re.sub(r",?\s+\d{1,5}\s+[NSEW]$", "", name)
    # What the line goes on with: an aside whose bracket the line cuts off
    # ("… Show 2021 (Baltimore Convention"), a mark and a number ("… 2019 ✎ #611").
    name = re.sub(r"\s*\([^()]*$|\s+[✎✓✔☐☑]\s*.*$", "", name)
    # A record's caption run into the show's name: "Event Water Loss Conference 2025",
    # "CONFERENCE Coastal Restoration Forum 2024", a wordmark's "EDU" or "EXPO"
    # over "Cleaning & Restoration Summit 2021" (an article stays: "The
    # Experience Convention & Trade Show" is the show's name).
    name = re.sub(
        rf"^(?:(?i:event|show)|CONFERENCE|CONVENTION|EXPO|EDU)\s+"
        rf"(?=(?:(?:[A-Z][\w&'’.-]*|&|of|and)\s+)+(?:{SHOW_WORD})\b)",
        "",
        name,
    )
    # A show named where a session was given: "Presented at Cleaning & Restoration
    # Summit 2021", "… Water Loss Conference 2019 at the Phoenix" (its venue cut off).
    # "Offered as part of the Drying Science Symposium 2022".
    name = re.sub(
        r"^(?i:(?:presented|held|given|offered)\s+at|(?:offered|given|held|presented)\s+as\s+"
        r"(?:a\s+)?part\s+of(?:\s+the)?)\s+(?=[A-Z])",
        "",
        name,
    )
    name = re.sub(
        rf"(\b(?:{SHOW_WORD})(?:\s+(?:19|20)\d\d)?)\s+at\s+(?:the\s+)?[A-Z].*$", r"\1", name
    )
    # A show's series of online sessions: "… Summit 2022 Online Education Series",
    # "… Summit 2020 Webinar Wednesdays": the show gives the credit.
    name = re.sub(
        rf"(\b(?:{SHOW_WORD})\s+(?:19|20)\d\d)\s+(?:[A-Z]\w*\s+){{0,3}}"
        r"(?:Series|Webinars?|(?:Mon|Tues|Wednes|Thurs|Fri)days)$",
        r"\1",
        name,
    )
    # "…presented by the", a sentence's "At Keystone Institute", "During Water Loss
    # Conference 2019", "Given by Desert Sun Training", "Training." ending it.
    name = re.sub(
        r"^(?:the|(?i:by|through|from|at|during|(?:given|offered|hosted|run)\s+by|"
        r"attended|attendance\s+at)\s*:?)\s+",
        "",
        name,
    )
    name = name.rstrip(".").strip()
    if re.search(r"\b(?:Inc|Co|Ltd|Corp|Assn|Bros)$", name) and re.search(
        re.escape(name) + r"\.", squash(text)
    ):
        name += "."  # the full stop of "Inc." belongs to the name
    name = _without_logo_initials(name)
    # A street's address or a regulation's number run on after the name:
    # "… Licensing Program 2601 Blair Stone Road", "… Institute 29 CFR 1926.1101 Asbestos".
    name = re.sub(
        r"\s+\d{2,5}\s+(?:[A-Z][\w.]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|"
        r"Drive|Dr|Lane|Ln|Parkway|Pkwy|Way|Court|Ct)\.?$|\s+\d+\s+CFR\b.*$",
        "",
        name,
    )
    # What the paper is, printed on the name's row after it: "Northwest Restoration
    # Institute Course Record", "… Summit 2023 Certificate of Attendance".
    name = re.sub(
        r"(?<=\w)\s+(?i:course\s+record|(?:certificate|record)\s+of\s+"
        r"(?:completion|attendance|achievement|participation|training))$",
        "",
        name,
    )
    # The caption read on into the name under it: "TRAINING CENTRE SUMMIT DRYING ACADEMY, LLC".
    name = re.sub(rf"^(?i:{_DEPARTMENT_CAPTION})\s+(?=[A-Z]\S*\s+\S)", "", name)
    if _CAPTION_ONLY.fullmatch(name):
        return None  # a department's caption, not whose it is
    if len(name) < 3 or letters(name) < 0.7 or len(name.split()) > 10:
        return None
    if _only_subject_words(name):
        return None  # a heading of what is taught: "SAFETY & HEALTH TRAINING"
    if only_words(name, _DESK_WORDS, FORM_WORDS, PAPER_WORDS):
        return None  # a programme's, a form's or a desk's words: "SHOW EDUCATION SERIES"
    if VENUE.search(name) or venue_in_town(name):
        return None  # where a show or a class was held, not who gave it
    if not name[:1].isupper() or title_case_ratio(name) < 0.5:
        return None  # a sentence's words ("show floor."), not a name
    if re.match(r"(?:of|for|and|in|on|to|with)\b", name, re.IGNORECASE):
        return None  # the tail of a heading: "OF TRAINING"
    if not ORG_WORDS.search(name) and COURSE_WORDS.search(name) and _COURSE_SHAPE.search(name):
        return None  # what was taught: "Tile and Grout Restoration", "Wood Floor Cupping: …"
    if NAME_AND_INITIAL.fullmatch(name):
        return None  # a given name and a surname's initial cut off by a column: "Tomas G"
    if _SENTENCE_EDGE.search(name) or _SENTENCES_MEET.search(name):
        return None  # a sentence's start or a broken line's: "This certificate is", "Register of"
    town = PLACE_ONLY.fullmatch(name)
    if OFFICE_ONLY.fullmatch(name) or town and not ORG_WORDS.search(name.partition(",")[0]):
        return None  # "Training Manager" under a signature; "Denver, CO" under a venue
    if " " not in name and (ORG_WORDS.fullmatch(name) or name.casefold() in common_words()):
        return None  # one word of a label or a stamp: "Company", "Valid", "VERIFIED"
    if not ORG_WORDS.search(name) and name_as_printed(name):
        return None  # a signer, not a school
    role = OFFICE_AT_END.search(name)
    if role and name_as_printed(name[: role.start()]):
        return None  # "DeShawn Pham Training Manager": a signer and their office
    head, comma, tail = name.partition(",")
    if comma and re.match(r"\s*[A-Z]{2,5}\b", tail) and person_name(head):
        return None  # a speaker and their credentials: "Kim Ode, CR, CIH (AeroDry Co.)"
    if (
        comma
        and (
            PERSON_ROLE.match(tail.strip())
            or PERSON_ROLE.search(tail)
            and not ORG_WORDS.search(tail)
        )
        and person_name(head)
    ):
        return None  # a signer and their office: "… Schröder, Lead Planner", "…, Head of Training"
    if _RECORD_LINE.search(name) or find_dates(name):
        return None  # a record's line: "Reprinted on August", "SCHOOL NO", "Employed by …"
    if only_words(name, FORM_WORDS, PAPER_WORDS, _RECORD_WORDS):
        return None  # a form's box or what the paper is: "MEMBER NUMBER", "BOOTH VISIT"
    if ADDRESSED.match(name):
        return None  # a letter's greeting: "Hello Yusuf!", "Dear Cody A. Hargrove", "Attn: …"
    if re.search(rf"\bday\s+of\s+(?:{MONTH_NAME})\b", name, re.IGNORECASE) or re.match(
        rf"(?:{MONTH_NAME})\.?\s+\d", name, re.IGNORECASE
    ):
        return None  # a day in words or with no year: "The fourth day of June", "April 11th"
    if re.match(r"No\.\s*[A-Z\d]|(?i:code|ref|id)\s*[:#]", name):
        return None  # a number's label and its number: "No. C4UXAVS", "Code: EGS1FQQRHT"
    if re.match(r"(?i:held\s+on|days?\s+ending)\b", name):
        return None  # a day: "Held on Sunday, July", "Days ending June 18th"
    if re.search(r"\s(?:be|is|are|was|were|may|will|can|has|have)$", name):
        return None  # a sentence cut off: "Booth credit may be"
    first = name.split(" and ")[0]
    if " and " in name and " " in first and is_given_name(first.split()[0]) and person_name(first):
        return None  # people: "Maria José Wójcik and Tammy"
    if re.search(r"\s[a-z]{4,}$", name):
        return None  # a sentence's end: "Retain for license", "USE Roster filed"
    if " " not in name and (is_given_name(name) or name.casefold() in CREDENTIALS):
        return None  # a first name alone, a course's letters: "Agnieszka", "AMRT"
    if _APPROVAL_BADGE.fullmatch(name):
        return None  # what the school is, not its name: "IICRC Approved School #53743"
    return name


# An approval's badge or stamp: a school says what it is, not who.
_APPROVAL_BADGE = re.compile(
    r"(?:IICRC\s+)?(?:approved|certified|registered|accredited)\s+(?:school|provider|"
    r"instructor|training\s+(?:school|provider|center|centre)|course)"
    r"(?:\s*(?:#|no\.?|number)\s*[\w-]+)?",
    re.IGNORECASE,
)


# A show's programme's, a form's sections' and a desk's words, beside the
# form's and the paper's own (words.FORM_WORDS, PAPER_WORDS): a name made of
# them alone is no one's ("SHOW EDUCATION SERIES", "TYPE OF TRAINING",
# "STUDENT SERVICES", "Technical Training Facility").
_DESK_WORDS = {
    "show", "expo", "convention", "conference", "summit", "symposium", "education", "educational",
    "series", "sessions", "track", "seminar", "workshop", "annual", "trade", "continuing", "the",
    "and", "type", "section", "a", "b", "c", "item", "summary", "slip", "modules", "partners",
    "personal", "services", "service", "committee", "passport", "validation", "only", "category",
    "outcomes", "recorded", "approved", "accredited", "compliance", "desk", "orders", "account",
    "assistant", "tech", "technical", "system", "an", "school", "shop", "id", "company", "entered",
    "log", "hr", "stamp", "credited", "bay", "pavilion", "vp", "product", "response", "audit",
    "white", "yellow", "pink", "development", "coordinator", "co", "ordinator", "elearning",
    "campus", "branch", "pay", "reimbursement", "my", "exhibitors", "trip", "meeting", "regional",
    "floor", "map", "demo", "academy", "member", "records", "partner", "expense", "winter", "day",
    "access", "trades", "safety", "retained", "by", "verification", "form", "center", "centre",
    "online",
}  # fmt: skip

# A record's boxes a school's name is never made of alone.
_RECORD_WORDS = {
    "member", "number", "method", "delivery", "certificant", "registrant", "receipt", "form",
    "rev", "no",
}  # fmt: skip

# Words that say what a course teaches or what a paper is, never whose it is:
# a name made of these alone is a heading ("Technician Training",
# "CONTINUING EDUCATION ACTIVITY"), while "Blue Heron Technical Training"
# is a school.
_HEADING_WORDS = re.compile(
    r"(?:certificate|completion|achievement|attendance|recognition|continuing|educational|"
    r"education|activity|activities|technical|professional|development|credits?|hours?|"
    r"worker|workers|employee|staff|personnel|basic|annual|online|live|of|and|the|for|in|"
    r"on|to|with|a|an|"
    # what a place or a part of a page is: "LEARNING CENTER", "Show floor", "FIELD LAB"
    r"learning|cent(?:er|re)|portal|labs?|field|classroom|show|floor|sessions?|conference|"
    r"exhibition|exposition|exhibits?|"
    r"division|department|office|hall|booth|team|events?|"
    # a show's box of facts: "NEXT SHOW", "SHOW DATES", "Show days"
    r"next|upcoming|dates?|days?|"
    # and what a paper is or whom it is for: "TRAINING ID CARD", "… — Public Adjuster"
    r"record|records|card|id|developer|adjusters?|contractors?|public|independent|"
    r"residential|property|casualty|"
    # and what a stamp, a form's head or a box says: "Credit Awarded", "COURSE LOCATION"
    r"approved|awarded|certified|registration|verification|confirmation|identity|full|"
    r"objectives|location|sponsor|no|transcript|wallet|webinar|cpd|ceu|proof|participant|"
    r"details|official|offering|student|status|complete|valid|visit|registrant|certificant|"
    # and how or by whom it is taught: "PRODUCT TRAINING", "SELF-PACED ONLINE COURSE"
    r"product|factory|self|paced|virtual|demand|instructor|led|"
    # and a letterhead's line of what the school does: "RESTORATION TRAINING
    # SINCE 1998", "TRAINING · TESTING · FIELD SUPPORT", "Serving the restoration industry"
    r"since|testing|hands|support|serving|industry|operators?)",
    re.IGNORECASE,
)

# What starts or ends a sentence, never a school's name.
_SENTENCE_EDGE = re.compile(
    r"^(?:this|these|that|when|if|as|under|your|you|we|our|please|thank|it|upon)\b"
    r"|\b(?:of|is|are|was|were|you|to|that|by|the|who|a|an|our|your)$|\?",
    re.IGNORECASE,
)

# A line of a record that names no school: a date it was done or printed on
# ("Reprinted on August", "Technician (WRT) on May"), a number's label ("SCHOOL
# NO", "Badge / Reg. ID"), a form's own number ("Form TC-12 rev"), the
# holder's employer ("Employed by …"), how it was taught ("Delivery: …"),
# whom it is for ("CERTIFICANT Rourke, Helene").
_RECORD_LINE = re.compile(
    rf"\bon\s+(?:{MONTH_NAME})\b|{NUMBER_LABEL_END}|^form\s+[A-Z]{{0,4}}-?\d|"
    r"^employ(?:ee|ed)\b|^delivery\b|^(?:certificant|registrant|attendee|participant)\b",
    re.IGNORECASE,
)

# Where one sentence ends and the next begins: "… the pages. Show" (not
# "St. Louis", whose short word is a capital's).
_SENTENCES_MEET = re.compile(r"\b[a-z]{2,}\.\s+[A-Z]")

# How a course's title reads where a school's name would not: a subtitle
# after a colon, or words joined by "for", "with" or "and" (a school's name
# says "&": "Northwest Carpet & Restoration Guild").
_COURSE_SHAPE = re.compile(r"\w:\s|\s(?:for|with|and)\s")


def name_front(words: str) -> bool:
    """Whether `words` can be the first words of a school's name read
    elsewhere without them: "Northwest" of "Northwest Restoration
    Institute"; not an office ("Program Coordinator"), a label ("Course
    developed by:"), a page's words ("My Credits") or the person who signs
    for the school ("Pádraig Le Blanc")."""
    tokens = words.split()
    if not 1 <= len(tokens) <= 4 or ":" in words or PERSON_ROLE.search(words):
        return False
    if not all(t[:1].isupper() or t in ("&", "of", "and", "the") for t in tokens):
        return False
    if any(_HEADING_WORDS.fullmatch(t) for t in tokens if t[:1].isupper()):
        return False
    return person_name(words) is None


def _only_subject_words(name: str) -> bool:
    words = re.findall(r"[^\W\d_]+", name)
    if len(words) > 1 and words[0] == "IICRC":
        words = words[1:]  # the body's own stamp: "IICRC Approved", "IICRC BOOTH REGISTRATION"
    return bool(words) and all(
        COURSE_WORDS.fullmatch(w) or _HEADING_WORDS.fullmatch(w) for w in words
    )


def _without_logo_initials(name: str) -> str:
    """ "VES Vortex Extraction Systems, Inc.": a logo's initials before the
    name, a hyphened word giving one letter or two ("MIAC Mid-Atlantic Indoor
    Air Council")."""
    first, _, rest = name.partition(" ")
    return rest if logo_initials(first, rest) else name


def logo_initials(mark: str, name: str) -> bool:
    """Whether `mark` is a logo's initials of the name (``PRC`` of "Pacific
    Restoration Contractors Association", ``MIAC`` of "Mid-Atlantic Indoor
    Air Council"): two to five capitals, the first letters of its words."""
    if not (mark.isupper() and mark.isalpha() and 2 <= len(mark) <= 5):
        return False
    by_part = "".join(w[0] for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper())
    by_word = "".join(w[0] for w in name.split() if w[0].isupper())
    return mark in (by_part[: len(mark)], by_word[: len(mark)])


# An organisation named in a running sentence, after the word that says what
# it did or where: "… presented at the Southwest Cleaning Show 2020, Las Vegas
# …", "… by Bellwether Restoration School at our training center", "… with
# Pureflo Chemical Company on …", "I attended Midwest Restoration Convention
# 2022". Its words are capitalised (an "of", "and", "&" or "for" between) and
# it ends on what a school, a company or a show is called, a show's year after.
_SAID_ORG = re.compile(
    r"(?i:\b(?:at|with|by|of|during|from|through|attended|attending|in)\s+(?:the\s+)?)"
    r"((?:(?:19|20)\d\d\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:of|and|for)\s+)?|&\s+){0,5}"
    rf"(?:(?:{SHOW_WORD})(?!\s+(?:Cent(?:er|re)|Hall|Hotel|Floor)\b)|"
    r"School|Institute|College|University|Academy|Association|Council|Guild|"
    r"Society|Company|Co\.|Corp\.?|Inc\.|LLC|Group|Cent(?:er|re))(?![\w'’-])"
    r"(?:,?\s+(?:Inc|LLC|Ltd)\b\.?)?(?:\s+(?:19|20)\d\d\b)?)"
)


def named_in_sentence(text: str) -> list[str]:
    """Every organisation a running sentence names after a preposition, as
    printed; not a hall ("at the Las Vegas Convention Center")."""
    return [
        m.group(1)
        for m in _SAID_ORG.finditer(text)
        if len(m.group(1).split()) >= 2 and not VENUE.search(m.group(1))
    ]
