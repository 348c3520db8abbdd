"""What a value looks like, whatever the page calls it: a person, an
organisation, a course title, boilerplate. Pure functions over text.

Each returns the cleaned value when the text has the shape, or a score in
0..1 of how much it looks like one; none knows any one certificate's layout.
"""

from __future__ import annotations

import re

from server.ocr.dates import MONTH_NAME, find_dates
from server.ocr.given_names import is_given_name
from server.ocr.text import CREDENTIALS, clean_name, clean_provider, clean_title, squash
from server.ocr.wordlist import common_words

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|mx|miss|dr|prof)\.?\s+", re.IGNORECASE)
# Degrees and designations printed after a name: "Ana Ruiz, CR", "Li Wu, MBA".
_POST_NOMINALS = CREDENTIALS | {
    "cr", "cri", "mba", "phd", "ph.d", "pe", "cih", "csp", "chmm", "rn", "cmr", "cmrs", "mold",
    "cie", "cmi", "ms", "ma", "bs", "ba", "esq", "cpa", "mrsa", "cfo", "ceo", "cec",
}  # fmt: skip

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
    r"\b(?:instructor|presenter|speaker|trainer|teacher|facilitator|moderator|director|"
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


def person_name(text: str) -> str | None:
    """A person's name in natural order, without honorifics or post-nominals."""
    name = _name_as_printed(text)
    if name is None or _VENUE.search(name) or _STATE_AND_TOWN.fullmatch(name):
        return None  # "Kansas City Marriott", "TX Dallas": where, not who
    if _ENDS_ON_OFFICE.search(name) or _taught(name):
        return None  # "Project Manager"; "Odor Control", "Safety Stand-Down"
    if _PARTICLE_END.search(name):
        return None  # cut before the surname: "Jean-Luc van der"
    if _COMPANY_END.search(name) or _NOT_A_NAME_START.match(name):
        return None  # "Pureflo Chemical", "Blue Line Cleaning"; "Registrar Łukasz Ferreira"
    if all(w.casefold() in common_words() and not is_given_name(w) for w in name.split()):
        return None  # words of a page, not of a name: "Spotting Chemistry", "Live Online"
    return name


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
    r"\s(?:van|von|der|den|de|del|della|da|di|du|la|le|st\.?|al|bin|ibn)$", re.I
)


def _name_as_printed(text: str) -> str | None:
    """What reads as a person's name, or a person's with their office or a
    course's words among it: enough for a school to know it is no school."""
    text = squash(text).strip(" ,:;")
    text = re.sub(r"^\([^)]{0,24}\)\s*:?\s*", "", text)  # "(print): Ana Ruiz"
    text = _HONORIFIC.sub("", text)
    text = _AFTER_NAME.sub("", text)
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
# ("Ana Yoon <ayoon@…>"), a certification or member number ("…, WRT IICRC No.
# 782603", "(IICRC #12345)").
_AFTER_NAME = re.compile(
    r"\s*<[^>]*>?$"
    r"|[\s,(]*(?:(?:IICRC|cert(?:ification)?|member|lic(?:ense)?)\s*(?:no\.?|number|#)?|no\.|#)"
    r"\s*:?\s*[A-Z]{0,3}-?\d{4,}[\w-]*\)?$",
    re.IGNORECASE,
)


# A state's code before its town, as a venue's line prints them: "TX Dallas".
_STATE_AND_TOWN = re.compile(
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    r"NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|QC|BC|AB)"
    r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)
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
    """ "O'BRIEN" → "O'Brien", "NÚÑEZ-GARCÍA" → "Núñez-García", "MCDONALD" stays readable."""
    out = re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), token.lower())
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), out)


_EVENT_OFFICE = re.compile(
    rf"\b((?:{SHOW_WORD}|EXPO)"
    r"(?:\s+(?:19|20)\d\d)?)\s+(?:Organi[sz]ing|Program(?:me)?|Education|Host|Steering|"
    r"Management|Registration|Event)\s+(?:Committee|Office|Desk|Team|Secretariat)$"
)


