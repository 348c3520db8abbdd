"""End to end through the real server: offline captures sync and OCR fills
them in, a lost answer is retried without duplicates, an interrupted photo
upload resumes, and two devices editing one entry converge."""

from __future__ import annotations

import hashlib
import io
import random
import re
import uuid

from PIL import Image
from playwright.sync_api import Route, expect

from tests.browser.certificate import CERTIFICATE
from tests.browser.conftest import DESKTOP, NAME, PASSWORD, PHONE, SYNC_TIMEOUT_MS

OCR_TIMEOUT_MS = 90_000


def drop_first_answer(method: str, dropped: list[int]):
    """A route handler: the first `method` request reaches the server, which
    commits it, but its answer is lost on the way back."""

    def handle(route: Route) -> None:
        if route.request.method == method and not dropped:
            answer = route.fetch()
            dropped.append(answer.status)
            route.abort("connectionreset")
        else:
            route.continue_()

    return handle


def test_offline_captures_sync_and_ocr_fills_them(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    phone.wait_for_worker()
    page = phone.page
    phone.context.set_offline(True)
    phone.snap()
    page.get_by_role("button", name="Booth registration").click()
    expect(phone.status()).to_have_text("Offline · 2 waiting to sync")

    page.reload()
    expect(phone.status()).to_have_text("Offline · 2 waiting to sync")
    page.get_by_role("link", name="Log", exact=True).click()
    expect(page.get_by_role("link", name=re.compile("Untitled certificate"))).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("IICRC booth registration"))).to_be_visible()
    [photo] = phone.local_photos()
    assert photo["has_bytes"] and not photo["uploaded"]

    phone.context.set_offline(False)
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    entries = phone.api("GET", "/api/entries")
    by_kind = {e["kind"]: e for e in entries}
    assert len(entries) == 2 and set(by_kind) == {"course", "booth"}
    assert by_kind["booth"]["hours"] == 2
    sha = by_kind["course"]["document_sha256"]
    assert sha == photo["sha256"]
    # The server has the whole photo, so the device let go of its copy.
    assert phone.local_photos() == [{**photo, "uploaded": True, "has_bytes": False}]
    stored = phone.context.request.get(f"{server.base_url}/api/documents/{sha}/file").body()
    assert hashlib.sha256(stored).hexdigest() == sha
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG" and max(image.size) == 2400  # taken at 4000 x 3000

    # OCR runs on the server; the entry comes back filled in, marked for review.
    title = CERTIFICATE["course_title"]
    row = page.get_by_role("link", name=re.compile(title))
    expect(row).to_be_visible(timeout=OCR_TIMEOUT_MS)
    expect(row).to_contain_text("Ready to review")
    row.click()
    expect(page.get_by_label("Course title")).to_have_value(title)
    expect(page.get_by_label("CEC hours")).to_have_value("14")
    expect(page.get_by_label("Completion date")).to_have_value(CERTIFICATE["completion_date"])
    marks = page.get_by_text(re.compile(r"^Read from photo · \d+% sure$"))
    expect(marks.first).to_be_visible()
    page.get_by_role("button", name="Save").click()
    expect(marks).to_have_count(0)
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    course = phone.api("GET", f"/api/entries/{by_kind['course']['id']}")
    assert course["needs_review"] is False and course["course_title"] == title

    # The totals on the phone are the server's.
    summary = phone.api("GET", "/api/summary")["cycle"]
    page.get_by_role("link", name="Home", exact=True).click()
    expected = f"{summary['documented_hours']:g} of {summary['required_hours']:g} hours"
    expect(page.get_by_role("region", name="Totals")).to_contain_text(expected)


def test_a_lost_push_answer_makes_no_duplicate(server, devices) -> None:
    phone = devices(server.base_url, worker=False)
    phone.open_app()
    page = phone.page
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    dropped: list[int] = []
    page.route("**/api/sync/push", drop_first_answer("POST", dropped))
    page.get_by_role("button", name="Booth registration").click()

    phone.wait_until(lambda: dropped, SYNC_TIMEOUT_MS, "the first push")
    assert dropped == [200], "the first push should have reached the server"
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    entries = phone.api("GET", "/api/entries")
    assert [e["kind"] for e in entries] == ["booth"]
    page.get_by_role("link", name="Log", exact=True).click()
    expect(page.get_by_role("main").get_by_role("listitem")).to_have_count(1)


