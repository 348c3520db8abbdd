"""Which OCR values go into an entry: a table of cases over the pure rule."""

from __future__ import annotations

from datetime import date

import pytest

from server.documents.fill import clean_value, values_to_fill
from server.documents.models import OcrField
from server.entries.models import Entry


def entry(**values) -> Entry:
    return Entry(id="e", kind=values.pop("kind", "course"), **values)


def read(confidence: float = 0.9, **values) -> dict[str, OcrField]:
    return {name: OcrField(value, confidence) for name, value in values.items()}


PAGE = read(
    holder_name="Ana Lopez",
    course_title="Applied Structural Drying",
    provider="Restoration Academy",
    completion_date="2026-03-04",
    hours=21.0,
    approval_number="AP-1234",
)

CASES = {
    "an empty entry takes every field": (
        entry(),
        "course",
        PAGE,
        {
            "holder_name": "Ana Lopez",
            "course_title": "Applied Structural Drying",
            "provider": "Restoration Academy",
            "completion_date": date(2026, 3, 4),
            "hours": 21.0,
            "approval_number": "AP-1234",
            "needs_review": True,
        },
    ),
    "what the user typed stays": (
        entry(holder_name="Ana María López", hours=14.0, course_title="ASD"),
        "course",
        PAGE,
        {
            "provider": "Restoration Academy",
            "completion_date": date(2026, 3, 4),
            "approval_number": "AP-1234",
            "needs_review": True,
        },
    ),
    "nothing empty: no change, no review": (
        entry(
            holder_name="A",
            course_title="B",
            provider="C",
            completion_date=date(2026, 1, 1),
            hours=1.0,
            approval_number="D",
        ),
        "course",
        PAGE,
        {},
    ),
    "nothing read: no change": (entry(), "course", {}, {}),
    "values the entry could not hold are left out": (
        entry(),
        "course",
        read(hours=5000.0, completion_date="2026-02-30", provider="   "),
        {},
    ),
    "a confident booth slip turns a default entry into a booth": (
        entry(),
        "booth",
        read(0.85, course_title="IICRC Booth Registration", hours=2.0),
        {
            "course_title": "IICRC Booth Registration",
            "hours": 2.0,
            "kind": "booth",
            "needs_review": True,
        },
    ),
    "an unsure read does not change the kind": (
        entry(),
        "booth",
        read(0.4, course_title="IICRC Booth Registration", hours=2.0),
        {"course_title": "IICRC Booth Registration", "hours": 2.0, "needs_review": True},
    ),
    "a kind the user chose stays": (
        entry(kind="session", course_title="Mold talk", hours=1.0),
        "booth",
        read(0.95, course_title="x", hours=2.0, provider="Expo"),
        {"provider": "Expo", "needs_review": True},
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_values_to_fill(name) -> None:
    current, kind, fields, expected = CASES[name]
    assert values_to_fill(current, kind, fields) == expected


def test_the_profile_name_printed_outranks_the_name_ocr_picked() -> None:
    # OCR took the instructor; the user's own name is on the page too.
    values = values_to_fill(entry(), "course", PAGE, "Jo Brennan")
    assert values["holder_name"] == "Jo Brennan"
    assert values["provider"] == "Restoration Academy"


def test_the_profile_name_fills_what_ocr_left_blank() -> None:
    values = values_to_fill(entry(), "course", read(hours=3.0), "Jo Brennan")
    assert values == {"holder_name": "Jo Brennan", "hours": 3.0, "needs_review": True}


def test_a_holder_the_user_typed_stays_even_when_the_profile_name_is_printed() -> None:
    values = values_to_fill(entry(holder_name="J. Brennan"), "course", PAGE, "Jo Brennan")
    assert "holder_name" not in values


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("hours", "7.5", 7.5),
        ("hours", -1, None),
        ("hours", "seven", None),
        ("completion_date", "2025-12-31", date(2025, 12, 31)),
        ("completion_date", "12/31/2025", None),
        ("course_title", "  Water\n Damage  ", "Water Damage"),
        ("course_title", "x" * 400, "x" * 300),
        ("approval_number", "9" * 150, "9" * 100),
    ],
)
def test_clean_value(name, value, expected) -> None:
    assert clean_value(name, value) == expected
