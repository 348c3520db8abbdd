"""Field extraction from positioned text: labels, layout and distractors."""

from __future__ import annotations

import msgspec
import pytest

from server.ocr.candidates import Candidate, Page, cue_spans
from server.ocr.fields import (
    SUGGEST_AT,
    calibrated,
    choose,
    extract_fields,
    pick,
    score_candidates,
    understand,
)
from server.ocr.kinds import evidence
from server.ocr.layout import build_lines
from server.ocr.models import Line, Word
from server.ocr.weights import FILL_AT
from tests.ocr.pages import lines_of, offered, words_of


def fields(sketch: str, align: str = "center") -> dict[str, object]:
    _, found = extract_fields(lines_of(sketch, align))
    return {name: value.value for name, value in found.items()}


def assert_reads(sketch: str, align: str, truth: dict, must: set[str]) -> None:
    """Every value filled is right (a wrong one is worse than a blank), and
    the plainest are filled or offered for one tap."""
    got = fields(sketch, align)
    assert {k: v for k, v in got.items() if truth.get(k) != v} == {}
    shown = {k: v.value for k, v in offered(lines_of(sketch, align))[1].items()}
    assert {k: shown.get(k) for k in must} == {k: truth[k] for k in must}


def best(sketch: str, align: str, name: str) -> object:
    """The value the reader ranks first for a field, filled or not."""
    lines = lines_of(sketch, align)
    top, _ = pick(score_candidates(lines, extract_fields(lines)[0])[name])
    return top[1].value if top else None


def kind(sketch: str) -> str:
    return extract_fields(lines_of(sketch))[0]


CLASSIC = """
Harbor Point Training Center
# Certificate of Completion
This certifies that
# Emily McAllister
has successfully completed
# Water Damage Restoration Technician
for 16 IICRC CEC Hours
Completed on 5 Apr 2024
Angela Moss, Instructor  |  Issued 7 Apr 2024
IICRC Approval #: C907-94  |  Certificate No. 2024-22334
72 Elm Court, Madison, WI 53703 · (768) 366-3098
"""

CLASSIC_TRUTH = {
    "holder_name": "Emily McAllister",
    "course_title": "Water Damage Restoration Technician",
    "provider": "Harbor Point Training Center",
    "completion_date": "2024-04-05",
    "hours": 16.0,
    "approval_number": "C907-94",
}


def test_a_classic_certificate() -> None:
    assert_reads(
        CLASSIC,
        "center",
        CLASSIC_TRUTH,
        {"completion_date", "hours"},
    )
    assert kind(CLASSIC) == "course"


def test_a_value_short_of_filling_is_offered_instead() -> None:
    for conf in (0.95, 0.6):  # read cleanly, and read with some doubt
        kind, filled, offered = understand(lines_of(CLASSIC, "center", conf))
        assert (kind, filled) == extract_fields(lines_of(CLASSIC, "center", conf))
        assert not set(filled) & set(offered)
        # Every value on this page is filled or offered, and every one is right.
        assert {n: v.value for n, v in {**filled, **offered}.items()} == CLASSIC_TRUTH
        assert all(SUGGEST_AT <= v.confidence < FILL_AT[n] for n, v in offered.items())
        assert offered, "nothing left to offer: the page no longer tests it"


def test_a_paper_that_records_no_one_offers_nothing() -> None:
    assert understand(lines_of("Grocery list\neggs milk bread")) == ("other", {}, {})


def test_a_blank_claim_form_records_no_one() -> None:
    form = """
# Pureflo Chemical Company  |  Jul. 13 - 15, 2021
Credit Claim Form
Complete one form per attendee. Tick each session attended, total the credits.
LAST NAME  |  FIRST NAME / INITIAL
Code  |  Session  |  Credit hrs
B277  |  Safety Stand-Down for Restoration Crews  |  1.5
T368  |  Inside the S500: What Changed  |  1
Total claimed
By signing, I confirm my attendance for the full length of each session claimed.
Incomplete forms will not be processed.
"""
    assert understand(lines_of(form)) == ("other", {}, {})


FORM = """
# CERTIFICATE OF COMPLETION
Training Provider:  |  Blue Ridge Cleaning & Restoration Training
Name (Last, First):  |  Gutiérrez, María José
Course Title:  |  Contents Pack-Out and
|  Inventory Management
Course Dates:  |  03/02/2026 - 03/04/2026
Date of Completion:  |  03/04/2026
Classroom Hours:  |  21
CEC Hours:  |  14
Course Approval No.:  |  95270
Instructor:  |  Dan Foster
Certificate No.:  |  2026-94061
Print Date:  |  03/10/2026
Expires:  |  03/03/2030
Phone (495) 322-3474
"""


def test_a_form_with_labels_and_values_in_columns() -> None:
    assert_reads(
        FORM,
        "left",
        {
            "holder_name": "María José Gutiérrez",
            "course_title": "Contents Pack-Out and Inventory Management",
            "provider": "Blue Ridge Cleaning & Restoration Training",
            "completion_date": "2026-03-04",
            "hours": 14.0,
            "approval_number": "95270",
        },
        {"completion_date"},
    )
    # The classroom hours beside it make the credit less sure, never the answer.
    assert best(FORM, "left", "hours") == 14.0


SIGNATURE_STYLE = """
# CERTIFICATE
OF ACHIEVEMENT
Presented to
# Renée Nguyen
for successfully completing
# Trauma and Crime Scene Technician
Presented by Clearwater Technical College
Continuing Education Credits: 2.0  ·  Contact Hours: 3
May 1, 2026  |  IICRC Course # 20699  |  Dan Foster
Date of Completion  |    |  Lead Instructor
Valid through April 30, 2028 · Certificate ID 2026-44406
"""


def test_labels_under_the_values_they_name() -> None:
    assert_reads(
        SIGNATURE_STYLE,
        "center",
        {
            "holder_name": "Renée Nguyen",
            "course_title": "Trauma and Crime Scene Technician",
            "provider": "Clearwater Technical College",
            "completion_date": "2026-05-01",
            "hours": 2.0,
            "approval_number": "20699",
        },
        {"completion_date"},
    )
    assert best(SIGNATURE_STYLE, "center", "hours") == 2.0  # not the contact hours


BOOTH = """
# The Experience Convention & Trade Show 2026
IICRC Booth Registration Slip
Name: Priya Thompson
IICRC Certification #: 816959
Activity: IICRC Booth Registration
Date: 3/4/26
CEC Hours: 2
Booth #2714 · Hall B
"""

SESSION = """
# Restoration Industry Expo 2026
Session Attendance Verification
Attendee Name: Emily Volkov
Session: Dehumidifier Sizing in Practice
Speaker: Dan Foster
Date Attended: 10/13/25
Time: 1:00 - 2:30   Room 315
CEC Credit: 1.5 hrs
Questions? Call (827) 705-1737
"""


def test_a_booth_slip_names_the_event_as_provider() -> None:
    assert kind(BOOTH) == "booth"
    assert_reads(
        BOOTH,
        "left",
        {
            "holder_name": "Priya Thompson",
            "course_title": "IICRC Booth Registration",
            "provider": "The Experience Convention & Trade Show 2026",
            "completion_date": "2026-03-04",
            "hours": 2.0,
        },
        {"hours"},
    )
    # Its only date, under a bare "Date:", is the reader's pick; whether it is
    # sure enough to fill is the calibration's call (a bare "Date" on a form is
    # as often the day it was signed or printed).
    assert best(BOOTH, "left", "completion_date") == "2026-03-04"


CHECK_IN_LABEL = """
# WATER LOSS SUMMIT 2024
MARCH 11-12, 2024
Deshawn Carter
IICRC Booth Registration - Checked In
Booth # 412 · Hall C
Visit: 2024-03-11 10:15 AM
2 CECs
"""


def test_a_booth_check_in_label_gives_the_day_of_the_visit() -> None:
    assert kind(CHECK_IN_LABEL) == "booth"
    assert_reads(
        CHECK_IN_LABEL,
        "left",
        {
            "holder_name": "Deshawn Carter",
            "course_title": "IICRC Booth Registration",
            "provider": "WATER LOSS SUMMIT 2024",
            "completion_date": "2024-03-11",
            "hours": 2.0,
        },
        {"completion_date", "hours"},
    )


def test_a_session_slip_takes_the_session_as_title() -> None:
    assert kind(SESSION) == "session"
    assert_reads(
        SESSION,
        "left",
        {
            "holder_name": "Emily Volkov",
            "course_title": "Dehumidifier Sizing in Practice",
            "provider": "Restoration Industry Expo 2026",
            "completion_date": "2025-10-13",
            "hours": 1.5,
        },
        {"completion_date", "hours"},
    )


SHOW_SUMMARY = """
Great Plains Restoration Expo
Your show summary · May 6 to 8, 2025 · Omaha
Summary for Ana Ruiz · Registered on 04/02/2025
You registered at the IICRC booth on May 7, 2025, which earns 2 CECs.
Sessions you checked into
Tue, May 6 · Drying Hardwood Floors
Summary printed June 2, 2025
"""


NEXT_YEAR = """
Great Plains Restoration Expo
Thank you for visiting the IICRC booth!
Ana Ruiz · IICRC booth registration · December 17, 2022 · 2 CECs
See you next year: December 11-14, 2023
"""


def test_a_booth_visit_took_place_during_the_show_not_on_the_day_one_registered() -> None:
    kind, found, offered = understand(lines_of(SHOW_SUMMARY))
    assert kind == "booth"
    assert "completion_date" not in found  # not 2025-04-02, the day of registering
    assert offered["completion_date"].value == "2025-05-07"
    # Next year's show, printed as a span nothing else falls in, rules out nothing.
    _, found, offered = understand(lines_of(NEXT_YEAR))
    assert {**found, **offered}["completion_date"].value == "2022-12-17"


def test_the_sessions_a_total_adds_up_are_no_rivals_to_it() -> None:
    scored = [(0.85, 3.25, {}), (0.69, 1.5, {}), (0.69, 0.75, {}), (0.68, 1.0, {}), (0.2, 7.0, {})]
    assert choose("hours", scored) == (0, (0.2, 0))
    # Counts that add up to nothing on the page stay rivals: two likely ones.
    assert choose("hours", [(0.85, 3.25, {}), (0.69, 1.5, {}), (0.6, 1.0, {})]) == (0, (0.69, 2))


def test_a_session_took_place_on_the_show_dates_its_label_names() -> None:
    statement = """
    Southwest Cleaning Show 2024
    Continuing Education Statement
    Statement date February 26, 2024
    Member: Zoë Van Horn
    Session: Fire Residue Chemistry Demystified
    Show dates: 13-15 February 2024
    Credited: 2 CEC hours
    Previously reported this cycle
    Date | Activity | Provider | CEC hours
    11/06/2023 | Documenting Losses | Copperfield Training Solutions | 3.0
    """
    _, found, offered = understand(lines_of(statement, "left"))
    assert {**offered, **found}["completion_date"].value == "2024-02-15"
    # Next year's show, under a label of its own, rules out nothing.
    slip = """
    Midwest Restoration Convention 2024
    IICRC Booth Registration
    Attendee: Odalys Fitzgerald-Hayes
    Booth visit: November 11, 2024
    2 CEC hours
    Next show dates: Nov. 1-3, 2025
    """
    _, found, offered = understand(lines_of(slip, "left"))
    assert {**offered, **found}["completion_date"].value == "2024-11-11"


def test_a_booth_visit_is_the_one_day_of_the_show_its_sentence_names() -> None:
    slip = """
    AT A GLANCE
    SHOW DATES
    May 30 – June 1, 2024
    REGISTRATION RECEIVED
    17 May 2024
    # Certificate of Attendance
    This certifies that
    Renée Abernathy
    Booth Registration
    signed in at the IICRC booth on the show floor on the thirty-first day of May,
    2024, earning 2 CEC hours. The show reports booth registrations.
    Coastal Restoration Forum 2024
    """
    _, found, offered = understand(lines_of(slip, "left"))
    assert {**offered, **found}["completion_date"].value == "2024-05-31"  # not the show's last


def test_a_credit_is_not_taken_for_part_of_a_count_that_happens_to_add_up() -> None:
    # This statement's credit (2), then a table of earlier credits: 3.0, 1.0.
    statement = """
    Southwest Cleaning Show 2024
    Continuing Education Statement
    Member: Zoë Van Horn
    Session: Fire Residue Chemistry Demystified
    Credited: 2 CEC hours
    Previously reported this cycle
    Date | Activity | Provider | CEC hours
    11/06/2023 | Documenting Losses | Copperfield Training Solutions | 3.0
    12/10/2023 | Xactimate Fundamentals | Ridgeline Training Group | 1.0
    """
    _, found, offered = understand(lines_of(statement, "left"))
    assert {**offered, **found}["hours"].value == 2.0
    # A row that sums the others is their total only where it says so.
    sums = [(0.9, 2.0, {"y": 0.5}), (0.85, 3.0, {"y": 0.7}), (0.8, 1.0, {"y": 0.8})]
    assert choose("hours", sums)[0] == 0
    said = [(0.9, 2.0, {"y": 0.5}), (0.85, 3.0, {"y": 0.4, "total": 1.0}), (0.8, 1.0, {"y": 0.45})]
    assert choose("hours", said)[0] == 1


