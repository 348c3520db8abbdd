"""What a label names, as shows and schools print them."""

from __future__ import annotations

import pytest

from server.ocr.labels import hits_in


@pytest.mark.parametrize(
    ("line", "role", "value"),
    [
        # A form's caption printed alone over its box, and what it asks.
        ("ATTENDEE", "holder_name", ""),
        ("Dear Krystal de la Cruz:", "holder_name", "Krystal de la Cruz"),
        # A registrar's letter: whom its records show completed.
        ("Our records show that Ana Ruiz", "holder_name", "Ana Ruiz"),
        ("The school attests that Ana Ruiz", "holder_name", "Ana Ruiz"),
        ("Participant", "holder_name", ""),
        ("LEARNER", "holder_name", ""),
        ("CERTIFICANT", "holder_name", ""),
        ("NAME OF LICENSEE", "holder_name", ""),
        ("Learner name: Ana Ruiz", "holder_name", "Ana Ruiz"),
        # A member's or an employee's record: whose it is, after a colon.
        ("Member: Ana Ruiz No. 2025-77866", "holder_name", "Ana Ruiz No. 2025-77866"),
        ("Employee: Ana Ruiz", "holder_name", "Ana Ruiz"),
        ("Trainee: Ana Ruiz", "holder_name", "Ana Ruiz"),
        # An engrosser's and a committee's formulas before the name.
        ("Know all by these presents that Ana Ruiz", "holder_name", "Ana Ruiz"),
        ("Be it known to all that", "holder_name", ""),
        ("Let it be known that Ana Ruiz", "holder_name", "Ana Ruiz"),
        # A comma after the formula, or a stray mark OCR read after its verb.
        ("This is to certify that,", "holder_name", ""),
        ("This is to certify* that Ana Ruiz", "holder_name", "Ana Ruiz"),
        # A form that asks for the name in capitals; a licence's caption.
        ("Attendee name (print):", "holder_name", ""),
        ("Name (please print): Ana Ruiz", "holder_name", "Ana Ruiz"),
        ("LICENSEE", "holder_name", ""),
        ("This is to certify the participation of", "holder_name", ""),
        # A bilingual certificate's French under the English, accents or not.
        ("Le présent certificat est décerné à", "holder_name", ""),
        ("Cette attestation est remise a Ana Ruiz", "holder_name", "Ana Ruiz"),
        # A form's boxes and captions, whom a paper is given to.
        ("First and last name *", "holder_name", "*"),
        ("NAME OF REGISTRANT", "holder_name", ""),
        ("EMPLOYEE", "holder_name", ""),
        ("to the participant", "holder_name", ""),
        ("THIS LOG BELONGS TO", "holder_name", ""),
        # A learning platform's cheer over or before the learner's name.
        ("CONGRATULATIONS!", "holder_name", ""),
        ("Congratulations, Ana Ruiz", "holder_name", "Ana Ruiz"),
        ("Title of session", "course_title", ""),
        ("Name of the course: Mold Remediation", "course_title", "Mold Remediation"),
        # A medical-style statement of credit: the "learning activity".
        ("Learning activity title", "course_title", ""),
        ("Learning Activity", "course_title", ""),
        ("WEBINAR", "course_title", ""),
        ("Training: Mold Remediation", "course_title", "Mold Remediation"),
        ("Title of the activity: Mold Remediation", "course_title", "Mold Remediation"),
        ("upon successful completion of Mold Remediation", "course_title", "Mold Remediation"),
        ("CEC HOURS CLAIMED", "hours", ""),
        ("CE credits claimed: 1.5", "hours", "1.5"),
        ("Credits awarded", "hours", ""),
        ("CEC value", "hours", ""),
        ("CECs assigned: 2", "hours", "2"),
        # What a certificate of attendance recognises; a form's caption over the course.
        ("In recognition of attending", "course_title", ""),
        (
            "in recognition of your participation in Mold Remediation",
            "course_title",
            "Mold Remediation",
        ),
        ("TRAINING COURSE", "course_title", ""),
        ("COURSE / PROGRAM", "course_title", ""),
        # A webinar's day.
        ("broadcast on November 2nd, 2024.", "completion_date", "November 2nd, 2024."),
        ("Credit assigned: 7", "hours", "7"),
        # The day a badge was scanned at a booth or a session's door.
        ("Visit: 06/11/2025 4:47 PM", "completion_date", "06/11/2025 4:47 PM"),
        ("Checked in 2022-06-09 3:25 PM", "completion_date", "2022-06-09 3:25 PM"),
        ("Scanned 10/27/23 4:53 PM", "completion_date", "10/27/23 4:53 PM"),
        ("DATE OF VISIT", "completion_date", ""),
        # "Completed" straight before the day: the day, not a course's name.
        ("Completed December 10th, 2022.", "completion_date", "December 10th, 2022."),
        ("Completed 04/21/2025", "completion_date", "04/21/2025"),
        ("COURSE COMPLETED", "completion_date", ""),
        # The days a class was held: a course's; on a session's paper, the show's.
        ("held July 31 - August 1, 2021", "date_held", "July 31 - August 1, 2021"),
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
        ("From: 18-Jul-2022", "date_other", "18-Jul-2022"),
        ("Commenced: 18-Jul-2022", "date_other", "18-Jul-2022"),
        ("Course began: 18-Jul-2022", "date_other", "18-Jul-2022"),
        ("First day: 18-Jul-2022", "date_other", "18-Jul-2022"),
        ("Course ended: 20-Jul-2022", "completion_date", "20-Jul-2022"),
        ("Last day: 20-Jul-2022", "completion_date", "20-Jul-2022"),
        ("End date: 20-Jul-2022", "completion_date", "20-Jul-2022"),
        # A wallet card's day of training, and the days the card is good for.
        ("Date trained: 04/02/2024", "completion_date", "04/02/2024"),
        ("Trained: 04/02/2024", "completion_date", "04/02/2024"),
        ("Validity: 04/02/2024 to 04/01/2027", "date_other", "04/02/2024 to 04/01/2027"),
        ("Valid from 04/02/2024", "date_other", "04/02/2024"),
        # A birthday, a long standing, a deadline, a report's run.
        ("Born: 03/14/1988", "date_other", "03/14/1988"),
        ("Member since 2012", "date_other", "2012"),
        ("Licensed since 05/2010", "date_other", "05/2010"),
        ("Please reply by June 1, 2024", "date_other", "June 1, 2024"),
        ("no later than June 1, 2024", "date_other", "June 1, 2024"),
        ("Report run: 07/09/2026 10:07", "date_other", "07/09/2026 10:07"),
        ("Run date: 07/09/2026", "date_other", "07/09/2026"),
        ("Date signed: 08/02/2022", "date_other", "08/02/2022"),
        # who signed, not when
        (
            "Signed on behalf of the Board: Dana Reyes",
            "person_other",
            "on behalf of the Board: Dana Reyes",
        ),
        # The day a course was approved for credit is not the day it was taken.
        (
            "(approved January 30, 2023, valid two years)",
            "date_other",
            "January 30, 2023, valid two years)",
        ),
        ("Approved: 04/03/2020", "date_other", "04/03/2020"),
        ("Course approval date 2024-01-09", "date_other", "2024-01-09"),
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
        "IICRC Approved School",
        "Dearborn Restoration Supply",
        "Each attendee receives a badge",
        "Valid ID required at the door",
        "Return by mail from the office",
        "Last day to register: June 1, 2024",
        "The fee is a flat rate",
        "Become a member today",
    ],
)
def test_a_word_in_a_sentence_is_no_label(line: str) -> None:
    assert hits_in(line) == []
