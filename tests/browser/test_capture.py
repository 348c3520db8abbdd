"""Capturing, as at a trade show on a slow network: the states a capture goes
through, in order, where the technician sees them."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.conftest import Device

OCR_TIMEOUT_MS = 90_000

# Every text the capture card's status chip and the header's activity line take, in order.
RECORD_STATES = """() => {
    window.seen = [];
    const note = () => {
        const chip = document.querySelector('.snap-result .chip');
        const activity = document.getElementById('sync-activity').textContent;
        for (const text of [chip && chip.textContent, activity]) {
            if (text && window.seen.at(-1) !== text) window.seen.push(text);
        }
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
}"""


def throttle(device: Device, upload_kbps: int) -> None:
    cdp = device.context.new_cdp_session(device.page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 150,
            "downloadThroughput": 400 * 1024,
            "uploadThroughput": upload_kbps * 1024,
        },
    )


def test_capture_states_in_order_on_a_slow_network(server, devices) -> None:
    phone = devices(server.base_url, worker=False)
    phone.open_app()
    page = phone.page
    throttle(phone, upload_kbps=48)
    page.evaluate(RECORD_STATES)
    phone.snap()
    # On its way, a capture is not "missing" anything: nothing needs attention yet.
    attention = page.get_by_role("region", name="Needs attention")
    expect(page.get_by_text(re.compile(r"^Uploading photo · \d+%$"))).to_be_visible()
    expect(attention).to_contain_text("Nothing needs your attention.")
    card = page.get_by_role("region", name="Capture").get_by_role("listitem")
    expect(card).to_contain_text("Ready to review", timeout=OCR_TIMEOUT_MS)

    seen = page.evaluate("window.seen")
    chips = [s for s in seen if not s.startswith(("Uploading photo", "Reading "))]
    header = [s for s in seen if s.startswith(("Uploading photo", "Reading "))]
    kinds = [re.sub(r"\d+%", "N%", s) for s in chips]
    steps = [k for i, k in enumerate(kinds) if i == 0 or kinds[i - 1] != k]
    # Each state once, in order: never back to an earlier one.
    assert steps == ["Saved on this device", "Uploading N%", "Reading…", "Ready to review"], seen
    # The header speaks of the upload and the reading apart from sync.
    assert any(s.startswith("Uploading photo · ") for s in header), seen
    assert "Reading 1 certificate…" in header, seen
    assert header.index("Reading 1 certificate…") > max(
        i for i, s in enumerate(header) if s.startswith("Uploading")
    )
    expect(attention).to_contain_text("Read from the photo: check the details")
