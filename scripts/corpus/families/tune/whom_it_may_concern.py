"""A verification letter from the instructor on the school's letterhead
(name centred in small capitals over an address and phone line, with a thin
rule), dated, "To Whom It May Concern:", then one paragraph verifying that
the named student attended the whole course over two or three days, where,
and for how many credit hours under which approval number, a second
paragraph inviting questions, and the instructor's signature block."""

SOURCE = (
    "https://peps.ohio.gov/IndividualLicensing/ContinuingEd/AttendanceDocumentation.aspx "
    "(a letter from the provider stating dates, hours, location, topic and instructor) and "
    "https://cccep.ca/requirements-for-accreditation/statements-of-attendance/"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.lh { position:absolute; left:80px; right:80px; top:56px; text-align:center; border-bottom:1px solid #555; padding-bottom:8px }
.lh .n { font: 22px ${serif}; font-variant: small-caps; letter-spacing:1.5px; color:${dark} }
.lh .a { font: 11.5px ${serif}; color:#444; margin-top:3px }
.b { position:absolute; left:96px; right:96px; top:190px; font: 15px ${face}; line-height:24px; text-align:${align} }
.b p { margin:0 0 18px } .sig { margin-top:34px } .sig .s { font: 26px ${hand}; color:#223; margin-bottom:2px }
.enc { position:absolute; left:96px; bottom:70px; font: 11px ${face}; color:#444 }
</style>
<div class="lh"><div class="n">${org}</div><div class="a">${street} &middot; ${town} &middot; ${phone}</div></div>
<div class="b">
 <p>${letter_date}</p>
 <p>${re_line}</p>
 <p>To Whom It May Concern:</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <div class="sig">${closing}<div class="s">${instructor}</div>${instructor}<br>${role}</div>
</div>
<div class="enc">${enc}</div>
"""


def fill(d):
    org = d.provider()
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    dates = d.date_range(d.pick([1, 2]))
    hours = d.hours(d.pick(["words", "hours_title", "cec_hours", "words_cec"]))
    approval = d.approval()
    place = d.pick([d.city(), f"our {town.split(',')[0]} training center"])
    instructor = d.person()
    para1 = d.pick(
        [
            f"Please accept this letter as verification that {name} attended the course {title} "
            f"in its entirety, held {dates} in {place}. The course is approved for {hours} "
            f"under approval number {approval}.",
            f"This letter verifies that {name} was present for all sessions of {title}, which I "
            f"taught on {dates} in {place}. Attendees who completed the course earned {hours} "
            f"(course approval no. {approval}).",
        ]
    )
    return {
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "face": d.fonts[d.pick(["serif", "sans"])],
        "align": d.pick(["left", "justify"]),
        "letter_date": d.other_date("issue", "long"),
        "re_line": d.pick(["", f"Re: Attendance verification, file {d.number()}"]),
        "para1": para1,
        "para2": d.pick(
            [
                "Should you require any further information, please contact our office at the "
                "number above.",
                "A copy of the class roster is kept on file and can be supplied on request.",
            ]
        ),
        "closing": d.pick(["Respectfully,", "Sincerely,", "Kind regards,"]),
        "instructor": instructor,
        "role": d.pick(["Instructor", "Lead Instructor", "Course Instructor and Owner"]),
        "enc": d.pick(["", "cc: student file", "Enclosure: course outline"]),
    }
