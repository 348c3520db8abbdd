from datetime import date

import pytest

from server.accounts.models import RenewalRules
from server.entries.models import Entry, Submission
from server.renewal.cycle import Cycle
from server.renewal.hours import Totals, credited_hours, cycle_totals, in_cycle, proof_of

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


def entry(
    n,
    hours,
    on="2024-05-01",
    unit="hours",
    status="not_submitted",
    deleted=False,
    kind="course",
    title=None,
    review=False,
):
    return Entry(
        id=f"e{n}",
        kind=kind,
        course_title=title,
        hours=hours,
        hours_unit=unit,
        completion_date=on and D(on),
        submission=Submission(status=status),
        deleted=deleted,
        needs_review=review,
        created_at=f"2024-05-01T00:00:{n:02d}Z",
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


def totals(required, earned, submitted, confirmed, remaining, review=0.0, missing=0.0):
    """Everything earned is documented unless the case says how much is not."""
    return Totals(
        required_hours=required,
        earned_hours=earned,
        documented_hours=round(earned - review - missing, 2),
        needs_review_hours=review,
        missing_proof_hours=missing,
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
            totals(14, 7, 3, 3, 11, missing=4),
            id="rejected-earned-not-proven",
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
        pytest.param(
            [entry(1, 7, review=True), entry(2, 4)],
            DEFAULT,
            totals(14, 11, 0, 0, 10, review=7),
            id="unreviewed-ocr-waits",
        ),
        pytest.param(
            [entry(1, 7, review=True, status="submitted")],
            DEFAULT,
            totals(14, 7, 0, 0, 14, review=7),
            id="submitted-but-unreviewed-is-not-proof",
        ),
        pytest.param(
            [entry(1, 2, kind="booth", title="Booth"), entry(2, 2, kind="booth", title="Booth")],
            DEFAULT,
            totals(14, 4, 0, 0, 12, missing=2),
            id="double-tapped-booth-counts-once",
        ),
        pytest.param(
            [entry(1, 2, title="WRT", review=True), entry(2, 2, title="WRT")],
            DEFAULT,
            totals(14, 4, 0, 0, 12, review=2),
            id="a-twin-waiting-for-review-leaves-the-other-counted",
        ),
    ],
)
def test_cycle_totals(entries, rules, expected):
    assert cycle_totals(entries, CYCLE, rules, {}) == expected


# Each problem alone, on an otherwise complete entry: does it keep the hours from counting?
@pytest.mark.parametrize(
    ("problems", "proof"),
    [
        ([], "documented"),
        (["missing:course_title"], "missing_proof"),
        (["missing:provider"], "missing_proof"),
        (["missing:completion_date"], "missing_proof"),
        (["missing:hours"], "missing_proof"),
        (["missing:holder_name"], "missing_proof"),
        (["missing:document"], "missing_proof"),
        (["name_mismatch"], "missing_proof"),
        (["approval_unverified"], "documented"),
        (["follow_up"], "documented"),
        (["duplicate"], "documented"),
        (["outside_cycle"], "documented"),
    ],
)
def test_which_problems_leave_hours_unproven(problems, proof):
    assert proof_of(entry(1, 3), problems) == proof
    totals_ = cycle_totals([entry(1, 3)], CYCLE, DEFAULT, {"e1": problems})
    assert totals_.documented_hours == (3 if proof == "documented" else 0)
    assert totals_.missing_proof_hours == (0 if proof == "documented" else 3)


@pytest.mark.parametrize(
    ("review", "status", "problems", "proof"),
    [
        (True, "not_submitted", [], "needs_review"),
        (True, "not_submitted", ["missing:provider"], "needs_review"),
        (False, "rejected", [], "missing_proof"),
        (False, "confirmed", [], "documented"),
    ],
)
def test_review_comes_before_the_other_rules(review, status, problems, proof):
    assert proof_of(entry(1, 3, review=review, status=status), problems) == proof


def test_required_hours_come_from_the_cycle():
    custom = Cycle(
        code=None,
        kind="master",
        starts_on=D("2022-01-01"),
        ends_on=D("2025-12-31"),
        required_hours=20.0,
        years=2,
    )
    assert cycle_totals([entry(1, 5)], custom, DEFAULT, {}) == totals(20, 5, 0, 0, 15)
