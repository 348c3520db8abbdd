"""Clean-ups for the text values a label points at: names, titles, providers."""

from __future__ import annotations

import re

from server.ocr.dates import MONTH_NAME

# Letters as they appear in names, accents included.
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_][^\W\d_'’.\-]*(?:['’\-][^\W\d_]+)*\.?)$")
# A surname's particles, written in small letters: "da Silva", "van der Berg".
PARTICLES = {
    "de",
    "del",
    "della",
    "da",
    "di",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "du",
    "dos",
    "das",
    "bin",
    "al",
    "el",
    "y",
    "st.",
}
# A generation after a surname: "Jr.", "III".
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"}
# Credentials printed after a name: "Ana Ruiz, WRT, ASD" is Ana Ruiz.
CREDENTIALS = {
    "wrt",
    "asd",
    "amrt",
    "fsrt",
    "cct",
    "oct",
    "rrt",
    "uft",
    "cds",
    "hst",
    "tcst",
    "mwr",
    "msr",
    "mtc",
    "bmr",
    "ccmt",
    "cmt",
    "rct",
    "rfct",
    "sct",
    "frst",
}
# Words that make a line boilerplate, never a person.
_NOT_NAME = {
    "certificate",
    "completion",
    "achievement",
    "attendance",
    "registration",
    "course",
    "training",
    "session",
    "verification",
    "education",
    "continuing",
    "record",
    "hours",
    "date",
    "institute",
    "academy",
    "center",
    "centre",
    "school",
    "college",
    "inc",
    "llc",
    "association",
    "expo",
    "convention",
    "show",
    "instructor",
    "provider",
    "technician",
    "restoration",
    "presented",
    "awarded",
    "certifies",
    "successfully",
    "completed",
    "iicrc",
    "booth",
    "slip",
    "the",
    "of",
    "and",
    "for",
    "name",
    "id",
    "no",
    "number",
    "signature",
    "registrant",
    "certificant",
    "member",
    "page",
    # A greeting or a form's box, in capitals like a name: "Thank You", "Job Title".
    "thank",
    "thanks",
    "you",
    "your",
    "dear",
    "welcome",
    "congratulations",
    "regards",
    "sincerely",
    "job",
    "title",
    "attendee",
    "participant",
    "student",
    "employee",
    "status",
    # A greeting by first name, and what a printout calls itself: "Hi Björn",
    # "Credit Claim Confirmation", "Wallet Card", "LMS Report".
    "hi",
    "hello",
    "my",
    "credit",
    "claim",
    "claimed",
    "confirmation",
    "wallet",
    "card",
    "report",
    "summary",
    "receipt",
    "ticket",
    "transcript",
    "statement",
    "lms",
}
_NAME_STOP = re.compile(
    r"\s+(?:has|have|who|for|in\s+recognition|having|on|is|was|completed|"
    r"successfully)\b.*$",
    re.IGNORECASE,
)
ORG_WORDS = re.compile(
    r"\b(?:institute|academy|training|school|college|university|inc\.?|llc|ltd|association|"
    r"center|centre|education|group|services|company|corp(?:oration)?|society|council|"
    r"foundation|solutions|learning|campus)\b",
    re.IGNORECASE,
)
EVENT_WORDS = re.compile(
    r"\b(?:convention|expo|trade\s+show|show|summit|conference|experience|"
    r"symposium|forum|fair|week|meeting)\b",
    re.IGNORECASE,
)


# The doubled I of "IICRC" reads as one, three, or with a 1 or l among them
# ("ICRC", "II1CRC", "lIICRC"), or its first two as an H ("HICRC"); no
# other word looks like it.
_IICRC = re.compile(r"(?<![^\W\d_])(?:[Il1|!¡]{1,4}|H[Il1|]?)CRC\b")


# A narrow "1" beside another figure reads as a space and a 1 inside dates and
# codes: "2024-1 1-23", "C963-7 1", "06/1 1/2026".
_SPLIT_ONE = re.compile(r"(?<=[-/]\d) (?=1\b)|(?<=[-/]1) (?=\d)")


