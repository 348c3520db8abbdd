#!/usr/bin/env bash
# The Debian packages ceclog needs, installed with apt-get when run as root,
# otherwise named in the exact command to run.
#   build: what installing the package needs: tesseract's library headers and a
#         compiler, to build tesserocr against the tesseract installed here;
#   run:  tesseract with the Latin-script (accents) and OSD (rotation) data, and
#         the DejaVu fonts the transcript PDF is set in;
#   test: also Debian's chromium for the browser tests, the fonts the sample
#         certificates are drawn with (fixed seeds pick from the installed fonts),
#         and PostgreSQL, which the suites start a throwaway cluster of;
#   corpus: also the script, display and text fonts the certificate corpus
#         (scripts/make_corpus.py) is set in.
set -euo pipefail
BUILD="libtesseract-dev libleptonica-dev pkg-config g++ python3-dev"
RUN="tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd tesseract-ocr-script-latn fonts-dejavu-core"
TEST="$RUN chromium fonts-liberation fonts-urw-base35 fonts-dancingscript postgresql"
CORPUS="$TEST fonts-kaushanscript fonts-kristi fonts-lobster fonts-levien-typoscript
  fonts-ebgaramond fonts-linuxlibertine fonts-oldstandard fonts-open-sans fonts-lato
  fonts-roboto-unhinted fonts-league-spartan fonts-cantarell fonts-quattrocento fonts-roboto-slab
  fonts-dejavu-extra"
case "${1:-run}" in
  build) wanted=$BUILD ;;
  run) wanted=$RUN ;;
  test) wanted=$TEST ;;
  corpus) wanted=$CORPUS ;;
  *) echo "usage: $0 build|run|test|corpus" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  # Not Debian: check the programs and trust the rest.
  for program in tesseract $([ "${1:-run}" != run ] && [ "${1:-run}" != build ] && echo chromium); do
    command -v "$program" >/dev/null 2>&1 || { echo "ceclog needs $program (Debian packages: $wanted)" >&2; exit 1; }
  done
  exit 0
fi

missing=()
for package in $wanted; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} with apt-get"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  exit 0
fi
echo "ceclog needs these Debian packages. Install them with:" >&2
echo "    sudo apt-get install -y ${missing[*]}" >&2
exit 1
