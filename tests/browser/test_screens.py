"""The screens on a phone, without needing the server to sync: first visit,
capture, trade-show mode, review, log search, profile, keyboard and sizes."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.certificate import badge_photo
from tests.browser.conftest import DESKTOP, NAME, PASSWORD


def test_first_visit_creates_the_owner_account(own_server, devices) -> None:
    server = own_server(signup="first", ocr_workers=0)
    phone = devices(server.base_url)
    phone.goto()
    page = phone.page
    expect(page.get_by_role("heading", name="Welcome to ceclog")).to_be_visible()
    expect(page.get_by_text("your account also looks after this ceclog server")).to_be_visible()
    expect(phone.status()).to_be_hidden()  # nothing is synced before there is an account
    page.get_by_label("Full name as on your IICRC profile").fill(NAME)
    page.get_by_label("Email").fill("owner-first-visit@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()

    expect(page.get_by_role("heading", name="Totals")).to_be_visible()
    expect(page.get_by_text(re.compile(r"^0 of 14 hours$"))).to_be_visible()
    expect(page.get_by_role("button", name="Snap certificate")).to_be_visible()
    expect(page.get_by_role("button", name="Booth registration")).to_be_visible()
    expect(page.get_by_role("button", name="Sync now")).to_be_visible()
    expect(page.get_by_text("Nothing needs your attention.")).to_be_visible()
    assert phone.api("GET", "/api/me")["full_name"] == NAME

    # The server has its owner now: the next visitor is offered signing in only.
    stranger = devices(server.base_url)
    stranger.goto()
    expect(stranger.page.get_by_role("heading", name="Sign in")).to_be_visible()
    expect(
        stranger.page.get_by_text("Ask the owner of this server for an account.")
    ).to_be_visible()
    expect(stranger.page.get_by_role("button", name="Create an account")).to_have_count(0)
    stranger.page.get_by_text("Forgot your password?").click()
    stranger.page.get_by_label("Email").fill("owner-first-visit@example.com")
    expect(
        stranger.page.get_by_text(
            "ceclog user password owner-first-visit@example.com --password-stdin"
        )
    ).to_be_visible()

    # The session cookie keeps the device signed in across visits.
    page.reload()
    expect(page.get_by_role("heading", name="Totals")).to_be_visible()


def test_wrong_password_says_so(server, devices) -> None:
    phone = devices(server.base_url)
    email = phone.sign_up()
    phone.context.clear_cookies()
    phone.goto("#/signin/signin")
    page = phone.page
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.get_by_role("alert")).to_have_text("The email or password is wrong.")


def test_offline_capture_is_an_entry_at_once_and_opens_its_review(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    phone.wait_for_worker()
    phone.context.set_offline(True)
    phone.snap()
    page = phone.page
    expect(phone.status()).to_have_text("Offline · 1 waiting to sync")
    # On its way, it is not "needing attention" for fields not read yet.
    expect(page.get_by_role("region", name="Needs attention")).to_contain_text(
        "Nothing needs your attention."
    )
    page.get_by_role("link", name="Log", exact=True).click()
    expect(page.get_by_role("heading", name="Log")).to_be_visible()
    page.get_by_text("Untitled certificate").click()

    expect(page.get_by_role("heading", name="Untitled certificate")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Certificate page of"))).to_be_visible()
    # Not read yet: a fresh capture is on its way, not a record full of holes.
    expect(page.get_by_role("note")).to_have_text(
        "Saved on this device. It is read once it reaches the server."
    )
    problems = page.get_by_role("region", name="To check")
    expect(problems).not_to_contain_text("missing")
    expect(problems).not_to_contain_text("No certificate photo")

    page.get_by_label("Course title").fill("Applied Microbial Remediation Technician")
    page.get_by_label("Provider").fill("Mold Academy")
    page.get_by_label("Completion date").fill("2026-02-10")
    page.get_by_label("CEC hours").fill("7.5")
    page.get_by_label("Name on certificate").fill(NAME)
    page.get_by_role("button", name="Save").click()
    expect(
        page.get_by_role("heading", name="Applied Microbial Remediation Technician")
    ).to_be_visible()
    expect(problems).not_to_contain_text("missing")

    page.reload()
    expect(page.get_by_label("Provider")).to_have_value("Mold Academy")
    expect(page.get_by_label("CEC hours")).to_have_value("7.5")
    expect(phone.status()).to_have_text("Offline · 1 waiting to sync")


def test_trade_show_event_booth_and_timed_session(server, devices) -> None:
    phone = devices(server.base_url)
    page = phone.page
    page.clock.install()
    # From a settled app (the first sync done): a tap during that sync's
    # redraw can land on a button that moves.
    phone.open_app()
    phone.goto("#/show")
    expect(page.get_by_role("heading", name="Trade show")).to_be_visible()

    page.get_by_role("button", name="+ New event").click()
    page.get_by_label("Event name").fill("The Experience 2026")
    page.get_by_label("Location").fill("Las Vegas")
    page.get_by_role("button", name="Create event").click()
    chosen = page.get_by_role("combobox", name="Event").locator("option:checked")
    expect(chosen).to_have_text("The Experience 2026")

    booth = page.get_by_role("button", name="Booth registration")
    booth.click()
    expect(page.get_by_text("Saved").first).to_be_visible()
    expect(page.get_by_role("button", name="Add badge photo")).to_be_visible()

    # A second one the same day at the same event asks first.
    booth.click()
    expect(page.get_by_text("You recorded the booth today already")).to_be_visible()
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("button", name="Record another")).to_have_count(0)

    page.get_by_label("Session title").fill("Drying science update")
    page.get_by_label("Presenter or provider").fill("IICRC")
    page.get_by_role("button", name="Check in").click()
    expect(page.get_by_role("heading", name="In session")).to_be_visible()
    page.clock.fast_forward("00:07:00")
    expect(page.get_by_text("7 min so far · 0 hours if you check out now")).to_be_visible()
    page.clock.fast_forward("01:24:00")
    expect(page.get_by_role("timer")).to_have_text(re.compile(r"^1:31:0\d$"))
    page.get_by_role("button", name="Check out").click()
    expect(page.get_by_text("Checked out · 1 h 31 min · 1.5 hours recorded")).to_be_visible()

    at_show = page.get_by_role("region", name="At this event")
    expect(at_show.get_by_role("link")).to_have_count(2)
    expect(at_show).to_contain_text("IICRC booth registration · The Experience 2026")
    expect(at_show).to_contain_text("Drying science update")
    expect(at_show).to_contain_text("1.5 h")

    # The booth counts; the session waits for its attendance slip.
    page.get_by_role("link", name="Home", exact=True).click()
    expect(page.get_by_text(re.compile(r"^2 of 14 hours$"))).to_be_visible()
    page.get_by_role("link", name="1.5 hours missing proof").click()
    expect(page.get_by_role("heading", name="Missing proof")).to_be_visible()
    expect(page.get_by_role("main").get_by_role("listitem")).to_have_text(
        re.compile("Drying science update.*No certificate photo or PDF")
    )


def test_check_out_offers_the_attendance_slip_and_booth_asks_twice(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    page = phone.page
    page.get_by_role("button", name="Booth registration").click()
    expect(page.get_by_text("Booth registration saved · 2 hours")).to_be_visible()
    page.get_by_role("button", name="Booth registration").click()
    page.get_by_role("button", name="Record another").click()
    expect(page.get_by_text("Booth registration saved · 2 hours")).to_be_visible()
    # Two taps at once are one registration.
    page.get_by_role("button", name="Booth registration").dblclick()
    expect(page.get_by_role("button", name="Record another")).to_be_visible()
    page.get_by_role("button", name="Cancel").click()
    phone.page.get_by_role("button", name="Sync now").click()
    expect(phone.status()).to_have_text("Synced", timeout=30_000)
    assert [e["kind"] for e in phone.api("GET", "/api/entries")] == ["booth", "booth"]

    phone.goto("#/show")
    page.get_by_label("Session title").fill("Mold remediation update")
    page.get_by_role("button", name="Check in").click()
    page.get_by_role("button", name="Check out").click()
    expect(page.get_by_role("heading", name="Photograph the attendance slip")).to_be_visible()
    page.get_by_label("Attendance slip photo").set_input_files(
        files=[{"name": "slip.jpg", "mimeType": "image/jpeg", "buffer": badge_photo()}]
    )
    expect(page.get_by_text("Attendance slip saved")).to_be_visible()
    expect(page.get_by_role("heading", name="Educational session")).to_be_visible()
    at_show = page.get_by_role("region", name="At this event")
    expect(at_show).to_have_count(0)  # no event chosen: nothing listed under one
    phone.goto("#/log")
    page.get_by_role("link", name=re.compile("Mold remediation update")).click()
    expect(page.get_by_role("region", name="To check")).not_to_contain_text(
        "No certificate photo or PDF"
    )


def test_a_row_being_tapped_stays_while_the_log_refreshes(server, devices) -> None:
    # An upload's progress or another tab's write redraws the log many times;
    # a row must stay the same row so that a tap landing mid-redraw opens it.
    phone = devices(server.base_url)
    phone.open_app()
    page = phone.page
    page.get_by_role("button", name="Booth registration").click()
    phone.goto("#/log")
    row = page.get_by_role("link", name=re.compile("IICRC booth registration"))
    row.evaluate("(el) => { window.heldRow = el; }")

    other = phone.context.new_page()
    other.goto(f"{server.base_url}/#/show")
    other.get_by_role("button", name="Booth registration").click()
    other.get_by_role("button", name="Record another").click()
    expect(other.get_by_text("Booth registration saved · 2 hours")).to_be_visible()

    expect(row).to_have_count(2)
    assert page.evaluate("() => window.heldRow.isConnected")
    page.evaluate("() => window.heldRow.click()")
    expect(page.get_by_role("heading", name="IICRC booth registration")).to_be_visible()


def test_log_search_and_statuses(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    page = phone.page
    page.get_by_role("button", name="Booth registration").click()
    phone.snap()
    page.get_by_role("link", name="Log", exact=True).click()
    rows = page.get_by_role("main").get_by_role("listitem")
    expect(rows).to_have_count(2)
    # A fresh capture says where it is on its way, never that it is incomplete.
    expect(page.get_by_role("link", name=re.compile("Untitled certificate"))).to_contain_text(
        re.compile(r"Saved on this device|Uploading \d+%|Reading…")
    )
    expect(page.get_by_role("link", name=re.compile("IICRC booth registration"))).to_contain_text(
        "Not submitted"
    )

    page.get_by_label("Search entries").fill("booth")
    expect(rows).to_have_count(1)
    expect(page.get_by_text("1 of 2 entries")).to_be_visible()
    page.get_by_label("Search entries").fill("no such course")
    expect(page.get_by_text("Nothing matches")).to_be_visible()


def test_profile_booth_hours_drive_booth_registration(server, devices) -> None:
    phone = devices(server.base_url)
    phone.sign_up()
    phone.goto("#/profile")
    page = phone.page
    expect(page.get_by_label("Full name as on your IICRC profile")).to_have_value(NAME)
    expect(page.get_by_label("Booth registration hours")).to_have_value("2")
    page.get_by_label("IICRC ID").fill("IICRC-123456")
    page.get_by_label("Booth registration hours").fill("1.5")
    page.get_by_role("button", name="+ Add certification").click()
    page.get_by_label("Code").fill("wrt")
    page.get_by_label("Certified on").fill("2024-05-01")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved")).to_be_visible()

    page.get_by_role("link", name="Home", exact=True).click()
    expect(page.get_by_text("1.5 hours for today")).to_be_visible()
    page.get_by_role("button", name="Booth registration").click()
    expect(page.get_by_text("Booth registration saved · 1.5 hours")).to_be_visible()

    page.reload()
    page.get_by_role("link", name="Profile", exact=True).click()
    expect(page.get_by_label("IICRC ID")).to_have_value("IICRC-123456")
    expect(page.get_by_label("Code")).to_have_value("WRT")


def test_change_the_password_then_sign_out_everywhere(server, devices) -> None:
    phone = devices(server.base_url)
    email = phone.open_app()
    desk = devices(server.base_url, DESKTOP, "desk")
    desk.log_in(email)
    page = phone.page
    page.get_by_role("link", name="Profile", exact=True).click()
    page.get_by_label("Current password").fill("not the password")
    page.get_by_label("New password").fill("a brand new password")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("alert")).to_have_text("The current password is wrong.")

    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_text("Password changed")).to_be_visible()
    # The desk was signed out; the phone, which made the change, was not.
    assert desk.context.request.get(f"{server.base_url}/api/me").status == 401
    assert phone.api("GET", "/api/me")["email"] == email

    desk.log_in_with(email, "a brand new password")
    page.get_by_role("button", name="Sign out everywhere").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    for device in (phone, desk):
        assert device.context.request.get(f"{server.base_url}/api/me").status == 401


def test_keyboard_reaches_the_actions_and_inputs_are_large(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    page = phone.page
    booth = page.get_by_role("button", name="Booth registration")
    for _ in range(30):
        page.keyboard.press("Tab")
        if booth.evaluate("(el) => el === document.activeElement"):
            break
    else:
        raise AssertionError("Tab never reached the Booth registration button")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Booth registration saved · 2 hours")).to_be_visible()

    # iOS zooms into inputs under 16 px; small targets are hard to hit with a thumb.
    for route in ("#/home", "#/show", "#/log", "#/profile"):
        phone.goto(route)
        page.locator("h1").wait_for()
        too_small = page.evaluate(
            """() => [...document.querySelectorAll('input:not([type=file]):not([type=checkbox]), select, textarea')]
                .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16 || el.getBoundingClientRect().height < 44)
                .map((el) => el.id || el.name)"""
        )
        assert too_small == [], f"{route}: {too_small}"
        small_buttons = page.evaluate(
            """() => [...document.querySelectorAll('button, .nav a')]
                .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
                .map((el) => el.textContent.trim())"""
        )
        assert small_buttons == [], f"{route}: {small_buttons}"


def test_iphone_is_told_to_add_the_app_to_the_home_screen(server, devices) -> None:
    iphone = devices(
        server.base_url,
        user_agent="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
        " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    )
    iphone.open_app()
    hint = iphone.page.get_by_role("region", name="Add ceclog to your Home Screen")
    expect(hint).to_contain_text("Add to Home Screen")
    hint.get_by_role("button", name="Got it").click()
    expect(hint).to_have_count(0)
    iphone.page.reload()
    expect(iphone.page.get_by_role("heading", name="Totals")).to_be_visible()
    expect(hint).to_have_count(0)
