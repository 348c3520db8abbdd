"""A photo too big for one 1.5 MB page is packed again until it fits, keeping its page size."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from PIL import Image

from server.exports.certificates import MAX_PDF_BYTES, compact_image_pdf


def _noise(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.effect_noise((width, height), 90).convert("RGB").save(out, "JPEG", quality=95)
    return out.getvalue()


def test_a_noisy_photo_is_compacted_under_the_limit():
    photo = _noise(4000, 3000)
    assert len(photo) > 2 * MAX_PDF_BYTES
    page = compact_image_pdf(photo)
    assert len(page) <= MAX_PDF_BYTES
    document = pdfium.PdfDocument(page)
    try:
        assert len(document) == 1
        width, height = document[0].get_size()
    finally:
        document.close()
    # Fitted to 2200 px on the long side at 200 dpi: 11 by 8.25 inches, whatever the quality.
    assert abs(width - 11 * 72) < 2 and abs(height - 8.25 * 72) < 2


def test_an_exif_rotated_photo_stands_upright():
    image = Image.new("RGB", (400, 200), "white")
    exif = image.getexif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    document = pdfium.PdfDocument(compact_image_pdf(out.getvalue()))
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    assert height > width
