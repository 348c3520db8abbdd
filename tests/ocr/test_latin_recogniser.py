"""PP-OCR's recogniser with its output cut to the letters certificates print."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from server.ocr import detect, recognise
from server.ocr.latin_recogniser import build_latin_recogniser, kept
from tests.ocr.drawn import font
from tests.ocr.installed import written_at_install


def test_a_line_is_never_read_as_chinese_and_every_accent_can_still_be_read() -> None:
    letters = set(recognise.alphabet())
    assert not [c for c in letters if c and ord(c[0]) >= 0x2E80]
    for c in "ØøÑñŁłÉéÜüßÇç€°½–—’“”":
        assert c in letters, c


def test_the_cut_model_scores_exactly_the_letters_it_names(tmp_path: Path) -> None:
    dest = written_at_install(build_latin_recogniser, tmp_path / "models" / "latin.onnx")
    net = detect.session(dest)
    letters = net.get_modelmeta().custom_metadata_map["character"].splitlines()
    crop = np.zeros((1, 3, recognise.HEIGHT, 96), np.float32)
    (out,) = net.run(None, {net.get_inputs()[0].name: crop})
    assert out.shape[-1] == len(letters) + 2  # the blank, the letters, the space


def test_the_letters_kept_are_the_blank_the_scripts_before_cjk_and_the_space() -> None:
    assert kept(["a", "中", "é", "ア", "1"]) == [0, 1, 3, 5, 6]


def test_a_name_with_its_marks_reads_through_the_cut_model() -> None:
    image = Image.new("L", (720, 90), 255)
    ImageDraw.Draw(image).text((20, 12), "Søren Núñez", font=font(56), fill=0)
    ((text, letters),) = recognise.recognise([np.asarray(image)])
    assert text == "Søren Núñez"
    assert min(letters) > 0.9
