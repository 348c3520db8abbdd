"""The reading stage's pure steps: geometry, page finding, crops, order."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from server.ocr import crops, geometry, orient, page, recognise, uncovered
from server.ocr.detect import order_quad
from server.ocr.layout import make_line
from server.ocr.models import Word
from server.ocr.order import reading_order


def _line(text: str, left: int, top: int, size: int = 30):
    words, x = [], left
    for token in text.split():
        words.append(Word(token, x, top, len(token) * size // 2, size, 0.9))
        x += len(token) * size // 2 + size // 2
    return make_line(words)


def test_a_form_reads_row_by_row_and_side_by_side_blocks_one_after_the_other() -> None:
    lines = [
        _line("Certificate of Completion", 400, 100, 60),
        _line("Name:", 100, 300),
        _line("Ana Ruiz", 600, 302),
        _line("Hours:", 100, 360),
        _line("14", 600, 358),
        # Two signature blocks whose lines do not line up.
        _line("Patricia Okoye", 100, 600),
        _line("Lead Instructor", 100, 650),
        _line("Issued by", 900, 620),
        _line("Peak Drying Academy", 900, 670),
    ]
    order = [ln.text for ln in reading_order(lines[::-1])]
    assert order == [
        "Certificate of Completion",
        "Name:",
        "Ana Ruiz",
        "Hours:",
        "14",
        "Patricia Okoye",
        "Lead Instructor",
        "Issued by",
        "Peak Drying Academy",
    ]


def test_quarter_turns_move_points_with_the_image() -> None:
    image = np.zeros((100, 200), np.uint8)  # 200 wide, 100 tall
    image[10, 20] = 255
    matrix, size = geometry.turn_matrix(1, (200, 100))
    turned = np.rot90(image, k=-1)  # clockwise
    assert size == (turned.shape[1], turned.shape[0])
    # The pixel's middle, (20.5, 10.5), lands in the middle of its turned pixel.
    x, y = geometry.apply(matrix, np.array([[20.5, 10.5]]))[0]
    assert turned[int(y), int(x)] == 255
    back, _ = geometry.turn_matrix(4, (200, 100))
    assert np.allclose(back, np.eye(3))


def _box(x0, y0, x1, y1):
    return np.float32([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])


def test_tall_thin_lines_mean_the_page_lies_on_its_side() -> None:
    across = [_box(100, 100 + 60 * i, 900, 130 + 60 * i) for i in range(5)]
    along = [_box(100 + 60 * i, 100, 130 + 60 * i, 900) for i in range(5)]
    assert not orient.runs_vertically(across)
    assert orient.runs_vertically(along)


def test_corners_are_ordered_along_the_line() -> None:
    shuffled = np.float32([[900, 130], [100, 100], [100, 130], [900, 100]])
    assert order_quad(shuffled).tolist() == [[100, 100], [900, 100], [900, 130], [100, 130]]


def _desk_with_sheet(band: bool) -> np.ndarray:
    photo = np.full((1200, 1600), 60, np.uint8)
    photo[150:1050, 400:1100] = 235  # the sheet
    if band:
        photo[200:400, 400:1100] = 50  # a dark header band across its full width
    return photo


def test_a_dark_band_across_the_sheet_stays_on_the_page() -> None:
    for band in (False, True):
        corners = page.paper_outline(_desk_with_sheet(band))
        assert corners is not None
        assert np.allclose(corners, [[400, 150], [1100, 150], [1100, 1050], [400, 1050]], atol=8)


def test_an_outline_that_leaves_out_text_gives_way_to_the_text() -> None:
    photo = _desk_with_sheet(False)
    outline = page.paper_outline(photo)
    # Text found above the outline (a header the outline lost to a shadow).
    lines = [_box(450, 60, 1050, 100), _box(450, 300, 1050, 340), _box(450, 900, 1050, 940)]
    corners = page.find_page(photo, lines, outline)
    assert corners[:, 1].min() < 60 and corners[:, 1].max() > 940
    assert page.find_page(photo, lines[1:], outline) is outline


def _strokes(photo: np.ndarray, x0: int, y0: int, x1: int, value: int) -> None:
    """A row of letter-like strokes, 3 px wide and 20 tall."""
    for x in range(x0, x1, 12):
        photo[y0 : y0 + 20, x : x + 3] = value


def test_print_around_the_sheet_is_told_from_a_plain_desk_and_a_shadow() -> None:
    photo = _desk_with_sheet(False)
    outline = page.paper_outline(photo)
    _strokes(photo, 450, 300, 1050, 20)  # print on the sheet itself does not count
    assert not page.print_around(photo, outline, 0.3)
    shadowed = photo.copy()
    shadowed[:, :300] = 30  # a hard shadow's edge on the desk
    shadowed[:, 1300:] = np.linspace(60, 120, 300)  # and a soft glare
    assert not page.print_around(shadowed, outline, 0.3)
    # A header band as dark as the desk, beyond the bright outline, with its
    # light lettering: that is print the outline left out.
    banded = photo.copy()
    _strokes(banded, 450, 95, 1050, 230)
    assert page.print_around(banded, outline, 0.3)
    # Print darker than a light desk counts the same.
    light = np.full_like(photo, 200)
    light[150:1050, 400:1100] = photo[150:1050, 400:1100]
    _strokes(light, 1130, 500, 1300, 40)
    assert page.print_around(light, outline, 0.3)


def test_light_print_on_a_dark_band_is_turned_dark_on_light() -> None:
    crop = np.full((40, 200), 30, np.uint8)
    crop[12:28, 20:180:10] = 240  # light strokes
    out = crops.dark_on_light(crop)
    assert out[5, 5] > 200 and out[20, 20] < 60


def test_a_rule_under_a_written_name_is_removed_but_the_letters_stay() -> None:
    crop = np.full((60, 400), 255, np.uint8)
    crop[15:40, 50:350:20] = 0  # letters' strokes
    crop[45:48, 10:390] = 0  # the rule
    out = crops.without_rules(crop)
    assert out[46].min() == 255
    assert out[20, 50] == 0


def test_ink_outside_every_detected_line_becomes_a_line_to_read() -> None:
    sheet = np.full((1100, 850), 250, np.uint8)
    rng = np.random.default_rng(1)
    for y in (200, 500):  # two lines of "letters"
        for x in range(150, 700, 14):
            h = int(rng.integers(14, 22))
            sheet[y + 22 - h : y + 22, x : x + 7] = 20
    detected = [_box(140, 190, 710, 230)]
    found = uncovered.uncovered_lines(sheet, detected)
    assert len(found) == 1
    x0, y0 = found[0].min(axis=0)
    x1, y1 = found[0].max(axis=0)
    assert x0 <= 150 and x1 >= 700 and y0 <= 500 <= y1


def test_pp_ocr_words_are_placed_along_the_line_by_their_letters() -> None:
    words = recognise.words_of("Ana Ruiz", [0.9, 0.8, 0.95, 0.5, 0.9, 0.99, 0.97, 0.9], 800, 40)
    assert [(w.text, w.conf) for w in words] == [("Ana", 0.8), ("Ruiz", 0.9)]
    assert words[0].left == 0 and words[0].right < words[1].left < words[1].right <= 800


def test_words_go_back_to_the_page_along_the_lines_quad() -> None:
    quad = _box(100, 200, 500, 240)
    image, placement = crops.cut(np.full((400, 600), 255, np.uint8), quad, quad, 40)
    assert image.shape == (40 + 2 * crops.MARGIN, 400 + 2 * crops.MARGIN)
    assert crops.to_page(placement, crops.MARGIN, crops.MARGIN) == (100.0, 200.0)
    x, y = crops.to_page(placement, crops.MARGIN + 200, crops.MARGIN + 20)
    assert abs(x - 300) < 1e-6 and abs(y - 220) < 1e-6
    assert cv2.countNonZero(255 - image) == 0


def _turned_box(cx, cy, w, h, degrees):
    return np.float32(cv2.boxPoints(((cx, cy), (w, h), degrees)))


def test_lines_of_another_sheet_at_its_own_angle_do_not_stretch_the_page() -> None:
    page_lines = [_box(450, 300 + 60 * i, 1050, 330 + 60 * i) for i in range(6)]
    other_sheet = [order_quad(_turned_box(1400, 300 + 50 * i, 300, 12, 25)) for i in range(4)]
    kept = page.aligned(page_lines + other_sheet)
    assert len(kept) == len(page_lines)
    photo = np.full((1200, 1600), 60, np.uint8)
    corners = page.find_page(photo, page_lines + other_sheet, None)
    assert corners[:, 0].max() < 1150


def test_word_spaces_pp_ocr_ran_together_come_back_where_tesseract_saw_them() -> None:
    text, letters = recognise.respaced(
        "IICRCApproval No. C963-71", [0.9] * 25, "IICRC Approva1 No."
    )
    assert text == "IICRC Approval No. C963-71"
    assert len(letters) == len(text)
    # Letters the two readers do not share say nothing about spaces.
    assert recognise.respaced("Benoît Brzezinski", [0.9] * 17, "Bnå Žrzezinti")[0] == (
        "Benoît Brzezinski"
    )


def test_marks_pp_ocr_left_off_come_back_where_tesseract_saw_them_on_the_same_word() -> None:
    assert recognise.marked("SOREN NUNEZ-GARCÍA", "SØREN NÚÑEZ-GARCÍA") == "SØREN NUNEZ-GARCÍA"
    assert recognise.marked("Ibánez, Priyanka", "lbáñez, Priyanka") == "Ibánez, Priyanka"
    assert recognise.marked("Priyanka Ibánez", "Priyanka Ibáñez") == "Priyanka Ibáñez"
    # Marks tesseract adds to plain print stay off.
    assert recognise.marked("Course Jun 4", "Čourse Jün 4") == "Course Jun 4"


def test_an_outline_out_of_square_is_no_sheet() -> None:
    square = np.float64([[0, 0], [100, 0], [100, 140], [0, 140]])
    leaning = np.float64([[0, 0], [100, 0], [120, 140], [20, 140]])  # about 8 degrees
    cut = np.float64([[0, 0], [100, 0], [100, 0], [0, 140]])  # two corners together
    assert page.out_of_square(square) == 0
    assert 7 < page.out_of_square(leaning) < 9
    assert page.out_of_square(cut) == 90
    # The lit part of a sheet a shadow falls across, from its right edge to
    # its left, is no outline of it.
    photo = _desk_with_sheet(False)
    rows, cols = np.mgrid[0 : photo.shape[0], 0 : photo.shape[1]]
    photo[(rows - 500) * 700 > (1100 - cols) * 400] = 60
    assert page.paper_outline(photo) is None


def test_the_page_taken_from_its_text_runs_the_way_the_text_runs() -> None:
    # A letter's lines stepping to the right down a scan: the smallest
    # rectangle around them runs along the diagonal, the page does not.
    photo = np.full((1650, 1275), 250, np.uint8)
    lines = [_box(100 + 40 * i, 150 + 110 * i, 700 + 40 * i, 180 + 110 * i) for i in range(12)]
    corners = page.find_page(photo, lines, None)
    assert corners is not None
    assert page.out_of_square(corners) < 1
    assert abs(corners[0][1] - corners[1][1]) < 2  # its top edge level with the lines
    assert all(page.holds(corners, quad) for quad in lines)


def _printed_line(text: str) -> tuple[np.ndarray, np.ndarray]:
    """A grey image of one printed line, and its box as a detector gives it."""
    from tests.ocr.drawn import font

    image = Image.new("L", (1400, 120), 250)
    ImageDraw.Draw(image).text((40, 30), text, font=font(44), fill=20)
    return np.asarray(image), _box(30, 20, 1360, 100)


def test_a_split_vote_is_settled_by_reading_the_lines_both_ways_round(monkeypatch) -> None:
    lines = [
        "Certificate of Attendance for the session",
        "Moisture Mapping for Insurance Adjusters",
        "Presented at the Restoration Industry Expo",
    ]
    images, boxes = zip(*(_printed_line(text) for text in lines), strict=True)
    sheet = np.vstack(images)
    quads = [box + np.float32([0, 120 * i]) for i, box in enumerate(boxes)]
    # Every vote counts as split: the decision is the recogniser's alone.
    monkeypatch.setattr(orient, "SURE_VOTE", -1.0)
    assert not orient.upside_down(quads, sheet)
    turned_over = np.ascontiguousarray(sheet[::-1, ::-1])
    height, width = sheet.shape
    flipped = [np.float32([[width, height]]) - q[[2, 3, 0, 1]] for q in quads]
    assert orient.upside_down(flipped, turned_over)


def test_the_page_taken_from_a_sideways_pages_text_takes_in_all_its_lines() -> None:
    # The detector gives a sideways page's lines as tall boxes: most starting
    # from a short side, a few from a long side. All are the same page's.
    photo = np.full((3000, 4000), 90, np.uint8)
    short_first = [_box(1000 + 120 * i, 500, 1040 + 120 * i, 2600) for i in range(10)]
    long_first = [
        np.float32([[x1, y0], [x1, y1], [x0, y1], [x0, y0]])
        for x0, y0, x1, y1 in ((2400, 500, 2440, 2600), (2600, 500, 2640, 2600))
    ]
    corners = page.find_page(photo, short_first + long_first, None)
    assert corners is not None
    assert corners[:, 0].min() < 1000 and corners[:, 0].max() > 2640
