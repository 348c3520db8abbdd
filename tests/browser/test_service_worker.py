"""The service worker's own behaviour: the app starts with the server gone,
API calls are never cached, and a new version waits for the user's reload."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.conftest import copy_web


def test_app_starts_with_no_network_and_shows_the_entries(own_server, devices) -> None:
    server = own_server(ocr_workers=0)
    phone = devices(server.base_url)
    phone.open_app()
    phone.wait_for_worker()
    phone.context.set_offline(True)
    phone.snap()
    expect(phone.status()).to_have_text("Offline · 1 waiting to sync")

    # Nothing answers any more but the service worker's cache.
    server.stop()
    phone.page.reload()
    expect(phone.page.get_by_role("heading", name="Totals")).to_be_visible()
    expect(phone.status()).to_have_text("Offline · 1 waiting to sync")
    phone.page.get_by_role("link", name="Log", exact=True).click()
    expect(phone.page.get_by_role("link", name=re.compile("Untitled certificate"))).to_be_visible()
    api_cached = phone.page.evaluate(
        """async () => {
            const urls = [];
            for (const name of await caches.keys()) {
                for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
            }
            return urls.filter((url) => new URL(url).pathname.startsWith('/api/'));
        }"""
    )
    assert api_cached == []


def test_new_version_is_offered_not_swapped_in(own_server, devices, tmp_path: Path) -> None:
    web = copy_web(tmp_path / "web")
    server = own_server(ocr_workers=0, web_dir=web)
    phone = devices(server.base_url)
    phone.sign_up()
    phone.goto("#/log")
    expect(phone.page.get_by_role("heading", name="Log")).to_be_visible()
    phone.wait_for_worker()
    old_caches = phone.page.evaluate("caches.keys()")
    assert len(old_caches) == 1 and old_caches[0].startswith("ceclog-shell-")

    # A release: new files, a new version stamp.
    sw = web / "sw.js"
    sw.write_text(
        re.sub(r"const VERSION = '[^']*';", "const VERSION = 'next-release';", sw.read_text())
    )
    (web / "css" / "app.css").write_text(
        (web / "css" / "app.css").read_text() + "\n.released { color: red; }\n"
    )
    phone.page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")

    expect(phone.page.get_by_text("New version available")).to_be_visible()
    # The user is not interrupted: same page, same screen, the old worker still in charge.
    expect(phone.page.get_by_role("heading", name="Log")).to_be_visible()
    assert phone.page.evaluate("caches.keys()").count(old_caches[0]) == 1

    with phone.page.expect_event("load"):
        phone.page.get_by_role("button", name="Reload").click()
    expect(phone.page.get_by_role("heading", name="Log")).to_be_visible()
    expect(phone.page.get_by_text("New version available")).to_be_hidden()
    assert phone.page.evaluate("caches.keys()") == ["ceclog-shell-next-release"]
    css = phone.page.evaluate("fetch('/css/app.css').then((r) => r.text())")
    assert ".released" in css


def test_chromium_offers_to_install_the_app(server, devices) -> None:
    phone = devices(server.base_url)
    phone.open_app()
    phone.wait_for_worker()
    # Chromium fires beforeinstallprompt only for an installable app: manifest, icons, worker.
    phone.page.get_by_role("link", name="Profile", exact=True).click()
    expect(phone.page.get_by_role("button", name="Install app")).to_be_visible()
