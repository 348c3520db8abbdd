from datetime import date

import pytest

from server.accounts.models import Certification, RenewalRules
from server.renewal.cycle import (
    Cycle,
    add_months,
    certification_cycles,
    days_left,
    reinstatement_due,
    strictest_cycle,
)

D = date.fromisoformat
DEFAULT = RenewalRules()
FALLBACK = D("2022-03-15")


def cert(code="WRT", kind="technician", certified_on=None):
    return Certification(code=code, kind=kind, certified_on=certified_on and D(certified_on))


def cycle(starts, ends, hours=14.0, years=4, code=None, kind="technician"):
    return Cycle(
        code=code,
        kind=kind,
        starts_on=D(starts),
        ends_on=D(ends),
        required_hours=hours,
        years=years,
    )


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2024-01-31", 1, "2024-02-29"),
        ("2023-01-31", 1, "2023-02-28"),
        ("2024-03-31", -1, "2024-02-29"),
        ("2024-12-15", 1, "2025-01-15"),
        ("2025-01-15", -1, "2024-12-15"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-02-29", 48, "2028-02-29"),
        ("2024-05-31", -12, "2023-05-31"),
        ("2024-05-31", 0, "2024-05-31"),
    ],
)
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(D(start), months) == D(expected)


@pytest.mark.parametrize(
    ("certs", "cycle_starts_on", "rules", "today", "expected"),
    [
        pytest.param(
            [],
            None,
            DEFAULT,
            "2024-06-01",
            [cycle("2022-03-15", "2026-03-14")],
            id="no-certs-fallback",
        ),
        pytest.param(
            [],
            "2020-01-01",
            DEFAULT,
            "2024-01-01",
            [cycle("2024-01-01", "2027-12-31")],
            id="first-day-of-next-cycle",
        ),
        pytest.param(
            [],
            "2020-01-01",
            DEFAULT,
            "2023-12-31",
            [cycle("2020-01-01", "2023-12-31")],
            id="last-day-of-cycle",
        ),
        pytest.param(
            [],
            "2001-05-10",
            DEFAULT,
            "2025-05-09",
            [cycle("2021-05-10", "2025-05-09")],
            id="many-cycles-later",
        ),
        pytest.param(
            [cert(certified_on="2025-05-01")],
            None,
            DEFAULT,
            "2024-01-01",
            [cycle("2025-05-01", "2029-04-30", code="WRT")],
            id="today-before-anchor",
        ),
        pytest.param(
            [cert(certified_on="2024-02-29")],
            None,
            DEFAULT,
            "2026-01-01",
            [cycle("2024-02-29", "2028-02-28", code="WRT")],
            id="feb29-technician",
        ),
        pytest.param(
            [cert(certified_on="2024-02-29")],
            None,
            DEFAULT,
            "2028-02-29",
            [cycle("2028-02-29", "2032-02-28", code="WRT")],
            id="feb29-back-on-leap",
        ),
        pytest.param(
            [cert("MWR", "master", "2024-02-29")],
            None,
            DEFAULT,
            "2026-02-27",
            [cycle("2024-02-29", "2026-02-27", years=2, code="MWR", kind="master")],
            id="feb29-master-last-day",
        ),
        pytest.param(
            [cert("MWR", "master", "2024-02-29")],
            None,
            DEFAULT,
            "2026-02-28",
            [cycle("2026-02-28", "2028-02-28", years=2, code="MWR", kind="master")],
            id="feb29-master-clamped-start",
        ),
        pytest.param(
            [cert(certified_on="2019-06-01")],
            "2021-01-10",
            DEFAULT,
            "2024-01-01",
            [cycle("2021-01-10", "2025-01-09", code="WRT")],
            id="profile-start-wins",
        ),
        pytest.param(
            [cert(certified_on=None)],
            None,
            DEFAULT,
            "2024-01-01",
            [cycle("2022-03-15", "2026-03-14", code="WRT")],
            id="no-date-uses-fallback",
        ),
        pytest.param(
            [cert("WRT", "technician", "2020-07-01")],
            None,
            RenewalRules(technician_hours=21, technician_years=3),
            "2024-01-01",
            [cycle("2023-07-01", "2026-06-30", hours=21, years=3, code="WRT")],
            id="custom-technician-rules",
        ),
        pytest.param(
            [cert("CI", "inspector", "2020-07-01")],
            None,
            RenewalRules(master_hours=10, master_years=1),
            "2024-01-01",
            [cycle("2023-07-01", "2024-06-30", hours=10, years=1, code="CI", kind="inspector")],
            id="inspector-uses-master-rules",
        ),
        pytest.param(
            [cert("WRT", "technician", "2021-09-01"), cert("MSR", "master", "2021-09-01")],
            None,
            DEFAULT,
            "2024-01-01",
            [
                cycle("2021-09-01", "2025-08-31", code="WRT"),
                cycle("2023-09-01", "2025-08-31", years=2, code="MSR", kind="master"),
            ],
            id="one-cycle-per-certification",
        ),
    ],
)
def test_certification_cycles(certs, cycle_starts_on, rules, today, expected):
    start = cycle_starts_on and D(cycle_starts_on)
    assert certification_cycles(certs, start, rules, D(today), FALLBACK) == expected


