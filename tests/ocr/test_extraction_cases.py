"""Field extraction on whole pages at the text level, in the wordings of the
corpus's tuning families: running sentences with no labels, letters, tables,
slips and forms, with signers, instructors and other dates around the values.

Each case names the values a technician would type from the page. A value the
reader fills must be one of them (a wrong value is worse than a blank); the
ones marked `must` are plain enough that leaving them blank is a failure too.
"""

from __future__ import annotations

import pytest

from server.ocr.fields import extract_fields
from tests.ocr.pages import lines_of, offered

CASES = [
    (
        "a room monitor's form, each caption over its box",
        """
        WATER LOSS CONFERENCE 2019
        CE Session Verification
        Attendee name (print) | Certification no.
        Aoife Baptiste | 252762
        Title of session | Presenter
        Hydroxyl vs. Ozone: A Field Comparison | DeShawn Moreau
        Session date | Room
        September 15, 2019 | Room 114
        TIME IN | TIME OUT
        3:23 PM | 4:31 PM
        CEC HOURS CLAIMED | MONITOR INITIALS
        1.0 | FdlC
        """,
        "left",
        {
            "holder_name": "Aoife Baptiste",
            "course_title": "Hydroxyl vs. Ozone: A Field Comparison",
            "provider": "WATER LOSS CONFERENCE 2019",
            "completion_date": "2019-09-15",
            "hours": 1.0,
        },
        {"completion_date", "hours"},
    ),
    (
        "a course's days said only as the days it was held",
        """
        Heartland Cleaning Association
        # Certificate of Completion
        This is to certify that
        # Dale Okonkwo
        has attended the course Applied Structural Drying,
        held July 31 - August 1, 2021 in Columbus, OH.
        Issued August 9, 2021
        14 CEC hours
        Signed, Ana Ruiz · Director of Education
        """,
        "center",
        {
            "holder_name": "Dale Okonkwo",
            "course_title": "Applied Structural Drying",
            "provider": "Heartland Cleaning Association",
            "completion_date": "2021-08-01",
            "hours": 14.0,
        },
        {"completion_date"},
    ),
    (
        "sentence with the date in words",
        """
        Ridgeline Training Group, Inc.
        # Certificate of Training
        This is to certify that
        # Tomás Ó Súilleabháin
        has satisfactorily completed the requirements of
        # Bloodborne Pathogens for Cleanup Crews
        On the fifth Day of March In the Year 2026
        At: Ridgeline Training Group, Inc., Denver, CO.
        7 CEC hours
        Signed, Dale Abernathy · Director of Education
        """,
        "center",
        {
            "holder_name": "Tomás Ó Súilleabháin",
            "course_title": "Bloodborne Pathogens for Cleanup Crews",
            "provider": "Ridgeline Training Group, Inc.",
            "completion_date": "2026-03-05",
            "hours": 7.0,
        },
        {"completion_date", "hours", "provider"},
    ),
    (
        "one running sentence, no labels",
        """
        # Certificate of Completion
        This certifies that Ana Núñez-García has completed Applied Microbial Remediation
        presented by Keystone Indoor Environmental Institute on March 5, 2026
        and earned 14 CEC hours.
        Lindsay Park, Instructor
        """,
        "left",
        {
            "holder_name": "Ana Núñez-García",
            "course_title": "Applied Microbial Remediation",
            "provider": "Keystone Indoor Environmental Institute",
            "completion_date": "2026-03-05",
            "hours": 14.0,
        },
        {"completion_date", "hours"},
    ),
    (
        "a letter to the holder",
        """
        # Vortex Extraction Systems, Inc.
        1420 Industrial Pkwy, Suite 200 · Spokane, WA 99202 · (557) 245-5468
        January 8, 2019
        Ms. Clint Haugen
        1180 Riverside Dr
        Columbus, OH 43215
        Subject: Verification of course attendance
        Dear Ms. Haugen,
        This letter confirms that you attended Health and Safety Technician on January 6th, 2019 and
        earned 3.5 CEC hours.
        Sincerely,
        Ngozi Yoon
        Director of Education, Vortex Extraction Systems
        """,
        "left",
        {
            "holder_name": "Clint Haugen",
            "course_title": "Health and Safety Technician",
            "provider": "Vortex Extraction Systems, Inc.",
            "completion_date": "2019-01-06",
            "hours": 3.5,
        },
        {"hours", "provider"},
    ),
    (
        "a record table under a letterhead",
        """
        LAKESHORE RESTORATION
        # EDUCATION CENTER
        Training Record
        Name  |  IICRC Registrant #
        María José Kaczmarek III  |  C5822641
        Course  |  IICRC Course Approval #
        Drying Crawlspaces and Basements  |  CE-2340
        Instructor  |  Date Completed  |  Credit
        Jean-Luc Rourke  |  2020-01-15  |  2.5 CECs
        Lakeshore Restoration Education Center · 88 Harbor View Rd, Tacoma, WA 98402
        """,
        "left",
        {
            "holder_name": "María José Kaczmarek III",
            "course_title": "Drying Crawlspaces and Basements",
            "provider": "Lakeshore Restoration Education Center",
            "completion_date": "2020-01-15",
            "hours": 2.5,
            "approval_number": "CE-2340",
        },
        {"completion_date", "hours"},
    ),
    (
        "a trade-show session form",
        """
        CEC EVENT ATTENDANCE FORM
        Attendee name (print): Joaquín de la Cruz
        IICRC Certificant #: 834180
        Event name: Southwest Cleaning Show 2021
        Session / course attended: Reading a Psychrometric Chart in Five Minutes
        Date(s): Apr 5, 2021  |  CEC hours: 1.5
        Event approval #: 22290  |  Instructor: Björn MacDonald
        Event organiser verification — Signature: Siobhán Rourke Printed name: Siobhán Rourke
        """,
        "left",
        {
            "holder_name": "Joaquín de la Cruz",
            "course_title": "Reading a Psychrometric Chart in Five Minutes",
            "provider": "Southwest Cleaning Show 2021",
            "completion_date": "2021-04-05",
            "hours": 1.5,
            "approval_number": "22290",
        },
        {"completion_date", "hours"},
    ),
    (
        "contact hours beside CEC hours, a range of days",
        """
        # Attendance Certificate
        Gulf Coast Drying Institute certifies that
        # Agnieszka Ferreira, CR
        has participated in the live activity titled
        # WRT – Water Damage Restoration Technician
        held March 2-4, 2026
        The activity was designated for 21 contact hours / 19 CECs.
        Release date: 02/27/2026  |  Expiration date: 05/31/2027
        Dolores E. Haugen, President
        """,
        "center",
        {
            "holder_name": "Agnieszka Ferreira",
            "course_title": "WRT – Water Damage Restoration Technician",
            "provider": "Gulf Coast Drying Institute",
            "completion_date": "2026-03-04",
            "hours": 19.0,
        },
        set(),  # never the 21 contact hours; blank is fine
    ),
    (
        "a quoted title in a sentence, under the name of its programme",
        """
        Harbor City Cleaning Academy
        # Certificate of Attendance
        RESTORATION PROJECT MANAGER CERTIFICATE PROGRAM
        This certifies that Mei Lindqvist took part as a participant in the course
        "Odor Control Technician" (OCT), taught by Dana Brooks, CR,
        organised by Harbor City Cleaning Academy on June 2, 2025.
        Hours: 7
        """,
        "left",
        {
            "holder_name": "Mei Lindqvist",
            "course_title": "Odor Control Technician",
            "provider": "Harbor City Cleaning Academy",
            "completion_date": "2025-06-02",
            "hours": 7.0,
        },
        {"completion_date", "hours"},
    ),
    (
        "a session's day printed without its year, under the show's dates",
        """
        # Midwest Restoration Convention 2021
        Jan. 18 to 20, 2021 · Las Vegas Convention Center
        Continuing Education Verification
        Name: Thanh Lindqvist
        Badge ID: 253838
        Hydroxyl vs. Ozone: A Field Comparison
        Speaker: Mary Ellen Núñez-García
        Tuesday, January 19 · 4:00 PM
        Hours earned: 0.5 CEC hours
        Credit is awarded only for sessions attended in full.
        """,
        "left",
        {
            "holder_name": "Thanh Lindqvist",
            "course_title": "Hydroxyl vs. Ozone: A Field Comparison",
            "provider": "Midwest Restoration Convention 2021",
            "completion_date": "2021-01-19",
            "hours": 0.5,
        },
        {"hours"},  # never the show's last day
    ),
    (
        "an email that confirms a booth visit, sent days later, its month misread",
        """
        Your booth visit has been recorded
        From: Education Desk
        Sent: Thursday, February 26, 2026 9:14 AM
        To: Dolores F. St. Clair
        Thank you for stopping by the certification booth at the Restoration Industry Expo 2026.
        Your badge was scanned and your visit has been added to your continuing education record.
        Visit date
        14 Febraary 2026
        Activity
        IICRC Booth
        CECs earned
        1.0 CEC
        """,
        "left",
        {
            "holder_name": "Dolores F. St. Clair",
            "course_title": "IICRC Booth",
            "provider": "Restoration Industry Expo 2026",
            "completion_date": "2026-02-14",
            "hours": 1.0,
        },
        {"completion_date", "hours"},  # never the day it was sent
    ),
]


