"""Dates as printed on certificates, parsed by a pure function."""

from __future__ import annotations

import pytest

from server.ocr.dates import day_first, find_dates, find_yearless, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 4, 2026", "2026-03-04"),
        ("March 4 2026", "2026-03-04"),
        ("Mar. 4, 2026", "2026-03-04"),
        ("Sept. 12th, 2025", "2025-09-12"),
        ("September 30,2025", "2025-09-30"),
        ("03/04/2026", "2026-03-04"),
        ("3/4/2026", "2026-03-04"),
        ("3/4/26", "2026-03-04"),
        ("03-04-2026", "2026-03-04"),
        ("03.04.2026", "2026-03-04"),
        ("2026-03-04", "2026-03-04"),
        ("2026/3/4", "2026-03-04"),
        ("4 Mar 2026", "2026-03-04"),
        ("4th March 2026", "2026-03-04"),
        ("04-Mar-2026", "2026-03-04"),
        ("Completed on 12/31/2025.", "2025-12-31"),
        ("Date: 1/2/25", "2025-01-02"),
        ("DECEMBER 1, 2025", "2025-12-01"),
        ("Feb 29, 2024", "2024-02-29"),
        ("Given this fifth day of March, 2026", "2026-03-05"),
        ("on the 21st day of June in the year 2025", "2025-06-21"),
        ("this twenty-third day of May 2024", "2024-05-23"),
        ("the thirty-first day of October, 2023", "2023-10-31"),
        ("held 3-4 March 2026", "2026-03-04"),
        ("March 3 and 4, 2026", "2026-03-04"),
        ("3 & 4 March, 2026", "2026-03-04"),
        # OCR reads a comma as a full stop.
        ("October 18. 2022", "2022-10-18"),
        # OCR splits a large day's figures; a lone day stays a lone day.
        ("on June 1 5, 2023", "2023-06-15"),
        ("June 1 2023", "2023-06-01"),
        ("March 2-4. 2026", "2026-03-04"),
        # A long month's name misread by a letter or two.
        ("Visit date 14 Febraary 2026", "2026-02-14"),
        ("Septmber 9, 2024", "2024-09-09"),
        ("Novenber 12, 2023", "2023-11-12"),
    ],
)
def test_parses_every_printed_form(text: str, expected: str) -> None:
    assert str(parse_date(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "02/30/2026",  # no such day
        "Feb 29, 2025",  # not a leap year
        "13/01/2026",  # month 13: US order, so never read as 13 January
        "Phone (495) 322-3474",
        "Certificate No. 2026-94061",
        "Time: 13:00 - 14:30",
        "Room 204, Hall B",
        "4th of July",
        "14 CEC hours",
        "Chapter 3, 2021",  # a word between figures is no month unless it nearly spells one
        "Module 12 Session 2020",
        "Ref. 2024-10/30",  # a year, a dash and a fraction are no ISO date
    ],
)
def test_refuses_what_is_not_a_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Course Dates: March 2-4, 2026", "2026-03-02", "2026-03-04"),
        ("March 30 - April 2, 2026", "2026-03-30", "2026-04-02"),
        ("04/09/2024 - 04/11/2024", "2024-04-09", "2024-04-11"),
        ("2026-03-02 to 2026-03-04", "2026-03-02", "2026-03-04"),
        # a wallet card's class days, joined by a bare dash
        ("Class: 10/28/24-10/30/24", "2024-10-28", "2024-10-30"),
        ("12/31/2023-01/02/2024", "2023-12-31", "2024-01-02"),
    ],
)
def test_a_range_is_one_match_ending_on_its_last_day(text: str, start: str, end: str) -> None:
    [match] = find_dates(text)
    assert (str(match.range_start), str(match.value)) == (start, end)


def test_finds_each_date_on_a_line_in_order() -> None:
    text = "Issued 7 Apr 2024   Completed 04/05/2024   Expires 2028-04-04"
    assert [str(m.value) for m in find_dates(text)] == ["2024-04-07", "2024-04-05", "2028-04-04"]


@pytest.mark.parametrize(
    ("text", "years", "expected"),
    [
        # The show's year is on the page; the session's own line lost it.
        ("Tuesday, January 19,", {2021}, ["2021-01-19"]),
        ("Tue Jan 19 · 4:00 PM", {2020, 2021}, ["2021-01-19"]),
        ("Friday 22 April", {2021, 2022}, ["2022-04-22"]),
        # A weekday that fits none of the page's years, or a date that has its year.
        ("Wednesday, January 19", {2021}, []),
        ("Tuesday, January 19, 2021", {2021}, []),
        ("January 19", {2021}, []),
    ],
)
def test_a_weekday_gives_a_yearless_date_its_year(text: str, years: set, expected: list) -> None:
    assert [str(m.value) for m in find_yearless(text, years)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (["Course date: 19/02/2025", "Valid till: 27/08/2028"], True),
        (["Completed 05/02/2025", "Valid till: 27/08/2028"], True),
        (["Completed 03/04/2026"], False),  # either way: US month first
        (["Completed 02/19/2025", "Printed 19/02/2025"], False),  # both ways: keep month first
        (["Certificate 2026-19-02"], False),
    ],
)
def test_a_page_prints_its_dates_day_first_when_one_can_only_be(page: list, expected: bool) -> None:
    assert day_first(page) is expected


def test_a_day_first_page_reads_every_numeric_date_day_first() -> None:
    assert [str(m.value) for m in find_dates("05/02/2025 - 07/02/2025", day_first=True)] == [
        "2025-02-07"
    ]
    assert str(find_dates("Completed 05/02/2025")[0].value) == "2025-05-02"


def test_a_day_after_the_twelfth_is_read_on_a_day_first_page() -> None:
    # The very date that makes the page day first was itself never read.
    assert [str(m.value) for m in find_dates("Session date: 22/12/2022", day_first=True)] == [
        "2022-12-22"
    ]
    assert find_dates("Session date: 22/12/2022") == []  # no month 22
