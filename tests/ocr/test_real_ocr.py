"""Real tesseract on generated phone photos and PDFs: the fields a user would see."""

from __future__ import annotations

import pytest

from server.ocr.models import FIELD_NAMES
from server.ocr.pipeline import extract_document

CASES = {
    # name: (seed, template, form, options)
    "upright_form.jpg": (1, "form", "photo", {}),
    "exif_rotated.jpg": (2, "classic", "photo", {"exif": 6}),
    "sideways.jpg": (2, "awarded", "photo", {"turns": 1, "megapixels": 8}),
    "upside_down.jpg": (1, "session", "photo", {"turns": 2, "megapixels": 8}),
    "iphone.heic": (1, "session", "heic", {"megapixels": 4}),
    "text.pdf": (1, "classic", "text_pdf", {}),
    "scanned.pdf": (2, "booth", "image_pdf", {}),
}


@pytest.fixture(scope="module")
def made(samples):
    return {
        name: samples.make(name, seed, template, form, **options)
        for name, (seed, template, form, options) in CASES.items()
    }


@pytest.mark.parametrize("name", list(CASES))
def test_every_value_filled_is_the_one_printed(made, samples, name: str) -> None:
    truth = samples.truth[name]
    result = extract_document(made[name].read_bytes())
    assert result.kind == truth["kind"]
    wrong = {k: v.value for k, v in result.fields.items() if truth["fields"].get(k) != v.value}
    assert wrong == {}
    assert all(0 < v.confidence <= 1 for v in result.fields.values())


def test_most_printed_values_are_filled(made, samples) -> None:
    """A reader that leaves everything blank is never wrong, and no help."""
    printed = filled = 0
    for name in CASES:
        truth = samples.truth[name]["fields"]
        result = extract_document(made[name].read_bytes())
        printed += len(truth)
        filled += sum(
            result.fields.get(k) is not None and result.fields[k].value == v
            for k, v in truth.items()
        )
    # Over a third (15 of 41, none wrong; mostly dates, hours and titles): a
    # field is filled only at the confidence where 99 % of picks were right on
    # layout families the model was not fitted on, even on an unlucky draw of
    # those families and with every paper that records no one let through as
    # a record; the rest is left for the technician rather than guessed.
    assert filled >= printed / 3, f"{filled} of {printed} printed values filled"


def test_the_photo_is_keystoned_and_still_read_line_by_line(made, samples) -> None:
    result = extract_document(made["upright_form.jpg"].read_bytes())
    assert "Date of Completion:" in result.text
    assert samples.truth["upright_form.jpg"]["fields"]["course_title"].split()[0] in result.text


def test_a_text_pdf_is_read_from_its_text_layer_without_ocr(made) -> None:
    result = extract_document(made["text.pdf"].read_bytes(), "application/pdf")
    # Every line comes from the PDF's own text, which is certain; a tesseract read never is.
    assert result.lines and all(line.confidence == 1.0 for line in result.lines)
    assert result.fields["hours"].confidence >= 0.9


def test_fields_in_design_order_with_iso_dates(made) -> None:
    result = extract_document(made["upright_form.jpg"].read_bytes())
    order = list(FIELD_NAMES)
    assert len(result.fields) >= 2
    assert list(result.fields) == [name for name in order if name in result.fields]
    assert all(len(v.value) == 10 for k, v in result.fields.items() if k == "completion_date")