@pytest.mark.parametrize(
    ("sketch", "align", "truth", "must"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fills_only_right_values(sketch: str, align: str, truth: dict, must: set) -> None:
    lines = lines_of(sketch, align)
    kind, found = extract_fields(lines)
    assert kind != "other", "a record taken for a paper that records no one"
    got = {name: field.value for name, field in found.items()}
    wrong = {name: value for name, value in got.items() if truth.get(name) != value}
    assert not wrong, f"filled wrong values: {wrong}"
    # The plainest are filled, or offered for one tap where the calibration
    # part's layouts do not make them sure enough to fill.
    shown = {name: field.value for name, field in offered(lines)[1].items()}
    assert {name: shown.get(name) for name in must} == {name: truth[name] for name in must}
    for field in found.values():
        assert 0 <= field.confidence <= 1 and lines[field.line].text


def test_a_meeting_whose_dinner_carries_no_credit_still_records_its_session() -> None:
    certificate = """
    Gateway Chapter of Restoration Professionals
    Fall Education Dinner at the Midwest Restoration Convention 2023
    # Certificate of Training
    This certifies that
    Dana Okafor
    has attended the technical session Inside the S500: What Changed, given by
    Zoë Haugen, at the meeting held on December 2, 2023.
    1.5 CEC Hours Awarded
    Dinner and the business meeting carry no credit.
    """
    kind, _ = extract_fields(lines_of(certificate, "left"))
    assert kind == "session"


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            """
            NORTHSTAR DRYING SERVICES
            # Course Completion Record
            Employee: Dana Okafor
            Course: Applied Structural Drying
            Provider: Gulf Coast Drying Institute
            Completed: March 14, 2024
            Classroom instruction | 14 h
            Hands-on lab | 7 h
            Breaks and meals | 3 h
            IICRC CECs awarded: 21
            Breaks and meals are not instructional time and carry no credit.
            Certified by the training coordinator, Dale Fitzgerald-Hayes
            """,
            "course",
        ),
        (
            """
            # EMPLOYEE TRAINING HISTORY
            Employee: Dolores Thibodeaux
            Date | Training | Provider | Credit
            05/23/2020 | Inside the S500: What Changed | Restoration Industry Expo 2021 | 1.5 CEC
            02/11/2020 | Ladder Safety | In-house | none
            In-house trainings above carry no IICRC continuing education credit.
            Certified from the session certificate the employee turned in.
            """,
            "session",
        ),
    ],
    ids=["breaks and meals", "in-house trainings"],
)
def test_a_record_that_says_what_else_carries_no_credit_is_a_record(
    record: str, expected: str
) -> None:
    kind, _ = extract_fields(lines_of(record, "left"))
    assert kind == expected


