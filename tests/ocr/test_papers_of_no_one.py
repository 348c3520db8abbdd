"""Papers that name a person, a school, dates and hours and still record no
one's credit: a membership, an honour, an invitation. They read like
certificates and letters of completion; what they are about gives them away."""

from __future__ import annotations

import pytest

from server.ocr.fields import extract_fields
from server.ocr.kinds import classify
from tests.ocr.pages import lines_of

PAPERS = {
    "a certificate of membership": """
    No. 60765
    Southeastern Carpet Cleaners Guild
    Certificate of Membership
    Be it known that
    Marisol Da Silva
    is a Professional Member in good standing of the Association,
    having joined in 2018, and this membership is valid through 12/31/2019.
    Members holding this designation agree to complete at least 12 hours of approved
    continuing education each year, such as Bloodborne Pathogens for Cleanup Crews,
    and to abide by the Code of Ethics.
    Issued 01/28/2020
    Mary Ellen Kowalczyk, President    Thanh B. Fitzgerald-Hayes, Membership Chair
    """,
    "an invitation to an awards dinner": """
    Southeastern Carpet Cleaners Guild
    February 27, 2022
    Thanh Jiménez
    88 Harbor View Rd, Tacoma, WA 98402
    Dear Thanh,
    Congratulations! You are among this year's members who have earned the Master Water
    Restorer designation, and we would like to honor you at our annual recognition banquet.
    Our records show that Commercial Drying Specialist (3.5 hours), which you finished in
    February 2022, was the final step toward this achievement.
    Annual Awards & Recognition Dinner
    Monday, June 6, 2022 · Doors open 5:30 p.m., dinner at 6:30 p.m.
    Baltimore Convention Center
    Your seat and one guest's are complimentary. Please RSVP to our office by May 23, 2022.
    Warm regards,
    Jean-Luc Lindqvist, Awards Committee Chair
    """,
    "a company's service award": """
    RDR Rapid Dry Restoration LLC
    Years of Service
    10-Year Milestone
    Presented to
    Yusuf Kaczmarek
    for 10 years of outstanding service, 2012 to 2022.
    Over those years you have worked more than 1,900 water, fire and mold losses.
    Atlanta, GA · October 15th, 2022
    Marisol Le Blanc, Chief Executive Officer    Nnamdi H. Rourke, Operations Manager
    """,
    "a volunteer's certificate of service": """
    Gulf Coast Restoration Expo 2024
    Education Volunteers
    Certificate of Service
    This certifies that
    Mx. Dale Okafor
    has given time and skill to the education program of this year's show,
    helping fellow technicians find their sessions and earn their credit.
    Assignment: room host   Session: Reading a Psychrometric Chart
    Total service: 9.5 hours   Period: 8 - 10 December 2024
    Mateus Banerjee, Volunteer Coordinator
    Date issued December 18, 2024
    """,
}


@pytest.mark.parametrize("sketch", PAPERS.values(), ids=PAPERS.keys())
def test_a_membership_an_honour_an_invitation_or_a_volunteers_thanks_fill_nothing(
    sketch: str,
) -> None:
    assert extract_fields(lines_of(sketch, "left")) == ("other", {})


NOT_YET_EARNED = {
    "a letter holding the certificate back": """
    Westbrook Training Institute · Student Services
    April 9, 2024
    Priya Castellanos
    Summit Water Restoration
    ACTION REQUIRED
    Dear Priya,
    Thank you for attending Applied Microbial Remediation with instructor Owen Hart
    (March 28th, 2024). Our records show that your file is not yet complete, so your
    certificate of completion has not been issued. Once the items below are received, the
    class will be reported with 2 CEC hours and your certificate will be e-mailed to you.
    Until then, no credit has been reported on your behalf.
    1. Complete the online course evaluation.
    Sincerely, Owen Hart, Student Services
    """,
    "a course page of a learning site, part way through": """
    Harborline Restoration School
    Dashboard   My courses   Certificates
    My courses > In progress
    Odor Control Fundamentals
    Course progress   64% complete · 1 hour remaining
    Enrolled   Jan 4, 2025     Last activity   Feb 2, 2025
    Course credit   2 CECs     Instructor   Lena Marsh
    Certificate locked
    Complete all modules and pass the final exam with 70% or better to unlock your certificate.
    """,
}


@pytest.mark.parametrize("sketch", NOT_YET_EARNED.values(), ids=NOT_YET_EARNED.keys())
def test_a_course_whose_certificate_is_held_back_fills_nothing(sketch: str) -> None:
    assert extract_fields(lines_of(sketch, "left")) == ("other", {})


def test_a_certificate_that_says_its_credit_has_been_reported_is_still_a_record() -> None:
    # Guard: the credit reported, not withheld.
    sketch = """
    Westbrook Training Institute
    Certificate of Completion
    This certifies that
    Priya Castellanos
    has successfully completed Applied Microbial Remediation
    on March 28, 2024 and has been awarded 2 IICRC CEC hours.
    The credit has been reported to the IICRC on your behalf.
    Owen Hart, Instructor
    """
    assert classify(lines_of(sketch, "left")) == "course"


NAMED_FOR_NO_CREDIT = {
    "a certificate of membership": """
    No. 41877
    PACIFIC NORTHWEST RESTORATION ASSOCIATION
    Certificate of Membership
    Be it known that
    Oskar Brandt
    is a Professional Member of the association, having joined in 2016, and this membership
    is valid through 12/31/2025.
    Members holding this designation agree to complete at least 12 hours of approved
    continuing education each year, such as Applied Structural Drying.
    Issued 01/15/2025
    Greta Holm, President    Arjun Mehta, Membership Chair
    """,
    "a speaker's recognition": """
    Certificate of Recognition
    This certificate is proudly presented to
    Noor Halvorsen
    for sharing expertise as a featured speaker on
    Drying Hardwood Floors Without Cupping
    presented at the Great Lakes Restoration Summit 2025
    Cobo Center · 9 – 10 May 2025
    Ida Brennan, Conference Chair    Tomás Ruiz, Program Director
    Presented 14 May 2025
    """,
}


@pytest.mark.parametrize("sketch", NAMED_FOR_NO_CREDIT.values(), ids=NAMED_FOR_NO_CREDIT.keys())
def test_a_paper_that_names_itself_for_what_earns_no_credit_is_no_record(sketch: str) -> None:
    # "Presented to" and "be it known" do not outweigh what the paper says it is.
    assert classify(lines_of(sketch, "left")) == "other"
