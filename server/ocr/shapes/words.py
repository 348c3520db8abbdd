"""The words shapes are told by: what names an organisation, a course, an
office, a show, a form's boxes or what a paper calls itself, and small
measures of a text's look. Pure data and functions over text."""

from __future__ import annotations

import re

# Words that name an organisation, not a person or a course.
ORG_WORDS = re.compile(
    r"\b(?:institute|academy|school|college|university|inc|llc|l\.l\.c|ltd|co|corp|corporation|"
    r"company|association|assn|society|council|federation|guild|alliance|network|group|services|"
    r"solutions|systems|center|centre|foundation|partners|labs?|laboratory|laboratories|"
    r"consulting|consultants|supply|supplies|products|technologies|international|"
    r"incorporated|limited|gmbh|training|education|learning|university|campus|"
    r"expo|convention|conference|summit|symposium|show|congress|forum|week)\b\.?",
    re.IGNORECASE,
)

EVENT_WORDS = re.compile(
    r"\b(?:expo|convention|conference|summit|symposium|show|congress|forum|week|fair|"
    r"experience|meeting|days)\b",
    re.IGNORECASE,
)

# The word a show's name ends on, as printed in a name ("Water Loss Conference").
SHOW_WORD = "Summit|Expo|Conference|Convention|Show|Symposium|Congress|Forum"

# What names a programme, track or designation a course belongs to, not the course.
PROGRAM_END = re.compile(
    r"\b(?:track|pathway|program|programme|curriculum|series|designation)\.?$", re.IGNORECASE
)

# The vocabulary of courses restorers take: a title has some of it.
COURSE_WORDS = re.compile(
    r"\b(?:technician|restoration|restorer|drying|dry|water|damage|fire|smoke|odou?r|mou?ld|"
    r"microbial|remediation|carpet|rug|upholstery|fabric|cleaning|cleaner|textile|stone|"
    r"masonry|tile|wood|flooring|floor|leather|trauma|crime|scene|bio|biohazard|asbestos|"
    r"lead|safety|health|psychrometr\w*|dehumidification|structural|applied|advanced|"
    r"introduction|intro|fundamentals|basics|essentials|principles|practices|management|"
    r"estimating|inspection|inspector|assessment|control|contents|pack-?out|moisture|"
    r"mitigation|containment|antimicrobial|hvac|duct|air|indoor|quality|ethics|contracts?|"
    r"documentation|course|seminar|workshop|training|specialist|master|program|module|"
    r"certification|chart|materials|crawlspaces?|basements?|hardwood|disinfection|"
    r"infection|pathogens|sanitation|equipment|commercial|residential|claims|insurance)\b",
    re.IGNORECASE,
)

# Lines that are the certificate's own furniture, never a field's value.
BOILERPLATE = re.compile(
    r"\b(?:certificate|certification\s+(?:of|record)|diploma|transcript|statement\s+of|"
    r"record\s+of|\brecord\s+card|training\s+record|confirmation\s+of|verification|attendance\s+(?:form|slip|record)|"
    r"this\s+(?:is\s+to\s+)?certif|certify\s+that|certifies\s+that|awarded\s+to|presented\s+to|"
    r"has\s+(?:successfully\s+)?(?:completed|attended|participated)|in\s+recognition|"
    r"approved\s+(?:by|for|provider)|is\s+an\s+approved|accredit\w*|keep\s+this|"
    r"participants\s+should|claim\s+only|commensurate|questions\?|page\s+\d|"
    r"signature|signed|authori[sz]ed|valid\s+(?:until|through)|expir\w*|"
    r"www\.|https?:|@|\bphone\b|\btel\b|\bfax\b)",
    re.IGNORECASE,
)

# An office of an organisation, not the organisation: "Education Desk, …".
DEPARTMENT = re.compile(
    r"\b(?:desk|office|department|dept|division|registration)\s*$", re.IGNORECASE
)