def test_a_track_whose_single_sessions_carry_no_separate_credit_is_a_session_record() -> None:
    record = """
    SOUTHWEST RESTORATION CONVENTION 2024
    # Track Completion Record
    Participant: Dana Okafor
    Series completed: Mold Remediation Technical Track
    Day | Time | Session | Presenter | Length
    4/16 | 9:00 AM | Containment That Holds | Zoë Haugen | 60 min
    4/16 | 1:00 PM | Air Sampling Basics | Luis Ortega | 60 min
    4/17 | 9:00 AM | Clearance and Hand-off | Mae Tran | 60 min
    Total credit, whole track: 3 CEC hours
    Single sessions from this track carry no separate credit.
    """
    kind, _ = extract_fields(lines_of(record, "left"))
    assert kind == "session"


def test_a_statement_of_attendance_timed_by_the_door_scanners_is_a_record() -> None:
    statement = """
    # Statement of Attendance
    Water Loss Conference 2024
    Attendee: Dana Okafor
    Session: Drying Hardwood Floors
    Segment | Scanned in | Scanned out | Minutes
    First half | 9:00 AM | 9:45 AM | 45 min
    Second half | 10:00 AM | 10:45 AM | 45 min
    CEC hours credited | 1.5
    """
    kind, _ = extract_fields(lines_of(statement, "left"))
    assert kind == "session"


