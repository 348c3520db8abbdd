"""Stamps web/sw.js with the version of the app shell it precaches.

    python scripts/stamp_shell.py          # rewrite VERSION after changing web/
    python scripts/stamp_shell.py --check  # exit 1 when VERSION is stale

The version is a hash of every file the service worker precaches, so any change
to the shell installs a new service worker, which offers "New version available"
instead of leaving phones on old code.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

WEB = Path(__file__).resolve().parent.parent / "web"
SW = WEB / "sw.js"
VERSION_LINE = re.compile(r"^const VERSION = '([^']*)';$", re.M)


def shell_paths(sw_text: str) -> list[str]:
    """The SHELL list of sw.js, as URL paths."""
    block = sw_text.split("const SHELL = [", 1)[1].split("];", 1)[0]
    return re.findall(r"'([^']+)'", block)


def shell_file(path: str) -> Path:
    return WEB / ("index.html" if path == "/" else path.lstrip("/"))


def shell_version(sw_text: str) -> str:
    digest = hashlib.sha256()
    for path in shell_paths(sw_text):
        digest.update(path.encode())
        digest.update(shell_file(path).read_bytes())
    # The worker's own code counts too, minus the line being stamped.
    digest.update(VERSION_LINE.sub("", sw_text).encode())
    return digest.hexdigest()[:12]


def current_version(sw_text: str) -> str:
    match = VERSION_LINE.search(sw_text)
    if not match:
        raise SystemExit(f"{SW}: no line like: const VERSION = '...';")
    return match.group(1)


def main(argv: list[str]) -> int:
    text = SW.read_text()
    wanted = shell_version(text)
    if "--check" in argv:
        if current_version(text) != wanted:
            print(f"{SW}: VERSION is stale; run: python scripts/stamp_shell.py", file=sys.stderr)
            return 1
        return 0
    SW.write_text(VERSION_LINE.sub(f"const VERSION = '{wanted}';", text))
    print(f"{SW}: VERSION = {wanted}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
