"""The client's pure rules, run in the browser as the app's own ES modules:
replaying pending mutations over the server copy, session hours, the totals
counted on the device, and the words of the sync status."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="module")
def app_page(playwright, server) -> Iterator[Page]:
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    page = browser.new_page()
    page.goto(server.base_url + "/")
    yield page
    browser.close()


def run(page: Page, module: str, body: str, arg=None):
    """Evaluates `body` (an async function of the module and arg) in the page."""
    return page.evaluate(
        f"async (arg) => {{ const m = await import('{module}'); return ({body})(m, arg); }}", arg
    )


ENTRY = {
    "id": "e1",
    "kind": "course",
    "course_title": "Water Restoration",
    "provider": "Academy",
    "holder_name": "Ana",
    "completion_date": "2026-01-10",
    "hours": 7,
    "document_sha256": "a" * 64,
    "approval_verified": True,
    "version": 3,
    "deleted": False,
    "problems": [],
}


def mutation(id_: int, name: str, args: dict) -> dict:
    return {"id": id_, "name": name, "args": args, "ts": 1_700_000_000_000 + id_}


REBASE_CASES = [
    pytest.param([], {"provider": "Academy", "pending": False}, id="nothing pending"),
    pytest.param(
        [
            mutation(
                1, "entry.patch", {"id": "e1", "set": {"provider": "Mold Co"}, "base_version": 3}
            )
        ],
        {"provider": "Mold Co", "pending": True, "version": 3},
        id="a patch over the server copy",
    ),
    pytest.param(
        [
            mutation(2, "entry.patch", {"id": "e1", "set": {"provider": None}, "base_version": 3}),
            mutation(3, "entry.patch", {"id": "e1", "set": {"hours": 14}, "base_version": 3}),
        ],
        {"provider": None, "hours": 14, "problems": ["missing:provider"]},
        id="patches apply in id order and missing fields show at once",
    ),
    pytest.param(
        [mutation(4, "entry.delete", {"id": "e1"})],
        {"deleted": True},
        id="delete leaves a tombstone",
    ),
    pytest.param(
        [
            mutation(5, "entry.delete", {"id": "e1"}),
            mutation(6, "entry.put", {**ENTRY, "course_title": "Edited"}),
        ],
        {"deleted": True, "course_title": "Edited"},
        id="an edit never resurrects",
    ),
    pytest.param(
        [mutation(7, "entry.delete", {"id": "e1"}), mutation(8, "entry.restore", {"id": "e1"})],
        {"deleted": False},
        id="restore brings it back",
    ),
]


@pytest.mark.parametrize(("outbox", "expected"), REBASE_CASES)
def test_pending_mutations_replay_over_the_server_copy(app_page, outbox, expected) -> None:
    view = run(
        app_page,
        "/js/mutations.js",
        "(m, [entry, outbox]) => m.rebase({entries: [entry], events: [], profile: null}, outbox).entries.get('e1')",
        [ENTRY, outbox],
    )
    assert {key: view[key] for key in expected} == expected


def test_a_new_entry_and_an_event_and_the_profile_replay_too(app_page) -> None:
    outbox = [
        mutation(1, "entry.put", {"id": "n1", "kind": "booth", "hours": 2}),
        mutation(2, "event.put", {"id": "v1", "name": "The Experience"}),
        mutation(3, "profile.patch", {"set": {"booth_hours": 1.5}}),
    ]
    state = run(
        app_page,
        "/js/mutations.js",
        """(m, outbox) => { const s = m.rebase({entries: [], events: [], profile: {full_name: 'Ana', booth_hours: 2}}, outbox);
            return {entry: s.entries.get('n1'), event: s.events.get('v1'), profile: s.profile}; }""",
        outbox,
    )
    assert state["entry"]["kind"] == "booth" and state["entry"]["version"] == 0
    assert state["entry"]["pending"] is True
    assert "missing:course_title" in state["entry"]["problems"]
    assert state["event"]["name"] == "The Experience"
    assert state["profile"] == {"full_name": "Ana", "booth_hours": 1.5}


@pytest.mark.parametrize(
    ("minutes", "hours"),
    [(0, 0), (7, 0), (8, 0.25), (45, 0.75), (60, 1), (91, 1.5), (172, 2.75), (480, 8)],
)
def test_session_hours_to_the_nearest_quarter(app_page, minutes, hours) -> None:
    got = run(
        app_page,
        "/js/records.js",
        "(m, minutes) => m.sessionHours('2026-03-14T10:00:00Z', new Date(Date.parse('2026-03-14T10:00:00Z') + minutes * 60000).toISOString())",
        minutes,
    )
    assert got == hours


def test_totals_count_live_entries_inside_the_cycle(app_page) -> None:
    entries = [
        {"completion_date": "2026-01-10", "hours": 7, "hours_unit": "hours"},
        {"completion_date": "2026-02-01", "hours": 1, "hours_unit": "legacy_cec"},
        {"completion_date": "2019-05-01", "hours": 14, "hours_unit": "hours"},
        {"completion_date": None, "hours": 3, "hours_unit": "hours"},
        {"completion_date": "2026-03-01", "hours": 2, "hours_unit": "hours", "deleted": True},
        {"completion_date": "2026-03-02", "hours": 0.33, "hours_unit": "hours"},
    ]
    summary = {"cycle": {"starts_on": "2024-03-14", "ends_on": "2028-03-13", "required_hours": 14}}
    profile = {"renewal_rules": {"legacy_cec_hours": 7, "technician_hours": 14}}
    totals = run(
        app_page,
        "/js/totals.js",
        "(m, [entries, summary, profile]) => m.cycleTotals(entries, summary, profile)",
        [entries, summary, profile],
    )
    assert totals["earned"] == 14.33
    assert totals["required"] == 14 and totals["remaining"] == 0
    assert totals["endsOn"] == "2028-03-13"


@pytest.mark.parametrize(
    ("pending", "offline", "text"),
    [
        ({"entries": 0, "others": 0}, False, "Synced"),
        ({"entries": 3, "others": 0}, False, "3 waiting to sync"),
        ({"entries": 2, "others": 1}, True, "Offline · 2 waiting to sync"),
        ({"entries": 0, "others": 1}, False, "Changes waiting to sync"),
        ({"entries": 0, "others": 0}, True, "Offline · Synced"),
    ],
)
def test_sync_status_words(app_page, pending, offline, text) -> None:
    got = run(
        app_page,
        "/js/ui/status.js",
        "(m, [pending, offline]) => m.statusText(pending, offline)",
        [pending, offline],
    )
    assert got == text