def test_a_record_that_names_what_is_no_proof_beside_it_is_a_record() -> None:
    statement = """
    Gulf Coast Restoration Forum 2025
    # Statement of Attendance
    This statement is issued in place of a certificate.
    PARTICIPANT: RENATA OYELARAN
    SESSION: Moisture Mapping Made Simple
    DATE: Tuesday, March 4, 2025 | ROOM 210B
    SEGMENT | SCANNED IN | SCANNED OUT | MINUTES
    1 | 10:40 AM | 11:25 AM | 45
    2 | 11:40 AM | 12:32 PM | 52
    Credit granted: 1.5 hours
    Provide this statement to your certifying body if asked. A program, badge or
    receipt alone is not proof of attendance.
    """
    kind, _ = extract_fields(lines_of(statement, "left"))
    assert kind != "other"


def test_a_memo_whose_receipt_is_attached_is_a_record() -> None:
    memo = """
    Northgate Restoration Co.
    INTEROFFICE MEMO
    TO: IICRC Renewals Department
    FROM: Paulo Ferris, Production Manager
    RE: Verification of education session attendance
    Please accept this memo as proof that Renata Oyelaran, a water mitigation technician
    with Northgate since 2019, attended an education session at Gulf Coast Restoration
    Forum 2025 on 03/04/2025. The session badge scan and the sign-in sheet both show full
    attendance.
    Topic | Moisture Mapping Made Simple
    CECs | 2 hrs
    A copy of the program listing and the registration receipt are attached.
    """
    kind, _ = extract_fields(lines_of(memo, "left"))
    assert kind == "session"


def test_a_receipt_for_a_course_fills_nothing() -> None:
    receipt = """
    Mid-Atlantic Indoor Air Council
    # RECEIPT
    Received From: Zoë Baptiste
    Amount Paid: $249.00
    For the Payment of: Registration fee for Ethics and Contracts in Restoration
    23–25 October 2020 – Nashville, TN
    This receipt is not a certificate of completion.
    """
    assert extract_fields(lines_of(receipt, "left")) == ("other", {})


# Papers from a restoration job that certify and date something, but no one's
# course: nothing of learning, credit or attending is printed on them.
JOB_PAPERS = {
    "clearance letter": """
    Harbor Indoor Environmental Consultants
    POST-REMEDIATION VERIFICATION
    Property: 412 Elm Street, Unit 3, Dayton, OH
    This letter certifies that the work was completed on February 26, 2024
    and that the areas passed visual inspection and air sampling.
    Remediation contractor: Keystone Restoration Services
    Samples analysed by Great Lakes Microbial Laboratory, report 24-1187
    Renata Okafor, CIEC
    Date: 03/08/2024
    """,
    "calibration certificate": """
    PRECISION METROLOGY LAB
    # CERTIFICATE OF CALIBRATION
    Instrument: Thermo-hygrometer  Model TH-600  Serial 20931
    This is to certify that the instrument above was calibrated on 14 June 2023
    against standards traceable to NIST. As found: in tolerance.
    Calibrated by: Dwayne Whitfield
    Calibration due: 14 June 2024
    """,
    "dryness certificate": """
    NORTHGATE WATER & FIRE
    # DRY STANDARD CERTIFICATE
    This certifies that the water-damaged areas in the home of
    Marisol Pereira
    were monitored daily and found dry: the moisture content of all affected
    materials is at or below the dry standard. Drying equipment ran from
    June 3-7, 2022, a total of 96 hours; final readings by Tomás Lindqvist, WRT.
    Issued 06/09/2022
    """,
    "respirator clearance": """
    Lakeside Occupational Health Clinic
    RE: Respirator Medical Evaluation - Earl MacDonald
    This letter confirms that Earl MacDonald was seen at our clinic on
    03/18/2022 for a respirator medical evaluation by the examining provider.
    Medically cleared to use the respirators below without restrictions.
    A medical re-evaluation is due by 03/17/2025.
    This written recommendation has been given to the employee.
    """,
}


@pytest.mark.parametrize("sketch", JOB_PAPERS.values(), ids=JOB_PAPERS.keys())
def test_a_job_paper_that_certifies_no_course_fills_nothing(sketch: str) -> None:
    lines = lines_of(sketch, "left")
    assert extract_fields(lines) == ("other", {})


