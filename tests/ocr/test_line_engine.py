"""Line crops read in-process by tesseract's library: the same words and boxes
as the tesseract command reads, safe from two threads at once, and a clear
message when the model is missing. Real tesseract."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from server.ocr import lineread, tesseract

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [
    "Water Damage Restoration Technician",
    "María José Peña",
    "CEC Hours: 1.5",
    "Completed 14 March 2026",
    "Northwest Restoration Institute",
    "Applied Microbial Remediation",
    "Søren Núñez",
    "Booth 1142",
]


def _line(text: str, size: int = 34) -> Image.Image:
    font = ImageFont.truetype(FONT, size)
    width = round(font.getlength(text)) + 60
    image = Image.new("L", (width, size + 40), 255)
    ImageDraw.Draw(image).text((30, 18), text, fill=0, font=font)
    return image


def _by_command(image: Image.Image) -> list[tuple[str, int, int, int, int]]:
    data = pytesseract.image_to_data(
        image,
        lang=lineread.LANG,
        config=(f'--tessdata-dir "{lineread.TESSDATA}" ' if lineread.TESSDATA else "")
        + "--psm 7 --dpi 300 -c tessedit_do_invert=0",
        output_type=pytesseract.Output.DICT,
    )
    return [
        (text.strip(), data["left"][i], data["top"][i], data["width"][i], data["height"][i])
        for i, text in enumerate(data["text"])
        if text.strip() and float(data["conf"][i]) >= 0
    ]


def _read(images: list[Image.Image]) -> list[list[tuple[str, int, int, int, int]]]:
    found = tesseract.read_lines(images, lang=lineread.LANG, tessdata=lineread.TESSDATA)
    return [[(w.text, w.left, w.top, w.width, w.height) for w in words] for words in found]


def test_a_line_reads_as_the_tesseract_command_reads_it_words_and_boxes() -> None:
    images = [_line(text) for text in LINES[:4]]
    assert _read(images) == [_by_command(image) for image in images]
    assert " ".join(w[0] for w in _read(images)[1]) == "María José Peña"


def test_a_blank_crop_has_no_words_and_confidence_is_a_share() -> None:
    found = tesseract.read_lines(
        [Image.new("L", (300, 60), 255), _line("Booth 1142")],
        lang=lineread.LANG,
        tessdata=lineread.TESSDATA,
    )
    assert found[0] == []
    assert [w.text for w in found[1]] == ["Booth", "1142"]
    assert all(0.5 < w.conf <= 1.0 for w in found[1])


def test_two_threads_reading_at_once_each_get_their_own_lines() -> None:
    images = [_line(text) for text in LINES]
    alone = _read(images)
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda k: _read(images[k % 8 :] + images[: k % 8]), range(16)))
    for k, got in enumerate(together):
        assert got == alone[k % 8 :] + alone[: k % 8]


def test_without_the_model_the_line_reader_says_what_to_install(tmp_path) -> None:
    with pytest.raises(tesseract.LanguageDataMissing, match="tesseract-ocr-script-latn"):
        tesseract.read_lines([_line("Booth 1142")], lang="Latin", tessdata=str(tmp_path))


def test_engines_made_for_many_pages_at_once_are_not_all_kept_loaded() -> None:
    images = [_line(text) for text in LINES]
    start = threading.Barrier(8)

    def read(k: int) -> list[list[tuple[str, int, int, int, int]]]:
        start.wait()
        return _read(images[k:] + images[:k])

    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(read, range(8)))
    alone = _read(images)
    assert [got[8 - k :] + got[: 8 - k] for k, got in enumerate(together)] == [alone] * 8
    assert tesseract.kept_engines() <= tesseract.KEPT_ENGINES
