"""The given-names list that tells a person's name from other capitalised words."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from server.ocr.given_names import build_given_names, is_given_name


def test_names_of_many_languages_are_known_with_or_without_their_accents() -> None:
    for name in ("Zoë", "Zoe", "Łukasz", "Lukasz", "Søren", "Pádraig", "Nnamdi", "Yusuf", "Thanh"):
        assert is_given_name(name), name


def test_a_given_name_of_two_joined_by_a_hyphen_is_one() -> None:
    assert is_given_name("Jean-Luc") and is_given_name("Anne-Marie")
    assert not is_given_name("Pack-Out") and not is_given_name("Jean-Restoration")


def test_words_of_a_course_or_a_page_are_no_given_names() -> None:
    for word in ("Confined", "Documenting", "Restoration", "Certificate", "Hardwood", "Kansas"):
        assert not is_given_name(word), word


def test_the_list_is_written_whole_one_name_a_line(tmp_path: Path) -> None:
    dest = tmp_path / "words" / "given-names.txt"
    build_given_names(dest)
    names = dest.read_text(encoding="utf-8").split("\n")
    assert names[-1] == "" and len(names) > 10_000
    assert "yusuf" in names and "zoe" in names and "confined" not in names
    assert list(dest.parent.iterdir()) == [dest]


def test_first_uses_at_once_each_write_the_list_whole(tmp_path: Path) -> None:
    dest = tmp_path / "given-names.txt"
    start = threading.Barrier(6)

    def build() -> None:
        start.wait()
        build_given_names(dest)

    with ThreadPoolExecutor(6) as pool:
        for done in [pool.submit(build) for _ in range(6)]:
            done.result()
    assert len(dest.read_text(encoding="utf-8").split()) > 10_000
    assert list(tmp_path.iterdir()) == [dest]
