"""Papers of sorts the kind rules name nowhere, told from records by their
words as a whole (`record_words.py`), in the wordings of the corpus's tuning
families; and the words a page is weighed by."""

from __future__ import annotations

import pytest

from server.ocr.fields import extract_fields
from server.ocr.kinds import rules_kind
from server.ocr.record_words import page_words
from tests.ocr.pages import lines_of

UNNAMED_PAPERS = {
    # It names the candidate, the test and the date, and says "certificate".
    "a failed exam's score report": """
    Coastal Restoration Training
    Sitting 2 · ID 480213 | Candidate Portal
    Carpet Repair and Reinstallation Technician Report
    Renata Oyelaran, you did not reach the passing standard on this attempt.
    You answered 58 out of 100 questions correctly; the pass mark is 70 out of 100.
    Candidate: | Date:
    Renata Oyelaran | March 4, 2025
    Test: | Questions:
    Carpet Repair and Reinstallation Technician | 100
    Status: | Time taken:
    Failed | 41 minutes
    CONTENT AREA | ITEMS | CORRECT | SCORE
    Contamination and containment | 20 | 12 | 60%
    Principles and terminology | 27 | 17 | 63%
    Customer and job management | 14 | 9 | 64%
    Safety and health | 18 | 10 | 56%
    Equipment and procedures | 21 | 14 | 67%
    A passing score is 70 of 100 (70%). No certificate, card or continuing education
    credit is issued for this attempt.
    You may sit the exam again on or after 04/04/2025. The retake fee applies.
    Paulo Ferris | March 6, 2025
    Exam proctor | Report printed
    """,
}


@pytest.mark.parametrize("sketch", UNNAMED_PAPERS.values(), ids=UNNAMED_PAPERS.keys())
def test_a_paper_of_no_one_the_rules_let_through_records_no_one(sketch: str) -> None:
    lines = lines_of(sketch, "left")
    assert rules_kind(" ".join(ln.text for ln in lines).lower()) != "other"  # the rules alone
    assert extract_fields(lines) == ("other", {})


def test_numbers_are_one_word_and_neighbours_are_weighed_as_pairs() -> None:
    assert page_words("Earned 14 CEC hours on 3/4/2025") == {
        "earned", "0", "cec", "hours", "on",
        "earned 0", "0 cec", "cec hours", "hours on", "on 0", "0 0",
    }  # fmt: skip
