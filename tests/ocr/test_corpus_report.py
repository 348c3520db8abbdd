"""The benchmark's printed report (scripts/corpus/report.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from corpus import report, score  # noqa: E402


def result(media: str, seconds: float, kind: str, read_as: str) -> dict:
    blank = {"truth": None, "got": None, "confidence": None, "outcome": score.EMPTY_OK}
    return {
        "id": f"{media}-{seconds}",
        "family": "plain_letter",
        "media": media,
        "kind": {"truth": kind, "got": read_as},
        "seconds": seconds,
        "plain_seconds": None,
        "fields": {name: dict(blank, found=None) for name in score.ALL_FIELDS},
        "text": "",
    }


def test_the_report_gives_each_mediums_median_time_and_each_kind_mistaken(capsys) -> None:
    results = [
        result("text_pdf", 0.04, "course", "course"),
        result("text_pdf", 0.06, "course", "course"),
        result("text_pdf", 0.5, "other", "course"),
        result("photo", 1.8, "other", "course"),
        result("photo", 2.2, "session", "other"),
        result("photo", 2.0, "other", "other"),
    ]
    report.print_report(results, [], "tune", Path("corpus"), 2, False)
    out = capsys.readouterr().out
    # Text PDFs have a target of their own: their median is not lost in the photos'.
    assert "median by medium: photo 2.000 s (3), text_pdf 0.060 s (3)" in out
    assert "  other read as course: 2 of 3" in out
    assert "  session read as other: 1 of 1" in out
    assert "course read as" not in out
