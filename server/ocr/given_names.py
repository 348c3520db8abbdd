"""Given names and surnames, to tell a person's name from capitalised words
that only look like one ("Confined Space Awareness", "Documenting Losses").

The lists are the first names and the last names that Faker keeps for each
of its locales (some thirty thousand of each, from many languages), written
once to files at install (`make model`; the first use does it otherwise), so
that the server never loads Faker itself. Accents are dropped on both sides:
OCR often loses them. A word may be a name and a word too ("Grace", "Rusty",
"Wood", "White"): the lists say a line may be a person's, never that it is.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import sys
from collections.abc import Callable
from pathlib import Path

from server.ocr.wordlist import unaccented

_WORDS = Path(sys.prefix) / "share" / "ceclog" / "words"
NAMES_FILE = _WORDS / "given-names.txt"
SURNAMES_FILE = _WORDS / "surnames.txt"
_GIVEN = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _is_surnames(attr: str) -> bool:
    """Faker's lists of last names under their many spellings: "last_names",
    "last_names_female", "male_last_names", "last_romanized_names", …"""
    return "last_name" in attr and "kana" not in attr


def build_given_names(dest: Path) -> None:
    """Every locale's given names, one a line, written whole or not at all."""
    _build(dest, lambda attr: attr in _GIVEN)


def build_surnames(dest: Path) -> None:
    """Every locale's surnames, one a line, written whole or not at all."""
    _build(dest, _is_surnames)


def _build(dest: Path, wanted: Callable[[str], bool]) -> None:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, found in provider.__dict__.items():
            if wanted(attr) and isinstance(found, (dict, list, tuple, set, frozenset)):
                names.update(_plain(str(n)) for n in found)
    names = {n for n in names if n.isalpha() and len(n) >= 2}
    if len(names) < 1000:
        raise RuntimeError(f"Faker gave only {len(names)} names for {dest.name}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_suffix(".tmp")
    partial.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    partial.replace(dest)


@functools.cache
def given_names() -> frozenset[str]:
    return _read(NAMES_FILE, build_given_names)


@functools.cache
def surnames() -> frozenset[str]:
    return _read(SURNAMES_FILE, build_surnames)


def _read(path: Path, build: Callable[[Path], None]) -> frozenset[str]:
    if not path.is_file():
        build(path)
    return frozenset(path.read_text(encoding="utf-8").split())


def is_given_name(word: str) -> bool:
    """Whether a word is someone's first name in some language: "Zoë", "Łukasz"
    (also read "Lukasz"), "Nnamdi", "Jean-Luc" (each part one); not "Confined"."""
    return _in(word, given_names())


def is_surname(word: str) -> bool:
    """Whether a word is someone's last name in some language: "Kowalski",
    "Nguyen", "Okafor", "Núñez-García" (each part one); not "Restoration"."""
    return _in(word, surnames())


def _in(word: str, names: frozenset[str]) -> bool:
    return _plain(word) in names or (
        "-" in word and all(part and _plain(part) in names for part in word.split("-"))
    )


def _plain(word: str) -> str:
    return unaccented(word).casefold()
