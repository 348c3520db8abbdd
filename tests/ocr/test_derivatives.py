"""Thumbnails and searchable PDFs made from uploads."""

from __future__ import annotations

import io
import json

import pypdfium2 as pdfium
import pytest
from PIL import Image

from server.ocr.cli import run_extract
from server.ocr.derivatives import make_page, make_searchable_pdf, make_thumbnail
from server.ocr.page_view import PAGE_EDGE


@pytest.fixture(scope="module")
def photo(samples):
    # Stored sideways with an EXIF tag saying so, as phones do.
    return samples.make("thumb_source.jpg", 2, "classic", "photo", exif=6)


def test_thumbnail_is_a_small_upright_jpeg(photo) -> None:
    stored = Image.open(photo)
    assert stored.height > stored.width  # the pixels are turned
    thumb = Image.open(io.BytesIO(make_thumbnail(photo.read_bytes())))
    assert thumb.format == "JPEG"
    assert max(thumb.size) == 480
    assert thumb.width > thumb.height  # shown the way the phone showed it


def test_thumbnail_of_a_pdf_is_its_first_page(samples) -> None:
    path = samples.make("thumb.pdf", 1, "form", "text_pdf")
    thumb = Image.open(io.BytesIO(make_thumbnail(path.read_bytes())))
    assert max(thumb.size) <= 480 and thumb.height > thumb.width  # a portrait form


@pytest.fixture(scope="module")
def page(photo) -> bytes:
    return make_page(photo.read_bytes(), "image/jpeg")


def test_the_page_is_the_certificate_cut_from_the_desk_and_upright(photo, page) -> None:
    image = Image.open(io.BytesIO(page))
    assert image.format == "JPEG"
    assert image.width > image.height  # the landscape certificate, upright
    assert max(image.size) <= PAGE_EDGE
    # The desk is gone: the page's border is paper, not wood.
    gray = image.convert("L")
    border = [gray.getpixel((x, 4)) for x in range(0, image.width, 50)]
    assert sorted(border)[len(border) // 2] > 150


def test_searchable_pdf_has_one_page_and_the_text(page, samples) -> None:
    made = make_searchable_pdf(page)
    assert len(made) <= 1.5 * 1024 * 1024
    document = pdfium.PdfDocument(made)
    assert len(document) == 1
    width, height = document[0].get_size()
    assert width > height  # upright landscape certificate
    text = document[0].get_textpage().get_text_range()
    truth = samples.truth["thumb_source.jpg"]["fields"]
    assert "Certificate" in text
    assert truth["holder_name"].split()[-1] in text


def test_the_page_of_a_pdf_is_its_first_page_rendered(samples) -> None:
    data = samples.make("own.pdf", 1, "classic", "text_pdf").read_bytes()
    image = Image.open(io.BytesIO(make_page(data, "application/pdf")))
    width, height = pdfium.PdfDocument(data)[0].get_size()
    assert abs(image.width / image.height - width / height) < 0.01


def test_cli_prints_one_json_line_per_file_and_fails_on_unreadable(samples, tmp_path) -> None:
    good = samples.make("cli.pdf", 1, "classic", "text_pdf")
    bad = tmp_path / "notes.txt"
    bad.write_text("not a certificate")
    out = io.StringIO()
    code = run_extract([str(good), str(bad), str(tmp_path / "missing.jpg")], out=out)
    first, second, third = (json.loads(line) for line in out.getvalue().splitlines())
    assert code == 1
    assert set(first) == {"file", "kind", "fields", "seconds"}
    assert first["kind"] == "course"
    hours = first["fields"]["hours"]
    assert set(hours) == {"value", "confidence"}
    assert hours["value"] == samples.truth["cli.pdf"]["fields"]["hours"]
    assert 0.9 <= hours["confidence"] <= 1.0
    assert (
        first["fields"]["completion_date"]["value"]
        == samples.truth["cli.pdf"]["fields"]["completion_date"]
    )
    assert second["file"] == str(bad) and "Unsupported file type" in second["error"]
    assert "No such file" in third["error"]


def test_cli_exit_code_is_zero_when_every_file_is_read(samples) -> None:
    path = samples.make("cli_ok.pdf", 3, "modern", "text_pdf")
    assert run_extract([str(path)], out=io.StringIO()) == 0
