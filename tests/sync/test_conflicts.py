"""Per-field last-writer-wins, the values that lose kept as conflicts, and taking them back."""

from __future__ import annotations

import asyncio

import pytest
from litestar.testing import TestClient

from server.db.connection import Database
from server.entries.service import SERVER, patch_entry
from server.settings import Settings
from tests.conftest import new_id
from tests.sync.helpers import mutation, now_ms, pull, push, server_entry

PHONE = "aaaaaaaa-1111-4111-8111-111111111111"
DESKTOP = "bbbbbbbb-2222-4222-8222-222222222222"


def make_entry(client: TestClient, headers: dict, **fields) -> str:
    entry_id = new_id()
    body = {"kind": "course", "course_title": "WRT", **fields}
    assert client.put(f"/api/entries/{entry_id}", json=body, headers=headers).status_code == 201
    return entry_id


def patch(number: int, entry_id: str, values: dict, base: int, ts: int) -> dict:
    return mutation(
        number, "entry.patch", {"id": entry_id, "set": values, "base_version": base}, ts
    )


@pytest.mark.parametrize("phone_first", [True, False])
def test_the_later_edit_wins_and_the_other_is_kept(client: TestClient, ana, phone_first) -> None:
    entry_id = make_entry(client, ana)
    now = now_ms()
    phone = (PHONE, patch(1, entry_id, {"course_title": "Phone's title"}, 1, now - 2000))
    desktop = (DESKTOP, patch(1, entry_id, {"course_title": "Desktop's title"}, 1, now - 1000))
    for device, change in [phone, desktop] if phone_first else [desktop, phone]:
        assert push(client, ana, device, change).status_code == 200
    stored = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    assert stored["course_title"] == "Desktop's title"
    [conflict] = client.get("/api/conflicts", headers=ana).json()
    assert {k: conflict[k] for k in ("record_type", "record_id", "field", "mine", "theirs")} == {
        "record_type": "entry",
        "record_id": entry_id,
        "field": "course_title",
        "mine": "Phone's title",
        "theirs": "Desktop's title",
    }
    assert (conflict["mine_client_id"], conflict["theirs_client_id"]) == (PHONE, DESKTOP)


def test_keeping_mine_writes_it_back_as_a_new_change(client: TestClient, ana) -> None:
    entry_id = make_entry(client, ana)
    cursor = pull(client, ana, PHONE)["cursor"]
    push(client, ana, DESKTOP, patch(1, entry_id, {"hours": 14.0}, 1, now_ms()))
    push(client, ana, PHONE, patch(1, entry_id, {"hours": 7.0}, 1, now_ms() - 60_000))
    before = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    assert before["hours"] == 14.0
    [conflict] = client.get("/api/conflicts", headers=ana).json()
    path = f"/api/conflicts/{conflict['id']}/resolve"
    resolved = client.post(path, json={"keep": "mine"}, headers=ana)
    assert resolved.status_code == 200, resolved.text
    assert resolved.json()["resolution"] == "mine"
    after = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    assert (after["hours"], after["version"]) == (7.0, before["version"] + 1)
    # Every device receives it; the conflict is no longer open.
    assert [e["hours"] for e in pull(client, ana, PHONE, cursor)["entries"]] == [7.0]
    assert client.get("/api/conflicts", headers=ana).json() == []
    # A retry of the same choice is harmless; the other choice is refused.
    assert client.post(path, json={"keep": "mine"}, headers=ana).status_code == 200
    other = client.post(path, json={"keep": "theirs"}, headers=ana)
    assert other.status_code == 409 and "mine" in other.json()["detail"]
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json()["version"] == after["version"]


def test_keeping_theirs_changes_nothing(client: TestClient, ana, ben) -> None:
    entry_id = make_entry(client, ana)
    push(client, ana, DESKTOP, patch(1, entry_id, {"notes": "desk"}, 1, now_ms()))
    push(client, ana, PHONE, patch(1, entry_id, {"notes": "phone"}, 1, now_ms() - 5000))
    before = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    [conflict] = client.get("/api/conflicts", headers=ana).json()
    path = f"/api/conflicts/{conflict['id']}/resolve"
    assert client.post(path, json={"keep": "theirs"}, headers=ben).status_code == 404
    assert client.get("/api/conflicts", headers=ben).json() == []
    assert client.post(path, json={"keep": "theirs"}, headers=ana).json()["resolution"] == "theirs"
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json() == before


