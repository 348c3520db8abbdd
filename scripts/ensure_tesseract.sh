#!/usr/bin/env bash
# Tesseract is a system program, not a Python package: install it when we can,
# otherwise say exactly what to run. OCR reads with the Latin-script model
# (accents kept) and turns pages upright with OSD: both data files must be there.
set -euo pipefail
PACKAGES="tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd tesseract-ocr-script-latn"
NEEDED="Latin osd"

missing_data() {
  local langs
  langs=$(tesseract --list-langs 2>/dev/null | tail -n +2 | sed 's#.*/##')
  for lang in $NEEDED; do
    if ! grep -qx "$lang" <<<"$langs"; then
      echo "$lang"
    fi
  done
}

if command -v tesseract >/dev/null 2>&1 && [ -z "$(missing_data)" ]; then
  exit 0
fi
if command -v tesseract >/dev/null 2>&1; then
  reason="tesseract lacks language data: $(missing_data | tr '\n' ' ')"
else
  reason="tesseract not found"
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "$reason: installing $PACKAGES with apt-get"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $PACKAGES
  exit 0
fi
echo "ceclog needs tesseract with its Latin-script data ($reason). Install it with:" >&2
echo "    sudo apt-get install -y $PACKAGES" >&2
exit 1
