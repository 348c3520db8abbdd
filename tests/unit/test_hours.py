from datetime import date

import pytest

from server.accounts.models import RenewalRules
from server.entries.models import Entry, Submission
from server.renewal.cycle import Cycle
from server.renewal.hours import Totals, credited_hours, cycle_totals, in_cycle

D = date.fromisoformat
DEFAULT = RenewalRules()
CYCLE = Cycle(
    code="WRT",
    kind="technician",
    starts_on=D("2022-01-01"),
    ends_on=D("2025-12-31"),
    required_hours=14.0,
    years=4,
)


def entry(n, hours, on="2024-05-01", unit="hours", status="not_submitted", deleted=False):
    return Entry(
        id=f"e{n}",
        kind="course",
        hours=hours,
        hours_unit=unit,
        completion_date=on and D(on),
        submission=Submission(status=status),
        deleted=deleted,
    )


@pytest.mark.parametrize(
    ("hours", "unit", "rules", "expected"),
    [
        (14, "hours", DEFAULT, 14.0),
        (1.5, "hours", DEFAULT, 1.5),
        (1, "legacy_cec", DEFAULT, 7.0),
        (2, "legacy_cec", DEFAULT, 14.0),
        (0.5, "legacy_cec", DEFAULT, 3.5),
        (1 / 3, "legacy_cec", DEFAULT, 2.33),
        (2.005001, "hours", DEFAULT, 2.01),
        (1, "legacy_cec", RenewalRules(legacy_cec_hours=8), 8.0),
        (None, "hours", DEFAULT, 0.0),
        (None, "legacy_cec", DEFAULT, 0.0),
        (0, "hours", DEFAULT, 0.0),
    ],
)
def test_credited_hours(hours, unit, rules, expected):
    assert credited_hours(hours, unit, rules) == expected


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (None, False),
        ("2021-12-31", False),
        ("2022-01-01", True),
        ("2024-02-29", True),
        ("2025-12-31", True),
        ("2026-01-01", False),
    ],
)
def test_in_cycle_includes_both_ends(d, expected):
    assert in_cycle(d and D(d), CYCLE) is expected


def totals(required, earned, submitted, confirmed, remaining):
    return Totals(
        required_hours=required,
        earned_hours=earned,
        submitted_hours=submitted,
        confirmed_hours=confirmed,
        remaining_hours=remaining,
    )


@pytest.mark.parametrize(
    ("entries", "rules", "expected"),
    [
        pytest.param([], DEFAULT, totals(14, 0, 0, 0, 14), id="nothing"),
        pytest.param(
            [entry(1, 4), entry(2, 3, status="submitted"), entry(3, 2, status="confirmed")],
            DEFAULT,
            totals(14, 9, 5, 2, 5),
            id="statuses",
        ),
        pytest.param(
            [entry(1, 4, status="rejected"), entry(2, 3, status="confirmed")],
            DEFAULT,
            totals(14, 7, 3, 3, 7),
            id="rejected-earned-not-submitted",
        ),
        pytest.param(
            [entry(1, 4, deleted=True, status="confirmed"), entry(2, 3)],
            DEFAULT,
            totals(14, 3, 0, 0, 11),
            id="deleted-ignored",
        ),
        pytest.param(
            [
                entry(1, 4, on="2021-12-31"),
                entry(2, 5, on="2026-01-01"),
                entry(3, 6, on=None),
                entry(4, 1, on="2022-01-01"),
                entry(5, 1, on="2025-12-31"),
            ],
            DEFAULT,
            totals(14, 2, 0, 0, 12),
            id="only-inside-cycle",
        ),
        pytest.param(
            [entry(1, 2, unit="legacy_cec", status="submitted"), entry(2, 1)],
            DEFAULT,
            totals(14, 15, 14, 0, 0),
            id="legacy-and-surplus",
        ),
        pytest.param(
            [entry(1, 1, unit="legacy_cec")],
            RenewalRules(legacy_cec_hours=10),
            totals(14, 10, 0, 0, 4),
            id="custom-legacy",
        ),
        pytest.param(
            [entry(1, None), entry(2, 0.1), entry(3, 0.2)],
            DEFAULT,
            totals(14, 0.3, 0, 0, 13.7),
            id="no-float-noise",
        ),
    ],
)
def test_cycle_totals(entries, rules, expected):
    assert cycle_totals(entries, CYCLE, rules) == expected


def test_required_hours_come_from_the_cycle():
    custom = Cycle(
        code=None,
        kind="master",
        starts_on=D("2022-01-01"),
        ends_on=D("2025-12-31"),
        required_hours=20.0,
        years=2,
    )
    assert cycle_totals([entry(1, 5)], custom, DEFAULT) == totals(20, 5, 0, 0, 15)
