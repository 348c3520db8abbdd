"""What a line must look like to be a course title, an organisation or a person."""

from __future__ import annotations

import pytest

from server.ocr.candidates import cut
from server.ocr.shapes import organisation, person_name, title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A quoted title ends at its closing quote.
        (
            "'Drying Dense Materials Without Demolition' facilitated by Mary Ellen da Silva",
            "Drying Dense Materials Without Demolition",
        ),
        ('"Odor Control Technician" (OCT), taught by Dana Brooks', "Odor Control Technician"),
        ("“Smoke Odor Counteraction” — Session 4", "Smoke Odor Counteraction"),
        # Also after the word that leads it in, where a sentence wraps before it.
        (
            'session “Emerging Standards in Textile Cleaning" at its Winter Education Day,',
            "Emerging Standards in Textile Cleaning",
        ),
        ("the seminar entitled 'Mold Myths' hosted by Northstar Supply", "Mold Myths"),
        # Who gives it and where it is held are no part of it.
        (
            "Mold Myths Every Tech Should Know presented by Ana Ruiz",
            "Mold Myths Every Tech Should Know",
        ),
        (
            "Safety Stand-Down for Restoration Crews in Hall C",
            "Safety Stand-Down for Restoration Crews",
        ),
        # An apostrophe is no quote.
        ("Tom's Guide to Structural Drying", "Tom's Guide to Structural Drying"),
        # The paper's name around the activity.
        ("IICRC BOOTH REGISTRATION FORM", "IICRC BOOTH REGISTRATION"),
        # A form's column head holds no title.
        ("Location", None),
        ("Speaker", None),
        # A signer's name and office under the line, the office a course's own.
        ("BRIANNA ABERNATHY, COURSE TUTOR", None),
        ("Dana Brooks, Field Assessor", None),
        # Broken after "with", "and" or "for", a title goes on over the line:
        # what stands on this one is no title ("Hydroxyl" is on the next).
        ("Smoke Odor Counteraction with", None),
        ("has completed Respiratory Protection and", None),
        ("the Bloodborne Pathogens for", None),
        # A table's head, a number's label: no title; the row under a head is.
        ("Code Title", None),
        ("CODE SESSION", None),
        ("Certification No.", None),
        ("Code Title T80 Mold Myths Every Tech Should Know", "Mold Myths Every Tech Should Know"),
        ("B29 Reading a Psychrometric Chart", "Reading a Psychrometric Chart"),
        ("Code Compliance for Restorers", "Code Compliance for Restorers"),
        # What the paper calls itself is no title.
        ("CERTIFICATION", None),
        ("OF EXCELLENCE", None),
        ("Wallet Card", None),
        ("THANK YOU", None),
        # A form's, a desk's, a portal's or a mailer's words; what was taught stays.
        ("OFFICE USE ONLY", None),
        ("CREDIT DESIGNATION", None),
        ("Back to My Credits", None),
        ("VIRTUAL SESSION", None),
        ("CUT OUT AND KEEP IN YOUR WALLET", None),
        ("DETACH HERE", None),
        ("Exhibit Hall Admission", None),
        ("B. SESSION INFORMATION", None),
        ("ENTRY AND EXIT TIMES", None),
        ("THANKS FOR STOPPING", None),
        ("TECHNICAL TRAINING DIVISION", None),
        ("Privacy · Terms · Accessibility", None),
        ("ATTENDANCE VERIFIED BY BADGE SCAN", None),
        ("MINUTES VIEWED", None),
        ("White: registrant · Yellow: IICRC · Pink: booth file", None),
        ("Chapter President", None),
        ("AT A GLANCE", None),
        ("SEARCH COURSES HELP MY COURSES", None),
        # Who did what, and their name; a first name alone.
        ("Booth staff Renée Dvořák", None),
        ("Received by: Cody Nakamura CN", None),
        ("Booth staff member who checked you in Travis Gallagher", None),
        ("Agnieszka", None),
        ("Business Plan Basics", "Business Plan Basics"),
        # The room on the title's row.
        ("Hydroxyl vs. Ozone: A Field Comparison Hall C", "Hydroxyl vs. Ozone: A Field Comparison"),
        ("Booth Registration", "Booth Registration"),
        ("Continuing Education Ethics", "Continuing Education Ethics"),
        # A title starts on a capital or a figure; a sentence's words do not.
        ("all rquirements of Upholstery and Fabric Cleaning Technician (UFT)", None),
        ("employed by Riverside Carpet & Upholstery Care", None),
        ("3 Water: Sewage Backflow Response", "3 Water: Sewage Backflow Response"),
        # Broken before where it was taught, it is whole.
        ("STONE, MASONRY AND CERAMIC TILE CLEANING at", "STONE, MASONRY AND CERAMIC TILE CLEANING"),
        # Who gives the course is no title of it.
        ("Prairie State Cleaning & Restoration School", None),
        ("GREAT LAKES CLEANING & RESTORATION ASSOCIATION", None),
        ("Ridgeline Training Group, Inc", None),
        ("AeroDry Equipment Co", None),
        ("Applied Microbial Remediation Technician", "Applied Microbial Remediation Technician"),
        # One word of a letter or a form is no title; a trade word alone may be
        # the end of one, wrapped onto its own line, and is left to the model.
        ("Sincerely", None),
        ("PARTICIPANT", None),
        ("President", None),
        ("Remediation", "Remediation"),
        # A person's name is no title; capitalised words that start on no
        # given name are left to the model.
        ("Yusuf van der Berg", None),
        ("Jean-Luc Pham", None),  # a given name of two
        ("Tammy C", None),  # a given name and an initial, the rest cut off
        ("BRIANNA M", None),
        # A street, a form's boxes and buttons, what the paper or the page is.
        ("7711 Airport Blvd, Bldg C, Orlando, FL 32822", None),
        ("Participant Details", None),
        ("LAB FACILITY", None),
        ("MM DD YYYY", None),
        ("STUDENT COPY", None),
        ("Scan to verify", None),
        ("Training program", None),
        ("Download PDF", None),
        ("TRAINING MODULE", None),  # the words of a form and a paper's, mixed
        ("OFFICE COPY", None),
        ("Valid though", None),  # "through", misread
        ("TIME SPENT", None),
        ("HANDS-ON", None),
        ("FINAL QUIZ", None),
        ("Credit Claim Confirmation", None),
        ("KEEP THIS RECEIPT AS PROOF OF YOUR BOOTH VISIT", None),
        ("IICRC Booth Visit", "IICRC Booth Visit"),
        ("19 Rue Principale, Gatineau, QC J8X 2K4", None),
        ("At: Las Vegas, NV", None),
        ("December 10th", None),
        # The show, not a session at it; a course may still say "Summit".
        ("Water Loss Conference 2023", None),
        ("SOUTHWEST CLEANING SHOW 2025", None),
        ("CRS Cleaning & Restoration Summit", None),
        ("Mold Summit for Technicians", "Mold Summit for Technicians"),
        # A signer and their office, a given name of two and an initial.
        ("Helene Pham Registrar", None),
        ("Nnamdi MacDonald Training Manager", None),
        ("Lead Technician Training", "Lead Technician Training"),
        ("Jean-Luc H", None),
        ("Björn St", None),
        # A name in a shape no title takes.
        ("C. Haugen", None),
        ("Gallagher, CIH", None),
        ("Jiménez, Kateryna", None),
        ("Rusty J. MacDonald, IICRC Approved", None),
        ("Mary Ellen Gallagher 46 Mill Pond Lane", None),
        ("Nnamdi Kaczmarek, employed by Riverside Carpet & Upholstery Care", None),
        # A letter's subject line and the reference it quotes.
        ("RE: IICRC Booth Registration – Reg. no. 706222", "IICRC Booth Registration"),
        ("Re: IICRC Booth Registration – Registrant # 358360", "IICRC Booth Registration"),
        # A form service's copy of the answered form.
        ("Your response to IICRC Booth Registration", "IICRC Booth Registration"),
        ("Thanks for filling out IICRC Booth Registration", "IICRC Booth Registration"),
        ("Copy of IICRC Booth Registration", "IICRC Booth Registration"),
        ("Odor Control – Module no. 3", "Odor Control – Module no. 3"),
        ("S500, Explained", "S500, Explained"),
        ("Drying, Explained", "Drying, Explained"),
        # A room, a hall in its town, a ticket's price, a list's item, a
        # letter's close, a day without its year, what the paper is.
        ("Ballroom C", None),
        ("Music City Center, Nashville", None),
        ("Technician (free) - 0.00 $", None),
        ("4. Contents cleaning and pack-out", None),
        ("Best regards", None),
        ("Thursday, April 2", None),
        ("Certificate of Attainment", None),
        # A sentence, or a sentence's start or cut end.
        ("This Certificate of completion hereby", None),
        ("Partial attendance is credited only for the hours actually attended", None),
        ("Replacement cards are", None),
        ("Part of the Mold Remediation Career Series", None),
        ("Mold Myths Every Tech Should Know", "Mold Myths Every Tech Should Know"),
        ("IICRC Institute of Inspection, Cleaning and Restoration Certification", None),
        # What the paper is, printed before what it was for, is left out.
        (
            "TRAINING CERTIFICATE FIRE AND SMOKE RESTORATION TECHNICIAN",
            "FIRE AND SMOKE RESTORATION TECHNICIAN",
        ),
        ("Training Your Crew on Drying", "Training Your Crew on Drying"),
        ("Lab Safety for Restoration Crews", "Lab Safety for Restoration Crews"),
        ("Introduction to Water Damage", "Introduction to Water Damage"),
        ("ZOË KRUGER", None),
        ("Rusty Haugen", None),
        ("Confined Space Awareness", "Confined Space Awareness"),
        ("Documenting Losses", "Documenting Losses"),
        ("Marketing Your Restoration Business", "Marketing Your Restoration Business"),
        # A signer's office, a venue, the body's stamp, what the paper is.
        ("Training Manager", None),
        ("President, Heartland Cleaning", None),
        # Someone's post at the line's end; a course for people in a post is a course.
        ("IICRC Booth Representative", None),
        ("BOOTH STAFF", None),
        ("Series Moderator", None),
        ("Mold Awareness for Office Staff", "Mold Awareness for Office Staff"),
        # A bracket the line cuts off.
        ("IICRC Booth Registration (Booth", "IICRC Booth Registration"),
        # A form's box label read into its value with the space lost; a receipt's line.
        (
            "Sessiontitle Safety Stand-Down for Restoration Crews",
            "Safety Stand-Down for Restoration Crews",
        ),
        ("1 x RCT - Rug Cleaning Technician", "RCT - Rug Cleaning Technician"),
        ("1 x Hardwood Floor Drying Techniques 89.00", "Hardwood Floor Drying Techniques"),
        ("Zoë Whitcomb, Program Coordinator · (259) 577-5929", None),
        ("Kansas City Marriott", None),
        ("IICRC Approved Activity", None),
        ("CERTIFICATE OF TRAINING", None),
        ("INITIAL COURSE COMPLETION", None),
        ("Copperfield Training Solutions", None),
        ("LAKESHORE RESTORATION EDUCATION CENTER", None),
        ("Project Manager Training", "Project Manager Training"),
        ("Supervisor Training for Restoration Crews", "Supervisor Training for Restoration Crews"),
        # A form's box, a slip's words, a date, a town, a sentence to the reader.
        ("TIME OUT", None),
        ("BOOTH VISIT", None),
        ("Webinar Attendance Confirmation", None),
        ("AS PROOF OF ATTENDANCE", None),
        ("Thursday, April 2, 2020", None),
        ("Technician (WRT) on May 3, 2020", None),
        ("Orlando, FL", None),
        ("We logged your visit to the certification booth", None),
        ("To Whom It May Concern", None),
        ("IICRC BOOTH REGISTRATION", "IICRC BOOTH REGISTRATION"),
        ("Your Role in Mold Remediation", "Your Role in Mold Remediation"),
        # What the course asked, before the course it was asked for.
        (
            "all classroom and hands-on requirements of Psychrometry for Restorers",
            "Psychrometry for Restorers",
        ),
        # The sort of session before it, where in the show and the show after it.
        (
            "Technical Session – Safety Stand-Down for Restoration Crews (Track C)",
            "Safety Stand-Down for Restoration Crews",
        ),
        (
            "Education Session - Mold Myths Every Tech Should Know (Hall C)",
            "Mold Myths Every Tech Should Know",
        ),
        ("Panel: Working With Adjusters (Track A)", "Panel: Working With Adjusters"),
        (
            "IICRC Booth Registration at Cleaning & Restoration Summit 2022",
            "IICRC Booth Registration",
        ),
        ("Odor Control at the Water Loss Conference", "Odor Control"),
        (
            "Inside the S500: What Changed (Coastal Restoration Forum 2025)",
            "Inside the S500: What Changed",
        ),
        ("Mold Myths (Part 2)", "Mold Myths (Part 2)"),
        # The word a sentence calls it by; a hands-on session's lead-in; a
        # course's code and year; a student's number after a dash.
        ("Applied Structural Drying course", "Applied Structural Drying"),
        (
            "Water Damage Restoration Technician Course",
            "Water Damage Restoration Technician Course",
        ),
        ("Hands-on session Panel: Working With Adjusters", "Panel: Working With Adjusters"),
        ("FSRT-2024: Fire and Smoke Restoration", "Fire and Smoke Restoration"),
        (
            "Fire and Smoke Restoration Technician (FSRT) – Student ID 466363",
            "Fire and Smoke Restoration Technician (FSRT)",
        ),
        # A session's code before it (not a standard's number, nor a range
        # of days); what a receipt was for; the sheet after a dash.
        ("70-15 Hydroxyl vs. Ozone: A Field Comparison", "Hydroxyl vs. Ozone: A Field Comparison"),
        (
            "C293 Drying Dense Materials Without Demolition",
            "Drying Dense Materials Without Demolition",
        ),
        ("S500 Update for Restorers", "S500 Update for Restorers"),
        ("15-16 July 2019 Asbestos Awareness", None),
        ("For IICRC Booth Registration", "IICRC Booth Registration"),
        ("IICRC Booth Registration — Sign-In Sheet", "IICRC Booth Registration"),
        ("IICRC Booth Registration — Sign-in", "IICRC Booth Registration"),
        ("IICRC Booth – Registration", "IICRC Booth – Registration"),
        # A box's caption in capitals; the sentence's word after the title;
        # the day in the next cell, its year cut off (not a label's day).
        ("CODE Safety Stand-Down for Restoration Crews", "Safety Stand-Down for Restoration Crews"),
        ("TIME OUT", None),
        ("Drying Crawlspaces and Basements training program", "Drying Crawlspaces and Basements"),
        (
            "Stone, Masonry and Ceramic Tile Cleaning Aug 7",
            "Stone, Masonry and Ceramic Tile Cleaning",
        ),
        ("IICRC Booth Registration Aug", "IICRC Booth Registration"),
        (
            "Safety Stand-Down for Restoration Crews ED247 Feb 2",
            "Safety Stand-Down for Restoration Crews",
        ),
        (
            "Heat Drying Hardwood: Case Studies Saturday, May 5",
            "Heat Drying Hardwood: Case Studies",
        ),
        ("Reading a Psychrometric Chart in Five Minutes Date(s): Apr 5, 2021", None),
        # A show's office signing for it.
        ("Conference Education Manager", None),
    ],
)
def test_title_shape(line: str, expected: str | None) -> None:
    assert title(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A heading of what is taught names no one.
        ("SAFETY & HEALTH TRAINING", None),
        ("TRAINING & CERTIFICATION", None),
        ("CONTINUING EDUCATION ACTIVITY", None),
        # Nor a letterhead's line of what the school does.
        ("RESTORATION TRAINING SINCE 1998", None),
        ("TRAINING · TESTING · CERTIFICATION", None),
        ("TRAINING· CERTIFICATION· FIELD SUPPORT", None),
        ("CLASSROOM AND HANDS-ON RESTORATION TRAINING", None),
        ("Serving the Restoration Industry", None),
        ("Restoration Industry Association", "Restoration Industry Association"),
        ("Water Damage Restoration Technician", None),
        # A school whose name says what it teaches is still a school.
        ("Blue Heron Technical Training", "Blue Heron Technical Training"),
        ("Mold Inspection Services", "Mold Inspection Services"),
        ("Indoor Air Quality Association", "Indoor Air Quality Association"),
        ("Restoration Industry Expo 2023", "Restoration Industry Expo 2023"),
        ("IICRC", "IICRC"),
        # Where a show or a class was held is no one who gives credit.
        ("Las Vegas Convention Center", None),
        ("Venue: Phoenix Convention Center", None),
        ("Hyatt Regency Denver", None),
        ("Music City Center, Nashville", None),
        (
            "Lakeshore Restoration Education Center, Chicago",
            "Lakeshore Restoration Education Center, Chicago",
        ),
        # A part of a page or a place names no one.
        ("LEARNING CENTER", None),
        ("TRAINING PORTAL", None),
        ("Show floor", None),
        ("The Show", None),
        ("Conference Sessions", None),
        ("Lakeshore Restoration Education Center", "Lakeshore Restoration Education Center"),
        ("TRAINING ID CARD", None),
        ("CONTINUING EDUCATION RECORD", None),
        ("Continuing Education — Public Adjuster", None),
        # A signer and their office.
        ("DeShawn Pham Training Manager", None),
        # An office alone under a signature, a town under a venue.
        ("Training Manager", None),
        ("Registrar", None),
        ("Denver, CO", None),
        ("Gatineau, QC J8X 2K4", None),
        ("Summit Drying Academy, LLC", "Summit Drying Academy, LLC"),
        # A sentence's first words, a line broken after "of".
        ("This certificate is", None),
        ("AS PROOF OF ATTENDANCE", None),
        ("Register of", None),
        # One word of a label or a stamp; a one-word brand is a name.
        ("Company", None),
        ("Valid", None),
        ("VERIFIED", None),
        ("Pureflo", "Pureflo"),
        # What a stamp, a form's head or a box says, the IICRC's own stamp included.
        ("IICRC Approved", None),
        ("IICRC BOOTH REGISTRATION", None),
        ("Credit Awarded", None),
        ("COURSE LOCATION", None),
        ("LEARNING OBJECTIVES", None),
        ("EDUCATION SESSION VERIFICATION", None),
        ("CPD CERTIFICATE", None),
        ("Participant Details", None),
        ("Official Record", None),
        ("LOCATION OF OFFERING", None),
        ("STUDENT CARD", None),
        ("Status Complete", None),
        ("Certified Restoration Institute", "Certified Restoration Institute"),
        # A given name and a surname's initial, cut off by a column.
        ("Tomas G", None),
        ("Shonda M.", None),
        # What was taught, where a school's name would not read so.
        ("Tile and Grout Restoration", None),
        ("Spotting Chemistry for Carpet Technicians", None),
        ("Wood Floor Cupping: Causes and Cures", None),
        ("Northwest Carpet & Restoration Guild", "Northwest Carpet & Restoration Guild"),
        ("Society for Protective Coatings", "Society for Protective Coatings"),
        # A form's boxes, what the paper is, a greeting, a signer and their
        # office, a first name alone, a course's letters.
        ("MEMBER NUMBER", None),
        ("METHOD OF DELIVERY", None),
        ("BOOTH VISIT", None),
        ("Certificate of Participation", None),
        ("Hello Yusuf!", None),
        ("Dear Cody A. Hargrove", None),
        ("Attn: Education Review", None),
        ("Acknowledgement of Attendance", None),
        ("TRAINING MATRIX", None),
        ("Member Services Representative", None),
        # A day in words; what a show holds, with no name of whose it is.
        ("The fourth day of June", None),
        ("April 11th", None),
        ("May 30 – June", None),
        ("No. C4UXAVS", None),
        ("Code: EGS1FQQRHT", None),
        ("Held on Sunday, July", None),
        ("Booth credit may be", None),
        ("Maria José Wójcik and Tammy", None),
        (
            "Heartland Cleaning and Restoration Association",
            "Heartland Cleaning and Restoration Association",
        ),
        # A street's address or a regulation's number run on after the name.
        (
            "Mold-Related Services Licensing Program 2601 Blair Stone Road",
            "Mold-Related Services Licensing Program",
        ),
        (
            "Keystone Indoor Environmental Institute 29 CFR 1926.1101 Asbestos",
            "Keystone Indoor Environmental Institute",
        ),
        ("May Restoration Co.", "May Restoration Co."),
        ("SHOW EDUCATION SERIES", None),
        ("CONVENTION CLASSROOM", None),
        # A form's sections, a desk's and a programme's words; a name among them stays.
        ("TYPE OF TRAINING", None),
        ("EDUCATION CREDIT SUMMARY", None),
        ("STUDENT SERVICES", None),
        ("Technical Training Facility", None),
        ("Badge ID Company", None),
        ("SHOW VALIDATION STAMP", None),
        ("TRAINING ACADEMY", None),
        ("My Continuing Education Record", None),
        ("Hands-On Training Pavilion", None),
        ("Cc: IICRC, Continuing Education", None),
        ("Harbor City Cleaning Academy", "Harbor City Cleaning Academy"),
        ("Hi-Tech Restoration", "Hi-Tech Restoration"),
        ("Krystal M. Schröder, Lead Planner", None),
        ("Odalys G. Wójcik, Course Coordinator", None),
        ("Agnieszka", None),
        ("AMRT", None),
        ("Conference Chair", None),
        ("Retain for license", None),
        ("USE Roster filed", None),
        ("IICRC Registrant", None),
        # A sentence's cut edge or question, a record's line, a letter's close.
        ("Attendees who", None),
        ("Emical Company sponsors the", None),
        ("Questions? Cal", None),
        ("Reprinted on August", None),
        ("SCHOOL NO", None),
        ("Form TC-12 rev", None),
        ("Employed by Riverside Carpet & Upholstery Care", None),
        ("Delivery: Face-to-face", None),
        ("Dolores Moreau, Head of Training", None),
        ("CERTIFICANT Rourke, Helene", None),
        ("Best regards, Kateryna Haugen", None),
        ("Monday Morning Restoration Co.", "Monday Morning Restoration Co."),
        # How or by whom a course is taught, as a heading.
        ("PRODUCT TRAINING", None),
        ("FACTORY TRAINING PROGRAM", None),
        ("SELF-PACED ONLINE COURSE", None),
        ("Virtual Learning Academy", "Virtual Learning Academy"),
        # An approval's badge says what a school is, not who.
        ("IICRC Approved School", None),
        ("Approved School #53743", None),
        ("IICRC Approved Training School No. 2584", None),
        ("Certified Restoration School", "Certified Restoration School"),
        # A show's office, its tagline, a sentence's edges, an address cut off.
        ("Registration & Education 305 W", None),
        ("Conference & Exhibition", None),
        ("The pages. Show", None),
        ("St. Louis Restoration Institute", "St. Louis Restoration Institute"),
        ("Heartland Cleaning Association 1200 N", "Heartland Cleaning Association"),
        # A show's box of facts names no one: its captions.
        ("NEXT SHOW", None),
        ("SHOW DATES", None),
        # The town and state the school is in, after its name.
        ("Copperfield Training Solutions, Las Vegas, NV", "Copperfield Training Solutions"),
        ("Summit Drying Academy, LLC, Concord, NH 03301.", "Summit Drying Academy, LLC"),
        ("Smith, Jones and Co.", "Smith, Jones and Co."),
        # A logo's initials before the name, a hyphened word giving one letter.
        ("VES Vortex Extraction Systems, Inc.", "Vortex Extraction Systems, Inc."),
        ("MIAC MID-ATLANTIC INDOOR AIR COUNCIL", "MID-ATLANTIC INDOOR AIR COUNCIL"),
        ("MAIAC Mid-Atlantic Indoor Air Council", "Mid-Atlantic Indoor Air Council"),
        # A show where a session was given, without the sentence's words around it.
        ("Presented at Cleaning & Restoration Summit 2021", "Cleaning & Restoration Summit 2021"),
        ("Water Loss Conference 2019 at the Phoenix", "Water Loss Conference 2019"),
        # What the line goes on with, or starts with, around a show's name.
        ("Southwest Cleaning Show 2021 (Baltimore Convention", "Southwest Cleaning Show 2021"),
        ("Coastal Restoration Forum 2019 ✎ #611", "Coastal Restoration Forum 2019"),
        ("Event Water Loss Conference 2025", "Water Loss Conference 2025"),
        (
            "The Experience Convention & Trade Show 2026",
            "The Experience Convention & Trade Show 2026",
        ),
        ("Summit Drying Academy, LLC (Concord)", "Summit Drying Academy, LLC (Concord)"),
        # A show's office under a signature.
        ("Conference Education Manager", None),
        ("Conference Education Chair", None),
        # A school's department captioned over its name, alone or read on into it.
        ("SCHOOL OF RESTORATION", None),
        ("Continuing Education Division", None),
        ("TRAINING CENTRE SUMMIT DRYING ACADEMY, LLC", "SUMMIT DRYING ACADEMY, LLC"),
        ("Northwest Training Center", "Northwest Training Center"),
        ("School of Restoration Technology Inc.", "School of Restoration Technology Inc."),
        # A show's series of online sessions: the show gives the credit.
        (
            "Cleaning & Restoration Summit 2022 Online Education Series",
            "Cleaning & Restoration Summit 2022",
        ),
        ("Water Loss Conference 2020 Webinar Wednesdays", "Water Loss Conference 2020"),
        # A caption in capitals before a show's name, and a sentence's words
        # naming a part of the show before it.
        ("CONFERENCE Coastal Restoration Forum 2024", "Coastal Restoration Forum 2024"),
        ("EXPO Water Loss Conference 2021", "Water Loss Conference 2021"),
        # What the paper is, on the name's row after it ("Education Certificate" stays a heading's).
        ("Northwest Restoration Institute Course Record", "Northwest Restoration Institute"),
        (
            "Drying Science Symposium 2023 Certificate of Attendance",
            "Drying Science Symposium 2023",
        ),
        # A wordmark's small word run into the name beside it.
        ("EDU Water Loss Conference 2020", "Water Loss Conference 2020"),
        ("EXPO Cleaning & Restoration Summit 2021", "Cleaning & Restoration Summit 2021"),
        (
            "webinar of the Drying Science Symposium 2022 Virtual Learning Series",
            "Drying Science Symposium 2022",
        ),
        ("Offered as part of the Drying Science Symposium 2022", "Drying Science Symposium 2022"),
        ("Restoration Webinar Series", "Restoration Webinar Series"),
        # A label with its colon; a register's or a ticket's number beside the name.
        ("At: Vortex Extraction Systems, Inc.", "Vortex Extraction Systems, Inc."),
        (
            "Prairie State Cleaning & Restoration School 9907949",
            "Prairie State Cleaning & Restoration School",
        ),
        ("COASTAL RESTORATION FORUM 2026 #275", "COASTAL RESTORATION FORUM 2026"),
        ("Water Loss Conference 2025", "Water Loss Conference 2025"),
    ],
)
def test_organisation_shape(line: str, expected: str | None) -> None:
    assert organisation(line) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The full stop of an abbreviation does not end the title.
        ("Hydroxyl vs. Ozone: A Field Comparison", "Hydroxyl vs. Ozone: A Field Comparison"),
        ("Odor Control. Presented by the Guild", "Odor Control"),
        # The hours in words after a comma do.
        (
            "Moisture Mapping with Thermal Imaging, two hours",
            "Moisture Mapping with Thermal Imaging",
        ),
        # What kind of class it was, in lower case after it, is not its name.
        ("Drying Crawlspaces and Basements training", "Drying Crawlspaces and Basements"),
        ("Inside the S500: What Changed lecture", "Inside the S500: What Changed"),
        ("Project Manager Training", "Project Manager Training"),
        # A sentence that goes on after a comma, or says whom with or when.
        (
            "Respiratory Protection and Fit Testing, including the written examination",
            "Respiratory Protection and Fit Testing",
        ),
        ("Ethics and Contracts in Restoration with us", "Ethics and Contracts in Restoration"),
        (
            "Bloodborne Pathogens for Cleanup Crews over Sep 16-17",
            "Bloodborne Pathogens for Cleanup Crews",
        ),
        ("Cleaning, Drying and Odor Control", "Cleaning, Drying and Odor Control"),
    ],
)
def test_a_title_ends_where_the_sentence_goes_on(sentence: str, expected: str) -> None:
    assert cut("course_title", sentence) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Where a show was held, as a venue's lines print it.
        ("Kansas City Marriott", None),
        ("Hyatt Regency Denver", None),
        ("TX Dallas", None),
        ("FL Orlando", None),
        # An office alone.
        ("Project Manager", None),
        ("RELATIONSHIP Officer", None),
        # What a course teaches, though every word is capitalised.
        ("Odor Control", None),
        ("Safety Stand-Down", None),
        ("Commercial Drying Specialist", None),
        # Names with a course's or an office's word among them are still names.
        ("Ana Lead", "Ana Lead"),
        ("Wood, Ana", "Ana Wood"),
        ("Dean Martin", "Dean Martin"),
        ("AL SMITH", "Al Smith"),
        ("Rusty Waters", "Rusty Waters"),
        # Words of a page in a name's shape: every one a common word, none a
        # given name. A name with a common surname stays one.
        ("Spotting Chemistry", None),
        ("Live Online", None),
        ("Professional Development", None),
        ("Kateryna White", "Kateryna White"),
        # A name cut before its surname.
        ("Jean-Luc van der", None),
        ("Nnamdi St. Clair", "Nnamdi St. Clair"),
        # A company's name, an office before a name, a sentence's first word.
        ("Pureflo Chemical", None),
        ("Blue Line Cleaning", None),
        ("Registrar Łukasz Ferreira", None),
        ("Nurse Planner Agnieszka O'Brien", None),
        ("This Pogram", None),
        # Mail's, an office's and a scanner's words in a name's shape.
        ("US Postage", None),
        ("PRSRT STD", None),
        ("Interoffice Memo", None),
        ("Exhibit Hall Scan", None),
        ("Scan-Out Recorded", None),
        ("Wage Step", None),
        ("Cpe Credits", None),
        ("Exhibit Hall Admission", None),
        ("TRRC Learner Records", None),
        # A letter's greeting; a town and its state read as "Last, First".
        ("To Whom It May Concern", None),
        ("ORLANDO, FL", None),
        ("Nashville, TN.", None),
        ("Ana Hall", "Ana Hall"),
        # A student's or employee's number after the name.
        ("Mr. Marisol Brzezinski III (Student No. S13177)", "Marisol Brzezinski III"),
        ("Ana Ruiz, Employee ID 448812", "Ana Ruiz"),
        # Broken at a hyphen: the rest of the surname is on the next line.
        ("GÜNTHER K. NÚÑEZ-", None),
        ("ODALYS C. Ó", None),  # "Ó Súilleabháin" goes on on the next line
        ("Siobhán Ó Súilleabháin", "Siobhán Ó Súilleabháin"),
        ("Ana Smith-Jones", "Ana Smith-Jones"),
        # An app's avatar initials, or a card's caption in capitals, before the name.
        ("MB Mateus Brzezinski", "Mateus Brzezinski"),
        ("Zh Zoë Hargrove", "Zoë Hargrove"),
        ("LEARNER Hélène D'Amico", "Hélène D'Amico"),
        ("Ed Evans Davis", "Ed Evans Davis"),
        # The avatar of a name with a generation after it, or a particle in it.
        ("RY Renée Yoon III", "Renée Yoon III"),
        ("TV THANH VAN DER BERG II", "Thanh Van Der Berg II"),
        # What a receipt or a ticket prints before whom it is from or for.
        ("FROM D. Núñez-García", "D. Núñez-García"),
        ("Registered Mateus D'Amico", "Mateus D'Amico"),
        ("Received from: Zoë Kowalczyk", "Zoë Kowalczyk"),
    ],
)
def test_person_name_shape(line: str, expected: str | None) -> None:
    assert person_name(line) == expected


def test_a_show_s_name_ends_where_it_certifies_the_session() -> None:
    assert (
        cut("provider", "The Southwest Cleaning Show 2024 certifies this session for")
        == "The Southwest Cleaning Show 2024"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harbor City Cleaning Academy, earning 0.5 CEUs", "Harbor City Cleaning Academy"),
        (
            "Desert Sun Restoration Training, this the ninth day of February",
            "Desert Sun Restoration Training",
        ),
        ("Blue Heron Training, LLC", "Blue Heron Training, LLC"),
        # Where the school taught is no part of its name.
        (
            "Bellwether Restoration School at the Cleaning & Restoration Summit 2022",
            "Bellwether Restoration School",
        ),
    ],
)
def test_a_school_s_name_ends_where_the_sentence_goes_on(sentence: str, expected: str) -> None:
    assert cut("provider", sentence) == expected
