"""Checking what OCR read against the certificate, as a technician does: the
headline before and after review, the page beside the form with the line a
value came from, the "Certificate" dialog (never a new tab), tap-to-fill, and
a value read with doubt confirmed on its own, the profile's name found on the
page told apart from a value OCR picked, a value found but not sure enough
offered for one tap."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import Route, expect

from tests.browser.certificate import CERTIFICATE, certificate_photo
from tests.browser.conftest import DESKTOP, NAME, SYNC_TIMEOUT_MS, Device

OCR_TIMEOUT_MS = 90_000


def totals(device: Device):
    return device.page.get_by_role("region", name="Totals")


def test_snap_review_against_the_page_and_the_headline_counts_it(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    page = phone.page
    phone.snap()
    title = CERTIFICATE["course_title"]
    card = page.get_by_role("region", name="Capture").get_by_role("link", name=re.compile(title))
    expect(card).to_contain_text("Ready to review", timeout=OCR_TIMEOUT_MS)

    # Read but not checked: the hours wait beside the headline, never in it.
    expect(totals(phone)).to_contain_text("0 of 14 hours")
    expect(totals(phone).get_by_role("link", name="14 hours waiting for review")).to_be_visible()

    card.click()
    expect(page.get_by_label("Course title")).to_have_value(CERTIFICATE["course_title"])
    expect(page.get_by_text(re.compile(r"^Read from photo · \d+% sure$")).first).to_be_visible()
    # The provider under its plain label is shown: filled, or offered for one tap
    # where the reader is not sure enough of it to fill it.
    provider = page.get_by_label("Provider")
    if not provider.input_value():
        offer = f"Use “{CERTIFICATE['provider']}” for Provider"
        expect(page.get_by_role("button", name=offer)).to_be_visible()
    else:
        expect(provider).to_have_value(CERTIFICATE["provider"])

    # The page stays in view; focusing a field outlines the line it was read from.
    page.get_by_label("Course title").focus()
    expect(page.get_by_text("Course title: read from the outlined line")).to_be_visible()
    frame = page.get_by_role("button", name=re.compile("^Certificate page of"))
    expect(frame).to_be_in_viewport()
    provider.fill("")
    provider.focus()

    # The dialog, not a new tab; choosing a line fills the field last focused.
    frame.click()
    dialog = page.get_by_role("dialog", name="Certificate")
    expect(dialog).to_be_visible()
    assert len(phone.context.pages) == 1
    expect(dialog.get_by_text("Tap a line to put its text in Provider.")).to_be_visible()
    dialog.get_by_role("button", name=f"Provider: {CERTIFICATE['provider']}").click()
    expect(dialog).to_have_count(0)
    expect(provider).to_have_value(CERTIFICATE["provider"])
    expect(provider).to_be_focused()

    # The date from its line, turned into a date.
    page.get_by_label("Completion date").fill("")
    page.get_by_label("Completion date").focus()
    frame.click()
    dialog.get_by_role("button", name=re.compile("^Date of completion")).click()
    expect(page.get_by_label("Completion date")).to_have_value(CERTIFICATE["completion_date"])

    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Checked and saved")).to_be_visible()
    page.get_by_role("link", name="Home", exact=True).click()
    expect(totals(phone)).to_contain_text("14 of 14 hours")
    expect(totals(phone)).not_to_contain_text("waiting for review")


# What the reader answered for the certificate photo, with the name read with doubt.
def doubtful_reading(name_confidence: float) -> dict:
    lines = [
        ("Certificate of Completion", [353, 156, 1475, 234]),
        ("This certifies that", [726, 342, 1103, 376]),
        ("Ana Maria Lopez", [589, 429, 1240, 498]),
        ("has successfully completed the course", [499, 575, 1334, 618]),
        (CERTIFICATE["course_title"], [341, 660, 1487, 712]),
        (f"Provider: {CERTIFICATE['provider']}", [560, 800, 1270, 840]),
    ]
    return {
        "status": "done",
        "kind": "certificate",
        "fields": {
            "holder_name": {"value": "Ana Maria Lopez", "confidence": name_confidence, "line": 2},
            "course_title": {"value": CERTIFICATE["course_title"], "confidence": 0.9, "line": 4},
            "provider": {"value": CERTIFICATE["provider"], "confidence": 0.97, "line": 5},
        },
        "lines": [{"text": t, "confidence": 0.95, "box": box} for t, box in lines],
        "page": {"width": 1826, "height": 1414},
        "text": "",
        "error": None,
    }


def review_with_reading(own_server, devices, values: dict, answer: dict) -> tuple[Device, str]:
    """A desk reviewing an entry with these values, on a photo the reader
    answered `answer` for (no worker reads it for real)."""
    server = own_server(ocr_workers=0)
    desk = devices(server.base_url, DESKTOP, "desk", worker=False)
    desk.open_app()
    sha = desk.upload(certificate_photo())
    entry_id = str(uuid.uuid4())
    entry = {"kind": "course", "document_sha256": sha, "needs_review": True, **values}
    desk.api("PUT", f"/api/entries/{entry_id}", entry)

    def reading(route: Route) -> None:
        document = {"sha256": sha, "media_type": "image/jpeg", "size": 1, "created_at": ""}
        route.fulfill(json={**document, "ocr": answer})

    desk.page.route(f"**/api/documents/{sha}", reading)
    desk.goto(f"#/entry/{entry_id}")
    desk.page.get_by_role("button", name="Sync now").click()
    return desk, entry_id


def test_a_value_read_with_doubt_is_confirmed_on_its_own(own_server, devices) -> None:
    values = {
        "course_title": CERTIFICATE["course_title"],
        "provider": CERTIFICATE["provider"],
        "holder_name": "Ana Maria Lopez",
        "completion_date": CERTIFICATE["completion_date"],
        "hours": 14,
    }
    desk, entry_id = review_with_reading(own_server, devices, values, doubtful_reading(0.37))
    page = desk.page
    name = page.get_by_label("Name on certificate")
    expect(name).to_have_accessible_description("Not sure (37%): check it against the page")
    expect(page.get_by_label("Course title")).to_have_accessible_description(
        "Read from photo · 90% sure"
    )
    expect(page.get_by_role("note")).to_contain_text("One value was read with doubt.")

    # Save confirms what was in view, never the doubtful value nobody looked at.
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved. Still to check: Name on certificate")).to_be_visible()
    expect(page.get_by_label("Course title")).to_have_accessible_description("")
    expect(name).to_have_accessible_description("Not sure (37%): check it against the page")
    page.get_by_role("button", name="Sync now").click()
    expect(desk.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    assert desk.api("GET", f"/api/entries/{entry_id}")["needs_review"] is True

    # Checked against the page on its own: then the entry is reviewed.
    name.focus()
    expect(page.get_by_text("Name on certificate: read from the outlined line")).to_be_visible()
    page.get_by_role("button", name="Looks right (Name on certificate)").click()
    expect(name).to_have_accessible_description("")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Checked and saved")).to_be_visible()
    page.get_by_role("button", name="Sync now").click()
    expect(desk.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    assert desk.api("GET", f"/api/entries/{entry_id}")["needs_review"] is False


def test_the_profile_name_found_on_the_page_says_so(own_server, devices) -> None:
    # The server put the profile's spelling in: the page prints the name
    # without its accents, and OCR itself picked no holder.
    answer = doubtful_reading(0.9)
    del answer["fields"]["holder_name"]
    values = {"course_title": CERTIFICATE["course_title"], "holder_name": NAME}
    desk, _ = review_with_reading(own_server, devices, values, answer)
    page = desk.page
    name = page.get_by_label("Name on certificate")
    expect(name).to_have_value(NAME)
    expect(name).to_have_accessible_description("Your profile name, printed on the page · check")
    name.focus()
    expect(page.get_by_text("Name on certificate: read from the outlined line")).to_be_visible()


def test_a_value_found_but_not_sure_enough_is_offered_never_filled(own_server, devices) -> None:
    # The reader found the provider and the date but was not sure enough to fill them.
    answer = doubtful_reading(0.9)
    offered = answer["fields"].pop("provider")
    answer["lines"].append(
        {"text": "Completed on 2026-03-14", "confidence": 0.9, "box": [560, 900, 1270, 940]}
    )
    date = {"value": "2026-03-14", "confidence": 0.7, "line": len(answer["lines"]) - 1}
    answer["suggestions"] = {
        "provider": {**offered, "confidence": 0.8},
        "completion_date": date,
        # A signer's name, not the profile's: never offered as the holder's.
        "holder_name": {"value": "Dan Foster", "confidence": 0.7, "line": 1},
        "approval_number": {"value": "C963-71", "confidence": 0.8, "line": 1},
    }
    desk, entry_id = review_with_reading(own_server, devices, {}, answer)
    page = desk.page
    provider = page.get_by_label("Provider")
    take = page.get_by_role("button", name=f"Use “{CERTIFICATE['provider']}” for Provider")
    expect(take).to_be_visible()
    expect(provider).to_have_value("")
    expect(page.get_by_role("button", name=re.compile("for Name on certificate$"))).to_have_count(0)
    # The approval number's offer is not left folded away.
    expect(
        page.get_by_role("button", name="Use “C963-71” for Approval or course number")
    ).to_be_visible()

    # The empty field, and the offer, show the line the value may be on; one tap takes it.
    provider.focus()
    where = page.get_by_text("Provider: may be on the outlined line")
    expect(where).to_be_visible()
    take.focus()
    expect(where).to_be_visible()
    take.click()
    expect(provider).to_have_value(CERTIFICATE["provider"])
    expect(provider).to_be_focused()
    expect(take).to_have_count(0)
    # What the toast says leaves the Save button in reach.
    said = page.get_by_text("Provider filled from the page")
    expect(said).to_be_visible()
    toast, save = said.bounding_box(), page.get_by_role("button", name="Save").bounding_box()
    assert toast["y"] + toast["height"] <= save["y"], "the toast covers the Save button"

    # Typing in a field puts its offer away.
    date_field = page.get_by_label("Completion date")
    expect(date_field).to_have_value("")
    offer = page.get_by_role("button", name=re.compile("for Completion date$"))
    expect(offer).to_be_visible()
    date_field.fill("2026-03-13")
    expect(offer).to_have_count(0)

    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Checked and saved")).to_be_visible()
    page.get_by_role("button", name="Sync now").click()
    expect(desk.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    saved = desk.api("GET", f"/api/entries/{entry_id}")
    assert saved["provider"] == CERTIFICATE["provider"]
    assert saved["completion_date"] == "2026-03-13"


def test_next_to_review_walks_the_queue(own_server, devices) -> None:
    server = own_server(ocr_workers=0)
    phone = devices(server.base_url)
    phone.open_app()
    ids = []
    for title in ("Odor Control", "Applied Structural Drying"):
        ids.append(str(uuid.uuid4()))
        phone.api(
            "PUT",
            f"/api/entries/{ids[-1]}",
            {"kind": "course", "course_title": title, "hours": 2, "needs_review": True},
        )
    phone.page.get_by_role("button", name="Sync now").click()
    phone.goto(f"#/entry/{ids[0]}")
    page = phone.page
    expect(page.get_by_role("heading", name="Odor Control")).to_be_visible()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Checked and saved")).to_be_visible()
    page.get_by_role("link", name="Next to review (1)").click()
    expect(page.get_by_role("heading", name="Applied Structural Drying")).to_be_visible()
    expect(page.get_by_role("note")).to_contain_text("check each value against the page")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("note")).to_be_hidden()
    expect(page.get_by_role("link", name=re.compile("^Next to review"))).to_be_hidden()
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    assert [e["needs_review"] for e in phone.api("GET", "/api/entries")] == [False, False]


def test_each_warning_has_the_control_that_clears_it(own_server, devices) -> None:
    server = own_server(ocr_workers=0)
    phone = devices(server.base_url)
    phone.open_app()
    page = phone.page
    # The home screen's reminder to check the profile's email is done from there.
    reminders = page.get_by_role("region", name="Reminders")
    expect(reminders).to_contain_text("Check the email address on your IICRC profile")
    reminders.get_by_role("button", name="I checked it").click()
    page.get_by_role("button", name="Sync now").click()
    expect(reminders).not_to_contain_text(
        "Check the email address on your IICRC profile", timeout=SYNC_TIMEOUT_MS
    )

    entry_id = str(uuid.uuid4())
    body = {
        "kind": "course",
        "course_title": "Odor Control",
        "provider": "Restoration Academy",
        "holder_name": "Signature of Instructor",
        "completion_date": "2026-03-14",
        "hours": 3,
    }
    phone.api("PUT", f"/api/entries/{entry_id}", body)
    page.get_by_role("button", name="Sync now").click()
    phone.goto(f"#/entry/{entry_id}")
    problems = page.get_by_role("region", name="To check")
    expect(problems).to_contain_text("Name on certificate differs from your IICRC profile name")
    problems.get_by_role("button", name="Use Ana María López").click()
    expect(problems).not_to_contain_text("differs")
    expect(page.get_by_label("Name on certificate")).to_have_value("Ana María López")

    expect(problems).to_contain_text("IICRC approval of this course is not verified yet")
    problems.get_by_role("button", name="It is IICRC-approved").click()
    expect(problems).not_to_contain_text("approval")

    problems.get_by_role("button", name="Add the certificate").click()
    expect(page.get_by_role("button", name="Take a photo")).to_be_focused()
