from datetime import date

import pytest

from server.accounts.models import RenewalRules
from server.entries.models import Submission
from server.renewal.business_days import (
    add_business_days,
    business_days_between,
    needs_follow_up,
)

D = date.fromisoformat
DEFAULT = RenewalRules()
# 2024-06-03 is a Monday.


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2024-06-03", 0, "2024-06-03"),
        ("2024-06-03", 1, "2024-06-04"),
        ("2024-06-03", 4, "2024-06-07"),
        ("2024-06-03", 5, "2024-06-10"),
        ("2024-06-07", 1, "2024-06-10"),
        ("2024-06-08", 1, "2024-06-10"),
        ("2024-06-09", 1, "2024-06-10"),
        ("2024-06-03", 10, "2024-06-17"),
        ("2024-12-27", 3, "2025-01-01"),
        ("2024-06-10", -1, "2024-06-07"),
        ("2024-06-10", -5, "2024-06-03"),
    ],
)
def test_add_business_days_skips_weekends(start, n, expected):
    assert add_business_days(D(start), n) == D(expected)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2024-06-03", "2024-06-03", 0),
        ("2024-06-03", "2024-06-01", 0),
        ("2024-06-03", "2024-06-04", 1),
        ("2024-06-03", "2024-06-07", 4),
        ("2024-06-03", "2024-06-09", 4),
        ("2024-06-03", "2024-06-10", 5),
        ("2024-06-07", "2024-06-09", 0),
        ("2024-06-07", "2024-06-10", 1),
        ("2024-06-08", "2024-06-10", 1),
        ("2024-06-03", "2024-07-03", 22),
        ("2024-01-01", "2024-12-31", 261),
    ],
)
def test_business_days_between(start, end, expected):
    assert business_days_between(D(start), D(end)) == expected


@pytest.mark.parametrize(
    ("start", "n"),
    [("2024-06-03", n) for n in range(0, 30, 3)] + [("2024-06-08", n) for n in range(1, 12)],
)
def test_adding_then_counting_gives_back_n(start, n):
    assert business_days_between(D(start), add_business_days(D(start), n)) == n


@pytest.mark.parametrize(
    ("status", "submitted_on", "today", "rules", "expected"),
    [
        pytest.param("submitted", "2024-06-03", "2024-06-10", DEFAULT, False, id="exactly-5"),
        pytest.param("submitted", "2024-06-03", "2024-06-11", DEFAULT, True, id="6-days"),
        pytest.param("submitted", "2024-06-07", "2024-06-16", DEFAULT, False, id="weekend-5"),
        pytest.param("submitted", "2024-06-07", "2024-06-17", DEFAULT, True, id="weekend-6"),
        pytest.param("submitted", None, "2024-07-01", DEFAULT, False, id="no-date"),
        pytest.param("confirmed", "2024-06-03", "2024-07-01", DEFAULT, False, id="confirmed"),
        pytest.param("rejected", "2024-06-03", "2024-07-01", DEFAULT, False, id="rejected"),
        pytest.param("not_submitted", None, "2024-07-01", DEFAULT, False, id="not-sent"),
        pytest.param(
            "submitted",
            "2024-06-03",
            "2024-06-06",
            RenewalRules(follow_up_business_days=2),
            True,
            id="custom-wait",
        ),
        pytest.param(
            "submitted",
            "2024-06-03",
            "2024-06-05",
            RenewalRules(follow_up_business_days=2),
            False,
            id="custom-wait-exact",
        ),
    ],
)
def test_needs_follow_up(status, submitted_on, today, rules, expected):
    submission = Submission(status=status, submitted_on=submitted_on and D(submitted_on))
    assert needs_follow_up(submission, D(today), rules) is expected
