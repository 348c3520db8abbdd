"""The reference client: pending mutations replayed over the server's copy, dropped only
when a complete pull covers them, and a fresh start when the server lost what it had."""

from __future__ import annotations

from pathlib import Path

from litestar.testing import TestClient

from server.app import create_app
from server.settings import Settings
from server.sync.client import Replica, SyncClient, http_transport
from tests.conftest import bearer_user, new_id


def test_the_view_is_the_server_copy_with_pending_changes_on_top(client: TestClient, ana) -> None:
    phone = Replica()
    sync = SyncClient(phone, http_transport(client, ana))
    kept, dropped = new_id(), new_id()
    phone.put_entry({"id": kept, "kind": "course", "notes": "from the phone"})
    phone.put_entry({"id": dropped, "kind": "course"})
    phone.delete_entry(dropped)
    shown = phone.view()["entries"]
    assert shown[kept]["notes"] == "from the phone" and shown[dropped]["deleted"] is True
    assert phone.entries == {}  # nothing from the server yet
    sync.push()
    # Acknowledged, but still pending until a pull shows the server's rows.
    assert phone.pushed == 3 and len(phone.pending) == 3
    assert sync.push() == 0  # nothing is sent twice
    sync.pull()
    assert phone.pending == [] and phone.confirmed == 3
    assert phone.entries[kept]["version"] == 1 and phone.entries[dropped]["deleted"] is True
    assert phone.view()["entries"] == phone.entries


def test_pending_stay_until_the_last_page(client: TestClient, ana) -> None:
    phone = Replica()
    sync = SyncClient(phone, http_transport(client, ana))
    for _ in range(5):
        phone.put_entry({"id": new_id(), "kind": "course"})
    sync.push()
    status, answer = http_transport(client, ana)("/api/sync/pull", phone.pull_body(limit=2))
    assert phone.on_pull(status, answer) is True  # more to come
    assert len(phone.pending) == 5
    sync.pull(limit=2)
    assert phone.pending == [] and len(phone.entries) == 5


def test_a_server_that_lost_acknowledged_mutations_gets_them_again(tmp_path: Path) -> None:
    """The server's data was restored from an older backup: the queue goes again, renumbered."""
    phone = Replica()
    first = Settings(data_dir=tmp_path / "before", signup="open", ocr_workers=0)
    with TestClient(create_app(first)) as old:
        headers = bearer_user(old, "ana@example.com")
        sync = SyncClient(phone, http_transport(old, headers))
        phone.put_entry({"id": new_id(), "kind": "course"})
        sync.sync()
        waiting = new_id()
        phone.put_entry({"id": waiting, "kind": "course"})
        sync.push()
        assert phone.pushed == 2
    restored = Settings(data_dir=tmp_path / "restored", signup="open", ocr_workers=0)
    with TestClient(create_app(restored)) as new:
        headers = bearer_user(new, "ana@example.com")
        sync = SyncClient(phone, http_transport(new, headers))
        old_identity = phone.client_id
        later = new_id()
        phone.put_entry({"id": later, "kind": "course"})
        sync.sync()
        assert phone.client_id != old_identity and phone.identities == [
            old_identity,
            phone.client_id,
        ]
        # What was still queued arrived; the server copy was dropped and pulled again.
        assert set(phone.entries) == {waiting, later}
        assert phone.pending == [] and phone.confirmed == 2
