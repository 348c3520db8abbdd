"""OCR's usual slips, corrected by pure functions: text in, text out."""

from __future__ import annotations

import numpy as np
import pytest

from server.ocr import gaps, reread
from server.ocr.fields import extract_fields
from server.ocr.hours import find_hours
from server.ocr.layout import build_lines
from server.ocr.models import FieldValue, Word
from server.ocr.text import clean_name, clean_provider, fix_known_words
from tests.ocr.pages import lines_of


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("for 16 II1CRC CEC Hours", "for 16 IICRC CEC Hours"),
        ("for 14 ICRC CEC Hours", "for 14 IICRC CEC Hours"),
        ("lIICRC Booth Registration", "IICRC Booth Registration"),
        ("HICRC Booth Registration", "IICRC Booth Registration"),
        ("!¡CRC Booth Registration Slip", "IICRC Booth Registration Slip"),
        ("IICRC Approval Number: C963-7 1", "IICRC Approval Number: C963-71"),
        ("Date: 2024-1 1-23", "Date: 2024-11-23"),
        ("06/1 1/2026", "06/11/2026"),
        # Left alone: words that only look alike, and spaces between numbers.
        ("THICRC", "THICRC"),
        ("Hours: 1.5 1", "Hours: 1.5 1"),
        ("Course Dates: 3/2/2026 - 3/4/2026", "Course Dates: 3/2/2026 - 3/4/2026"),
    ],
)
def test_known_words_and_figures_are_put_right(read: str, printed: str) -> None:
    assert fix_known_words(read) == printed


def test_misread_iicrc_no_longer_hides_the_hours() -> None:
    # A page's line keeps the misread unless it is fixed where lines are built.
    line = lines_of("for 16 II1CRC CEC Hours")[0]
    assert [h.value for h in find_hours(line.text)] == [16.0]
    assert [h.credit for h in find_hours(line.text)] == [True]


@pytest.mark.parametrize(
    ("read", "name"),
    [
        ("DAndre Thompson", "D'Andre Thompson"),
        ("Dmitri OConnor", "Dmitri O'Connor"),
        ("Dmitri O Connor", "Dmitri O'Connor"),
        ("Dmitri Ô Connor", "Dmitri O'Connor"),
        ("María josé Price", "María José Price"),
        ("Mary-Kate al-Sayed", "Mary-Kate Al-Sayed"),
        # Spelled that way, or particles: kept.
        ("DeAndre Smith", "DeAndre Smith"),
        ("Jan de Vries", "Jan de Vries"),
        ("Thomas J. Martin", "Thomas J. Martin"),
        ("Kateřina Schmidt", "Kateřina Schmidt"),
    ],
)
def test_names_as_printed(read: str, name: str) -> None:
    assert clean_name(read) == name


def test_a_provider_starts_with_a_capital() -> None:
    assert clean_provider("ironwood Training Group LLC") == "Ironwood Training Group LLC"


def test_a_completion_date_with_a_split_figure_is_still_the_completion_date() -> None:
    page = """
    Date: 2024-1 1-23
    Expires: 2028-1 1-22
    """
    _, found = extract_fields(lines_of(page, align="left"))
    assert found["completion_date"].value == "2024-11-23"


def test_the_name_line_is_always_read_again() -> None:
    lines = lines_of(
        """
        This certifies that
        # Maria José Delgado
        has successfully completed
        """
    )
    fields = {"holder_name": FieldValue("Maria José Delgado", 0.9)}
    boxes = gaps.regions_to_reread(lines, fields, 2400, 1000)
    name = lines[1]
    assert any(b[0] < name.left and b[2] > name.right and b[1] < name.top for b in boxes)


def test_garbled_display_lettering_is_read_again_whole() -> None:
    # "[yrone Hughes" under "Presented to": found, not a name, printed large.
    lines = lines_of(
        """
        Presented to
        # [yrone Hughes
        for successfully completing
        """
    )
    boxes = gaps.regions_to_reread(lines, {}, 2400, 1000)
    garbled = lines[1]
    assert any(b[1] <= garbled.top and b[3] >= garbled.bottom for b in boxes)


def test_a_speck_inside_a_strip_read_again_is_not_read_on_its_own() -> None:
    # The page read a script name doubtfully, and a speck of it as a line of its own.
    words = [
        Word("This", 900, 100, 80, 30, 0.95),
        Word("certifies", 1000, 100, 180, 30, 0.95),
        Word("that", 1200, 100, 80, 30, 0.95),
        Word("Renée", 850, 180, 250, 80, 0.6),
        Word("Kowabski", 1120, 180, 400, 80, 0.5),
        Word("e", 1150, 215, 12, 15, 0.3),
    ]
    fields = {"holder_name": FieldValue("Renée Kowabski", 0.5)}
    boxes = gaps.regions_to_reread(build_lines(words), fields, 2400, 1000)
    assert len(boxes) == 1


def test_a_strip_is_offered_at_every_line_height_without_its_rule() -> None:
    page = np.full((200, 800), 250, np.uint8)
    for x in range(200, 500, 14):
        page[60:100, x : x + 6] = 20  # lettering 40 px tall
    page[120:123, 50:750] = 30  # the rule it is written on
    options = reread.prepare(page, (0, 0, 800, 200))
    assert [image.shape[0] - 2 * reread.MARGIN for image, _ in options] == list(reread.LINE_HEIGHTS)
    for image, strip in options:
        assert (strip.left, strip.top) == (200, 60)  # cut to the ink: the rule is gone
        assert image.min() < 50 and image.max() == 255


def test_an_empty_strip_is_not_read() -> None:
    assert reread.prepare(np.full((100, 400), 250, np.uint8), (0, 0, 400, 100)) == []


def _w(text: str, conf: float, left: int = 16) -> Word:
    return Word(text, left, 16, 40, 36, conf)


def test_the_reading_most_heights_agree_on_wins_over_a_surer_single_one() -> None:
    strip = reread.Strip(left=100, top=50, scale=0.5)
    readings = [
        ([_w("Tpone", 0.9), _w("Hughes", 0.9)], strip),
        ([_w("Tyrone", 0.7), _w("Hughes", 0.8)], strip),
        ([_w("Tyrone", 0.6), _w("Hughes", 0.8)], strip),
        ([], strip),
    ]
    best = reread.best_reading(readings)
    assert [w.text for w in best] == ["Tyrone", "Hughes"]
    # Placed back on the page: margin off, scale undone, strip offset added.
    assert (best[0].left, best[0].top, best[0].height) == (100, 50, 72)
    assert reread.agreed([r for r, _ in readings])
    assert not reread.agreed([r for r, _ in readings[:2]])


def test_with_no_agreement_the_surest_reading_wins() -> None:
    strip = reread.Strip(left=0, top=0, scale=1.0)
    readings = [([_w("Dribi", 0.4)], strip), ([_w("Dmitri", 0.8)], strip)]
    assert [w.text for w in reread.best_reading(readings)] == ["Dmitri"]
    assert reread.best_reading([([], strip)]) == []
