"""Tell an uploaded file's type from its bytes and refuse what we cannot read.

The name and the client's Content-Type are never trusted: a phone may call a
HEIC photo `IMG_0001.JPG`, and a renamed ZIP must not reach the OCR workers.
"""

from __future__ import annotations

import io
import warnings

import pypdfium2 as pdfium
from PIL import Image
from pillow_heif import register_heif_opener

from server.errors import Invalid, TooLarge, UnsupportedMedia

register_heif_opener()

JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"
HEIC = "image/heic"
HEIF = "image/heif"
PDF = "application/pdf"
ACCEPTED = (JPEG, PNG, WEBP, HEIC, HEIF, PDF)
IMAGE_TYPES = (JPEG, PNG, WEBP, HEIC, HEIF)

# ISO-BMFF brands. HEIC is HEVC in HEIF; `mif1`/`msf1` are generic HEIF and
# need their compatible brands checked, because AVIF uses the same container.
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"}
_HEIF_BRANDS = {b"mif1", b"msf1"}

# A PDF's header may follow a little junk; readers look in the first kilobyte.
_PDF_HEADER_WINDOW = 1024
# A certificate is a page or two; a thousand-page PDF is a mistake or an attack.
MAX_PDF_PAGES = 50
# A phone photo is 12-50 megapixels. Larger is refused from the header, before
# decoding: one decoded 90-megapixel image takes a quarter of a gigabyte.
MAX_IMAGE_PIXELS = 50_000_000

# Formats people upload by mistake, named in the 415 so the reason is clear.
_KNOWN_OTHERS = (
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"<svg", "an SVG drawing"),
    (b"<?xml", "an XML file"),
)


def sniff_media_type(data: bytes) -> str | None:
    """The accepted media type these bytes are, or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return _heif_type(data)
    if b"%PDF-" in data[:_PDF_HEADER_WINDOW]:
        return PDF
    return None


def _heif_type(data: bytes) -> str | None:
    box_size = int.from_bytes(data[:4], "big")
    major = data[8:12]
    end = min(max(box_size, 16), len(data), 4096)
    compatible = {data[i : i + 4] for i in range(16, end - 3, 4)}
    if major in _HEIC_BRANDS or (major in _HEIF_BRANDS and compatible & _HEIC_BRANDS):
        return HEIC
    if major in _HEIF_BRANDS and b"avif" not in compatible and b"avis" not in compatible:
        return HEIF
    return None


def describe_unknown(data: bytes) -> str:
    head = data[:16].lstrip()
    for magic, name in _KNOWN_OTHERS:
        if head.startswith(magic):
            return name
    if len(data) >= 12 and data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis"):
        return "an AVIF image"
    return "not a photo or PDF we recognise"


def validate_document(data: bytes, max_bytes: int) -> str:
    """The media type of an acceptable certificate file, or the reason it is not.

    Raises TooLarge (413), UnsupportedMedia (415) or Invalid (422: truncated,
    corrupt, or a decompression bomb). Decodes the whole file once, so a
    broken upload is refused here rather than failing later in OCR.
    """
    if len(data) > max_bytes:
        raise TooLarge(
            f"The file is {len(data) / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB",
            size=len(data),
            max_bytes=max_bytes,
        )
    if not data:
        raise Invalid("The file is empty")
    media_type = sniff_media_type(data)
    if media_type is None:
        raise UnsupportedMedia(
            f"Unsupported file type: {describe_unknown(data)}. "
            "Upload a JPEG, PNG, WebP or HEIC photo, or a PDF.",
            accepted=list(ACCEPTED),
        )
    if media_type == PDF:
        _check_pdf(data)
    else:
        _check_image(data, media_type)
    return media_type


def _check_image(data: bytes, media_type: str) -> None:
    label = media_type.split("/")[1].upper()
    try:
        with warnings.catch_warnings():
            # Checked below against the same limit, with a clearer message.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:  # reads the header only
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    raise _bomb(image.width, image.height)
                image.load()
    except Image.DecompressionBombError:
        limit = MAX_IMAGE_PIXELS / 1e6
        raise Invalid(
            f"The {label} image is far over {limit:.0f} megapixels; too large to decode safely"
        ) from None
    except Invalid:
        raise
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise Invalid(f"The {label} image is truncated or corrupt: {exc}") from None


def _bomb(width: int, height: int) -> Invalid:
    limit = MAX_IMAGE_PIXELS
    return Invalid(
        f"The image is {width}×{height} pixels ({width * height / 1e6:.0f} megapixels); "
        f"the limit is {limit / 1e6:.0f} megapixels",
        width=width,
        height=height,
    )


def _check_pdf(data: bytes) -> None:
    # pdfium quietly repairs a PDF cut short, so look for the end marker first.
    if b"%%EOF" not in data[-_PDF_HEADER_WINDOW:]:
        raise Invalid("The PDF is truncated: it has no end-of-file marker")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise Invalid(f"The PDF is corrupt: {exc}") from None
    try:
        pages = len(document)
        if pages == 0:
            raise Invalid("The PDF has no pages")
        if pages > MAX_PDF_PAGES:
            raise Invalid(f"The PDF has {pages} pages; the limit is {MAX_PDF_PAGES}")
        page = document[0]
        page.get_textpage().close()
        page.close()
    except pdfium.PdfiumError as exc:
        raise Invalid(f"The PDF is corrupt: {exc}") from None
    finally:
        document.close()