def test_a_total_said_in_a_sentence_keeps_its_parts_below_it() -> None:
    # A guard: the parts a letter breaks its total into, after it, are no rivals.
    letter = """
    Northwest Restoration Institute
    RE: Verification of training
    This letter confirms that Ana Ruiz completed the Health and Safety Technician course.
    The course totalled 14 classroom hours of instruction, made up of 10 hours of lecture
    and 4 hours of hands-on work in our training house.
    """
    _, found, offered = understand(lines_of(letter, "left"))
    assert {**offered, **found}["hours"].value == 14.0


def test_a_letter_that_cites_its_sign_in_sheets_as_proof_is_a_record() -> None:
    sketch = """
    Harbor Point Training Center
    RE: Verification of training
    This letter confirms that Ana Ruiz completed Applied Structural Drying (ASD),
    held March 3 to 5, 2025, 21 hours of instruction.
    Our sign-in sheets and the course outline for this class are kept on file.
    Enclosure: course outline
    """
    assert kind(sketch) == "course"


@pytest.mark.parametrize("column", ["Credit", "CEC"])
def test_a_record_of_several_sessions_credits_their_total(column: str) -> None:
    sketch = f"""
    Prairie Cleaners Association
    CE Attendance Record
    Attendee: Ana Ruiz
    Program: Fall Education Day    Date: Oct 3, 2025
    Session / Presenter | Minutes | {column}
    Fire Residue Basics · Dan Foster | 90 | 1.5
    Odor Control in Practice · Jo Park | 45 | 0.75
    Drying Hardwood · Lee Chan | 60 | 1
    Total | 195 | 3.25
    """
    assert kind(sketch) == "session"
    # The first row under the column's name is one session, not the credit.
    truth = {
        "holder_name": "Ana Ruiz",
        "provider": "Prairie Cleaners Association",
        "completion_date": "2025-10-03",
        "hours": 3.25,
    }
    assert_reads(sketch, "left", truth, {"hours"})


@pytest.mark.parametrize(
    ("sketch", "expected"),
    [
        (
            """
            # Annual Convention & Trade Show 2025
            Thank you for attending the session
            # Moisture Mapping in Multi-Storey Losses
            on October 14, 2025, presented by Dana Brooks.
            Ana Ruiz earned 1.5 IICRC CECs.
            """,
            "session",
        ),
        (
            """
            # Certificate of Completion
            Ana Ruiz
            has completed the class
            # Applied Structural Drying
            held before the Spring Restoration Show, March 3, 2025. 21 CECs.
            """,
            "course",
        ),
    ],
    ids=["one session at a show", "a class held before a show"],
)
def test_a_session_is_told_from_a_course_at_the_same_show(sketch: str, expected: str) -> None:
    assert kind(sketch) == expected


@pytest.mark.parametrize(
    "sketch",
    [
        """
        # Harbor Point Training Center
        confers the
        # Technician Award of 2024
        on Ana Ruiz for outstanding performance in Carpet Cleaning Technician
        3 November 2024
        """,
        """
        # BLUE HERON TECHNICAL TRAINING
        Be it known to all that
        # Ana Ruiz
        having satisfied every requirement of the course Applied Structural Drying
        (three and one-half continuing education credits)
        """,
        """
        # Harbor Point Training Center
        This certifies that
        # Ana Ruiz
        has successfully completed Mold Sampling: Specimen Collection and Chain of Custody
        on March 5, 2025 for 7 IICRC CECs
        """,
        """
        # Harbor Point Training Center
        This certifies that
        # Ana Ruiz
        has successfully completed Writing the Scope of Work for Property Owners
        on March 5, 2025 for 7 IICRC CECs
        """,
        """
        # Harbor Point Training Center
        This certifies that
        # Ana Ruiz
        completed Survey Instruments for Moisture Mapping on March 5, 2025 (7 CECs)
        """,
        """
        BELLWETHER RESTORATION SCHOOL
        # Wendell Kruger
        CDS
        Commercial Drying Specialist
        ISSUED | CREDIT
        02/23/2022 | 7.5
        EXPIRES | ID
        06/13/2023 | 2022-29401
        Scan to verify this credential
        """,
    ],
    ids=[
        "an award conferred",
        "a statement with credits in words",
        "a course on specimens",
        "a course on a job's paperwork",
        "a course on survey instruments",
        "a credential card's credit",
    ],
)
def test_a_paper_that_confers_something_on_someone_is_a_record(sketch: str) -> None:
    assert kind(sketch) == "course"


# A record from a show is a session's, the show named only as the place of a
# workshop or as what was attended; "our records show" names no show, and a
# workshop the holder led is no session they attended.
@pytest.mark.parametrize(
    ("sketch", "expected"),
    [
        (
            "Great Lakes Cleaning & Restoration Association\nDear Cody Fitzgerald-Hayes,\n"
            "Thank you for joining our live webinar, Stone and Tile Cleaning, on March 19, 2023.\n"
            "Our attendance records show that you were logged in for 427 minutes.\n"
            "This letter confirms that you have earned 7.0 CEC hours for this program.\n"
            "Presenter: Eamon Esposito.",
            "course",
        ),
        (
            "Water Loss Conference 2024\nThis is to certify that\n# Björn Banerjee\n"
            "Attended the Emerging Standards in Textile Cleaning workshop\nOn April 6, 2024\n"
            "2.0 CECs · approval 81341",
            "session",
        ),
        (
            "Drying Science Symposium 2023\nDear DeShawn,\n"
            "Thank you for attending the Drying Science Symposium. We hope you found it useful.\n"
            "Our records show that DeShawn Yoon attended “Emerging Standards in Textile Cleaning”\n"
            "on December 17, 2023, which is approved for 2.0 CECs.",
            "session",
        ),
        (
            "Keystone Restoration Institute\n# Certificate of Appreciation\npresented to\n"
            "# Dana Whitfield\nfor leading the workshop Advanced Structural Drying\n"
            "at the Great Lakes Restoration Conference\nMarch 14, 2026 · 2 CEC hours",
            "course",
        ),
        (
            "Prairie Cleaners Association\nCE Attendance Record\nAttendee: Ana Ruiz\n"
            "Program: Fall Education Day · Oct 3, 2025\nTime | Session / Presenter | In | Out | CEC\n"
            "9:00 | Fire Residue Basics · Dan Foster | 8:58 | 10:31 | 1.5\nTotal 1.5",
            "session",
        ),
    ],
    ids=[
        "a webinar's letter",
        "a workshop at a show",
        "a show attended",
        "a workshop led",
        "an association's education day",
    ],
)
def test_a_record_from_a_show_is_a_session(sketch: str, expected: str) -> None:
    assert kind(sketch) == expected


# What a course teaches, or a record's fine print, is no sign of a paper
# around a course; a survey is one sign, which a record's statement outweighs.
@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("participants may claim no more than the credit shown", 0),
        ("mold sampling: specimen collection and chain of custody", 0),
        ("communicate the scope of work clearly to property owners", 0),
        ("moisture survey instruments", 1),
        # A form still to be filled in: how to fill it, what happens if not.
        ("complete one form per attendee. incomplete forms will not be processed.", 2),
    ],
)
def test_what_a_course_teaches_is_no_sign_of_a_paper_around_one(text: str, signs: int) -> None:
    assert evidence(text)["not_record"] == signs


# A page around each phrasing: the other fields printed as a certificate
# would, so the phrasing is judged in context, not alone on a bare page.
def page_with(phrasing: str, field: str) -> str:
    parts = {
        "provider": "# Peak Drying Academy",
        "heading": "# Certificate of Completion",
        "holder_name": "This certifies that\n# Dana Whitfield",
        "course_title": "has successfully completed\n# Applied Structural Drying",
        "completion_date": "Completed on April 2, 2026",
        "hours": "7 CEC hours",
        "signer": "Dan Foster, Lead Instructor",
    }
    parts[field] = phrasing
    return "\n".join(parts.values())


def read(phrasing: str, field: str, align: str = "center"):
    _, found = extract_fields(lines_of(page_with(phrasing, field), align))
    return found.get(field) and found[field].value


BADGE = """
CLEANING & RESTORATION SUMMIT | APRIL 7 – 8, 2020
{}
IICRC BOOTH REGISTRATION
Booth 2917 · Hall C
Scanned 2020-04-08 12:06 PM
2 CECs
"""


# A badge prints the given name large over the rest; the rest alone is half a
# name. A nickname over the full name, or a word under a name, joins nothing.
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("# BRIANNA\nA. LINDQVIST", "Brianna A. Lindqvist"),
        ("# Mary Ellen\nSvensson", "Mary Ellen Svensson"),
        ("# Ngozi\nNgozi Delgado", "Ngozi Delgado"),
        ("# Günther Castañeda\nIndependent", "Günther Castañeda"),
    ],
)
def test_a_name_stacked_on_a_badge_is_read_whole(name: str, expected: str) -> None:
    assert best(BADGE.format(name), "center", "holder_name") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("This certifies that\n# Ana Ruiz", "Ana Ruiz"),
        ("This is to certify that\n# D'Andre O'Connor", "D'Andre O'Connor"),
        ("Awarded to\n# Zoë Lindqvist", "Zoë Lindqvist"),
        ("Presented to: Thomas J. Whitaker", "Thomas J. Whitaker"),
        ("Name: Kowalski, Jürgen", "Jürgen Kowalski"),
        ("Attendee Name (Last, First): Peña, José Luis", "José Luis Peña"),
        ("Participant Name: Mary-Kate Ellison", "Mary-Kate Ellison"),
        ("Student: Raúl Castillo, WRT, ASD", "Raúl Castillo"),
        ("This certifies that Kwame Mensah has successfully completed", "Kwame Mensah"),
    ],
)
def test_holder_name_phrasings(line: str, expected: str) -> None:
    assert read(line, "holder_name") in (None, expected)


def test_a_letter_of_verification_names_the_holder_after_that() -> None:
    sketch = """
Northwest Restoration Institute
June 25, 2020
To the Department:
Please accept this letter as verification that Renée van der Berg attended and
successfully completed our Fire and Smoke Restoration course, which ended on June 18, 2020.
Sincerely,
LaToya D. Thibodeaux
Director of Education
"""
    assert best(sketch, "left", "holder_name") == "Renée van der Berg"


# A web form's copy asks for the name in a question over its answer.
@pytest.mark.parametrize(
    "question",
    [
        "Name as it appears on your IICRC record *",
        "Full name (as printed on your IICRC wallet card) *",
        "Name as it should appear on the certificate",
    ],
)
def test_a_forms_question_names_the_answer_under_it_as_the_holder(question: str) -> None:
    sketch = f"""
Your response to IICRC Booth Registration
# Southwest Cleaning Show 2024
Thanks, Mateus Lindqvist
Certified technicians who sign in below earn 2 CECs.
{question}
NOÉMIE PHAM
Date of booth visit *
04/03/2024
"""
    _, found = offered(lines_of(sketch, "left"))
    assert found["holder_name"].value == "Noémie Pham"


@pytest.mark.parametrize(
    ("sketch", "expected"),
    [
        (
            "has successfully completed\n# Applied Microbial Remediation",
            "Applied Microbial Remediation",
        ),
        (
            "has successfully completed\n# Advanced Psychrometry for Large\n# Loss Drying Projects",
            "Advanced Psychrometry for Large Loss Drying Projects",
        ),
        ("Course Title: Odor Control Technician", "Odor Control Technician"),
        ("Course Name: Hardwood Floor Drying Techniques", "Hardwood Floor Drying Techniques"),
        (
            "for successfully completing the course entitled\n# Carpet Cleaning Technician",
            "Carpet Cleaning Technician",
        ),
        ("has completed Mold Remediation Basics on March 4, 2026", "Mold Remediation Basics"),
        ("Session: Moisture Mapping with Thermal Imaging", "Moisture Mapping with Thermal Imaging"),
        ('for attending "Respiratory Protection Update"', "Respiratory Protection Update"),
    ],
)
def test_course_title_phrasings(sketch: str, expected: str) -> None:
    assert read(sketch, "course_title") in (None, expected)


