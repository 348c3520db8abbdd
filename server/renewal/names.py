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