def noisy_photo() -> bytes:
    """A photo that stays well over one upload chunk after the app's downscaling."""
    rng = random.Random(7)
    image = Image.frombytes(
        "RGB", (800, 600), bytes(rng.getrandbits(8) for _ in range(800 * 600 * 3))
    )
    out = io.BytesIO()
    image.resize((3200, 2400)).save(out, "JPEG", quality=95)
    return out.getvalue()


def test_an_interrupted_photo_upload_resumes(server, devices) -> None:
    phone = devices(server.base_url, worker=False)
    phone.open_app()
    page = phone.page
    dropped: list[int] = []
    page.route("**/api/blobs/*", drop_first_answer("PUT", dropped))
    phone.snap(noisy_photo())

    phone.wait_until(
        lambda: [p["uploaded"] for p in phone.local_photos()] == [True],
        SYNC_TIMEOUT_MS,
        "the photo to be on the server",
    )
    assert dropped and dropped[0] < 300, "the first chunk should have reached the server"
    [photo] = phone.local_photos()
    assert photo["size"] > 1024 * 1024, "the photo should take several chunks"
    document = phone.api("GET", f"/api/documents/{photo['sha256']}")
    assert document["size"] == photo["size"]
    stored = phone.context.request.get(
        f"{server.base_url}/api/documents/{photo['sha256']}/file"
    ).body()
    assert hashlib.sha256(stored).hexdigest() == photo["sha256"]

    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    [entry] = phone.api("GET", "/api/entries")
    assert entry["document_sha256"] == photo["sha256"]


def wedged_upload(size: int, restarts: list[str]):
    """A route handler: the server says it holds every byte of the photo and refuses
    every chunk after them (what a stop during the final check once left)."""

    def handle(route: Route) -> None:
        if route.request.method == "PUT":
            restarts.append(route.request.headers.get("content-range", ""))
        headers = {"Upload-Offset": str(size), "Content-Type": "application/json"}
        status = 404 if route.request.method == "HEAD" else 409
        route.fulfill(status=status, headers=headers, body='{"detail": "Upload-Offset"}')

    return handle


def test_a_stuck_photo_is_sent_again_and_never_holds_back_the_pull(server, devices) -> None:
    phone = devices(server.base_url, worker=False)
    phone.open_app()
    page = phone.page
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    phone.context.set_offline(True)
    phone.snap()
    [photo] = phone.local_photos()
    restarts: list[str] = []
    page.route("**/api/blobs/*", wedged_upload(photo["size"], restarts))
    # Meanwhile the desk adds a record the phone should receive.
    desk_entry = {"kind": "course", "course_title": "Applied Structural Drying"}
    phone.api("PUT", f"/api/entries/{uuid.uuid4()}", desk_entry)

    phone.context.set_offline(False)
    page.get_by_role("link", name="Log", exact=True).click()
    expect(page.get_by_role("link", name=re.compile("Applied Structural Drying"))).to_be_visible(
        timeout=SYNC_TIMEOUT_MS
    )
    # Told the server holds every byte, the phone started that upload over.
    assert restarts and all(r.startswith("bytes 0-") for r in restarts), restarts
    assert [p["uploaded"] for p in phone.local_photos()] == [False]

    page.unroute("**/api/blobs/*")
    page.get_by_role("button", name="Sync now").click()
    phone.wait_until(
        lambda: [p["uploaded"] for p in phone.local_photos()] == [True],
        SYNC_TIMEOUT_MS,
        "the photo to be on the server",
    )


