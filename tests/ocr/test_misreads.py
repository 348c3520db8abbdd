"""OCR's usual slips, corrected by pure functions: text in, text out."""

from __future__ import annotations

import pytest

from server.ocr.fields import extract_fields, pick, score_candidates
from server.ocr.hours import find_hours
from server.ocr.text import clean_name, clean_provider, fix_known_words
from tests.ocr.pages import lines_of


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("for 16 II1CRC CEC Hours", "for 16 IICRC CEC Hours"),
        ("for 14 ICRC CEC Hours", "for 14 IICRC CEC Hours"),
        ("lIICRC Booth Registration", "IICRC Booth Registration"),
        ("HICRC Booth Registration", "IICRC Booth Registration"),
        ("!¡CRC Booth Registration Slip", "IICRC Booth Registration Slip"),
        ("IICRC Approval Number: C963-7 1", "IICRC Approval Number: C963-71"),
        ("Date: 2024-1 1-23", "Date: 2024-11-23"),
        ("06/1 1/2026", "06/11/2026"),
        # A round 0 read as the letter O, a 1 as I or l, inside a figure.
        (
            "for successful completion of 14.o CEC hours",
            "for successful completion of 14.0 CEC hours",
        ),
        ("is granted Fourteen (14.O) hours.", "is granted Fourteen (14.0) hours."),
        ("on August 18, 2020·O.7 CEUs", "on August 18, 2020·0.7 CEUs"),
        ("Completed 2O24-O5-17", "Completed 2024-05-17"),
        ("held Apr. I5-17, 2026", "held Apr. 15-17, 2026"),
        ("for l2 hours", "for 12 hours"),
        ("Date of completion: August ist, 2024", "Date of completion: August 1st, 2024"),
        # The numeral after a name.
        ("Shonda M. Dvořák I11", "Shonda M. Dvořák III"),
        ("Søren D'Amico Il, WRT", "Søren D'Amico II, WRT"),
        # A double name drawn wide, read with a space after its hyphen.
        ("Björn Fitzgerald- Hayes", "Björn Fitzgerald-Hayes"),
        ("Attendee: MCALLISTER- REYES, ODALYS", "Attendee: MCALLISTER-REYES, ODALYS"),
        # Left alone: words that only look alike, and spaces between numbers.
        ("THICRC", "THICRC"),
        ("Hours: 1.5 1", "Hours: 1.5 1"),
        ("Course Dates: 3/2/2026 - 3/4/2026", "Course Dates: 3/2/2026 - 3/4/2026"),
        # Letters that are letters: codes, words, a table's rule beside a figure.
        ("Approval IO-1234 · Form I-9 · ISO 9001", "Approval IO-1234 · Form I-9 · ISO 9001"),
        ("Oct. 25, 2024 at 10 O'Clock", "Oct. 25, 2024 at 10 O'Clock"),
        ("O2 sensor readings | 7.5 Hours", "O2 sensor readings | 7.5 Hours"),
        ("Bo Li, WRT · Ian Li", "Bo Li, WRT · Ian Li"),
        ("Level Il course outline", "Level Il course outline"),
        ("water- and fire-damaged contents", "water- and fire-damaged contents"),
        ("Session 2 - Drying Day 1- Lab", "Session 2 - Drying Day 1- Lab"),
    ],
)
def test_known_words_and_figures_are_put_right(read: str, printed: str) -> None:
    assert fix_known_words(read) == printed


def test_misread_iicrc_no_longer_hides_the_hours() -> None:
    # A page's line keeps the misread unless it is fixed where lines are built.
    line = lines_of("for 16 II1CRC CEC Hours")[0]
    assert [h.value for h in find_hours(line.text)] == [16.0]
    assert [h.credit for h in find_hours(line.text)] == [True]


@pytest.mark.parametrize(
    ("read", "name"),
    [
        ("DAndre Thompson", "D'Andre Thompson"),
        ("Dmitri OConnor", "Dmitri O'Connor"),
        ("Dmitri O Connor", "Dmitri O'Connor"),
        ("Dmitri Ô Connor", "Dmitri O'Connor"),
        ("María josé Price", "María José Price"),
        ("Mary-Kate al-Sayed", "Mary-Kate Al-Sayed"),
        # Spelled that way, or particles: kept.
        ("DeAndre Smith", "DeAndre Smith"),
        ("Jan de Vries", "Jan de Vries"),
        ("Thomas J. Martin", "Thomas J. Martin"),
        ("Kateřina Schmidt", "Kateřina Schmidt"),
    ],
)
def test_names_as_printed(read: str, name: str) -> None:
    assert clean_name(read) == name


@pytest.mark.parametrize("read", ["Thank You", "THANK YOU", "Job Title", "Dear Participant"])
def test_a_greeting_or_a_box_in_capitals_is_no_name(read: str) -> None:
    assert clean_name(read) is None


@pytest.mark.parametrize("read", ["tukasz Villaseñor", "Ana ruiz", "TN at Nashville"])
def test_a_small_letter_no_capital_looks_like_is_a_misread_not_a_name(read: str) -> None:
    # "Łukasz" read "tukasz": made "Tukasz", the name would be filled wrong.
    assert clean_name(read) is None


def test_a_provider_starts_with_a_capital() -> None:
    assert clean_provider("ironwood Training Group LLC") == "Ironwood Training Group LLC"


def test_a_completion_date_with_a_split_figure_is_still_the_completion_date() -> None:
    page = """
    Certificate of Completion
    Name: Ana Ruiz
    Course: Applied Structural Drying
    Date: 2024-1 1-23
    CEC Hours: 14
    Expires: 2028-1 1-22
    """
    lines = lines_of(page, align="left")
    found = extract_fields(lines)[1].get("completion_date")
    assert found is None or found.value == "2024-11-23"
    top, _ = pick(score_candidates(lines, "course")["completion_date"])
    assert top[1].value == "2024-11-23"
