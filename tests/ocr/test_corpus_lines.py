"""How the corpus tool groups the browser's words into visual lines
(scripts/corpus/lines.py)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from corpus.lines import group_lines  # noqa: E402

LEFT = [
    "Participant Ana María Núñez attended",
    "the full programme of Applied Structural",
    "Drying held at the regional training centre",
    "and completed every module with its quiz",
    "for a total of fourteen contact hours",
    "as approved by the licensing board",
]
RIGHT = [
    "Approval CEC-2024-1234",
    "Provider Summit Drying Academy",
    "Completed 4 March 2026",
    "Hours 14.0 (1.4 CEU)",
    "Instructor Pádraig O'Brien",
    "Location Denver, Colorado",
    "Issued 6 March 2026",
]


def _word(text: str, x: float, y: float, size: float, turn: float = 0.0) -> dict:
    """A word as the browser reports it: the upright box around its glyphs
    (about 0.55 em a character wide, 1.15 em high) once the page is turned by
    `turn` degrees about its top left corner."""
    width, height = 0.55 * size * len(text), 1.15 * size
    cos, sin = math.cos(math.radians(turn)), math.sin(math.radians(turn))
    corners = [(x + dx, y + dy) for dx in (0, width) for dy in (0, height)]
    xs = [cx * cos - cy * sin for cx, cy in corners]
    ys = [cx * sin + cy * cos for cx, cy in corners]
    return {
        "text": text,
        "box": [round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)],
        "size": size,
        "bold": False,
        "italic": False,
        "font": "Georgia",
        "color": 0.07,
        "background": 1,
        "pattern": False,
    }


def _column(lines: list[str], x: float, y: float, size: float, spacing: float, turn: float):
    """A column's words, `spacing` px from one line to the next, words a
    quarter em apart."""
    words = []
    for i, line in enumerate(lines):
        left = x
        for text in line.split():
            words.append(_word(text, left, y + i * spacing, size, turn))
            left += 0.55 * size * len(text) + 0.25 * size
    return words


@pytest.mark.parametrize("turn", [1.5, -1.5, 1.0])
def test_two_columns_on_a_turned_page_keep_their_own_lines(turn):
    """Two columns with different line spacing on a page turned a degree or
    two: rows of the two columns drift against each other, yet each line
    comes out whole, alone, and in its column's order."""
    words = _column(LEFT, 40, 80, 12, 17, turn) + _column(RIGHT, 420, 86, 10, 13.5, turn)
    texts = [line["text"] for line in group_lines(words)]
    assert sorted(texts) == sorted(LEFT + RIGHT)
    assert [t for t in texts if t in LEFT] == LEFT
    assert [t for t in texts if t in RIGHT] == RIGHT


def test_long_lines_of_one_column_on_a_turned_page_stay_apart():
    """A line wide enough to drift down by most of a line's height across the
    page is still one line, and the line under it is not drawn into it."""
    lines = [" ".join([text] * 3) for text in LEFT]
    words = _column(lines, 40, 80, 11, 15, 1.5)
    assert [line["text"] for line in group_lines(words)] == lines


def test_upright_label_and_value_split_at_a_wide_gap():
    """A label column and a value column sharing a row are two lines; a gap
    of about two font sizes or less is within one line."""
    words = [
        _word("Date", 40, 100, 12),
        _word("completed:", 70, 100, 12),
        _word("4", 200, 100, 12),
        _word("March", 210, 100, 12),
        _word("2026", 250, 100, 12),
        _word("Signature", 400, 101, 10),
    ]
    lines = group_lines(words)
    assert [line["text"] for line in lines] == ["Date completed:", "4 March 2026", "Signature"]
    assert lines[0]["box"] == [40, 100, 136.0, 113.8]


def test_words_close_together_are_one_line_joined_as_before():
    """Words a quarter em apart are joined with a space; a word that touches
    the one before it (punctuation set in its own element) is joined without
    one. The line keeps the style of its main word."""
    words = [
        _word("Applied", 40, 60, 14),
        _word("Structural", 97, 60, 14),
        _word("Drying", 177.5, 61, 14),
        _word(",", 223.7, 61, 14),
        _word("WRT", 240, 62.5, 9),
    ]
    words[1]["bold"] = words[2]["bold"] = True
    [line] = group_lines(words)
    assert line["text"] == "Applied Structural Drying, WRT"
    assert line["size"] == 14
    assert line["bold"] is True
    assert line["box"] == pytest.approx([40, 60, 254.8, 77.1], abs=0.1)


def test_reading_order_is_top_to_bottom_then_left_to_right():
    words = [
        _word("second", 40, 140, 12),
        _word("right", 400, 100, 12),
        _word("left", 40, 101, 12),
    ]
    assert [line["text"] for line in group_lines(words)] == ["left", "right", "second"]


def _boxes(rows: list[tuple[str, list[float], float]]) -> list[dict]:
    """Words with boxes as the browser reported them on a rendered page."""
    words = []
    for text, box, size in rows:
        word = _word(text, 0, 0, size)
        word["box"] = box
        words.append(word)
    return words


def test_a_code_beside_two_lines_goes_with_the_nearer_one():
    """A session code set large beside its title and the presenter's line
    under it, on a page turned 1.5 degrees (boxes as the browser gave them):
    the code reaches both lines, and goes with the title, whose height it
    shares; the presenter's line stays whole."""
    words = _boxes(
        [
            ("S19", [51, 62.6, 75.7, 87.2], 18),
            ("Fire", [104.7, 63, 135.6, 79.8], 13.5),
            ("Residue", [139.8, 63.9, 200.6, 81.5], 13.5),
            ("Chemistry", [204.9, 65.6, 282.7, 83.6], 13.5),
            ("Demystified", [286.9, 67.8, 376.5, 86.1], 13.5),
            ("Presenter:", [104.4, 80, 155, 94.3], 11),
            ("Siobhán", [157.1, 81.4, 196.9, 95.4], 11),
            ("Castañeda", [198.9, 82.5, 250.6, 96.8], 11),
        ]
    )
    assert [line["text"] for line in group_lines(words)] == [
        "S19 Fire Residue Chemistry Demystified",
        "Presenter: Siobhán Castañeda",
    ]


def test_a_tall_mark_over_the_start_of_a_line_is_not_its_next_word():
    """A large tick mark drawn in front of the answer under a question starts
    where the question's first word does and reaches down beside the answer:
    it begins the answer's line, not the middle of the question."""
    words = _boxes(
        [
            ("4.", [56.8, 512.1, 68, 527.4], 13),
            ("What", [73.6, 513.5, 104.5, 528.3], 12.5),
            ("overall", [107.6, 514.4, 148.3, 529.5], 12.5),
            ("rating?", [151.4, 515.6, 186.5, 530.5], 12.5),
            ("x", [73.1, 520.5, 85.7, 554.8], 28),
            ("Excellent", [94.2, 535.1, 145.3, 550.4], 12.5),
        ]
    )
    assert [line["text"] for line in group_lines(words)] == [
        "4. What overall rating?",
        "x Excellent",
    ]
