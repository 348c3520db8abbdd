"""The file-name convention: [Year]-[Month]-[Course]-[Hours].pdf."""

from __future__ import annotations

from datetime import date

import pytest

from server.accounts.models import RenewalRules
from server.entries.models import Entry
from server.naming import (
    certificate_file_name,
    document_file_names,
    entry_file_names,
    unique_names,
)

D = date.fromisoformat


@pytest.mark.parametrize(
    ("completion", "title", "hours", "expected"),
    [
        ("2026-04-17", "WRT CEC", 14, "2026-04-WRT-CEC-14hrs.pdf"),
        ("2026-04-17", "WRT-CEC", 14.0, "2026-04-WRT-CEC-14hrs.pdf"),
        ("2025-12-01", "Odor Control", 7.5, "2025-12-Odor-Control-7.5hrs.pdf"),
        ("2025-12-01", "Odor Control", 0.25, "2025-12-Odor-Control-0.25hrs.pdf"),
        ("2025-01-31", "Fire & Smoke: Level 2/3", 2, "2025-01-Fire-Smoke-Level-2-3-2hrs.pdf"),
        (
            "2025-01-31",
            "Técnico en Daños por Agua",
            7,
            "2025-01-Tecnico-en-Danos-por-Agua-7hrs.pdf",
        ),
        ("2025-01-31", '..\\..//etc/passwd<>:"|?*', 1, "2025-01-etc-passwd-1hrs.pdf"),
        ("2025-01-31", "   ", 1, "2025-01-Certificate-1hrs.pdf"),
        ("2025-01-31", "水損修復", 1, "2025-01-Certificate-1hrs.pdf"),
        (None, "WRT", 14, "undated-WRT-14hrs.pdf"),
        ("2026-04-01", None, None, "2026-04-Certificate.pdf"),
    ],
)
def test_certificate_file_name(completion, title, hours, expected):
    day = D(completion) if completion else None
    assert certificate_file_name(day, title, hours) == expected


def test_long_titles_are_cut_at_a_word():
    name = certificate_file_name(D("2026-01-01"), "Applied Structural Drying " * 10, 14)
    assert len(name) <= len("2026-01--14hrs.pdf") + 60
    course = name.removeprefix("2026-01-").removesuffix("-14hrs.pdf")
    assert len(course) <= 60
    words = course.split("-")
    assert words == ["Applied", "Structural", "Drying"] * 2 + ["Applied"]


def test_extension_is_cleaned():
    assert certificate_file_name(D("2026-01-01"), "WRT", 14, "JPG") == "2026-01-WRT-14hrs.jpg"
    assert certificate_file_name(D("2026-01-01"), "WRT", 14, "../x") == "2026-01-WRT-14hrs.x"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["a.pdf", "b.pdf"], ["a.pdf", "b.pdf"]),
        (["a.pdf", "a.pdf", "a.pdf"], ["a.pdf", "a-2.pdf", "a-3.pdf"]),
        (["a.pdf", "A.PDF"], ["a.pdf", "A-2.PDF"]),
        (["a-2.pdf", "a.pdf", "a.pdf"], ["a-2.pdf", "a.pdf", "a-3.pdf"]),
        (["noext", "noext"], ["noext", "noext-2"]),
        (["a.pdf", "a.pdf", "a-2.pdf"], ["a.pdf", "a-2.pdf", "a-2-2.pdf"]),
        (["a.pdf", "A.pdf", "a.pdf", "a-3.pdf"], ["a.pdf", "A-2.pdf", "a-3.pdf", "a-3-2.pdf"]),
    ],
)
def test_unique_names(names, expected):
    assert unique_names(names) == expected


def test_entry_names_use_credited_hours_and_stay_unique():
    def entry(hours, unit="hours"):
        return Entry(
            id="x",
            kind="course",
            course_title="WRT CEC",
            completion_date=D("2026-04-02"),
            hours=hours,
            hours_unit=unit,
        )

    names = entry_file_names([entry(14), entry(2, "legacy_cec"), entry(14)], RenewalRules())
    assert names == [
        "2026-04-WRT-CEC-14hrs.pdf",
        "2026-04-WRT-CEC-14hrs-2.pdf",
        "2026-04-WRT-CEC-14hrs-3.pdf",
    ]


def test_entries_that_share_a_file_share_its_name():
    def entry(n: int, sha: str | None, title: str = "WRT CEC") -> Entry:
        return Entry(
            id=f"e{n}",
            kind="course",
            course_title=title,
            completion_date=D("2026-04-02"),
            hours=14,
            document_sha256=sha,
        )

    entries = [entry(1, "a"), entry(2, "b"), entry(3, "a", "Other"), entry(4, None), entry(5, "b")]
    assert document_file_names(entries, RenewalRules()) == {
        "e1": "2026-04-WRT-CEC-14hrs.pdf",
        "e2": "2026-04-WRT-CEC-14hrs-2.pdf",
        "e3": "2026-04-WRT-CEC-14hrs.pdf",  # the name of the first entry with that file
        "e5": "2026-04-WRT-CEC-14hrs-2.pdf",
    }


def test_twenty_thousand_repeats_of_one_name():
    names = unique_names(["2026-04-WRT-14hrs.pdf"] * 20_000)
    assert names[-1] == "2026-04-WRT-14hrs-20000.pdf" and len(set(names)) == 20_000
