"""Devices of one user over a network that loses, repeats and reorders, with restarts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.faultsim import Run


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_devices_converge_and_nothing_acknowledged_is_lost(tmp_path: Path, seed: int) -> None:
    run = Run(tmp_path / "data", seed=seed, devices=3)
    try:
        for _ in range(300):
            run.step()
        run.quiet()
        counts = run.check()
    finally:
        run.close()
    # The run exercised what it claims to.
    assert counts["restarts"] >= 1 and counts["dropped_answers"] >= 1
    assert counts["delivered_late"] >= 1 and counts["conflicts"] >= 1
    assert counts["rejected"] >= 1
