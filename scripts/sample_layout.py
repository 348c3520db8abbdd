"""A page as positioned text and rules, drawn either to pixels or to a text PDF."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = [Path("/usr/share/fonts")]
# One tuple per family: regular, bold, italic. Files that are missing are
# skipped, so the generator still runs with only DejaVu installed.
SERIF = [
    ("NimbusRoman-Regular.otf", "NimbusRoman-Bold.otf", "NimbusRoman-Italic.otf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
    ("C059-Roman.otf", "C059-Bold.otf", "C059-Italic.otf"),
    ("P052-Roman.otf", "P052-Bold.otf", "P052-Italic.otf"),
]
SANS = [
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    ("NimbusSans-Regular.otf", "NimbusSans-Bold.otf", "NimbusSans-Italic.otf"),
    ("URWGothic-Book.otf", "URWGothic-Demi.otf", "URWGothic-BookOblique.otf"),
]
SCRIPT = ["DancingScript-Regular.otf", "DancingScript-Bold.otf", "Z003-MediumItalic.otf"]
FALLBACK = "DejaVuSans.ttf"


@functools.cache
def font_path(name: str) -> Path | None:
    for root in FONT_DIRS:
        for found in root.rglob(name):
            return found
    return None


def available(names: list[str]) -> list[str]:
    return [n for n in names if font_path(n)]


@dataclass
class Text:
    x: float  # points from the left edge; the anchor depends on `align`
    y: float  # points from the top edge to the top of the line
    text: str
    size: float
    font: str  # a file name from the lists above
    align: str = "left"  # left | center | right
    pdf_font: str = "Helvetica"  # the base-14 font a text PDF uses instead


@dataclass
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 1.0


@dataclass
class Page:
    width: float  # points
    height: float
    items: list[Text | Rule] = field(default_factory=list)
    border: bool = False


@functools.cache
def _font(name: str, px: int) -> ImageFont.FreeTypeFont:
    path = font_path(name) or font_path(FALLBACK)
    return ImageFont.truetype(str(path), px)


@functools.cache
def _has_glyph(name: str, char: str) -> bool:
    # A character the font lacks draws as the font's "missing" box, the same
    # for every such character; U+0378 is unassigned, so always missing.
    font = _font(name, 40)
    return char.isspace() or bytes(font.getmask(char)) != bytes(font.getmask("\u0378"))


def font_for(name: str, text: str) -> str:
    """`name`, or the first font that has every letter of `text` when it lacks one.

    Dancing Script has no "ř": a designer seeing "Kate□ina" on the proof picks
    a script that has it, as a word processor would; print never shows the box.
    """
    for candidate in (name, *SCRIPT, FALLBACK) if name in SCRIPT else (name, FALLBACK):
        if font_path(candidate) and all(_has_glyph(candidate, ch) for ch in text):
            return candidate
    return name


def text_width(name: str, size: float, text: str) -> float:
    """Width in points, measured at a fine pixel size for precision."""
    return _font(font_for(name, text), int(size * 10)).getlength(text) / 10


def draw(page: Page, dpi: int, paper: tuple[int, int, int] = (252, 250, 244)) -> Image.Image:
    scale = dpi / 72
    image = Image.new("RGB", (round(page.width * scale), round(page.height * scale)), paper)
    pen = ImageDraw.Draw(image)
    if page.border:
        for inset, width in ((18, 6), (28, 2)):
            pen.rectangle(
                [
                    inset * scale,
                    inset * scale,
                    (page.width - inset) * scale,
                    (page.height - inset) * scale,
                ],
                outline=(90, 70, 40),
                width=max(1, round(width * scale / 2)),
            )
    for item in page.items:
        if isinstance(item, Rule):
            pen.line(
                [item.x0 * scale, item.y0 * scale, item.x1 * scale, item.y1 * scale],
                fill=(40, 40, 40),
                width=max(1, round(item.width * scale)),
            )
            continue
        font = _font(font_for(item.font, item.text), max(6, round(item.size * scale)))
        width = font.getlength(item.text)
        x = item.x * scale
        if item.align == "center":
            x -= width / 2
        elif item.align == "right":
            x -= width
        pen.text((x, item.y * scale), item.text, font=font, fill=(20, 20, 30))
    return image


def to_pdf(page: Page) -> bytes:
    """A one-page PDF with a real text layer in the base-14 fonts."""
    fonts = sorted({t.pdf_font for t in page.items if isinstance(t, Text)})
    names = {f: f"F{i}" for i, f in enumerate(fonts)}
    ops = []
    for item in page.items:
        if isinstance(item, Rule):
            ops.append(
                f"{item.width} w {item.x0:.1f} {page.height - item.y0:.1f} m "
                f"{item.x1:.1f} {page.height - item.y1:.1f} l S"
            )
            continue
        width = text_width(item.font, item.size, item.text)
        x = item.x - (
            width / 2 if item.align == "center" else width if item.align == "right" else 0
        )
        baseline = page.height - item.y - item.size * 0.8
        ops.append(
            f"BT /{names[item.pdf_font]} {item.size:.1f} Tf {x:.1f} {baseline:.1f} Td "
            f"({_pdf_string(item.text)}) Tj ET"
        )
    content = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page.width:.0f} {page.height:.0f}] "
            f"/Contents 4 0 R /Resources << /Font << "
            + " ".join(f"/{names[f]} {5 + i} 0 R" for i, f in enumerate(fonts))
            + " >> >> >>"
        ).encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    for f in fonts:
        objects.append(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{f} /Encoding /WinAnsiEncoding >>".encode()
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