# The Latin model reads a "d" in some serif faces as the Icelandic eth, and
# the "c" of "Inc." as an "e"; no certificate here prints either. Inside a
# figure, the recogniser reads a round 0 as the letter O and a 1 as I or l:
# "14.O hours", "O.7 CEUs", "1O5", "Apr. I5-17", "August ist"; and the I's of
# a name's numeral as ones or l's: "Dvořák I11", "D'Amico Il".
_SLIPS = [
    (re.compile(r"(?<=[^\W\d_])ð|ð(?=[^\W\d_])"), "d"),
    (re.compile(r"\bIne\.(?=\s|$|,)"), "Inc."),
    (re.compile(r"\bLL C\b"), "LLC"),
    (
        re.compile(
            r"(?<=[^\W\d_]{2} )(?=[Il1i]{0,2}I)(?=[Il1i]{0,2}[l1i])[Il1i]{2,3}(?=\s*(?:,|$))"
        ),
        lambda m: "I" * len(m.group()),
    ),
    (
        re.compile(
            r"(?<=\d[.,])[oO](?![^\W_])|(?<![^\W_])[oO](?=[.,]\d)|(?<=\d)[oO](?=\d)|"
            r"(?<=\d[-/.])[oO](?=\d)"
        ),
        "0",
    ),
    (re.compile(r"(?<![^\W_])[Il](?=\d+(?![^\W\d_]))"), "1"),
    (re.compile(rf"\b((?:{MONTH_NAME})\.?\s+)ist\b", re.IGNORECASE), r"\g<1>1st"),
    # A double name drawn wide reads with a space after its hyphen:
    # "Fitzgerald- Hayes", "MCALLISTER- REYES" ("water- and fire-damaged" keeps it).
    (
        re.compile(r"(?<=[^\W\d_]{2})- (?=([^\W\d_]))"),
        lambda m: "-" if m.group(1).isupper() else m.group(),
    ),
]


def fix_known_words(text: str) -> str:
    """OCR's usual slips in the words and figures every certificate prints."""
    text = _SPLIT_ONE.sub("", _IICRC.sub("IICRC", text))
    for pattern, replacement in _SLIPS:
        text = pattern.sub(replacement, text)
    return text


def squash(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    text = fix_known_words(text)
    return re.sub(r"\s+", " ", text).strip()


def clean_name(text: str, last_first: bool = False) -> str | None:
    """A person's name in natural order, or None when `text` is not one."""
    text = squash(_NAME_STOP.sub("", squash(text))).strip(" ,:;-_|")
    parts = [p.strip() for p in text.split(",") if p.strip()]
    while len(parts) > 1 and parts[-1].lower().replace(" ", "").strip(".") in CREDENTIALS:
        parts.pop()
    if len(parts) == 2 and parts[1].lower() not in SUFFIXES and (last_first or " " not in parts[0]):
        text = f"{parts[1]} {parts[0]}"
    else:
        text = " ".join(parts)
    text = re.sub(r"(?<=\S )[OÔ] (?=[A-Z][a-z]{2,})", "O'", text)  # "O Connor": a lost apostrophe
    tokens = [_lost_apostrophe(t) for t in _join_split_letters(text.split())]
    if (
        tokens
        and len(tokens[-1]) > 3
        and tokens[-1].endswith(".")
        and tokens[-1].lower() not in SUFFIXES
    ):
        tokens[-1] = tokens[-1][:-1]  # the sentence's full stop, not an initial's
    if not 2 <= len(tokens) <= 6:
        return None
    if any(t[0].isupper() for t in tokens):
        lower = [t for t in tokens if t[0].islower() and t.lower() not in PARTICLES]
        # "tukasz Villaseñor": a small letter no capital looks like is another
        # letter misread (Ł), not a capital read small: no name is read here
        # ("al-Sayed" starts with a particle).
        if any(
            t[0] not in _SMALL_LIKE_CAPITAL and re.split(r"[-'’]", t.lower())[0] not in PARTICLES
            for t in lower
        ):
            return None
        # "María josé Price": a lower-case given name is a misread capital J.
        tokens = [t[0].upper() + t[1:] if t in lower else t for t in tokens]
    if any(not _NAME_TOKEN.match(t) for t in tokens):
        return None
    if any(t.lower().strip(".") in _NOT_NAME for t in tokens):
        return None
    if not any(t[0].isupper() for t in tokens) or sum(len(t) > 1 for t in tokens) < 2:
        return None
    return " ".join(tokens)


# Small letters shaped as their capitals are, that OCR reads for them.
_SMALL_LIKE_CAPITAL = set("cjkopsuvwxyzćčśšźżžóöøúüý")


def _lost_apostrophe(token: str) -> str:
    """ "DAndre", "OConnor": the apostrophe of D'Andre and O'Connor is a speck
    that OCR drops, and no name is spelled with two capitals and no mark."""
    if re.fullmatch(r"[DO][A-Z][a-z]{2,}", token):
        return f"{token[0]}'{token[1:]}"
    return token


def _join_split_letters(tokens: list[str]) -> list[str]:
    """OCR splits a capital from its word in large print ("N guyen")."""
    out: list[str] = []
    for token in tokens:
        if (
            out
            and len(out[-1]) == 1
            and out[-1].isupper()
            and token[:1].islower()
            and token.lower() not in PARTICLES
        ):
            out[-1] += token
        else:
            out.append(token)
    return out


# A line broken after a preposition leaves it dangling: "…TILE CLEANING at".
# Marks and a lone word after a comma end a line, not a title: "… +++", "…, broadcast".
def _dangling(words: str) -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:{words})$|[\s+*#~=^•·|]+$|(?-i:,\s+[a-z]+)$",
        re.IGNORECASE,
    )


