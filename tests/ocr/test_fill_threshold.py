"""The fill threshold scripts/fit_extraction.py sets: a field is filled only
where the picks above the threshold show it right often enough, on an
unlucky draw of layout families and on enough picks to tell."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from fit_extraction import NEVER, threshold  # noqa: E402


def picks(right: int, wrong: int, families: int = 40):
    """`right` picks at falling confidence from 0.99, then `wrong` ones below
    them, spread over `families` layout families."""
    n = right + wrong
    confidence = np.linspace(0.99, 0.6, n)
    return confidence, [i < right for i in range(n)], [f"f{i % families}" for i in range(n)]


def test_sixty_two_right_picks_of_sixty_two_are_too_few_to_fill_at_99_percent() -> None:
    assert threshold(*picks(62, 30)) == NEVER


def test_two_hundred_right_picks_are_enough_to_fill_at_99_percent() -> None:
    confidence, right, families = picks(200, 30)
    at = threshold(confidence, right, families)
    assert at != NEVER
    filled = [r for c, r in zip(confidence, right, strict=True) if c >= at]
    assert len(filled) >= 200 and sum(filled) / len(filled) >= 0.99