# Another label later on the line: where an organisation's name has ended.
NEXT_LABEL = re.compile(r"\s+(?:[A-Z][\w'&-]*\s)?[A-Z][\w'&-]*\s?:\s*(?=\S)")

# Roles printed beside the people who sign, teach or speak: never the holder.
PERSON_ROLE = re.compile(
    r"\b(?:instructor|presenter|speaker|trainer|teacher|tutor|assessor|evaluator|facilitator|"
    r"moderator|director|"
    r"pr[eé]sident|vice[\s-]pr[eé]sident|chair(?:man|woman|person)?|dean|registrar|coordinator|"
    r"manager|administrator|ceo|cfo|coo|owner|founder|principal|proctor|examiner|"
    r"secretary|treasurer|officer|executive|supervisor|signature|signed|sincerely|"
    r"authori[sz]ed|on\s+behalf|head\s+of|lead|staff|organi[sz]er|representative|verified)\b",
    re.IGNORECASE,
)

_STREET = re.compile(
    r"^\d+\s+\w+.*\b(?:st|street|ave|avenue|rd|road|dr|drive|blvd|ln|lane|way|pkwy|parkway|"
    r"ct|court|pl|place|hwy|highway|suite|ste)\b|\b[A-Z]{2}\s+\d{5}\b|^p\.?o\.?\s+box|"
    r"^\d+,?\s+(?:rue|calle|avenida|chemin|via|boul(?:evard)?)\b",
    re.IGNORECASE,
)

# An office after a signer's name: "… Training Manager", "… Director".
OFFICE_AT_END = re.compile(
    r"(?:\s+(?:training|education|program|school))?\s+" + PERSON_ROLE.pattern + r"$", re.IGNORECASE
)

# A number's label at a line's end: "Certification No.", "Badge / Reg. ID".
NUMBER_LABEL_END = r"\s(?:no|number|nr|id|#)\.?$"

