#!/usr/bin/env bash
# Builds the model tesseract reads line crops with: the Latin-script model
# without its word list. Line crops are read one line at a time, names and
# course titles are mostly not dictionary words, and the list is 89 MB of
# the model's 90: without it a run starts in a quarter of the time and a
# tenth of the memory. Made from the installed Latin data with tesseract's own
# combine_tessdata, so it matches the tesseract that reads with it.
#   scripts/make_line_model.sh DEST.traineddata
set -euo pipefail
dest=${1:?usage: $0 DEST.traineddata}
data=$(tesseract --list-langs 2>&1 | sed -n 's/.*"\(.*\)".*/\1/p' | head -1)
source=""
for candidate in "$data/Latin.traineddata" "$data/script/Latin.traineddata"; do
  [ -f "$candidate" ] && source=$candidate && break
done
[ -n "$source" ] || { echo "no Latin.traineddata under $data (Debian: tesseract-ocr-script-latn)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source" "$work/Latin.traineddata"
(cd "$work" && combine_tessdata -u Latin.traineddata Latin. >/dev/null 2>&1 && rm -f Latin.lstm-word-dawg Latin.traineddata && combine_tessdata Latin. >/dev/null 2>&1)
mkdir -p "$(dirname "$dest")"
mv "$work/Latin.traineddata" "$dest.tmp" && mv "$dest.tmp" "$dest"
echo "made $dest"