def test_a_delete_wins_over_a_concurrent_edit_and_can_be_undone(client: TestClient, ana) -> None:
    entry_id = make_entry(client, ana)
    push(client, ana, DESKTOP, mutation(1, "entry.delete", {"id": entry_id, "base_version": 1}))
    edit = patch(1, entry_id, {"notes": "Booth 12"}, 1, now_ms() + 1000)
    assert push(client, ana, PHONE, edit).json() == {"last_mutation_id": 1, "rejected": []}
    # The edit did not bring the entry back; it is kept under the tombstone.
    assert client.get(f"/api/entries/{entry_id}", headers=ana).status_code == 404
    tombstone = server_entry(client, ana, entry_id)
    assert (tombstone["deleted"], tombstone["notes"]) == (True, "Booth 12")
    [conflict] = client.get("/api/conflicts", headers=ana).json()
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("deleted", False, True)
    resolve = f"/api/conflicts/{conflict['id']}/resolve"
    assert client.post(resolve, json={"keep": "mine"}, headers=ana).status_code == 200
    back = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    assert (back["notes"], back["deleted"]) == ("Booth 12", False)


def test_a_clock_far_ahead_is_clamped_so_it_cannot_win_forever(client: TestClient, ana) -> None:
    entry_id = make_entry(client, ana)
    year_3000 = 32_503_680_000_000
    push(client, ana, PHONE, patch(1, entry_id, {"provider": "Phone"}, 1, year_3000))
    # Ten minutes ahead is clamped too, to five minutes after the server's now: later than
    # the phone's clamped claim (same millisecond: the larger client id wins the tie).
    later = patch(1, entry_id, {"provider": "Desktop"}, 1, now_ms() + 600_000)
    push(client, ana, DESKTOP, later)
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json()["provider"] == "Desktop"
    [conflict] = client.get("/api/conflicts", headers=ana).json()
    assert conflict["mine"] == "Phone" and conflict["mine_ts"] < year_3000


def test_rest_and_push_follow_one_set_of_rules(client: TestClient, ana) -> None:
    entry_id = make_entry(client, ana)
    pulled = pull(client, ana, PHONE)
    client.patch(f"/api/entries/{entry_id}", json={"notes": "typed at the desk"}, headers=ana)
    # The phone edited offline, before the desk did, without having seen the desk's edit.
    push(
        client,
        ana,
        PHONE,
        patch(1, entry_id, {"notes": "typed on the phone"}, 1, now_ms() - 60_000),
    )
    stored = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    assert (stored["notes"], stored["version"]) == ("typed at the desk", 2)
    [conflict] = client.get("/api/conflicts", headers=ana).json()
    assert (conflict["mine"], conflict["theirs_client_id"]) == ("typed on the phone", "server")
    # Having seen version 2, the phone's next edit follows it, whatever its clock says.
    push(
        client, ana, PHONE, patch(2, entry_id, {"notes": "after seeing it"}, 2, now_ms() - 120_000)
    )
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json()["notes"] == "after seeing it"
    assert len(client.get("/api/conflicts", headers=ana).json()) == 1
    changes = pull(client, ana, PHONE, pulled["cursor"])["entries"]
    assert [(e["notes"], e["version"]) for e in changes] == [("after seeing it", 3)]


def test_profile_fields_merge_and_resolve_the_same_way(client: TestClient, ana) -> None:
    now = now_ms()

    def profile(number: int, values: dict, ts: int) -> dict:
        return mutation(number, "profile.patch", {"set": values, "base_version": 1}, ts)

    push(client, ana, PHONE, profile(1, {"iicrc_id": "111", "booth_hours": 3.0}, now - 10))
    push(client, ana, DESKTOP, profile(1, {"iicrc_id": "222"}, now - 5))
    me = client.get("/api/me", headers=ana).json()
    assert (me["iicrc_id"], me["booth_hours"]) == ("222", 3.0)
    [conflict] = client.get("/api/conflicts", headers=ana).json()
    assert (conflict["record_type"], conflict["field"], conflict["mine"]) == (
        "profile",
        "iicrc_id",
        "111",
    )
    client.post(f"/api/conflicts/{conflict['id']}/resolve", json={"keep": "mine"}, headers=ana)
    assert client.get("/api/me", headers=ana).json()["iicrc_id"] == "111"


