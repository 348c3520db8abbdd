"""PDF pages: their own text layer when they have one, pixels otherwise."""

from __future__ import annotations

import pypdfium2 as pdfium
from PIL import Image

from server.ocr.models import Word

# PDF text is measured in points; words are reported at this many pixels per
# point so that sizes compare with OCR of a page rendered at 300 dpi.
POINT_SCALE = 300 / 72
# Fewer characters than this is a scan with a stray caption, not a text page.
MIN_TEXT_CHARS = 40
# Letters of one word touch (their loose boxes abut) within this share of their height.
LETTER_GAP = 0.05


def text_words(data: bytes, page_index: int = 0) -> list[Word]:
    """The words of a page's text layer with their boxes, top-down like pixels."""
    document = pdfium.PdfDocument(data)
    try:
        page = document[page_index]
        height = page.get_height()
        textpage = page.get_textpage()
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        words: list[Word] = []
        current: list[tuple[str, tuple[float, float, float, float]]] = []

        def flush() -> None:
            if current:
                left = min(b[0] for _, b in current)
                right = max(b[2] for _, b in current)
                bottom = min(b[1] for _, b in current)
                top = max(b[3] for _, b in current)
                words.append(
                    Word(
                        text="".join(c for c, _ in current),
                        left=round(left * POINT_SCALE),
                        top=round((height - top) * POINT_SCALE),
                        width=max(1, round((right - left) * POINT_SCALE)),
                        height=max(1, round((top - bottom) * POINT_SCALE)),
                        conf=1.0,
                    )
                )
                current.clear()

        broken = ""  # the whitespace since the last character: a space or a line break
        for i, char in enumerate(text[:count]):
            if char.isspace():
                broken = broken or char
                continue
            box = textpage.get_charbox(i, loose=True)
            if current and (broken or box[0] - current[-1][1][2] > (box[3] - box[1]) * 0.6):
                if not (broken in "\r\n" and _touching(current[-1][1], box)):
                    flush()  # a space, a new line, or a gap in the layout with no space
            broken = ""
            current.append((char, box))
        flush()
        return words
    finally:
        document.close()


def _touching(before: tuple, box: tuple) -> bool:
    """Whether a character follows the previous one on its line with no gap:
    letter-spaced display type, which the text layer breaks into one-letter
    lines although it prints as one word."""
    height = max(before[3] - before[1], box[3] - box[1], 1e-6)
    same_line = min(before[3], box[3]) - max(before[1], box[1]) > 0.5 * height
    return same_line and abs(box[0] - before[2]) <= LETTER_GAP * height


def has_text(words: list[Word]) -> bool:
    return sum(len(w.text) for w in words) >= MIN_TEXT_CHARS


def page_pixels(data: bytes, page_index: int = 0) -> tuple[int, int]:
    """A page's size in the pixels its text-layer words are measured in."""
    document = pdfium.PdfDocument(data)
    try:
        page = document[page_index]
        return round(page.get_width() * POINT_SCALE), round(page.get_height() * POINT_SCALE)
    finally:
        document.close()


def render_page(data: bytes, dpi: int = 300, page_index: int = 0) -> Image.Image:
    """The page as grayscale pixels, for a scan saved as PDF."""
    document = pdfium.PdfDocument(data)
    try:
        bitmap = document[page_index].render(scale=dpi / 72, grayscale=True)
        return bitmap.to_pil().convert("L")
    finally:
        document.close()


def page_count(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()
