"""When failed sign-ins refuse the next attempt, and for how long (server/accounts/throttle.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from server.accounts.throttle import retry_after
from server.settings import Settings, parse_networks

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def ago(*minutes: float) -> list[datetime]:
    return [NOW - timedelta(minutes=m) for m in minutes]


@pytest.mark.parametrize(
    ("failures", "wait"),
    [
        ([], None),
        (ago(1, 2, 3, 4), None),  # four: the fifth attempt may be made
        (ago(1, 2, 3, 4, 5), 10 * 60),  # five: wait until the oldest is 15 minutes old
        (ago(0, 0, 0, 0, 14.5), 30),
        (ago(1, 2, 3, 4, 20), None),  # one of them is out of the window already
        (ago(1, 2, 3, 4, 5, 6), 10 * 60),  # six (made at once): until only four are left
        (ago(0, 0, 0, 0, 0), 15 * 60),
        (ago(14.999, 0, 0, 0, 0), 1),  # rounded up, never 0
    ],
)
def test_retry_after(failures: list[datetime], wait: int | None) -> None:
    assert retry_after(failures, NOW) == wait


def test_trusted_proxies_are_addresses_or_networks() -> None:
    assert parse_networks("127.0.0.1, 10.0.0.0/8 ::1") == ["127.0.0.1", "10.0.0.0/8", "::1"]
    with pytest.raises(ValueError, match="caddy"):
        Settings.from_env({"CECLOG_TRUSTED_PROXIES": "127.0.0.1,caddy"})
    assert Settings.from_env({}).trusted_proxies == ""