def test_phone_and_desktop_edit_one_entry_converge_and_see_the_conflict(server, devices) -> None:
    phone = devices(server.base_url, PHONE, "phone")
    desktop = devices(server.base_url, DESKTOP, "desktop")
    email = phone.sign_up()
    desktop.log_in(email)
    entry_id = str(uuid.uuid4())
    phone.api(
        "PUT",
        f"/api/entries/{entry_id}",
        {
            "kind": "course",
            "course_title": "Odor Control Technician",
            "provider": "Restoration Academy",
            "holder_name": NAME,
            "completion_date": "2026-01-20",
            "hours": 14,
        },
    )
    for device in (phone, desktop):
        device.goto("#/log")
        device.page.get_by_role("link", name=re.compile("Odor Control Technician")).click()
        expect(device.page.get_by_label("Provider")).to_have_value("Restoration Academy")
        device.context.set_offline(True)

    # The same field, changed on both while neither can reach the server.
    for device, provider in ((phone, "Mold Academy"), (desktop, "Restoration Institute")):
        device.page.get_by_label("Provider").fill(provider)
        device.page.get_by_role("button", name="Save").click()
        expect(device.status()).to_have_text("Offline · 1 waiting to sync")
    for device in (phone, desktop):
        device.context.set_offline(False)
        expect(device.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    phone.page.get_by_role("button", name="Sync now").click()
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)

    # The later edit wins everywhere, and the one set aside is shown, not lost.
    for device in (phone, desktop):
        expect(device.page.get_by_label("Provider")).to_have_value("Restoration Institute")
    conflict = phone.page.get_by_role("article").filter(has_text="Provider changed on two devices")
    expect(conflict).to_contain_text("Mold Academy (this device)")
    expect(conflict).to_contain_text("Restoration Institute (other device)")
    expect(
        desktop.page.get_by_role("article").filter(has_text="Provider changed on two devices")
    ).to_contain_text("Restoration Institute (this device)")

    conflict.get_by_role("button", name="Keep mine").click()
    expect(phone.page.get_by_label("Provider")).to_have_value(
        "Mold Academy", timeout=SYNC_TIMEOUT_MS
    )
    expect(conflict).to_have_count(0)
    desktop.page.get_by_role("button", name="Sync now").click()
    expect(desktop.page.get_by_label("Provider")).to_have_value(
        "Mold Academy", timeout=SYNC_TIMEOUT_MS
    )
    expect(
        desktop.page.get_by_role("article").filter(has_text="Provider changed on two devices")
    ).to_have_count(0)
    assert phone.api("GET", f"/api/entries/{entry_id}")["provider"] == "Mold Academy"


def test_an_ended_session_keeps_the_changes_until_signing_in_again(server, devices) -> None:
    phone = devices(server.base_url)
    email = phone.open_app()
    page = phone.page
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    phone.api("POST", "/api/auth/logout")  # e.g. the session expired on the server

    page.get_by_role("button", name="Booth registration").click()
    expect(page.get_by_role("heading", name="Sign in again to sync")).to_be_visible(
        timeout=SYNC_TIMEOUT_MS
    )
    expect(phone.status()).to_have_text("1 waiting to sync")
    page.get_by_role("link", name="Sign in", exact=True).click()
    expect(page.get_by_label("Email")).to_have_value(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()

    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    assert [e["kind"] for e in phone.api("GET", "/api/entries")] == ["booth"]


def test_the_chosen_event_follows_to_the_other_device(server, devices) -> None:
    phone = devices(server.base_url, PHONE, "phone")
    desk = devices(server.base_url, DESKTOP, "desk")
    email = phone.sign_up()
    desk.log_in(email)
    phone.goto("#/show")
    phone.page.get_by_role("button", name="+ New event").click()
    phone.page.get_by_label("Event name").fill("The Experience 2026")
    phone.page.get_by_role("button", name="Create event").click()
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)

    desk.goto("#/show")
    desk.page.get_by_role("button", name="Sync now").click()
    chosen = desk.page.get_by_role("combobox", name="Event").locator("option:checked")
    expect(chosen).to_have_text("The Experience 2026", timeout=SYNC_TIMEOUT_MS)
    # A booth registration at the desk goes under the phone's event.
    desk.page.get_by_role("button", name="Booth registration").click()
    expect(desk.page.get_by_role("region", name="At this event")).to_contain_text(
        "IICRC booth registration · The Experience 2026"
    )
