"""Decode photo bytes into upright pixels."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageOps
from pillow_heif import register_heif_opener

register_heif_opener()


def open_upright(data: bytes, mode: str = "L", edge: int | None = None) -> Image.Image:
    """The picture as the phone showed it: EXIF orientation applied.

    Grayscale by default: colour does not help tesseract, and asking the JPEG
    decoder for luminance only skips the colour conversion of 12 megapixels.
    With `edge`, a JPEG decoder may skip detail finer than that many pixels
    on the long side (it decodes at 1/2, 1/4 or 1/8 scale).
    """
    image = Image.open(io.BytesIO(data))
    if image.format == "JPEG":
        image.draft(mode, (edge, edge) if edge else image.size)
    upright = ImageOps.exif_transpose(image)
    return upright.convert(mode) if upright.mode != mode else upright


def to_array(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L") if image.mode != "L" else image)
