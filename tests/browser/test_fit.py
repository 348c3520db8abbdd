"""Every screen fits a phone: no sideways scrolling from 320 to 430 px wide,
with the forms opened and long values in them."""

from __future__ import annotations

import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.certificate import certificate_photo

WIDTHS = [320, 360, 390, 412, 430]
LONG = "Applied Microbial Remediation Technician and Structural Drying Refresher Course"

SIDEWAYS = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > width + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}#${el.id}`);
    return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
}"""

ARRIVED = """() => {
    const img = document.querySelector('.page-frame img');
    return img && img.complete && img.naturalWidth > 0 && !document.querySelector('.page-view.loading');
}"""
SHEET_AND_FRAME = """() => ({
    sheet: document.querySelector('.sheet').getBoundingClientRect().width,
    frame: document.querySelector('.page-frame').clientWidth,
})"""


def seed(device) -> str:
    """An entry with long values and a certificate, an event, and one of each kind."""
    sha = device.upload(certificate_photo())
    entry_id = str(uuid.uuid4())
    device.api(
        "PUT",
        f"/api/entries/{entry_id}",
        {
            "kind": "course",
            "course_title": LONG,
            "provider": "Institute of Inspection, Cleaning and Restoration Certification Training",
            "holder_name": "Ana María López-Villanueva de la Cruz",
            "completion_date": "2026-03-14",
            "hours": 14,
            "document_sha256": sha,
            "needs_review": True,
        },
    )
    device.api("PUT", f"/api/entries/{uuid.uuid4()}", {"kind": "booth", "hours": 2})
    device.api("PUT", f"/api/events/{uuid.uuid4()}", {"name": "The Experience 2026, Las Vegas"})
    return entry_id


@pytest.mark.parametrize("width", WIDTHS)
def test_no_screen_scrolls_sideways(server, devices, width) -> None:
    phone = devices(server.base_url, {"width": width, "height": 800}, f"w{width}")
    phone.open_app()
    entry_id = seed(phone)
    page = phone.page
    page.get_by_role("button", name="Sync now").click()
    expect(phone.status()).to_have_text("Synced", timeout=30_000)
    opened = {
        "#/show": lambda: page.get_by_role("button", name="+ New event").click(),
        "#/profile": lambda: page.get_by_role("button", name="+ Add certification").click(),
        f"#/entry/{entry_id}": lambda: page.get_by_text("More details").click(),
        "#/submit": lambda: page.get_by_label("Choose all").check(),
    }
    screens = ["#/home", "#/capture", "#/add", "#/show", "#/log", "#/log/missing", "#/submit"]
    screens += ["#/records", "#/profile", f"#/entry/{entry_id}"]
    for route in screens:
        phone.goto(route)
        page.locator("main h1").first.wait_for()
        if route.startswith("#/entry/"):
            # The page shows whole as soon as it is there, not at the photo's
            # own size shrinking into the frame (a flash of a huge page).
            page.wait_for_function(ARRIVED)
            sizes = page.evaluate(SHEET_AND_FRAME)
            assert sizes["sheet"] <= sizes["frame"] + 1, f"{route} at {width} px: {sizes}"
        if route in opened:
            opened[route]()
        page.wait_for_timeout(300)
        fit = page.evaluate(SIDEWAYS)
        assert fit["scroll"] <= width and not fit["wide"], f"{route} at {width} px: {fit}"
    # The first screen of a visitor.
    visitor = devices(server.base_url, {"width": width, "height": 800}, f"v{width}")
    visitor.goto("#/signin/signin")
    visitor.page.get_by_role("heading", name="Sign in").wait_for()
    fit = visitor.page.evaluate(SIDEWAYS)
    assert fit["scroll"] <= width and not fit["wide"], f"sign in at {width} px: {fit}"


def test_a_saved_capture_with_a_long_title_keeps_home_in_the_screen(server, devices) -> None:
    phone = devices(server.base_url, {"width": 320, "height": 800}, "snap320")
    phone.open_app()
    phone.snap()
    card = phone.page.get_by_role("region", name="Capture").get_by_role("listitem")
    expect(card).to_contain_text("Ready to review", timeout=90_000)
    fit = phone.page.evaluate(SIDEWAYS)
    assert fit["scroll"] <= 320 and not fit["wide"], f"home after a snap: {fit}"
