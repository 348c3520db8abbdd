"""Given names, to tell a person's name from capitalised words that only look
like one ("Confined Space Awareness", "Documenting Losses").

The list is the first names that Faker keeps for each of its locales (some
thirty thousand, from many languages), written once to a file at install
(`make model`; the first use does it otherwise), so that the server never
loads Faker itself. Accents are dropped on both sides: OCR often loses them.
A word may be a name and a word too ("Grace", "Rusty", "Wood"): the list
says a line may be a person's, never that it is.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import sys
from pathlib import Path

from server.files import written_beside
from server.ocr.wordlist import unaccented

NAMES_FILE = Path(sys.prefix) / "share" / "ceclog" / "words" / "given-names.txt"
_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def build_given_names(dest: Path) -> None:
    """Every locale's given names, one a line, written whole or not at all."""
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in _LISTS:
            found = provider.__dict__.get(attr)
            if isinstance(found, (dict, list, tuple, set, frozenset)):
                names.update(_plain(str(n)) for n in found)
    names = {n for n in names if n.isalpha() and len(n) >= 2}
    if len(names) < 1000:
        raise RuntimeError(f"Faker gave only {len(names)} given names")
    with written_beside(dest) as partial:
        partial.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")


@functools.cache
def given_names() -> frozenset[str]:
    if not NAMES_FILE.is_file():
        build_given_names(NAMES_FILE)
    return frozenset(NAMES_FILE.read_text(encoding="utf-8").split())


def is_given_name(word: str) -> bool:
    """Whether a word is someone's first name in some language: "Zoë", "Łukasz"
    (also read "Lukasz"), "Nnamdi", "Jean-Luc" (each part one); not "Confined"."""
    names = given_names()
    return _plain(word) in names or (
        "-" in word and all(part and _plain(part) in names for part in word.split("-"))
    )


def _plain(word: str) -> str:
    return unaccented(word).casefold()
