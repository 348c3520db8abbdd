"""How many failed sign-ins are too many: a pure rule over their times (DESIGN §4 Auth).

Failures are counted per account and per client address; either counter
reaching MAX_FAILURES within WINDOW refuses further attempts, the right
password included, until the oldest of them leaves the window.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timedelta

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)


def window_start(now: datetime) -> datetime:
    return now - WINDOW


def retry_after(failures: Iterable[datetime], now: datetime) -> int | None:
    """Seconds until one more attempt may be made, or None when it may be made now."""
    recent = sorted(moment for moment in failures if moment > window_start(now))
    if len(recent) < MAX_FAILURES:
        return None
    # Allowed again once only MAX_FAILURES - 1 of them are left in the window.
    frees = recent[len(recent) - MAX_FAILURES] + WINDOW
    return max(1, math.ceil((frees - now).total_seconds()))