# A title ends where the sentence goes on about the holder or the course.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "has completed Spotting Chemistry for Carpet Technicians and passed the assessment",
            "Spotting Chemistry for Carpet Technicians",
        ),
        ("attended Odor Control Technician (OCT), which I taught", "Odor Control Technician (OCT)"),
        (
            "completed Water Damage Restoration (WRT), with the final module done online",
            "Water Damage Restoration (WRT)",
        ),
        # The kind of session named before it; its speaker after it.
        (
            "has attended the technical session Inside the S500: What Changed, given by Zoë Haugen",
            "Inside the S500: What Changed",
        ),
        # Who taught it, after "with"; a trade's "with" stays (the last case).
        (
            "has attended Emerging Standards in Textile Cleaning with Siobhán McAllister-Reyes",
            "Emerging Standards in Textile Cleaning",
        ),
        (
            "has successfully completed\nApplied Structural Drying with Northwind Training Institute",
            "Applied Structural Drying",
        ),
        (
            "has successfully completed\nMoisture Mapping with Thermal Imaging",
            "Moisture Mapping with Thermal Imaging",
        ),
        # One part of a series; a form's box read with no colon; "given" before its date.
        (
            "has successfully completed\nPart 4 of 4, Reading a Psychrometric Chart in Five Minutes",
            "Reading a Psychrometric Chart in Five Minutes",
        ),
        (
            "Title Safety Stand-Down for Restoration Crews",
            "Safety Stand-Down for Restoration Crews",
        ),
        (
            "has completed Customer Communication on Water Losses Given\non May 4, 2026 at Tacoma",
            "Customer Communication on Water Losses",
        ),
    ],
)
def test_a_title_ends_where_the_sentence_goes_on(sentence: str, expected: str) -> None:
    assert best(page_with(sentence, "course_title"), "center", "course_title") == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "Reading a Psychrometric Chart in Five\nMinutes",
            "Reading a Psychrometric Chart in Five Minutes",
        ),
        ("Bloodborne Pathogens for Cleanup\nCrews", "Bloodborne Pathogens for Cleanup Crews"),
        (
            "Contents Pack-Out and Inventory\nControl",
            "Contents Pack-Out and Inventory Control",
        ),
        # What the next line says is no part of the title.
        (
            "Fire and Smoke Restoration Technician\nLive online",
            "Fire and Smoke Restoration Technician",
        ),
        (
            "Applied Microbial Remediation Technician\nTotal CEC Hours",
            "Applied Microbial Remediation Technician",
        ),
        ("IICRC BOOTH REGISTRATION\nBRIANNA J", "IICRC BOOTH REGISTRATION"),
    ],
)
def test_a_title_that_wraps_is_picked_whole(lines: str, expected: str) -> None:
    sketch = page_with(f"has successfully completed\n{lines}", "course_title")
    scored = score_candidates(lines_of(sketch), "course")["course_title"]
    (_, top), _ = pick(scored)
    assert top.value == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Provider: Summit Drying Academy", "Summit Drying Academy"),
        ("Training Provider: Ironwood Training Group LLC", "Ironwood Training Group LLC"),
        ("Presented by Summit Remediation School", "Summit Remediation School"),
        ("Sponsored by Coastal Fire & Water Academy", "Coastal Fire & Water Academy"),
        (
            "Presented by Harbor Point Training Center, 88 Harbor Way, Tacoma WA",
            "Harbor Point Training Center",
        ),
        (
            "Provider: Great Lakes Restoration Education, Inc. · (555) 201-3344",
            "Great Lakes Restoration Education, Inc.",
        ),
    ],
)
def test_provider_phrasings(line: str, expected: str) -> None:
    assert read(line, "provider") in (None, expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Another label later on the same line.
        (
            "Desert Sun Restoration Training Training Site: Music City Center, Nashville",
            "Desert Sun Restoration Training",
        ),
        # The office that wrote, before the organisation.
        (
            "Education Desk, Cleaning & Restoration Summit 2023",
            "Cleaning & Restoration Summit 2023",
        ),
        # A number from the column beside, run into the line (a year stays).
        (
            "Prairie State Cleaning & Restoration School 796",
            "Prairie State Cleaning & Restoration School",
        ),
        # A show's own office signs for the show.
        ("Southwest Cleaning Show Management Office", "Southwest Cleaning Show"),
        (
            "Midwest Restoration Convention 2024 Education Committee",
            "Midwest Restoration Convention 2024",
        ),
    ],
)
def test_an_organisation_ends_where_the_line_goes_on(line: str, expected: str) -> None:
    sketch = f"{line}\n# Certificate of Completion\nThis certifies that Nadia Okafor completed\n"
    sketch += "# Odor Control Technician\non March 14, 2026 for 14 CEC hours"
    assert best(sketch, "left", "provider") == expected


# A show named only in the running sentence gives the credit; the hall it is
# held in does not, and the sentence's own words are no part of its name.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "in the Water Damage Workshop at the Cleaning & Restoration Summit 2022 held 30 July",
            "Cleaning & Restoration Summit 2022",
        ),
        (
            "in the Water Damage Workshop during the Gulf States Restoration Conference 2024",
            "Gulf States Restoration Conference 2024",
        ),
        (
            "in the Water Damage Workshop at the Restoration Industry Expo, which was held in Tampa",
            "Restoration Industry Expo",
        ),
        (
            "in the Water Damage Workshop\nof the Cleaning & Restoration Summit",
            "Cleaning & Restoration Summit",
        ),
    ],
)
def test_a_show_in_a_sentence_is_the_provider(sentence: str, expected: str) -> None:
    sketch = "# Certificate of Attendance\nThis certifies that\n# Nadia Okafor\ntook part\n"
    sketch += f"{sentence}\nMarch 14, 2026 · 2 CEC hours\nDan Foster, Session Chair"
    assert best(sketch, "center", "provider") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("During Water Loss Conference 2019", "Water Loss Conference 2019"),
        ("Attendance at Drying Science Symposium 2021", "Drying Science Symposium 2021"),
        ("Attended Coastal Restoration Forum 2024", "Coastal Restoration Forum 2024"),
    ],
)
def test_a_provider_on_a_line_of_its_own_drops_the_words_leading_to_it(
    line: str, expected: str
) -> None:
    """Review offers the show, not "During Water Loss Conference 2019"."""
    sketch = "# Certificate of Attendance\nThis certifies that\n# Dana Whitfield\n"
    sketch += f"attended the session\n# Heat Drying Hardwood: Case Studies\n{line}\nMay 4, 2019"
    shown = offered(lines_of(sketch, "left"))[1]
    assert shown["provider"].value == expected


@pytest.mark.parametrize("hours", ["1.5 CEC hours", "2 IICRC CECs"])
def test_a_provider_is_not_run_on_into_the_hours_under_it(hours: str) -> None:
    """Review offers the school, not "Desert Sun Restoration Training 1.5"."""
    sketch = "# Certificate of Attendance\nThis certifies that\n# Dana Whitfield\n"
    sketch += "attended the session\n# Heat Drying Hardwood: Case Studies\n"
    sketch += f"Given by Desert Sun Restoration Training\n{hours}\nMay 4, 2019"
    shown = offered(lines_of(sketch, "left"))[1]
    assert shown["provider"].value == "Desert Sun Restoration Training"


def test_a_shows_name_a_sentence_wraps_before_its_year_keeps_the_year() -> None:
    sketch = "# Certificate of Participation\nThis certifies that\n# Dana Whitfield\n"
    sketch += "attended the session Heat Drying Hardwood at the Southwest Cleaning Show\n"
    sketch += "2021, held in Dallas on May 4, 2021.\n1.5 CEC hours"
    shown = offered(lines_of(sketch, "left"))[1]
    assert shown["provider"].value == "Southwest Cleaning Show 2021"


@pytest.mark.parametrize(
    ("person", "school"),
    [
        ("Participant: Castañeda, Cody", "Copperfield Training Solutions"),
        ("Technician: Whitfield, Dana", "Ridgeline Training Group"),
    ],
)
def test_a_name_written_surname_first_does_not_run_into_the_school_under_it(
    person: str, school: str
) -> None:
    """Review offers "Copperfield Training Solutions", not "Cody Copperfield …"."""
    sketch = f"# Continuing Education Record\n{person}\n{school}\n"
    sketch += "Course: Applied Structural Drying\nCompleted: May 4, 2021\n7 CEC hours"
    shown = offered(lines_of(sketch, "left"))[1]
    assert shown["provider"].value == school


def test_a_school_after_the_title_in_a_sentence_is_the_provider() -> None:
    sketch = "# Certificate of Completion\nThis is to certify that\nBrianna van der Berg\n"
    sketch += "has successfully completed the course in\nLCT – Leather Cleaning and Restoration\n"
    sketch += "at Northwest Restoration Institute\nunder the supervision of\nInés Haugen\n"
    sketch += "for a total of 7 CEC hours\non Monday, July 26, 2021"
    assert best(sketch, "center", "provider") == "Northwest Restoration Institute"


def test_a_school_a_sentence_wraps_is_read_whole_when_one_line_stands_taller() -> None:
    # OCR's box round a line with a capital "&" or a comma's tail can stand a
    # quarter taller than its neighbours in the paragraph.
    sketch = (
        "# CERTIFICATE\nThis is to certify the participation of\n# Dana Okafor\n"
        'as a trainee in the course "Leather Cleaning and Restoration", taught by Ana D.\n'
        "Gallagher, CIH, organised by Great Lakes Cleaning & Restoration\n"
        "Association and held at the Hyatt Regency Denver on 10 December 2021,\n"
        "with a total of 7 Hours."
    )
    words = words_of(sketch, "left")
    tall = {w.top for w in words if w.text == "Gallagher,"}
    words = [msgspec.structs.replace(w, height=38) if w.top in tall else w for w in words]
    lines = build_lines(words)
    for line in lines:
        line.alt = line.text
    top, _ = pick(score_candidates(lines, extract_fields(lines)[0])["provider"])
    assert top[1].value == "Great Lakes Cleaning & Restoration Association"


SPONSORED = """
# Certificate of Attendance
This certificate is awarded to
# Shonda Villaseñor
for completion of the course
# Rug Cleaning Technician
on April 29, 2020 · 7 CEC hours
"""


def test_a_sponsor_is_not_the_provider() -> None:
    """A company captioned as a sponsor, under its name or before a row of
    them, paid for the day; the school that taught is elsewhere on the page."""
    above = "Clearview Odor Solutions LLC\nWebinar sponsor" + SPONSORED
    above += "Gulf Coast Drying Institute, 88 Harbor View Rd, Tacoma, WA 98402"
    assert best(above, "center", "provider") == "Gulf Coast Drying Institute"
    row = "GULF COAST DRYING INSTITUTE" + SPONSORED
    row += "CLASS SPONSORS | AeroDry Equipment Co. | Pureflo Chemical Company"
    lines = lines_of(row)
    offered = {c.value for _, c in score_candidates(lines, extract_fields(lines)[0])["provider"]}
    assert "GULF COAST DRYING INSTITUTE" in offered
    assert not offered & {"AeroDry Equipment Co.", "Pureflo Chemical Company"}


@pytest.mark.parametrize(
    "caption",
    ["OUR SPONSORS", "Thank you to our event sponsors", "Sponsors and Partners", "Summit Sponsors"],
)
def test_a_row_of_sponsors_leaves_the_school_above_its_heading(caption: str) -> None:
    """A plural caption heads the row below it; the name printed above the
    heading is the school's, and the heading runs on to no name."""
    sketch = "# Certificate of Appreciation\npresented to\n# Dana Whitfield\n"
    sketch += "for your presentation Advanced Structural Drying\nMarch 14, 2026 · 2 CEC hours\n"
    sketch += f"Peak Drying Academy\n{caption}\nAeroDry Equipment Co. | Pureflo Chemical Company"
    assert best(sketch, "center", "provider") == "Peak Drying Academy"


def test_a_show_named_only_in_a_sentence_is_offered_not_filled() -> None:
    """The show may only be where a school taught: the models never weighed
    that cue, so review offers the show and the technician decides."""
    sketch = "# Certificate of Attendance\nThis certifies that\n# Nadia Okafor\ntook part\n"
    sketch += "in the Water Damage Workshop at the Cleaning & Restoration Summit 2022\n"
    sketch += "March 14, 2026 · 2 CEC hours\nDan Foster, Session Chair"
    _, fields, offered = understand(lines_of(sketch))
    assert "provider" not in fields
    assert offered["provider"].value == "Cleaning & Restoration Summit 2022"


def test_the_school_that_presented_a_course_is_offered_before_the_show_it_taught_at() -> None:
    """Review offers what the models weighed before a show a sentence names."""
    sketch = "# Certificate of Completion\nThis certifies that\n# Nadia Okafor\nhas completed\n"
    sketch += "Water Damage Restoration, presented by Bellwether Restoration School at the "
    sketch += "Cleaning & Restoration Summit 2022\nMarch 14, 2026 · 2 CEC hours\n"
    sketch += "Dan Foster, Instructor"
    _, fields, offered = understand(lines_of(sketch))
    assert (fields | offered)["provider"].value == "Bellwether Restoration School"


def test_a_heading_runs_on_to_no_name_below() -> None:
    """ "Certificate of Appreciation" over the show's name are two lines, not
    a sentence whose last word starts the show's name."""
    sketch = "# Certificate of Appreciation\n# 2026 Water Loss Summit\n"
    sketch += "This certificate is presented to\n# Rafael Ortiz\n"
    sketch += "in appreciation of your contribution as a speaker at the 2026 Water Loss Summit\n"
    sketch += "Session: Thermal Imaging for Moisture Mapping\nMay 7, 2026 · 1.5 CEC hours\n"
    sketch += "Northeast Restoration Association"
    lines = lines_of(sketch)
    offered = {c.value for _, c in score_candidates(lines, extract_fields(lines)[0])["provider"]}
    assert "Northeast Restoration Association" in offered
    assert "Appreciation 2026 Water Loss Summit" not in offered


def test_a_show_hall_is_not_the_provider() -> None:
    sketch = "# Certificate of Attendance\nThis certifies that\n# Nadia Okafor\n"
    sketch += "took part in the Water Damage Workshop at the Las Vegas Convention Center\n"
    sketch += "March 14, 2026 · 2 CEC hours\nPresented by Peak Drying Academy"
    assert best(sketch, "center", "provider") == "Peak Drying Academy"


