"""Pick certificate fields out of the lines of a page.

Every line, and every value a cue points at, is a candidate for every field
(`candidates.py`). Each candidate's features are weighed by a logistic model
per field (`weights.py`, fitted on the tuning part of the corpus by
scripts/fit_extraction.py); the best candidate is kept when, allowing for how
close its best rival with another value comes, it is likely right. What is
not likely right stays blank for the technician: a wrong value filled in is
worse than none.
"""

from __future__ import annotations

import math
import re

from server.ocr.candidates import Candidate, Page, gather
from server.ocr.models import FIELD_NAMES, FieldValue, Line
from server.ocr.weights import CALIBRATION, FILL_AT, WEIGHTS


def extract_fields(lines: list[Line]) -> tuple[str, dict[str, FieldValue]]:
    """The document's kind and every field likely right."""
    kind = classify(lines)
    fields: dict[str, FieldValue] = {}
    if kind == "other":
        return kind, fields  # a receipt or a flyer proves no hours
    for name, found in score_candidates(lines, kind).items():
        best, rival = pick(found)
        if best is None:
            continue
        confidence = calibrated(name, best[0], rival, best[1].features)
        if confidence >= FILL_AT.get(name, 1.0):
            fields[name] = FieldValue(
                value=best[1].value, confidence=round(confidence, 2), line=best[1].line
            )
    return kind, {name: fields[name] for name in FIELD_NAMES if name in fields}


def score_candidates(lines: list[Line], kind: str) -> dict[str, list[tuple[float, Candidate]]]:
    """Every field's candidates with the model's probability that each is right."""
    if not lines:
        return {}
    found = gather(Page(lines), kind)
    return {
        name: [(probability(name, c.features), c) for c in candidates]
        for name, candidates in found.items()
    }


def probability(name: str, features: dict[str, float]) -> float:
    weights = WEIGHTS.get(name, {})
    z = weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def pick(scored: list[tuple[float, Candidate]]) -> tuple[tuple[float, Candidate] | None, float]:
    """The most likely candidate, and the probability of its best rival that
    reads differently (two readings of the same value are no rivalry)."""
    if not scored:
        return None, 0.0
    best = max(scored, key=lambda s: s[0])
    key = value_key(best[1].value)
    rival = max((p for p, c in scored if value_key(c.value) != key), default=0.0)
    return best, rival


def calibrated(name: str, p: float, rival: float, features: dict[str, float]) -> float:
    """How often a pick like this is right: from its odds, its best rival's,
    and how surely its own letters were read (OCR's doubt in the value's
    words, words that are no English word or one letter from one, whether
    the second reader read it alike)."""
    weights = CALIBRATION.get(name, {"pick": 1.0})
    z = sum(weights.get(k, 0.0) * v for k, v in pick_features(p, rival, features).items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


# What the calibration weighs besides the model's odds.
READING = ("value_ocr", "unknown", "slip_word", "agree", "name_unknown")


def pick_features(p: float, rival: float, features: dict[str, float]) -> dict[str, float]:
    return {
        "bias": 1.0,
        "pick": _logit(p),
        "rival": _logit(rival),
        **{k: features.get(k, 0.0) for k in READING},
    }


def value_key(value: str | float) -> str:
    return re.sub(r"[^\w]+", " ", str(value).casefold()).strip()


def _logit(p: float) -> float:
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))


