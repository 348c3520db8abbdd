"""The submit flow in the browser: choose entries, download the email package,
say it was sent, confirm one in the profile, report another through the portal
values, and see the records screen make a backup and a calendar link."""

from __future__ import annotations

import email
import io
import re
import uuid
import zipfile
from email.policy import default

from playwright.sync_api import expect

from tests.browser.certificate import CERTIFICATE, certificate_photo
from tests.browser.conftest import DESKTOP, SYNC_TIMEOUT_MS, Device


def add_entry(device: Device, title: str, day: str, hours: float, sha: str | None, **fields) -> str:
    entry_id = str(uuid.uuid4())
    body = {
        "kind": "course",
        "course_title": title,
        "provider": "Restoration Academy",
        "holder_name": "Ana María López",
        "completion_date": day,
        "hours": hours,
        "document_sha256": sha,
        "approval_verified": True,
        **fields,
    }
    device.api("PUT", f"/api/entries/{entry_id}", body)
    return entry_id


def status_of(device: Device, entry_id: str) -> dict:
    return device.api("GET", f"/api/entries/{entry_id}")["submission"]


def test_submit_by_email_confirm_and_portal(server, devices) -> None:
    desk = devices(server.base_url, DESKTOP, name="desk")
    desk.open_app()
    desk.api("PATCH", "/api/me", {"iicrc_id": "IICRC-98765"})
    photo = certificate_photo()
    sha = desk.upload(photo)
    wrt = add_entry(desk, "WRT CEC", "2026-04-02", 14, sha)
    asd = add_entry(desk, "Applied Structural Drying", "2026-04-20", 7, sha)
    odor = add_entry(desk, "Odor Control", "2026-05-06", 3.5, None)
    page = desk.page
    desk.page.get_by_role("button", name="Sync now").click()
    page.get_by_role("link", name="Submit", exact=True).click()
    expect(page.get_by_role("heading", name="Submit to the IICRC")).to_be_visible()
    expect(page.get_by_role("checkbox", name="WRT CEC")).to_be_visible(timeout=SYNC_TIMEOUT_MS)

    # Email package: two entries chosen, the .eml downloaded, then "I sent it".
    page.get_by_role("checkbox", name="WRT CEC").check()
    page.get_by_role("checkbox", name="Applied Structural Drying").check()
    expect(page.get_by_text("2 of 3 entries chosen")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download email (.eml)").click()
    eml = download.value
    assert eml.suggested_filename.endswith(".eml")
    message = email.message_from_bytes(open(eml.path(), "rb").read(), policy=default)
    assert message["To"] == "renewals@iicrcnet.org"
    assert "IICRC-98765" in message["Subject"]
    names = [a.get_filename() for a in message.iter_attachments()]
    assert names == ["2026-04-WRT-CEC-14hrs.pdf"]  # one photo for both: attached once
    assert all(a.get_content().startswith(b"%PDF-") for a in message.iter_attachments())
    assert status_of(desk, wrt)["status"] == "not_submitted"  # not until the user says so

    page.get_by_role("button", name="I sent it").click()
    waiting = page.get_by_role("region", name="Waiting for the IICRC")
    expect(waiting.get_by_role("listitem", name="WRT CEC")).to_be_visible(timeout=SYNC_TIMEOUT_MS)
    expect(waiting.get_by_role("listitem", name="Applied Structural Drying")).to_be_visible()
    assert (
        status_of(desk, wrt)["method"] == "email" and status_of(desk, asd)["status"] == "submitted"
    )
    expect(page.get_by_role("checkbox", name="WRT CEC")).to_have_count(0)

    # The hours show in the IICRC profile: confirm one.
    waiting.get_by_role("listitem", name="WRT CEC").get_by_role(
        "button", name="Confirmed in profile"
    ).click()
    expect(waiting.get_by_role("listitem", name="WRT CEC")).to_have_count(
        0, timeout=SYNC_TIMEOUT_MS
    )
    assert status_of(desk, wrt)["status"] == "confirmed"

    # A rejection keeps its reason and puts the entry back to submit.
    row = waiting.get_by_role("listitem", name="Applied Structural Drying")
    row.get_by_role("button", name="Rejected…").click()
    row.get_by_label("Why the IICRC rejected it").fill("Course not approved")
    row.get_by_role("button", name="Save rejection").click()
    expect(page.get_by_text("Rejected: Course not approved")).to_be_visible(timeout=SYNC_TIMEOUT_MS)
    assert status_of(desk, asd) == {
        "status": "rejected",
        "method": "email",
        "submitted_on": status_of(desk, asd)["submitted_on"],
        "confirmed_on": None,
        "reason": "Course not approved",
    }

    # Portal assist: the values to type, then "Reported in portal".
    page.get_by_role("checkbox", name="Odor Control").check()
    page.get_by_role("button", name="Report in IICRC portal").click()
    panel = page.get_by_role("region", name="Report CECs: Odor Control")
    expect(panel.get_by_text("05/06/2026")).to_be_visible()
    expect(panel.get_by_text("3.5", exact=True)).to_be_visible()
    expect(panel.get_by_role("button", name="Copy course name of Odor Control")).to_be_visible()
    panel.get_by_role("button", name="Reported in portal").click()
    expect(waiting.get_by_role("listitem", name="Odor Control")).to_be_visible(
        timeout=SYNC_TIMEOUT_MS
    )
    assert status_of(desk, odor)["method"] == "portal"


def test_records_screen_backs_up_and_makes_a_calendar_link(server, devices) -> None:
    desk = devices(server.base_url, DESKTOP, name="desk")
    desk.open_app()
    add_entry(desk, "WRT CEC", "2026-04-02", 14, desk.upload(certificate_photo()))
    page = desk.page
    page.get_by_role("link", name="Records", exact=True).click()
    expect(page.get_by_role("heading", name="Records and backup")).to_be_visible()
    expect(page.get_by_text("Never backed up")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("button", name="Download backup (ZIP)").click()
    archive = zipfile.ZipFile(io.BytesIO(open(download.value.path(), "rb").read()))
    assert "certificates/2026-04-WRT-CEC-14hrs.pdf" in archive.namelist()
    expect(page.get_by_text("Last backup")).to_be_visible(timeout=SYNC_TIMEOUT_MS)

    with page.expect_download() as log:
        page.get_by_role("button", name="Download log (CSV)").click()
    assert open(log.value.path(), "rb").read().startswith(b"\xef\xbb\xbf")

    page.get_by_role("button", name="Make a calendar link").click()
    address = page.get_by_label("Calendar address")
    expect(address).to_be_visible()
    url = address.input_value()
    assert url.endswith(".ics")
    apps = page.get_by_role("list", name="Add it to your calendar")
    expect(apps.get_by_role("link", name="Add to Apple Calendar")).to_have_attribute(
        "href", re.compile(r"^webcal://")
    )
    google = apps.get_by_role("link", name="Add to Google Calendar")
    expect(google).to_have_attribute(
        "href", re.compile(r"^https://calendar\.google\.com/.*cid=webcal")
    )
    expect(apps.get_by_role("link", name="Add to Outlook.com")).to_be_visible()
    feed = desk.context.request.get(url)
    assert feed.ok and b"BEGIN:VCALENDAR" in feed.body()
    page.get_by_role("button", name="Turn the calendar off").click()
    expect(page.get_by_text("No calendar link yet.")).to_be_visible()
    assert desk.context.request.get(url).status == 404


# A phone's share sheet, as the app sees it: what was shared is kept for the test.
FAKE_SHARE_SHEET = """
    navigator.canShare = () => true;
    navigator.share = async (data) => {
        window.shared = {
            title: data.title, text: data.text,
            files: await Promise.all(data.files.map(async (f) => ({
                name: f.name, type: f.type, head: new TextDecoder().decode((await f.arrayBuffer()).slice(0, 5)),
            }))),
        };
    };
"""


def test_entries_not_ready_are_flagged_before_they_are_submitted(server, devices) -> None:
    desk = devices(server.base_url, DESKTOP, name="desk")
    desk.open_app()
    sha = desk.upload(certificate_photo())
    add_entry(desk, "Ready course", "2026-04-02", 7, sha)
    add_entry(desk, "Read by OCR", "2026-04-03", 3, sha, needs_review=True)
    add_entry(desk, "Other name", "2026-04-04", 2, sha, holder_name="Maria Gomez")
    add_entry(desk, "No file", "2026-04-05", 1, None)
    page = desk.page
    page.get_by_role("button", name="Sync now").click()
    page.get_by_role("link", name="Submit", exact=True).click()
    expect(page.get_by_role("checkbox", name="No file")).to_be_visible(timeout=SYNC_TIMEOUT_MS)

    def row(title: str):
        return page.get_by_role("listitem").filter(has=page.get_by_role("checkbox", name=title))

    expect(row("Read by OCR")).to_contain_text("To review")
    expect(row("Other name")).to_contain_text("Name differs from your profile")
    expect(row("No file")).to_contain_text("No certificate file")
    expect(row("Ready course").locator(".chip")).to_have_count(0)
    warning = page.get_by_text(re.compile("not ready .*the IICRC may turn"))
    page.get_by_role("checkbox", name="Ready course").check()
    expect(warning).to_be_hidden()
    page.get_by_role("checkbox", name="Other name").check()
    expect(warning).to_have_text(
        "1 chosen entry is not ready (marked below): the IICRC may turn it down. Review first."
    )


def test_a_phone_shares_the_pdfs_and_the_message(server, devices) -> None:
    phone = devices(server.base_url)
    phone.context.add_init_script(FAKE_SHARE_SHEET)
    phone.open_app()
    phone.api("PATCH", "/api/me", {"iicrc_id": "IICRC-98765"})
    sha = phone.upload(certificate_photo())
    titles = ["WRT CEC", "Applied Structural Drying", "Odor Control"]
    for n, title in enumerate(titles):
        add_entry(phone, title, f"2026-04-0{n + 1}", 7, sha)
    page = phone.page
    page.get_by_role("button", name="Sync now").click()
    page.get_by_role("link", name="Submit", exact=True).click()
    expect(page.get_by_role("checkbox", name="Odor Control")).to_be_visible(timeout=SYNC_TIMEOUT_MS)
    page.get_by_label("Choose all").check()
    page.get_by_role("button", name="Share PDFs and message").click()
    page.get_by_role("button", name="I sent it").click()
    waiting = page.get_by_role("region", name="Waiting for the IICRC")
    expect(waiting.get_by_role("listitem")).to_have_count(3, timeout=SYNC_TIMEOUT_MS)

    # The three entries share one photo, so one PDF goes, named for the first.
    shared = page.evaluate("window.shared")
    assert [f["name"] for f in shared["files"]] == ["2026-04-WRT-CEC-7hrs.pdf"]
    assert all(f["type"] == "application/pdf" and f["head"] == "%PDF-" for f in shared["files"])
    assert shared["text"].startswith("To: renewals@iicrcnet.org")
    assert "IICRC-98765" in shared["title"]


def test_webmail_gets_the_message_to_copy_and_the_pdfs(server, devices) -> None:
    desk = devices(server.base_url, DESKTOP, name="desk", worker=False)
    desk.open_app()
    desk.api("PATCH", "/api/me", {"iicrc_id": "IICRC-98765"})
    sha = desk.upload(certificate_photo())
    other = desk.upload(certificate_photo({**CERTIFICATE, "course_title": "Odor Control"}))
    add_entry(desk, "WRT CEC", "2026-04-02", 14, sha)
    add_entry(desk, "Odor Control", "2026-04-06", 3.5, other)
    page = desk.page
    page.get_by_role("button", name="Sync now").click()
    page.get_by_role("link", name="Submit", exact=True).click()
    page.get_by_label("Choose all").check()

    # Building the package takes a while: the wait is shown, not a frozen button.
    held = []
    page.route("**/api/submissions/email", lambda route: held.append(route))
    page.get_by_role("button", name="Download email (.eml)").click()
    expect(page.get_by_text("Preparing the email with 2 certificates…")).to_be_visible()
    desk.wait_until(lambda: held, 10_000, "the package request")
    with page.expect_download() as eml:
        held[0].continue_()
    assert eml.value.suggested_filename.endswith(".eml")
    expect(page.get_by_text("Preparing the email with 2 certificates…")).to_be_hidden()

    page.get_by_role("button", name="Webmail: copy the message, download the PDFs").click()
    panel = page.get_by_role("region", name="Send it from webmail")
    expect(panel).to_contain_text("renewals@iicrcnet.org")
    expect(panel.get_by_role("button", name="Copy message")).to_be_visible()
    names = []
    page.on("download", lambda d: names.append(d.suggested_filename))
    panel.get_by_role("button", name="Download the 2 PDFs").click()
    desk.wait_until(lambda: len(names) == 2, 20_000, "two PDF downloads")
    assert sorted(names) == ["2026-04-Odor-Control-3.5hrs.pdf", "2026-04-WRT-CEC-14hrs.pdf"]