@pytest.mark.parametrize(
    ("sketch", "expected"),
    [
        ("Completed on March 4, 2026", "2026-03-04"),
        ("Date of Completion: 03/04/2026", "2026-03-04"),
        ("Issued: 03/10/2026\nCompletion Date: 3/4/26\nExpires: 03/03/2030", "2026-03-04"),
        ("Expiration Date: 2030-03-03\nDate Completed: 2026-03-04", "2026-03-04"),
        ("Print Date: 4/1/2026  |  Date: 4 Mar 2026", "2026-03-04"),
        ("Course Dates: March 2-4, 2026\nIssue date: March 9, 2026", "2026-03-04"),
        ("Course Dates: March 2-4, 2026\nCompleted on March 3, 2026", "2026-03-03"),
        ("Valid through 03/04/2028\nDate Attended: 03/04/2026", "2026-03-04"),
        ("has successfully completed WRT on 3/4/2026", "2026-03-04"),
    ],
)
def test_completion_date_is_chosen_by_its_label(sketch: str, expected: str) -> None:
    assert read(sketch, "completion_date", "left") in (None, expected)


@pytest.mark.parametrize(
    "completed",
    ["Completed on March 3, 2026", "Date Completed: 03/03/2026", "Completion Date: 3 March 2026"],
)
def test_a_day_named_as_completion_is_not_taken_for_a_day_of_the_class(completed: str) -> None:
    """A class that ran on to March 4 was still completed on the day the page
    says: review shows March 3, filled or offered, never the class's last day."""
    sketch = f"Course Dates: March 2-4, 2026\n{completed}"
    _, shown = offered(lines_of(page_with(sketch, "completion_date"), "left"))
    assert shown["completion_date"].value == "2026-03-03"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # Time in the lab is no credit: with no credit column, nothing is filled.
        ("CLASS NO. | IICRC APPROVAL | HANDS-ON LAB\n372-25 | CEC-2026-3411 | 8 hrs", None),
        ("CLASS NO. | IICRC CECS | HANDS-ON LAB\n372-25 | 7 | 8 hrs", 7.0),
    ],
)
def test_time_in_a_lab_column_is_not_credit(table: str, expected: float | None) -> None:
    """Never the lab's 8 hours: the credit column's figure, or a blank."""
    sketch = "# Certificate of Training\nThis is to certify that\n# Nadia Okafor\n"
    sketch += "has attended and completed the hands-on sessions of\n# Odor Control Technician\n"
    sketch += f"Class dates: March 2-4, 2026\n{table}"
    assert fields(sketch).get("hours") in (None, expected)


@pytest.mark.parametrize(
    ("phrasing", "expected"),
    [
        ("Presented on the fourth day of March, 2026", "2026-03-04"),
        ("Given on this fourth day of March, 2026", "2026-03-04"),
        ("Held on the 27th day of May, 2020", "2020-05-27"),
        ("Conferred on the twenty-seventh day of May 2020", "2020-05-27"),
    ],
)
def test_a_day_given_on_in_words_is_filled(phrasing: str, expected: str) -> None:
    """A day given as "on the fourth day of March" says when, as "on March 4"
    does: filled, not left for the technician to type."""
    assert read(phrasing, "completion_date") == expected
    assert read(phrasing, "completion_date", "left") == expected


def test_labelled_values_are_filled_in_context() -> None:
    """The plain, labelled phrasings are not left for the technician to type."""
    assert read("Date of Completion: 03/04/2026", "completion_date", "left") == "2026-03-04"
    assert read("Completed on March 4, 2026", "completion_date") == "2026-03-04"
    assert read("CEC Hours: 14", "hours", "left") == 14.0


def test_no_completion_date_from_issue_or_expiry_alone() -> None:
    assert "completion_date" not in fields("Issued: 03/10/2026\nExpires: 03/03/2030")


@pytest.mark.parametrize(
    ("sketch", "expected"),
    [
        ("Classroom Hours: 21\nCEC Hours: 14", 14.0),
        ("Contact Hours: 3  ·  Continuing Education Credits: 2.0", 2.0),
        ("Two (2) CEC hours", 2.0),
        ("Duration: 1.5 hrs", 1.5),
        ("Course length: 3 days (21 hours)\nApproved for 14 CEC hours", 14.0),
    ],
)
def test_hours_are_credit_not_time_in_class(sketch: str, expected: float) -> None:
    assert read(sketch, "hours", "left") in (None, expected)


@pytest.mark.parametrize(
    ("sketch", "expected"),
    [
        ("IICRC Approval #: 12345\nCertificate No. 2026-00123", "12345"),
        ("Certificate #: 99881\nIICRC Course No. WRT-4410", "WRT-4410"),
        ("Approval Number: C123-45  |  Phone: (555) 010-2020", "C123-45"),
        ("IICRC Certification #: 816959\nCourse Approval Code: 2026-ASD-0042", "2026-ASD-0042"),
    ],
)
def test_approval_number_not_certificate_or_member_numbers(sketch: str, expected: str) -> None:
    assert read(sketch, "signer", "left") is None  # the signer's line carries no field
    _, found = extract_fields(lines_of(page_with(sketch, "signer"), "left"))
    assert found.get("approval_number") in (None,) or found["approval_number"].value == expected


def test_no_approval_number_from_distractors_alone() -> None:
    sketch = "Certificate No. 2026-00123\nIICRC Certification #: 816959\nPhone (555) 010-2020"
    assert "approval_number" not in fields(sketch, align="left")


def test_instructor_is_never_the_holder() -> None:
    found = fields("Instructor: Dan Foster\nAwarded to Ana Ruiz\nSpeaker: Karen Whitfield")
    assert found.get("holder_name") in (None, "Ana Ruiz")


def test_something_unreadable_is_kind_other_with_no_fields() -> None:
    assert extract_fields(lines_of("Grocery list\neggs milk bread")) == ("other", {})


ROSTER = """
Harbor Point Training Center
Attendance Roster
Class: Applied Structural Drying    Dates: 9-11 September 2021
Instructor: Dan Foster    CECs: 21
#   Print Name   Company   Signature In   Signature Out
1   Ana Ruiz   Dry Right LLC   A. Ruiz   A. Ruiz
2   Karen Whitfield   Self   K. Whitfield   K. Whitfield
Completion certificates are mailed after the class.
"""
NOTICE = """
Restoration Certification Council
Renewal due Apr 4, 2023    Amount $95.00
Dear Certified Technician,
This is a reminder that your annual renewal is approaching.
Each renewal period requires 8 continuing education credits, for example:
Spotting Chemistry for Carpet Technicians (3 CECs)
Send us a copy of each completion certificate. If you have renewed, please disregard this notice.
"""

LICENCE_LOOKUP = """
State Licensing Board for Contractors
License Search · Search Results · License Detail
Search criteria: Last name "Castañeda" · 3 records found
Licensee: Marisol Castañeda    License number: LAM35255
Business name: Rapid Dry Restoration LLC    Status: Current, Active
Continuing Education – Current Renewal Cycle
General continuing education    Hours required 8    Hours reported 8    Last reported 05/25/2024
Hours are shown as reported by approved providers; the licensee must keep original certificates.
"""

SEAT_VOUCHER = """
Southwest Cleaning Show
# Certificate
This certificate is good for one free registration in any public class of
Carpet Cleaning Technician (CCT), a 14-hour IICRC course.
Subject to seat availability. Not valid with other offers. No cash value.
Voucher no. V-186761 · Prize drawing · Issued 06/23/2019 · Expires 07/14/2022
"""


APPROVAL_REQUEST = """
Continuing Education Course Approval Request
Complete one application per course. Courses must be approved before they are offered for CECs.
School / provider name: Ridgeline Training Group, Inc.
Course title: Deodorization After Fire Loss
Contact hours: 14  |  CECs requested: 7
Proposed date(s): December 31, 2020 – January 1, 2021
I attest that the information above is accurate and that the course will be taught as described.
"""


PRODUCT_REGISTRATION = """
Vortex Extraction Systems
# Product Registration Confirmation
This confirms that the equipment below is registered to
Joaquín Rourke
Product: Vortex Portable Extractor  |  Purchased 04/19/2026
Dealer: Jon-Don, Dallas TX  |  Coverage to 04/18/2029 (3-yr limited warranty)
Registered owners may attend our 1-hour equipment care workshop at no charge.
"""


BEFORE_CLASS = """
Harbor Point Training Center
Dear Participant,
You are registered for Applied Structural Drying, to be taught in our Tampa classroom
March 3-5, 2025. The course carries 21 IICRC CECs and a certificate of completion.
Please arrive by 7:45 am and bring a photo ID.
Cancellation policy: a seat may be transferred up to 7 days before class.
"""


REQUIREMENTS = """
Board of Restoration Credentials
Continuing Education Requirements - information sheet
Every certified technician must earn 8 CECs in each two-year cycle.
What counts toward the requirement: approved classes, live webinars,
and a visit to the IICRC booth at a trade show (2 CECs).
How to report your credits: upload each certificate of completion.
Renewal fee $55. Late fee $25.
"""


CONFIRMATION = """
Three Rivers Restoration College <students@threerivers.edu>
You're registered! Upholstery and Fabric Cleaning Technician - Oct 16, 2023
Dear Aoife, good news: your registration is complete and your seat is held.
Course: Upholstery and Fabric Cleaning Technician    Dates: Oct. 16-18, 2023
The class carries 21 IICRC CECs; your certificate is handed out on the last day.
"""


EVALUATION = """
Harbor Point Training Center
Course Evaluation
Course: Applied Structural Drying    Date: 03/05/2025
Instructor: Dan Foster    IICRC CECs: 21
Please rate each statement.  Strongly agree  Agree  Neutral  Disagree  Strongly disagree
The instructor knew the subject well.
The course met its stated objectives.
Comments:
"""


SPECIMEN = """
SPECIMEN
Harbor Point Training Center
Certificate of Completion
This certifies that
Jane Sample
has successfully completed Applied Structural Drying
on March 5, 2025 for 21 IICRC CECs
"""


CHECKLIST = """
Dry Right Restoration LLC - Field Operations
Moisture Meter Competency Checklist
Trainee: Ana Ruiz    Supervisor: Dan Foster
This checklist is an internal record and carries no certification or continuing education credit.
Module 1 completed 3/22/22, verified by DF
Sign-off: I have completed the training above.    Date: 5/4/22
"""


JOB_COMPLETION = """
ClearAir Environmental Restoration
Mold Remediation Certificate of Completion
The undersigned contractor certifies that the remediation work described here has been
completed, and that the source of moisture was corrected.
Property owner: Bo McAllister    Property address: 19 Rue Principale, Gatineau
Dates of work: October 24-28, 2024    Job / claim no.: CLM 186356
Supervisor on site: Ana Ruiz, IICRC Reg. #396579, AMRT, WRT
"""


SPEAKER_THANKS = """
Great Plains Restoration Expo 2025
Certificate of Appreciation
is gratefully presented to
Dana Whitfield
with our thanks for your time and talent as a featured speaker, presenting
Drying Hardwood Floors in Place, approved for 2 CEC hours for attendees,
on May 8, 2025 in Omaha.
Speaker ID 4471
"""


DOOR_SIGN = """
Great Plains Restoration Expo 2025 · Room 204
Next in this room
Drying Hardwood Floors in Place
Tuesday, May 6, 2025 · 10:00-11:30 AM
Speaker: Dana Whitfield    2 IICRC CEC hours
Scan your badge in and out. Please silence your phones.
"""

INSTRUCTOR_CARD = """
GREAT LAKES DRYING SUPPLY
INSTRUCTOR CREDENTIAL
Priya Valdez-Moreno
Instructor # T-4471   Approved 03/14/2024   Expires 03/13/2026
Code | May instruct | Hrs
WRT | Water Damage Restoration Technician | 19
ASD | Applied Structural Drying | 21
Credential only: hours shown are each class's scheduled length.
"""

TEACHING_LOG = """
Restoration Trades Council · Instructor Program
TEACHING HOURS LOG
Submit with your annual instructor renewal
Name of instructor: Hamid Osei   Instructor No. T-2210
Approved to teach: WRT, AMRT
Classes taught in the period
Oct 3-5, 2023 | Water Damage Restoration Technician | Denver, CO | 19 | 14 students
Feb 12-14, 2024 | Applied Microbial Remediation | Boise, ID | 21 | 9 students
I certify that the classes listed were taught by me.
Instructor signature  Date 04/02/2024
"""


@pytest.mark.parametrize(
    "sketch",
    [
        ROSTER,
        NOTICE,
        SPEAKER_THANKS,
        DOOR_SIGN,
        BEFORE_CLASS,
        CONFIRMATION,
        REQUIREMENTS,
        EVALUATION,
        SPECIMEN,
        CHECKLIST,
        JOB_COMPLETION,
        LICENCE_LOOKUP,
        SEAT_VOUCHER,
        APPROVAL_REQUEST,
        PRODUCT_REGISTRATION,
        INSTRUCTOR_CARD,
        TEACHING_LOG,
    ],
    ids=[
        "class roster",
        "renewal reminder",
        "a speaker's certificate of appreciation",
        "a sign by a room's door",
        "before the class",
        "a registration confirmed",
        "requirements sheet",
        "course evaluation",
        "specimen certificate",
        "competency checklist",
        "a job's certificate of completion",
        "a licence board's lookup page",
        "a voucher for a seat in a class",
        "a provider's request to approve a course",
        "a product's registration",
        "an instructor's credential",
        "an instructor's log of classes taught",
    ],
)
def test_papers_that_record_no_ones_completion_fill_nothing(sketch: str) -> None:
    # Each speaks of certificates and hours, and none is proof for anyone.
    assert extract_fields(lines_of(sketch)) == ("other", {})


