"""Values a running sentence or a form's row puts among other words are
offered as candidates, whole and without the words around them."""

from __future__ import annotations

import pytest

from server.ocr.candidates import Page, gather
from server.ocr.layout import build_lines
from tests.ocr.pages import words_of


def candidates(line: str, field: str) -> list[str]:
    page = Page(build_lines(words_of(f"# Certificate\n{line}", align="left")))
    return [c.value for c in gather(page, "course")[field]]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "This is to certify that Marisol Whitcomb (MAT7781) successfully completed",
            "Marisol Whitcomb",
        ),
        ("to Earl Moreau <emoreau@example.com>", None),
        ("Attendee: KRYSTAL O'BRIEN · Lic. # PE.47876", "Krystal O'Brien"),
        ("TRAVIS VILLASEÑOR • tvillasenor@example.com", "Travis Villaseñor"),
        (
            "This certificate is awarded to Marisol B. Oyelaran from Tri-City Water Cleanup",
            "Marisol B. Oyelaran",
        ),
        ("Inés Pham III, you have been credited with 1.5 CEC hours.", "Inés Pham III"),
        ("LaToya Al-Hashimi, certification number 2023-35201.", "LaToya Al-Hashimi"),
        ("This slip records that Zoë Kaczmarek attended the", "Zoë Kaczmarek"),
        ("This page confirms the course completed by Pádraig Rourke.", "Pádraig Rourke"),
        ("Showing user: Inés Kaczmarek", "Inés Kaczmarek"),
        ("Participant (print) Marisol Esposito", "Marisol Esposito"),
        ("Technician: Tammy P. St. Clair", "Tammy P. St. Clair"),
        ("Summary for Zoë O'Brien · DryPro Water Damage Services · Badge 971121", "Zoë O'Brien"),
        ("ATTENDEE YUSUF HARGROVE", "Yusuf Hargrove"),
        (
            "We are pleased to award this certificate to Mx. José Luis Le Blanc for",
            "José Luis Le Blanc",
        ),
        # A suffix after a comma stays with the name.
        ("Name: Robert Smith, Jr.", "Robert Smith Jr."),
    ],
)
def test_a_holder_named_in_a_sentence_or_a_row(line: str, expected: str | None) -> None:
    found = candidates(line, "holder_name")
    if expected is None:
        # An email's "to" with no colon: the sentence may be anyone's.
        assert "Earl Moreau <emoreau@example.com>" not in found
    else:
        assert expected in found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "presented at the Southwest Cleaning Show 2020, Las Vegas Convention Center, 7-10",
            "Southwest Cleaning Show 2020",
        ),
        (
            "I attended Midwest Restoration Convention 2022 at Baltimore Convention Center",
            "Midwest Restoration Convention 2022",
        ),
        (
            "by Bellwether Restoration School at our training center in Chicago, IL",
            "Bellwether Restoration School",
        ),
        ("on 12–15 August 2024 at AeroDry Equipment Co..", "AeroDry Equipment Co."),
        (
            "completing Applied Microbial Remediation with Pureflo Chemical Company on",
            "Pureflo Chemical Company",
        ),
        (
            "a session during Drying Science Symposium 2019. The session was",
            "Drying Science Symposium 2019",
        ),
        # A row's parts set apart by a dot; a hall after the show; a show's label.
        (
            "Education session · Cleaning & Restoration Summit 2019",
            "Cleaning & Restoration Summit 2019",
        ),
        (
            "Coastal Restoration Forum 2023, Music City Center, Nashville, Jan. 20–23, 2023.",
            "Coastal Restoration Forum 2023",
        ),
        ("Show: Restoration Industry Expo 2020", "Restoration Industry Expo 2020"),
        # Who wrote the course.
        (
            "a self-paced course developed by Gulf Coast Drying Institute and delivered on",
            "Gulf Coast Drying Institute",
        ),
        ("Course Author Copperfield Training Solutions", "Copperfield Training Solutions"),
    ],
)
def test_a_school_or_show_named_in_a_sentence(line: str, expected: str) -> None:
    assert expected in candidates(line, "provider")


def test_a_school_a_sentence_says_gave_it_is_offered_without_the_sentence() -> None:
    found = candidates("Instruction, given by Southeastern Carpet Cleaners Guild", "provider")
    assert set(found) == {"Southeastern Carpet Cleaners Guild"}


def test_a_hall_named_in_a_sentence_is_no_provider() -> None:
    found = candidates("held at the Las Vegas Convention Center", "provider")
    assert not any("Convention Center" in value for value in found)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A letter's and an attestation's wordings.
        (
            "2. We confirm completion of HST – Health and Safety Technician on 1 October 2023",
            "HST – Health and Safety Technician",
        ),
        (
            "followed the training action OCT - Odor Control Technician.",
            "OCT - Odor Control Technician",
        ),
        (
            "was in attendance for Fire Residue Chemistry Demystified on July 16th, 2022, an",
            "Fire Residue Chemistry Demystified",
        ),
        # What a sentence says after the title: the series it was part of, the
        # days it was given, the exam passed.
        (
            "has attended the live webinar Hydroxyl vs. Ozone: A Field Comparison, part of the",
            "Hydroxyl vs. Ozone: A Field Comparison",
        ),
        (
            "has successfully completed Antimicrobial Selection and Application given from May 18",
            "Antimicrobial Selection and Application",
        ),
        (
            "completed Stone, Masonry and Ceramic Tile Cleaning (SMT) passing the final questionnaire",
            "Stone, Masonry and Ceramic Tile Cleaning (SMT)",
        ),
        # A capital "The" after the verb is the title's own first word.
        (
            "Your badge scans show that you attended The Science of Evaporation,",
            "The Science of Evaporation",
        ),
    ],
)
def test_a_course_named_in_a_sentence(line: str, expected: str) -> None:
    assert expected in candidates(line, "course_title")


def test_a_sentence_article_is_no_part_of_the_title() -> None:
    assert candidates("has completed the Applied Structural Drying course", "course_title") == [
        "Applied Structural Drying"
    ]
