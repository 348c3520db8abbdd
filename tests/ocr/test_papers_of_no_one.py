"""Papers that name a person, a school, dates and hours and still record no
one's credit: a membership, an honour, an invitation. They read like
certificates and letters of completion; what they are about gives them away."""

from __future__ import annotations

import pytest

from server.ocr.fields import extract_fields
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
