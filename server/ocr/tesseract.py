"""The one impure step: running tesseract. Everything around it is pure.

Each call starts a tesseract process. OpenMP inside tesseract fights the
other workers for the same cores and makes a page slower, not faster, so it
is limited to one thread unless the operator says otherwise.

Pages are read with tesseract's Latin-script model: the English one drops
accents ("María" comes back "Maria"), and a certificate must carry the
holder's name as printed. Without that model OCR fails with a message saying
what to install, rather than quietly handing back names without accents.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytesseract
from PIL import Image

from server.ocr.models import Word

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# The Latin-script model: every European language's letters, accents included.
PAGE_LANG = "Latin"
# What each model's data file comes in, on Debian and Ubuntu.
PACKAGES = {
    "Latin": "tesseract-ocr-script-latn",
    "eng": "tesseract-ocr-eng",
}
# Which way up a page is comes from its detected lines, not from OSD.
REQUIRED_LANGS = ("Latin",)

# Line crops are read with the Latin model less its word list, which `make
# model` builds beside the installed package (scripts/make_line_model.sh);
# without it, the full Latin model reads them, slower and four times the memory.
LINE_MODEL = "Latin_lines"


def line_model() -> tuple[str, str | None]:
    """The model to read line crops with, and the folder it is in (None: tesseract's own)."""
    folder = Path(sys.prefix) / "share" / "ceclog" / "tessdata"
    if (folder / f"{LINE_MODEL}.traineddata").exists():
        return LINE_MODEL, str(folder)
    return PAGE_LANG, None


# Inverted (white-on-dark) text detection doubles the recognition work, and
# certificates are dark print on light paper.
_CONFIG = "-c tessedit_do_invert=0"


class LanguageDataMissing(RuntimeError):
    """Tesseract runs but lacks a model's data file."""

    def __init__(self, lang: str) -> None:
        package = PACKAGES.get(lang, f"the tesseract data for '{lang}'")
        super().__init__(
            f"tesseract has no '{lang}' language data; install it: "
            f"sudo apt-get install -y {package}"
        )
        self.lang = lang


def read_words(
    image: Image.Image, *, psm: int = 3, dpi: int = 300, lang: str = PAGE_LANG
) -> list[Word]:
    """Every word tesseract finds, with its box and confidence."""
    return _read(_as_bmp(image), psm=psm, dpi=dpi, lang=lang).get(1, [])


def read_strips(
    images: list[Image.Image],
    *,
    psm: int = 7,
    dpi: int = 300,
    lang: str = PAGE_LANG,
    tessdata: str | None = None,
) -> list[list[Word]]:
    """The words of each of several small images, in one tesseract run.

    Starting tesseract and loading the Latin model costs more than reading
    a strip, so every strip a page needs goes to one process, as pages of
    one document.
    """
    if not images:
        return []
    with tempfile.TemporaryDirectory(prefix="ceclog-strips-") as tmp:
        paths = []
        for i, image in enumerate(images):
            path = Path(tmp) / f"{i:03d}.bmp"
            image.save(path, "BMP")
            paths.append(str(path))
        listing = Path(tmp) / "strips.txt"
        listing.write_text("\n".join(paths) + "\n")
        pages = _read(str(listing), psm=psm, dpi=dpi, lang=lang, tessdata=tessdata)
    return [pages.get(i + 1, []) for i in range(len(images))]


def _read(
    source: Image.Image | str, *, psm: int, dpi: int, lang: str, tessdata: str | None = None
) -> dict[int, list[Word]]:
    where = f'--tessdata-dir "{tessdata}" ' if tessdata else ""
    try:
        data = pytesseract.image_to_data(
            source,
            lang=lang,
            config=f"{where}--psm {psm} --dpi {dpi} {_CONFIG}",
            output_type=pytesseract.Output.DICT,
        )
    except pytesseract.TesseractError as exc:
        raise _explained(exc, lang) from exc
    pages: dict[int, list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = text.strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        pages.setdefault(int(data["page_num"][i]), []).append(
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
    return pages


def render_pdf(image: Image.Image, *, dpi: int) -> bytes:
    """A PDF page of `image` with the recognised text laid invisibly over it.

    Tesseract embeds a JPEG input as it is and any other format uncompressed,
    so callers hand it a JPEG to keep the page small.
    """
    try:
        return pytesseract.image_to_pdf_or_hocr(
            image, lang=PAGE_LANG, extension="pdf", config=f"--dpi {dpi} {_CONFIG}"
        )
    except pytesseract.TesseractError as exc:
        raise _explained(exc, PAGE_LANG) from exc


def installed_languages() -> set[str]:
    """The models tesseract can load, as `tesseract --list-langs` names them."""
    out = subprocess.run(
        [pytesseract.pytesseract.tesseract_cmd, "--list-langs"],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = (out.stdout or out.stderr).splitlines()
    # The first line says where the data lives; models may sit in subfolders ("script/Latin").
    return {line.strip().rsplit("/", 1)[-1] for line in lines[1:] if line.strip()}


def missing_languages() -> list[str]:
    have = installed_languages()
    return [lang for lang in REQUIRED_LANGS if lang not in have]


def _explained(exc: pytesseract.TesseractError, lang: str) -> Exception:
    """A missing model becomes an error that says what to install."""
    text = str(exc)
    if "Failed loading language" in text or "Error opening data file" in text:
        return LanguageDataMissing(lang)
    return exc


def _as_bmp(image: Image.Image) -> Image.Image:
    # pytesseract writes the image to a temporary file in `image.format`;
    # BMP costs nothing to encode, where PNG compression costs ~0.1 s a page.
    image.format = "BMP"
    return image