def test_a_title_after_every_requirement_of_the_course_drops_the_lead_in() -> None:
    sketch = """
KNOW ALL PERSONS BY THESE PRESENTS THAT
ANA RUIZ
HAVING SATISFIED EVERY REQUIREMENT OF THE COURSE APPLIED MICROBIAL REMEDIATION
IS AWARDED THIS CERTIFICATE ON MARCH 3, 2024
"""
    best, _ = pick(score_candidates(lines_of(sketch), "course")["course_title"])
    assert best is not None and best[1].value == "APPLIED MICROBIAL REMEDIATION"
    assert fields(sketch).get("course_title") in (None, "APPLIED MICROBIAL REMEDIATION")


def test_a_date_with_no_label_among_others_is_left_blank() -> None:
    page = page_with("Printed 03/10/2026  |  Valid through 03/03/2030", "completion_date")
    _, found = extract_fields(lines_of(page, "left"))
    assert "completion_date" not in found


def _run(text: str, x: int, y: int, size: int) -> Line:
    width = round(len(text) * size * 0.5)
    word = Word(text, x, y, width, size, 0.95)
    return Line([word], text, x, y, x + width, y + size, size, 0.95)


def _centred(rows: list[tuple[str, int]], spacing: float) -> list[Line]:
    out, y = [], 100
    for text, size in rows:
        out.append(_run(text, round((2400 - len(text) * size * 0.5) / 2), y, size))
        y += round(size * spacing)
    return out


# A one-course transcript: the figure stands in its row, three line heights
# under the head of its column.
TRANSCRIPT = [
    _run("Continuing Education Transcript", 600, 100, 60),
    _run("Participant: Dana Whitfield", 100, 260, 30),
    _run("Course", 100, 400, 30),
    _run("Completed", 1100, 400, 30),
    _run("CEC Hours", 1700, 400, 30),
    _run("Applied Structural Drying", 100, 520, 30),
    _run("05/23/2024", 1100, 520, 30),
    _run("16", 1760, 520, 30),
]
# Hours by subject, and their total in the last row.
SUBJECTS = [
    _run("Proof of Completion", 600, 100, 60),
    _run("Licensee: Dana Whitfield", 100, 260, 30),
    _run("Course: Lead-Safe Work Practices Refresher", 100, 330, 30),
    _run("Completed 01/24/2025", 100, 400, 30),
    _run("Subject area", 100, 520, 24),
    _run("Hours", 1900, 520, 24),
    _run("General", 100, 600, 28),
    _run("8.5", 1930, 600, 28),
    _run("Workplace Safety", 100, 680, 28),
    _run("0.5", 1930, 680, 28),
    _run("Mold Remediation", 100, 760, 28),
    _run("1", 1950, 760, 28),
    _run("Total", 100, 840, 28),
    _run("10", 1940, 840, 28),
]
# One course registered with several bodies, each with its own figure.
BODIES = [
    _run("Certificate of Completion", 600, 100, 60),
    _run("Dana Whitfield", 700, 260, 44),
    _run("Moisture Mapping for Insurance Adjusters", 400, 360, 34),
    _run("Credential body", 100, 520, 24),
    _run("Credits", 1900, 520, 24),
    _run("AIA LU/HSW", 100, 600, 28),
    _run("4", 1950, 600, 28),
    _run("IDCEC CEU", 100, 680, 28),
    _run("0.4", 1930, 680, 28),
    _run("IICRC CEC", 100, 760, 28),
    _run("3.5", 1930, 760, 28),
]
# A double-spaced sentence that wraps between the figure and its unit.
WRAPPED = _centred(
    [
        ("Certificate of Achievement", 60),
        ("Dana Whitfield", 80),
        ("having fulfilled the requirements of Odor Control Technician", 38),
        ("is granted Seven and one-half (7.5) Continuing", 38),
        ("Education Credits on the ninth day of March, 2020.", 38),
    ],
    spacing=2.1,
)


def test_the_total_row_is_told_from_the_rows_it_adds_up() -> None:
    found = score_candidates(SUBJECTS, "course")["hours"]
    assert {c.value for _, c in found if c.features.get("total")} == {10.0}
    best, _ = pick(found)
    assert best is not None and best[1].value == 10.0


def test_each_figure_knows_the_body_it_is_credit_with() -> None:
    found = {c.value: c.features for _, c in score_candidates(BODIES, "course")["hours"]}
    assert found[3.5]["iicrc"] == 1.0 and found[3.5]["iicrc_elsewhere"] == 0.0
    assert found[4.0]["other_body"] == 1.0 and found[4.0]["iicrc_elsewhere"] == 1.0
    assert found[4.0]["iicrc"] == 0.0


@pytest.mark.parametrize(
    ("lines", "hours"),
    [(TRANSCRIPT, 16.0), (WRAPPED, 7.5)],
    ids=["under a column head", "figure and unit on two lines"],
)
def test_hours_are_found_where_a_table_or_a_sentence_puts_them(
    lines: list[Line], hours: float
) -> None:
    found = offered(lines)[1].get("hours")
    assert found is not None and found.value == hours


# A date in words broken across two lines at its hyphen.
HYPHENATED = _centred(
    [
        ("Certificate of Completion", 60),
        ("Dana Whitfield", 80),
        ("has satisfactorily completed the course of instruction in Water Damage", 38),
        ("Restoration, for which 12.5 CEC hours are awarded, given on the twenty-", 38),
        ("seventh day of February, 2020.", 38),
    ],
    spacing=1.4,
)


def test_a_date_in_words_broken_at_its_hyphen_is_one_date() -> None:
    found = {c.value for _, c in score_candidates(HYPHENATED, "course")["completion_date"]}
    assert found == {"2020-02-27"}


def test_a_card_printed_day_first_is_read_day_first() -> None:
    card = """
    AeroDry Equipment Co.
    INÉS IBÁÑEZ
    Training: Commercial Drying Specialist
    Course date: 05/02/2025
    CECs: 7.0
    Valid till: 27/08/2028
    """
    assert best(card, "left", "completion_date") == "2025-02-05"


def test_a_weekday_dates_a_session_by_the_year_the_page_prints() -> None:
    page = """
    # Certificate of Attendance
    Agnieszka da Silva attended the session Inside the S500: What Changed
    at the Cleaning & Restoration Summit 2024, held Saturday, November 16.
    CEC credits earned: 1.5
    """
    assert best(page, "left", "completion_date") == "2024-11-16"


def _scored(field: str, *values: tuple[float, str]) -> list[tuple[float, Candidate]]:
    return [(p, Candidate(field, value, line)) for line, (p, value) in enumerate(values)]


def test_a_name_read_with_a_word_more_is_no_rival_but_a_shorter_title_is() -> None:
    scored = _scored
    org = scored(
        "provider", (0.9, "Blue Heron Technical Training"), (0.6, "Heron Technical Training")
    )
    assert pick(org)[1].best == 0.0
    other = scored("provider", (0.9, "Blue Heron Technical Training"), (0.6, "Heron Restoration"))
    assert pick(other)[1].best == 0.6
    person = scored("holder_name", (0.9, "Mary Ellen Svensson"), (0.5, "Mary Ellen Svensson Jr."))
    assert pick(person)[1].best == 0.0
    assert pick(scored("holder_name", (0.9, "Mary Ellen"), (0.5, "Mary Ellenson")))[1].best == 0.5
    title = scored(
        "course_title",
        (0.9, "Fire and Smoke Restoration Technician"),
        (0.6, "Fire and Smoke Restoration"),
    )
    assert pick(title)[1].best == 0.6


def test_the_same_credit_in_ceus_is_no_rival_to_the_hours() -> None:
    hours = Candidate("hours", 6.0, 9, {"cec": 1.0})

    def ceus(value: float) -> Candidate:
        return Candidate("hours", value, 9, {"ceu": 1.0})

    # "0.6 CEUs (6 IICRC CEC hours)": one credit said twice.
    assert pick([(0.97, hours), (0.13, ceus(0.6))])[1].best == 0.0
    # A tenth of the hours not said in CEUs, or CEUs that say another credit, are rivals.
    assert pick([(0.97, hours), (0.13, Candidate("hours", 0.6, 9, {}))])[1].best == 0.13
    assert pick([(0.97, hours), (0.13, ceus(0.7))])[1].best == 0.13


@pytest.mark.parametrize(
    ("short", "whole"),
    [
        ("Restoration Institute", "Northwest Restoration Institute"),
        ("Sun Restoration Training", "Desert Sun Restoration Training"),
        ("Restoration Association", "Great Lakes Cleaning & Restoration Association"),
    ],
)
def test_a_school_read_without_its_first_words_is_given_whole(short: str, whole: str) -> None:
    # The footer's "… board. Desert" / "Sun Restoration Training is solely
    # responsible …" reads as the likelier line; the heading prints it whole.
    found = _scored("provider", (0.64, short), (0.55, whole), (0.1, "Harbor View"))
    chosen, rival = pick(found)
    assert chosen is not None and chosen[1].value == whole
    assert rival.best == 0.1


@pytest.mark.parametrize(
    "whole",
    [
        "Program Coordinator Rocky Mountain Restoration Alliance",  # a signer's office
        "Course developed by: Rocky Mountain Restoration Alliance",  # a label
        "My Credits Rocky Mountain Restoration Alliance",  # the portal's menu
        "Pádraig Le Blanc Rocky Mountain Restoration Alliance",  # who signs for it
    ],
)
def test_a_school_is_not_taken_with_the_words_before_it_on_its_line(whole: str) -> None:
    found = _scored("provider", (0.6, "Rocky Mountain Restoration Alliance"), (0.55, whole))
    chosen, _ = pick(found)
    assert chosen is not None and chosen[1].value == "Rocky Mountain Restoration Alliance"


def test_a_fuller_school_far_less_likely_is_not_taken() -> None:
    found = _scored(
        "provider", (0.8, "Restoration Institute"), (0.3, "Northwest Restoration Institute")
    )
    chosen, _ = pick(found)
    assert chosen is not None and chosen[1].value == "Restoration Institute"


@pytest.mark.parametrize(
    ("head", "expected"),
    [("DURATION (HOURS)", 10.0), ("HOURS APPROVED", 21.0), ("Course length (hrs.)", 7.5)],
)
def test_hours_under_a_head_that_says_what_they_count(head: str, expected: float) -> None:
    sketch = f"""
    EMPLOYEE TRAINING CERTIFICATION
    EMPLOYEE NAME
    Hélène Baptiste
    COURSE / PROGRAM
    Ethics and Contracts in Restoration
    DATE TRAINING COMPLETED
    08/22/2023
    {head}
    {expected:g}
    TRAINER
    Shonda Baptiste
    """
    assert best(sketch, "left", "hours") == expected


@pytest.mark.parametrize(
    "label", ["Date of Participation", "Date of Program", "Date of Activity", "Date of Class"]
)
def test_the_day_a_course_was_taken_is_filled_under_its_label(label: str) -> None:
    sketch = f"""
    # Continuing Education Certificate
    This is to certify that
    # Mateus Fitzgerald-Hayes
    completed the continuing education program entitled
    # Category 3 Water: Sewage Backflow Response
    {label}
    March 9, 2022
    Credit Awarded
    Eight (8) Continuing Education Credits
    Certificate Expires
    04/13/2025
    Lakeshore Restoration Education Center
    """
    assert fields(sketch).get("completion_date") == "2022-03-09"


def test_a_date_under_its_column_head_is_that_date() -> None:
    sketch = """
    Summit Drying Academy, LLC
    # Continuing Education Certificate
    AWARDED TO
    # Fitzgerald-Hayes, Nnamdi
    COURSE TITLE  |  LU HOURS  |  DATE COMPLETED


    Ethics and Contracts in Restoration  |  0.5  |  Jun 3, 2023
    Issued 06/10/2023
    """
    assert offered(lines_of(sketch, "left"))[1]["completion_date"].value == "2023-06-03"


@pytest.mark.parametrize(
    "line",
    [
        "Bo McAllister-Reyes, WRT IICRC No. 782603",
        "Bo McAllister-Reyes (IICRC #782603)",
        "Bo McAllister-Reyes <bmcallister@gmail.com>",
    ],
)
def test_a_name_keeps_nothing_printed_after_it(line: str) -> None:
    sketch = f"""
    # Certificate of Completion
    This certificate is awarded to
    {line}
    For completion of the course
    # "Color Repair Technician"
    """
    assert best(sketch, "center", "holder_name") == "Bo McAllister-Reyes"


def test_an_email_is_addressed_to_the_holder() -> None:
    sketch = """
    Booth check-in confirmation
    From:
    Education Desk <education@southwestcleaning.org>
    To:
    Ana Yoon <ayoon@gmail.com>
    Subject:
    Booth check-in confirmation
    This message confirms your registration at the certification booth during the show.
    Checked in  |  5 August 2021
    Credit  |  2.0 CECs
    Regards,
    # Björn Banerjee
    Education Desk, Southwest Cleaning Show 2021
    """
    assert best(sketch, "left", "holder_name") == "Ana Yoon"


