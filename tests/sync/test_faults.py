"""Devices of one user over a network that loses, repeats and reorders, with restarts.

Each run checks, against an independent model of the rules fed what the server
applied in order: no acknowledged mutation lost or applied twice, no entry
twice, `last_mutation_id` never going back, the conflicts the rules call for,
and every device equal to the server once the network is quiet
(tests/sync/faultsim.py). scripts/sync_soak.py runs the same for longer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.faultsim import Run

FAULTS = ("dropped_requests", "dropped_answers", "duplicated", "held_back", "delivered_late")


@pytest.mark.parametrize(("seed", "devices"), [(1, 3), (2, 3), (3, 3), (4, 4), (5, 4), (6, 5)])
def test_devices_converge_and_nothing_acknowledged_is_lost(
    tmp_path: Path, seed: int, devices: int
) -> None:
    run = Run(tmp_path / "data", seed=seed, devices=devices)
    try:
        for _ in range(400):
            run.step()
        run.quiet()
        counts = run.check()
    finally:
        run.close()
    # The run went through what it claims to, so the checks above meant something.
    assert all(counts[fault] >= 1 for fault in FAULTS), counts
    assert counts["restarts"] >= 3 and counts["desk_patches"] >= 1
    assert counts["conflicts"] >= 1 and counts["rejected"] >= 1
