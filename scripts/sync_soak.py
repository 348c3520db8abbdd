"""A long seeded fault-injection run: devices of one user over a hostile network.

The same run as tests/sync/test_faults.py, longer: requests lost, answers lost
after commit, duplicates, requests held back and delivered after newer ones,
old batches replayed late, server restarts between requests, and a person
editing through the REST door. At the end the network heals, the devices sync,
and every invariant is checked against an independent model of the rules.

Usage: .venv/bin/python scripts/sync_soak.py [--seed N] [--mutations 10000] [--devices 3]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.sync.faultsim import Run  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mutations", type=int, default=10_000)
    parser.add_argument("--devices", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.INFO)  # one line per request would drown the counts
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ceclog-soak-") as tmp:
        run = Run(Path(tmp) / "data", seed=args.seed, devices=args.devices)
        try:
            while run.counter["mutations"] < args.mutations:
                run.step()
            run.quiet()
            counts = run.check()
        finally:
            run.close()
    seconds = time.perf_counter() - started
    print(f"seed {args.seed}, {args.devices} devices: all invariants held in {seconds:.1f} s")
    for name in sorted(counts):
        print(f"  {name:18} {counts[name]:>8,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