def test_a_logo_name_stacked_a_word_or_two_a_line_is_read_whole() -> None:
    sketch = """
    Three Rivers
    Restoration
    College


    CPD CERTIFICATE
    # Jean-Luc Schröder
    completed the course
    Upholstery and Fabric Cleaning Technician
    """
    found = score_candidates(lines_of(sketch, "left"), "course")["provider"]
    assert "Three Rivers Restoration College" in {c.value for _, c in found}


@pytest.mark.parametrize(
    ("letterhead", "align", "expected"),
    [
        (["Three Rivers", "Restoration College"], "left", "Three Rivers Restoration College"),
        (["Heartland", "Cleaning", "Association"], "center", "Heartland Cleaning Association"),
        (
            ["Great Lakes Cleaning &", "Restoration Association"],
            "left",
            "Great Lakes Cleaning & Restoration Association",
        ),
        (["Ridgeline Training", "Group, Inc."], "left", "Ridgeline Training Group, Inc."),
        (["Dolores Moreau", "Northwest Restoration Institute"], "left", None),
    ],
    ids=["two lines", "three lines", "ampersand", "its ending", "a signer over the school"],
)
def test_a_stacked_name_s_lines_are_not_offered_alone(
    letterhead: list[str], align: str, expected: str | None
) -> None:
    sketch = (
        "\n".join(letterhead)
        + """


    # Certificate of Attendance
    # Björn Hargrove
    has attended the training course Water Damage Restoration
    held Dec. 18 to 19, 2024, with a duration of 16 Hours.
    """
    )
    lower = " ".join(letterhead[1:])
    got = best(sketch, align, "provider")
    assert got == (expected or lower)


def best_of_words(words: list, name: str) -> object:
    """The value ranked first for a field on a page drawn word by word."""
    lines = build_lines(words)
    for line in lines:
        line.alt = line.text
    top, _ = pick(score_candidates(lines, extract_fields(lines)[0])[name])
    return top[1].value if top else None


def test_hours_over_the_caption_of_a_fill_in_line() -> None:
    """A certificate's blanks: the figure written on a rule, its caption
    printed small under the rule, a little further down than the next line."""
    sketch = """
    # Certificate of Training
    This certifies that
    # Dana Whitfield
    has completed
    # Respiratory Protection and Fit Testing
    COURSE TITLE
    January 27, 2022 | Category I General | 3.5
    DATE COMPLETED | SUBJECT CATEGORY | CE HOURS EARNED
    """
    words = words_of(sketch, "left")
    captions = max(w.top for w in words)
    words = [
        msgspec.structs.replace(w, top=w.top + 20, height=20) if w.top == captions else w
        for w in words
    ]
    assert best_of_words(words, "hours") == 3.5


def test_a_large_figure_beside_its_small_caption() -> None:
    """An accountants' credit beside its row label, the IICRC hours set large
    beside a caption in small capitals: the caption names the figure though
    the figure's middle sits below the caption's last line."""
    sketch = """
    # Certificate of Completion
    PARTICIPANT | Ana Dvořák
    PROGRAM TITLE | Trauma and Crime Scene Technician
    DATE COMPLETED | August 11, 2019
    CPE credits earned | 16.5
    IICRC CEC HOURS | 14
    """
    words = words_of(sketch, "left")
    big = next(w for w in words if w.text == "14")
    words = [
        msgspec.structs.replace(w, top=w.top - 2, height=72, width=72) if w is big else w
        for w in words
    ]
    assert best_of_words(words, "hours") == 14.0


@pytest.mark.parametrize("other", ["Form date Jan 7, 2022", "Claimed Jan 7, 2022 at 8:26 PM"])
def test_the_day_a_form_was_drawn_or_credit_claimed_is_not_the_session_s(other: str) -> None:
    sketch = f"""
    # Water Loss Conference 2022
    PARTICIPANT Eamon Moreau
    SESSION | Hydroxyl vs. Ozone: A Field Comparison
    DATE ATTENDED | Jan 22, 2022
    CREDIT | 3.0
    {other}
    """
    assert best(sketch, "left", "completion_date") == "2022-01-22"


def test_hours_after_the_colon_of_aligned_labels() -> None:
    sketch = """
    # NGOZI IBÁÑEZ
    Course | : FSRT - Fire and Smoke Restoration
    CECs | : 14
    Completed | : Dec 9, 2024
    """
    assert best(sketch, "left", "hours") == 14.0


def test_a_signers_surname_particle_is_no_sentence_before_the_school() -> None:
    sketch = """
    # Certificate of Completion
    This is to certify that
    # Pádraig O'Brien
    has successfully completed the
    Applied Structural Drying (ASD)
    on June 15, 2023
    Executive Director Bo E. da Silva
    Mid-Atlantic Indoor Air Council
    """
    assert best(sketch, "left", "provider") == "Mid-Atlantic Indoor Air Council"


def test_a_shows_name_ends_on_its_year() -> None:
    sketch = """
    DRYING SCIENCE SYMPOSIUM 2020
    EDUCATION
    ATTENDANCE RECEIPT
    Session: The Science of Evaporation
    # DeShawn Brzezinski
    Scan in 1:31 PM  Scan out 2:58 PM
    Credit: 1.5 CEC hours
    """
    assert best(sketch, "center", "provider") == "DRYING SCIENCE SYMPOSIUM 2020"


def test_a_forms_organization_caption_names_the_box_under_it() -> None:
    sketch = """
    # CERTIFICATE OF PARTICIPATION
    # JOAQUÍN HAUGEN
    PANEL: WORKING WITH ADJUSTERS
    held at KANSAS CITY MARRIOTT
    on 2022-02-12, from 1:00 p.m. to 3:00 p.m. · 2 CECs
    Organization
    MIDWEST RESTORATION CONVENTION 2022
    """
    assert best(sketch, "center", "provider") == "MIDWEST RESTORATION CONVENTION 2022"


def test_a_school_a_sentence_wraps_in_two_is_offered_whole() -> None:
    sketch = """
    # Certificate of Completion
    # Ana Baptiste
    has successfully completed the Fire and Smoke Restoration Technician course
    held on May. 17, 2023 at Southeastern
    Carpet Cleaners Guild.
    """
    assert best(sketch, "left", "provider") == "Southeastern Carpet Cleaners Guild"


@pytest.mark.parametrize(
    "line",
    [
        "THE PRESCRIBED STUDIES OF ODOR CONTROL TECHNICIAN",
        "the course of study in Odor Control Technician",
        "for Odor Control Technician",
    ],
)
def test_a_title_drops_the_words_that_lead_to_it(line: str) -> None:
    sketch = f"""
    # Diploma
    Know all persons by these presents that
    # Nnamdi Okafor
    having completed
    {line}
    is awarded this diploma on March 3, 2024
    """
    assert str(best(sketch, "center", "course_title")).casefold() == "odor control technician"


@pytest.mark.parametrize(
    "sentence",
    [
        "attended the continuing education session Heat Drying Hardwood: Case Studies, held during",
        "was present for the full session Heat Drying Hardwood: Case Studies, held during",
    ],
)
def test_a_session_is_named_after_the_words_that_say_it_was_attended(sentence: str) -> None:
    sketch = f"""
    Midwest Restoration Convention Organizing Committee
    # ATTENDANCE CERTIFICATE
    This certifies that
    # Benoît Van Horn
    {sentence}
    the Midwest Restoration Convention 2023, which took place Aug. 8 – 9, 2023.
    This session carries IICRC CECs: 1 · CEC approval # CE-5745
    """
    assert best(sketch, "left", "course_title") == "Heat Drying Hardwood: Case Studies"


@pytest.mark.parametrize(
    ("sketch", "expected"),
    [
        (
            "DESERT SUN RESTORATION TRAINING\nApril 17, 2021\nTo Whom It May Concern:\n"
            "This letter verifies that Inés Nakamura was present for all sessions of Odor Control,\n"
            "which I taught on 12-14 April 2021 in our Chicago training center.",
            "Odor Control",
        ),
        (
            "# Wallet Card\nCardholder: Ngozi D. Kaczmarek\nTraining: Commercial Drying Specialist\n"
            "Completed: 06/02/2025",
            "Commercial Drying Specialist",
        ),
    ],
)
def test_a_title_after_all_sessions_of_or_a_box_label(sketch: str, expected: str) -> None:
    assert best(sketch, "left", "course_title") == expected


APPROVER = """
Blue Heron Technical Training
# Certificate of Attendance
Continuing Education Activity
Participant name:  |  Rhys E. Rourke Jr.
Program:  |  Upholstery and Fabric Cleaning Technician
Date of activity:  |  27 November 2025
{hours}
Krystal M. Schröder, Lead Planner
"""


def test_contact_hours_are_what_a_paper_proves_when_it_names_no_credit() -> None:
    assert fields(APPROVER.format(hours="Contact hours awarded:  |  21"), "left")["hours"] == 21.0


@pytest.mark.parametrize(
    "hours", ["Contact hours: 22 / n CECs", "Hands-on hours:  |  6", "Lab time: 6 hours"]
)
def test_time_in_class_is_not_filled_where_credit_or_the_rest_went_unread(hours: str) -> None:
    assert "hours" not in fields(APPROVER.format(hours=hours), "left")


def test_a_summary_box_names_the_day_completed_not_the_day_enrolled() -> None:
    sketch = """
    EVERGREEN CERTIFICATION ACADEMY
    Dear Chloé Jiménez,
    Your completion of Antimicrobial Selection and Application has been recorded.
    Learner
    Chloé Jiménez
    Completed
    2026-06-08
    Continuing education
    2.0 CECs
    Access ends
    Wednesday, January 16, 2030
    Enrolled
    04/16/2026
    """
    assert best(sketch, "left", "completion_date") == "2026-06-08"


@pytest.mark.parametrize("heading", ["Credit Claim Confirmation", "Wallet Card", "Hi Odalys"])
def test_what_a_printout_calls_itself_is_not_the_holder(heading: str) -> None:
    sketch = f"""
    # {heading}
    Odalys Haugen
    Session: Reading a Psychrometric Chart in Five Minutes
    Claimed on 01/25/2024
    1.0 CEC
    """
    assert best(sketch, "left", "holder_name") in (None, "Odalys Haugen")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [
                (
                    "has satisfactorily completed the course of instruction in Fire and Smoke Restoration",
                    38,
                ),
                (
                    "Technician, for which Seven and one-half (7.5) hours are awarded, given on the",
                    38,
                ),
                ("second day of June, 2023.", 38),
            ],
            "Fire and Smoke Restoration Technician",
        ),
        (
            [
                ("has attended the education session Marketing Your Restoration", 38),
                ("Business at the Cleaning & Restoration Summit 2022 on 29", 38),
                ("November 2022 for 3 CECs.", 38),
            ],
            "Marketing Your Restoration Business",
        ),
        (
            [
                ("has successfully completed the course Water Damage Restoration", 38),
                ("on May 3, 2020 and earned 19 CEC hours.", 38),
            ],
            "Water Damage Restoration",
        ),
        (
            [
                ("HAS COMPLETED THE PRESCRIBED STUDIES OF MOISTURE MAPPING WITH THERMAL", 47),
                ("IMAGING, TWO (2) HOURS", 47),
                ("Given on the eighteenth day of May, 2021", 50),
            ],
            "MOISTURE MAPPING WITH THERMAL IMAGING",
        ),
        (
            [
                ("for successfully completing the course Applied Microbial Remediation", 38),
                ("Technician on February 9th, 2022. Instructor: Rhys Abernathy.", 38),
            ],
            "Applied Microbial Remediation Technician",
        ),
        (
            [
                ("was present for the session The Science of Evaporation in Room", 38),
                ("255 at Hyatt Regency Denver on May 14th, 2019 from 1:30 p.m. to 3:30 p.m.,", 38),
                ("for which is granted Two (2) CEC hours.", 38),
            ],
            "The Science of Evaporation",
        ),
        (
            [
                ("was present for all sessions of Category 3 Water:", 38),
                ("Sewage Backflow Response, which I taught on 12–14 April 2021.", 38),
            ],
            "Category 3 Water: Sewage Backflow Response",
        ),
        (
            [
                ("was present for the full session “Heat Drying Hardwood:", 38),
                ("Case Studies” on Tuesday, May 16, 2023.", 38),
            ],
            "Heat Drying Hardwood: Case Studies",
        ),
        (
            [
                ("has successfully completed the course Stone,", 38),
                ("Masonry and Ceramic Tile Cleaning (SMT) through our learning portal.", 38),
            ],
            "Stone, Masonry and Ceramic Tile Cleaning (SMT)",
        ),
        (
            [
                ("completed the online, self-paced course Water", 38),
                ("Damage Restoration Technician through our learning portal on May 2, 2019.", 38),
            ],
            "Water Damage Restoration Technician",
        ),
    ],
    ids=[
        "on to a capital",
        "on to a capital, then a show",
        "not on to a lower-case word",
        "in capitals",
        "on to a label later on the line",
        "not when words follow it on its line",
        "on to a subtitle after its colon",
        "on to a quoted subtitle after its colon",
        "on after its comma",
        "after how it was taken",
    ],
)
def test_a_title_a_sentence_wraps_in_two_is_offered_whole(
    rows: list[tuple[str, int]], expected: str
) -> None:
    page = _centred(
        [("Certificate of Completion", 90), ("This certifies that", 40), ("Fernando Haugen", 70)]
        + rows,
        spacing=2.4,
    )
    kind, filled, offered = understand(page)
    assert (filled | offered)["course_title"].value == expected


