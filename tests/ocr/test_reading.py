"""The reading stage on pages drawn here, read by the real tesseract: what
is printed comes back as lines, upright, with boxes on the page image."""

from __future__ import annotations

import numpy as np
import pytest
from fpdf import FPDF

from server.ocr.pipeline import extract_document
from server.ocr.reading import read_document
from tests.ocr.drawn import page, photo, with_shadow, with_stripe

BODY = [
    ("This certifies that", 28),
    ("Jordan Castellano", 96),
    ("has completed Applied Structural Drying", 30),
    ("Completed on March 14, 2026 for 14 CEC hours", 30),
    ("", 30),
    ("", 30),
    ("", 30),
    ("IICRC Approval No. C963-71  Keep this certificate for your records", 13),
]
BAND = "NORTHWIND RESTORATION INSTITUTE"


@pytest.fixture(scope="module")
def sheet():
    return page(BODY, band=BAND)


@pytest.fixture(scope="module")
def upright(sheet):
    return read_document(photo(sheet), "image/jpeg")


def _text(result) -> str:
    return "\n".join(line.text for line in result.lines)


def test_white_text_on_a_dark_band_is_read(upright) -> None:
    assert BAND in _text(upright)


def test_a_deep_band_at_the_sheets_top_on_a_desk_as_dark_is_read() -> None:
    # The bright sheet's outline ends where the band ends, well below the
    # band's print; the page must take the band in.
    result = read_document(photo(page(BODY, band=BAND, band_rows=(0, 320))), "image/jpeg")
    assert BAND in _text(result)
    assert "Jordan Castellano" in _text(result)


def test_a_shadow_across_the_sheet_leaves_its_shaded_half_on_the_page(sheet) -> None:
    # The lit part of the sheet alone stands out from the desk: its outline is
    # the shadow's edge, a corner cut off the page, not the sheet.
    result = read_document(with_shadow(photo(sheet)), "image/jpeg")
    text = _text(result)
    for printed in ("NORTHWIND", "Jordan Castellano", "March 14, 2026", "C963-71"):
        assert printed in text


def test_a_very_large_line_and_a_small_footer_are_both_read(upright) -> None:
    text = _text(upright)
    assert "Jordan Castellano" in text
    assert "IICRC Approval No. C963-71" in text


def test_lines_come_in_reading_order_with_boxes_on_the_page_image(upright) -> None:
    texts = [line.text for line in upright.lines]
    assert texts.index(BAND) < texts.index("This certifies that") < texts.index("Jordan Castellano")
    assert upright.image.size == (upright.width, upright.height)
    ink = np.asarray(upright.image.convert("L"))
    for line in upright.lines:
        assert 0 <= line.left < line.right <= upright.width
        assert 0 <= line.top < line.bottom <= upright.height
        # The box is where the print is on the page image.
        assert ink[line.top : line.bottom, line.left : line.right].min() < 128


@pytest.mark.parametrize("turns", [1, 2])
def test_a_turned_photo_comes_out_upright(sheet, turns: int) -> None:
    result = read_document(photo(sheet, turns=turns), "image/jpeg")
    assert result.height > result.width  # portrait, as printed
    text = _text(result)
    assert "Completed on March 14, 2026 for 14 CEC hours" in text
    for line in result.lines:
        assert 0 <= line.left < line.right <= result.width
        assert 0 <= line.top < line.bottom <= result.height


def _text_pdf() -> bytes:
    doc = FPDF(format="letter", unit="pt")
    doc.add_page()
    doc.set_font("Helvetica", size=28)
    doc.set_xy(72, 100)
    doc.cell(text="Certificate of Completion")
    doc.set_font("Helvetica", size=14)
    for i, text in enumerate(["Awarded to Ana Ruiz", "Water Damage Restoration", "7 CEC hours"]):
        doc.set_xy(72, 200 + 40 * i)
        doc.cell(text=text)
    return bytes(doc.output())


def test_a_text_pdf_is_read_from_its_text_layer_with_boxes_on_its_rendered_page() -> None:
    result = read_document(_text_pdf(), "application/pdf")
    texts = [line.text for line in result.lines]
    assert texts == [
        "Certificate of Completion",
        "Awarded to Ana Ruiz",
        "Water Damage Restoration",
        "7 CEC hours",
    ]
    assert all(line.conf == 1.0 for line in result.lines)  # the text layer, not OCR
    assert result.image.size == (result.width, result.height)
    ink = np.asarray(result.image.convert("L"))
    title = result.lines[0]
    # 28 pt at 300 dpi, 100 pt from the top: the box sits on the rendered title.
    assert abs(title.top - 100 * 300 / 72) < 60
    assert ink[title.top : title.bottom, title.left : title.right].min() < 100
    assert ink[: title.top - 10].min() > 200  # nothing printed above it


def test_every_line_of_an_extraction_lies_on_its_page(sheet) -> None:
    result = extract_document(photo(sheet, turns=2), "image/jpeg")
    assert result.page is not None and result.lines
    assert result.text.splitlines()[0] == BAND
    for line in result.lines:
        x0, y0, x1, y1 = line.box
        assert 0 <= x0 < x1 <= result.page.width
        assert 0 <= y0 < y1 <= result.page.height
        assert 0 < line.confidence <= 1


@pytest.mark.parametrize("upward", [True, False], ids=["reading up", "reading down"])
def test_a_name_printed_sideways_up_a_stripe_is_read_as_one_line(upward: bool) -> None:
    school = "PRAIRIE STATE CLEANING AND RESTORATION SCHOOL"
    sheet = with_stripe(page(BODY), school, upward=upward)
    result = read_document(photo(sheet), "image/jpeg")
    assert school in _text(result)


def _spaced_pdf(lines: list[tuple[str, float, float]]) -> bytes:
    """A text PDF as a browser prints letter-spaced type: every letter set on
    its own at its place, with no space characters (the text layer's spaces
    are the ones the PDF reader makes up for the gaps). `lines` gives each
    line's text, its letter spacing and its word spacing, in points."""
    doc = FPDF(unit="pt", format="letter")
    doc.add_page()
    doc.set_font("Helvetica", size=20)
    for row, (text, letters, words) in enumerate(lines):
        x = 72.0
        for char in text:
            if char == " ":
                x += doc.get_string_width(" ") + words
                continue
            doc.text(x, 120 + 60 * row, char)
            x += doc.get_string_width(char) + letters
    return bytes(doc.output())


def test_letter_spaced_type_in_a_text_pdf_reads_as_its_words() -> None:
    data = _spaced_pdf(
        [
            ("GULF COAST DRYING INSTITUTE", 6, 6),  # capitals spread wide
            ("Krystal Haugen", 2.5, 2.5),  # a name tracked out a little
            ("Awarded to Ana Ruiz", 0, 0),  # plain type, set letter by letter
            ("Ana Ruiz 14 CEC Hours", 1, 1),  # tracked a little, plain spaces
        ]
    )
    texts = [line.text for line in read_document(data, "application/pdf").lines]
    assert texts == [
        "GULF COAST DRYING INSTITUTE",
        "Krystal Haugen",
        "Awarded to Ana Ruiz",
        "Ana Ruiz 14 CEC Hours",
    ]
