"""Records in rows: a record that lists several activities credits only the
one whose credit column shows a figure, and its date is the credit's, not
the first row's; a course logged day by day ended on its last day."""

from __future__ import annotations

import pytest

from server.ocr.credit_rows import credit_rows
from tests.ocr.pages import lines_of, offered

SHOW_RECORD = """
# Professional Development Record
Official record of the activities recorded for you at the show.
Name: Kateryna Haugen
Show dates: Nov. 17 - 20, 2022
ACTIVITY | DATE | CREDIT
Expo Floor Access | Nov 17, 2022 | {first}
IICRC Booth Registration | Nov 18, 2022 | 1
Marketing Your Restoration Business | Nov 19, 2022 | {third}
Total continuing education credit | | 1
"""

SESSION_FORM = """
# Continuing Education Verification
REGISTRANT  Ngozi Fitzgerald-Hayes
DATE | EDUCATION ITEM | CEC
12/21/2022 | Expo floor - not eligible | {first}
12/22/2022 | Panel: Working With Adjusters | 0.5
12/23/2022 | Opening keynote & awards | {third}
Total CECs | | 0.5
Verified: Siobhan E. Kruger, Education Manager
"""


def offered_date(sketch: str) -> str | None:
    """The completion date the app fills in or suggests for the page."""
    found = offered(lines_of(sketch, align="left"))[1].get("completion_date")
    return None if found is None else found.value


@pytest.mark.parametrize(("first", "third"), [("0", "—"), ("n/a", "0"), ("-", "0.0")])
def test_the_credited_rows_date_is_the_completion_date(first: str, third: str) -> None:
    assert offered_date(SHOW_RECORD.format(first=first, third=third)) == "2022-11-18"
    assert offered_date(SESSION_FORM.format(first=first, third=third)) == "2022-12-22"


def test_rows_that_all_carry_credit_name_no_one_row() -> None:
    # Guard: a transcript of several credited courses says nothing of which
    # row a certificate is for.
    lines = lines_of(SHOW_RECORD.format(first="2", third="1"), align="left")
    assert credit_rows(lines) is None


def test_the_credited_row_and_the_others_are_told_apart() -> None:
    lines = lines_of(SHOW_RECORD.format(first="0", third="—"), align="left")
    rows = credit_rows(lines)
    assert rows is not None
    assert {lines[i].text for i in rows.credited} == {
        "IICRC Booth Registration",
        "Nov 18, 2022",
        "1",
    }
    assert "Expo Floor Access" in {lines[i].text for i in rows.others}
    assert "Total continuing education credit" not in {
        lines[i].text for i in rows.credited | rows.others
    }


COURSE_LOG = """
Three Rivers Restoration College
# Course Record
SHONDA SULLIVAN
is recorded as having completed Bloodborne Pathogens for Cleanup Crews.
DAY | MODULE | CEC
{first} | Introduction, safety and PPE | 1
{first} | Equipment selection and placement | 0.5
{last} | Documentation and job-file practice | 0.5
{last} | Contents handling | 1
Total CEC hours | | 3
Issued October 18, 2021
"""


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [("Sep 28, 2021", "Sep 29, 2021", "2021-09-29"), ("6/21/20", "6/22/20", "2020-06-22")],
)
def test_a_course_logged_day_by_day_ended_on_its_last_day(
    first: str, last: str, expected: str
) -> None:
    assert offered_date(COURSE_LOG.format(first=first, last=last)) == expected