def test_a_course_that_cites_standards_keeps_its_date() -> None:
    # Words of an instrument's calibration, in a course's own sentences.
    sketch = """
    Keystone Indoor Environmental Institute
    # Certificate of Completion
    This certifies that Dana Whitfield has successfully completed
    Lead Renovation, Repair and Painting, covering work practices as found
    in 40 CFR 745 and the S500 reference standard, on June 3, 2025.
    8 training hours
    """
    kind, found = offered(lines_of(sketch, "left"))
    assert kind == "course"
    assert found["completion_date"].value == "2025-06-03"


def test_a_certificate_that_names_no_course_word_is_still_a_course() -> None:
    # A guard: the course's own name carries no word of learning.
    sketch = """
    Heartland Cleaning Association
    This certificate certifies that
    Mary Ellen O'Brien
    has completed
    Commercial Drying Specialist (CDS)
    19-Aug-2024
    """
    kind, _ = extract_fields(lines_of(sketch, "left"))
    assert kind == "course"


def test_the_day_a_course_was_approved_is_not_the_day_it_was_attended() -> None:
    sketch = """
    Water Loss Conference 2023
    Dear Ms. Okafor,
    This letter confirms that Dana Okafor attended my session
    Heat Drying Hardwood: Case Studies at the Water Loss Conference
    and earned Two (2) Continuing Education Credits, approved by the
    IICRC as course A2286-891 (approved January 30, 2023).
    Session held February 12, 2023.
    """
    _, found = extract_fields(lines_of(sketch, "left"))
    assert found.get("completion_date") is None or found["completion_date"].value == "2023-02-12"


# Papers about a certificate or a course that record no one's completion.
PAPERS_ABOUT_A_RECORD = {
    "a volunteer's certificate of service, whose hours are no credit": """
    Lakeshore Flooring Expo 2025
    VOLUNTEER CORPS
    CERTIFICATE OF SERVICE
    This certifies that
    Ms. Renata Oyelaran
    has contributed time and talent to the education program of this year's show, helping
    fellow technicians find their sessions and earn their credit.
    Assignment: Registration desk
    Session: Drying Hardwood Floors After a Water Loss
    TOTAL SERVICE: 6.5 HOURS
    Period: 3 - 5 March 2025
    Coordinator: Paulo Ferris
    Thank you for helping our attendees earn their CECs. Service hours are not CECs.
    """,
    "a sample certificate": """
    SAMPLE COPY
    Keystone Indoor Environmental Institute
    # Certificate of Completion
    This certifies that
    Student Name
    attended and completed the course of instruction
    Bloodborne Pathogens for Cleanup Crews
    approved by the IICRC for 7 continuing education hours
    This is a sample. Your certificate is e-mailed when you finish the course.
    """,
    "a request for a duplicate certificate": """
    Evergreen Certification Academy
    REQUEST FOR DUPLICATE CERTIFICATE
    Complete all sections and return by mail or e-mail.
    Full name (as it should appear)
    Class attended: Applied Microbial Remediation (AMRT)
    Approximate class date
    Later copies are $15 each.
    """,
    "an employer's training pre-approval": """
    Rapid Dry Restoration LLC
    EXTERNAL TRAINING PRE-APPROVAL
    Submit at least 14 days before the training begins. Approval is required before registering.
    Employee name: Dana Whitfield
    Course / program title: Commercial Drying Specialist
    Training provider: Lakeshore Restoration Education Center
    Dates: July 15-17, 2020    CECs 21
    Submit your certificate of completion separately for reimbursement.
    """,
    "a course approval sent to a school": """
    Ohio Mold Remediation Licensing Program
    Dear Agnieszka de la Cruz:
    The Board has reviewed the course your organization submitted and approved it.
    Course title: Commercial Drying Specialist
    Approved hours: 14 continuing education hours
    Approval period: September 9, 2019 to September 7, 2021
    This approval is subject to the following conditions.
    """,
    "a board's certificate of course approval": """
    Kentucky Department of Housing, Buildings and Construction
    Mold Remediation Training Programs
    # CERTIFICATE OF APPROVAL
    Be it known that the course entitled
    Odor Control Technician
    offered by Blue Heron Technical Training
    is approved as a continuing education course of Seven (7) hours for
    remediation workers, when taught as submitted by an approved instructor.
    Effective March 3, 2022 through March 2, 2024
    """,
}


@pytest.mark.parametrize("sketch", PAPERS_ABOUT_A_RECORD.values(), ids=PAPERS_ABOUT_A_RECORD.keys())
def test_a_paper_about_a_record_records_no_one(sketch: str) -> None:
    kind, found = extract_fields(lines_of(sketch, "left"))
    assert (kind, found) == ("other", {})
