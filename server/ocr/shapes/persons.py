"""A person's name: what reads as one, in natural order, without honorifics,
post-nominals or what is printed after it; and what only looks like one (a
place, an office, a company, a course's words)."""

from __future__ import annotations

import re

from server.ocr.given_names import is_given_name
from server.ocr.shapes.words import (
    ADDRESSED,
    COURSE_WORDS,
    NAME_AND_INITIAL,
    ORG_WORDS,
    PERSON_ROLE,
    VENUE,
)
from server.ocr.text import CREDENTIALS, STATES, SUFFIXES, clean_name, squash
from server.ocr.wordlist import common_words

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|mx|miss|dr|prof)\.?\s+", re.IGNORECASE)

# Degrees and designations printed after a name: "Ana Ruiz, CR", "Li Wu, MBA".
_POST_NOMINALS = CREDENTIALS | {
    "cr", "cri", "mba", "phd", "ph.d", "pe", "cih", "csp", "chmm", "rn", "cmr", "cmrs", "mold",
    "cie", "cmi", "ms", "ma", "bs", "ba", "esq", "cpa", "mrsa", "cfo", "ceo", "cec",
}  # fmt: skip


def person_name(text: str) -> str | None:
    """A person's name in natural order, without honorifics or post-nominals."""
    if re.search(r"[^\W\d_]-\s*$", text):
        return None  # broken at its hyphen: the rest of the surname is on the next line
    name = name_as_printed(text)
    if name is None or VENUE.search(name) or _STATE_AND_TOWN.fullmatch(name):
        return None  # "Kansas City Marriott", "TX Dallas": where, not who
    if _ENDS_ON_OFFICE.search(name) or _taught(name):
        return None  # "Project Manager"; "Odor Control", "Safety Stand-Down"
    if _PARTICLE_END.search(name):
        return None  # cut before the surname: "Jean-Luc van der"
    if _COMPANY_END.search(name) or _NOT_A_NAME_START.match(name):
        return None  # "Pureflo Chemical", "Blue Line Cleaning"; "Registrar Łukasz Ferreira"
    if all(w.casefold() in common_words() and not is_given_name(w) for w in name.split()):
        return None  # words of a page, not of a name: "Spotting Chemistry", "Live Online"
    if any(w in _PAPER_ONLY for w in re.split(r"[\s.-]+", name.casefold())):
        return None  # "US Postage", "Interoffice Memo", "Exhibit Hall Scan", "Wage Step"
    if ADDRESSED.match(name) or _TOWN_AND_STATE.fullmatch(text.strip()):
        return None  # "To Whom It May Concern"; "ORLANDO, FL" read as "Last, First"
    return name


# Words of mail, office papers and scanners that no one is named by.
_PAPER_ONLY = frozenset(
    {
        "postage", "prsrt", "presorted", "std", "memo", "memorandum", "interoffice",
        "software", "scan", "scanned", "recorded", "wage", "credit", "credits", "cpe",
        "exhibit", "credential", "records", "learner", "evaluation",
    }
)  # fmt: skip


# What a company's name ends on and no surname does.
_COMPANY_END = re.compile(
    r"\s(?:chemicals?|equipment|online|cleaning|cleanup|industrial|recovery|indoor|accredited|"
    r"restoration|remodel(?:l)?ing|mitigation|drying|carpets?|roofing|plumbing|construction|"
    r"contracting|environmental|brands|professionnel|technicians)$",
    re.IGNORECASE,
)

# An office before the name ("Registrar Łukasz Ferreira", "Nurse Planner …"),
# or a sentence's first word ("This Pogram", "Which …"). Dean and Lead are names too.
_NOT_A_NAME_START = re.compile(
    r"(?:nurse\s+planner|registrar|executive|director|president|instructor|presenter|speaker|"
    r"trainer|coordinator|manager|chair|secretary|this|which|that|these)\s",
    re.IGNORECASE,
)

# A surname's particle, with the surname itself cut off.
_PARTICLE_END = re.compile(
    r"\s(?:van|von|der|den|de|del|della|da|di|du|la|le|st\.?|al|bin|ibn|ó|ní|nic|uí)$", re.I
)


def name_as_printed(text: str) -> str | None:
    """What reads as a person's name, or a person's with their office or a
    course's words among it: enough for a school to know it is no school."""
    text = squash(text).strip(" ,:;")
    text = re.sub(r"^\([^)]{0,24}\)\s*:?\s*", "", text)  # "(print): Ana Ruiz"
    text = _HONORIFIC.sub("", text)
    text = _AFTER_NAME.sub("", text)
    text = _CAPS_LABEL.sub("", text)
    text = _RECEIVED_FROM.sub("", text)
    text = _without_avatar(text)
    parts = [p.strip() for p in text.split(",")]
    while len(parts) > 1 and all(
        w.lower().strip(".") in _POST_NOMINALS for w in parts[-1].replace("/", " ").split()
    ):
        parts.pop()
    text = ", ".join(parts)
    if ORG_WORDS.search(text) or COURSE_WORDS.search(text) and " " in text.strip():
        if not _looks_like_person_anyway(text):
            return None
    # "Van Horn, Odalys": a comma left between two names is "Last, First".
    name = clean_name(text, last_first=len(parts) == 2 and len(parts[1].split()) <= 3)
    if name and name.isupper():
        name = " ".join(_title_case(t) for t in name.split())
    return name


