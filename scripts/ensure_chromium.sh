#!/usr/bin/env bash
# The browser tests drive Debian's chromium; Playwright never downloads one.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium not found: installing Debian's chromium with apt-get"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-dejavu-core
  exit 0
fi
echo "The browser tests need Debian's chromium. Install it with:" >&2
echo "    sudo apt-get install -y chromium fonts-dejavu-core" >&2
exit 1
