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


PROVEN = {
    "kind": "course",
    "course_title": "WRT",
    "provider": "Academy",
    "holder_name": "Ana",
    "document_sha256": "a" * 64,
    "hours_unit": "hours",
    "problems": [],
}


def proven(n: int, day: str | None, hours: float | None, **fields) -> dict:
    return {
        **PROVEN,
        "id": f"e{n}",
        "created_at": f"2026-01-01T00:00:{n:02d}Z",
        "course_title": f"Course {n}",
        "completion_date": day,
        "hours": hours,
        **fields,
    }


def test_totals_count_documented_hours_inside_the_cycle(app_page) -> None:
    entries = [
        proven(1, "2026-01-10", 7),
        proven(2, "2026-02-01", 1, hours_unit="legacy_cec"),
        proven(3, "2019-05-01", 14),
        proven(4, None, 3),
        proven(5, "2026-03-01", 2, deleted=True),
        proven(6, "2026-03-02", 0.33),
        proven(7, "2026-03-03", 5, needs_review=True),
        proven(8, "2026-03-04", 1.5, problems=["missing:document"]),
        proven(9, "2026-03-05", 2, problems=["name_mismatch"]),
        proven(10, "2026-03-06", 4, submission={"status": "rejected"}),
        proven(11, "2026-03-07", 2, course_title="Booth"),
        proven(12, "2026-03-07", 2, course_title="booth!"),  # the same, tapped twice
    ]
    summary = {"cycle": {"starts_on": "2024-03-14", "ends_on": "2028-03-13", "required_hours": 14}}
    profile = {"renewal_rules": {"legacy_cec_hours": 7, "technician_hours": 14}}
    totals = run(
        app_page,
        "/js/totals.js",
        "(m, [entries, summary, profile]) => { const t = m.cycleTotals(entries, summary, profile); delete t.states; return t; }",
        [entries, summary, profile],
    )
    assert totals["earned"] == 30.83
    assert totals["documented"] == 16.33  # 7 + 7 (legacy) + 0.33 + 2 (the booth once)
    assert totals["review"] == 5
    assert totals["missing"] == 9.5  # no file, another name, rejected, the second tap
    assert totals["required"] == 14 and totals["remaining"] == 0
    assert totals["endsOn"] == "2028-03-13"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ana María López", "Ana Maria Lopez", True),
        ("LOPEZ, ANA", "Ana López", True),
        ("Ana M. Lopez", "Ana María López", True),
        ("Ana Lopez Jr.", "Ana Lopez", True),
        ("De La Cruz, Juan", "Juan Delacruz", True),
        ("Ana Lopez", "Maria Lopez", False),
        ("Signature of instructor", "Ana López", False),
        ("Ana B. Lopez", "Ana C. Lopez", False),
    ],
)
def test_names_are_compared_as_the_server_does(app_page, a, b, same) -> None:
    assert run(app_page, "/js/problems.js", "(m, [a, b]) => m.namesMatch(a, b)", [a, b]) is same


@pytest.mark.parametrize(
    ("fields", "problems"),
    [
        ({}, []),
        ({"holder_name": "Maria Gomez"}, ["name_mismatch"]),
        ({"kind": "booth", "document_sha256": None}, []),
        ({"kind": "session", "document_sha256": None}, ["missing:document"]),
        ({"approval_verified": False}, ["approval_unverified"]),
        ({"approval_verified": False, "approval_number": "C-12"}, []),
        ({"problems": ["name_mismatch", "duplicate"]}, ["duplicate"]),
    ],
)
def test_problems_judged_on_the_device(app_page, fields, problems) -> None:
    entry = {
        **PROVEN,
        "holder_name": "Ana M. Lopez",
        "approval_verified": True,
        "completion_date": "2026-01-10",
        "hours": 2,
        **fields,
    }
    got = run(app_page, "/js/problems.js", "(m, e) => m.localProblems(e, 'Ana María López')", entry)
    assert got == problems


@pytest.mark.parametrize(
    ("pending", "offline", "text"),
    [
        ({"entries": 0, "others": 0}, False, "Synced"),
        ({"entries": 3, "others": 0}, False, "3 waiting to sync"),
        ({"entries": 2, "others": 1}, True, "Offline · 2 waiting to sync"),
        ({"entries": 0, "others": 1}, False, "Changes waiting to sync"),
        ({"entries": 0, "others": 0}, True, "Offline · nothing waiting"),
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


@pytest.mark.parametrize(
    ("pending", "text"),
    [
        ({"entries": 2, "others": 0}, "Server unreachable · 2 waiting to sync"),
        ({"entries": 0, "others": 0}, "Server unreachable · nothing waiting"),
    ],
)
def test_an_unreachable_server_is_not_called_offline(app_page, pending, text) -> None:
    got = run(app_page, "/js/ui/status.js", "(m, p) => m.statusText(p, false, true)", pending)
    assert got == text


@pytest.mark.parametrize(
    ("sent", "reading", "text"),
    [
        ([], 0, ""),
        ([0.45], 0, "Uploading photo · 45%"),
        ([0.2, 0.6], 1, "Uploading 2 photos · 40% · Reading 1 certificate…"),
        ([], 3, "Reading 3 certificates…"),
    ],
)
def test_activity_apart_from_sync(app_page, sent, reading, text) -> None:
    got = run(app_page, "/js/ui/status.js", "(m, [s, r]) => m.activityText(s, r)", [sent, reading])
    assert got == text
