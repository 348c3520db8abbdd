#!/usr/bin/env bash
# Tesseract is a system program, not a Python package: install it when we can,
# otherwise say exactly what to run.
set -euo pipefail
if command -v tesseract >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "tesseract not found: installing tesseract-ocr with apt-get"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q tesseract-ocr tesseract-ocr-eng
  exit 0
fi
echo "ceclog needs tesseract. Install it with:" >&2
echo "    sudo apt-get install -y tesseract-ocr tesseract-ocr-eng" >&2
exit 1
