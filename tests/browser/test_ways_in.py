"""Every way a certificate gets in besides the camera: a PDF or gallery image
through "Add entry" and its "Certificate file" input, an entry typed in, and a
PDF shared from another app (Web Share Target, handled by the service worker)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.certificate import CERTIFICATE, certificate_pdf
from tests.browser.conftest import SYNC_TIMEOUT_MS

OCR_TIMEOUT_MS = 90_000

SHARE_A_PDF = """async (bytes) => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(bytes)], 'WRT certificate.pdf', { type: 'application/pdf' }));
    const answer = await fetch('/share', { method: 'POST', body: form, redirect: 'manual' });
    return answer.type;
}"""


def test_a_pdf_through_add_entry_is_read_like_a_photo(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    page = phone.page
    page.get_by_role("button", name="Add entry").click()
    expect(page.get_by_role("heading", name="Add entry")).to_be_visible()
    page.get_by_label("Certificate file").set_input_files(
        files=[{"name": "WRT.pdf", "mimeType": "application/pdf", "buffer": certificate_pdf()}]
    )
    # Straight to its review; the reader fills it in from the PDF's text.
    expect(page.get_by_label("Course title")).to_have_value(
        CERTIFICATE["course_title"], timeout=OCR_TIMEOUT_MS
    )
    expect(page.get_by_label("CEC hours")).to_have_value("14")
    expect(page.get_by_role("note")).to_contain_text("check each value against the page")
    [entry] = phone.api("GET", "/api/entries")
    document = phone.api("GET", f"/api/documents/{entry['document_sha256']}")
    assert document["media_type"] == "application/pdf"


def test_a_typed_entry_counts_once_its_certificate_is_added(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    page = phone.page
    page.get_by_role("link", name="Log", exact=True).click()
    page.get_by_role("button", name="Add entry").click()
    page.get_by_label("Course title").fill("Odor Control Technician")
    page.get_by_label("Provider").fill("Restoration Academy")
    page.get_by_label("Completion date").fill("2026-03-20")
    page.get_by_label("CEC hours").fill("3.5")
    page.get_by_role("button", name="Save entry").click()

    expect(page.get_by_role("heading", name="Odor Control Technician")).to_be_visible()
    problems = page.get_by_role("region", name="To check")
    expect(problems).to_contain_text("No certificate photo or PDF")
    page.get_by_role("link", name="Home", exact=True).click()
    totals = page.get_by_role("region", name="Totals")
    expect(totals).to_contain_text("0 of 14 hours")
    totals.get_by_role("link", name="3.5 hours missing proof").click()
    page.get_by_role("link", name=re.compile("Odor Control Technician")).click()

    page.get_by_label("Certificate file").set_input_files(
        files=[{"name": "odor.pdf", "mimeType": "application/pdf", "buffer": certificate_pdf()}]
    )
    expect(problems).not_to_contain_text("No certificate photo or PDF")
    # What was typed stays: the reader only fills what is empty.
    expect(page.get_by_label("Course title")).to_have_value("Odor Control Technician")
    page.get_by_role("link", name="Home", exact=True).click()
    expect(totals).to_contain_text("3.5 of 14 hours")


def test_a_pdf_shared_from_another_app_becomes_an_entry(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    phone.wait_for_worker()
    page = phone.page
    assert page.evaluate(SHARE_A_PDF, list(certificate_pdf())) == "opaqueredirect"
    # The share sheet lands on #/add/shared; a file that waits is offered on Home too.
    page.reload()
    expect(page.get_by_role("heading", name="1 shared file waits")).to_be_visible()
    page.get_by_role("link", name="Add them to the log").click()
    expect(page.get_by_label("Course title")).to_have_value(
        CERTIFICATE["course_title"], timeout=OCR_TIMEOUT_MS
    )
    expect(phone.status()).to_have_text("Synced", timeout=SYNC_TIMEOUT_MS)
    [entry] = phone.api("GET", "/api/entries")
    assert entry["course_title"] == CERTIFICATE["course_title"]
    # Taken once: opening the page again adds nothing.
    phone.goto("#/add/shared")
    expect(page.get_by_role("heading", name="Add entry")).to_be_visible()
    assert len(phone.api("GET", "/api/entries")) == 1
