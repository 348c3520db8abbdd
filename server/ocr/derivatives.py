"""Files made from an upload: a thumbnail for lists, a searchable PDF for the IICRC."""

from __future__ import annotations

import io

from PIL import Image

from server.ocr import page_view, pdf, tesseract
from server.ocr.images import open_upright

THUMBNAIL_EDGE = 480
# The IICRC asks for PDFs by email: 200 dpi keeps print legible and a page
# near half a megabyte, well under the 1.5 MB a page we allow ourselves.
PDF_DPI = 200
PDF_PAGE_INCHES = 11.0  # a letter page's long side
PDF_JPEG_QUALITY = 70


def make_thumbnail(data: bytes) -> bytes:
    """A JPEG no longer than 480 px on its long edge, upright as the phone showed it.

    A PDF's thumbnail is its first page.
    """
    if data[:1024].find(b"%PDF-") >= 0:
        image = pdf.render_page(data, dpi=60).convert("RGB")
    else:
        image = _decoded(data, THUMBNAIL_EDGE)
    image.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE), Image.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def make_page(data: bytes, media_type: str | None) -> bytes:
    """The certificate as /page serves it: the page found in the photo, flat,
    upright and evenly lit (a PDF: its first page), as a JPEG."""
    from server.ocr.pipeline import page_image

    image = page_image(data, media_type)
    scale = page_view.view_scale(*image.size)
    return page_view.page_jpeg(image, page_view.page_size(*image.size, scale))


def make_searchable_pdf(page_jpeg: bytes) -> bytes:
    """The clean page (never the desk photo) as a one-page PDF, its text
    selectable and searchable, printed about the size of a letter page."""
    image = Image.open(io.BytesIO(page_jpeg))
    limit = round(PDF_DPI * PDF_PAGE_INCHES)
    if max(image.size) > limit:
        image.thumbnail((limit, limit), Image.LANCZOS)
    # Tesseract embeds the image it is given; a JPEG keeps the page small.
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=PDF_JPEG_QUALITY)
    compressed = Image.open(io.BytesIO(buffer.getvalue()))
    dpi = max(72, round(max(compressed.size) / PDF_PAGE_INCHES))
    return tesseract.render_pdf(compressed, dpi=dpi)


def _decoded(data: bytes, edge: int) -> Image.Image:
    return open_upright(data, mode="RGB", edge=edge)