def classify(lines: list[Line]) -> str:
    """What the document is: a course certificate unless it says otherwise.

    A booth slip names the booth; a trade-show session record speaks of
    sessions at an event. Papers around a course record no one's completion:
    a receipt, flyer or agenda sells or schedules it, a roster signs the whole
    class in, a reminder, a letter before the class or a syllabus tells what
    is to come. Anything else that awards hours is a course."""
    text = " ".join(ln.text for ln in lines).lower()
    if not text.strip():
        return "other"
    certifies = re.search(
        r"certif(?:y|ies|icate)|confirms?\s+that|has\s+(?:successfully\s+)?(?:completed|attended|"
        r"participated)|awarded|presented\s+to|attendee\s+name|participant|verification|"
        r"statement\s+of\s+credit|transcript|record|completion|completed",
        text,
    )
    # Papers around a course that record no one's completion: what sells or
    # schedules it, a sign-in roster of the whole class, a reminder or notice.
    # A record may mention some of these ("the class roster is kept on file"):
    # the surer it says someone completed, the more it takes to outweigh that.
    not_record = len(_SELLING.findall(text)) + len(_NOT_RECORD.findall(text))
    # A programme lists the day's sessions by the clock and names no one who attended.
    schedule = len(re.findall(r"\b\d{1,2}:\d\d\s*(?:[ap]\.?m\b)", text)) >= 3
    needed = 3 if _STATEMENT.search(text) else 2 if certifies else 1
    booth = re.search(
        r"\bbooth\s+(?:visit|registration|check-?in|attendance|scan)|\biicrc\s+booth\b", text
    )
    # A booth slip may be a receipt too; a paper that only mentions the booth
    # among the ways to earn credit says much more that records no one.
    if booth:
        return "other" if not_record >= needed + 2 else "booth"
    if not_record >= needed or (schedule and not certifies):
        return "other"
    sessions = re.search(
        r"\bsessions?\s+(?:attended|listed|title|code|of|/|attendance|:)|education(?:al)?\s+sessions?|"
        r"\bspeaker\b|\bpresenter\b|"
        r"sessions?\s+of\s+the|event\s+(?:name|approval)|\bevent\s+attendance",
        text,
    )
    event = re.search(
        r"\b(?:expo|convention|conference|trade\s+show|show|summit|symposium)\b", text
    )
    if sessions and event:
        return "session"
    return "course" if certifies or find_hours_in(text) else "other"


# What says that someone completed or attended something.
_STATEMENT = re.compile(
    r"(?:certif(?:y|ies)|verif(?:y|ies)|confirms?|attests?)\s+that|"
    r"(?:has|have|having)\s+(?:successfully\s+)?(?:completed|attended|participated|fulfilled|satisfied)|"
    r"(?:was|were)\s+present\b|(?:presented|awarded)\s+to|successfully\s+completed|"
    r"certificate\s+of\s+(?:completion|attendance|achievement|participation)|"
    r"statement\s+of\s+(?:credit|attendance|completion)|proof\s+of\s+(?:completion|attendance)"
)
_SELLING = re.compile(
    r"\breceipt\b|amount\s+paid|payment|invoice|register\s+now|sign\s+up|seats\s+are\s+limited|"
    r"\bcost\b|\$\d|agenda|schedule\s+of|join\s+us|early[\s-]bird|not\s+a\s+certificate"
)
_NOT_RECORD = re.compile(
    r"(?:attendance|class|sign[\s-]?in)\s+roster\b|sign[\s-]?in\s+(?:sheet|each)|signature\s+(?:in|out)\b|\bprint\s+name\b|"
    r"\breminder\b|disregard\s+this|renewal\s+(?:is\s+)?(?:due|notice)|this\s+notice\b|"
    # Written before the class: what to bring, where to be, what it will be.
    r"\bplease\s+(?:arrive|bring|register|plan\s+to)\b|\byou\s+will\s+(?:learn|receive|need)\b|"
    r"\bwill\s+be\s+held\b|\bupcoming\b|\byou\s+are\s+(?:registered|enrolled)\b|"
    r"\bcancell?ation\s+policy\b|\bwait[\s-]?list\b|\benrol(?:l|ment)\s+(?:now|today|by)\b|"
    # What a course will teach or what a body requires: a syllabus, an information sheet.
    r"\bsyllabus\b|\bcourse\s+outline\b|\bprerequisites?\b|\bshould\s+be\s+able\s+to\b|"
    r"\binformation\s+sheet\b|\bwhat\s+counts\s+toward|\bhow\s+to\s+(?:report|submit|register|renew)\b|"
    r"\blate\s+fee\b|\brenewal\s+fee\b|"
    # A letter to everyone, not about someone.
    r"\bdear\s+(?:certified\s+)?(?:technician|participant|student|attendee|member|customer|"
    r"colleague|registrant)s?\b"
)


def find_hours_in(text: str) -> bool:
    return bool(re.search(r"\b(?:cecs?|ceus?|credit\s+hours?|ce\s+hours?|hrs?|hours)\b", text))
