"""How the corpus benchmark judges extracted values (scripts/corpus/score.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from corpus import score  # noqa: E402


@pytest.mark.parametrize(
    ("field", "truth", "got", "accept", "right"),
    [
        ("holder_name", "María José Núñez-García", "MARÍA JOSÉ NÚÑEZ-GARCÍA", None, True),
        ("holder_name", "María José Núñez-García", "Maria Jose Nunez-Garcia", None, False),
        ("holder_name", "Pádraig O'Brien", "  Pádraig   O'Brien, ", None, True),
        ("holder_name", "Pádraig O'Brien", "O'Brien, Pádraig", ["O'Brien, Pádraig"], True),
        ("holder_name", "Ana van der Berg", "Ana Van Der Berg", None, True),
        # NFC: a precomposed and a combining accent are the same name.
        ("holder_name", "Zoë Yoon", "Zoe\u0308 Yoon", None, True),
        ("course_title", "Applied Structural Drying", "“Applied Structural Drying”", None, True),
        # Dashes: an en dash read as an em dash or a hyphen is the same title.
        ("course_title", "WRT – Water Damage", "WRT — Water Damage", None, True),
        ("course_title", "WRT – Water Damage", "WRT - Water Damage", None, True),
        ("course_title", "WRT – Water Damage", "WRT Water Damage", None, False),
        ("course_title", "Odor Control (OCT)", "Odor Control", ["Odor Control"], True),
        ("course_title", "Odor Control (OCT)", "Odor Control", None, False),
        (
            "provider",
            "Summit Drying Academy, LLC",
            "Summit Drying Academy",
            ["Summit Drying Academy"],
            True,
        ),
        ("provider", "Summit Drying Academy, LLC", "Summit Drying", None, False),
        ("completion_date", "2026-03-04", "2026-03-04", None, True),
        ("completion_date", "2026-03-04", "2026-03-03", None, False),
        ("hours", 7.0, 7, None, True),
        ("hours", 7.0, "7.0", None, True),
        ("hours", 3.5, 3.509, None, True),
        ("hours", 3.5, 3.52, None, False),
        ("hours", 3.5, "three", None, False),
        ("approval_number", "CEC-2024-1234", "cec-2024-1234", None, True),
    ],
)
def test_same(field, truth, got, accept, right):
    assert score.same(field, truth, got, accept) is right


@pytest.mark.parametrize(
    ("truth", "got", "result"),
    [
        ("Ana", "Ana", score.RIGHT),
        ("Ana", "Bo", score.WRONG),
        ("Ana", None, score.MISS),
        ("Ana", "", score.MISS),
        (None, None, score.EMPTY_OK),
        (None, "Ana", score.WRONG),  # filled where the paper has nothing: against precision
    ],
)
def test_outcome(truth, got, result):
    assert score.outcome("holder_name", truth, got) == result


def test_right_counts_blank_where_nothing_is_printed():
    assert score.counts_right(score.EMPTY_OK)
    assert not score.counts_right(score.MISS)


@pytest.mark.parametrize(
    ("needle", "text", "found"),
    [
        ("Applied Microbial Remediation", "course\nApplied Microbial\nRemediation\n", True),
        ("O'Brien", "PÁDRAIG O'BRIEN", True),
        ("Núñez", "Nunez", False),
        # A wrapped value beside another column: its words, in between other text.
        (
            "Northwest Restoration Institute",
            "Northwest Restoration In partnership\nInstitute",
            True,
        ),
        ("Northwest Restoration Institute", "Northwest Restoration School", False),
        (None, "anything", None),
    ],
)
def test_found_in_text(needle, text, found):
    assert score.found_in_text(needle, text) is found


@pytest.mark.parametrize(
    ("confidence", "name"),
    [
        (0.1, "0.00-0.50"),
        (0.5, "0.50-0.70"),
        (0.85, "0.80-0.90"),
        (0.95, "0.95-0.98"),
        (0.985, "0.98-0.99"),
        (0.99, "0.99-1.00"),
        (1.0, "0.99-1.00"),
    ],
)
def test_bucket(confidence, name):
    assert score.bucket(confidence) == name
