"""Telling a word read right from OCR's slip of one, with tesseract's own English list."""

import pytest

from server.ocr.wordlist import known, mend, name_words, slip_of, spelling


@pytest.mark.parametrize("word", ["Technician", "remediation", "WATER", "Structural", "odor"])
def test_english_words_are_known_in_any_case(word: str) -> None:
    assert known(word)


@pytest.mark.parametrize(
    ("read", "meant"),
    [("Teehnician", "technician"), ("lnspection", "inspection"), ("Restoratlon", "restoration")],
)
def test_a_word_one_letter_from_one_word_is_a_slip(read: str, meant: str) -> None:
    assert slip_of(read) == meant


@pytest.mark.parametrize("word", ["Technician", "Psychrometry", "Przybyszewski", "IICRC", "Jonh"])
def test_no_slip_is_claimed_for_known_words_or_words_far_from_any(word: str) -> None:
    # "Jonh" is one letter from both "john" and "jon": no single word it slipped from.
    assert slip_of(word) is None


def test_spelling_counts_unknown_words_and_whether_one_is_a_slip() -> None:
    assert spelling("Applied Structural Drying") == (0.0, 0.0)
    assert spelling("Applied Structural Drying Teehnician") == (0.25, 1.0)
    assert spelling("Przybyszewski Restoration") == (0.5, 0.0)
    assert spelling("of a to") == (0.0, 0.0)  # short words say nothing


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Appłied Microbial Remediation Technicion", "Applied Microbial Remediation Technician"),
        ("Emerging Standaròs in Textile Cleaning", "Emerging Standards in Textile Cleaning"),
        ("WATER DAMAGE RESTORATLON", "WATER DAMAGE RESTORATION"),
        # Left alone: names, places, acronyms, and words near two words.
        ("Søren Baptiste Training", "Søren Baptiste Training"),
        ("Kaczmarek Restoration Institute", "Kaczmarek Restoration Institute"),
        ("IICRC WRT Course", "IICRC WRT Course"),
        ("Markeling Your Business", "Markeling Your Business"),
    ],
)
def test_mend_puts_right_only_a_misread_english_word(read: str, meant: str) -> None:
    assert mend(read) == meant


def test_a_name_misread_has_words_the_list_lacks() -> None:
    assert name_words("Søren Whitcomb")[0] == 0.0  # accents dropped, both names known
    assert name_words("Saren Whitcomb")[0] == 0.5
    assert name_words("Kateryna Lindq Ist")[0] > name_words("Kateryna Lindqvist")[0]


def test_a_name_made_of_common_words_is_marked() -> None:
    assert name_words("Credit Approved")[1] == 1.0
    assert name_words("Agnieszka Hargrove")[1] == 0.0


@pytest.mark.parametrize(
    "title",
    [
        "Reading a Psychrometric Chart in Five Minutes",
        "AREAS REMEDIATED",
        "Dehumidification and Deodorization",
        "Drying Crawlspaces with a Borescope",
        "Xactimate Estimating Fundamentals",
    ],
)
def test_the_trades_own_words_are_read_as_printed(title: str) -> None:
    # tesseract's English list lacks them: "Psychrometric" became "Psychometric".
    assert mend(title) == title
    assert spelling(title) == (0.0, 0.0)


def test_a_misread_trade_word_is_put_right() -> None:
    assert slip_of("Psychrornetric") == "psychrometric"
    assert mend("Dehumidificatlon Basics") == "Dehumidification Basics"
