"""Migration 0011 splits the one change counter into one per user without
breaking a cursor a device already holds (DESIGN §4, Sync)."""

from __future__ import annotations

from litestar.testing import TestClient

from server.app import create_app
from server.db.connection import migrate
from server.settings import Settings
from tests.conftest import bearer_user, new_id
from tests.services.sql import query, value
from tests.sync.helpers import mutation, pull, push, put_args


def test_a_cursor_from_before_the_upgrade_still_pulls_what_came_after(settings: Settings) -> None:
    device = new_id()
    with TestClient(create_app(settings)) as client:
        ana = bearer_user(client, "ana@example.com")
        push(client, ana, device, *[mutation(n, "entry.put", put_args()) for n in (1, 2, 3)])
        cursor = pull(client, ana, device)["cursor"]
    held = int(cursor.rsplit(".", 1)[1])
    # The database as the release before 0011 left it, other accounts having
    # moved the one global counter on since.
    query(settings, "UPDATE counters SET value = ? WHERE name = 'change'", (held + 5,))
    query(settings, "DROP TABLE change_counters")
    query(settings, "DELETE FROM schema_migrations WHERE number = 11")
    if not settings.database_url:
        query(settings, "DROP INDEX users_email_lower")

    assert migrate(settings.database) == ["0011_user_change_counters"]
    assert value(settings, "SELECT value FROM change_counters") == held + 5

    with TestClient(create_app(settings)) as client:
        ana = {"Authorization": ana["Authorization"]}
        same = pull(client, ana, device, cursor)
        assert same["reset"] is False and same["entries"] == []
        added = put_args()
        push(client, ana, device, mutation(4, "entry.put", added))
        after = pull(client, ana, device, same["cursor"])
        assert [e["id"] for e in after["entries"]] == [added["id"]]
        assert after["cursor"].endswith(f".{held + 6}")
