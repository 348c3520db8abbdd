"""What scripts/fit_extraction.py lets the calibration weigh: the model's own
inputs again, for a field where on unseen layouts they tell right picks from
wrong ones that the model's odds do not."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from fit_extraction import KEYS, calibrate  # noqa: E402

from server.ocr.fields import MODEL, NO_RIVALS  # noqa: E402


def held_picks(labelled_tells: bool) -> list[tuple]:
    """400 picks over 80 families, all at the model's odds of 0.9: the right
    ones are labelled, the wrong ones not, where `labelled_tells`; else the
    label falls on right and wrong alike."""
    rng = random.Random(3)
    picks = []
    for i in range(400):
        right = i % 10 != 0
        label = float(right if labelled_tells else rng.random() < 0.5)
        features = {"labelled": label, "caps": float(rng.random() < 0.5)}
        picks.append((0.9, NO_RIVALS, right, "ocr", f"f{i % 80}", "x", "x", features))
    return picks


def fills(labelled_tells: bool) -> tuple[list[str], int, int]:
    held = held_picks(labelled_tells)
    group_of = {f"f{i}": i for i in range(80)}
    keys, _, at, confidence = calibrate(held, group_of, ["caps", "labelled"])
    filled = [h[2] for h, c in zip(held, confidence, strict=True) if c >= at]
    return keys, len(filled), sum(filled)


def test_a_model_input_that_tells_right_from_wrong_is_weighed_again() -> None:
    keys, filled, right = fills(labelled_tells=True)
    assert MODEL + "labelled" in keys
    # The labelled picks (360, all right) are filled; the model's odds alone
    # (right 9 times in 10) would fill none.
    assert filled >= 300 and right == filled


def test_inputs_that_tell_nothing_are_left_to_the_model() -> None:
    keys, filled, _ = fills(labelled_tells=False)
    assert keys == KEYS and filled == 0