def test_a_title_a_loosely_set_sentence_wraps_in_two_is_offered_whole() -> None:
    # Lines set more than a line's height apart still carry one sentence.
    page = _centred(
        [
            ("Certificate of Completion", 90),
            ("Know all by these presents that", 40),
            ("Mr. Fernando Haugen", 70),
            (
                "has satisfactorily completed the course of instruction in Fire and Smoke Restoration",
                37,
            ),
            ("Technician, for which Seven and one-half (7.5) hours are awarded, given on the", 38),
            ("second day of June, 2023.", 38),
        ],
        spacing=2.7,
    )
    found = {c.value: p for p, c in score_candidates(page, "course")["course_title"]}
    assert max(found, key=found.get) == "Fire and Smoke Restoration Technician"
    # The cue's own first words ("… course of instruction") run on to nothing.
    assert "Technician" not in found or found["Technician"] < 0.2


def test_a_table_row_is_not_run_on_to_the_total_under_it() -> None:
    # Guard: a course's row is no sentence, however long, and the row two
    # lines under it is the table's total.
    page = [
        _run("Official Record", 100, 100, 40),
        _run("Participant: Łukasz N. Kaczmarek", 100, 220, 24),
        _run("Course", 100, 400, 24),
        _run("Date Completed", 1100, 400, 24),
        _run("Hours", 1700, 400, 24),
        _run("FSRT – Fire and Smoke Restoration Technician", 100, 460, 24),
        _run("7/26/24", 1100, 460, 24),
        _run("16", 1700, 460, 24),
        _run("Total Hours", 100, 530, 24),
        _run("16", 1700, 530, 24),
    ]
    titles = {c.value for _, c in score_candidates(page, "course")["course_title"]}
    assert "FSRT – Fire and Smoke Restoration Technician" in titles
    assert not any(t.endswith("Total Hours") for t in titles)


def test_a_title_a_sentence_carries_over_the_line_is_filled_without_its_halves() -> None:
    # The words on the next line ("Technician", "Technician is granted …") are
    # no title of their own that would leave the reader in doubt.
    page = _centred(
        [
            ("Certificate of Completion", 90),
            ("Know all by these presents that", 40),
            ("Ines Moreau", 70),
            ("having fulfilled the requirements of Applied Microbial Remediation", 38),
            ("Technician is granted Seven and one-half (7.5) Continuing", 38),
            ("Education Credits. Done on the ninth day of March, 2020.", 38),
        ],
        spacing=2.4,
    )
    _, shown = offered(page)
    assert shown["course_title"].value == "Applied Microbial Remediation Technician"


def test_a_schools_name_stacked_in_two_under_the_signatures_is_no_title() -> None:
    # "Evergreen Certification" over "Academy": half a school's name, which
    # would otherwise leave the reader in doubt about the title.
    page = [
        _run("Certificate of Achievement", 700, 100, 110),
        _run("This is to certify that", 700, 500, 30),
        _run("CHLOE R. WHITCOMB", 700, 580, 88),
        _run("has successfully completed", 700, 710, 36),
        _run("Bloodborne Pathogens for Cleanup Crews", 700, 780, 69),
        _run("Evergreen Certification", 44, 1580, 33),
        _run("Academy", 166, 1624, 34),
        _run("Cody D. Haugen", 800, 1570, 31),
        _run("President", 860, 1610, 40),
    ]
    _, filled, _ = understand(page)
    assert filled["course_title"].value == "Bloodborne Pathogens for Cleanup Crews"


def test_the_company_in_an_attendance_records_row_is_not_offered_as_the_title() -> None:
    page = [
        _run("Midwest Restoration Convention 2020", 100, 100, 47),
        _run("CE ATTENDANCE RECORD", 100, 190, 26),
        _run("Attendee", 100, 400, 27),
        _run("Svensson, Priyanka", 550, 400, 30),
        _run("Organization", 100, 520, 30),
        _run("Rapid Dry Restoration", 550, 520, 34),
        _run("Code", 100, 700, 24),
        _run("Title", 300, 700, 24),
        _run("Credit", 1700, 700, 24),
        _run("T20", 100, 780, 26),
        _run("Panel: Working With Adjusters", 300, 780, 30),
        _run("1.5 CECs", 1700, 780, 28),
    ]
    _, filled, offered = understand(page)
    title = (filled | offered).get("course_title")
    assert title is None or title.value != "Rapid Dry Restoration"


@pytest.mark.parametrize("head", ["EMPLOYER", "Employed by", "COMPANY / BRANCH"])
def test_the_holders_employer_in_a_field_grid_is_not_offered_as_the_provider(head: str) -> None:
    """A portal's certificate prints the technician's employer in a box of
    its grid, beside who certified the lessons; the school is in the band."""
    page = [
        _run("PRC", 200, 80, 60),
        _run("Pacific Restoration Contractors Association", 320, 90, 40),
        _run("CERTIFICATE OF COURSE COMPLETION", 400, 300, 50),
        _run("This certificate is awarded to", 500, 420, 30),
        _run("Thanh B. Nakamura", 500, 500, 80),
        _run(
            "has completed every lesson and the final assessment of the online course", 200, 640, 30
        ),
        _run("Xactimate Estimating Fundamentals", 400, 720, 56),
        _run("COMPLETION DATE", 200, 900, 24),
        _run("Jul 4, 2020", 200, 940, 30),
        _run(head, 200, 1100, 24),
        _run("CERTIFIED BY", 1300, 1100, 24),
        _run("Summit Water & Fire Recovery", 200, 1140, 30),
        _run("Lukasz Dvorak", 1300, 1140, 30),
    ]
    _, filled, offered = understand(page)
    provider = (filled | offered).get("provider")
    assert provider is not None and provider.value == "Pacific Restoration Contractors Association"


@pytest.mark.parametrize(
    "track", ["MOLD & INDOOR AIR TRACK", "STANDARDS UPDATE SERIES · SESSION 1 OF 3"]
)
def test_a_track_heading_over_the_session_is_not_its_title(track: str) -> None:
    """A show's session certificate names the track in small capitals over
    the session's own title; the session is what was attended."""
    page = [
        _run("DRYING SCIENCE SYMPOSIUM 2025 · EDUCATION SESSIONS", 500, 100, 30),
        _run("Certificate of Participation", 700, 250, 70),
        _run("This certifies that", 900, 400, 30),
        _run("Yusuf van der Berg", 800, 470, 70),
        _run("attended the education session", 850, 600, 30),
        _run(track, 880, 680, 27),
        _run("Inside the S500: What Changed", 750, 765, 56),
        _run("Presenter: Joaquin A. Fitzgerald-Hayes, WLS", 800, 860, 30),
        _run("This session was held on December 16, 2025, for 1.0 CEC hours.", 600, 940, 30),
    ]
    top, _ = pick(score_candidates(page, extract_fields(page)[0])["course_title"])
    assert top[1].value == "Inside the S500: What Changed"


def test_a_record_of_a_whole_track_keeps_the_track_as_its_title() -> None:
    """Credited as a whole, the track is the title: no session's title under it."""
    sketch = "# EDUCATION TRACK RECORD\nPARTICIPANT\n# EAMON OYELARAN\nEDUCATION TRACK CREDITED\n"
    sketch += "# STRUCTURAL DRYING DEEP-DIVE TRACK\n"
    sketch += "This record covers the full series; the credit applies to the series.\n"
    sketch += "Midwest Restoration Convention 2024 · 9-10 March 2024 · 6 CEC hours"
    assert best(sketch, "left", "course_title") == "STRUCTURAL DRYING DEEP-DIVE TRACK"


@pytest.mark.parametrize("opening", ["Re: Spring Regional Meeting", "Dear Colleague,"])
def test_the_company_in_a_letters_inside_address_is_not_the_provider(opening: str) -> None:
    """A letter addresses the technician at work: name, company, town, then
    the subject or the greeting. The sender is the letterhead."""
    sketch = "# HEARTLAND CLEANING ASSOCIATION\nAdvancing the cleaning and restoration trades\n"
    sketch += "April 4, 2022\nBrianna Kowalczyk\nRapid Dry Restoration, Inc.\nSpokane, WA\n"
    sketch += (
        f"{opening}\nThe Association hereby acknowledges that Brianna Kowalczyk attended the\n"
    )
    sketch += (
        "education session Reading a Psychrometric Chart on March 29, 2022, for 0.5 CEC hours.\n"
    )
    sketch += "Sincerely,\nCody G. Haugen\nExecutive Director"
    lines = lines_of(sketch)
    offered = {c.value for _, c in score_candidates(lines, extract_fields(lines)[0])["provider"]}
    assert "Rapid Dry Restoration, Inc." not in offered
    assert "HEARTLAND CLEANING ASSOCIATION" in offered


@pytest.mark.parametrize(
    "sentence",
    [
        "has completed every lesson and the final assessment of the online course",
        "has completed all lessons and passed the final exam for the course:",
        "successfully completed and received a passing grade in",
        "has successfully completed the continuing education activity",
    ],
)
def test_a_sentence_that_ends_leading_in_the_title_has_it_on_the_next_line(sentence: str) -> None:
    """The sentence ends with the words that lead the title in; the title is
    the line under it, shown for review (filled, or offered for one tap)."""
    page = [
        _run("PRC", 155, 121, 78),
        _run("Pacific Restoration Contractors Association", 337, 117, 38),
        _run("ELEARNING CAMPUS", 335, 185, 25),
        _run("CERTIFICATE OF COURSE COMPLETION", 324, 346, 49),
        _run("This certificate is awarded to", 835, 645, 34),
        _run("Thanh B. Nakamura", 721, 749, 122),
        _run(sentence, 390, 982, 32),
        _run("Xactimate Estimating Fundamentals", 584, 1072, 57),
        _run("IICRC CECS", 215, 1265, 21),
        _run("COMPLETION DATE", 1204, 1266, 22),
        _run("7", 214, 1309, 32),
        _run("Jul 4, 2020", 1203, 1311, 32),
    ]
    _, shown = offered(page)
    assert shown["course_title"].value == "Xactimate Estimating Fundamentals"


def test_a_title_under_a_sentence_ending_in_a_preposition_keeps_its_school_apart() -> None:
    """'… completed the course in' / the title / 'at Mid-Atlantic Indoor Air
    Council': the title is the line under the sentence, without the school."""
    sketch = "Course Completion Certificate\nThis is to certify that\n# SØREN D. VAN HORN\n"
    sketch += "has successfully completed the course in\nUpholstery and Fabric Cleaning (UFT)\n"
    sketch += "at Mid-Atlantic Indoor Air Council\nunder the supervision of\nRhys J. Okonkwo\n"
    sketch += "IICRC Approved Instructor\nfor a total of 14.0 Hours\non Thursday, May 11, 2023\n"
    sketch += "Rhys J. Okonkwo - IICRC Approved Instructor"
    assert best(sketch, "center", "course_title") == "Upholstery and Fabric Cleaning (UFT)"


@pytest.mark.parametrize(
    ("mark", "name"),
    [
        ("[CRS]", "Cleaning & Restoration Summit 2025"),
        ("MIAC", "Mid-Atlantic Indoor Air Council"),
    ],
)
def test_a_logos_initials_over_a_name_make_it_the_issuer(mark: str, name: str) -> None:
    """A wordmark: the initials set over the name they stand for say whose
    page it is."""
    page = [
        _run(mark, 1100, 80, 70),
        _run(name, 800, 170, 34),
        _run("CERTIFICATE OF ATTENDANCE", 700, 330, 60),
        _run("This certificate is presented to", 880, 480, 32),
        _run("Siobhan Okonkwo", 850, 560, 80),
        _run("for attending", 1000, 700, 32),
        _run("Drying Dense Materials Without Demolition", 650, 780, 50),
        _run("March 12, 2025 · 2 CEC hours", 900, 900, 32),
        _run("Dana Brooks, Education Director", 200, 1300, 28),
    ]
    assert offered(page)[1]["provider"].value == name


def test_the_iicrcs_initials_make_no_one_the_issuer() -> None:
    page = [
        _run("IICRC", 1100, 80, 70),
        _run("Institute of Inspection, Cleaning and Restoration Certification", 600, 170, 34),
    ]
    assert not any(role == "provider" for role, *_ in cue_spans(Page(page)))


def _box(text: str, left: int, top: int, right: int, bottom: int) -> Line:
    word = Word(text, left, top, right - left, bottom - top, 0.95)
    return Line([word], text, left, top, right, bottom, bottom - top, 0.95)


