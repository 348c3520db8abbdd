"""What a page's words as a whole say it is (`record_words.py`), where the
kind rules alone are wrong, in the wordings of the corpus's tuning families;
and the words a page is weighed by."""

from __future__ import annotations

import pytest

from server.ocr.fields import extract_fields
from server.ocr.kinds import rules_kind
from server.ocr.record_words import page_words
from tests.ocr.pages import lines_of, offered

UNNAMED_PAPERS = {
    # It names the candidate, the test and the date, and says "certificate".
    "a failed exam's score report": """
    Coastal Restoration Training
    Sitting 2 · ID 480213 | Candidate Portal
    Carpet Repair and Reinstallation Technician Report
    Renata Oyelaran, you did not reach the passing standard on this attempt.
    You answered 58 out of 100 questions correctly; the pass mark is 70 out of 100.
    Candidate: | Date:
    Renata Oyelaran | March 4, 2025
    Test: | Questions:
    Carpet Repair and Reinstallation Technician | 100
    Status: | Time taken:
    Failed | 41 minutes
    CONTENT AREA | ITEMS | CORRECT | SCORE
    Contamination and containment | 20 | 12 | 60%
    Principles and terminology | 27 | 17 | 63%
    Customer and job management | 14 | 9 | 64%
    Safety and health | 18 | 10 | 56%
    Equipment and procedures | 21 | 14 | 67%
    A passing score is 70 of 100 (70%). No certificate, card or continuing education
    credit is issued for this attempt.
    You may sit the exam again on or after 04/04/2025. The retake fee applies.
    Paulo Ferris | March 6, 2025
    Exam proctor | Report printed
    """,
    # It names a show, its dates and the firm it thanks, and says "presented to".
    "a sponsor's recognition": """
    GREAT LAKES RESTORATION SUMMIT 2025
    Sponsor Recognition
    proudly presented to
    RIVERBEND DRYING SUPPLY
    EXHIBITOR · BOOTH 212
    In grateful recognition of your generous support of the Great Lakes Restoration Summit
    2025, 9 to 11 May 2025, Cobo Center.
    Ida Brennan    Tomás Ruiz
    Event Chair    President
    """,
    # It names the course, the trainer, the credit and the provider.
    "a webinar's slide handout": """
    Applied Structural Drying Refresher
    05/12/2025
    LIVE WEBINAR
    How to earn credit
    Applied Structural Drying Refresher
    Credit is for live attendance only
    One login per attendee, using the e-mail you registered with
    Pass the post-test with 70% or better
    Allow 2–3 weeks for the credit to show on your record
    Renata Oyelaran
    Technical Trainer
    May 19, 2025 · 10:00 AM CT
    Approved for
    3 CEC
    Riverbend Drying Supply
    3
    Notes
    Notes
    © 2025 Riverbend Drying Supply. For registered participants only; not proof of attendance.
    Page 2
    """,
    # It names a registrant, a show and the classes booked there, with their credit.
    "a show's visa invitation letter": """
    Great Lakes Restoration Summit 2025 · Cobo Center
    May 9 – 11, 2025
    Education · Exhibits · Networking
    Date March 3, 2025
    Our reference INV-204117
    Registrant Paulo Ferris
    Passport country Portugal
    INVITATION LETTER
    This letter confirms that Paulo Ferris of Portugal has registered to attend Great Lakes
    Restoration Summit 2025, to be held at the venue above from May 9, 2025 to May 11, 2025.
    As part of the registration, the following classes were booked:
    Drying Hardwood Floors Without Cupping (2 CEC hours offered)
    Odor Control After a Fire (3 CEC hours offered)
    Pre-show course WRT – Water Damage Restoration Technician, 19 CECs on successful completion
    Credit for any session is awarded only after attendance is scanned at the door and recorded
    by the show; this letter does not confirm attendance or credit.
    The show does not provide financial support, travel or accommodation.
    Regards,
    Ida Brennan
    Registration Manager, Great Lakes Restoration Summit 2025
    """,
}


