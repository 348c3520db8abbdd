"""The one impure step: running tesseract. Everything around it is pure.

Each call starts a tesseract process. OpenMP inside tesseract fights the
other workers for the same cores and makes a page slower, not faster, so it
is limited to one thread unless the operator says otherwise.
"""

from __future__ import annotations

import os

import pytesseract
from PIL import Image

from server.ocr.models import Word

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# Inverted (white-on-dark) text detection doubles the recognition work, and
# certificates are dark print on light paper.
_CONFIG = "-c tessedit_do_invert=0"


def read_words(image: Image.Image, *, psm: int = 3, dpi: int = 300) -> list[Word]:
    """Every word tesseract finds, with its box and confidence."""
    data = pytesseract.image_to_data(
        _as_bmp(image),
        lang="eng",
        config=f"--psm {psm} --dpi {dpi} {_CONFIG}",
        output_type=pytesseract.Output.DICT,
    )
    words = []
    for i, text in enumerate(data["text"]):
        text = text.strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        words.append(
            Word(
                text=text,
                left=data["left"][i],
                top=data["top"][i],
                width=data["width"][i],
                height=data["height"][i],
                conf=conf / 100,
                line_key=(data["block_num"][i], data["par_num"][i], data["line_num"][i]),
            )
        )
    return words


def detect_rotation(image: Image.Image) -> tuple[int, float]:
    """Degrees to turn the image clockwise to make it upright, and OSD's confidence."""
    try:
        osd = pytesseract.image_to_osd(
            _as_bmp(image),
            config="--psm 0 -c min_characters_to_try=20",
            output_type=pytesseract.Output.DICT,
        )
    except pytesseract.TesseractError:
        return 0, 0.0  # too little text to tell: leave it as it is
    return int(osd["rotate"]), float(osd["orientation_conf"])


def render_pdf(image: Image.Image, *, dpi: int) -> bytes:
    """A PDF page of `image` with the recognised text laid invisibly over it.

    Tesseract embeds a JPEG input as it is and any other format uncompressed,
    so callers hand it a JPEG to keep the page small.
    """
    return pytesseract.image_to_pdf_or_hocr(
        image,
        lang="eng",
        extension="pdf",
        config=f"--dpi {dpi} {_CONFIG}",
    )


def _as_bmp(image: Image.Image) -> Image.Image:
    # pytesseract writes the image to a temporary file in `image.format`;
    # BMP costs nothing to encode, where PNG compression costs ~0.1 s a page.
    image.format = "BMP"
    return image
