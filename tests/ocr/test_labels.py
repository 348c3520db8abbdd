"""What a label names, as shows and schools print them."""

from __future__ import annotations

import pytest

from server.ocr.labels import hits_in


@pytest.mark.parametrize(
    ("line", "role", "value"),
    [
        # The day a badge was scanned at a booth or a session's door.
        ("Visit: 06/11/2025 4:47 PM", "completion_date", "06/11/2025 4:47 PM"),
        ("Checked in 2022-06-09 3:25 PM", "completion_date", "2022-06-09 3:25 PM"),
        ("Scanned 10/27/23 4:53 PM", "completion_date", "10/27/23 4:53 PM"),
        ("DATE OF VISIT", "completion_date", ""),
        ("Visit date", "completion_date", ""),
        ("Check-in date: 3/5/2025", "completion_date", "3/5/2025"),
        # A form's box: what was completed, between the words.
        ("DATE TRAINING COMPLETED", "completion_date", ""),
        ("Date course completed: 08/22/2023", "completion_date", "08/22/2023"),
        # A learning platform's "finished on".
        ("Finished on", "completion_date", ""),
        ("Finished: 2024-10-13", "completion_date", "2024-10-13"),
        # The holder's employer is no one the certificate names as a field.
        ("Employer: BlueLine Cleaning Co.", "person_other", "BlueLine Cleaning Co."),
        # The day a course began is not the day it ended.
        ("START DATE", "date_other", ""),
        ("Date started: April 16, 2026", "date_other", "April 16, 2026"),
        ("END DATE", "completion_date", ""),
        # The day a course's content or the paper was last gone over.
        ("Content reviewed 04/03/2025", "date_other", "04/03/2025"),
        ("Last updated: 2024-01-02", "date_other", "2024-01-02"),
        # The day an email was sent is another day.
        (
            "Sent: Thursday, February 26, 2026 9:14 AM",
            "date_other",
            "Thursday, February 26, 2026 9:14 AM",
        ),
    ],
)
def test_label_names_its_value(line: str, role: str, value: str) -> None:
    [hit] = hits_in(line)
    assert (hit.role, hit.value) == (role, value)


@pytest.mark.parametrize(
    "line",
    [
        "Visit www.waterlossconference.com",
        "Thank you for your visit to our booth",
        "It was sent to you",
    ],
)
def test_a_word_in_a_sentence_is_no_label(line: str) -> None:
    assert hits_in(line) == []
