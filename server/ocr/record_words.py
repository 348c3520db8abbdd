"""How much a page's wording reads like a record of someone's credit.

The kind rules (`kinds.py`) name the signs of a paper that records no one one
by one: a receipt, a roster, a reminder. Papers of a sort they have never met
(a volunteer's thanks, a failed exam's score report, a repair order) pass
them for records. Their words still differ from a record's as a whole: a
record says what was completed and what it earned; the others speak of
service, fees, members and what is due. A linear model over the words and
word pairs a page uses (weights in `record_weights.py`, fitted by
scripts/fit_record_words.py on the tuning part of the corpus) gives the odds
that a page is a record.
"""

from __future__ import annotations

import math
import re

from server.ocr.record_weights import BIAS, WORDS

_TOKEN = re.compile(r"[a-z]+|0")


def page_words(text: str) -> set[str]:
    """The words (two letters or more, every number as "0") and the pairs of
    neighbouring words a page's text uses."""
    words = [w for w in _TOKEN.findall(re.sub(r"\d+", "0", text.lower())) if len(w) > 1 or w == "0"]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def record_likelihood(text: str) -> float:
    """How likely a page with this text is a record of someone's credit."""
    z = BIAS + sum(WORDS.get(word, 0.0) for word in page_words(text))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