def organisation(text: str) -> str | None:
    """An organisation's name as printed, without the address or phone after it."""
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
    # "…presented by the", a sentence's "At Keystone Institute", "Training." ending it.
    name = re.sub(r"^(?:the|(?i:by|through|from|at))\s+", "", name).rstrip(".").strip()
    if re.search(r"\b(?:Inc|Co|Ltd|Corp|Assn|Bros)$", name) and re.search(
        re.escape(name) + r"\.", squash(text)
    ):
        name += "."  # the full stop of "Inc." belongs to the name
    name = _without_logo_initials(name)
    if len(name) < 3 or letters(name) < 0.7 or len(name.split()) > 10:
        return None
    if _only_subject_words(name):
        return None  # a heading of what is taught: "SAFETY & HEALTH TRAINING"
    if _VENUE.search(name) or _venue_in_town(name):
        return None  # where a show or a class was held, not who gave it
    if not name[:1].isupper() or title_case_ratio(name) < 0.5:
        return None  # a sentence's words ("show floor."), not a name
    if re.match(r"(?:of|for|and|in|on|to|with)\b", name, re.IGNORECASE):
        return None  # the tail of a heading: "OF TRAINING"
    if not ORG_WORDS.search(name) and COURSE_WORDS.search(name) and _COURSE_SHAPE.search(name):
        return None  # what was taught: "Tile and Grout Restoration", "Wood Floor Cupping: …"
    if _NAME_AND_INITIAL.fullmatch(name):
        return None  # a given name and a surname's initial cut off by a column: "Tomas G"
    if _SENTENCE_EDGE.search(name):
        return None  # a sentence's start or a broken line's: "This certificate is", "Register of"
    town = _PLACE_ONLY.fullmatch(name)
    if _OFFICE_ONLY.fullmatch(name) or town and not ORG_WORDS.search(name.partition(",")[0]):
        return None  # "Training Manager" under a signature; "Denver, CO" under a venue
    if " " not in name and (ORG_WORDS.fullmatch(name) or name.casefold() in common_words()):
        return None  # one word of a label or a stamp: "Company", "Valid", "VERIFIED"
    if not ORG_WORDS.search(name) and _name_as_printed(name):
        return None  # a signer, not a school
    role = _OFFICE_AT_END.search(name)
    if role and _name_as_printed(name[: role.start()]):
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
    if _only_words(name, _FORM_WORDS, _PAPER_WORDS, _RECORD_WORDS):
        return None  # a form's box or what the paper is: "MEMBER NUMBER", "BOOTH VISIT"
    if _ADDRESSED.match(name):
        return None  # a letter's greeting: "Hello Yusuf!", "Dear Cody A. Hargrove"
    if re.search(r"\s[a-z]{4,}$", name):
        return None  # a sentence's end: "Retain for license", "USE Roster filed"
    if " " not in name and (is_given_name(name) or name.casefold() in CREDENTIALS):
        return None  # a first name alone, a course's letters: "Agnieszka", "AMRT"
    return name


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
    r"division|department|office|hall|booth|team|events?|"
    # and what a paper is or whom it is for: "TRAINING ID CARD", "… — Public Adjuster"
    r"record|records|card|id|developer|adjusters?|contractors?|public|independent|"
    r"residential|property|casualty|"
    # and what a stamp, a form's head or a box says: "Credit Awarded", "COURSE LOCATION"
    r"approved|awarded|certified|registration|verification|confirmation|identity|full|"
    r"objectives|location|sponsor|no|transcript|wallet|webinar|cpd|ceu|proof|participant|"
    r"details|official|offering|student|status|complete|valid|visit|registrant|certificant)",
    re.IGNORECASE,
)