def test_strictest_of_master_and_technicians_is_the_master_ending_first():
    certs = [
        cert("WRT", "technician", "2022-01-10"),
        cert("AMRT", "technician", "2023-03-01"),
        cert("MWR", "master", "2023-05-01"),
    ]
    cycles = certification_cycles(certs, None, DEFAULT, D("2024-01-01"), FALLBACK)
    assert strictest_cycle(cycles).code == "MWR"
    assert strictest_cycle(cycles).ends_on == D("2025-04-30")


@pytest.mark.parametrize(
    ("cycles", "expected"),
    [
        pytest.param(
            [
                cycle("2022-01-01", "2025-12-31", code="A"),
                cycle("2024-01-01", "2025-06-30", years=2, code="B"),
            ],
            "B",
            id="ends-first",
        ),
        pytest.param(
            [
                cycle("2022-01-01", "2025-12-31", hours=14, code="A"),
                cycle("2022-01-01", "2025-12-31", hours=16, code="B"),
            ],
            "B",
            id="tie-more-hours",
        ),
        pytest.param(
            [
                cycle("2022-01-01", "2025-12-31", code="A"),
                cycle("2024-01-01", "2025-12-31", years=2, code="B"),
            ],
            "B",
            id="tie-shorter",
        ),
        pytest.param(
            [
                cycle("2024-01-01", "2025-12-31", years=2, code="A"),
                cycle("2022-01-01", "2025-12-31", code="B"),
            ],
            "A",
            id="tie-shorter-listed-first",
        ),
        pytest.param(
            [
                cycle("2024-01-01", "2025-12-31", hours=10, years=2, code="A"),
                cycle("2022-01-01", "2025-12-31", hours=14, code="B"),
            ],
            "B",
            id="hours-before-length",
        ),
    ],
)
def test_strictest_cycle(cycles, expected):
    assert strictest_cycle(cycles).code == expected


def test_strictest_of_nothing_is_an_error():
    with pytest.raises(ValueError):
        strictest_cycle([])


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        ("2020-01-01", 1460),
        ("2023-12-30", 1),
        ("2023-12-31", 0),
        ("2024-01-01", -1),
        ("2024-03-01", -61),
    ],
)
def test_days_left(today, expected):
    assert days_left(cycle("2020-01-01", "2023-12-31"), D(today)) == expected


@pytest.mark.parametrize(
    ("ends_on", "today", "rules", "expected"),
    [
        ("2024-03-31", "2024-04-01", DEFAULT, False),
        ("2024-03-31", "2026-03-31", DEFAULT, False),
        ("2024-03-31", "2026-04-01", DEFAULT, True),
        ("2024-02-29", "2026-02-28", DEFAULT, False),
        ("2024-02-29", "2026-03-01", DEFAULT, True),
        ("2024-03-31", "2024-10-01", RenewalRules(reinstatement_months=6), True),
        ("2024-03-31", "2024-09-30", RenewalRules(reinstatement_months=6), False),
        ("2024-03-31", "2024-03-01", DEFAULT, False),
    ],
)
def test_reinstatement_due(ends_on, today, rules, expected):
    expired = cycle("2020-04-01", ends_on)
    assert reinstatement_due(expired, D(today), rules) is expected
