from datetime import date

import msgspec
import pytest

from server.entries.models import Entry, Submission
from server.renewal.checklist import checklist
from server.renewal.cycle import Cycle

D = date.fromisoformat
TODAY = D("2024-06-14")
CYCLE = Cycle(
    code="WRT",
    kind="technician",
    starts_on=D("2022-01-01"),
    ends_on=D("2025-12-31"),
    required_hours=14.0,
    years=4,
)
ITEMS = [
    "certificates_saved",
    "files_named",
    "logged",
    "submitted",
    "profile_checked",
    "contact_email_checked",
    "backup_recent",
    "profile_complete",
]


def entry(
    n,
    status="confirmed",
    document="a" * 64,
    title="WRT",
    on="2024-05-01",
    hours=14.0,
    provider="Acme",
    holder="Ana Ruiz",
    deleted=False,
):
    return Entry(
        id=f"e{n}",
        kind="course",
        course_title=title,
        provider=provider,
        holder_name=holder,
        completion_date=on and D(on),
        hours=hours,
        document_sha256=document,
        deleted=deleted,
        submission=Submission(status=status),
    )


def run(entries, problems=None, email_checked="2024-01-10", backup="2024-06-01", profile=True):
    items = checklist(
        entries,
        problems=problems or {},
        cycle=CYCLE,
        today=TODAY,
        profile_email_checked_on=email_checked and D(email_checked),
        last_backup_on=backup and D(backup),
        has_profile=profile,
    )
    assert [i.item for i in items] == ITEMS
    return {i.item: (i.done, i.detail) for i in items}


FIVE_DONE = [entry(n) for n in range(5)]


def test_all_done():
    assert run(FIVE_DONE) == {
        "certificates_saved": (True, "All 5 certificates saved"),
        "files_named": (True, "All 5 certificates named"),
        "logged": (True, "All 5 entries complete in the log"),
        "submitted": (True, "All 5 submitted"),
        "profile_checked": (True, "All 5 submitted entries confirmed in the IICRC profile"),
        "contact_email_checked": (True, "Email on the IICRC profile last checked 156 days ago"),
        "backup_recent": (True, "Last backup 13 days ago"),
        "profile_complete": (True, "Full name and IICRC ID set"),
    }


@pytest.mark.parametrize(
    ("entries", "item", "expected"),
    [
        (
            FIVE_DONE[:3] + [entry(3, document=None), entry(4, document=None)],
            "certificates_saved",
            (False, "2 of 5 certificates have no photo or PDF"),
        ),
        (
            FIVE_DONE[:4] + [entry(4, document=None)],
            "certificates_saved",
            (False, "1 of 5 certificates has no photo or PDF"),
        ),
        ([entry(1)], "certificates_saved", (True, "The one certificate saved")),
        (
            FIVE_DONE[:2] + [entry(2, title=" "), entry(3, on=None), entry(4, hours=None)],
            "files_named",
            (
                False,
                "3 of 5 certificates lack the course, date or hours their file name is made from",
            ),
        ),
        (
            FIVE_DONE[:4] + [entry(4, provider=None)],
            "files_named",
            (True, "All 5 certificates named"),
        ),
        (
            FIVE_DONE[:4] + [entry(4, provider=None)],
            "logged",
            (False, "1 of 5 entries is missing a field"),
        ),
        (
            FIVE_DONE[:3] + [entry(3, holder=""), entry(4, document=None)],
            "logged",
            (False, "2 of 5 entries are missing a field"),
        ),
        (
            FIVE_DONE[:3] + [entry(3, status="not_submitted"), entry(4, status="rejected")],
            "submitted",
            (False, "2 of 5 not submitted yet"),
        ),
        (
            FIVE_DONE[:3] + [entry(3, status="submitted"), entry(4, status="submitted")],
            "submitted",
            (True, "All 5 submitted"),
        ),
        ([entry(1, status="submitted")], "submitted", (True, "The one entry submitted")),
        (
            FIVE_DONE[:3] + [entry(3, status="submitted"), entry(4, status="not_submitted")],
            "profile_checked",
            (False, "1 of 4 submitted entries is not yet confirmed in the IICRC profile"),
        ),
        ([entry(1, status="not_submitted")], "profile_checked", (True, "Nothing submitted yet")),
    ],
)
def test_record_items(entries, item, expected):
    assert run(entries)[item] == expected


def test_a_booth_registration_needs_no_photo():
    booth = msgspec.structs.replace(entry(4, document=None), kind="booth")
    done = run(FIVE_DONE[:4] + [booth])
    assert done["certificates_saved"] == (True, "All 5 certificates saved")
    assert done["logged"] == (True, "All 5 entries complete in the log")


def test_follow_ups_are_counted_in_the_profile_check():
    entries = [entry(1, status="submitted"), entry(2, status="submitted"), entry(3)]
    problems = {"e1": ["follow_up"], "e2": [], "e3": ["follow_up"]}
    assert run(entries, problems)["profile_checked"] == (
        False,
        "2 of 3 submitted entries are not yet confirmed in the IICRC profile; follow up on 1",
    )


def test_only_live_entries_of_the_cycle_count():
    entries = [
        entry(1),
        entry(2, document=None, deleted=True),
        entry(3, document=None, on="2021-12-31"),
        entry(4, document=None, on="2026-01-01"),
    ]
    assert run(entries)["certificates_saved"] == (True, "The one certificate saved")


def test_undated_entries_count_as_work_at_hand():
    entries = [entry(1), entry(2, on=None, status="not_submitted")]
    result = run(entries)
    assert result["submitted"] == (False, "1 of 2 not submitted yet")
    assert result["logged"] == (False, "1 of 2 entries is missing a field")


def test_no_entries_leaves_nothing_undone_on_the_records():
    result = run([entry(1, deleted=True)])
    for item in ITEMS[:5]:
        assert result[item] == (True, "No entries in this cycle yet")


@pytest.mark.parametrize(
    ("checked_on", "expected"),
    [
        (None, (False, "Email on the IICRC profile never checked")),
        ("2024-06-14", (True, "Email on the IICRC profile last checked today")),
        ("2024-06-13", (True, "Email on the IICRC profile last checked 1 day ago")),
        ("2023-06-14", (True, "Email on the IICRC profile last checked 366 days ago")),
        ("2023-06-13", (False, "Email on the IICRC profile last checked 367 days ago")),
    ],
)
def test_contact_email_checked_within_twelve_months(checked_on, expected):
    assert run(FIVE_DONE, email_checked=checked_on)["contact_email_checked"] == expected


@pytest.mark.parametrize(
    ("backup", "expected"),
    [
        (None, (False, "Never backed up")),
        ("2024-06-14", (True, "Last backup today")),
        ("2024-05-15", (True, "Last backup 30 days ago")),
        ("2024-05-14", (False, "Last backup 31 days ago")),
        ("2024-04-30", (False, "Last backup 45 days ago")),
    ],
)
def test_backup_within_thirty_days(backup, expected):
    assert run(FIVE_DONE, backup=backup)["backup_recent"] == expected


@pytest.mark.parametrize(
    ("has_profile", "expected"),
    [
        (True, (True, "Full name and IICRC ID set")),
        (False, (False, "Add your full name and IICRC ID to your profile")),
    ],
)
def test_profile_complete(has_profile, expected):
    assert run(FIVE_DONE, profile=has_profile)["profile_complete"] == expected
