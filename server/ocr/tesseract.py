"""The one impure step: running tesseract. Everything around it is pure.

Line crops are read in this process through tesseract's library
(`read_lines`); a whole page and the searchable PDF by the tesseract command.
OpenMP inside tesseract fights the other workers for the same cores and
makes a page slower, not faster, so it is limited to one thread unless the
operator says otherwise.

Pages are read with tesseract's Latin-script model: the English one drops
accents ("María" comes back "Maria"), and a certificate must carry the
holder's name as printed. Without that model OCR fails with a message saying
what to install, rather than quietly handing back names without accents.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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
_VARIABLES = {"tessedit_do_invert": "0"}
_CONFIG = " ".join(f"-c {name}={value}" for name, value in _VARIABLES.items())


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


def read_lines(
    images: list[Image.Image],
    *,
    psm: int = 7,
    dpi: int = 300,
    lang: str = PAGE_LANG,
    tessdata: str | None = None,
) -> list[list[Word]]:
    """The words of each of several line crops, read in this process.

    Through tesseract's library rather than its command: a process per page
    started tesseract and loaded its model each time, and wrote every crop to
    a file first. An engine is kept loaded once made and lent to one thread at
    a time; two threads read side by side with one each.
    """
    if not images:
        return []
    with _engine(lang, tessdata or system_tessdata(), psm) as api:
        return [_line_words(api, image, dpi) for image in images]


def _line_words(api, image: Image.Image, dpi: int) -> list[Word]:
    from tesserocr import RIL, iterate_level

    api.SetImage(image)
    api.SetSourceResolution(dpi)
    api.Recognize()
    out = []
    found = api.GetIterator()
    for word in iterate_level(found, RIL.WORD) if found is not None else []:
        if word.Empty(RIL.WORD):
            continue
        text = word.GetUTF8Text(RIL.WORD).strip()
        box = word.BoundingBox(RIL.WORD)
        if not text or box is None:
            continue
        x0, y0, x1, y1 = box
        out.append(Word(text, x0, y0, x1 - x0, y1 - y0, word.Confidence(RIL.WORD) / 100))
    return out


# Loaded engines not in use, by model, folder and page segmentation mode.
_idle: dict[tuple[str, str, int], list] = {}
_idle_lock = threading.Lock()
# Engines kept loaded for each model once their pages are read (28 MB each):
# two pages read at once, two threads each. More are made while more pages
# are read at once (a server with many OCR workers), and ended afterwards,
# so an idle server does not hold its busiest moment's engines.
KEPT_ENGINES = 4


@contextmanager
def _engine(lang: str, tessdata: str, psm: int) -> Iterator:
    key = (lang, tessdata, psm)
    with _idle_lock:
        idle = _idle.setdefault(key, [])
        api = idle.pop() if idle else None
    if api is None:
        api = _loaded(lang, tessdata, psm)
    try:
        yield api
    finally:
        api.Clear()
        with _idle_lock:
            kept = len(idle) < KEPT_ENGINES
            if kept:
                idle.append(api)
        if not kept:
            api.End()


def kept_engines() -> int:
    """How many loaded engines wait for the next page."""
    with _idle_lock:
        return sum(len(idle) for idle in _idle.values())


def _loaded(lang: str, tessdata: str, psm: int):
    from tesserocr import PyTessBaseAPI

    folder = tessdata.rstrip("/") + "/"
    if not (Path(folder) / f"{lang}.traineddata").exists():
        raise LanguageDataMissing(lang)
    api = PyTessBaseAPI(path=folder, lang=lang, psm=psm, init=True)
    for name, value in _VARIABLES.items():
        api.SetVariable(name, value)
    return api


@functools.cache
def system_tessdata() -> str:
    """The folder the installed tesseract reads the Latin model from (some
    distributions keep script models in a subfolder)."""
    first = _list_langs()[0]  # List of available languages in "/usr/share/...":
    folder = Path(first.split('"')[1] if first.count('"') >= 2 else ".")
    if not (folder / f"{PAGE_LANG}.traineddata").exists() and (folder / "script").is_dir():
        folder = folder / "script"
    return str(folder)


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
    # The first line says where the data lives; models may sit in subfolders ("script/Latin").
    return {line.strip().rsplit("/", 1)[-1] for line in _list_langs()[1:] if line.strip()}


def _list_langs() -> list[str]:
    out = subprocess.run(
        [pytesseract.pytesseract.tesseract_cmd, "--list-langs"],
        capture_output=True,
        text=True,
        check=True,
    )
    return (out.stdout or out.stderr).splitlines()


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
