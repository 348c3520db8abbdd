"""Hours as certificates state them: credit told apart from time in the room."""

from __future__ import annotations

import pytest

from server.ocr.hours import find_hours


def credit(text: str) -> list[float]:
    return [h.value for h in find_hours(text) if not h.contact]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 CEC Hours", [14.0]),
        ("for 14 IICRC CEC Hours", [14.0]),
        ("CECs: 2", [2.0]),
        ("CEC: 2", [2.0]),
        ("Continuing Education Credits: 7.0", [7.0]),
        ("Two (2) CEC hours", [2.0]),
        ("Fourteen (14) Continuing Education Credits", [14.0]),
        # The figure in brackets misread: the words say it.
        ("earning Ten (1o.o) Continuing Education Credits.", [10.0]),
        ("Fourteen (l4) CECs", [14.0]),
        ("two CEC hours", [2.0]),
        ("1.5 hrs", [1.5]),
        ("CEC Credit: 1.5 hrs", [1.5]),
        ("CEC Hours Awarded: 14", [14.0]),
        ("Credit Hours: 7", [7.0]),
        ("2 CEs", [2.0]),
        ("for 7 hours of continuing education credit", [7.0]),
        ("Duration: 1.5 hours", [1.5]),
        ("CEC. Hours:.2", [2.0]),  # dust between label and figure
        ("Classroom Hours: 21   CEC Hours: 14", [14.0]),
        ("21 contact hours / 14 CEC hours", [14.0]),
        ("Continuing Education Credits: 2.0 - Contact Hours: 3", [2.0]),
        ("Time: 13:00 - 14:30", []),
        ("valid for 4 years", []),
        ("CECs: 75", []),  # beyond any course: a misread, not 75 hours
        ("CEC Hours: 0", []),
        ("Form CE-12 (rev. 2020)", []),  # a form's code, not twelve hours
        # A rate between units is no amount awarded.
        ("approved for 21 continuing education credits. One CEU equals ten contact hours", [21.0]),
        ("1 CEU = 10 hours; 2.1 CEUs awarded", [2.1]),
        ("10 clock hours = 1 CEU", []),
        ("granted for the full session; one CEC is one hour of instruction", []),
        ("each credit is 1 hour; CEC Credits Earned: 1.5", [1.5]),
        ("Credit: 0.5 hrs. One CEC is awarded per hour of instruction.", [0.5]),
        ("1 CEC per hour attended, 1.5 CEC hours earned", [1.5]),
        ("one CEC for each full hour in the room", []),
        # A rate its line cuts short: the rest is on the next line.
        ("complete the evaluation to receive credit. *One CEU equals ten", []),
        ("and is awarded 1 CEU =", []),
        ("This course is worth 1 CEU", [1.0]),
        # Fractions as typed and as words.
        ("Credit: 1 1/2 CEC hours", [1.5]),
        ("awarded 2-1/2 hours of continuing education", [2.5]),
        ("for one and one-half hours of instruction", [1.5]),
        ("a session of one-half hour", [0.5]),
        ("CEC: ¾", [0.75]),
        ("rounded down to the nearest one-half credit", []),
        # What a renewal asks for in a period is no amount awarded.
        ("Renewal requires 2 CECs a year", []),
        ("Requirement: 14 hours / cycle", []),
        ("8 CECs per 4-year cycle. Earned today: 3 CEC hours", [3.0]),
        ("14 hours every 4 years", []),
        ("7 hours a day for 3 days, 21 CECs", [7.0, 21.0]),  # a day is no renewal period
        ("IICRC Continuing Education Credits 60-minute hours", []),  # how an hour is counted
        ("CEC - 7", [7.0]),
        ("CEC Hours: 3-5", []),  # a span, or 3.5 misread: neither figure is the amount
        ("Credit awarded: 2.5 contact hours / 1.5 CECs", [1.5]),
        # A date's last part over the next line's label; a course named by its hours.
        ("Course date 2025-01-28 Hours", []),
        ("date written 12/20/19 CEC hours", []),
        ("OSHA 10-Hour Construction, 1.5 CEC", [1.5]),
        ("the 7-hour online course", [7.0]),
        # How credit is counted by the minute: a rate, no amount.
        ("One CEC hour per 60 minutes of hands-on instruction", []),
        ("One hour of credit per sixty minutes attended", []),
        ("One CEC hour is given for every 50 minutes recorded", []),
        ("awarded 1 CEC hour for the session", [1.0]),
        ("Sixty minutes of instruction equal one hour of credit.", []),
        ("in the session room, sixty minutes to one continuing education hour.", []),
        ("a 60 minutes session for 1 CEC hour", [1.0]),
        # A spreadsheet's row number before the paper's title.
        ("1 CEC tracker – Pádraig Svensson", []),
        ("3 CEC log entries, 16 CEC hours in all", [16.0]),
    ],
)
def test_credit_hours(text: str, expected: list[float]) -> None:
    assert credit(text) == expected


def test_credit_is_marked_apart_from_plain_hours() -> None:
    [cec] = find_hours("14 CEC Hours")
    [plain] = find_hours("Duration: 3 hours")
    assert (cec.credit, plain.credit) == (True, False)