def test_a_small_caption_beside_a_larger_value_on_its_baseline_labels_it() -> None:
    """A sign-in slip's caption in small type beside its answer in larger
    type: one row, though the caption's middle sits below the answer."""
    page = [
        _box("Great Lakes Cleaning & Restoration Association", 48, 40, 600, 66),
        _box("Verification of Attendance", 48, 110, 420, 140),
        _box("Attendee", 48, 190, 130, 206),
        _box("Benoit S. Fitzgerald-Hayes", 160, 180, 460, 206),
        _box("Course title", 48, 335, 148, 351),
        _box("Commercial Drying Specialist", 171, 321, 467, 342),
        _box("Class date", 48, 416, 137, 433),
        _box("June 20, 2021", 160, 403, 294, 419),
        _box("CECs", 680, 418, 724, 433),
        _box("7.5", 750, 416, 790, 433),
    ]
    # Filled or offered for one tap: the caption chose it either way.
    assert offered(page)[1]["course_title"].value == "Commercial Drying Specialist"


def test_a_title_the_sentence_carries_over_the_line_is_taken_whole() -> None:
    # "the training course" leads in: the title is "Confined Space Awareness",
    # never the two words left on the first line.
    sketch = """
Completion Certificate
This certifies that
Rhys L. Kaczmarek
has attended and satisfactorily completed the training course Confined Space
Awareness, with the final module completed on Aug 6, 2025, and is credited with 6
Hours toward IICRC certification and renewal.
"""
    assert best(sketch, "left", "course_title") == "Confined Space Awareness"
    assert fields(sketch, "left").get("course_title") in (None, "Confined Space Awareness")


def test_a_range_wrapped_over_two_lines_gives_its_last_day_only() -> None:
    sketch = """
Certificate of completed training
Aoife Gallagher
attended, from September 9, 2025 to September 12,
2025, the 14 hour training
Applied Microbial Remediation Technician
"""
    lines = lines_of(sketch, "left")
    offered = {c.value for _, c in score_candidates(lines, "course")["completion_date"]}
    assert offered == {"2025-09-12"}  # the first day is where the range starts


@pytest.mark.parametrize(
    "sketch",
    [
        "Course name\nOdor Control Technician\nDate completed\n10/20/2020\nHours\n12.5 CEC hours",
        "For completing learning course :\nOdor Control Technician\nIICRC CECs: 16",
        "COURSE\nOdor Control Technician\nCOURSE TRACKING #\nCE-7263",
        "Training:\nOdor Control Technician\nEmployer: BlueLine Cleaning Co.",
        "Training:\nOdor Control Technician\nDelivery: In person",
    ],
)
def test_a_title_is_not_run_on_into_the_label_under_it(sketch: str) -> None:
    # The row under it is the table's next row: "Odor Control Technician Date
    # completed" stood as a rival and kept the title from being filled.
    lines = lines_of(sketch, "left")
    offered = {c.value for _, c in score_candidates(lines, "course")["course_title"]}
    assert "Odor Control Technician" in offered
    assert not [v for v in offered if v.startswith("Odor Control Technician ")]


CARD = """
EDUCATION SESSION - ATTENDANCE
For IICRC continuing education credit
ATTENDEE | Odalys Abernathy
CERT. # | 387788
SESSION | {title}
{under}
CECS | 1
12/08/2024
"""


@pytest.mark.parametrize(
    "under",
    ["INSTRUCTOR | José Luis Rourke", "PRESENTER | Dale Wójcik", "SPEAKER | Noémie Le Blanc"],
)
def test_a_title_in_a_form_is_not_run_on_into_the_next_fields_value(under: str) -> None:
    """The person under the session's title has a label of their own beside
    them: review shows the title alone, not "… Five Minutes José Luis Rourke"."""
    sketch = CARD.format(title="Reading a Psychrometric Chart in Five Minutes", under=under)
    shown = offered(lines_of(sketch, "left"))[1]
    assert shown["course_title"].value == "Reading a Psychrometric Chart in Five Minutes"


def test_a_title_in_a_form_that_wraps_is_still_shown_whole() -> None:
    title = "Drying Hardwood Floors with Heat and\n | Negative Pressure Mats"
    sketch = CARD.format(title=title, under="INSTRUCTOR | José Luis Rourke")
    shown = offered(lines_of(sketch, "left"))[1]
    assert shown["course_title"].value == (
        "Drying Hardwood Floors with Heat and Negative Pressure Mats"
    )


def dates_offered(sketch: str) -> set[str]:
    lines = lines_of(sketch, "left")
    return {c.value for _, c in score_candidates(lines, "course")["completion_date"]}


def test_a_birthday_or_a_date_decades_before_the_others_is_no_completion_date() -> None:
    assert dates_offered(
        "Cert level: MWR (Master Water Restorer) DOB: 04/08/1981\nCompleted on Sep 26, 2020"
    ) == {"2020-09-26"}
    assert dates_offered(
        "Member since March 1, 1995\nCompleted: 2020-09-26\nPrinted 2021-02-28"
    ) == {"2020-09-26", "2021-02-28"}
    # A far expiry does not make the course's own date look old.
    assert "2026-01-10" in dates_offered("Completed: 2026-01-10\nValid through: 2099-12-31")


def test_a_confirmation_of_a_seat_in_a_class_to_come_records_no_one() -> None:
    # As OCR reads it: "will" and "emailed" lose a letter.
    sketch = """
Registration Confirmed: Color Repair Technician (CRT)
Dear Yusuf Nakamura,
Good news your registration is complete and your seat is confirmed.
Course: Color Repair Technician (CRT)
Dates: Apr 27 - 29, 2022
Credit: 21 IICRC CECs
Your certificate of attendance wil be emaled after the class.
"""
    assert kind(sketch) == "other"


LESSONS = """
# Course completion status
Restoration Academy Online
Learner:  |  Ana Pereira
Course:  |  Carpet Cleaning Technician
Lesson 1: Fibre identification  |  Completed: 12 March 2020
Lesson 2: Cleaning chemistry  |  Completed: 13 March 2020
Final quiz  |  Completed: 15 March 2020
Printed 02/04/2021
"""


def test_lessons_completed_day_by_day_end_on_the_last() -> None:
    # Each lesson's "Completed" is a day of the course; it ended on the last.
    assert best(LESSONS, "left", "completion_date") == "2020-03-15"
    assert fields(LESSONS, "left").get("completion_date") in (None, "2020-03-15")


def test_a_title_wrapped_onto_a_short_taller_line_is_read_whole() -> None:
    # A line finder's box round a short last word stands taller than the text.
    lines = lines_of(
        """
        Cleaning & Restoration Summit 2024
        # Claim Credits
        Session
        Reading a Psychrometric Chart in Five
        Minutes
        """,
        "left",
    )
    tail = lines[-1]
    lines[-1] = msgspec.structs.replace(tail, bottom=tail.bottom + 28, size=tail.size * 1.9)
    found = score_candidates(lines, "session")["course_title"]
    assert "Reading a Psychrometric Chart in Five Minutes" in {c.value for _, c in found}


def test_a_class_ends_on_the_last_of_its_dates() -> None:
    # The log's first row is a day of the class, not the day it was completed.
    sketch = """
    Summit Drying Academy
    STUDENT COURSE RECORD
    Student: Dana Whitfield
    Course: Fire and Smoke Restoration
    Class dates: December 15 to 16, 2020
    Date | Topics covered | Hours
    15 December 2020 | Residues and the chemistry of combustion | 7
    16 December 2020 | Cleaning methods, deodorization, contents | 7
    Total hours attended: 14
    """
    assert best(sketch, "left", "completion_date") == "2020-12-16"


def test_a_session_keeps_its_day_within_the_show() -> None:
    # A guard: a show's days are no class's days.
    sketch = """
    Water Loss Conference 2023
    Event dates: June 6 to 8, 2023
    Attendee: Dana Whitfield
    Session: Hydroxyl vs. Ozone: A Field Comparison
    Session date: June 7, 2023
    Credit: 1 CEC
    """
    assert best(sketch, "left", "completion_date") == "2023-06-07"


def test_a_date_wrapped_in_a_narrow_cell_is_read_whole() -> None:
    # "Jan 25," over "2024", the two boxes overlapping as a line finder draws them.
    lines = lines_of(
        """
        Cleaning & Restoration Summit 2024
        Credit Claim Confirmation
        Learner: Odalys Haugen
        Session | Date | Credits
        Reading a Psychrometric Chart | Jan 25, | 2
        """,
        "left",
    )
    cell = next(ln for ln in lines if ln.text == "Jan 25,")
    year = msgspec.structs.replace(
        cell, text="2024", top=cell.top + 12, bottom=cell.bottom + 12, words=[]
    )
    lines.insert(lines.index(cell) + 1, year)
    found = score_candidates(lines, "session")["completion_date"]
    assert "2024-01-25" in {c.value for _, c in found}


def test_a_letter_is_written_to_its_holder() -> None:
    # Only the greeting names the holder; the presenter signs, the moderator is named.
    sketch = """
    Restoration Industry Expo 2024
    Education Office · 290 Pecos Rd, Las Vegas, NV 89120
    August 14, 2024
    Subject: Attendance at my education session
    Dear Krystal de la Cruz:
    As the presenter of "Safety Stand-Down for Restoration Crews", I confirm
    that you attended the session in full on July 24th, 2024.
    Attendance was taken at the door by the session moderator, Rusty Baptiste.
    Sincerely,
    Ana Thibodeaux
    Session Presenter
    """
    assert best(sketch, "left", "holder_name") == "Krystal de la Cruz"


@pytest.mark.parametrize(
    "day", ["on Friday", "on Wednesday, January 15", "on Saturday the 14th of March"]
)
def test_a_title_ends_before_the_weekday_it_was_given_on(day: str) -> None:
    sketch = f"""
    Water Loss Conference 2026
    Dear Noemie Pham,
    Thank you for stopping by our booth. This confirms that you completed the
    IICRC Booth Registration {day} at the show.
    2 CEC hours will be reported to the IICRC.
    """
    title = offered(lines_of(sketch, "left"))[1].get("course_title")
    assert title is not None and title.value == "IICRC Booth Registration"


PLAIN_CERTIFICATE = """
# Certificate of Completion
This certifies that
## Marisol Baptiste
has completed
## Applied Structural Drying
Three Rivers Restoration College
Completed: March 14, 2026
IICRC CECs: 7
"""


def test_a_page_read_unsurely_all_round_makes_its_values_less_sure() -> None:
    """The same values, each read as surely, on a page whose other lines OCR
    doubted: what else it misread there makes the picks less sure."""
    values = ("Marisol", "Applied", "Three Rivers", "March", "CECs")

    def provider_confidence(doubt: float) -> float:
        lines = lines_of(PLAIN_CERTIFICATE, "center")
        for line in lines:
            if not any(v in line.text for v in values):
                line.conf = doubt
        # Unrounded: the app shows two digits.
        (p, top), rival = pick(score_candidates(lines, "course")["provider"])
        assert top.value == "Three Rivers Restoration College"
        return calibrated("provider", p, rival, top.features)

    assert provider_confidence(0.5) < provider_confidence(0.95)


# A letter from the booth's certification office: its department heads the
# page, and the show is named only in a sentence (a cue no model is fitted on).
BOOTH_LETTER = [
    ("IICRC", 390, 73, 13),
    ("CERTIFICATION SERVICES", 287, 110, 17),
    ("1420 Industrial Pkwy, Suite 200 · Spokane, WA 99202 · (621) 759-7727", 239, 127, 11),
    ("November 10, 2023", 84, 186, 13),
    ("Marisol Schröder", 84, 226, 14),
    ("Dear Registrant,", 84, 298, 14),
    (
        "Thank you for stopping by the IICRC booth at the Water Loss Conference 2023, "
        "held Oct. 13-14, 2023 at",
        84,
        334,
        14,
    ),
    (
        "Baltimore Convention Center. Our records show that you completed booth "
        "registration during the show.",
        84,
        356,
        14,
    ),
    (
        "Booth registration at an approved trade show qualifies for 2 CECs, which we "
        "have applied to your record.",
        84,
        392,
        14,
    ),
    ("IICRC Booth Registration", 93, 447, 12),
    ("Kind regards,", 84, 532, 14),
    ("Noémie Castañeda", 84, 600, 14),
    ("Certification Specialist", 84, 622, 14),
]


def test_a_likelier_show_named_in_a_sentence_keeps_the_heading_from_being_filled() -> None:
    """The show is never filled from the sentence alone, but it still stands
    against the department heading the page: that is not sure enough to fill."""
    words = []
    for text, x, y, size in BOOTH_LETTER:
        for token in text.split():
            width = round(len(token) * size * 0.5)
            words.append(Word(token, x, y, width, size, 0.95))
            x += width + round(size * 0.5)
    lines = build_lines(words)
    for line in lines:
        line.alt = line.text
    _, filled = extract_fields(lines)
    assert "provider" not in filled


def test_a_particulars_row_does_not_run_on_to_the_next_rows_value() -> None:
    """A letter's particulars: labels in one column, each value after a colon
    in the next. The row under the title's is the standard's, not the title's
    second line."""
    sketch = """
    # LETTER OF ATTESTATION
    This is to attest that EARL R. JIMÉNEZ attended the course described below.
    Discipline | : Textile Cleaning
    Course Code | : UFT-4980
    Course Title | : Upholstery and Fabric Cleaning Technician
    Standard | : ANSI/IICRC S300, Professional Upholstery Cleaning
    Duration | : 2 days
    Course Dates | : From Jun. 13 – 14, 2021
    """
    assert best(sketch, "left", "course_title") == "Upholstery and Fabric Cleaning Technician"
