"""Pages drawn with Pillow for reading tests, and photos of them on a desk."""

from __future__ import annotations

import functools
import io
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

PAGE = (1275, 1650)  # a letter page at 150 dpi


@functools.cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    path = next(Path("/usr/share/fonts").rglob(name))
    return ImageFont.truetype(str(path), size)


def page(
    lines: list[tuple[str, int]], band: str | None = None, band_rows: tuple[int, int] = (60, 230)
) -> Image.Image:
    """A white page of centred lines (text, pixel size), under a dark header
    band printed over `band_rows` (top, bottom), its text near the band's top."""
    image = Image.new("RGB", PAGE, (250, 250, 247))
    draw = ImageDraw.Draw(image)
    y = 120
    if band:
        top, bottom = band_rows
        draw.rectangle((0, top, PAGE[0], bottom), fill=(24, 62, 110))
        _centred(draw, band, top + 58, font(48, bold=True), (255, 255, 255))
        y = bottom + 90
    for text, size in lines:
        if text:
            _centred(draw, text, y, font(size), (20, 20, 20))
        y += round(size * 1.9)
    return image


def _centred(draw: ImageDraw.ImageDraw, text: str, y: int, face, fill) -> None:
    width = draw.textlength(text, font=face)
    draw.text(((PAGE[0] - width) / 2, y), text, font=face, fill=fill)


def photo(sheet: Image.Image, turns: int = 0, tilt: float = 3.0) -> bytes:
    """A JPEG of the sheet lying on a dark desk, a little tilted, turned
    `turns` quarter turns clockwise in the frame."""
    w, h = sheet.size
    canvas = (round(h * 1.35), round(h * 1.35))
    desk = np.full((canvas[1], canvas[0], 3), (70, 52, 40), np.uint8)
    rng = np.random.default_rng(7)
    desk = np.clip(desk + rng.normal(0, 6, desk.shape), 0, 255).astype(np.uint8)
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), tilt, 1.0)
    matrix[:, 2] += ((canvas[0] - w) / 2, (canvas[1] - h) / 2)
    size = canvas
    src = np.asarray(sheet)
    warped = cv2.warpAffine(src, matrix, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpAffine(np.full((h, w), 255, np.uint8), matrix, size)
    out = np.where(mask[..., None] > 127, warped, desk)
    out = np.ascontiguousarray(np.rot90(out, k=-turns))
    buffer = io.BytesIO()
    Image.fromarray(out).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def with_stripe(sheet: Image.Image, text: str, upward: bool = True) -> Image.Image:
    """The sheet with a coloured stripe down its left edge and `text` printed
    along it in white, reading up the page (or down it)."""
    image = sheet.copy()
    face = font(40, bold=True)
    width = round(ImageDraw.Draw(image).textlength(text, font=face))
    strip = Image.new("RGB", (width + 40, 70), (150, 40, 40))
    ImageDraw.Draw(strip).text((20, 10), text, font=face, fill=(255, 255, 255))
    strip = strip.rotate(90 if upward else -90, expand=True)
    image.paste((150, 40, 40), (30, 0, 30 + strip.width, image.height))
    image.paste(strip, (30, (image.height - strip.height) // 2))
    return image


def with_shadow(jpeg: bytes, darkness: float = 0.45) -> bytes:
    """The photo with a hard shadow falling diagonally across it: everything
    below the line from the top right corner to the bottom left, the sheet's
    lower half among it, darkened as much as the desk."""
    image = np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB")).astype(np.float32)
    h, w = image.shape[:2]
    rows, cols = np.mgrid[0:h, 0:w]
    shade = rows / h + cols / w > 1.0
    image[shade] *= darkness
    buffer = io.BytesIO()
    Image.fromarray(image.astype(np.uint8)).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()
