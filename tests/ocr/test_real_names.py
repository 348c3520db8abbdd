"""Real tesseract on 12-MP phone photos of what the page read used to miss:
accented names, names in a script, small hour figures. Fixed seeds; each
of these was read wrong before (accents dropped, script name lost, "1.5"
read as "15" or not at all)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from server.ocr import tesseract
from server.ocr.pipeline import extract_document

CASES = {
    # name: (seed, template), and what used to come back
    "accented_slip.jpg": (25, "booth"),  # "Maria José Pena"
    "accented_script.jpg": (3, "classic"),  # "Maria José Johansson", no hours
    "script_apostrophe.jpg": (1100030, "classic"),  # no name at all
    "hours_one_and_a_half.jpg": (6, "form"),  # no hours
}


@pytest.fixture(scope="module")
def read(samples):
    return {
        name: extract_document(samples.make(name, seed, template).read_bytes())
        for name, (seed, template) in CASES.items()
    }


@pytest.mark.parametrize("name", list(CASES))
def test_every_value_filled_is_the_one_printed(read, samples, name: str) -> None:
    truth = samples.truth[name]["fields"]
    got = {k: v.value for k, v in read[name].fields.items()}
    assert {k: v for k, v in got.items() if truth.get(k) != v} == {}
    # The date is filled, or offered for one tap.
    shown = read[name].suggestions | read[name].fields
    assert shown["completion_date"].value == truth["completion_date"]


def test_the_accents_are_the_ones_printed(read) -> None:
    assert read["accented_slip.jpg"].fields.get("holder_name") in (None,) or (
        read["accented_slip.jpg"].fields["holder_name"].value == "María José Peña"
    )
    assert "María José Peña" in read["accented_slip.jpg"].text


def test_a_script_name_with_an_apostrophe(read) -> None:
    assert "Dmitri O'Connor" in read["script_apostrophe.jpg"].text


def test_small_hour_figures_keep_their_point(read) -> None:
    result = read["hours_one_and_a_half.jpg"]
    assert "1.5" in result.text
    hours = result.fields.get("hours")
    assert hours is None or hours.value == 1.5  # never 15


def test_without_the_latin_data_ocr_says_what_to_install(tmp_path, monkeypatch) -> None:
    # Tesseract with only its English and OSD data, as a bare install has.
    for lang in ("eng", "osd"):
        (tmp_path / f"{lang}.traineddata").symlink_to(_data_dir() / f"{lang}.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert tesseract.missing_languages() == ["Latin"]
    with pytest.raises(tesseract.LanguageDataMissing, match="tesseract-ocr-script-latn"):
        tesseract.read_words(Image.new("L", (200, 60), 255))


def _data_dir() -> Path:
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    first = (out.stdout or out.stderr).splitlines()[0]  # List of ... in "/usr/share/...":
    return Path(first.split('"')[1])