_DANGLING = _dangling("at|on|for|by|in|with|and|from|through|to")
# A title broken after "with", "and" or "for" goes on over the line ("Smoke Odor
# Counteraction with" / "Hydroxyl"): left on it, so the title is taken whole or not at all.
_TITLE_DANGLING = _dangling("at|on|by|in|from|through|to")


def clean_title(text: str) -> str:
    text = _TITLE_DANGLING.sub("", squash(text).strip(" \"'“”:;,-_|")).strip(" ,;:")
    return re.sub(r"(\w)- (\w)", r"\1\2", text) if re.search(r"\w- [a-z]", text) else text


_PROVIDER_END = re.compile(
    r"\s*(?:[,·|•]\s*\d|\s[·|•]\s|\s-\s|\(\d{3}\)|\bphone\b|\btel\b|"
    r"\bwww\.|\bhttps?:|,\s*(?:suite|ste)\b).*$",
    re.IGNORECASE,
)


# A town and state after a name: "…, Las Vegas, NV", "…, Concord, NH 03301".
STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    "NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|"
    "AB|BC|MB|NB|NL|NS|ON|PE|QC|SK"
)
_TOWN_STATE = re.compile(
    rf",\s+(?:[A-Z][a-z]+\.?\s+){{0,2}}[A-Z][a-z]+,\s+(?:{STATES})\b[\s\d.-]*$"
)


def clean_provider(text: str) -> str:
    """An organisation's name without the address or phone printed after it."""
    text = _PROVIDER_END.sub("", squash(text)).strip(" \"':;,-_|·")
    text = _TOWN_STATE.sub("", text)
    text = _DANGLING.sub("", text).strip(" ,;:")
    # An organisation's name starts with a capital: "ironwood" is a misread "I".
    return text[:1].upper() + text[1:]


def is_heading(text: str) -> bool:
    """Certificate boilerplate: "Certificate of Completion", "Attendance Verification"."""
    return bool(
        re.search(
            r"\b(?:certificate|certification|diploma|attendance|verification|registration\s+slip|"
            r"continuing\s+education\s+record|of\s+achievement|of\s+completion|this\s+certifies|"
            r"certify\s+that|awarded\s+to|presented\s+to)\b",
            text,
            re.IGNORECASE,
        )
    )


def letters_ratio(text: str) -> float:
    return sum(c.isalpha() for c in text) / max(1, len(text.replace(" ", "")))
