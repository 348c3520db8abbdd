"""What a page's wording as a whole says it is: a record of someone's credit
or not, and, if one, a trade show's session record or a course's.

The kind rules (`kinds.py`) name the signs of a paper that records no one one
by one: a receipt, a roster, a reminder. Papers of a sort they have never met
(a volunteer's thanks, a failed exam's score report, a repair order) pass
them for records. Their words still differ from a record's as a whole: a
record says what was completed and what it earned; the others speak of
service, fees, members and what is due. A session's record likewise speaks
of a show, its halls and its education sessions in many more words than the
rules can list. Linear models over the words and word pairs a page uses
(weights in `record_weights.py`, fitted by scripts/fit_record_words.py on the
tuning part of the corpus) give the odds of each.
"""

from __future__ import annotations

import math
import re

from server.ocr.record_weights import RECORD, SESSION

_TOKEN = re.compile(r"[a-z]+|0")


def page_words(text: str) -> set[str]:
    """The words (two letters or more, every number as "0") and the pairs of
    neighbouring words a page's text uses."""
    words = [w for w in _TOKEN.findall(re.sub(r"\d+", "0", text.lower())) if len(w) > 1 or w == "0"]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def record_likelihood(words: set[str]) -> float:
    """How likely a page using these words (`page_words`) is a record of
    someone's credit."""
    return likelihood(RECORD, words)


def session_likelihood(words: set[str]) -> float:
    """How likely a record using these words is of a session at a trade show
    rather than of a course (or a booth's registration)."""
    return likelihood(SESSION, words)


def likelihood(model: tuple[float, dict[str, float]], words: set[str]) -> float:
    """A model's odds (its bias and each word's weight) for a page's words."""
    bias, weights = model
    z = bias + sum(weights.get(word, 0.0) for word in words)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