# An office after a signer's name: "… Training Manager", "… Director".
_OFFICE_AT_END = re.compile(
    r"(?:\s+(?:training|education|program|school))?\s+" + PERSON_ROLE.pattern + r"$", re.IGNORECASE
)
# What starts or ends a sentence, never a school's name.
_SENTENCE_EDGE = re.compile(
    r"^(?:this|these|that|when|if|as|under|your|you|we|our|please|thank|it|upon)\b"
    r"|\b(?:of|is|are|was|were|you|to|that|by|the|who|a|an|our|your)$|\?",
    re.IGNORECASE,
)
# A number's label at a line's end: "Certification No.", "Badge / Reg. ID".
_NUMBER_LABEL_END = r"\s(?:no|number|nr|id|#)\.?$"
# A line of a record that names no school: a date it was done or printed on
# ("Reprinted on August", "Technician (WRT) on May"), a number's label ("SCHOOL
# NO", "Badge / Reg. ID"), a form's own number ("Form TC-12 rev"), the
# holder's employer ("Employed by …"), how it was taught ("Delivery: …"),
# whom it is for ("CERTIFICANT Rourke, Helene").
_RECORD_LINE = re.compile(
    rf"\bon\s+(?:{MONTH_NAME})\b|{_NUMBER_LABEL_END}|^form\s+[A-Z]{{0,4}}-?\d|"
    r"^employ(?:ee|ed)\b|^delivery\b|^(?:certificant|registrant|attendee|participant)\b",
    re.IGNORECASE,
)
# A given name and the initial of a surname cut off: "Tomas G".
_NAME_AND_INITIAL = re.compile(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\s[A-Z]\.?")
# A room or a hall of a venue: "Ballroom C", "Hall B", "Room 255".
_ROOM = re.compile(
    r"(?:ballroom|hall|room|salon|suite|theat(?:er|re))\s+[A-Z\d]{1,4}", re.IGNORECASE
)
_PRICE = re.compile(r"\$\s*\d|\d\.\d\d\s*\$|\b(?:USD|EUR|CAD)\s*\d")
_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s+(?=[A-Za-z])")
# How a course's title reads where a school's name would not: a subtitle
# after a colon, or words joined by "for", "with" or "and" (a school's name
# says "&": "Northwest Carpet & Restoration Guild").
_COURSE_SHAPE = re.compile(r"\w:\s|\s(?:for|with|and)\s")
# A person's office alone, printed under a signature: "Training Manager".
_OFFICE_ONLY = re.compile(
    r"(?:(?:training|education|program|school|show|event|course|conference|committee)\s+)?"
    + PERSON_ROLE.pattern,
    re.IGNORECASE,
)
# A town and its state or province, with the post code: "Gatineau, QC J8X 2K4".
_PLACE_ONLY = re.compile(r"[A-Z][\w .'-]*,\s*[A-Z]{2}(?:\s+[A-Z\d][A-Z\d -]{2,9})?")
_VENUE = re.compile(
    r"\b(?:convention|conference|exhibition|expo|event)\s+(?:cent(?:er|re)|hall|complex)s?\b|"
    r"\b(?:hotel|resort|marriott|hilton|hyatt|sheraton|westin)\b|^venue\b",
    re.IGNORECASE,
)


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


def _venue_in_town(name: str) -> bool:
    """A hall and its town under a show's name: "Music City Center, Nashville".
    A school named a centre says what it teaches or is ("Lakeshore Restoration
    Education Center, Chicago")."""
    found = re.fullmatch(
        r"((?:[A-Z][\w'’-]*\s+){1,3})Cent(?:er|re),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", name
    )
    return bool(found) and not (
        ORG_WORDS.search(found.group(1)) or COURSE_WORDS.search(found.group(1))
    )


def _only_subject_words(name: str) -> bool:
    words = re.findall(r"[^\W\d_]+", name)
    if len(words) > 1 and words[0] == "IICRC":
        words = words[1:]  # the body's own stamp: "IICRC Approved", "IICRC BOOTH REGISTRATION"
    return bool(words) and all(
        COURSE_WORDS.fullmatch(w) or _HEADING_WORDS.fullmatch(w) for w in words
    )


def _without_logo_initials(name: str) -> str:
    """ "VES Vortex Extraction Systems, Inc.": a logo's initials before the name."""
    first, _, rest = name.partition(" ")
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", rest) if w[0].isupper())
    if first.isupper() and 2 <= len(first) <= 5 and initials.startswith(first):
        return rest
    return name


def title(text: str) -> str | None:
    """A course title as a person would type it from the page."""
    raw = re.sub(r"^(?:[+•·*»>■□▪-]|[eo](?=\s+[A-Z]))\s+", "", text.strip())
    # A quoted title ends at its closing quote: "'Mold Myths' facilitated by…".
    quoted = re.match(r"[\"'“‘]([^\"'”’]{4,})[\"'”’](?=[\s,.;:()]|$)", raw)
    value = clean_title(quoted.group(1) if quoted else raw)
    value = re.sub(
        r"^(?:the\s+)?(?:(?:\d+(?:\.\d+)?|one|two|three|four|seven|fourteen)[\s-]+hours?\s+)?"
        r"(?:(?:online|live|in-person|classroom|virtual|on-demand)\s+)?"
        r"(?:(?:training|educational|education)\s+)?"
        r"(?:course|class|program|programme|seminar|workshop|session|activity|module)"
        r"(?:\s+(?:of|on|in|entitled|titled|called))?\s*:?\s+",
        "",
        value,
        flags=re.IGNORECASE,
    )
    # A diploma's "the prescribed studies of …", "the course of study in …".
    value = re.sub(
        r"^(?:the\s+)?(?:prescribed\s+)?(?:stud(?:y|ies)|(?:course|program|programme)\s+of\s+study)"
        r"\s+(?:of|in)\s+",
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
    value = re.sub(r"\s+[A-Z]{1,6}[-#]?\d{2,}[\w-]*$", "", value)  # a code in the next cell
    # A table's head read with the row under it ("Code Title T80 Mold Myths …"),
    # and a session's code before the title.
    tokens = value.split()
    heads = next((i for i, w in enumerate(tokens) if w.lower() not in _FORM_WORDS), len(tokens))
    if 2 <= heads < len(tokens):
        value = " ".join(tokens[heads:])
    # What the paper is, before what it was for: "TRAINING CERTIFICATE FIRE AND SMOKE …".
    tokens = value.split()
    heads = next((i for i, w in enumerate(tokens) if w.lower() not in _PAPER_WORDS), len(tokens))
    if 2 <= heads <= len(tokens) - 2 and any(_PAPER_NOUN.fullmatch(w) for w in tokens[:heads]):
        value = " ".join(tokens[heads:])
    value = re.sub(r"^[A-Z]{1,2}\d{1,2}\s+(?=[A-Z][a-z])", "", value)
    # Who gives it and where, after the title: "… presented by Ana Ruiz", "… in Hall C".
    value = re.sub(
        r"\s+(?:(?:facilitated|presented|led|taught|moderated|delivered|hosted|instructed)"
        r"\s+by|(?:in|at)\s+(?:hall|room|ballroom|salon|suite|booth|theater|theatre)\s+\w+)\b.*$",
        "",
        value,
        flags=re.IGNORECASE,
    )
    value = value.strip(" \"'“”‘’:;,.-–")
    value = re.sub(r"\s+on$", "", value)  # its date follows on the next line
    # The paper's name around the activity: "IICRC BOOTH REGISTRATION FORM".
    value = re.sub(
        r"\b(registration|attendance)\s+(?:form|slip|card|record|ticket)$", r"\1", value, flags=re.I
    )
    if re.match(r"[^\W\d_]", value) and value[0].islower() or _ADDRESSED.match(value):
        return None  # a sentence's words ("all requirements of …", "We logged your visit …")
    if find_dates(value) or _DAY_OF_MONTH.fullmatch(value) or is_address(value):
        return None  # a date or a street: "Thursday, April 2, 2020", "December 10th"
    if _PLACE_ONLY.fullmatch(
        re.sub(r"^(?:at|in|location|venue|where)\s*:\s*", "", value, flags=re.I)
    ):
        return None  # a town: "Orlando, FL", "At: Las Vegas, NV"
    # A form's column or box ("Location"), a table's head ("Code Title", "CODE SESSION"),
    # a number's label ("Certification No."), or what the paper calls itself
    # ("CERTIFICATION", "OF EXCELLENCE", "Wallet Card"): not what it holds.
    words = re.findall(r"[^\W\d_]+", value.lower())
    if _only_words(value, _FORM_WORDS, _PAPER_WORDS) or re.search(
        _NUMBER_LABEL_END, value, re.IGNORECASE
    ):
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
        _a_persons(value)
        or _PERSONISH.search(value)
        or (last_first and last_first.group(1).casefold() not in common_words())
    ):
        return None  # a signer's or the holder's name: "Yusuf van der Berg", "ZOË KRUGER"
    if _SHOW_NAME.fullmatch(value):
        return None  # the show, not a session at it: "Water Loss Conference 2023"
    if _SCHOOL_END.search(value) or _VENUE.search(value) or _SCHOOL_OF.search(value):
        return None  # who gives the course or where: "… Restoration School", "Kansas City Marriott"
    if _OFFICE_ONLY.fullmatch(value) or _OFFICE_LINE.search(value):
        return None  # a signer's office: "Training Manager", "President, Heartland Cleaning"
    role = _OFFICE_AT_END.search(value)
    if role and _a_persons(value[: role.start()]):
        return None  # a signer and their office: "Helene Pham Registrar"
    if _ROOM.fullmatch(value) or _venue_in_town(value):
        return None  # where: "Ballroom C", "Music City Center, Nashville"
    # A ticket's line ("Technician (free) - 0.00 $"), a list's item ("4. Contents …").
    if _PRICE.search(value) or _LIST_ITEM.match(value):
        return None
    if re.fullmatch(r"IICRC(?:\s+Approved(?:\s+Activity)?)?", value, re.IGNORECASE):
        return None  # the body's stamp
    if len(words) == 1 and (_lone_word(words[0]) or PERSON_ROLE.fullmatch(words[0])):
        return None  # one word of a letter or a form: "Sincerely", "PARTICIPANT", "President"
    if len(value) < 4 or letters(value) < 0.6 or len(value.split()) > 16:
        return None
    return value


def _a_persons(value: str) -> bool:
    """Whether a would-be title is a person's name: read as one, with no
    trade word, and starting on a given name ("Yusuf van der Berg"; not
    "Confined Space Awareness"), or a given name and an initial."""
    if (_NAME_AND_INITIAL.fullmatch(value) or _PARTICLE_END.search(value)) and is_given_name(
        value.split()[0]
    ):
        return True  # cut off by a column or a misread: "Tammy C", "BRIANNA M", "Björn St"
    name = person_name(value)
    return name is not None and not COURSE_WORDS.search(name) and is_given_name(name.split()[0])


def _lone_word(word: str) -> bool:
    """A common word on a line of its own that is no trade word: "Sincerely",
    "Valid". A trade word alone ("Remediation") may be a title's last word
    wrapped onto its own line, and is left to the model."""
    return word in common_words() and not COURSE_WORDS.fullmatch(word)


# The word an organisation's name ends on; no course's title ends on it.
_SCHOOL_END = re.compile(
    r"\b(?:association|assn|school|institute|college|university|alliance|academy|council|"
    r"guild|federation|society|llc|inc|co|corp|corporation|company|products|group|solutions|"
    r"systems|cent(?:er|re)|partners|laborator(?:y|ies)|supply|supplies|consulting)\.?$",
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


# A sentence that speaks to the reader: "You have successfully finished …",
# "We logged your visit …", "To Whom It May Concern".
_ADDRESSED = re.compile(
    r"(?:we|you)\s+[a-z]|(?:thank|dear|please|to\s+whom|best\s+regards|regards|sincerely)\b"
    r"|(?:hello|hi)(?![\w-])",
    re.IGNORECASE,
)


# What a paper calls itself, never what was taught.
_PAPER_WORDS = {
    "certificate", "certification", "diploma", "award", "achievement", "completion",
    "recognition", "excellence", "appreciation", "participation", "attendance", "of", "thank",
    "you", "congratulations", "verified", "receipt", "attendee", "badge", "admit", "one",
    "wallet", "card", "record", "transcript", "statement", "letter", "confirmation",
    "training", "initial", "course", "employee", "booth", "visit", "webinar", "classroom",
    "proof", "as", "program", "programme", "portal", "download", "pdf", "more", "about", "this",
    "scan", "to", "verify", "keep", "your", "self", "report", "learning", "activity", "final",
    "quiz", "exam", "credit", "claim", "attainment", "certificant", "best", "regards", "kind",
    "warm", "yours", "truly",
}  # fmt: skip
# A body named for what it does: "Institute of Inspection, Cleaning and …".
_SCHOOL_OF = re.compile(
    r"\b(?:institute|association|academy|college|university|council|society|school)"
    r"\s+(?:of|for)\b",
    re.IGNORECASE,
)
_PAPER_NOUN = re.compile(
    r"certificate|certification|diploma|record|card|transcript|receipt|letter", re.IGNORECASE
)
# Heads of a form's columns and boxes.
_FORM_WORDS = {
    "location", "date", "dates", "time", "name", "signature", "instructor", "hours", "credits",
    "status", "room", "venue", "address", "notes", "comments", "title", "session", "course",
    "speaker", "presenter", "total", "result", "module", "topic", "code", "attendee", "in", "out",
    "description", "details", "participant", "score", "copy", "student", "facility", "joined",
    "left", "seal", "official", "mm", "dd", "yyyy", "yy", "lab", "office", "valid", "through",
    "though", "thru", "until", "spent", "hands", "on",
}  # fmt: skip
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


def _only_words(text: str, *kinds: set[str]) -> bool:
    """Whether every word of a text is one of these kinds of word."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and all(any(w in kind for kind in kinds) for w in words)


def ends_as_school(text: str) -> bool:
    """Whether a name ends on the word a school's or a company's name ends on:
    "… Academy", "… Education Center", "… Co."."""
    return bool(_SCHOOL_END.search(text.strip()))


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
