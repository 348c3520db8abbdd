"""Pull: every row changed after the cursor, tombstones included, paged, reset when lost."""

from __future__ import annotations

from litestar.testing import TestClient

from server.settings import Settings
from tests.conftest import new_id
from tests.services.sql import value
from tests.sync.helpers import mutation, pull, push, put_args


def test_first_pull_sends_everything_then_only_what_changed(client: TestClient, ana) -> None:
    first, second, event = new_id(), new_id(), new_id()
    client.put(f"/api/entries/{first}", json={"kind": "course", "hours": 7}, headers=ana)
    client.put(f"/api/events/{event}", json={"name": "The Experience"}, headers=ana)
    device = new_id()
    page = pull(client, ana, device)
    assert page["reset"] is False and page["more"] is False
    assert [e["id"] for e in page["entries"]] == [first]
    assert "missing:course_title" in page["entries"][0]["problems"]
    assert [e["name"] for e in page["events"]] == ["The Experience"]
    assert page["profile"]["full_name"] == "Ana María López"
    assert page["last_mutation_id"] == 0 and isinstance(page["cursor"], str)
    # Nothing changed: nothing sent, the cursor stays put.
    quiet = pull(client, ana, device, page["cursor"])
    assert (quiet["entries"], quiet["events"], quiet["profile"]) == ([], [], None)
    assert quiet["cursor"] == page["cursor"]
    # A change through the REST door and one through push both show up, in change order.
    client.patch(f"/api/entries/{first}", json={"provider": "IICRC"}, headers=ana)
    push(client, ana, device, mutation(1, "entry.put", put_args(second)))
    later = pull(client, ana, device, quiet["cursor"])
    assert [(e["id"], e["version"]) for e in later["entries"]] == [(first, 2), (second, 1)]
    assert later["last_mutation_id"] == 1 and later["profile"] is None
    client.patch("/api/me", json={"iicrc_id": "1234567"}, headers=ana)
    profile = pull(client, ana, device, later["cursor"])
    assert profile["profile"]["iicrc_id"] == "1234567" and profile["entries"] == []


def test_tombstones_are_pulled_and_restores_too(client: TestClient, ana) -> None:
    entry_id, device = new_id(), new_id()
    client.put(f"/api/entries/{entry_id}", json={"kind": "course", "notes": "keep"}, headers=ana)
    cursor = pull(client, ana, device)["cursor"]
    client.delete(f"/api/entries/{entry_id}", headers=ana)
    gone = pull(client, ana, device, cursor)
    assert [(e["id"], e["deleted"], e["version"], e["problems"]) for e in gone["entries"]] == [
        (entry_id, True, 2, [])
    ]
    client.post(f"/api/entries/{entry_id}/restore", headers=ana)
    back = pull(client, ana, device, gone["cursor"])["entries"]
    assert [(e["deleted"], e["notes"], e["version"]) for e in back] == [(False, "keep", 3)]


def test_pages_cover_every_change_once_in_order(client: TestClient, ana) -> None:
    device = new_id()
    made = [new_id() for _ in range(7)]
    for number, entry_id in enumerate(made, start=1):
        push(
            client,
            ana,
            device,
            mutation(number, "entry.put", put_args(entry_id, notes=str(number))),
        )
    client.put(f"/api/events/{new_id()}", json={"name": "Show"}, headers=ana)
    client.patch(f"/api/entries/{made[0]}", json={"notes": "edited last"}, headers=ana)
    seen, pages, cursor = [], [], None
    while True:
        page = pull(client, ana, device, cursor, limit=3)
        pages.append(page)
        seen += [("entry", e["id"]) for e in page["entries"]] + [
            ("event", e["id"]) for e in page["events"]
        ]
        seen += [("profile", "")] if page["profile"] else []
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert [p["more"] for p in pages] == [True, True, False]  # 9 changes, 3 a page
    # profile, entries 2..7, the event, then entry 1 (changed last): each once.
    assert len(seen) == len(set(seen)) == 9
    assert [s for s in seen if s[0] == "entry"][-1] == ("entry", made[0])
    assert all(p["last_mutation_id"] == 7 for p in pages)


def test_reset_when_the_server_cannot_serve_the_cursor(client: TestClient, ana, settings: Settings):
    device = new_id()
    push(client, ana, device, mutation(1, "entry.put", put_args()))
    cursor = pull(client, ana, device)["cursor"]
    epoch, number = cursor.split(".")
    for stale in ["garbage", f"{epoch}.{int(number) + 50}", f"{'0' * 16}.{number}", f"{epoch}.-1"]:
        answer = pull(client, ana, device, stale)
        assert answer["reset"] is True and answer["cursor"] is None, stale
        assert answer["entries"] == [] and answer["last_mutation_id"] == 1
    # A device the server has no record of (its data came back from a backup) starts over.
    stranger = pull(client, ana, new_id(), cursor)
    assert stranger["reset"] is True and stranger["last_mutation_id"] == 0


def test_a_new_device_is_known_after_its_first_pull(client: TestClient, ana) -> None:
    device = new_id()
    first = pull(client, ana, device)
    client.put(f"/api/entries/{new_id()}", json={"kind": "course"}, headers=ana)
    second = pull(client, ana, device, first["cursor"])
    assert second["reset"] is False and len(second["entries"]) == 1


def test_pull_reads_one_moment(client: TestClient, ana, settings: Settings) -> None:
    """The cursor never runs ahead of the rows sent: a later change is never skipped."""
    device = new_id()
    push(client, ana, device, *[mutation(n, "entry.put", put_args()) for n in range(1, 4)])
    page = pull(client, ana, device)
    counter = value(settings, "SELECT value FROM change_counters")
    newest = value(settings, "SELECT max(change_seq) FROM entries")
    assert page["cursor"].endswith(f".{counter}") and newest <= counter


def test_the_event_chosen_on_the_phone_follows_to_the_desk(client: TestClient, ana) -> None:
    phone, desk, event = new_id(), new_id(), new_id()
    start = pull(client, ana, desk)
    push(
        client,
        ana,
        phone,
        mutation(1, "event.put", {"id": event, "name": "The Experience 2026"}),
        mutation(2, "profile.patch", {"set": {"current_event_id": event}}),
    )
    later = pull(client, ana, desk, start["cursor"])
    assert later["profile"]["current_event_id"] == event
    assert [e["id"] for e in later["events"]] == [event]
    # "No event" is a choice too; an id that is no UUID is refused.
    push(client, ana, phone, mutation(3, "profile.patch", {"set": {"current_event_id": None}}))
    answer = push(
        client, ana, phone, mutation(4, "profile.patch", {"set": {"current_event_id": "x"}})
    )
    assert [r["id"] for r in answer.json()["rejected"]] == [4]
    assert pull(client, ana, desk, later["cursor"])["profile"]["current_event_id"] is None
