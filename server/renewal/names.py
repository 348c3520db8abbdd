"""Whether the name on a certificate is the name on the IICRC profile."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFKD leaves whole because they are not an accent on a base letter.
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)
# Dropped rather than split on, so "O'Brien" and "OBrien" are the same token.
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def fold(text: str) -> str:
    """Case-folded, accents stripped, apostrophes dropped; other punctuation kept."""
    if text.isascii():  # nothing to decompose or translate: the common case, kept fast
        return _APOSTROPHES.sub("", text.casefold())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", bare.translate(_UNDECOMPOSED))


def _words(text: str) -> list[str]:
    return [word for word in _NOT_WORD.split(fold(text)) if word]


def normalize_name(name: str) -> list[str]:
    """The name's words in natural order, without accents, punctuation or suffixes."""
    parts = [_words(part) for part in name.split(",")]
    # "Smith, Jr." is a suffix after a comma, not "Last, First".
    parts = [part for part in parts if part and not all(word in SUFFIXES for word in part)]
    if len(parts) == 2:
        parts.reverse()
    tokens = [word for part in parts for word in part]
    return tokens[:1] + [word for word in tokens[1:] if word not in SUFFIXES]


def _same_middle(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def _middles_agree(shorter: list[str], longer: list[str]) -> bool:
    """Each middle of the shorter list appears, in order, in the longer one."""
    remaining = iter(longer)
    return all(any(_same_middle(word, other) for other in remaining) for word in shorter)


@functools.lru_cache(maxsize=4096)
def names_match(a: str, b: str) -> bool:
    # Cached: every entry is checked against the same profile name on each read.
    left, right = normalize_name(a), normalize_name(b)
    if not left or not right:
        return False
    # The same letters spaced differently: "De La Cruz" and "Delacruz".
    if "".join(left) == "".join(right):
        return True
    if left[0] != right[0] or left[-1] != right[-1]:
        return False
    shorter, longer = sorted((left[1:-1], right[1:-1]), key=len)
    return _middles_agree(shorter, longer)


def _one_slip(a: str, b: str) -> bool:
    """Whether one letter changed, added or dropped turns `a` into `b`."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _close(printed: str, wanted: str) -> bool:
    """The same word, or one OCR slip away in a word long enough to stay itself."""
    return printed == wanted or (min(len(printed), len(wanted)) >= 5 and _one_slip(printed, wanted))


def _middles_fit(printed: list[str], wanted: list[str]) -> bool:
    """Words printed between first and last name agree with the profile's middles,
    as `names_match` has them agree: the fewer appear, in order, among the more."""
    if len(printed) > 2:
        return False
    shorter, longer = sorted((printed, wanted), key=len)
    remaining = iter(longer)
    return all(
        any(_same_middle(word, other) or _close(word, other) for other in remaining)
        for word in shorter
    )


def prints_name(lines: list[str], full_name: str) -> bool:
    """Whether one of a page's lines prints the profile's name, despite an OCR slip.

    First and last name must both be there, first-last or last-first ("Smith,
    John"), with at most two middle names or initials between them; a short word
    must be exact. A one-word profile name is too weak to find anything by.
    """
    wanted = normalize_name(full_name)
    if len(wanted) < 2:
        return False
    first, last, middles = wanted[0], wanted[-1], wanted[1:-1]
    joined = "".join(wanted)
    for line in lines:
        words = _words(line)
        for i, word in enumerate(words):
            if len(joined) >= 8 and _close(word, joined):
                return True
            if _close(word, first):
                for j in range(i + 1, min(len(words), i + 4)):
                    if _close(words[j], last) and _middles_fit(words[i + 1 : j], middles):
                        return True
            if _close(word, last) and i + 1 < len(words) and _close(words[i + 1], first):
                if _middles_fit(words[i + 2 : i + 4][: len(middles)], middles):
                    return True
    return False
