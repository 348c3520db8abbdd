"""A photo of a certificate of completion, drawn with Pillow: a white page on a
dark desk, as a phone camera would see it, large enough that the app must
downscale it."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path("/usr/share/fonts/truetype/dejavu")

CERTIFICATE = {
    "holder_name": "Ana Maria Lopez",
    "course_title": "Water Damage Restoration Technician",
    "provider": "Restoration Training Institute",
    "completion_date": "2026-03-14",
    "date_text": "March 14, 2026",
    "hours": 14.0,
}


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(FONTS / name), size)
    except OSError:
        return ImageFont.load_default(size)


def certificate_page(
    values: dict = CERTIFICATE, width: int = 2200, height: int = 1700
) -> Image.Image:
    page = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((40, 40, width - 40, height - 40), outline=(20, 60, 90), width=10)
    lines = [
        ("Certificate of Completion", 96, True, 170),
        ("This certifies that", 52, False, 400),
        (values["holder_name"], 84, True, 500),
        ("has successfully completed the course", 52, False, 680),
        (values["course_title"], 64, True, 780),
        (f"Provider: {values['provider']}", 52, False, 980),
        (f"Date of completion: {values['date_text']}", 52, False, 1090),
        (f"CEC hours: {values['hours']:g}", 52, False, 1200),
    ]
    for text, size, bold, y in lines:
        font = _font(size, bold)
        w = draw.textlength(text, font=font)
        draw.text(((width - w) / 2, y), text, fill=(15, 20, 30), font=font)
    return page


def certificate_photo(values: dict = CERTIFICATE) -> bytes:
    """JPEG bytes, 4000 x 3000: a page on a desk, slightly turned."""
    desk = Image.new("RGB", (4000, 3000), (70, 62, 55))
    page = certificate_page(values).rotate(2, expand=True, fillcolor=(70, 62, 55))
    desk.paste(page, ((4000 - page.width) // 2, (3000 - page.height) // 2))
    out = io.BytesIO()
    desk.save(out, "JPEG", quality=90)
    return out.getvalue()


def badge_photo() -> bytes:
    image = Image.new("RGB", (1200, 800), (240, 240, 235))
    draw = ImageDraw.Draw(image)
    draw.text((80, 300), "IICRC BOOTH - VISITOR", fill=(10, 10, 10), font=_font(80, True))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def certificate_pdf(values: dict = CERTIFICATE) -> bytes:
    """The certificate as a provider emails it: a one-page PDF with a text layer."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="Letter")
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    lines = [
        ("Certificate of Completion", 28, "B"),
        ("This certifies that", 14, ""),
        (values["holder_name"], 24, "B"),
        ("has successfully completed the course", 14, ""),
        (values["course_title"], 20, "B"),
        (f"Provider: {values['provider']}", 14, ""),
        (f"Date of completion: {values['date_text']}", 14, ""),
        (f"CEC hours: {values['hours']:g}", 14, ""),
    ]
    pdf.set_y(30)
    for text, size, style in lines:
        pdf.set_font("DejaVu", style, size)
        pdf.cell(0, size * 0.9, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())
