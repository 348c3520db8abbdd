"""A PDF for every certificate, as the IICRC asks for them.

A PDF upload goes out exactly as uploaded. A photo goes out as the documents
service's searchable PDF (one page, about 200 dpi, the OCR text selectable);
should that come out over 1.5 MB, the photo is packed again as an image-only
page, smaller and less sharp step by step until it fits.
"""

from __future__ import annotations

import asyncio
import io
import logging

from fpdf import FPDF
from PIL import Image

from server.errors import DomainError
from server.exports.documents import DocumentSource
from server.ocr.images import open_upright

log = logging.getLogger("ceclog.exports")

PDF_MEDIA_TYPE = "application/pdf"
MAX_PDF_BYTES = 1_500_000
PDF_DPI = 200
LETTER_LONG_EDGE_INCHES = 11.0
# (scale of the 200 dpi page, JPEG quality), tried in order until the page fits.
COMPACT_STEPS = ((1.0, 75), (1.0, 60), (0.8, 55), (0.65, 50), (0.5, 45), (0.35, 40))


async def certificate_pdf(documents: DocumentSource, user_id: int, sha256: str) -> bytes:
    original, media_type = await documents.file(user_id, sha256)
    if media_type == PDF_MEDIA_TYPE:
        return await documents.read(original)
    try:
        searchable = await documents.searchable_pdf(user_id, sha256)
        data = await documents.read(searchable)
    except DomainError:
        raise
    except Exception:
        # The certificate must still go out: without its text layer rather than not at all.
        log.warning("searchable PDF of %s failed; sending the photo alone", sha256, exc_info=True)
        data = None
    if data is not None and len(data) <= MAX_PDF_BYTES:
        return data
    photo = await documents.read(original)
    return await asyncio.to_thread(compact_image_pdf, photo)


def compact_image_pdf(data: bytes, max_bytes: int = MAX_PDF_BYTES) -> bytes:
    """A photo as a one-page image PDF of at most `max_bytes`."""
    image = open_upright(data, mode="RGB")
    edge = round(PDF_DPI * LETTER_LONG_EDGE_INCHES)
    image.thumbnail((edge, edge), Image.LANCZOS)
    page = b""
    for scale, quality in COMPACT_STEPS:
        page = _image_page(image, scale, quality)
        if len(page) <= max_bytes:
            return page
    return page


def _image_page(image: Image.Image, scale: float, quality: int) -> bytes:
    if scale < 1.0:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.LANCZOS)
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=quality, optimize=True)
    # The page keeps the photo's physical size at 200 dpi whatever the pixels left.
    width_mm = image.width / scale / PDF_DPI * 25.4
    height_mm = image.height / scale / PDF_DPI * 25.4
    pdf = FPDF(unit="mm", format=(width_mm, height_mm))
    pdf.set_margin(0)
    pdf.set_auto_page_break(False)
    pdf.set_creator("ceclog")
    pdf.add_page()
    jpeg.seek(0)
    pdf.image(jpeg, x=0, y=0, w=width_mm, h=height_mm)
    return bytes(pdf.output())
