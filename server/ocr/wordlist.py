"""English words, to tell a word read right from a slip of OCR.

A course title or a school's name is mostly dictionary words; a word that is
not one, but is a single letter away from one ("Teehnician", "lnspection"),
is most likely misread, and a value holding it must not be trusted. The list
is tesseract's own English word list, taken out of the installed `eng` model
with tesseract's tools (`make model` does it at install; the first use does
it otherwise), so no other dictionary ships with the app; the trade's own
words it lacks are added (trade_words.py).
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from server.files import written_beside
from server.ocr.trade_words import TRADE_WORDS

WORDS_FILE = Path(sys.prefix) / "share" / "ceclog" / "words" / "eng.txt"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# What OCR most often reads in place of what (small letters; the word is casefolded).
_CONFUSED = {
    "i": ("l",),
    "l": ("i",),
    "!": ("l", "i"),
    "1": ("l", "i"),
    "|": ("l", "i"),
    "ł": ("l",),
    "o": ("e", "c"),
    "e": ("c", "o"),
    "c": ("e", "o"),
    "rn": ("m",),
    "m": ("rn",),
    "cl": ("d",),
    "d": ("cl",),
    "u": ("a",),
    "a": ("u",),
    "h": ("b",),
    "b": ("h",),
}
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# A word as OCR may read it: letters, with "!", "|" or "1" read for a letter inside or at its end.
_ANY_WORD = re.compile(r"[^\W\d_]+(?:[!|1][^\W\d_]*)*")
# Letters OCR reads for plain ones that have no accent to strip.
_PLAIN = str.maketrans("łŁøØđĐħĦıŀŉ", "lLoOdDhHiln")


def english_words() -> frozenset[str]:
    """Every word of the list, in any case: names and places among them."""
    return _word_sets()[0]


def common_words() -> frozenset[str]:
    """The words the list holds in small letters: no names or places."""
    return _word_sets()[1]


@functools.cache
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Both sets, from one read of the list (built first if it is missing)."""
    if not WORDS_FILE.is_file():
        build_word_list(WORDS_FILE)
    listed = WORDS_FILE.read_text(encoding="utf-8").split()
    common = frozenset(w for w in listed if w.islower()) | TRADE_WORDS
    return frozenset(w.casefold() for w in listed) | TRADE_WORDS, common


def build_word_list(dest: Path) -> None:
    """tesseract's English word list, one word a line, written whole or not at all."""
    model = _data_folder() / "eng.traineddata"
    if not model.is_file():
        raise RuntimeError(f"no English model at {model} (Debian: tesseract-ocr-eng)")
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(model, Path(work) / "eng.traineddata")
        run = {"cwd": work, "check": True, "capture_output": True}
        subprocess.run(["combine_tessdata", "-u", "eng.traineddata", "eng."], **run)
        subprocess.run(
            ["dawg2wordlist", "eng.lstm-unicharset", "eng.lstm-word-dawg", "words.txt"], **run
        )
        with written_beside(dest) as partial:
            shutil.copyfile(Path(work) / "words.txt", partial)


def known(word: str) -> bool:
    return word.casefold() in english_words()


@functools.lru_cache(maxsize=8192)
def slip_of(word: str) -> str | None:
    """The one common word a single-letter change makes of an unknown word."""
    low = word.casefold()
    if len(low) < 4 or low in english_words() or _acronym(word):
        return None
    words = common_words()
    splits = [(low[:i], low[i:]) for i in range(len(low) + 1)]
    near = {a + b[1:] for a, b in splits if b}
    near |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    near |= {a + c + b for a, b in splits for c in _LETTERS}
    near |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    # Letters OCR takes for one another come first: "Chemica!", "Biue", "Desort".
    likely = {
        low[:i] + other + low[i + len(seen) :]
        for seen, others in _CONFUSED.items()
        for i in _positions(low, seen)
        for other in others
    }
    # A figure or a mark inside a word is only ever a letter OCR mistook.
    for candidates in (likely, near) if low.isalpha() else (likely,):
        found = sorted(candidates & words)
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _positions(text: str, part: str):
    start = text.find(part)
    while start >= 0:
        yield start
        start = text.find(part, start + 1)


def mend(text: str) -> str:
    """English words with a letter misread put right: a word that is no
    English word, but is one once its accents are dropped or one letter is
    changed (and only one word is that near), is taken as that word, printed
    in the case it was read in. Other words, names among them, are left alone."""
    return _ANY_WORD.sub(lambda m: _mended(m.group()), text)


def _acronym(word: str) -> bool:
    return word.isupper() and len(word) <= 5  # IICRC, WRT, ANSI


def _mended(word: str) -> str:
    if len(word) < 4 or known(word) or _acronym(word):
        return word
    plain = unaccented(word)
    if not plain.isascii():
        return word
    common = plain.isalpha() and plain.casefold() in common_words()
    meant = plain.casefold() if common else slip_of(plain)
    if meant is None:
        return word
    if word.isupper():
        return meant.upper()
    return meant.capitalize() if word[0].isupper() else meant


def unaccented(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in plain if not unicodedata.combining(c))


def spelling(text: str) -> tuple[float, float]:
    """(share of words of four letters or more that are not English words,
    whether any of them is one letter from exactly one that is)."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    if not words:
        return 0.0, 0.0
    unknown = [w for w in words if not known(w)]
    slipped = any(slip_of(w) for w in unknown)
    return len(unknown) / len(words), float(slipped)


def name_words(name: str) -> tuple[float, float]:
    """(share of a person's name's words the list does not hold, share that
    are common words), over its words of three letters or more, accents
    dropped. The list holds most given names and surnames and few of OCR's
    slips in them ("Lindq Ist", "Hangrove"); a name of common words is
    seldom a person's ("Credit Approved", "Hardwood Floor")."""
    words = [w.casefold() for w in _WORD.findall(unaccented(name)) if len(w) >= 3]
    if not words:
        return 0.0, 0.0
    unknown = sum(w not in english_words() for w in words)
    common = sum(w in common_words() for w in words)
    return unknown / len(words), common / len(words)


def _data_folder() -> Path:
    listing = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r'"(.+?)"', listing)
    if not found:
        raise RuntimeError(f"tesseract names no data folder: {listing[:200]!r}")
    return Path(found.group(1))
