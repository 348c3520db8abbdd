"""Leases on OCR jobs: who holds a job, until when, and what an expired one means.

A worker claims a job for `lease` seconds and renews it every third of that
while it reads, so the lease runs out only when its worker is gone (killed,
out of memory, its machine down). Another worker may then claim the job; the
first can no longer store a result, since storing needs the lease in its name.
Times come from the worker's clock: machines sharing a queue keep theirs in
step (NTP), well within the lease.
"""

from __future__ import annotations

import itertools
import os
import socket
from datetime import datetime, timedelta

DEFAULT_LEASE_SECONDS = 60
RENEWALS_PER_LEASE = 3

_TIMES = {1: "once", 2: "twice", 3: "three times"}
_tasks = itertools.count()


def new_owner() -> str:
    """A name for one worker task, unique across the machines sharing the queue
    and within this process: host:pid:n."""
    return f"{socket.gethostname()}:{os.getpid()}:{next(_tasks)}"


def lease_end(now: datetime, lease_seconds: float) -> datetime:
    return now + timedelta(seconds=lease_seconds)


def renew_every(lease_seconds: float) -> float:
    return lease_seconds / RENEWALS_PER_LEASE


def expired_reason(max_attempts: int) -> str:
    """Why a job ended failed after its lease ran out on each of its starts."""
    times = _TIMES.get(max_attempts, f"{max_attempts} times")
    return (
        f"Reading stopped {times} before it finished (the reader was stopped or ran out of memory)."
    )
