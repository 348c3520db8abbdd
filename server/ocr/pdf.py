"""PDF pages: their own text layer when they have one, pixels otherwise."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from server.ocr.models import Word

# PDF text is measured in points; words are reported at this many pixels per
# point so that sizes compare with OCR of a page rendered at 300 dpi.
POINT_SCALE = 300 / 72
# Fewer characters than this is a scan with a stray caption, not a text page.
MIN_TEXT_CHARS = 40
# Letters of one word touch (their loose boxes abut) within this share of their height.
LETTER_GAP = 0.05
# Letter-spaced type: letters with no space between them stand apart by more
# than LETTER_GAP, or a line of single letters has at least this many made-up
# spaces; its letter spacing is at most this share of the letters' height.
LETTER_SPACED_RUN = 3
MAX_LETTER_SPACING = 0.6


def text_words(data: bytes, page_index: int = 0) -> list[Word]:
    """The words of a page's text layer with their boxes, top-down like pixels."""
    document = pdfium.PdfDocument(data)
    try:
        page = document[page_index]
        height = page.get_height()
        textpage = page.get_textpage()
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        chars = _characters(textpage, text[:count])
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

        for char, box, broken, spaced in chars:
            if current and (broken or box[0] - current[-1][1][2] > (box[3] - box[1]) * 0.6):
                if not (broken in "\r\n" and _touching(current[-1][1], box)) and not spaced:
                    flush()  # a space, a new line, or a gap in the layout with no space
            current.append((char, box))
        flush()
        return words
    finally:
        document.close()


def _characters(textpage, text: str) -> list[tuple[str, tuple, str, bool]]:
    """Each printed character with its box, the whitespace before it (a space,
    a line break or none) and whether that space only spaces letters out.

    A text layer of letter-spaced type ("G U L F  C O A S T", or "K RY S TA L")
    has no space characters in it: its spaces are the ones PDFium makes up
    for the gaps, between letters as between words. A made-up space no wider
    than the line's letter spacing parts no words."""
    out = []
    broken, generated = "", False
    for i, char in enumerate(text):
        if char.isspace():
            if not broken:
                broken, generated = char, bool(pdfium_c.FPDFText_IsGenerated(textpage.raw, i))
            continue
        box = textpage.get_charbox(i, loose=True)
        out.append((char, box, broken, broken == " " and generated))
        broken, generated = "", False
    return _letter_spacing(out)


def _letter_spacing(
    chars: list[tuple[str, tuple, str, bool]],
) -> list[tuple[str, tuple, str, bool]]:
    """Keep the flag only on the made-up spaces of a letter-spaced line that
    are no wider than its letter spacing."""
    out, start = [], 0
    for end in range(1, len(chars) + 1):
        if end < len(chars) and chars[end][2] not in ("\r", "\n"):
            continue
        line = chars[start:end]
        size = max((b[3] - b[1] for _, b, _, _ in line), default=0.0)
        spacing = _spacing(line, size)
        for k, (char, box, broken, made_up) in enumerate(line):
            gap = box[0] - line[k - 1][1][2] if k else 0.0
            narrow = spacing is not None and gap <= spacing * 1.5 + LETTER_GAP * size
            out.append((char, box, broken, made_up and narrow))
        start = end
    return out


def _spacing(line: list[tuple[str, tuple, str, bool]], size: float) -> float | None:
    """A line's letter spacing, None when its letters are set close: the gap
    between letters with no space between them, or on a line where no two
    letters go without one, the narrower of the spaces made up between them."""
    pairs = list(zip(line, line[1:], strict=False))
    joined = sorted(b[0] - a[1][2] for a, (_, b, broken, _) in pairs if not broken)
    if joined:
        spacing = joined[len(joined) // 2]
    else:
        made_up = sorted(b[0] - a[1][2] for a, (_, b, _, flag) in pairs if flag)
        if len(made_up) < LETTER_SPACED_RUN:
            return None
        spacing = made_up[len(made_up) // 3]
    return spacing if LETTER_GAP * size < spacing <= MAX_LETTER_SPACING * size else None


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
