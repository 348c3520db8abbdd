"""The CSV tracking log and the CEC transcript PDF, as a user gets them."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pypdfium2 as pdfium
from litestar.testing import TestClient

from tests.submissions.helpers import add_entry

SHA = "b" * 64


def _csv(client: TestClient, headers) -> tuple[bytes, list[dict[str, str]]]:
    answer = client.get("/api/export/log.csv", headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    raw = answer.content
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    return raw, rows


def test_csv_round_trips_through_the_csv_module(client: TestClient, ana) -> None:
    event_id = "3f0c8a5e-8d1b-4c1e-9a57-2f0b6f1d9c11"
    client.put(f"/api/events/{event_id}", json={"name": "The Experience, 2026"}, headers=ana)
    tricky = 'Fire & Smoke "Level 2", part 1, second line'
    first = add_entry(
        client,
        ana,
        course_title=tricky,
        provider="Ñandú Training, Inc.",
        completion_date="2026-01-15",
        hours=2,
        hours_unit="legacy_cec",
        document_sha256=SHA,
        event_id=event_id,
        notes='=HYPERLINK("http://evil")\nsecond line',
    )
    second = add_entry(client, ana, course_title="WRT", completion_date="2025-11-02", hours=7.5)
    client.post(
        "/api/entries/submit",
        json={"entry_ids": [first], "method": "email", "submitted_on": "2026-01-20"},
        headers=ana,
    )
    raw, rows = _csv(client, ana)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    assert [r["Entry id"] for r in rows] == [second, first]  # oldest first
    row = rows[1]
    assert row["Course"] == tricky
    assert row["Provider"] == "Ñandú Training, Inc."
    assert row["Completion date"] == "2026-01-15"
    assert row["CEC hours"] == "14" and row["Hours as stated"] == "2"
    assert row["Unit"] == "legacy CEC"
    assert row["Proof"] == "Documented"
    assert row["Event"] == "The Experience, 2026"
    assert row["Submission status"] == "Submitted" and row["Method"] == "Email"
    assert row["Submitted on"] == "2026-01-20" and row["Confirmed on"] == ""
    assert row["File name"] == "2026-01-Fire-Smoke-Level-2-part-1-second-line-14hrs.pdf"
    assert row["Notes"].startswith("'=")  # a spreadsheet shows it as text, never runs it
    assert row["Notes"].endswith('")\nsecond line')  # line breaks survive the quoting
    assert rows[0]["File name"] == ""  # no certificate file yet
    assert rows[0]["CEC hours"] == "7.5"
    assert rows[0]["Proof"] == "Missing proof: no certificate file"
    assert "no certificate file" in rows[0]["Problems"] and "missing:" not in rows[0]["Problems"]


def test_csv_of_another_user_is_their_own(client: TestClient, ana, ben) -> None:
    add_entry(client, ana)
    _, rows = _csv(client, ben)
    assert rows == []


def _pdf_text(data: bytes) -> tuple[int, str]:
    pdf = pdfium.PdfDocument(data)
    try:
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        return len(pdf), text
    finally:
        pdf.close()


def test_transcript_has_totals_and_courses(client: TestClient, ana) -> None:
    client.patch(
        "/api/me",
        json={
            "iicrc_id": "IICRC-98765",
            "cycle_starts_on": (date.today() - timedelta(days=400)).isoformat(),
        },
        headers=ana,
    )
    add_entry(client, ana, course_title="Applied Structural Drying", hours=7, document_sha256=SHA)
    add_entry(client, ana, course_title="Odor Control Técnico", hours=3.5, document_sha256=SHA)
    add_entry(
        client, ana, course_title="Read by OCR", hours=2, document_sha256=SHA, needs_review=True
    )
    add_entry(client, ana, course_title="No file yet", hours=1.5)
    answer = client.get("/api/export/transcript.pdf?cycle=current", headers=ana)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF-")
    pages, text = _pdf_text(answer.content)
    assert pages == 1
    assert "CEC transcript" in text
    assert "Ana María López" in text and "IICRC-98765" in text
    assert "Applied Structural Drying" in text and "Odor Control Técnico" in text
    assert "Documented 10.5 CEC hours (these count)" in text
    assert "Waiting for review 2 CEC hours" in text
    assert "Missing proof 1.5 CEC hours" in text
    assert "Still needed 3.5 CEC hours" in text  # 14 less the documented hours only
    assert "Not submitted. Missing proof: no" in text


def test_transcript_flows_onto_more_pages(client: TestClient, ana) -> None:
    for n in range(60):
        add_entry(client, ana, course_title=f"Course number {n:02d}", hours=0.5)
    pages, text = _pdf_text(client.get("/api/export/transcript.pdf", headers=ana).content)
    assert pages >= 2
    assert "Course number 00" in text and "Course number 59" in text
    assert "page 2 of" in text


def test_transcript_previous_cycle_and_bad_choice(client: TestClient, ana) -> None:
    start = date.today() - timedelta(days=100)
    client.patch("/api/me", json={"cycle_starts_on": start.isoformat()}, headers=ana)
    add_entry(
        client,
        ana,
        course_title="Old course",
        completion_date=(start - timedelta(days=30)).isoformat(),
    )
    add_entry(client, ana, course_title="New course")
    _, previous = _pdf_text(
        client.get("/api/export/transcript.pdf?cycle=previous", headers=ana).content
    )
    assert "Old course" in previous and "New course" not in previous
    assert client.get("/api/export/transcript.pdf?cycle=next", headers=ana).status_code == 422
