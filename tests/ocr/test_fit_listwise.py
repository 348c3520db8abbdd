"""The listwise fit of scripts/fit_extraction.py: weights that pick each
document's right candidate among its others, and score a page that offers
no right value below its "none"."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from fit_extraction import fit_listwise  # noqa: E402


def documents(seed: int, count: int):
    """Pages of 3-6 candidates over the features (cue, big, noise). A right
    candidate is labelled (cue) and sometimes set big; every page has big
    lines that are wrong; one page in four offers no right value at all, and
    on one in five the right value stands on two lines."""
    rng = random.Random(seed)
    x, y, docs = [], [], []
    for d in range(count):
        has_right = rng.random() > 0.25
        twice = has_right and rng.random() < 0.2
        n = rng.randint(3, 6)
        for i in range(n):
            right = has_right and (i == 0 or (twice and i == 1))
            cue = 1.0 if right else float(rng.random() < 0.04)
            big = float(rng.random() < (0.3 if right else 0.5))
            x.append([1.0, cue, big, rng.gauss(0, 1)])
            y.append(float(right))
            docs.append(d)
    return np.array(x), np.array(y), np.array(docs)


def test_the_right_candidate_wins_and_a_page_without_one_scores_below_none():
    x, y, docs = documents(1, 400)
    w = fit_listwise(x, y, docs)
    tx, ty, tdocs = documents(2, 200)
    score = tx @ w
    picked_right, none_below, with_right, without = 0, 0, 0, 0
    for d in np.unique(tdocs):
        on = tdocs == d
        best = int(np.argmax(score[on]))
        if ty[on].any():
            with_right += 1
            picked_right += bool(ty[on][best])
        else:
            without += 1
            # Mostly pages whose only cue is a stray one; none should win on most.
            none_below += bool(score[on].max() < 0)
    assert picked_right / with_right > 0.9
    assert none_below / without > 0.5
    # The label counts for a value, its size alone does not.
    assert w[1] > 2 and w[2] < w[1] / 2