@pytest.mark.parametrize("sketch", UNNAMED_PAPERS.values(), ids=UNNAMED_PAPERS.keys())
def test_a_paper_of_no_one_the_rules_let_through_records_no_one(sketch: str) -> None:
    lines = lines_of(sketch, "left")
    assert rules_kind(" ".join(ln.text for ln in lines).lower()) != "other"  # the rules alone
    assert extract_fields(lines) == ("other", {})


def test_numbers_are_one_word_and_neighbours_are_weighed_as_pairs() -> None:
    assert page_words("Earned 14 CEC hours on 3/4/2025") == {
        "earned", "0", "cec", "hours", "on",
        "earned 0", "0 cec", "cec hours", "hours on", "on 0", "0 0",
    }  # fmt: skip


# Records of one session at a show that the kind rules alone take for a
# course's: a lecture or a seminar attended at a show, an association's
# education session at a forum.
SESSIONS_THE_RULES_MISS = {
    "a lecture attended at a show": """
    Lakeshore Flooring Expo 2025
    This is to certify that
    Renata Oyelaran
    Attended the Drying Hardwood Floors After a Water Loss lecture
    On 03/05/2025
    1 CEC hours · approval 51877 · www.lakeshoreflooringexpo.com
    """,
    "an association's education session at a forum": """
    Mar. 4 - 5, 2025 | GULF COAST RESTORATION FORUM 2025 | Houston Marriott
    CERTIFICATE OF PARTICIPATION
    Prairie Cleaning & Restoration Association certifies that
    Ms. Renata Oyelaran
    participated in the education session
    Moisture Mapping Made Simple
    presented by Paulo Ferris
    March 4th, 2025
    This activity has been reviewed and approved for a maximum of 1 CEC hours* by the
    State Board of Home Inspectors.
    Gloria Achebe, Director of Education
    * This live session, code E-212, has been reviewed by the State Board of Home
    Inspectors. Attendees should claim only the credit commensurate with the extent of
    their participation. Keep this certificate for your renewal records.
    """,
}


@pytest.mark.parametrize(
    "sketch", SESSIONS_THE_RULES_MISS.values(), ids=SESSIONS_THE_RULES_MISS.keys()
)
def test_a_session_record_the_rules_take_for_a_course_is_a_session(sketch: str) -> None:
    lines = lines_of(sketch, "left")
    assert rules_kind(" ".join(ln.text for ln in lines).lower()) == "course"  # the rules alone
    kind, _ = extract_fields(lines)
    assert kind == "session"


# Records that also print the signs of a paper around a course (what it
# cost, how it is paid back): the rules alone take them for papers of no one,
# though their words as a whole make them surely records.
RECORDS_WITH_SIGNS = {
    "an employer's training form with the course's cost": """
    FORM HR-T1 Bluewater Carpet & Upholstery Care
    88 Harbor View Rd, Tacoma, WA 98402 · (669) 828-9922 Rev. 01/2020
    PERSONNEL FILE COPY
    TRAINING COMPLETION RECORD
    SECTION A – EMPLOYEE
    Employee name Hélène Lindqvist Employee no. 8567 Position / crew Estimator
    SECTION B - TRAINING COMPLETED
    Course / training title Fire and Smoke Restoration Technician
    Date completed Sep 6, 2020
    Training provider Southeastern Carpet Cleaners Guild
    Instructor Aoife D. Castañeda
    Credit hours 14
    Type of training In-house ☑ Outside Classroom Online Manufacturer
    Location Chicago, IL $895 Cost
    SECTION C – VERIFICATION
    Employee signature Supervisor Entered in training log (HR) / date
    H. Lindqvist Krystal Oyelaran 9/12/20
    Comments Passed exam - cert to follow
    Return this form to the office within 5 days of completing training.
    Reimbursement requires proof of completion.
    """,
}


@pytest.mark.parametrize("sketch", RECORDS_WITH_SIGNS.values(), ids=RECORDS_WITH_SIGNS.keys())
def test_a_record_its_words_make_sure_of_is_no_paper_of_no_one(sketch: str) -> None:
    lines = lines_of(sketch, "left")
    assert rules_kind(" ".join(ln.text for ln in lines).lower()) == "other"  # the rules alone
    kind, fields = offered(lines)
    assert kind == "course"
    # Its signs no longer weigh against its values either.
    assert fields["completion_date"].value == "2020-09-06"
