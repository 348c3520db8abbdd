from datetime import date

import msgspec
import pytest

from server.accounts.models import RenewalRules
from server.entries.models import Entry, Submission
from server.renewal.cycle import Cycle
from server.renewal.problems import PROBLEM_CODES, duplicate_ids, entry_problems

D = date.fromisoformat
TODAY = D("2024-06-14")
DEFAULT = RenewalRules()
CYCLE = Cycle(
    code="WRT",
    kind="technician",
    starts_on=D("2022-01-01"),
    ends_on=D("2025-12-31"),
    required_hours=14.0,
    years=4,
)
SHA = "a" * 64
# An entry with nothing wrong, changed one field at a time below.
CLEAN = Entry(
    id="clean",
    kind="course",
    course_title="Water Damage Restoration",
    provider="Acme Training",
    holder_name="José Núñez",
    completion_date=D("2024-05-01"),
    hours=14.0,
    document_sha256=SHA,
    approval_verified=True,
)


def problems(entry=CLEAN, full_name="Jose Nunez", rules=DEFAULT, duplicates=frozenset()):
    return entry_problems(
        entry,
        full_name=full_name,
        cycle=CYCLE,
        today=TODAY,
        rules=rules,
        duplicates=set(duplicates),
    )


def changed(**fields):
    return msgspec.structs.replace(CLEAN, **fields)


def test_clean_entry_has_no_problems():
    assert problems() == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"course_title": None}, ["missing:course_title"]),
        ({"course_title": "   "}, ["missing:course_title"]),
        ({"provider": None}, ["missing:provider"]),
        ({"provider": ""}, ["missing:provider"]),
        ({"completion_date": None}, ["missing:completion_date"]),
        ({"hours": None}, ["missing:hours"]),
        ({"holder_name": None}, ["missing:holder_name"]),
        ({"holder_name": " "}, ["missing:holder_name"]),
        ({"document_sha256": None}, ["missing:document"]),
        ({"holder_name": "Maria Núñez"}, ["name_mismatch"]),
        ({"holder_name": "NUNEZ, JOSE A."}, []),
        ({"completion_date": D("2024-06-15")}, ["date_in_future"]),
        ({"completion_date": TODAY}, []),
        ({"completion_date": D("2021-12-31")}, ["outside_cycle"]),
        ({"completion_date": D("2022-01-01")}, []),
        ({"completion_date": D("2025-12-31")}, ["date_in_future"]),
        ({"completion_date": D("2026-01-01")}, ["date_in_future", "outside_cycle"]),
        (
            {"submission": Submission(status="submitted", submitted_on=D("2024-06-05"))},
            ["follow_up"],
        ),
        ({"submission": Submission(status="submitted", submitted_on=D("2024-06-07"))}, []),
        ({"submission": Submission(status="confirmed", submitted_on=D("2024-01-02"))}, []),
        ({"approval_verified": False}, ["approval_unverified"]),
        ({"approval_verified": False, "approval_number": "IICRC-1234"}, []),
        ({"approval_verified": False, "approval_number": " "}, ["approval_unverified"]),
        ({"approval_verified": False, "kind": "booth"}, []),
        ({"approval_verified": False, "kind": "session"}, ["approval_unverified"]),
        ({"document_sha256": None, "kind": "booth"}, []),
        ({"document_sha256": None, "kind": "session"}, ["missing:document"]),
        ({"document_sha256": None, "kind": "other"}, ["missing:document"]),
        ({"hours": 0.0}, []),
    ],
)
def test_each_problem_alone(fields, expected):
    assert problems(changed(**fields)) == expected


@pytest.mark.parametrize("full_name", [None, "", "  "])
def test_no_profile_name_means_no_mismatch(full_name):
    assert problems(changed(holder_name="Someone Else"), full_name=full_name) == []


def test_follow_up_wait_comes_from_the_rules():
    late = changed(submission=Submission(status="submitted", submitted_on=D("2024-06-10")))
    assert problems(late) == []
    assert problems(late, rules=RenewalRules(follow_up_business_days=3)) == ["follow_up"]


def test_duplicate_flag_follows_the_given_ids():
    assert problems(duplicates={"clean"}) == ["duplicate"]
    assert problems(duplicates={"other"}) == []


def test_every_code_at_once_comes_in_contract_order():
    worst = Entry(
        id="worst",
        kind="course",
        holder_name="Mary Jones",
        completion_date=D("2030-01-01"),
        submission=Submission(status="submitted", submitted_on=D("2024-01-02")),
    )
    expected = [
        code
        for code in PROBLEM_CODES
        if code not in ("missing:holder_name", "missing:completion_date")
    ]
    assert problems(worst, duplicates={"worst"}) == expected


def test_deleted_entry_has_no_problems():
    deleted = Entry(id="gone", kind="course", deleted=True)
    assert problems(deleted, duplicates={"gone"}) == []


def course(
    n, title="Water Damage Restoration", on="2024-05-01", hours=14.0, unit="hours", deleted=False
):
    return Entry(
        id=f"e{n}",
        kind="course",
        course_title=title,
        completion_date=on and D(on),
        hours=hours,
        hours_unit=unit,
        deleted=deleted,
    )


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        pytest.param([course(1), course(2)], {"e1", "e2"}, id="same"),
        pytest.param([course(1), course(2), course(3)], {"e1", "e2", "e3"}, id="three"),
        pytest.param(
            [course(1), course(2, title="  water damage   RESTORATION. ")],
            {"e1", "e2"},
            id="case-space-punctuation",
        ),
        pytest.param(
            [course(1, title="WRT - Water Restoration"), course(2, title="wrt water restoration")],
            {"e1", "e2"},
            id="dash",
        ),
        pytest.param(
            [course(1, title="Técnico"), course(2, title="tecnico")], {"e1", "e2"}, id="accents"
        ),
        pytest.param(
            [course(1), course(2, title="Applied Structural Drying")], set(), id="other-title"
        ),
        pytest.param([course(1), course(2, on="2024-05-02")], set(), id="other-date"),
        pytest.param([course(1), course(2, hours=7.0)], set(), id="other-hours"),
        pytest.param(
            [course(1, hours=2.0), course(2, hours=2.0000001)], {"e1", "e2"}, id="hours-float-noise"
        ),
        pytest.param(
            [course(1, hours=2.0), course(2, hours=2.0, unit="legacy_cec")], set(), id="other-unit"
        ),
        pytest.param([course(1), course(2, deleted=True)], set(), id="deleted-twin"),
        pytest.param([course(1, title=None), course(2, title=None)], set(), id="no-title"),
        pytest.param([course(1, title=" "), course(2, title="")], set(), id="blank-title"),
        pytest.param([course(1, on=None), course(2, on=None)], set(), id="no-date"),
        pytest.param([course(1, hours=None), course(2, hours=None)], set(), id="no-hours"),
        pytest.param(
            [course(1), course(2), course(3, title="ASD"), course(4, title="A.S.D.")],
            {"e1", "e2", "e3", "e4"},
            id="two-pairs",
        ),
        pytest.param([], set(), id="none"),
    ],
)
def test_duplicate_ids(entries, expected):
    assert duplicate_ids(entries) == expected