# A given name and the initial of a surname cut off: "Tomas G".
NAME_AND_INITIAL = re.compile(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\s[A-Z]\.?")

# A person's office alone, printed under a signature: "Training Manager".
OFFICE_ONLY = re.compile(
    r"(?:(?:training|education|program|school|show|event|course|conference|committee|"
    r"members?|customer|student|certification|services?)\s+){0,3}" + PERSON_ROLE.pattern,
    re.IGNORECASE,
)

# A town and its state or province, with the post code: "Gatineau, QC J8X 2K4".
PLACE_ONLY = re.compile(r"[A-Z][\w .'-]*,\s*[A-Z]{2}(?:\s+[A-Z\d][A-Z\d -]{2,9})?")

VENUE = re.compile(
    r"\b(?:convention|conference|exhibition|expo|event)\s+(?:cent(?:er|re)|hall|complex)s?\b|"
    r"\b(?:hotel|resort|marriott|hilton|hyatt|sheraton|westin)\b|^venue\b",
    re.IGNORECASE,
)


def venue_in_town(name: str) -> bool:
    """A hall and its town under a show's name: "Music City Center, Nashville".
    A school named a centre says what it teaches or is ("Lakeshore Restoration
    Education Center, Chicago")."""
    found = re.fullmatch(
        r"((?:[A-Z][\w'’-]*\s+){1,3})Cent(?:er|re),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", name
    )
    return bool(found) and not (
        ORG_WORDS.search(found.group(1)) or COURSE_WORDS.search(found.group(1))
    )


# The word an organisation's name ends on; no course's title ends on it.
SCHOOL_END = re.compile(
    r"\b(?:association|assn|school|institute|college|university|alliance|academy|council|"
    r"guild|federation|society|llc|inc|co|corp|corporation|company|products|group|solutions|"
    r"systems|cent(?:er|re)|partners|laborator(?:y|ies)|supply|supplies|consulting)\.?$",
    re.IGNORECASE,
)

# A sentence that speaks to the reader: "You have successfully finished …",
# "We logged your visit …", "To Whom It May Concern".
ADDRESSED = re.compile(
    r"(?:we|you)\s+[a-z]|(?:thank|dear|please|to\s+whom|best\s+regards|regards|sincerely|attn|cc)\b"
    r"|(?:hello|hi)(?![\w-])",
    re.IGNORECASE,
)

# What a paper calls itself, never what was taught.
PAPER_WORDS = {
    "certificate", "certification", "diploma", "award", "achievement", "completion",
    "recognition", "excellence", "appreciation", "participation", "attendance", "of", "thank",
    "you", "congratulations", "verified", "receipt", "attendee", "badge", "admit", "one",
    "wallet", "card", "record", "transcript", "statement", "letter", "confirmation",
    "training", "initial", "course", "employee", "booth", "visit", "webinar", "classroom",
    "proof", "as", "program", "programme", "portal", "download", "pdf", "more", "about", "this",
    "scan", "to", "verify", "keep", "your", "self", "report", "learning", "activity", "final",
    "quiz", "exam", "credit", "claim", "attainment", "certificant", "best", "regards", "kind",
    "warm", "yours", "truly", "acknowledgement", "acknowledgment", "matrix",
}  # fmt: skip

# Heads of a form's columns and boxes.
FORM_WORDS = {
    "location", "date", "dates", "time", "name", "signature", "instructor", "hours", "credits",
    "status", "room", "venue", "address", "notes", "comments", "title", "session", "course",
    "speaker", "presenter", "total", "result", "module", "topic", "code", "attendee", "in", "out",
    "description", "details", "participant", "score", "copy", "student", "facility", "joined",
    "left", "seal", "official", "mm", "dd", "yyyy", "yy", "lab", "office", "valid", "through",
    "though", "thru", "until", "spent", "hands", "on",
}  # fmt: skip


def org_score(text: str) -> float:
    words = len(text.split())
    return min(1.0, 0.6 * bool(ORG_WORDS.search(text)) + 0.2 * (2 <= words <= 7))


def course_score(text: str) -> float:
    hits = len(COURSE_WORDS.findall(text))
    return min(1.0, hits / 2)


def is_boilerplate(text: str) -> bool:
    return bool(BOILERPLATE.search(text))


def has_person_role(text: str) -> bool:
    return bool(PERSON_ROLE.search(text))


def only_words(text: str, *kinds: set[str]) -> bool:
    """Whether every word of a text is one of these kinds of word."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and all(any(w in kind for kind in kinds) for w in words)


def ends_as_school(text: str) -> bool:
    """Whether a name ends on the word a school's or a company's name ends on:
    "… Academy", "… Education Center", "… Co."."""
    return bool(SCHOOL_END.search(text.strip()))


def is_address(text: str) -> bool:
    return bool(_STREET.search(text.strip()))


def title_case_ratio(text: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return sum(w[0].isupper() for w in words) / max(1, len(words))


def letters(text: str) -> float:
    return sum(c.isalpha() for c in text) / max(1, len(text.replace(" ", "")))


# Letters of the languages technicians' names come in; OCR noise brings others.
_USUAL = set("abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœąćęłńśźżčďěňřšťůžőűğışãõ")


def odd_case(text: str) -> float:
    """Words cased as no one prints them ("TŁukasz", "DJeaquin"): a misread."""
    words = re.findall(r"[^\W\d_]+", text)
    odd = [
        w
        for w in words
        if len(w) > 2
        and not w.isupper()
        and any(c.isupper() for c in w[1:])
        and not re.match(r"(?:Mc|Mac|De|Di|La|Le|Van|Von)[A-Z]", w)
    ]
    return min(1.0, len(odd) / 2)


def rare_letters(text: str) -> float:
    letters_ = [c for c in text.lower() if c.isalpha()]
    return float(any(c not in _USUAL for c in letters_))
