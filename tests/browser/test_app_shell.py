"""The app shell as files: installable manifest and icons, a service worker
whose version follows its files and that precaches all of them, and the size
budget."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


stamp = _script("stamp_shell")
bench = _script("bench_web")


def test_manifest_makes_the_app_installable() -> None:
    manifest = json.loads((WEB / "manifest.webmanifest").read_text())
    assert manifest["name"] and manifest["short_name"] == "ceclog"
    assert manifest["display"] == "standalone"
    assert manifest["start_url"] == "/"
    assert manifest["theme_color"].startswith("#")
    sizes = {}
    for icon in manifest["icons"]:
        with Image.open(WEB / icon["src"].lstrip("/")) as image:
            assert image.format == "PNG"
            assert icon["sizes"] == f"{image.width}x{image.height}", icon["src"]
        sizes.setdefault(icon["sizes"], set()).add(icon.get("purpose", "any"))
    assert "any" in sizes["192x192"] and "any" in sizes["512x512"]
    assert any("maskable" in purposes for purposes in sizes.values())


def test_service_worker_precaches_every_file_of_the_app() -> None:
    sw = (WEB / "sw.js").read_text()
    listed = stamp.shell_paths(sw)
    for path in listed:
        assert stamp.shell_file(path).is_file(), f"sw.js precaches {path}, which does not exist"
    on_disk = {
        "/" + p.relative_to(WEB).as_posix()
        for p in WEB.rglob("*")
        if p.is_file() and p.name not in ("sw.js", "index.html")
    }
    missing = on_disk - set(listed)
    assert not missing, (
        f"add these to SHELL in web/sw.js, or the app breaks offline: {sorted(missing)}"
    )


def test_service_worker_version_follows_the_shell() -> None:
    sw = (WEB / "sw.js").read_text()
    assert stamp.current_version(sw) == stamp.shell_version(sw), (
        "web/ changed but sw.js kept its VERSION, so phones would keep the old app: "
        "run python scripts/stamp_shell.py"
    )


def test_app_shell_fits_the_size_budget() -> None:
    size = bench.shell_gzip_bytes()
    budget = bench.BUDGET_BYTES / 1024
    assert size <= bench.BUDGET_BYTES, (
        f"app shell is {size / 1024:.1f} KB gzip, budget {budget:.0f} KB"
    )