# What follows a name on its line and is no part of it: an email's address
# ("Ana Yoon <ayoon@…>"), a certification, member or student number ("…, WRT
# IICRC No. 782603", "(IICRC #12345)", "(Student No. S13177)").
_AFTER_NAME = re.compile(
    r"\s*<[^>]*>?$"
    r"|[\s,(]*(?:(?:IICRC|cert(?:ification)?|member|lic(?:ense)?|student|employee|badge)"
    r"\s*(?:no\.?|number|#|id)?|no\.|#)"
    r"\s*:?\s*[A-Z]{0,3}-?\d{4,}[\w-]*\)?$",
    re.IGNORECASE,
)

# A card's caption in capitals run into the name beside it: "LEARNER Hélène D'Amico",
# "ATTENDEE YUSUF HARGROVE" (two words at least after it).
_CAPS_LABEL = re.compile(
    r"^(?:LEARNER|PARTICIPANT|ATTENDEE|STUDENT|RECIPIENT|REGISTRANT|TRAINEE|MEMBER|HOLDER|"
    r"NAME|TECHNICIAN)\s+(?=[A-ZÀ-Þ]\S*[a-zß-ÿ]|[A-ZÀ-Þ][^\s]*\s+[A-ZÀ-Þ])"
)


# What a receipt or a ticket prints before whom it is from or for: "FROM",
# "Registered", "Received from".
_RECEIVED_FROM = re.compile(
    r"^(?:received\s+from|from|registered(?:\s+to)?)\s*:?\s+(?=[A-ZÀ-Þ])", re.IGNORECASE
)


def _without_avatar(text: str) -> str:
    """A name without the initials an app's round avatar prints before it
    ("MB Mateus Brzezinski", "Zh Zoë Hargrove", "RY Renée Yoon III", "TV Thanh
    van der Berg")."""
    first, _, rest = text.partition(" ")
    # A generation after the surname has no initial: "RY Renée Yoon III".
    words = [w for w in rest.split() if w.lower() not in SUFFIXES]
    if not 2 <= len(first) <= 3 or not first.isalpha() or len(words) < 2 or is_given_name(first):
        return text
    initials = {words[0][0] + words[-1][0], words[0][0] + words[1][0], "".join(w[0] for w in words)}
    return rest if first.upper() in {i.upper() for i in initials} else text


# A town and its state's code: "ORLANDO, FL", "Nashville, TN.". Narrower than
# words.PLACE_ONLY on purpose: any two capitals after the comma there, where
# "SMITH, JO" is a name read "Last, First".
_TOWN_AND_STATE = re.compile(rf"[^\W\d_][\w .'’-]*,\s*(?:{STATES})\.?")

# A state's code before its town, as a venue's line prints them: "TX Dallas".
_STATE_AND_TOWN = re.compile(rf"(?:{STATES})\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")

# An office as a line's last word: a role, not a name ("RELATIONSHIP Officer");
# Dean and Lead are names too.
_ENDS_ON_OFFICE = re.compile(r"(?!(?:dean|lead)\b)" + PERSON_ROLE.pattern + r"$", re.IGNORECASE)


def _looks_like_person_anyway(text: str) -> bool:
    """Surnames such as Lead, Price, Fire or Waters are course words too."""
    words = text.split()
    return (
        2 <= len(words) <= 4 and not ORG_WORDS.search(text) and all(w[:1].isupper() for w in words)
    )


def _taught(name: str) -> bool:
    """Whether a name in natural order is what a course teaches: a surname
    may be a course's word ("Ana Lead"), a name holds one at most and does
    not start on it ("Odor Control", "Safety Stand-Down")."""
    taught = [i for i, w in enumerate(name.split()) if COURSE_WORDS.search(w)]
    return len(taught) > 1 or taught == [0]


def _title_case(token: str) -> str:
    """ "O'BRIEN" → "O'Brien", "NÚÑEZ-GARCÍA" → "Núñez-García", "MCDONALD" stays readable,
    "III" stays a generation."""
    if re.fullmatch(r"(?:II|III|IV)", token):
        return token
    out = re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), token.lower())
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), out)


def is_persons_name(value: str) -> bool:
    """Whether a would-be title is a person's name: read as one, with no
    trade word, and starting on a given name ("Yusuf van der Berg"; not
    "Confined Space Awareness"), or a given name and an initial."""
    if (NAME_AND_INITIAL.fullmatch(value) or _PARTICLE_END.search(value)) and is_given_name(
        value.split()[0]
    ):
        return True  # cut off by a column or a misread: "Tammy C", "BRIANNA M", "Björn St"
    name = person_name(value)
    return name is not None and not COURSE_WORDS.search(name) and is_given_name(name.split()[0])