def test_what_the_server_fills_in_never_beats_a_person(
    client: TestClient, ana, settings: Settings
) -> None:
    user_id = client.get("/api/me", headers=ana).json()["id"]
    typed, untouched = (
        make_entry(client, ana, course_title=None),
        make_entry(client, ana, course_title=None),
    )
    cursor = pull(client, ana, PHONE)["cursor"]

    async def fill() -> None:  # what OCR does when it finishes: the entries service, as the server
        db = await Database.open(settings.database)
        try:
            async with db.transaction() as tx:
                for entry_id in (typed, untouched):
                    values = {"course_title": "Read by OCR", "needs_review": True}
                    await patch_entry(tx, user_id, entry_id, values, origin=SERVER)
        finally:
            await db.close()

    asyncio.run(fill())
    filled = pull(client, ana, PHONE, cursor)["entries"]
    assert {(e["course_title"], e["needs_review"], e["version"]) for e in filled} == {
        ("Read by OCR", True, 2)
    }
    # Offline, before it heard of the fill, the phone typed one title and re-sent the other
    # entry whole with the title still empty: the typed title wins, the empty one does not.
    push(
        client,
        ana,
        PHONE,
        patch(1, typed, {"course_title": "Typed by Ana"}, 1, now_ms() - 600_000),
        mutation(2, "entry.put", {"id": untouched, "kind": "course", "base_version": 1}, now_ms()),
    )
    assert client.get(f"/api/entries/{typed}", headers=ana).json()["course_title"] == "Typed by Ana"
    kept = client.get(f"/api/entries/{untouched}", headers=ana).json()
    assert (kept["course_title"], kept["needs_review"]) == ("Read by OCR", True)
    assert client.get("/api/conflicts", headers=ana).json() == []


LAPTOP = "cccccccc-3333-4333-8333-333333333333"


@pytest.mark.parametrize("laptop_saw_the_desk", [False, True])
def test_a_later_write_of_the_same_value_is_not_undone_by_an_earlier_one(
    client: TestClient, ana, laptop_saw_the_desk: bool
) -> None:
    """Desk sets 1.5 at 10:00, the phone sets 1.5 again at 10:05, a laptop set 1.0 at 10:03."""
    entry_id = make_entry(client, ana)
    ten = now_ms() - 3_600_000
    minute = 60_000
    push(client, ana, DESKTOP, patch(1, entry_id, {"hours": 1.5}, 1, ten))
    seen = server_entry(client, ana, entry_id)["version"]
    phone = push(client, ana, PHONE, patch(1, entry_id, {"hours": 1.5}, seen, ten + 5 * minute))
    assert phone.status_code == 200
    # The phone's write changed nothing visible: no new version for devices to pull.
    assert server_entry(client, ana, entry_id)["version"] == seen
    laptop_base = seen if laptop_saw_the_desk else 1
    push(client, ana, LAPTOP, patch(1, entry_id, {"hours": 1.0}, laptop_base, ten + 3 * minute))
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json()["hours"] == 1.5
    [conflict] = client.get("/api/conflicts", headers=ana).json()
    assert (conflict["mine"], conflict["theirs"]) == (1.0, 1.5)
    assert (conflict["mine_client_id"], conflict["theirs_client_id"]) == (LAPTOP, PHONE)


def test_events_and_the_profile_keep_a_later_write_of_the_same_value(
    client: TestClient, ana
) -> None:
    ten, minute = now_ms() - 3_600_000, 60_000
    event = {"id": new_id(), "name": "Expo"}

    def write(device: str, location: str, booth_hours: float, base: int, ts: int) -> None:
        place = mutation(1, "event.put", {**event, "location": location, "base_version": base}, ts)
        hours = mutation(2, "profile.patch", {"set": {"booth_hours": booth_hours}}, ts)
        hours["args"]["base_version"] = base
        assert push(client, ana, device, place, hours).json()["rejected"] == []

    write(DESKTOP, "Hall A", 3.0, 0, ten)
    seen = pull(client, ana, PHONE)
    write(PHONE, "Hall A", 3.0, 1, ten + 5 * minute)  # the same values, later
    write(LAPTOP, "Hall B", 2.5, 0, ten + 3 * minute)  # concurrent, in between
    assert client.get(f"/api/events/{event['id']}", headers=ana).json()["location"] == "Hall A"
    assert client.get("/api/me", headers=ana).json()["booth_hours"] == 3.0
    again = pull(client, ana, new_id())
    assert again["events"][0]["version"] == seen["events"][0]["version"]
    assert again["profile"]["version"] == seen["profile"]["version"]
